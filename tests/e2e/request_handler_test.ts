// The client option requestHandler with the real CLI: after
// llmInference.setProvider the CLI hands each model request to the client
// (llmInference.httpRequestStart/Chunk) and takes the handler's Response back
// (llmInference.httpResponseStart/Chunk). The handler answers chat
// completions itself (plain and streaming), forwards them with fetch to the
// scripted model server (rewriting what the model receives), fails once, and
// sees its request aborted when the turn is.

import assert from "node:assert/strict";
import type { RequestHandlerContext, SessionEvent } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { test } from "../_test.ts";

/** A chat completion answering `content`. */
function completion(content: string): Response {
  return Response.json({
    id: "c1",
    object: "chat.completion",
    created: 0,
    model: MODEL,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });
}

/** A server-sent event of a streamed chat completion. */
function sse(delta: Record<string, unknown>, finish: string | null = null): string {
  const chunk = {
    id: "c1",
    object: "chat.completion.chunk",
    created: 0,
    model: MODEL,
    choices: [{ index: 0, delta, finish_reason: finish }],
  };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

/** The text of the last user message of a chat completion request body. */
// deno-lint-ignore no-explicit-any
function lastUserText(body: any): string {
  const user = body.messages.filter((m: { role: string }) => m.role === "user").at(-1);
  return typeof user?.content === "string"
    ? user.content
    : (user?.content ?? []).map((p: { text?: string }) => p.text ?? "").join("");
}

test("CopilotClient requestHandler answers the session's model requests itself, plain and streaming: the replies are the handler's and nothing reaches the provider's server", async () => {
  const t = await cliTestEnv(["from the model server"]);
  try {
    const seen: Array<{ url: string; prompt: string; stream: boolean; context: unknown }> = [];
    const client = t.client({
      requestHandler: async (request, context: RequestHandlerContext) => {
        const body = await request.json();
        const prompt = lastUserText(body);
        seen.push({ url: request.url, prompt, stream: body.stream === true, context });
        const reply = `handler heard: ${/say (\w+)/.exec(prompt)?.[1]}`;
        if (!body.stream) return completion(reply);
        const enc = new TextEncoder();
        const parts = [
          sse({ role: "assistant", content: reply.slice(0, 8) }),
          sse({ content: reply.slice(8) }),
          sse({}, "stop"),
          "data: [DONE]\n\n",
        ];
        return new Response(
          new ReadableStream({
            pull(controller) {
              const part = parts.shift();
              if (part === undefined) controller.close();
              else controller.enqueue(enc.encode(part));
            },
          }),
          { headers: { "content-type": "text/event-stream" } },
        );
      },
    });
    const plain = await client.createSession({ model: MODEL, provider: t.provider });
    assert.equal((await plain.sendAndWait("say pelican"))?.data.content, "handler heard: pelican");

    const streamed = await client.createSession({
      model: MODEL,
      provider: t.provider,
      streaming: true,
    });
    const deltas: string[] = [];
    streamed.on("assistant.message_delta", (e) => deltas.push(e.data.deltaContent));
    const reply = await streamed.sendAndWait("say albatross");
    assert.equal(reply?.data.content, "handler heard: albatross");
    assert.equal(deltas.join(""), "handler heard: albatross");

    assert.equal(t.model.requests.length, 0, "the model server got nothing");
    assert.deepEqual(seen.map((s) => [s.prompt.includes("say"), s.stream]), [
      [true, false],
      [true, true],
    ]);
    assert.equal(seen[0].url, `${t.model.url}/chat/completions`);
    const context = seen[1].context as RequestHandlerContext;
    assert.equal(context.sessionId, streamed.sessionId);
    assert.equal(typeof context.requestId, "string");
  } finally {
    await t.close();
  }
});

test("CopilotClient requestHandler forwards with fetch: what the model server receives is what the handler sent on, and its reply reaches the agent", async () => {
  const t = await cliTestEnv((request) =>
    `model saw: ${/hello.*$/.exec(request.lastUserText())?.[0]}`
  );
  try {
    const forwarded: string[] = [];
    const client = t.client({
      requestHandler: async (request) => {
        const body = await request.json();
        const user = body.messages.filter((m: { role: string }) => m.role === "user").at(-1);
        user.content = `${lastUserText(body)} [via proxy]`;
        forwarded.push(request.url);
        return fetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: JSON.stringify(body),
          signal: request.signal,
        });
      },
    });
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const reply = await session.sendAndWait("hello");
    assert.equal(t.model.requests.length, 1);
    assert.match(t.model.requests[0].lastUserText(), /hello \[via proxy\]$/);
    assert.equal(t.model.requests[0].headers.authorization, "Bearer test-key");
    assert.equal(reply?.data.content, "model saw: hello [via proxy]");
    assert.deepEqual(forwarded, [`${t.model.url}/chat/completions`]);
  } finally {
    await t.close();
  }
});

test("CopilotClient requestHandler that throws: onError gets the error, the CLI takes it as a failed transport and retries, and the retry's answer is the reply", async () => {
  const t = await cliTestEnv();
  try {
    const errors: unknown[] = [];
    let calls = 0;
    const client = t.client({
      onError: (e) => errors.push(e),
      requestHandler: () => {
        calls++;
        if (calls === 1) throw new Error("proxy is down");
        return completion("second try worked");
      },
    });
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    // A type newer than the event schema the SDK was generated from.
    const retried: SessionEvent[] = [];
    session.on((e) => (e.type as string) === "assistant.turn_retry" && retried.push(e));
    assert.equal((await session.sendAndWait("hi"))?.data.content, "second try worked");
    assert.equal(calls, 2);
    assert.equal(retried.length, 1);
    assert.equal(errors.length, 1);
    assert.match(String(errors[0]), /proxy is down/);
  } finally {
    await t.close();
  }
});

test("CopilotClient requestHandler: aborting the turn aborts the Request's signal of the model request in flight", async () => {
  const t = await cliTestEnv();
  try {
    const inFlight = Promise.withResolvers<void>();
    const aborted = Promise.withResolvers<unknown>();
    const client = t.client({
      requestHandler: (request) => {
        request.signal.addEventListener("abort", () => aborted.resolve(request.signal.reason));
        inFlight.resolve();
        // A stream that sends its head and then waits for a model that never answers.
        return new Response(new ReadableStream({ cancel() {} }), {
          headers: { "content-type": "text/event-stream" },
        });
      },
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      streaming: true,
    });
    const idle = new Promise<void>((resolve) => session.on("session.idle", () => resolve()));
    await session.send("wait forever");
    await inFlight.promise;
    await session.abort();
    const reason = await aborted.promise;
    assert.ok(reason instanceof DOMException && reason.name === "AbortError", String(reason));
    assert.match((reason as DOMException).message, /cancelled/);
    await idle;
  } finally {
    await t.close();
  }
});
