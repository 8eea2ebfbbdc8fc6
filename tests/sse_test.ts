// turnResponse(), turnEventStream() and readTurnEvents() (src/sse.ts) over a
// client whose far end is a scripted CLI (tests/_harness/scripted_cli.ts),
// and served over HTTP by this runtime's own server (Deno.serve, Bun.serve,
// node:http through examples/_serve.ts's adapter).

import assert from "node:assert/strict";
import {
  type CopilotClient,
  readTurnEvents,
  type SdkError,
  type TurnEndEvent,
  turnEventStream,
  turnResponse,
  type TurnStreamEvent,
} from "../mod.ts";
import { serve } from "../examples/_serve.ts";
import { ScriptedCli, settle } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

/**
 * A scripted CLI whose `session.send` answers, then runs `turn` (unless it is
 * undefined: the turn then never ends until aborted); `session.abort` ends
 * the turn with `abort` and an aborted `session.idle`.
 */
function scripted(
  turn?: (cli: ScriptedCli, sessionId: string, messageId: string) => Promise<void>,
): ScriptedCli {
  const cli = new ScriptedCli();
  cli.answer("session.send", (params, self) => {
    const messageId = self.messageId();
    // (A turn cut short by the test may outlive its client: then nothing is sent.)
    setTimeout(() => {
      (async () => {
        await self.emit(params.sessionId, "user.message", { messageId, content: params.prompt });
        await turn?.(self, params.sessionId, messageId);
      })().catch(() => {});
    }, 0);
    return { messageId };
  });
  cli.answer("session.abort", async (params, self) => {
    await self.emit(params.sessionId, "abort", { reason: "user initiated" });
    await self.emit(params.sessionId, "session.idle", { aborted: true });
    return {};
  });
  return cli;
}

/** A turn that streams "Hel" "lo", calls a tool, answers, then goes idle. */
async function helloTurn(cli: ScriptedCli, sessionId: string, messageId: string): Promise<void> {
  // Internals a page has no need of: left out unless a filter asks for them.
  await cli.emit(sessionId, "system.message", { role: "system", content: "You are..." });
  await cli.emit(sessionId, "model.call_start", {});
  await cli.emit(sessionId, "assistant.message_delta", { messageId: "a", deltaContent: "Hel" });
  await cli.emit(sessionId, "assistant.message_delta", { messageId: "a", deltaContent: "lo" });
  await cli.emit(sessionId, "tool.execution_start", {
    toolCallId: "c1",
    toolName: "view",
    arguments: { path: "/tmp/x" },
  });
  await cli.emit(sessionId, "tool.execution_complete", { toolCallId: "c1", success: true });
  await cli.emit(sessionId, "assistant.message", {
    messageId: "a",
    content: "Hello",
    originatingMessageId: messageId,
  });
  await cli.emit(sessionId, "session.idle");
}

async function collect(body: ReadableStream<Uint8Array>): Promise<TurnStreamEvent[]> {
  const events: TurnStreamEvent[] = [];
  for await (const event of readTurnEvents(body)) events.push(event);
  return events;
}

function endOf(events: TurnStreamEvent[]): TurnEndEvent["data"] {
  const last = events.at(-1);
  assert.equal(last?.type, "turn.end", JSON.stringify(events));
  return (last as TurnEndEvent).data;
}

async function withSession(
  cli: ScriptedCli,
  body: (session: Awaited<ReturnType<CopilotClient["createSession"]>>) => Promise<void>,
): Promise<void> {
  const client = cli.client();
  try {
    await body(await client.createSession({ sessionId: "s" }));
  } finally {
    await client.stop();
  }
}

