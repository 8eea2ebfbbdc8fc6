// End-to-end tests of CopilotSession against the real Copilot CLI, with a
// scripted model server behind a BYOK provider.

import assert from "node:assert/strict";
import { SessionError, type SessionEvent } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { test } from "../_test.ts";

test("CopilotSession.sendAndWait() returns the model's reply and the CLI sent the prompt", async () => {
  const t = await cliTestEnv(["2 + 2 = 4"]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    assert.match(session.sessionId, /^[0-9a-f-]{36}$/);
    assert.ok(session.workspacePath?.includes(session.sessionId));
    const reply = await session.sendAndWait({ prompt: "What is 2+2?" });
    assert.equal(reply?.type, "assistant.message");
    assert.equal(reply?.data.content, "2 + 2 = 4");
    assert.equal(t.model.requests.length, 1);
    const request = t.model.requests[0];
    assert.equal(request.body.model, MODEL);
    assert.equal(request.stream, false);
    assert.match(request.lastUserText(), /What is 2\+2\?/);
  } finally {
    await t.close();
  }
});

test("CopilotSession.on('assistant.message_delta') streams pieces that concatenate to the final message", async () => {
  const t = await cliTestEnv([{
    content: "Streaming works fine",
    chunks: ["Stream", "ing wo", "rks", " fine"],
  }]);
  try {
    const client = t.client();
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      streaming: true,
    });
    const deltas: string[] = [];
    session.on("assistant.message_delta", (event) => deltas.push(event.data.deltaContent));
    const reply = await session.sendAndWait("Stream something");
    assert.equal(t.model.requests[0].stream, true);
    assert.deepEqual(deltas, ["Stream", "ing wo", "rks", " fine"]);
    assert.equal(deltas.join(""), reply?.data.content);
  } finally {
    await t.close();
  }
});

test("CopilotSession.getMessages() returns the history oldest first", async () => {
  const t = await cliTestEnv(["first reply", "second reply"]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    await session.sendAndWait("first prompt");
    await session.sendAndWait("second prompt");
    const events = await session.getMessages();
    assert.equal(events[0].type, "session.start");
    const texts = events.flatMap((e) =>
      e.type === "user.message" || e.type === "assistant.message" ? [e.data.content] : []
    );
    assert.deepEqual(texts, ["first prompt", "first reply", "second prompt", "second reply"]);
    const times = events.map((e) => Date.parse(e.timestamp));
    assert.deepEqual(times, [...times].sort((a, b) => a - b));
  } finally {
    await t.close();
  }
});

test("CopilotSession.abort() stops a turn that never finishes; the session goes on", async () => {
  const t = await cliTestEnv([{ hang: true }, "after the abort"]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const seen: string[] = [];
    session.on((event) => seen.push(event.type));
    const turn = assert.rejects(
      session.sendAndWait("never answered", { timeout: 60_000 }),
      (error: Error) => {
        assert.equal(error.name, "AbortError");
        assert.match(error.message, /aborted/);
        return true;
      },
    );
    await t.model.waitForRequests(1);
    await session.abort();
    await turn;
    assert.ok(seen.includes("abort"));
    const reply = await session.sendAndWait("and now?");
    assert.equal(reply?.data.content, "after the abort");
  } finally {
    await t.close();
  }
});

test("CopilotSession.sendAndWait() rejects with the signal's reason and aborts the turn", async () => {
  const t = await cliTestEnv([{ hang: true }]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const aborted = new Promise<void>((resolve) => session.on("abort", () => resolve()));
    const controller = new AbortController();
    const reason = new Error("user gave up");
    const turn = assert.rejects(
      session.sendAndWait("never answered", { signal: controller.signal }),
      (error) => error === reason,
    );
    await t.model.waitForRequests(1);
    controller.abort(reason);
    await turn;
    await aborted; // the CLI was told to abort the turn
  } finally {
    await t.close();
  }
});

test("CopilotSession.sendAndWait() rejects with TimeoutError after its timeout", async () => {
  const t = await cliTestEnv([{ hang: true }]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    await assert.rejects(session.sendAndWait("slow", { timeout: 300 }), (error: Error) => {
      assert.equal(error.name, "TimeoutError");
      assert.match(error.message, /300 ms/);
      return true;
    });
    await session.abort();
  } finally {
    await t.close();
  }
});

