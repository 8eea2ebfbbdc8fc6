// The testing subpath (src/testing.ts): ScriptedModel as a web-standard
// handler called in-process and served on 127.0.0.1 by this runtime's shim,
// and the session event factories, fed through a client to session.run().

import assert from "node:assert/strict";
import {
  assistantDelta,
  assistantMessage,
  assistantUsage,
  type RecordedRequest,
  ScriptedModel,
  sessionError,
  sessionEvent,
  sessionIdle,
  toolExecution,
  turnOfEvents,
  userMessage,
} from "../src/testing.ts";
import { ScriptedCli } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

// deno-lint-ignore no-explicit-any
type Json = any;

function chat(body: Record<string, unknown>, signal?: AbortSignal): Request {
  return new Request("http://model.test/v1/chat/completions", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer k" },
    body: JSON.stringify({ model: "m", ...body }),
    signal,
  });
}

test("ScriptedModel.handler() answers in-process from its queue, then its ReplyFn, and records each request", async () => {
  const model = new ScriptedModel((request) => `echo: ${request.lastUserText()}`);
  model.enqueue(
    { toolCalls: [{ id: "c1", name: "get_weather", arguments: { city: "Paris" } }] },
    (request: RecordedRequest) => `tool said ${request.toolResults()[0]}`,
  );
  const first = await (await model.handler(chat({
    messages: [{ role: "user", content: "Weather?" }],
    tools: [{ type: "function", function: { name: "get_weather" } }],
  }))).json();
  assert.equal(first.choices[0].finish_reason, "tool_calls");
  assert.deepEqual(first.choices[0].message.tool_calls[0], {
    id: "c1",
    type: "function",
    function: { name: "get_weather", arguments: '{"city":"Paris"}' },
  });
  const second = await (await model.handler(chat({
    messages: [{ role: "user", content: "Weather?" }, {
      role: "tool",
      tool_call_id: "c1",
      content: "21 C",
    }],
  }))).json();
  assert.equal(second.choices[0].message.content, "tool said 21 C");
  const third = await (await model.handler(chat({
    messages: [{ role: "user", content: [{ type: "text", text: "hi" }] }],
  }))).json();
  assert.equal(third.choices[0].message.content, "echo: hi");
  assert.equal(model.requests.length, 3);
  assert.deepEqual(model.requests[0].tools, ["get_weather"]);
  assert.equal(model.requests[0].headers.authorization, "Bearer k");
  assert.equal(model.requests[0].path, "/v1/chat/completions");
  await model.close();
});

test("ScriptedModel.handler() streams SSE chunks for a streamed request, and answers a scripted status with x-should-retry: false", async () => {
  const model = new ScriptedModel([{ content: "abc", chunks: ["a", "bc"] }, {
    status: 429,
    content: "slow down",
  }]);
  const response = await model.handler(chat({ stream: true, messages: [] }));
  assert.match(response.headers.get("content-type")!, /text\/event-stream/);
  const blocks = (await response.text()).split("\n\n").filter(Boolean);
  assert.equal(blocks.at(-1), "data: [DONE]");
  const deltas = blocks.slice(0, -1).map((block) => JSON.parse(block.slice(6)));
  assert.deepEqual(deltas.map((c: Json) => c.choices[0].delta.content).filter(Boolean), [
    "a",
    "bc",
  ]);
  const limited = await model.handler(chat({ messages: [] }));
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get("x-should-retry"), "false");
  assert.equal((await limited.json()).error.message, "slow down");
  await model.close();
});

test("ScriptedModel.handler() gives up a delayed reply when the request's signal aborts, and a hanging one when the model closes", async () => {
  const model = new ScriptedModel([{ delayMs: 60_000 }, { hang: true }]);
  const gone = new AbortController();
  const delayed = model.handler(chat({ messages: [] }, gone.signal));
  const hanging = model.handler(chat({ messages: [] }));
  await model.waitForRequests(2);
  gone.abort();
  await assert.rejects((await delayed).text(), /closed/);
  await model.close();
  await assert.rejects((await hanging).text(), /closed/);
  await assert.rejects(model.waitForRequests(3), /closed/);
});

