/**
 * The Node shim for {@linkcode connectTcp}, over `node:net`.
 *
 * @module
 */

import { connect as netConnect } from "node:net";
import { Readable, Writable } from "node:stream";
import type { TcpSocket } from "./socket.ts";

/**
 * Connects with `node:net`.
 *
 * @param hostname The host.
 * @param port The port.
 * @returns The open connection, once connected.
 */
export function connect(hostname: string, port: number): Promise<TcpSocket> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host: hostname, port, noDelay: true });
    socket.once("error", reject);
    socket.once("connect", () => {
      socket.off("error", reject);
      // Later errors (a reset) end the streams; keep them from being uncaught.
      socket.on("error", () => {});
      resolve({
        readable: Readable.toWeb(socket) as ReadableStream<Uint8Array>,
        writable: Writable.toWeb(socket) as WritableStream<Uint8Array>,
        close() {
          socket.destroy();
        },
      });
    });
  });
}
