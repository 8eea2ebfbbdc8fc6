/**
 * Opens a TCP connection as a pair of web streams on any runtime: the shim
 * for the current runtime is imported on first use.
 *
 * @module
 */

import { detectRuntime } from "./detect.ts";

/** An open TCP connection. */
export interface TcpSocket {
  /** Bytes from the peer; ends when the peer closes. */
  readonly readable: ReadableStream<Uint8Array>;
  /** Bytes to the peer. */
  readonly writable: WritableStream<Uint8Array>;
  /** Closes the connection at once (idempotent). */
  close(): void;
}

/** The signature every `socket_<runtime>.ts` shim exports as `connect`. */
export type ConnectFn = (hostname: string, port: number) => Promise<TcpSocket>;

let shim: Promise<ConnectFn> | undefined;

function loadShim(): Promise<ConnectFn> {
  switch (detectRuntime()) {
    case "deno":
      return import("./socket_deno.ts").then((m) => m.connect);
    case "bun":
      return import("./socket_bun.ts").then((m) => m.connect);
    default:
      return import("./socket_node.ts").then((m) => m.connect);
  }
}

/**
 * Connects to `hostname:port` over TCP.
 *
 * @param hostname The host, e.g. `"127.0.0.1"`.
 * @param port The port.
 * @returns The open connection.
 * @throws {Error} The connection was refused or failed.
 */
export async function connectTcp(hostname: string, port: number): Promise<TcpSocket> {
  shim ??= loadShim();
  return (await shim)(hostname, port);
}
