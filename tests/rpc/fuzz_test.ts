// Hostile input: generated and mutated byte streams for the frame decoder,
// wrong JSON-RPC shapes for the connection, malformed events for the client.
// Every input comes from one seeded PRNG: set FUZZ_SEED to replay a run (the
// seed is in each test's name).

import assert from "node:assert/strict";
import process from "node:process";
import { isDeepStrictEqual } from "node:util";
import { fileURLToPath } from "node:url";
import { sanitizedTest as test } from "../_harness/sanitized_test.ts";
import { CopilotClient, type LifecycleEvent, type SessionEvent } from "../../mod.ts";
import { ConnectionClosedError, ProtocolError } from "../../src/errors.ts";
import { Connection } from "../../src/rpc/connection.ts";
import { encodeFrame, FrameDecoderStream } from "../../src/rpc/framing.ts";
import { createLinkedPair } from "../../src/rpc/memory.ts";

// deno-lint-ignore no-explicit-any
type Json = any;
// deno-lint-ignore no-explicit-any
const g = globalThis as any;

const SEED = (Number(process.env.FUZZ_SEED) || 0x5eed_c0de) >>> 0;
const SEED_TEXT = `seed ${SEED}`;

/** How many mutated byte streams the frame decoder gets (each decoded whole and split). */
const DECODER_INPUTS = 36_000;
/** How many generated messages one connection gets. */
const CONNECTION_MESSAGES = 70_000;
/** How many connections get a frame with a broken header (one connection each). */
const BROKEN_HEADER_CASES = 1_500;
// 36,000 + 70,000 + 1,500: over 100,000 hostile inputs per run.

/** The frame cap used while fuzzing, so no input can make the decoder buffer much. */
const MAX_FRAME = 2048;
/** Heap growth allowed over a whole fuzz run. */
const HEAP_CAP = 256 * 1024 * 1024;
/** Every batch of cases must finish within this; otherwise something hangs. */
const BATCH_DEADLINE_MS = 10_000;

const utf8 = new TextEncoder();

