import assert from "node:assert/strict";
import { test } from "../_test.ts";
import { ModelServer } from "./model_server.ts";

// deno-lint-ignore no-explicit-any
type Json = any;

function post(server: ModelServer, body: unknown, signal?: AbortSignal): Promise<Response> {
  return fetch(`${server.url}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer test" },
    body: JSON.stringify(body),
    signal,
  });
}

function chat(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: "byok-model", messages: [{ role: "user", content: text }], ...extra };
}

async function events(response: Response): Promise<{ chunks: Json[]; done: boolean }> {
  const text = await response.text();
  const chunks: Json[] = [];
  let done = false;
  for (const block of text.split("\n\n")) {
    if (!block.trim()) continue;
    assert.ok(block.startsWith("data: "), `unexpected SSE block ${JSON.stringify(block)}`);
    assert.equal(done, false, "data after [DONE]");
    const data = block.slice("data: ".length);
    if (data === "[DONE]") done = true;
    else chunks.push(JSON.parse(data));
  }
  return { chunks, done };
}

test("ModelServer.start() answers a plain JSON chat completion", async () => {
  const server = await ModelServer.start();
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const response = await post(server, chat("hi"));
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /application\/json/);
    const body = await response.json();
    assert.equal(body.object, "chat.completion");
    assert.equal(body.model, "byok-model");
    assert.equal(typeof body.id, "string");
    assert.equal(typeof body.created, "number");
    assert.deepEqual(body.choices, [{
      index: 0,
      message: { role: "assistant", content: "OK" },
      finish_reason: "stop",
    }]);
    assert.equal(body.usage.total_tokens, body.usage.prompt_tokens + body.usage.completion_tokens);
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0].path, "/v1/chat/completions");
    assert.equal(server.requests[0].stream, false);
    assert.equal(server.requests[0].body.model, "byok-model");
  } finally {
    await server.close();
  }
});

test("ModelServer streams SSE chunks that concatenate and end with [DONE]", async () => {
  const server = await ModelServer.start([
    { content: "Hello, streaming world!" },
    { content: "abc", chunks: ["a", "b", "c"] },
  ]);
  try {
    const response = await post(server, chat("hi", { stream: true }));
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /text\/event-stream/);
    const { chunks, done } = await events(response);
    assert.ok(done, "stream ends with [DONE]");
    assert.ok(chunks.every((chunk) => chunk.object === "chat.completion.chunk"));
    assert.ok(chunks.every((chunk) => chunk.model === "byok-model"));
    const pieces = chunks.map((chunk) => chunk.choices[0].delta.content ?? "").filter(Boolean);
    assert.ok(pieces.length >= 2, `content split into pieces: ${JSON.stringify(pieces)}`);
    assert.equal(pieces.join(""), "Hello, streaming world!");
    const last = chunks.at(-1);
    assert.equal(last.choices[0].finish_reason, "stop");
    assert.equal(typeof last.usage.total_tokens, "number");
    assert.ok(chunks.slice(0, -1).every((chunk) => chunk.choices[0].finish_reason === null));
    assert.equal(server.requests[0].stream, true);

    const second = await events(await post(server, chat("again", { stream: true })));
    assert.deepEqual(
      second.chunks.map((chunk) => chunk.choices[0].delta.content).filter(Boolean),
      ["a", "b", "c"],
    );
  } finally {
    await server.close();
  }
});

test("ScriptedReply.toolCalls answers tool calls as JSON", async () => {
  const server = await ModelServer.start([{
    toolCalls: [
      { id: "call_a", name: "read_file", arguments: { path: "x.txt" } },
      { name: "shell", arguments: '{"cmd":"ls"}' },
    ],
  }]);
  try {
    const body = await (await post(server, chat("use tools"))).json();
    const choice = body.choices[0];
    assert.equal(choice.finish_reason, "tool_calls");
    assert.equal(choice.message.content, "");
    assert.equal(choice.message.tool_calls.length, 2);
    assert.deepEqual(choice.message.tool_calls[0], {
      id: "call_a",
      type: "function",
      function: { name: "read_file", arguments: '{"path":"x.txt"}' },
    });
    assert.equal(typeof choice.message.tool_calls[1].id, "string");
    assert.ok(choice.message.tool_calls[1].id.length > 0);
    assert.deepEqual(choice.message.tool_calls[1].function, {
      name: "shell",
      arguments: '{"cmd":"ls"}',
    });
  } finally {
    await server.close();
  }
});

test("ScriptedReply.toolCalls streams tool call deltas over SSE", async () => {
  const server = await ModelServer.start([{
    content: "Let me look.",
    toolCalls: [{ id: "call_b", name: "read_file", arguments: { path: "y.txt" } }],
  }]);
  try {
    const { chunks, done } = await events(await post(server, chat("go", { stream: true })));
    assert.ok(done);
    const content = chunks.map((chunk) => chunk.choices[0].delta.content ?? "").join("");
    assert.equal(content, "Let me look.");
    const calls = chunks.flatMap((chunk) => chunk.choices[0].delta.tool_calls ?? []);
    assert.deepEqual(calls, [{
      index: 0,
      id: "call_b",
      type: "function",
      function: { name: "read_file", arguments: '{"path":"y.txt"}' },
    }]);
    assert.equal(chunks.at(-1).choices[0].finish_reason, "tool_calls");
  } finally {
    await server.close();
  }
});

test("ModelServer.enqueue() replies in order", async () => {
  const server = await ModelServer.start(["first"]);
  try {
    server.enqueue("second", { content: "third" });
    const contents: string[] = [];
    for (let i = 0; i < 4; i++) {
      const body = await (await post(server, chat(`message ${i}`))).json();
      contents.push(body.choices[0].message.content);
    }
    assert.deepEqual(contents, ["first", "second", "third", "OK"]);
    assert.deepEqual(
      server.requests.map((request) => request.lastUserText()),
      ["message 0", "message 1", "message 2", "message 3"],
    );
  } finally {
    await server.close();
  }
});

test("ModelServer.start() ReplyFn sees lastUserText() and tools", async () => {
  const server = await ModelServer.start((request) => ({
    content: `echo: ${request.lastUserText()} [${request.tools.join(",")}]`,
  }));
  try {
    server.enqueue("queued first");
    const first = await (await post(server, chat("ignored"))).json();
    assert.equal(first.choices[0].message.content, "queued first");
    const body = await (await post(server, {
      model: "m",
      messages: [
        { role: "system", content: "be nice" },
        { role: "user", content: "old question" },
        { role: "assistant", content: "old answer" },
        {
          role: "user",
          content: [{ type: "text", text: "new " }, { type: "image_url" }, {
            type: "text",
            text: "question",
          }],
        },
        { role: "tool", tool_call_id: "call_1", content: "tool output" },
      ],
      tools: [
        { type: "function", function: { name: "read_file", parameters: {} } },
        { type: "function", function: { name: "shell", parameters: {} } },
      ],
    })).json();
    assert.equal(body.choices[0].message.content, "echo: new question [read_file,shell]");
    const request = server.requests[1];
    assert.equal(request.messages.length, 5);
    assert.equal(request.messages[4].role, "tool");
    assert.equal(request.messages[4].tool_call_id, "call_1");
  } finally {
    await server.close();
  }
});

test("ScriptedReply.status answers an error with x-should-retry: false", async () => {
  const server = await ModelServer.start([{ status: 500, content: "boom" }, { status: 429 }]);
  try {
    const response = await post(server, chat("fail"));
    assert.equal(response.status, 500);
    assert.equal(response.headers.get("x-should-retry"), "false");
    const body = await response.json();
    assert.equal(body.error.message, "boom");

    const limited = await post(server, chat("fail", { stream: true }));
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get("x-should-retry"), "false");
    assert.equal(typeof (await limited.json()).error.message, "string");
  } finally {
    await server.close();
  }
});

test("ScriptedReply.delayMs waits before answering", async () => {
  const server = await ModelServer.start([{ content: "late", delayMs: 150 }]);
  try {
    const started = Date.now();
    const body = await (await post(server, chat("wait"))).json();
    assert.equal(body.choices[0].message.content, "late");
    assert.ok(Date.now() - started >= 100, "reply was delayed");
  } finally {
    await server.close();
  }
});

test("ScriptedReply.hang never answers and ModelServer.close() ends it without leaks", async () => {
  const server = await ModelServer.start([{ hang: true }, {
    content: "never sent",
    delayMs: 60_000,
  }]);
  const hanging = post(server, chat("hang")).then(
    (response) => response.text(),
  ).then(() => "answered", () => "failed");
  const delayed = post(server, chat("slow")).then(
    (response) => response.text(),
  ).then(() => "answered", () => "failed");
  await server.waitForRequests(2, 5_000);
  await server.close();
  await server.close(); // idempotent
  await server[Symbol.asyncDispose]();
  assert.equal(await hanging, "failed");
  assert.equal(await delayed, "failed");
});

test("ModelServer.waitForRequests() resolves on arrival and rejects on timeout", async () => {
  const server = await ModelServer.start();
  try {
    const waiting = server.waitForRequests(2, 5_000);
    await (await post(server, chat("one"))).text();
    await (await post(server, chat("two"))).text();
    await waiting;
    await server.waitForRequests(1);
    await assert.rejects(server.waitForRequests(3, 50), /timed out/);
  } finally {
    await server.close();
  }
});

test("ModelServer answers GET /v1/models and 404 for other paths", async () => {
  const server = await ModelServer.start();
  try {
    const models = await fetch(`${server.url}/models`);
    assert.equal(models.status, 200);
    const list = await models.json();
    assert.equal(list.object, "list");
    assert.ok(list.data.length > 0);
    assert.ok(list.data.every((model: Json) => typeof model.id === "string"));

    const missing = await fetch(`${server.url}/embeddings`, { method: "POST", body: "{}" });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get("x-should-retry"), "false");
    assert.equal(typeof (await missing.json()).error.message, "string");
    assert.equal(server.requests.length, 0);
  } finally {
    await server.close();
  }
});
