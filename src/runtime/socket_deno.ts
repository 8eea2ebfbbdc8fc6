/**
 * The Deno shim for {@linkcode connectTcp}, over `Deno.connect`.
 *
 * @module
 */

import type { TcpSocket } from "./socket.ts";

/** The part of `Deno.connect` used here (typed locally so tsc needs no Deno types). */
interface DenoConn {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
  close(): void;
}

interface DenoNetApi {
  connect(options: { hostname: string; port: number; transport: "tcp" }): Promise<DenoConn>;
}

/**
 * Connects with `Deno.connect`.
 *
 * @param hostname The host.
 * @param port The port.
 * @returns The open connection.
 */
export async function connect(hostname: string, port: number): Promise<TcpSocket> {
  const deno = (globalThis as unknown as { Deno: DenoNetApi }).Deno;
  const conn = await deno.connect({ hostname, port, transport: "tcp" });
  let closed = false;
  return {
    readable: conn.readable,
    writable: conn.writable,
    close() {
      if (closed) return;
      closed = true;
      try {
        conn.close();
      } catch {
        // Already closed by the streams.
      }
    },
  };
}