test("CopilotSession.sendAndWait() rejects with SessionError on session.error; the next turn works", async () => {
  const t = await cliTestEnv([{ status: 400, content: "scripted failure" }, "recovered"]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    await assert.rejects(session.sendAndWait("fail please"), (error: Error) => {
      assert.ok(error instanceof SessionError, String(error));
      assert.match(error.message, /scripted failure/);
      return true;
    });
    // The idle that closes the failed turn must not end the next one early.
    const reply = await session.sendAndWait("try again");
    assert.equal(reply?.data.content, "recovered");
  } finally {
    await t.close();
  }
});

test("CopilotSession.on() keeps dispatching when a handler throws, and reports the error", async () => {
  const t = await cliTestEnv(["fine"]);
  try {
    const reported: unknown[] = [];
    const client = t.client({ onError: (error) => reported.push(error) });
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    session.on(() => {
      throw new Error("handler bug");
    });
    const types: string[] = [];
    session.on((event) => types.push(event.type));
    const reply = await session.sendAndWait("hi");
    assert.equal(reply?.data.content, "fine");
    assert.ok(types.includes("assistant.message"));
    assert.ok(reported.length >= types.length);
    assert.ok(reported.every((e) => e instanceof Error && e.message === "handler bug"));
  } finally {
    await t.close();
  }
});

test("CopilotSession.on(handler) receives event types the SDK does not type", async () => {
  const t = await cliTestEnv(["ok"]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const types = new Set<string>();
    session.on((event) => types.add(event.type));
    await session.sendAndWait("hi");
    // Sent by CLI 1.0.102 and not in the SDK's typed map.
    assert.ok(types.has("pending_messages.modified") || types.has("session.usage_info"));
  } finally {
    await t.close();
  }
});

test("CopilotSession.events() yields the session's events as a stream", async () => {
  const t = await cliTestEnv(["streamed"]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const collected: SessionEvent[] = [];
    const reading = (async () => {
      for await (const event of session.events()) {
        collected.push(event);
        if (event.type === "session.idle") break;
      }
    })();
    await session.send("hello");
    await reading;
    const message = collected.find((e) => e.type === "assistant.message");
    assert.equal(message?.type === "assistant.message" && message.data.content, "streamed");
    assert.equal(collected.at(-1)?.type, "session.idle");
  } finally {
    await t.close();
  }
});

test("CopilotSession.destroy() is idempotent and later calls fail with a clear error", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    await Promise.all([session.destroy(), session.disconnect()]);
    assert.equal(session.destroyed, true);
    await assert.rejects(session.send("hi"), /was destroyed/);
    await assert.rejects(session.sendAndWait("hi"), /was destroyed/);
  } finally {
    await t.close();
  }
});

test("CopilotSession.send() passes attachments to the CLI", async () => {
  const t = await cliTestEnv(["seen"]);
  try {
    const { writeFileSync } = await import("node:fs");
    const file = `${t.home}/notes.txt`;
    writeFileSync(file, "The secret number is 41.\n");
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const users: SessionEvent[] = [];
    session.on("user.message", (event) => users.push(event));
    await session.sendAndWait({
      prompt: "Read the attached file",
      attachments: [{ type: "file", path: file, displayName: "notes.txt" }],
    });
    const user = users[0];
    assert.equal(user.type, "user.message");
    assert.equal(user.type === "user.message" && user.data.attachments?.length, 1);
    assert.match(JSON.stringify(t.model.requests[0].messages), /notes\.txt/);
  } finally {
    await t.close();
  }
});

test("CopilotSession.sendAndWait() rejects with AbortError when aborted while its message is queued", async () => {
  const t = await cliTestEnv([{ hang: true }, "afterwards"]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const first = assert.rejects(session.sendAndWait("first", { timeout: 30_000 }), {
      name: "AbortError",
    });
    await t.model.waitForRequests(1);
    // The first turn is running, so this message waits in the queue; the
    // abort drops it and its turn never starts.
    const pending = new Promise<void>((resolve) => {
      const off = session.on("pending_messages.modified", () => {
        off();
        resolve();
      });
    });
    const queued = assert.rejects(session.sendAndWait("queued", { timeout: 30_000 }), {
      name: "AbortError",
    });
    await pending; // the CLI has put the message in its queue
    await session.abort();
    await Promise.all([first, queued]);
    const reply = await session.sendAndWait("and now");
    assert.equal(reply?.data.content, "afterwards");
    assert.equal(t.model.requests.length, 2);
    assert.ok(!t.model.requests.some((r) => r.lastUserText().includes("queued")));
  } finally {
    await t.close();
  }
});