test("ScriptedModel.start() serves on 127.0.0.1 on this runtime; provider and sessionConfig point at it", async () => {
  const model = await ScriptedModel.start(["served"]);
  try {
    assert.match(model.url, /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    assert.deepEqual(model.provider, { type: "openai", baseUrl: model.url, apiKey: "test" });
    assert.deepEqual(model.sessionConfig, { model: "test-model", provider: model.provider });
    const response = await fetch(`${model.url}/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ messages: [{ role: "user", content: "hi" }] }),
    });
    assert.equal((await response.json()).choices[0].message.content, "served");
    const models = await (await fetch(`${model.url}/models`)).json();
    assert.ok(models.data.some((m: Json) => m.id === "test-model"));
    await assert.rejects(model.listen(), /listening already/);
  } finally {
    await model.close();
  }
});

test("sessionEvent() and the shorthand factories build typed session events with id, timestamp and parentId", () => {
  const title = sessionEvent("session.title_changed", { title: "T" }, { id: "e1", parentId: "p" });
  assert.equal(title.id, "e1");
  assert.equal(title.parentId, "p");
  assert.equal(title.data.title, "T");
  assert.ok(!Number.isNaN(Date.parse(title.timestamp)));
  assert.equal(userMessage("hi", "m1").data.messageId, "m1");
  assert.equal(assistantMessage("4").data.content, "4");
  assert.equal(assistantDelta("4", "a").data.deltaContent, "4");
  assert.equal(assistantUsage(10, 2).data.outputTokens, 2);
  assert.equal(sessionIdle(true).data.aborted, true);
  assert.equal(sessionError("boom").data.errorType, "model");
  const [start, complete] = toolExecution("t", { a: 1 }, { error: "no", durationMs: 40 });
  assert.equal(start.data.toolCallId, complete.data.toolCallId);
  assert.equal(complete.data.success, false);
  assert.equal(Date.parse(complete.timestamp) - Date.parse(start.timestamp), 40);
});

test("turnOfEvents() makes a turn the SDK follows: fed through a scripted CLI, session.run() returns its reply and tool call", async () => {
  const cli = new ScriptedCli();
  cli.answer("session.send", (params, self) => {
    const events = turnOfEvents(params.prompt, "It is 21 C", [
      { name: "get_weather", arguments: { city: "Paris" }, result: "21 C" },
    ]);
    const messageId = (events[0].data as { messageId: string }).messageId;
    setTimeout(async () => {
      for (const event of events) {
        await self.notify("session.event", { sessionId: params.sessionId, event });
      }
    }, 0);
    return { messageId };
  });
  const client = cli.client();
  try {
    const session = await client.createSession();
    const result = await session.run("Weather in Paris?");
    assert.equal(result.content, "It is 21 C");
    assert.deepEqual(result.toolCalls.map((c) => [c.name, c.result, c.success]), [
      ["get_weather", "21 C", true],
    ]);
    assert.equal(result.events.length, 7);
  } finally {
    await client.stop();
  }
});

test("ScriptedReply.chunkDelayMs streams the pieces one by one, and the stream fails when the model closes mid-answer", async () => {
  const model = new ScriptedModel([
    { content: "abc", chunks: ["a", "b", "c"], chunkDelayMs: 1 },
    { content: "never all", chunkDelayMs: 60_000 },
  ]);
  const text = await (await model.handler(chat({ stream: true, messages: [] }))).text();
  const pieces = text.split("\n\n").filter((b) => b.startsWith("data: {"))
    .map((b) => JSON.parse(b.slice(6)).choices[0].delta.content).filter(Boolean);
  assert.deepEqual(pieces, ["a", "b", "c"]);
  assert.ok(text.endsWith("data: [DONE]\n\n"));
  const slow = await model.handler(chat({ stream: true, messages: [] }));
  const reading = slow.text();
  await model.close();
  await assert.rejects(reading, /closed/);
});
