/**
 * LSP-style `Content-Length` framing as web streams: each message is
 * `Content-Length: N\r\n\r\n` followed by N bytes of UTF-8 JSON.
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
   * errors the stream before its body is read.
   *
   * @default {64 MiB}
   */
  maxFrameBytes?: number;
}

/**
 * Splits a byte stream into frame bodies, decoded as UTF-8 text. Frames may
 * be split across chunks or several may share one chunk; a multi-byte
 * character split between chunks is decoded whole. A bad header, a missing
 * `Content-Length` or a frame over the cap errors the stream with a
 * {@linkcode ProtocolError} naming the problem.
 *
 * @example Decode two frames from one chunk
 * ```ts
 * import { FrameDecoderStream, encodeFrame } from "./framing.ts";
 * const bytes = new Uint8Array([...encodeFrame("{\"a\":1}"), ...encodeFrame("{\"b\":2}")]);
 * const bodies = ReadableStream.from([bytes]).pipeThrough(new FrameDecoderStream());
 * for await (const body of bodies) console.log(body);
 * ```
 */
export class FrameDecoderStream extends TransformStream<Uint8Array, string> {
  /**
   * Creates a decoder.
   *
   * @param options The size cap.
   */
  constructor(options: FrameDecoderOptions = {}) {
    const decoder = new FrameDecoder(options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES);
    super({
      transform(chunk, controller) {
        decoder.push(chunk, controller);
      },
      flush(controller) {
        decoder.finish(controller);
      },
    });
  }
}

/** Frame decoding state; kept apart so the hot path is plain methods. */
class FrameDecoder {
  #max: number;
  #utf8 = new TextDecoder("utf-8", { fatal: true });
  /** Unconsumed bytes: `#buf[#start..#end)`. */
  #buf: Uint8Array = EMPTY;
  #start = 0;
  #end = 0;
  /** Body length of the frame being read, or -1 while reading a header. */
  #need = -1;

  constructor(max: number) {
    this.#max = max;
  }

  push(chunk: Uint8Array, out: TransformStreamDefaultController<string>): void {
    if (this.#start === this.#end) {
      // Nothing left over: read the chunk in place, no copy.
      this.#buf = chunk;
      this.#owned = false;
      this.#start = 0;
      this.#end = chunk.length;
    } else {
      this.#append(chunk);
    }
    for (;;) {
      if (this.#need < 0) {
        const need = this.#readHeader();
        if (need < 0) break;
        this.#need = need;
      }
      if (this.#end - this.#start < this.#need) break;
      const body = this.#buf.subarray(this.#start, this.#start + this.#need);
      this.#start += this.#need;
      this.#need = -1;
      let text: string;
      try {
        text = this.#utf8.decode(body);
      } catch {
        throw new ProtocolError("Invalid frame body: not valid UTF-8");
      }
      out.enqueue(text);
    }
    if (this.#start === this.#end) {
      this.#buf = EMPTY;
      this.#owned = false;
      this.#start = this.#end = 0;
    }
  }

  finish(_out: TransformStreamDefaultController<string>): void {
    const left = this.#end - this.#start;
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

  /** Whether `#buf` was allocated here (so spare room may be written). */
  #owned = false;

  /**
   * Parses a complete header block at `#start`, consumes it and returns the
   * body length, or returns -1 if the blank line has not arrived yet.
   */
  #readHeader(): number {
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
    if (length > this.#max) {
      throw new ProtocolError(
        `Frame too large: "Content-Length" ${length} exceeds the limit of ${this.#max} bytes (raise maxFrameBytes to accept it)`,
      );
    }
    return length;
  }
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
