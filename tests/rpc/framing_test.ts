import assert from "node:assert/strict";
import { test } from "../_test.ts";
import { ProtocolError } from "../../src/errors.ts";
import {
  DEFAULT_MAX_FRAME_BYTES,
  encodeFrame,
  FrameDecoder,
  type FrameDecoderOptions,
  FrameDecoderStream,
} from "../../src/rpc/framing.ts";

const utf8 = new TextEncoder();

function bytes(text: string): Uint8Array {
  return utf8.encode(text);
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

/** Cuts `data` at the given offsets (sorted, may repeat: empty chunks). */
function splitAt(data: Uint8Array, cuts: number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let prev = 0;
  for (const cut of cuts) {
    chunks.push(data.subarray(prev, cut));
    prev = cut;
  }
  chunks.push(data.subarray(prev));
  return chunks;
}

/** Pushes the chunks through a decoder and collects every body. */
async function decode(chunks: Uint8Array[], options?: FrameDecoderOptions): Promise<string[]> {
  const bodies: string[] = [];
  const stream = ReadableStream.from(chunks).pipeThrough(new FrameDecoderStream(options));
  for await (const body of stream) bodies.push(body);
  return bodies;
}

/**
 * Decodes the chunks expecting the stream to error with a ProtocolError whose
 * message matches `pattern`; returns the bodies decoded before the error.
 */
async function decodeFails(
  chunks: Uint8Array[],
  pattern: RegExp,
  options?: FrameDecoderOptions,
): Promise<string[]> {
  const bodies: string[] = [];
  const stream = ReadableStream.from(chunks).pipeThrough(new FrameDecoderStream(options));
  await assert.rejects(
    (async () => {
      for await (const body of stream) bodies.push(body);
    })(),
    (error) => {
      assert.ok(error instanceof ProtocolError, `expected ProtocolError, got ${error}`);
      assert.equal(error.code, "PROTOCOL_ERROR");
      assert.match(error.message, pattern);
      return true;
    },
  );
  return bodies;
}

/** mulberry32: a small seeded PRNG, so random tests are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// --- encodeFrame ---

test("encodeFrame() writes a Content-Length header then the body", () => {
  const frame = encodeFrame('{"a":1}');
  assert.equal(new TextDecoder().decode(frame), 'Content-Length: 7\r\n\r\n{"a":1}');
});

test("encodeFrame() counts UTF-8 bytes, not UTF-16 units", () => {
  for (
    const [body, length] of [["é", 2], ["€", 3], ["😀", 4], ["aé€😀", 10]] as const
  ) {
    const frame = encodeFrame(body);
    const header = `Content-Length: ${length}\r\n\r\n`;
    assert.equal(frame.length, header.length + length, body);
    assert.deepEqual(frame, concat([bytes(header), bytes(body)]), body);
  }
});

test("encodeFrame() frames an empty body as Content-Length: 0", () => {
  assert.equal(new TextDecoder().decode(encodeFrame("")), "Content-Length: 0\r\n\r\n");
});

test("encodeFrame() encodes a lone surrogate as U+FFFD with a matching length", async () => {
  const frame = encodeFrame("a\ud800b");
  assert.equal(new TextDecoder().decode(frame), "Content-Length: 5\r\n\r\na\ufffdb");
  assert.deepEqual(await decode([frame]), ["a\ufffdb"]);
});

test("encodeFrame() frames a large body with a many-digit length", async () => {
  const body = "€".repeat(400_000);
  const frame = encodeFrame(body);
  const header = "Content-Length: 1200000\r\n\r\n";
  assert.equal(new TextDecoder().decode(frame.subarray(0, header.length)), header);
  assert.equal(frame.length, header.length + 1_200_000);
  assert.deepEqual(await decode([frame]), [body]);
});

// --- FrameDecoderStream: well-formed input ---

test("FrameDecoderStream round-trips bodies framed by encodeFrame()", async () => {
  const bodies = ['{"jsonrpc":"2.0","id":1,"method":"ping"}', "{}", '"é€😀"', "[1,2,3]"];
  assert.deepEqual(await decode(bodies.map((body) => encodeFrame(body))), bodies);
});

test("FrameDecoderStream decodes several frames merged in one chunk", async () => {
  const bodies = ['{"a":1}', '{"b":"€"}', "{}", '{"c":"😀"}'];
  const chunk = concat(bodies.map((body) => encodeFrame(body)));
  assert.deepEqual(await decode([chunk]), bodies);
});

test("FrameDecoderStream decodes a frame followed by part of the next in one chunk", async () => {
  const data = concat([encodeFrame('{"a":1}'), encodeFrame('{"b":2}')]);
  const cut = encodeFrame('{"a":1}').length + 5;
  assert.deepEqual(await decode(splitAt(data, [cut])), ['{"a":1}', '{"b":2}']);
});

test("FrameDecoderStream decodes a frame split at every byte boundary", async () => {
  // "é" (2 bytes), "€" (3 bytes) and "😀" (4 bytes): every cut inside them is tried.
  const body = '{"text":"é€😀 ok"}';
  const frame = encodeFrame(body);
  for (let i = 0; i <= frame.length; i++) {
    assert.deepEqual(await decode(splitAt(frame, [i])), [body], `cut at ${i}`);
  }
});

test("FrameDecoderStream decodes a frame split in three at every pair of boundaries", async () => {
  const body = '"é€😀"';
  const frame = encodeFrame(body);
  for (let i = 0; i <= frame.length; i++) {
    for (let j = i; j <= frame.length; j++) {
      assert.deepEqual(await decode(splitAt(frame, [i, j])), [body], `cuts at ${i}, ${j}`);
    }
  }
});

test("FrameDecoderStream decodes frames fed one byte at a time", async () => {
  const bodies = ['{"a":"é"}', "", '{"b":"€😀"}'];
  const data = concat(bodies.map((body) => encodeFrame(body)));
  const cuts = Array.from({ length: data.length - 1 }, (_, i) => i + 1);
  assert.deepEqual(await decode(splitAt(data, cuts)), bodies);
});

test("FrameDecoderStream decodes frames split inside the \\r\\n\\r\\n separator", async () => {
  const data = concat([encodeFrame('{"a":1}'), encodeFrame('{"b":2}')]);
  const text = new TextDecoder().decode(data);
  const firstSep = text.indexOf("\r\n\r\n");
  const secondSep = text.indexOf("\r\n\r\n", firstSep + 4);
  for (let k = 1; k <= 3; k++) {
    assert.deepEqual(
      await decode(splitAt(data, [firstSep + k, secondSep + k])),
      ['{"a":1}', '{"b":2}'],
      `cut ${k} bytes into each separator`,
    );
  }
});

test("FrameDecoderStream decodes a multi-byte character split across chunks", async () => {
  for (const char of ["é", "€", "😀"]) {
    const frame = encodeFrame(`"${char}"`);
    const bodyStart = frame.length - bytes(`"${char}"`).length;
    const charBytes = bytes(char).length;
    for (let k = 1; k < charBytes; k++) {
      // Cut after the opening quote plus k bytes of the character.
      const cut = bodyStart + 1 + k;
      assert.deepEqual(await decode(splitAt(frame, [cut])), [`"${char}"`], `${char} cut ${k}`);
    }
  }
});

test("FrameDecoderStream skips extra headers such as Content-Type", async () => {
  const data = bytes(
    "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}" +
      "Content-Length: 7\r\nContent-Type: application/json\r\nX-Extra: a:b:c\r\n\r\n[1,2,3]",
  );
  assert.deepEqual(await decode([data]), ["{}", "[1,2,3]"]);
});

test("FrameDecoderStream reads the Content-Length name case-insensitively", async () => {
  const data = bytes(
    "content-length: 2\r\n\r\n{}" +
      "CONTENT-LENGTH: 3\r\n\r\n[1]" +
      "Content-length:4\r\n\r\nnull" +
      "cOnTeNt-LeNgTh :  1  \r\n\r\n7",
  );
  assert.deepEqual(await decode([data]), ["{}", "[1]", "null", "7"]);
});

test("FrameDecoderStream decodes an empty body with Content-Length: 0", async () => {
  const data = bytes(
    "Content-Length: 0\r\n\r\nContent-Length: 2\r\n\r\n{}Content-Length: 0\r\n\r\n",
  );
  assert.deepEqual(await decode([data]), ["", "{}", ""]);
  assert.deepEqual(await decode(splitAt(data, [21, 22])), ["", "{}", ""]);
});

test("FrameDecoderStream ends cleanly on an empty stream and on empty chunks", async () => {
  assert.deepEqual(await decode([]), []);
  assert.deepEqual(await decode([new Uint8Array(0), new Uint8Array(0)]), []);
  const frame = encodeFrame("{}");
  assert.deepEqual(
    await decode([new Uint8Array(0), frame.subarray(0, 5), new Uint8Array(0), frame.subarray(5)]),
    ["{}"],
  );
});

test("FrameDecoderStream accepts a body of exactly maxFrameBytes", async () => {
  const body = "x".repeat(16);
  assert.deepEqual(await decode([encodeFrame(body)], { maxFrameBytes: 16 }), [body]);
});

test("FrameDecoderStream decodes frames larger than its initial buffer across chunks", async () => {
  const body = JSON.stringify({ text: "é€😀".repeat(3000) });
  const frame = encodeFrame(body);
  const cuts = [];
  for (let at = 7; at < frame.length; at += 1000) cuts.push(at);
  assert.deepEqual(await decode(splitAt(concat([frame, frame]), cuts)), [body, body]);
});

// --- FrameDecoderStream: errors ---

test("DEFAULT_MAX_FRAME_BYTES is 64 MiB", () => {
  assert.equal(DEFAULT_MAX_FRAME_BYTES, 64 * 1024 * 1024);
});

test("FrameDecoderStream errors on a header without Content-Length", async () => {
  await decodeFails(
    [bytes("Content-Type: application/json\r\n\r\n{}")],
    /missing "Content-Length"/,
  );
});

test("FrameDecoderStream errors on a non-numeric Content-Length", async () => {
  for (const value of ["abc", "12a", "-1", "1.5", "", "0x10", "1 2"]) {
    await decodeFails(
      [bytes(`Content-Length: ${value}\r\n\r\n{}`)],
      /"Content-Length" is not a number/,
    );
  }
});

test("FrameDecoderStream errors on a header line without a colon", async () => {
  const bodies = await decodeFails(
    [concat([encodeFrame("{}"), bytes("Content-Length 2\r\n\r\n{}")])],
    /Invalid frame header line: "Content-Length 2"/,
  );
  assert.deepEqual(bodies, ["{}"], "frames before the bad one are delivered");
});

test("FrameDecoderStream errors on a header over 8 KiB with no blank line", async () => {
  const header = bytes(`X-Padding: ${"a".repeat(9000)}\r\n`);
  await decodeFails([header], /no blank line within 8192 bytes/);
  // The same header arriving in 1 KiB pieces errors too, before the stream ends.
  const cuts = [];
  for (let at = 1024; at < header.length; at += 1024) cuts.push(at);
  const chunks = splitAt(header, cuts);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      // Never closes: only the size cap can end this stream.
      if (sent < chunks.length) controller.enqueue(chunks[sent++]);
    },
  }).pipeThrough(new FrameDecoderStream());
  await assert.rejects(stream.getReader().read(), (error) => {
    assert.ok(error instanceof ProtocolError);
    assert.match(error.message, /no blank line within 8192 bytes/);
    return true;
  });
});

test("FrameDecoderStream errors on a frame larger than maxFrameBytes", async () => {
  const bodies = await decodeFails(
    [concat([encodeFrame("x".repeat(16)), encodeFrame("x".repeat(17))])],
    /Frame too large: "Content-Length" 17 exceeds the limit of 16 bytes/,
    { maxFrameBytes: 16 },
  );
  assert.deepEqual(bodies, ["x".repeat(16)]);
});

test("FrameDecoderStream errors on an oversized frame before its body arrives", async () => {
  // Only the header is sent: the default cap rejects it without waiting for 64 MiB.
  await decodeFails(
    [bytes(`Content-Length: ${DEFAULT_MAX_FRAME_BYTES + 1}\r\n\r\n`)],
    new RegExp(`Frame too large: "Content-Length" ${DEFAULT_MAX_FRAME_BYTES + 1} exceeds`),
  );
});

test("FrameDecoderStream errors on a body that is not valid UTF-8", async () => {
  const invalid = [
    [0xc3, 0x28], // bad continuation byte
    [0xff], // never valid
    [0xe2, 0x82], // truncated "€"
    [0xed, 0xa0, 0x80], // encoded surrogate
    [0xc0, 0xaf], // overlong "/"
  ];
  for (const body of invalid) {
    await decodeFails(
      [concat([bytes(`Content-Length: ${body.length}\r\n\r\n`), new Uint8Array(body)])],
      /Invalid frame body: not valid UTF-8/,
    );
  }
});

test("FrameDecoderStream errors when the stream ends mid-body", async () => {
  const frame = encodeFrame('{"a":"€"}');
  const bodies = await decodeFails(
    [encodeFrame("{}"), frame.subarray(0, frame.length - 2)],
    /Truncated frame: stream ended after 9 of 11 body bytes/,
  );
  assert.deepEqual(bodies, ["{}"]);
});

test("FrameDecoderStream errors when the stream ends mid-header", async () => {
  await decodeFails([bytes("Content-Len")], /Truncated frame: stream ended inside a header/);
  await decodeFails(
    [bytes("Content-Length: 2\r\n\r")],
    /Truncated frame: stream ended inside a header \(20 bytes\)/,
  );
});

// --- randomized ---

let rand = prng(0);

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

const POOLS: (() => string)[] = [
  // ASCII, including controls and JSON/HTTP-looking punctuation.
  () => String.fromCharCode(Math.floor(rand() * 128)),
  () => pick(["é", "€", "😀", "\r", "\n", '"', "\\", "{", "}", ":"]),
  // Two-, three- and four-byte UTF-8 code points (no surrogates).
  () => String.fromCodePoint(0x80 + Math.floor(rand() * (0x800 - 0x80))),
  () => {
    const cp = 0x800 + Math.floor(rand() * (0x10000 - 0x800 - 0x800));
    return String.fromCodePoint(cp >= 0xd800 ? cp + 0x800 : cp);
  },
  () => String.fromCodePoint(0x10000 + Math.floor(rand() * (0x110000 - 0x10000))),
  // Text that looks like framing.
  () => pick(["\r\n\r\n", "Content-Length: 12\r\n\r\n", "Content-Length:", "\r\n"]),
];

function randomBody(): string {
  const roll = rand();
  const length = roll < 0.1 ? 0 : roll < 0.95 ? Math.floor(rand() * 40) : Math.floor(rand() * 6000);
  let text = "";
  for (let i = 0; i < length; i++) text += pick(POOLS)();
  return text;
}

test("FrameDecoderStream decodes 200 random message sequences re-split at random points", async () => {
  const seed = 0x5eed_f00d;
  rand = prng(seed);
  for (let round = 0; round < 200; round++) {
    const bodies = Array.from({ length: 1 + Math.floor(rand() * 8) }, randomBody);
    const data = concat(bodies.map((body) => encodeFrame(body)));
    let cuts: number[];
    if (rand() < 0.05) {
      cuts = Array.from({ length: data.length }, (_, i) => i); // one byte a chunk
    } else {
      cuts = Array.from(
        { length: Math.floor(rand() * 12) },
        () => Math.floor(rand() * (data.length + 1)),
      )
        .sort((x, y) => x - y);
    }
    const decoded = await decode(splitAt(data, cuts));
    assert.deepEqual(decoded, bodies, `seed ${seed}, round ${round}, cuts ${cuts.join(",")}`);
  }
});

test("FrameDecoderStream errors when the stream ends right after a complete header", async () => {
  await decodeFails([bytes("Content-Length: 5\r\n\r\n")], /Truncated frame: .*0 of 5 body bytes/);
});

test("FrameDecoder with onOversize skips a frame over the cap split at every byte, hands its length and head, and reads the next frame", () => {
  const big = JSON.stringify({ jsonrpc: "2.0", id: 7, result: "z".repeat(3000) });
  const bytes = new Uint8Array([...encodeFrame(big), ...encodeFrame('{"ok":1}')]);
  for (const size of [1, 7, 100, bytes.length]) {
    const skipped: Array<[number, string]> = [];
    const frames: string[] = [];
    const decoder = new FrameDecoder({
      maxFrameBytes: 64,
      onOversize: (length, head) => skipped.push([length, head]),
    });
    for (let at = 0; at < bytes.length; at += size) {
      decoder.push(bytes.slice(at, at + size), (body) => frames.push(body));
    }
    decoder.finish();
    assert.deepEqual(frames, ['{"ok":1}'], `chunks of ${size}`);
    assert.equal(skipped.length, 1);
    assert.equal(skipped[0][0], big.length);
    assert.equal(skipped[0][1], big.slice(0, 1024));
  }
});