/** mulberry32 with helpers. */
class Rng {
  #a: number;
  constructor(seed: number) {
    this.#a = seed >>> 0;
  }
  next(): number {
    this.#a = (this.#a + 0x6d2b79f5) >>> 0;
    let t = this.#a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function bytes(text: string): Uint8Array {
  return utf8.encode(text);
}

/** Heap and buffers in use, after a collection where the runtime offers one (Bun; Node with --expose-gc). */
function heapUsed(): number {
  g.Bun?.gc?.(true);
  g.gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + (usage.arrayBuffers ?? 0);
}

/** Runs `run` on every item, `size` at a time; a batch that does not settle in time fails. */
async function inBatches<T>(
  items: readonly T[],
  size: number,
  run: (item: T, index: number) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `Cases ${start}..${
                start + size - 1
              } did not finish within ${BATCH_DEADLINE_MS} ms (${SEED_TEXT})`,
            ),
          ),
        BATCH_DEADLINE_MS,
      );
    });
    try {
      await Promise.race([
        Promise.all(items.slice(start, start + size).map((item, i) => run(item, start + i))),
        deadline,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}

// --- generated JSON ---

const STRINGS = [
  "",
  "a",
  "hello world",
  "é",
  "€",
  "𝄞",
  "😀 emoji",
  '"quoted"',
  "back\\slash",
  "line\r\nbreak",
  "Content-Length: 5\r\n\r\n",
  "\u0000nul",
  "\u2028\u2029",
  "\ud800",
  "__proto__",
  "constructor",
];

function randomString(rng: Rng): string {
  if (rng.chance(0.7)) return rng.pick(STRINGS);
  let s = "";
  const n = rng.int(20);
  for (let i = 0; i < n; i++) {
    s += String.fromCodePoint(rng.pick([32 + rng.int(95), rng.int(0x2fff)]));
  }
  return s;
}

function randomValue(rng: Rng, depth = 0): Json {
  const kind = rng.int(depth > 2 ? 5 : 7);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick([0, -1, 1.5, 1e300, -0, 2 ** 53 + 1, rng.int(1_000_000)]);
    case 3:
    case 4:
      return randomString(rng);
    case 5: {
      const list = [];
      for (let i = rng.int(4); i > 0; i--) list.push(randomValue(rng, depth + 1));
      return list;
    }
    default: {
      const object: Record<string, Json> = {};
      for (let i = rng.int(4); i > 0; i--) {
        // defineProperty, so a "__proto__" key is a key and not a prototype.
        Object.defineProperty(object, randomString(rng), {
          value: randomValue(rng, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
  }
}

// --- frame decoder ---

/** One input for the decoder, and how to split it. */
interface DecoderCase {
  /** The input. */
  data: Uint8Array;
  /** The bodies it must decode to, when it was not mutated. */
  bodies?: string[];
  /** Chunk boundaries for the split decoding. */
  cuts: number[];
  /**
   * A header block over 8 KiB that still has its blank line: accepted when it
   * arrives in one chunk, refused when the decoder buffers more than 8 KiB of it
   * first. Only "decodes or ProtocolError" is required of it.
   */
  chunkDependent: boolean;
}

const EXTRA_HEADERS = [
  "Content-Type: application/vscode-jsonrpc; charset=utf-8",
  "X-Anything: yes",
  "content-type:x",
];

function validFrame(rng: Rng, body: string): Uint8Array {
  if (rng.chance(0.7)) return encodeFrame(body);
  const length = bytes(body).length;
  const lines = [`${rng.pick(["Content-Length", "content-length", "CONTENT-LENGTH"])}: ${length}`];
  if (rng.chance(0.5)) lines.unshift(rng.pick(EXTRA_HEADERS));
  if (rng.chance(0.5)) lines.push(rng.pick(EXTRA_HEADERS));
  return concat([bytes(lines.join("\r\n") + "\r\n\r\n"), bytes(body)]);
}

const BAD_LENGTHS = [
  "",
  "abc",
  "-1",
  "1e3",
  "0x10",
  "+5",
  "5 5",
  "99999999999",
  "99999999999999999",
  "9007199254740993",
  "NaN",
  "Infinity",
  "3.5",
  "١٢",
];

const CHEAP_MUTATIONS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15];

/** Applies one random mutation to the bytes. */
function mutate(rng: Rng, data: Uint8Array): { data: Uint8Array; chunkDependent: boolean } {
  const at = rng.int(data.length + 1);
  const text = () => new TextDecoder("latin1").decode(data);
  const fromText = (s: string) => {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  };
  // The 8 KiB mutations are slow to build and to scan: keep them rare.
  switch (rng.chance(0.04) ? 11 + rng.int(2) : rng.pick(CHEAP_MUTATIONS)) {
    case 0: { // bit flip
      const copy = data.slice();
      if (copy.length) copy[rng.int(copy.length)] ^= 1 << rng.int(8);
      return { data: copy, chunkDependent: false };
    }
    case 1: { // insert random bytes
      const junk = new Uint8Array(1 + rng.int(4)).map(() => rng.int(256));
      return {
        data: concat([data.subarray(0, at), junk, data.subarray(at)]),
        chunkDependent: false,
      };
    }
    case 2: // delete a range
      return {
        data: concat([
          data.subarray(0, at),
          data.subarray(Math.min(data.length, at + 1 + rng.int(8))),
        ]),
        chunkDependent: false,
      };
    case 3: // truncate
      return { data: data.subarray(0, at), chunkDependent: false };
    case 4: // a bad Content-Length value
      return {
        data: fromText(
          text().replace(/(Content-Length:) ?\d+/i, `$1 ${rng.pick(BAD_LENGTHS)}`),
        ),
        chunkDependent: false,
      };
    case 5: // missing Content-Length
      return {
        data: fromText(text().replace(/Content-Length: ?\d+/i, rng.pick(EXTRA_HEADERS))),
        chunkDependent: false,
      };
    case 6: // a duplicate Content-Length, same or different
      return {
        data: fromText(
          text().replace(
            /(Content-Length: ?)(\d+)/i,
            (_, name, n) => `${name}${n}\r\n${name}${rng.chance(0.5) ? n : rng.int(50)}`,
          ),
        ),
        chunkDependent: false,
      };
    case 7: // header without the blank line
      return { data: fromText(text().replace("\r\n\r\n", "\r\n")), chunkDependent: false };
    case 8: // bare LF line endings
      return { data: fromText(text().replace("\r\n\r\n", "\n\n")), chunkDependent: false };
    case 9: { // invalid UTF-8 in a body
      const bad = rng.pick([[0xff], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0, 0]]);
      const end = text().indexOf("\r\n\r\n");
      const spot = end < 0 ? at : end + 4 + rng.int(Math.max(1, data.length - end - 4));
      return {
        data: concat([data.subarray(0, spot), Uint8Array.from(bad), data.subarray(spot)]),
        chunkDependent: false,
      };
    }
    case 10: // a header line without a colon, or with the colon first
      return {
        data: fromText(
          text().replace(
            "\r\n\r\n",
            `\r\n${rng.pick(["garbage", ": 5", "Content-Length"])}\r\n\r\n`,
          ),
        ),
        chunkDependent: false,
      };
    case 11: { // a long header line: over 8 KiB of header before the blank line
      const pad = `X-Pad: ${"a".repeat(8200 + rng.int(100))}\r\n`;
      return { data: fromText(pad + text()), chunkDependent: text().includes("\r\n\r\n") };
    }
    case 12: // over 8 KiB of junk and never a blank line
      return {
        data: new Uint8Array(8300 + rng.int(200)).map(() => 32 + rng.int(90)),
        chunkDependent: false,
      };
    case 13: // a Content-Length just over the cap
      return {
        data: fromText(
          text().replace(/(Content-Length:) ?\d+/i, `$1 ${MAX_FRAME + 1 + rng.int(10)}`),
        ),
        chunkDependent: false,
      };
    case 14: // swap two bytes
    {
      const copy = data.slice();
      if (copy.length > 1) {
        const i = rng.int(copy.length);
        const j = rng.int(copy.length);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return { data: copy, chunkDependent: false };
    }
    default: // a duplicated range
      return {
        data: concat([
          data.subarray(0, at),
          data.subarray(Math.max(0, at - 10), at),
          data.subarray(at),
        ]),
        chunkDependent: false,
      };
  }
}

function randomCuts(rng: Rng, length: number): number[] {
  const mode = rng.int(20);
  if (mode < 5) return []; // one chunk
  if (mode === 5 && length < 400) return Array.from({ length }, (_, i) => i); // byte by byte, with an empty first chunk
  const n = 1 + rng.int(mode < 12 ? 3 : 12);
  return Array.from({ length: n }, () => rng.int(length + 1)).sort((a, b) => a - b);
}

function decoderCase(rng: Rng): DecoderCase {
  const bodies: string[] = [];
  const frames: Uint8Array[] = [];
  for (let i = 1 + rng.int(3); i > 0; i--) {
    const body = rng.chance(0.1) ? randomString(rng) : JSON.stringify(randomValue(rng));
    bodies.push(body);
    frames.push(validFrame(rng, body));
  }
  let data = concat(frames);
  let chunkDependent = false;
  const mutations = rng.chance(0.1) ? 0 : 1 + rng.int(3);
  for (let i = 0; i < mutations; i++) {
    const next = mutate(rng, data);
    data = next.data;
    chunkDependent ||= next.chunkDependent;
  }
  return {
    data,
    // A lone surrogate goes out as U+FFFD.
    bodies: mutations === 0
      ? bodies.map((body) => new TextDecoder().decode(bytes(body)))
      : undefined,
    cuts: randomCuts(rng, data.length),
    chunkDependent,
  };
}

/** What {@linkcode referenceDecode} expects of one input. */
interface Expected {
  /** The bodies before the end or the first error. */
  bodies: string[];
  /** Whether the input is refused. */
  error: boolean;
  /** The format leaves the outcome open (conflicting Content-Length headers, a header over 8 KiB). */
  open: boolean;
}

/**
 * The framing rules written out plainly, over the whole input at once: header
 * lines `Name: value` up to a blank line, exactly one number of at most 16
 * digits in Content-Length, at most `max` bytes of UTF-8 body.
 */
function referenceDecode(data: Uint8Array, max: number): Expected {
  const latin = new TextDecoder("latin1").decode(data);
  const strict = new TextDecoder("utf-8", { fatal: true });
  const bodies: string[] = [];
  let open = false;
  let at = 0;
  const refuse = () => ({ bodies, error: true, open });
  while (at < data.length) {
    const blank = latin.indexOf("\r\n\r\n", at);
    if (blank < 0) return refuse();
    if (blank - at > 8192) open = true;
    const lengths: string[] = [];
    for (const line of latin.slice(at, blank).split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon <= 0) return refuse();
      if (line.slice(0, colon).trim().toLowerCase() === "content-length") {
        lengths.push(line.slice(colon + 1).trim());
      }
    }
    if (new Set(lengths).size > 1) open = true;
    const value = lengths.at(-1);
    if (value === undefined || !/^[0-9]{1,16}$/.test(value)) return refuse();
    const length = Number(value);
    const start = blank + 4;
    if (length > max || start + length > data.length) return refuse();
    try {
      bodies.push(strict.decode(data.subarray(start, start + length)));
    } catch {
      return refuse();
    }
    at = start + length;
  }
  return { bodies, error: false, open };
}

interface Decoded {
  bodies: string[];
  error?: unknown;
}

/** Writes the chunks into a decoder and reads it to its end or its error. */
async function decode(chunks: Uint8Array[], maxFrameBytes = MAX_FRAME): Promise<Decoded> {
  const stream = new FrameDecoderStream({ maxFrameBytes });
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const writing = (async () => {
    for (const chunk of chunks) await writer.write(chunk);
    await writer.close();
  })().catch(() => {}); // the read side reports the error
  const bodies: string[] = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      bodies.push(value);
    }
  } catch (error) {
    await writing;
    return { bodies, error };
  }
  await writing;
  return { bodies };
}

function split(data: Uint8Array, cuts: number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let prev = 0;
  for (const cut of cuts) {
    chunks.push(data.subarray(prev, cut));
    prev = cut;
  }
  chunks.push(data.subarray(prev));
  return chunks;
}

function isPrefix(short: string[], long: string[]): boolean {
  return short.length <= long.length && short.every((body, i) => body === long[i]);
}

function describe(c: DecoderCase, index: number): string {
  const shown = new TextDecoder("latin1").decode(c.data.subarray(0, 200));
  return `case ${index} (${SEED_TEXT}): ${JSON.stringify(shown)} cuts ${
    JSON.stringify(c.cuts.slice(0, 20))
  }`;
}

test(`FrameDecoderStream decodes or errors with ProtocolError on ${DECODER_INPUTS} mutated inputs, the same in one chunk or split (${SEED_TEXT})`, async () => {
  const rng = new Rng(SEED);
  const heapBefore = heapUsed();
  let decoded = 0;
  let refused = 0;
  const batch: DecoderCase[] = [];
  for (let made = 0; made < DECODER_INPUTS;) {
    batch.length = 0;
    for (let i = 0; i < 1000 && made < DECODER_INPUTS; i++, made++) batch.push(decoderCase(rng));
    await inBatches(batch, 10, async (c, i) => {
      const where = describe(c, made - batch.length + i);
      const whole = await decode([c.data]);
      const pieces = c.cuts.length ? await decode(split(c.data, c.cuts)) : whole;
      for (const result of [whole, pieces]) {
        if (result.error !== undefined) {
          assert.ok(
            result.error instanceof ProtocolError,
            `not a ProtocolError: ${String(result.error)} in ${where}`,
          );
        }
      }
      const expected = referenceDecode(c.data, MAX_FRAME);
      if (!expected.open) {
        assert.equal(
          whole.error !== undefined,
          expected.error,
          `expected ${expected.error ? "an error" : "no error"}, got ${
            String(whole.error)
          } in ${where}`,
        );
        if (expected.error) {
          assert.ok(
            isPrefix(whole.bodies, expected.bodies),
            `bodies ${JSON.stringify(whole.bodies)} in ${where}`,
          );
        } else assert.deepEqual(whole.bodies, expected.bodies, where);
      }
      if (c.bodies) {
        assert.deepEqual(whole, { bodies: c.bodies }, where);
        assert.deepEqual(pieces, { bodies: c.bodies }, where);
      }
      if (!c.chunkDependent) {
        assert.equal(
          whole.error === undefined,
          pieces.error === undefined,
          `chunking changed the outcome: ${String(whole.error ?? pieces.error)} in ${where}`,
        );
        if (whole.error === undefined) assert.deepEqual(pieces.bodies, whole.bodies, where);
        else {
          assert.ok(
            isPrefix(whole.bodies, pieces.bodies) || isPrefix(pieces.bodies, whole.bodies),
            `bodies before the error differ: ${where}`,
          );
        }
      }
      if (whole.error === undefined) decoded++;
      else refused++;
    });
  }
  assert.equal(decoded + refused, DECODER_INPUTS);
  // Both outcomes must be well represented, or the generator is broken.
  assert.ok(decoded > DECODER_INPUTS / 10, `only ${decoded} inputs decoded`);
  assert.ok(refused > DECODER_INPUTS / 10, `only ${refused} inputs refused`);
  const growth = heapUsed() - heapBefore;
  assert.ok(growth < HEAP_CAP, `heap grew by ${growth} bytes (${SEED_TEXT})`);
});

test("FrameDecoderStream refuses a huge Content-Length at its header, before any body byte arrives", async () => {
  for (
    const [value, maxFrameBytes, pattern] of [
      ["99999999999", undefined, /Frame too large: "Content-Length" 99999999999 exceeds/],
      ["67108865", undefined, /Frame too large/],
      ["9999999999999999", undefined, /Frame too large/],
      ["99999999999999999", undefined, /"Content-Length" is not a number/],
      ["2049", MAX_FRAME, /Frame too large: "Content-Length" 2049 exceeds the limit of 2048/],
    ] as const
  ) {
    const stream = new FrameDecoderStream({ maxFrameBytes });
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    // The header alone, and the stream left open: the error must not wait for the body.
    writer.write(bytes(`Content-Length: ${value}\r\n\r\n{"a":`)).catch(() => {});
    await assert.rejects(reader.read(), (error: Error) => {
      assert.ok(error instanceof ProtocolError, String(error));
      assert.match(error.message, pattern);
      return true;
    });
    await assert.rejects(writer.write(bytes("1}")));
  }
});

test("FrameDecoderStream keeps memory bounded while a body under the cap trickles in", async () => {
  // A peer announcing a body at the cap, then sending it a byte at a time,
  // costs the cap and no more; announcing more is refused outright.
  const heapBefore = heapUsed();
  const cap = 1024 * 1024;
  const body = "x".repeat(cap);
  const data = encodeFrame(body);
  const chunks = split(data, Array.from({ length: 2000 }, (_, i) => 40 + i));
  const result = await decode(chunks, cap);
  assert.deepEqual(result.bodies.map((b) => b.length), [cap]);
  const growth = heapUsed() - heapBefore;
  assert.ok(growth < 64 * cap, `heap grew by ${growth} bytes for one ${cap}-byte frame`);
});

// --- connection ---

/** How the connection must treat one message (JSON-RPC 2.0 as the SDK reads it). */
type Kind = "bad" | "request" | "notification";

/** Classifies a frame body the way JSON-RPC 2.0 defines the shapes. */
function classify(text: string): Kind {
  let message: Json;
  try {
    message = JSON.parse(text);
  } catch {
    return "bad";
  }
  if (message === null || typeof message !== "object" || Array.isArray(message)) return "bad";
  if (typeof message.method === "string") {
    if (message.id === undefined || message.id === null) return "notification";
    return typeof message.id === "number" || typeof message.id === "string" ? "request" : "bad";
  }
  // A response: no call of this connection is pending, so every response is to an unknown id.
  return "bad";
}

const METHODS = [
  "echo",
  "note",
  "unknown.method",
  "$/cancelRequest",
  "__proto__",
  "",
  "session.event",
];

/** A message the far end sends; some are valid, most are not. */
function hostileMessage(rng: Rng, serial: number): string {
  const params = () => rng.pick([undefined, null, 5, "text", [1, 2], {}, randomValue(rng)]);
  const id = () =>
    rng.pick<Json>([serial, `r${serial}`, -serial, serial + 0.5, true, {}, [], null, undefined]);
  switch (rng.int(14)) {
    case 0: // invalid JSON
      return rng.pick([
        "",
        "{",
        "}",
        "[1,",
        '{"method":',
        "nul",
        "undefined",
        "{'a':1}",
        "\u0000",
      ]) +
        (rng.chance(0.5) ? randomString(rng) : "");
    case 1: // a JSON value that is not an object
      return JSON.stringify(rng.pick([1, -2.5, "str", null, true, false, [], [{ method: "x" }]]));
    case 2: // an object without method or id
      return JSON.stringify(rng.pick([{}, { jsonrpc: "2.0" }, { params: [1] }, { result: 1 }]));
    case 3: // a request with a bad id type
      return JSON.stringify({
        jsonrpc: "2.0",
        id: rng.pick([true, false, {}, [1], { id: 1 }]),
        method: rng.pick(METHODS),
        params: params(),
      });
    case 4: // a response to an unknown id
      return JSON.stringify({ jsonrpc: "2.0", id: id(), result: randomValue(rng) });
    case 5: // an error response to an unknown id
      return JSON.stringify({
        jsonrpc: "2.0",
        id: id(),
        error: rng.pick([{ code: -1, message: "no" }, null, "text", { code: "x" }]),
      });
    case 6: // a response with both result and error
      return JSON.stringify({ id: id(), result: 1, error: { code: 1, message: "both" } });
    case 7: // a response with neither
      return JSON.stringify({ jsonrpc: "2.0", id: id() });
    case 8: // a non-string method
      return JSON.stringify({ id: id(), method: rng.pick([1, null, {}, ["echo"], true]) });
    case 9: // a notification with odd params
      return JSON.stringify({
        jsonrpc: rng.pick(["2.0", "1.0", undefined]),
        method: rng.pick(METHODS),
        params: params(),
      });
    case 10: // a request with odd params, maybe to an unknown method
      return JSON.stringify({
        jsonrpc: "2.0",
        id: rng.pick([serial, `r${serial}`]),
        method: rng.pick(METHODS),
        params: params(),
      });
    case 11: { // a mutated valid message
      const text = JSON.stringify({
        jsonrpc: "2.0",
        id: serial,
        method: "echo",
        params: { n: serial },
      });
      const at = rng.int(text.length);
      return text.slice(0, at) +
        rng.pick(["", "x", '"', "}", "{", ",", String.fromCharCode(rng.int(128))]) +
        text.slice(at + rng.int(3));
    }
    case 12: // a JSON text with junk around it
      return rng.pick([" ", "\n", "x"]) + JSON.stringify({ method: "note" }) +
        rng.pick(["", "}", " 1"]);
    default: // deep nesting
      return "[".repeat(1 + rng.int(2000)) + "]".repeat(rng.int(2001));
  }
}

/** Reads every frame a peer writes, parsed, into `into`; ends with the stream. */
async function drain(readable: ReadableStream<Uint8Array>, into: Json[]): Promise<void> {
  try {
    for await (const body of readable.pipeThrough(new FrameDecoderStream())) {
      into.push(JSON.parse(body));
    }
  } catch {
    // The connection aborted its side.
  }
}

async function waitFor(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what} (${SEED_TEXT})`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

test(`Connection reports each of ${CONNECTION_MESSAGES} hostile messages to onError as ProtocolError, answers unknown methods with -32601 and keeps working (${SEED_TEXT})`, async () => {
  const rng = new Rng(SEED ^ 0x1234567);
  const [near, far] = createLinkedPair();
  const reports: Error[] = [];
  const connection = new Connection(near, { onError: (error) => reports.push(error) });
  const notes: unknown[] = [];
  connection.onNotification("note", (params) => notes.push(params));
  connection.onRequest("echo", (params) => params);
  const received: Json[] = [];
  const reading = drain(far.readable, received);
  const writer = far.writable.getWriter();
  const heapBefore = heapUsed();
  try {
    let bad = 0;
    let notesSent = 0;
    // Mutations can repeat an id: every request with that id is expected.
    const requests = new Map<string, { method: string; params: unknown }[]>();
    let requestCount = 0;
    for (let serial = 1; serial <= CONNECTION_MESSAGES;) {
      // Many frames in one buffer, cut at random places.
      const frames: Uint8Array[] = [];
      for (let i = 0; i < 200 && serial <= CONNECTION_MESSAGES; i++, serial++) {
        const text = hostileMessage(rng, serial);
        const kind = classify(text);
        if (kind === "bad") bad++;
        else {
          const message = JSON.parse(text);
          if (kind === "request") {
            const key = JSON.stringify(message.id);
            if (!requests.has(key)) requests.set(key, []);
            requests.get(key)!.push({ method: message.method, params: message.params });
            requestCount++;
          } else if (message.method === "note") notesSent++;
        }
        frames.push(encodeFrame(text));
      }
      const data = concat(frames);
      for (const chunk of split(data, randomCuts(rng, data.length))) await writer.write(chunk);
    }
    await waitFor(() => received.length >= requestCount, `${requestCount} answers`);
    assert.equal(reports.length, bad, `${bad} bad messages sent, ${reports.length} reported`);
    for (const report of reports) assert.ok(report instanceof ProtocolError, String(report));
    assert.equal(notes.length, notesSent);
    // Each request answered exactly once: echo with its params (a lone
    // surrogate in them sent back as U+FFFD: the connection sends only
    // well-formed text), the rest -32601.
    assert.equal(received.length, requestCount);
    const answers = (request: { method: string; params: unknown }, answer: Json) =>
      request.method === "echo"
        ? isDeepStrictEqual(answer.result, wellFormed(request.params ?? null))
        : answer.error?.code === -32601 &&
          answer.error.message === `Unhandled method ${request.method}`;
    for (const answer of received) {
      const key = JSON.stringify(answer.id);
      const list = requests.get(key) ?? [];
      const at = list.findIndex((request) => answers(request, answer));
      assert.ok(at >= 0, `unexpected answer ${JSON.stringify(answer)} to ${JSON.stringify(list)}`);
      list.splice(at, 1);
    }
    // Still a working connection, both ways.
    const call = connection.request("ping", { message: "after the storm" });
    await waitFor(() => received.some((m) => m.method === "ping"), "the ping request");
    const ping = received.find((m) => m.method === "ping");
    assert.deepEqual(ping.params, { message: "after the storm" });
    await writer.write(
      encodeFrame(JSON.stringify({ jsonrpc: "2.0", id: ping.id, result: "pong" })),
    );
    assert.equal(await call, "pong");
    await writer.write(
      encodeFrame(JSON.stringify({ jsonrpc: "2.0", id: "last", method: "echo", params: [1] })),
    );
    await waitFor(() => received.some((m) => m.id === "last"), "the echo answer");
    assert.deepEqual(received.find((m) => m.id === "last").result, [1]);
    assert.equal(connection.isClosed, false);
    const growth = heapUsed() - heapBefore;
    assert.ok(growth < HEAP_CAP, `heap grew by ${growth} bytes`);
  } finally {
    await connection.close();
    await writer.close().catch(() => {});
    await reading;
  }
});

/** A frame whose header (or framing) is broken beyond recovery. */
function brokenFrame(rng: Rng): Uint8Array {
  const body = JSON.stringify({ jsonrpc: "2.0", method: "note", params: randomValue(rng) });
  const length = bytes(body).length;
  switch (rng.int(9)) {
    case 0:
      return bytes(
        `Content-Length: ${
          rng.pick(BAD_LENGTHS.filter((v) => !/^\d{1,16}$/.test(v)))
        }\r\n\r\n${body}`,
      );
    case 1:
      return bytes(
        `Content-Length: ${rng.pick(["99999999999", "67108865", "2049"])}\r\n\r\n${body}`,
      );
    case 2:
      return bytes(`${rng.pick(EXTRA_HEADERS)}\r\n\r\n${body}`); // no Content-Length
    case 3:
      return bytes(`Content-Length: ${length}\r\n${body}`); // no blank line, then the end
    case 4:
      return bytes(
        `${rng.pick(["garbage", ": 5", "{}"])}\r\nContent-Length: ${length}\r\n\r\n${body}`,
      );
    case 5:
      return bytes("x".repeat(8300 + rng.int(100))); // no blank line within 8 KiB
    case 6:
      return bytes(`Content-Length: ${length + 1 + rng.int(20)}\r\n\r\n${body}`); // then the end
    case 7:
      return concat([bytes(`Content-Length: 2\r\n\r\n`), Uint8Array.from([0xc3, 0x28])]); // bad UTF-8
    default:
      return bytes(`Content-Length: ${length}\n\n${body}`); // bare LF
  }
}

test(`Connection closes with ConnectionClosedError caused by ProtocolError on ${BROKEN_HEADER_CASES} broken frames, failing its pending calls (${SEED_TEXT})`, async () => {
  const rng = new Rng(SEED ^ 0x7654321);
  const cases = Array.from({ length: BROKEN_HEADER_CASES }, () => ({
    before: rng.chance(0.5),
    frame: brokenFrame(rng),
    cuts: [] as number[],
    pending: rng.chance(0.5),
  }));
  for (const c of cases) c.cuts = randomCuts(rng, c.frame.length);
  await inBatches(cases, 100, async (c, index) => {
    const [near, far] = createLinkedPair();
    // No exit status to wait for: the far end is not a process.
    const reports: Error[] = [];
    const connection = new Connection(
      { readable: near.readable, writable: near.writable },
      { maxFrameBytes: MAX_FRAME, onError: (error) => reports.push(error) },
    );
    const notes: unknown[] = [];
    connection.onNotification("note", (params) => notes.push(params));
    const received: Json[] = [];
    const reading = drain(far.readable, received);
    const call = c.pending ? connection.request("waiting", {}) : undefined;
    const checked = call && assert.rejects(call, (error: Error) => {
      assert.ok(error instanceof ConnectionClosedError, String(error));
      assert.ok(error.cause instanceof ConnectionClosedError);
      assert.ok(error.cause.cause instanceof ProtocolError, String(error.cause.cause));
      return true;
    });
    const writer = far.writable.getWriter();
    const data = c.before
      ? concat([
        encodeFrame(JSON.stringify({ jsonrpc: "2.0", method: "note", params: index })),
        c.frame,
      ])
      : c.frame;
    try {
      for (const chunk of split(data, c.cuts)) await writer.write(chunk);
      await writer.close();
    } catch {
      // The connection stopped reading at the broken frame.
    }
    const closed = await connection.closed;
    const where = `case ${index} (${SEED_TEXT}): ${
      JSON.stringify(new TextDecoder().decode(c.frame.subarray(0, 80)))
    }`;
    assert.ok(closed instanceof ConnectionClosedError, where);
    assert.ok(closed.cause instanceof ProtocolError, `${String(closed.cause)} in ${where}`);
    assert.match(closed.message, /Connection to the Copilot CLI failed: /, where);
    await checked;
    assert.deepEqual(reports, [], where);
    assert.deepEqual(notes, c.before ? [index] : [], where);
    await connection.close();
    await reading;
  });
});

// --- client ---

const FAKE_CLI = fileURLToPath(new URL("../_harness/fake_cli.mjs", import.meta.url));

test("CopilotClient reports malformed session.event and session.lifecycle notifications to onError as ProtocolError, never to user handlers", async () => {
  const errors: unknown[] = [];
  const client = new CopilotClient({
    cliPath: FAKE_CLI,
    onError: (error) => errors.push(error),
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
  });
  try {
    const lifecycle: LifecycleEvent[] = [];
    client.on((event) => lifecycle.push(event));
    const session = await client.createSession();
    // The fake sends three malformed lifecycle notifications before its answer.
    assert.deepEqual(lifecycle, [{ type: "session.created", sessionId: session.sessionId }]);
    assert.equal(errors.length, 3, errors.map(String).join("\n"));
    const seen: SessionEvent[] = [];
    session.on((event) => {
      assert.equal(typeof event.type, "string");
      assert.equal(typeof event.data, "object");
      seen.push(event);
    });
    const reply = await session.sendAndWait("go");
    assert.equal(reply?.type, "assistant.message");
    assert.equal(reply?.data.content, "fake answer");
    assert.deepEqual(seen.map((e) => e.type), [
      "user.message",
      "assistant.message",
      "session.idle",
    ]);
    assert.equal(seen[0].type === "user.message" && seen[0].data.messageId, "fake-message-1");
    // 3 lifecycle + 6 event notifications are malformed. The event for a session
    // this client does not know is dropped without a report.
    assert.equal(errors.length, 9, errors.map(String).join("\n"));
    for (const error of errors) {
      assert.ok(error instanceof ProtocolError, String(error));
      assert.match(
        error.message,
        /^Malformed "session\.(event|lifecycle)" notification from the CLI: /,
      );
    }
  } finally {
    assert.deepEqual(await client.stop(), []);
  }
});

/** A JSON value with every lone surrogate in its strings and keys replaced by U+FFFD. */
function wellFormed(value: unknown): unknown {
  const fix = (text: string) => text.replace(/\p{Cs}/gu, "\ufffd");
  if (typeof value === "string") return fix(value);
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [fix(k), wellFormed(v)]));
}
