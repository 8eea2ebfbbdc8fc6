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
  /** Resolves once the link is gone: either end closed its writable side or called `close()`. */
  readonly closed: Promise<CloseInfo>;
  /** Cuts the link at once: both ends' readable sides end and their writable sides error. */
  close(): Promise<void>;
}

/**
 * Creates two transports wired to each other: bytes written to one are read
 * from the other.
 *
 * @returns The two ends.
 *
 * @example Bytes written to one end are read from the other
 * ```ts
 * import { createLinkedPair } from "./memory.ts";
 *
 * const [a, b] = createLinkedPair();
 * const writer = a.writable.getWriter();
 * // The write settles once the other end reads: start it, then read.
 * const written = writer.write(new Uint8Array([1, 2, 3]));
 * const { value } = await b.readable.getReader().read();
 * await written;
 * console.log(value); // Uint8Array [1, 2, 3]
 * await a.close();
 * ```
 */
export function createLinkedPair(): [MemoryTransport, MemoryTransport] {
  let resolveClosed!: (info: CloseInfo) => void;
  const closed = new Promise<CloseInfo>((resolve) => resolveClosed = resolve);
  const gone = () => resolveClosed({ code: null, signal: null, stderrTail: "" });
  const ab = pipe(gone);
  const ba = pipe(gone);
  const cut = () => {
    ab.terminate();
    ba.terminate();
    gone();
    return Promise.resolve();
  };
  return [
    { readable: ba.readable, writable: ab.writable, closed, close: cut },
    { readable: ab.readable, writable: ba.writable, closed, close: cut },
  ];
}

interface Pipe {
  readable: ReadableStream<Uint8Array>;
  writable: WritableStream<Uint8Array>;
  terminate(): void;
}

/** One direction of the link; its writable side closing means the link is gone. */
function pipe(gone: () => void): Pipe {
  let controller!: TransformStreamDefaultController<Uint8Array>;
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    start(c) {
      controller = c;
    },
    flush() {
      gone();
    },
  });
  return {
    readable: stream.readable,
    writable: stream.writable,
    terminate() {
      try {
        controller.terminate();
      } catch {
        // Already terminated.
      }
    },
  };
}
