/**
 * The byte duplex a client talks to the CLI over, whatever carries it.
 *
 * @module
 */

import type { CloseInfo } from "../errors.ts";

/** A runtime-neutral byte duplex to the CLI. */
export interface Transport {
  /** Bytes from the CLI. */
  readonly readable: ReadableStream<Uint8Array>;
  /** Bytes to the CLI. */
  readonly writable: WritableStream<Uint8Array>;
  /** Resolves once the other end is gone, with its exit details when known. */
  readonly closed: Promise<CloseInfo>;
  /** Ends the transport at once (kills a child CLI), then waits for {@linkcode Transport.closed}. */
  close(): Promise<void>;
}