test("turnResponse() streams the turn's events of TURN_EVENT_TYPES as SSE and ends with turn.end after session.idle", async () => {
  const cli = scripted(helloTurn);
  await withSession(cli, async (session) => {
    const response = turnResponse(session, "hi", {
      headers: { "access-control-allow-origin": "*" },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "text/event-stream; charset=utf-8");
    assert.equal(response.headers.get("cache-control"), "no-cache, no-transform");
    assert.equal(response.headers.get("access-control-allow-origin"), "*");
    const text = await response.text();
    assert.match(
      text,
      /^event: assistant\.message_delta\nid: \S+\ndata: \{.*"deltaContent":"Hel"/m,
    );
    const events = await collect(new Response(text).body!);
    assert.deepEqual(events.map((e) => e.type), [
      "user.message",
      "assistant.message_delta",
      "assistant.message_delta",
      "tool.execution_start",
      "tool.execution_complete",
      "assistant.message",
      "session.idle",
      "turn.end",
    ]);
    assert.deepEqual(endOf(events), { status: "done" });
    assert.deepEqual(cli.calls("session.send")[0], { prompt: "hi", sessionId: "s" });
  });
});

test("turnEventStream() leaves out events from before its turn's user.message (an earlier turn's)", async () => {
  const cli = scripted(async (cli, sessionId) => {
    await cli.emit(sessionId, "session.idle");
  });
  await withSession(cli, async (session) => {
    const body = turnEventStream(session, "hi");
    // An earlier abort's events, arriving before this turn starts.
    await cli.emit("s", "abort", { reason: "earlier" });
    const events = await collect(body);
    assert.deepEqual(events.map((e) => e.type), ["user.message", "session.idle", "turn.end"]);
  });
});

test("turnEventStream() with filter () => true sends every event of the turn, the CLI's internals too", async () => {
  await withSession(scripted(helloTurn), async (session) => {
    const events = await collect(turnEventStream(session, "hi", { filter: () => true }));
    assert.deepEqual(events.map((e) => e.type).slice(0, 3), [
      "user.message",
      "system.message",
      "model.call_start",
    ]);
  });
});

test("turnEventStream() applies filter to the events it sends", async () => {
  await withSession(scripted(helloTurn), async (session) => {
    const events = await collect(
      turnEventStream(session, "hi", { filter: (e) => e.type.startsWith("assistant.") }),
    );
    assert.deepEqual(events.map((e) => e.type), [
      "assistant.message_delta",
      "assistant.message_delta",
      "assistant.message",
      "turn.end",
    ]);
  });
});

test("turnResponse() aborts the turn when the request's signal aborts, and ends with turn.end aborted", async () => {
  const cli = scripted();
  await withSession(cli, async (session) => {
    const gone = new AbortController();
    const response = turnResponse(session, "a long story", { signal: gone.signal });
    const reader = readTurnEvents(response.body!).getReader();
    assert.equal((await reader.read()).value?.type, "user.message");
    gone.abort();
    const rest: TurnStreamEvent[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest.push(r.value);
    assert.equal(endOf(rest).status, "aborted");
    assert.equal(endOf(rest).error?.name, "AbortError");
    assert.equal(cli.calls("session.abort").length, 1);
  });
});

test("turnEventStream() aborts the turn when the stream is cancelled (the client went away)", async () => {
  const cli = scripted();
  await withSession(cli, async (session) => {
    const reader = readTurnEvents(turnEventStream(session, "a long story")).getReader();
    assert.equal((await reader.read()).value?.type, "user.message");
    await reader.cancel();
    await settle(5);
    assert.equal(cli.calls("session.abort").length, 1);
  });
});

test("turnEventStream() ends with turn.end failed carrying a SessionError's message and code", async () => {
  const cli = scripted(async (cli, sessionId, messageId) => {
    await cli.emit(sessionId, "session.error", {
      errorType: "model",
      message: "rate limited",
      originatingMessageId: messageId,
    });
    await cli.emit(sessionId, "session.idle");
  });
  await withSession(cli, async (session) => {
    const errors: unknown[] = [];
    const events = await collect(
      turnEventStream(session, "hi", { onError: (e) => errors.push(e) }),
    );
    const end = endOf(events);
    assert.equal(end.status, "failed");
    assert.equal(end.error?.code, "SESSION_ERROR");
    assert.match(end.error!.message, /rate limited/);
    assert.equal(errors.length, 1);
  });
});

test("turnEventStream() keeps the CLI's stderr out of the client's turn.end when the CLI exits, and gives the error to onError", async () => {
  const cli = scripted(async (cli) => {
    await cli.crash(3, "secret stderr line");
  });
  await withSession(cli, async (session) => {
    const errors: unknown[] = [];
    const events = await collect(
      turnEventStream(session, "hi", { onError: (e) => errors.push(e) }),
    );
    const end = endOf(events);
    assert.equal(end.status, "failed");
    assert.equal(end.error?.code, "CONNECTION_CLOSED");
    assert.doesNotMatch(JSON.stringify(events), /secret stderr line/);
    assert.match(String(errors[0]), /secret stderr line/);
  });
});

test("turnEventStream() aborts a turn that outlasts timeout and ends with turn.end failed (TimeoutError)", async () => {
  const cli = scripted();
  await withSession(cli, async (session) => {
    const events = await collect(turnEventStream(session, "slow", { timeout: 1 }));
    const end = endOf(events);
    assert.equal(end.status, "failed");
    assert.equal(end.error?.name, "TimeoutError");
    assert.equal(cli.calls("session.abort").length, 1);
  });
});

test("turnEventStream() aborts the turn when a client does not read past maxBufferedBytes, and ends with turn.end failed (EVENT_BUFFER_FULL)", async () => {
  const delta = "x".repeat(1000);
  const cli = scripted(async (cli, sessionId) => {
    // Deltas keep coming until the turn is aborted (as a long answer would).
    for (let i = 0; i < 200 && !cli.calls("session.abort").length; i++) {
      await cli.emit(sessionId, "assistant.message_delta", { messageId: "a", deltaContent: delta });
    }
  });
  await withSession(cli, async (session) => {
    const errors: unknown[] = [];
    const body = turnEventStream(session, "a long story", {
      maxBufferedBytes: 20_000,
      onError: (e) => errors.push(e),
    });
    // Nobody reads while the turn runs.
    for (let i = 0; i < 100 && !cli.calls("session.abort").length; i++) await settle(1);
    assert.equal(cli.calls("session.abort").length, 1, "the turn was not aborted");
    const events = await collect(body);
    const deltas = events.filter((e) => e.type === "assistant.message_delta").length;
    // Each frame holds a 1000-byte delta and its envelope: about 20000 bytes of them.
    assert.ok(deltas >= 10 && deltas <= 20, `${deltas} deltas were kept`);
    const end = endOf(events);
    assert.equal(end.status, "failed");
    assert.equal(end.error?.code, "EVENT_BUFFER_FULL");
    assert.match(end.error!.message, /more than 20000 bytes .*maxBufferedBytes/);
    assert.equal((errors[0] as SdkError).code, "EVENT_BUFFER_FULL");
  });
  assert.throws(
    () => turnEventStream({} as never, "hi", { maxBufferedBytes: 0 }),
    /"maxBufferedBytes" must be a number > 0/,
  );
});

test("turnEventStream() sends a keep-alive comment while the turn is quiet", async () => {
  let sawComment!: () => void;
  const comment = new Promise<void>((resolve) => sawComment = resolve);
  const cli = scripted(async (cli, sessionId) => {
    await comment;
    await cli.emit(sessionId, "session.idle");
  });
  await withSession(cli, async (session) => {
    const reader = turnEventStream(session, "hi", { heartbeat: 1 }).getReader();
    const decoder = new TextDecoder();
    let text = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      text += decoder.decode(r.value, { stream: true });
      if (text.includes(": keep-alive\n\n")) sawComment();
    }
    assert.match(text, /: keep-alive\n\n/);
    assert.match(text, /event: turn\.end\n/);
  });
});

test("turnEventStream() refuses a timeout or heartbeat that is not a number >= 0 with a RangeError", async () => {
  const cli = scripted();
  await withSession(cli, (session) => {
    assert.throws(() => turnEventStream(session, "hi", { timeout: -1 }), RangeError);
    assert.throws(() => turnEventStream(session, "hi", { heartbeat: NaN }), /"heartbeat"/);
    assert.equal(cli.calls("session.send").length, 0);
    return Promise.resolve();
  });
});

test("readTurnEvents() parses events split at awkward chunk edges, with CRLF, comments and other fields", async () => {
  const text =
    ': hello\r\n\r\nevent: a\r\nid: 1\r\ndata: {"type":"a",\r\ndata: "data":{}}\r\n\r\n' +
    'data: {"type":"turn.end","data":{"status":"done"}}\n\n';
  const bytes = new TextEncoder().encode(text);
  // Each size cuts the CRLFs (and the lines) at different places.
  for (const size of [1, 2, 3, 5, bytes.length]) {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
        controller.close();
      },
    });
    assert.deepEqual(await collect(body), [
      { type: "a", data: {} },
      { type: "turn.end", data: { status: "done" } },
    ], `chunks of ${size} bytes`);
  }
});

