/**
 * The Node shim for {@linkcode serveHttp}, over `node:http`: each request
 * becomes a web `Request` (its `signal` aborts when the client goes away)
 * and the `Response` is written back as it streams.
 *
 * @module
 */

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FetchHandler, HttpServer } from "./serve.ts";

/**
 * Serves with `node:http`.
 *
 * @param handler Answers each request.
 * @param options Where to listen.
 * @returns The listening server.
 */
export function serve(
  handler: FetchHandler,
  options: { hostname: string; port: number },
): Promise<HttpServer> {
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    answer(handler, request, response, options.hostname).catch(() => response.destroy());
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => {
      server.off("error", reject);
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      let closing: Promise<void> | undefined;
      resolve({
        port,
        close() {
          closing ??= new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections?.();
            for (const socket of sockets) socket.destroy();
          });
          return closing;
        },
      });
    });
  });
}

async function answer(
  handler: FetchHandler,
  request: IncomingMessage,
  response: ServerResponse,
  hostname: string,
): Promise<void> {
  const gone = new AbortController();
  response.on("close", () => {
    if (!response.writableFinished) gone.abort(new Error("The client went away"));
  });
  const chunks: Uint8Array[] = [];
  for await (const chunk of request) chunks.push(chunk as Uint8Array);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) { for (const v of value) headers.append(name, v); }
    else if (value !== undefined) headers.set(name, value);
  }
  const method = request.method ?? "GET";
  const body = chunks.length && method !== "GET" && method !== "HEAD"
    ? new Blob(chunks as BlobPart[])
    : undefined;
  const web = new Request(`http://${request.headers.host ?? hostname}${request.url ?? "/"}`, {
    method,
    headers,
    body,
    signal: gone.signal,
  });
  const reply = await handler(web);
  if (response.destroyed) return;
  const outHeaders: Record<string, string> = {};
  reply.headers.forEach((value, name) => outHeaders[name] = value);
  response.writeHead(reply.status, outHeaders);
  if (!reply.body) {
    response.end();
    return;
  }
  const reader = reply.body.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      if (response.destroyed) {
        await reader.cancel();
        return;
      }
      response.write(value);
    }
    response.end();
  } catch {
    // The body failed: cut the connection, so the client sees it.
    response.socket?.destroy();
    response.destroy();
  }
}
