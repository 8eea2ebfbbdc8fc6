/**
 * LSP-style `Content-Length` framing: each message is
 * `Content-Length: N\r\n\r\n` followed by N bytes of UTF-8 JSON.
 * {@linkcode FrameDecoder} splits bytes into frame bodies a chunk at a time
 * ({@linkcode FrameDecoderStream} is the same as a web stream), and
 * {@linkcode FrameWriter} frames messages and writes them in batches.
 *
 * @module
 */

import { ProtocolError } from "../errors.ts";

/** The default cap on one frame's body: 64 MiB. */
export const DEFAULT_MAX_FRAME_BYTES: number = 64 * 1024 * 1024;

/** The longest header block accepted before the blank line: 8 KiB. */
const MAX_HEADER_BYTES = 8192;

const EMPTY = new Uint8Array(0);
const CR = 13;
const LF = 10;

/** Options for {@linkcode FrameDecoderStream}. */
export interface FrameDecoderOptions {
  /**
   * The largest frame body accepted, in bytes. A larger `Content-Length`
   * errors the stream before its body is read, unless `onOversize` is given.
   *
   * @default {64 MiB}
   */
  maxFrameBytes?: number;
  /**
   * Called for a frame over `maxFrameBytes` instead of failing: its body is
   * skipped without being kept, and this gets its length and its first
   * bytes as text (at most 1 KiB: enough to tell what the frame was).
   */
  onOversize?: (length: number, head: string) => void;
}

/** How much of a skipped frame's body is kept for `onOversize`. */
const OVERSIZE_HEAD_BYTES = 1024;

/**
 * Splits a byte stream into frame bodies, decoded as UTF-8 text. Frames may
 * be split across chunks or several may share one chunk; a multi-byte
 * character split between chunks is decoded whole. A bad header, a missing
 * `Content-Length` or a frame over the cap errors the stream with a
 * {@linkcode ProtocolError} naming the problem.
 *
 * It is a transform stream in the shape `pipeThrough()` takes (a `readable`
 * and a `writable`) rather than a subclass of `TransformStream`: a subclass
 * reads the global `TransformStream` when this module loads, and on Node
 * that alone loads its web streams implementation (about 4 ms), which a
 * program that never makes one should not pay for.
 *
 * @example Decode two frames from one chunk
 * ```ts
 * import { FrameDecoderStream, encodeFrame } from "./framing.ts";
 * const bytes = new Uint8Array([...encodeFrame("{\"a\":1}"), ...encodeFrame("{\"b\":2}")]);
 * const bodies = ReadableStream.from([bytes]).pipeThrough(new FrameDecoderStream());
 * for await (const body of bodies) console.log(body);
 * ```
 */
export class FrameDecoderStream implements ReadableWritablePair<string, Uint8Array> {
  /** The frame bodies, in order. */
  readonly readable: ReadableStream<string>;
  /** Where the bytes go. */
  readonly writable: WritableStream<Uint8Array>;

  /**
   * Creates a decoder.
   *
   * @param options The size cap.
   */
  constructor(options: FrameDecoderOptions = {}) {
    const decoder = new FrameDecoder(options);
    const { readable, writable } = new TransformStream<Uint8Array, string>({
      transform(chunk, controller) {
        decoder.push(chunk, (body) => controller.enqueue(body));
      },
      flush() {
        decoder.finish();
      },
    });
    this.readable = readable;
    this.writable = writable;
  }
}

/**
 * The decoder behind {@linkcode FrameDecoderStream}, without the stream: it
 * hands every complete frame body of a chunk to a callback at once, in
 * order, so a reader can dispatch a whole chunk's frames in one go.
 *
 * @example Decode the frames of each chunk as it comes
 * ```ts
 * import { encodeFrame, FrameDecoder } from "./framing.ts";
 * const decoder = new FrameDecoder();
 * decoder.push(encodeFrame("{\"a\":1}"), (body) => console.log(body));
 * decoder.finish(); // throws if the input ended inside a frame
 * ```
 */
export class FrameDecoder {
  #max: number;
  #utf8 = new TextDecoder();
  /** Unconsumed bytes: `#buf[#start..#end)`. */
  #buf: Uint8Array = EMPTY;
  #start = 0;
  #end = 0;
  /** Body length of the frame being read, or -1 while reading a header. */
  #need = -1;
  /** Whether `#buf` was allocated here (so spare room may be written). */
  #owned = false;
  #onOversize: ((length: number, head: string) => void) | undefined;
  /** Body bytes of an oversized frame still to skip (0 when not skipping). */
  #skip = 0;
  #skipLength = 0;
  #skipHead: Uint8Array[] = [];
  #skipHeadBytes = 0;

