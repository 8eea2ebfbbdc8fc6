#!/usr/bin/env node
// A fake Copilot CLI for the benchmarks: a JSON-RPC server over stdio with
// `Content-Length` framing that answers what both SDKs send while starting,
// opening a session, pinging and stopping, and that streams session events
// from frames prepared in advance, so that it is never the bottleneck.
//
// Both SDKs spawn it as their CLI (a `.js` cliPath is run with `node`). It
// ignores the CLI flags they pass (--headless, --stdio...).
//
// `session.send` with a prompt containing `events=N` answers `{messageId}`,
// then streams `user.message` (with that messageId), `assistant.turn_start`,
// N `assistant.message_delta` events, `assistant.message`,
// `assistant.turn_end` and `session.idle`. Writes wait for the pipe to drain,
// so a slow reader slows the stream down instead of filling this process.
//
// Plain JavaScript on purpose: both SDKs run it with `node` as it is.

import process from "node:process";

const stdout = process.stdout;
const BLOCK = 1000;
const TIMESTAMP = "2026-01-01T00:00:00.000Z";

let nextMessage = 1;
/** Per session id: the prepared block of delta frames and its frame ends. */
const sessions = new Map();
/** Output produced while handling one input chunk, written at once. */
let out = [];
/** Sends in progress are streamed one after another. */
let streaming = Promise.resolve();

function frame(text) {
  return Buffer.from(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`, "utf8");
}

function respond(id, result) {
  out.push(
    frame(`{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":${JSON.stringify(result)}}`),
  );
}

function respondError(id, code, message) {
  out.push(
    frame(JSON.stringify({ jsonrpc: "2.0", id, error: { code, message } })),
  );
}

function eventFrame(sessionId, event) {
  return frame(
    JSON.stringify({ jsonrpc: "2.0", method: "session.event", params: { sessionId, event } }),
  );
}

function event(id, parentId, type, data, ephemeral) {
  const e = { id, timestamp: TIMESTAMP, parentId, type, data };
  if (ephemeral) e.ephemeral = true;
  return e;
}

/** Prepares BLOCK delta frames for a session, once. */
function prepared(sessionId) {
  let entry = sessions.get(sessionId);
  if (entry) return entry;
  const frames = [];
  const ends = [];
  let length = 0;
  const messageId = `${sessionId}-assistant`;
  for (let i = 0; i < BLOCK; i++) {
    const f = eventFrame(
      sessionId,
      event(
        `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        "00000000-0000-4000-8000-ffffffffffff",
        "assistant.message_delta",
        { messageId, deltaContent: i % 7 === 0 ? " the" : " token" },
        true,
      ),
    );
    frames.push(f);
    length += f.length;
    ends.push(length);
  }
  entry = { block: Buffer.concat(frames), ends, messageId };
  sessions.set(sessionId, entry);
  return entry;
}

function write(buffer) {
  if (stdout.write(buffer)) return undefined;
  return new Promise((resolve) => stdout.once("drain", resolve));
}

async function stream(sessionId, userMessageId, prompt, count) {
  const { block, ends, messageId } = prepared(sessionId);
  const parent = "00000000-0000-4000-8000-ffffffffffff";
  let pending = write(Buffer.concat([
    eventFrame(
      sessionId,
      event(`${userMessageId}-u`, null, "user.message", {
        messageId: userMessageId,
        content: prompt,
      }),
    ),
    eventFrame(
      sessionId,
      event(`${userMessageId}-t`, null, "assistant.turn_start", { turnId: "0" }),
    ),
  ]));
  let left = count;
  while (left > 0) {
    if (pending) await pending;
    const n = Math.min(left, BLOCK);
    pending = write(n === BLOCK ? block : block.subarray(0, ends[n - 1]));
    left -= n;
  }
  if (pending) await pending;
  await write(Buffer.concat([
    eventFrame(
      sessionId,
      event(`${userMessageId}-m`, parent, "assistant.message", {
        messageId,
        content: `streamed ${count} deltas`,
      }),
    ),
    eventFrame(
      sessionId,
      event(`${userMessageId}-e`, parent, "assistant.turn_end", { turnId: "0" }),
    ),
    eventFrame(sessionId, event(`${userMessageId}-i`, parent, "session.idle", {}, true)),
  ]));
}

function handle(message) {
  const { id, method, params } = message;
  if (typeof method !== "string" || id === undefined || id === null) return; // notifications, responses
  switch (method) {
    case "connect":
      respond(id, { ok: true, protocolVersion: 3, version: "bench" });
      return;
    case "ping":
      // The hot answer of the ping scenarios, built from a template.
      out.push(frame(
        `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":{"message":${
          JSON.stringify(`pong: ${params?.message ?? ""}`)
        },"timestamp":0,"protocolVersion":3}}`,
      ));
      return;
    case "status.get":
      respond(id, { version: "bench", protocolVersion: 3 });
      return;
    case "tools.list":
      respond(id, { tools: [] });
      return;
    case "session.create":
    case "session.resume": {
      const sessionId = params?.sessionId ?? `session-${nextMessage++}`;
      prepared(sessionId);
      respond(id, { sessionId, workspacePath: null });
      return;
    }
    case "session.send": {
      const sessionId = params?.sessionId;
      const prompt = String(params?.prompt ?? "");
      const count = Number(/events=(\d+)/.exec(prompt)?.[1] ?? 0);
      const messageId = `message-${nextMessage++}`;
      respond(id, { messageId });
      // The answer goes out first, with the rest of this chunk's output.
      streaming = streaming.then(() => stream(sessionId, messageId, prompt, count));
      return;
    }
    case "session.destroy":
    case "session.abort":
    case "session.options.update":
      respond(id, {});
      return;
    case "session.detach":
      sessions.delete(params?.sessionId);
      respond(id, { success: true });
      return;
    case "runtime.shutdown":
      respond(id, {});
      shuttingDown = true;
      return;
    default:
      respondError(id, -32601, `Unhandled method ${method}`);
  }
}

let shuttingDown = false;
let buf = Buffer.alloc(0);

function onData(chunk) {
  buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
  let start = 0;
  for (;;) {
    const blank = buf.indexOf("\r\n\r\n", start, "latin1");
    if (blank < 0) break;
    const header = buf.toString("latin1", start, blank);
    const match = /content-length:\s*(\d+)/i.exec(header);
    if (!match) throw new Error(`fake CLI: bad header ${JSON.stringify(header)}`);
    const length = Number(match[1]);
    const bodyStart = blank + 4;
    if (buf.length - bodyStart < length) break;
    handle(JSON.parse(buf.toString("utf8", bodyStart, bodyStart + length)));
    start = bodyStart + length;
  }
  buf = start === buf.length ? Buffer.alloc(0) : buf.subarray(start);
  if (out.length) {
    const chunkOut = out.length === 1 ? out[0] : Buffer.concat(out);
    out = [];
    // Answers go out ahead of streamed events still waiting for the pipe.
    const done = write(chunkOut);
    if (shuttingDown) Promise.resolve(done).then(() => streaming).then(exit);
  }
}

function exit() {
  stdout.end(() => process.exit(0));
}

process.stdin.on("data", onData);
process.stdin.on("end", () => streaming.then(exit));
