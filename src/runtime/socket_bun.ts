/**
 * The Bun shim for {@linkcode connectTcp}, over `Bun.connect`.
 *
 * @module
 */

import type { TcpSocket } from "./socket.ts";

interface BunSocket {
  write(data: Uint8Array): number;
  end(): void;
}

interface BunNetApi {
  connect(options: {
    hostname: string;
    port: number;
    socket: {
      data(socket: BunSocket, data: Uint8Array): void;
      drain(socket: BunSocket): void;
      close(socket: BunSocket): void;
      error(socket: BunSocket, error: Error): void;
      connectError?(socket: BunSocket, error: Error): void;
    };
  }): Promise<BunSocket>;
}

/**
 * Connects with `Bun.connect`.
 *
 * @param hostname The host.
 * @param port The port.
 * @returns The open connection.
 */
export async function connect(hostname: string, port: number): Promise<TcpSocket> {
  const bun = (globalThis as unknown as { Bun: BunNetApi }).Bun;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const readable = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  let ended = false;
  let drained: (() => void) | undefined;
  const end = (error?: Error) => {
    if (ended) return;
    ended = true;
    drained?.();
    try {
      if (error) controller.error(error);
      else controller.close();
    } catch {
      // Already closed or errored.
    }
  };
  const socket = await bun.connect({
    hostname,
    port,
    socket: {
      data(_socket, data) {
        // Bun reuses its buffer: copy before queueing.
        controller.enqueue(new Uint8Array(data));
      },
      drain() {
        drained?.();
      },
      close() {
        end();
      },
      error(_socket, error) {
        end(error);
      },
    },
  });
  const writable = new WritableStream<Uint8Array>({
    async write(chunk) {
      let rest = chunk;
      while (rest.length > 0) {
        if (ended) throw new Error("Cannot write: the socket is closed");
        const written = socket.write(rest);
        rest = rest.subarray(Math.max(written, 0));
        if (rest.length > 0) await new Promise<void>((resolve) => drained = resolve);
      }
    },
    close() {
      socket.end();
    },
    abort() {
      socket.end();
    },
  });
  return {
    readable,
    writable,
    close() {
      socket.end();
      end();
    },
  };
}