  /**
   * Creates a decoder.
   *
   * @param options The size cap.
   */
  constructor(options: FrameDecoderOptions = {}) {
    this.#max = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    this.#onOversize = options.onOversize;
  }

  /**
   * Decodes every frame completed by `chunk`. The chunk is read in place
   * when nothing is left over from earlier ones (it must not be changed
   * until the next call); a partial frame is kept for the next chunk.
   *
   * @param chunk The next bytes.
   * @param onFrame Called with each complete frame body, in order.
   * @throws {ProtocolError} A bad header, a frame over the cap or a body that is not UTF-8.
   */
  push(chunk: Uint8Array, onFrame: (body: string) => void): void {
    if (this.#start === this.#end) {
      // Nothing left over: read the chunk in place, no copy.
      this.#buf = chunk;
      this.#owned = false;
      this.#start = 0;
      this.#end = chunk.length;
    } else {
      this.#append(chunk);
    }
    const buf = this.#buf;
    for (;;) {
      if (this.#skip > 0 && !this.#skipSome()) break;
      let need = this.#need;
      if (need < 0) {
        need = this.#readHeader();
        if (need === SKIPPING) continue;
        if (need < 0) break;
      }
      const start = this.#start;
      if (this.#end - start < need) {
        this.#need = need;
        break;
      }
      this.#start = start + need;
      this.#need = -1;
      const body = buf.subarray(start, start + need);
      // The lenient decoder is the fast one (much faster on Deno); a U+FFFD
      // in its output is either in the input or marks invalid bytes.
      const text = this.#utf8.decode(body);
      if (text.includes("\uFFFD")) this.#checkUtf8(body);
      onFrame(text);
    }
    if (this.#start === this.#end) {
      this.#buf = EMPTY;
      this.#owned = false;
      this.#start = this.#end = 0;
    }
  }

  /** Skips what is here of an oversized body; `true` once it is all skipped. */
  #skipSome(): boolean {
    const take = Math.min(this.#skip, this.#end - this.#start);
    if (this.#skipHeadBytes < OVERSIZE_HEAD_BYTES && take > 0) {
      const keep = Math.min(take, OVERSIZE_HEAD_BYTES - this.#skipHeadBytes);
      this.#skipHead.push(this.#buf.slice(this.#start, this.#start + keep));
      this.#skipHeadBytes += keep;
    }
    this.#start += take;
    this.#skip -= take;
    if (this.#skip > 0) return false;
    const head = new Uint8Array(this.#skipHeadBytes);
    let at = 0;
    for (const part of this.#skipHead) {
      head.set(part, at);
      at += part.length;
    }
    this.#skipHead = [];
    this.#skipHeadBytes = 0;
    this.#onOversize!(this.#skipLength, this.#utf8.decode(head));
    return true;
  }

  #checkUtf8(body: Uint8Array): void {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      throw new ProtocolError("Invalid frame body: not valid UTF-8");
    }
  }

  /**
   * Checks that the input ended between frames.
   *
   * @throws {ProtocolError} The input ended inside a header or a body.
   */
  finish(): void {
    const left = this.#end - this.#start;
    if (this.#skip > 0) {
      throw new ProtocolError(
        `Truncated frame: stream ended ${this.#skip} bytes before the end of a skipped frame`,
      );
    }
    if (this.#need >= 0) {
      throw new ProtocolError(
        `Truncated frame: stream ended after ${left} of ${this.#need} body bytes`,
      );
    }
    if (left > 0) {
      throw new ProtocolError(`Truncated frame: stream ended inside a header (${left} bytes)`);
    }
  }

  #append(chunk: Uint8Array): void {
    const used = this.#end - this.#start;
    const total = used + chunk.length;
    if (this.#owned && this.#buf.length - this.#end >= chunk.length) {
      this.#buf.set(chunk, this.#end);
      this.#end += chunk.length;
      return;
    }
    if (this.#owned && this.#buf.length >= total) {
      this.#buf.copyWithin(0, this.#start, this.#end);
    } else {
      // Size for the whole pending body when its length is known.
      const next = new Uint8Array(Math.max(total, used * 2, this.#need, 4096));
      next.set(this.#buf.subarray(this.#start, this.#end), 0);
      this.#buf = next;
      this.#owned = true;
    }
    this.#buf.set(chunk, used);
    this.#start = 0;
    this.#end = total;
  }

  /**
   * Parses a complete header block at `#start`, consumes it and returns the
   * body length, or returns -1 if the blank line has not arrived yet.
   */
  #readHeader(): number {
    // Fast path: the header every known writer sends, exactly
    // `Content-Length: <digits>\r\n\r\n`. Anything else takes the full parser.
    const buf = this.#buf;
    const end = this.#end;
    const start = this.#start;
    let i = start + CONTENT_LENGTH.length;
    if (i + 5 <= end && matches(buf, start, CONTENT_LENGTH)) {
      let length = 0;
      const digits = i;
      for (; i < end && i - digits < 16; i++) {
        const c = buf[i];
        if (c < 48 || c > 57) break;
        length = length * 10 + (c - 48);
      }
      if (
        i > digits && i + 4 <= end && buf[i] === CR && buf[i + 1] === LF && buf[i + 2] === CR &&
        buf[i + 3] === LF
      ) {
        this.#start = i + 4;
        if (length > this.#max) return this.#oversize(length);
        return length;
      }
    }
    return this.#readHeaderSlow();
  }

  #readHeaderSlow(): number {
    const buf = this.#buf;
    const end = this.#end;
    let i = this.#start;
    let blank = -1;
    for (; i + 3 < end; i++) {
      if (buf[i] === CR && buf[i + 1] === LF && buf[i + 2] === CR && buf[i + 3] === LF) {
        blank = i;
        break;
      }
    }
    if (blank < 0) {
      if (end - this.#start > MAX_HEADER_BYTES) {
        throw new ProtocolError(
          `Invalid frame header: no blank line within ${MAX_HEADER_BYTES} bytes`,
        );
      }
      return -1;
    }
    const header = latin1(buf, this.#start, blank);
    this.#start = blank + 4;
    let length = -1;
    for (const line of header.split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon <= 0) {
        throw new ProtocolError(`Invalid frame header line: ${JSON.stringify(line.slice(0, 80))}`);
      }
      const name = line.slice(0, colon).trim().toLowerCase();
      if (name !== "content-length") continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d{1,16}$/.test(value)) {
        throw new ProtocolError(
          `Invalid frame header: "Content-Length" is not a number (${
            JSON.stringify(value.slice(0, 40))
          })`,
        );
      }
      length = Number(value);
    }
    if (length < 0) throw new ProtocolError('Invalid frame header: missing "Content-Length"');
    if (length > this.#max) return this.#oversize(length);
    return length;
  }

  /** A frame over the cap: skipped with `onOversize`, else an error. */
  #oversize(length: number): number {
    if (!this.#onOversize) {
      throw new ProtocolError(
        `Frame too large: "Content-Length" ${length} exceeds the limit of ${this.#max} bytes (raise maxFrameBytes to accept it)`,
      );
    }
    this.#skip = length;
    this.#skipLength = length;
    return SKIPPING;
  }
}

/** What `#readHeader()` returns when the frame's body is being skipped. */
const SKIPPING = -2;

/** `Content-Length: ` as bytes. */
const CONTENT_LENGTH = Uint8Array.from("Content-Length: ", (c) => c.charCodeAt(0));

function matches(buf: Uint8Array, at: number, bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (buf[at + i] !== bytes[i]) return false;
  return true;
}

function latin1(buf: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
  return s;
}

const encoder = new TextEncoder();

/**
 * Frames one message body: `Content-Length: N\r\n\r\n` then the UTF-8 bytes,
 * in one buffer.
 *
 * @param body The message text (JSON).
 * @returns The framed bytes.
 *
 * @example
 * ```ts
 * import { encodeFrame } from "./framing.ts";
 * const bytes = encodeFrame("{}");
 * console.log(new TextDecoder().decode(bytes)); // "Content-Length: 2\r\n\r\n{}"
 * ```
 */
export function encodeFrame(body: string): Uint8Array {
  // Worst case 3 bytes per UTF-16 unit; encodeInto avoids a second copy.
  const max = body.length * 3;
  const out = new Uint8Array(max + 40);
  const bodyStart = 40;
  const { written } = encoder.encodeInto(body, out.subarray(bodyStart));
  const header = `Content-Length: ${written}\r\n\r\n`;
  const start = bodyStart - header.length;
  for (let i = 0; i < header.length; i++) out[start + i] = header.charCodeAt(i);
  return out.subarray(start, bodyStart + written);
}

/** Room kept before each body in the batch for its header: `Content-Length: ` + 16 digits + CRLFCRLF. */
const HEADER_ROOM = 36;
/** The batch buffer's size; a larger message is framed on its own. */
const BATCH_BYTES = 64 * 1024;

/**
 * Frames messages and writes them in batches: every message written in the
 * same run of microtasks goes out as one chunk, in order, in one write to
 * the underlying stream (one system call for a burst of calls instead of one
 * each). Closing or aborting writes what is pending first.
 *
 * @example Frame two messages into one chunk
 * ```ts
 * import { FrameWriter } from "./framing.ts";
 * const chunks: Uint8Array[] = [];
 * const writer = new FrameWriter(new WritableStream({ write: (c) => void chunks.push(c) }).getWriter());
 * writer.write("{}");
 * await writer.write("[]");
 * console.log(chunks.length); // 1
 * await writer.close();
 * ```
 */
export class FrameWriter {
  #writer: WritableStreamDefaultWriter<Uint8Array>;
  /** Frames of the pending batch are encoded here, from 0 to `#used`. */
  #batch: Uint8Array | undefined;
  #used = 0;
  /** Chunks sealed ahead of the batch buffer (a full batch, a large frame). */
  #sealed: Uint8Array[] = [];
  /** Settles once the pending batch is written; undefined when nothing is pending. */
  #done: Promise<void> | undefined;
  #resolve!: () => void;
  #reject!: (error: unknown) => void;
  /** Why writing is over (closed, aborted, or the stream failed); later writes reject with it. */
  #ended: unknown;

  /**
   * Wraps a writer.
   *
   * @param writer The byte stream's writer; this takes it over.
   */
  constructor(writer: WritableStreamDefaultWriter<Uint8Array>) {
    this.#writer = writer;
    writer.closed.then(
      () => this.#ended ??= new TypeError("Cannot write: the stream is closed"),
      (error) => this.#ended ??= error ?? new TypeError("Cannot write: the stream failed"),
    );
  }

  /** Settles when the underlying stream closes or errors. */
  get closed(): Promise<void> {
    return this.#writer.closed;
  }

  /**
   * Frames `body` and queues it; the pending batch is written once the
   * current run of microtasks is over.
   *
   * @param body The message text (JSON).
   * @returns Settles when the batch holding it is written.
   */
  write(body: string): Promise<void> {
    if (this.#ended !== undefined) return Promise.reject(this.#ended);
    const max = body.length * 3 + HEADER_ROOM;
    if (max > BATCH_BYTES) {
      this.#seal();
      this.#sealed.push(encodeFrame(body));
    } else {
      if (this.#batch === undefined) this.#batch = new Uint8Array(BATCH_BYTES);
      else if (this.#used + max > BATCH_BYTES) this.#seal();
      const batch = this.#batch!;
      const at = this.#used;
      const { written } = encoder.encodeInto(body, batch.subarray(at + HEADER_ROOM));
      const header = `Content-Length: ${written}\r\n\r\n`;
      for (let i = 0; i < header.length; i++) batch[at + i] = header.charCodeAt(i);
      if (header.length !== HEADER_ROOM) {
        batch.copyWithin(at + header.length, at + HEADER_ROOM, at + HEADER_ROOM + written);
      }
      this.#used = at + header.length + written;
    }
    if (this.#done === undefined) {
      this.#done = new Promise<void>((resolve, reject) => {
        this.#resolve = resolve;
        this.#reject = reject;
      });
      queueMicrotask(() => this.#flush());
    }
    return this.#done;
  }

  /**
   * Writes what is pending, then closes the stream.
   *
   * @returns Settles when the stream is closed.
   */
  close(): Promise<void> {
    this.#flush();
    this.#ended ??= new TypeError("Cannot write: the stream is closed");
    return this.#writer.close();
  }

  /**
   * Writes what is pending, then aborts the stream (queued chunks are dropped).
   *
   * @param reason Why.
   * @returns Settles when the stream is aborted.
   */
  abort(reason?: unknown): Promise<void> {
    this.#flush();
    this.#ended ??= reason ?? new TypeError("Cannot write: the stream was aborted");
    return this.#writer.abort(reason);
  }

  /** Moves the batch buffer's frames to `#sealed`, as an exact-size copy. */
  #seal(): void {
    if (this.#used === 0) return;
    this.#sealed.push(this.#batch!.slice(0, this.#used));
    this.#used = 0;
  }

  #flush(): void {
    const done = this.#done;
    if (done === undefined) return;
    this.#done = undefined;
    const resolve = this.#resolve;
    const reject = this.#reject;
    this.#seal();
    const chunks = this.#sealed;
    this.#sealed = [];
    if (this.#ended !== undefined) {
      reject(this.#ended);
      return;
    }
    let last: Promise<void> = Promise.resolve();
    for (const chunk of chunks) {
      // A failed chunk fails every later one: only the last one reports.
      last.catch(() => {});
      last = this.#writer.write(chunk);
    }
    last.then(resolve, reject);
  }
}
