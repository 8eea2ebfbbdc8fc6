// CopilotSession.run() through the real CLI and a scripted model: the result
// of a turn (tool calls, usage, events) and structured output (the terminal
// answer tool, an invalid answer sent back with arktype's summary, the
// rejection after maxAttempts).

import assert from "node:assert/strict";
import { type } from "arktype";
import { defineTool, OutputError } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import type { RecordedRequest } from "../_harness/model_server.ts";
import { test } from "../_test.ts";

function toolMessages(request: RecordedRequest): string[] {
  return request.messages.filter((m) => m.role === "tool").map((m) => String(m.content));
}

const weather = type({ city: "string", celsius: "number" });

test("CopilotSession.run() returns the reply, the tool call with its arguments, result and duration, the usage and the turn's events", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "get_weather", arguments: { city: "Paris" } }] },
    "It is 21 C in Paris",
  ]);
  try {
    const client = t.client();
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [defineTool("get_weather", {
        parameters: type({ city: "string" }),
        skipPermission: true,
        handler: ({ city }) => `21 C in ${city}`,
      })],
    });
    const result = await session.run("Weather in Paris?");
    assert.equal(result.content, "It is 21 C in Paris");
    assert.equal(result.toolCalls.length, 1);
    const [call] = result.toolCalls;
    assert.equal(call.name, "get_weather");
    assert.deepEqual(call.arguments, { city: "Paris" });
    assert.equal(call.success, true);
    assert.equal(call.result, "21 C in Paris");
    assert.equal(typeof call.durationMs, "number");
    assert.equal(result.usage.modelCalls, 2);
    assert.ok(result.usage.inputTokens > 0 && result.usage.outputTokens > 0, "tokens counted");
    assert.equal(result.events[0].type, "user.message");
    assert.equal(result.events.at(-1)?.type, "session.idle");
    assert.ok(result.events.some((e) => e.type === "tool.execution_complete"));
  } finally {
    await t.close();
  }
});

test("CopilotSession.run({ output }) through the CLI: an invalid answer goes back to the model with arktype's summary, the valid one is the typed output, and the answer tool is gone afterwards", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "final_answer", arguments: { city: "Paris", celsius: "mild" } }] },
    { toolCalls: [{ name: "final_answer", arguments: { city: "Paris", celsius: 21 } }] },
    "plain turn",
  ]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const result = await session.run("Weather in Paris?", { output: weather });
    const answer: { city: string; celsius: number } = result.output;
    assert.deepEqual(answer, { city: "Paris", celsius: 21 });
    assert.equal(t.model.requests.length, 2, "a valid answer ends the turn");
    assert.ok(t.model.requests[0].tools.includes("final_answer"));
    assert.match(toolMessages(t.model.requests[1])[0], /celsius must be a number \(was a string\)/);
    assert.deepEqual(result.toolCalls.map((c) => [c.name, c.success]), [
      ["final_answer", false],
      ["final_answer", true],
    ]);
    await session.sendAndWait("Anything else?");
    assert.ok(!t.model.requests[2].tools.includes("final_answer"), "the tool was removed");
  } finally {
    await t.close();
  }
});

test("CopilotSession.run({ output, maxAttempts }) through the CLI rejects with OutputError and the last summary", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "final_answer", arguments: { city: 1, celsius: 2 } }] },
    { toolCalls: [{ name: "final_answer", arguments: { celsius: 2 } }] },
    "should not be asked",
  ]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const error = await session.run("Weather?", { output: weather, maxAttempts: 2 }).then(
      () => assert.fail("resolved"),
      (e) => e,
    );
    assert.ok(error instanceof OutputError, String(error));
    assert.equal(error.summary, "city must be a string (was missing)");
    assert.equal(t.model.requests.length, 2, "the last refused answer ended the turn");
  } finally {
    await t.close();
  }
});

test("CopilotSession.run({ output }) on a session limited by availableTools offers the answer tool for the call only", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "final_answer", arguments: { city: "Oslo", celsius: -3 } }] },
    "plain turn",
  ]);
  try {
    const client = t.client();
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      availableTools: ["view"],
    });
    const result = await session.run("Weather in Oslo?", { output: weather });
    assert.deepEqual(result.output, { city: "Oslo", celsius: -3 });
    assert.deepEqual(t.model.requests[0].tools, ["view", "final_answer"]);
    await session.sendAndWait("Anything else?");
    assert.deepEqual(t.model.requests[1].tools, ["view"]);
  } finally {
    await t.close();
  }
});

test("CopilotSession.run({ output, outputMode: 'json' }) through the CLI: the provider is asked for JSON of the schema (response_format) and the reply's text is the answer", async () => {
  const t = await cliTestEnv(['{"city":"Lima","celsius":19}']);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const result = await session.run("Weather in Lima?", { output: weather, outputMode: "json" });
    assert.deepEqual(result.output, { city: "Lima", celsius: 19 });
    const format = t.model.requests[0].body.response_format;
    assert.equal(format?.type, "json_schema", JSON.stringify(format));
    assert.ok(!t.model.requests[0].tools.includes("final_answer"));
  } finally {
    await t.close();
  }
});
