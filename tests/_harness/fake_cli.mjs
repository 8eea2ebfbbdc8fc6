// A fake Copilot CLI for client tests that need input the real CLI never
// sends. It speaks JSON-RPC with Content-Length framing on stdin/stdout and
// answers just enough to open a session and run one turn, around which it
// sends malformed `session.lifecycle` and `session.event` notifications.
//
// Plain JavaScript on purpose: the client runs a `.mjs` cliPath with `node`,
// whichever runtime the test itself runs in. Arguments are ignored.
//
// Env FAKE_CLI_MODE changes it for one test:
// - "silent-handshake": never answers `connect` (a CLI stuck while starting);
// - "silent-destroy": never answers `session.destroy` (a hung CLI).
// In every mode, `ping {message: "crash"}` makes it exit with code 3.

import process from "node:process";

const HEADER_END = Buffer.from("\r\n\r\n");
let buffer = Buffer.alloc(0);
let nextMessage = 1;

function write(message) {
  const body = Buffer.from(JSON.stringify(message), "utf8");
  process.stdout.write(
    Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]),
  );
}

function notify(method, params) {
  write(params === undefined ? { jsonrpc: "2.0", method } : { jsonrpc: "2.0", method, params });
}

function event(type, data) {
  return {
    id: `event-${nextMessage++}`,
    timestamp: new Date().toISOString(),
    parentId: null,
    type,
    data,
  };
}

const MODE = process.env.FAKE_CLI_MODE ?? "";
/** Answer for a request left unanswered. */
const SILENT = Symbol("silent");

function answer(method, params) {
  switch (method) {
    case "connect":
      if (MODE === "silent-handshake") return SILENT;
      return { ok: true, protocolVersion: 3, version: "fake" };
    case "ping":
      if (params?.message === "crash") {
        process.stderr.write("fake CLI: crashing on request\n");
        process.exit(3);
      }
      return {
        message: `pong: ${params?.message ?? ""}`,
        timestamp: Date.now(),
        protocolVersion: 3,
      };
    case "session.create": {
      const sessionId = params.sessionId;
      // Three malformed lifecycle notifications, then a valid one.
      notify("session.lifecycle", null);
      notify("session.lifecycle", { type: 5, sessionId });
      notify("session.lifecycle", { type: "session.created" });
      notify("session.lifecycle", { type: "session.created", sessionId });
      return { sessionId };
    }
    case "session.send": {
      const sessionId = params.sessionId;
      const messageId = "fake-message-1";
      setTimeout(() => {
        // Six malformed events...
        notify("session.event", { sessionId });
        notify("session.event", { sessionId, event: { id: "x", data: {} } });
        notify("session.event", {
          sessionId,
          event: { ...event("assistant.message"), data: null },
        });
        notify("session.event", { sessionId, event: "assistant.message" });
        notify("session.event", { sessionId: 42, event: event("session.idle", {}) });
        notify("session.event", null);
        // ...one for a session nobody opened...
        notify("session.event", { sessionId: "no-such-session", event: event("session.idle", {}) });
      }, 0);
      // ...and the turn, right behind the answer to session.send, so it usually
      // arrives in the same read: sendAndWait() must keep the events that come
      // before send() resolves (it once dropped them and hung).
      setTimeout(() => {
        notify("session.event", {
          sessionId,
          event: event("user.message", { content: params.prompt, messageId }),
        });
        notify("session.event", {
          sessionId,
          event: event("assistant.message", { messageId: "fake-reply-1", content: "fake answer" }),
        });
        notify("session.event", { sessionId, event: event("session.idle", {}) });
      }, 0);
      return { messageId };
    }
    case "session.destroy":
      return MODE === "silent-destroy" ? SILENT : {};
    case "runtime.shutdown":
      setTimeout(() => process.exit(0), 10);
      return {};
    default:
      return undefined;
  }
}

function handle(message) {
  if (typeof message?.method !== "string" || message.id === undefined) return;
  const result = answer(message.method, message.params);
  if (result === SILENT) return;
  if (result === undefined) {
    write({
      jsonrpc: "2.0",
      id: message.id,
      error: { code: -32601, message: `Unhandled method ${message.method}` },
    });
  } else {
    write({ jsonrpc: "2.0", id: message.id, result });
  }
}

process.stdin.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf(HEADER_END);
    if (end < 0) return;
    const match = /content-length:\s*(\d+)/i.exec(buffer.subarray(0, end).toString("latin1"));
    if (!match) process.exit(2);
    const length = Number(match[1]);
    if (buffer.length < end + 4 + length) return;
    const body = buffer.subarray(end + 4, end + 4 + length).toString("utf8");
    buffer = buffer.subarray(end + 4 + length);
    handle(JSON.parse(body));
  }
});
process.stdin.on("end", () => process.exit(0));
