/**
 * The Bun shim for {@linkcode serveHttp}, over `Bun.serve`.
 *
 * @module
 */

import type { FetchHandler, HttpServer } from "./serve.ts";

/** The part of `Bun.serve` used here (typed locally so tsc needs no Bun types). */
interface BunServer {
  readonly port: number;
  stop(closeActiveConnections?: boolean): void | Promise<void>;
}

interface BunServeApi {
  serve(options: { hostname: string; port: number; fetch: FetchHandler }): BunServer;
}

/**
 * Serves with `Bun.serve`.
 *
 * @param handler Answers each request.
 * @param options Where to listen.
 * @returns The listening server.
 */
export function serve(
  handler: FetchHandler,
  options: { hostname: string; port: number },
): Promise<HttpServer> {
  const bun = (globalThis as unknown as { Bun: BunServeApi }).Bun;
  const server = bun.serve({ ...options, fetch: handler });
  let closing: Promise<void> | undefined;
  return Promise.resolve({
    port: server.port,
    close() {
      closing ??= Promise.resolve(server.stop(true)).then(() => {});
      return closing;
    },
  });
}