test("turnResponse() served by this runtime's HTTP server streams a turn to fetch(), and a fetch aborted mid-turn aborts the turn", async () => {
  const cli = scripted();
  cli.answer("session.send", (params, self) => {
    const messageId = self.messageId();
    setTimeout(() => {
      (async () => {
        await self.emit(params.sessionId, "user.message", { messageId, content: params.prompt });
        await self.emit(params.sessionId, "assistant.message_delta", { deltaContent: "Hi" });
        if (params.prompt === "short") await self.emit(params.sessionId, "session.idle");
      })().catch(() => {});
    }, 0);
    return { messageId };
  });
  await withSession(cli, async (session) => {
    const server = await serve(async (request) => {
      const { prompt } = await request.json();
      return turnResponse(session, prompt, { signal: request.signal });
    });
    try {
      const url = `http://127.0.0.1:${server.port}/chat`;
      const short = await fetch(url, { method: "POST", body: JSON.stringify({ prompt: "short" }) });
      assert.equal(short.headers.get("content-type"), "text/event-stream; charset=utf-8");
      const events = await collect(short.body!);
      assert.deepEqual(events.map((e) => e.type), [
        "user.message",
        "assistant.message_delta",
        "session.idle",
        "turn.end",
      ]);

      const stop = new AbortController();
      const long = await fetch(url, {
        method: "POST",
        body: JSON.stringify({ prompt: "long" }),
        signal: stop.signal,
      });
      const reader = readTurnEvents(long.body!).getReader();
      assert.equal((await reader.read()).value?.type, "user.message");
      assert.equal((await reader.read()).value?.type, "assistant.message_delta");
      stop.abort();
      await reader.read().catch(() => {});
      for (let i = 0; i < 500 && cli.calls("session.abort").length === 0; i++) await settle(10);
      assert.equal(cli.calls("session.abort").length, 1, "the server aborted the turn");
    } finally {
      await server.close();
    }
  });
});
