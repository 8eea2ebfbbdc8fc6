/**
 * Serves a web-standard handler (`(request: Request) => Promise<Response>`)
 * over HTTP on any runtime: the shim for the current runtime (`Deno.serve`,
 * `Bun.serve` or `node:http`) is imported on first use.
 *
 * @module
 */

import { detectRuntime } from "./detect.ts";

/** A web-standard HTTP handler. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** A listening HTTP server. */
export interface HttpServer {
  /** The port it listens on. */
  readonly port: number;
  /**
   * Stops listening and closes every connection; resolves once all are
   * closed. Idempotent.
   */
  close(): Promise<void>;
}

/** The signature every `serve_<runtime>.ts` shim exports as `serve`. */
export type ServeFn = (
  handler: FetchHandler,
  options: { hostname: string; port: number },
) => Promise<HttpServer>;

let shim: Promise<ServeFn> | undefined;

function loadShim(): Promise<ServeFn> {
  switch (detectRuntime()) {
    case "deno":
      return import("./serve_deno.ts").then((m) => m.serve);
    case "bun":
      return import("./serve_bun.ts").then((m) => m.serve);
    default:
      return import("./serve_node.ts").then((m) => m.serve);
  }
}

/**
 * Serves `handler` on `hostname:port` (`port` 0 for a free one).
 *
 * @param handler Answers each request.
 * @param options Where to listen.
 * @returns The listening server.
 */
export async function serveHttp(
  handler: FetchHandler,
  options: { hostname: string; port: number },
): Promise<HttpServer> {
  shim ??= loadShim();
  return (await shim)(handler, options);
}
