/**
 * An in-memory linked pair of byte transports, for tests and for running a
 * {@linkcode Connection} against a fake peer in the same process.
 *
 * @module
 */

import type { CloseInfo } from "../errors.ts";
import type { ConnectionTransport } from "./connection.ts";

/** One end of {@linkcode createLinkedPair}. */
export interface MemoryTransport extends ConnectionTransport {
  /** Resolves when this end's writable side is closed. */
  readonly closed: Promise<CloseInfo>;
  /** Closes this end's writable side, which ends the other end's readable side. */
  close(): Promise<void>;
}

/**
 * Creates two transports wired to each other: bytes written to one are read
 * from the other.
 *
 * @returns The two ends.
 *
 * @example
 * ```ts
 * import { createLinkedPair } from "./memory.ts";
 * const [a, b] = createLinkedPair();
 * const writer = a.writable.getWriter();
 * await writer.write(new Uint8Array([1, 2, 3]));
 * const { value } = await b.readable.getReader().read();
 * console.log(value); // Uint8Array [1, 2, 3]
 * ```
 */
export function createLinkedPair(): [MemoryTransport, MemoryTransport] {
  const ab = new TransformStream<Uint8Array, Uint8Array>();
  const ba = new TransformStream<Uint8Array, Uint8Array>();
  return [end(ba.readable, ab.writable), end(ab.readable, ba.writable)];
}

function end(
  readable: ReadableStream<Uint8Array>,
  writable: WritableStream<Uint8Array>,
): MemoryTransport {
  let resolveClosed!: (info: CloseInfo) => void;
  const closed = new Promise<CloseInfo>((resolve) => resolveClosed = resolve);
  const tracked = new WritableStream<Uint8Array>({
    async write(chunk) {
      const writer = writable.getWriter();
      try {
        await writer.write(chunk);
      } finally {
        writer.releaseLock();
      }
    },
    async close() {
      await writable.close().catch(() => {});
      resolveClosed({ code: null, signal: null, stderrTail: "" });
    },
    async abort(reason) {
      await writable.abort(reason).catch(() => {});
      resolveClosed({ code: null, signal: null, stderrTail: "" });
    },
  });
  return {
    readable,
    writable: tracked,
    closed,
    async close() {
      await tracked.close().catch(() => {});
    },
  };
}
