// The hot-path pieces of the framing and the connection: FrameDecoder's fast
// header path and lenient UTF-8 check, FrameWriter's batching, and the
// connection's ordering of a response and the notifications after it.

import assert from "node:assert/strict";
import { test } from "../_test.ts";
import { ProtocolError } from "../../src/errors.ts";
import { Connection } from "../../src/rpc/connection.ts";
import { encodeFrame, FrameDecoder, FrameWriter } from "../../src/rpc/framing.ts";

const utf8 = new TextEncoder();

function decodeAll(chunks: Uint8Array[]): string[] {
  const decoder = new FrameDecoder();
  const bodies: string[] = [];
  for (const chunk of chunks) decoder.push(chunk, (body) => bodies.push(body));
  decoder.finish();
  return bodies;
}

function collector(): { chunks: Uint8Array[]; writer: FrameWriter } {
  const chunks: Uint8Array[] = [];
  const stream = new WritableStream<Uint8Array>({ write: (chunk) => void chunks.push(chunk) });
  return { chunks, writer: new FrameWriter(stream.getWriter()) };
}

test("FrameDecoder.push() hands every frame of a chunk to the callback before returning", () => {
  const decoder = new FrameDecoder();
  const bodies: string[] = [];
  const chunk = new Uint8Array([...encodeFrame("1"), ...encodeFrame("2"), ...encodeFrame("3")]);
  decoder.push(chunk, (body) => bodies.push(body));
  assert.deepEqual(bodies, ["1", "2", "3"]);
});

test("FrameDecoder reads headers off the fast path the same as on it", () => {
  const headers = [
    "Content-Length: 2\r\n\r\n",
    "content-length: 2\r\n\r\n",
    "Content-Length:2\r\n\r\n",
    "Content-Length: 2\r\nContent-Type: application/json\r\n\r\n",
    "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n",
    "Content-Length:  2 \r\n\r\n",
  ];
  for (const header of headers) {
    assert.deepEqual(decodeAll([utf8.encode(`${header}{}`)]), ["{}"], JSON.stringify(header));
  }
});

test("FrameDecoder refuses a 17-digit Content-Length that starts like the fast path", () => {
  const data = utf8.encode("Content-Length: 12345678901234567\r\n\r\n{}");
  assert.throws(() => decodeAll([data]), (error) => {
    assert.ok(error instanceof ProtocolError);
    assert.match(error.message, /"Content-Length" is not a number/);
    return true;
  });
});

test("FrameDecoder keeps a U+FFFD sent on purpose and refuses invalid UTF-8", () => {
  assert.deepEqual(decodeAll([encodeFrame('"\uFFFD"')]), ['"\uFFFD"']);
  const bad = new Uint8Array([...utf8.encode("Content-Length: 3\r\n\r\n"), 0x22, 0xff, 0x22]);
  assert.throws(() => decodeAll([bad]), /not valid UTF-8/);
});

test("FrameWriter writes the messages of one run of microtasks as one chunk", async () => {
  const { chunks, writer } = collector();
  const writes = [writer.write("{}"), writer.write('"é"'), writer.write("[]")];
  assert.equal(chunks.length, 0, "nothing is written synchronously");
  await Promise.all(writes);
  assert.equal(chunks.length, 1);
  assert.deepEqual(decodeAll(chunks), ["{}", '"é"', "[]"]);
  await writer.write("1");
  assert.equal(chunks.length, 2);
});

test("FrameWriter writes a large message as a chunk of its own, in order", async () => {
  const { chunks, writer } = collector();
  const big = JSON.stringify("x".repeat(100_000));
  await Promise.all([writer.write("1"), writer.write(big), writer.write("2")]);
  assert.deepEqual(chunks.map((c) => c.length > 100_000), [false, true, false]);
  assert.deepEqual(decodeAll(chunks), ["1", big, "2"]);
});

test("FrameWriter.close() writes pending messages first, and later writes reject", async () => {
  const { chunks, writer } = collector();
  const pending = writer.write("{}");
  await writer.close();
  await pending;
  assert.deepEqual(decodeAll(chunks), ["{}"]);
  await assert.rejects(writer.write("[]"), TypeError);
});

test("Connection runs the code awaiting a response before the notifications after it in the same chunk", async () => {
  let push!: (chunk: Uint8Array) => void;
  const readable = new ReadableStream<Uint8Array>({
    start(controller) {
      push = (chunk) => controller.enqueue(chunk);
    },
  });
  const sent: Uint8Array[] = [];
  const writable = new WritableStream<Uint8Array>({ write: (chunk) => void sent.push(chunk) });
  const connection = new Connection({ readable, writable });
  const seen: string[] = [];
  connection.onNotification("event", (params) => seen.push(`event ${params.n}`));
  const answered = (async () => {
    // Several hops, as through an SDK's layers.
    const result = await connection.request("send");
    await null;
    await null;
    seen.push(`answer ${result}`);
  })();
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(sent.length, 1, "the request went out");
  push(
    new Uint8Array([
      ...encodeFrame('{"jsonrpc":"2.0","id":1,"result":7}'),
      ...encodeFrame('{"jsonrpc":"2.0","method":"event","params":{"n":1}}'),
      ...encodeFrame('{"jsonrpc":"2.0","method":"event","params":{"n":2}}'),
    ]),
  );
  await answered;
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(seen, ["answer 7", "event 1", "event 2"]);
  await connection.close();
});
