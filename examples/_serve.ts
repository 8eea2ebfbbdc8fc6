/**
 * Serves a web-standard `fetch` handler (`(request: Request) => Response`)
 * with the runtime's own server: `Deno.serve` on Deno, `Bun.serve` on Bun,
 * and `node:http` on Node through {@linkcode toNodeListener}, the small
 * adapter Node needs.
 *
 * ```ts ignore
 * const server = await serve((request) => new Response("hi"), { port: 8000 });
 * console.log(`http://127.0.0.1:${server.port}/`);
 * await server.close();
 * ```
 *
 * @module
 */

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** A `fetch` handler, as `Deno.serve` and `Bun.serve` take. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** A running server. */
export interface Served {
  /** The port it listens on. */
  port: number;
  /** Stops listening and closes the connections still open. */
  close(): Promise<void>;
}

/** Where to listen. */
export interface ServeOptions {
  /** The port; 0 picks a free one. @default {0} */
  port?: number;
  /** The address. @default {"127.0.0.1"} */
  hostname?: string;
}

// deno-lint-ignore no-explicit-any
const g = globalThis as any;

/**
 * Serves `handler` with the runtime's own HTTP server.
 *
 * @param handler The fetch handler.
 * @param options Port and address.
 * @returns The port and `close()`.
 */
export async function serve(handler: FetchHandler, options: ServeOptions = {}): Promise<Served> {
  const { port = 0, hostname = "127.0.0.1" } = options;
  if (g.Deno) {
    const server = g.Deno.serve({ port, hostname, onListen() {} }, handler);
    return {
      port: server.addr.port,
      close: async () => {
        await server.shutdown();
      },
    };
  }
  if (g.Bun) {
    const server = g.Bun.serve({ port, hostname, fetch: handler, idleTimeout: 0 });
    return {
      port: server.port,
      close: async () => {
        await server.stop(true);
      },
    };
  }
  const sockets = new Set<Socket>();
  const server = createServer(toNodeListener(handler));
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/**
 * Node's adapter: turns a `fetch` handler into a `node:http` request
 * listener. The `Request` gets a `signal` that aborts when the client goes
 * away, and the `Response` body is written as it streams (and cancelled
 * when the client goes away), so a turn served with `turnResponse()` is
 * aborted when the browser disconnects.
 *
 * @param handler The fetch handler.
 * @returns A listener for `http.createServer()`.
 */
export function toNodeListener(
  handler: FetchHandler,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const gone = new AbortController();
    res.on("close", () => gone.abort());
    const chunks: Uint8Array[] = [];
    for await (const chunk of req) chunks.push(chunk as Uint8Array);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      for (const one of [value ?? []].flat()) headers.append(name, one);
    }
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(new URL(req.url ?? "/", `http://${req.headers.host}`), {
      method: req.method,
      headers,
      body: hasBody ? new Blob(chunks as BlobPart[]) : undefined,
      signal: gone.signal,
    });
    let response: Response;
    try {
      response = await handler(request);
    } catch {
      res.writeHead(500).end();
      return;
    }
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (!response.body) return void res.end();
    res.flushHeaders();
    // Leaving the loop early (the client went away) cancels the body.
    for await (const chunk of response.body) {
      if (res.destroyed) break;
      res.write(chunk);
    }
    res.end();
  };
}
