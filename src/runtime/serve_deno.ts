/**
 * The Deno shim for {@linkcode serveHttp}, over `Deno.serve`.
 *
 * @module
 */

import type { FetchHandler, HttpServer } from "./serve.ts";

/** The part of `Deno.serve` used here (typed locally so tsc needs no Deno types). */
interface DenoHttpServer {
  readonly addr: { port: number };
  readonly finished: Promise<void>;
  shutdown(): Promise<void>;
}

interface DenoServeApi {
  serve(
    options: { hostname: string; port: number; onListen(): void; signal: AbortSignal },
    handler: FetchHandler,
  ): DenoHttpServer;
}

/**
 * Serves with `Deno.serve`.
 *
 * @param handler Answers each request.
 * @param options Where to listen.
 * @returns The listening server.
 */
export function serve(
  handler: FetchHandler,
  options: { hostname: string; port: number },
): Promise<HttpServer> {
  const deno = (globalThis as unknown as { Deno: DenoServeApi }).Deno;
  const stop = new AbortController();
  const server = deno.serve({ ...options, onListen() {}, signal: stop.signal }, handler);
  let closing: Promise<void> | undefined;
  return Promise.resolve({
    port: server.addr.port,
    close() {
      closing ??= (async () => {
        stop.abort();
        await server.finished;
      })();
      return closing;
    },
  });
}
