// CopilotSession.run() in-process: the result of a turn (reply, tool calls,
// usage, events) and structured output (a terminal answer tool validated with
// arktype, retries, the JSON text fallback), through a client over an
// in-memory transport with a scripted CLI (tests/_harness/scripted_cli.ts).

import assert from "node:assert/strict";
import { type } from "arktype";
import { OutputError, SdkError } from "../mod.ts";
import { ScriptedCli } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

// deno-lint-ignore no-explicit-any
type Json = any;

/** A scripted model turn: what the agent does after the user message. */
type Step = { text: string } | { answer: unknown };

/**
 * A scripted CLI that plays a queue of steps per turn: `{ answer }` calls the
 * answer tool (`final_answer`) and waits for the SDK's result; `{ text }` ends
 * the turn with that reply. A terminal success or a rejection ends the turn.
 */
function cliWithModel(steps: Step[]) {
  const cli = new ScriptedCli();
  const toolResults: Json[] = [];
  let pending: ((result: Json) => void) | undefined;
  cli.answer("session.tools.set", () => ({}));
  cli.answer("session.tools.handlePendingToolCall", (params) => {
    toolResults.push(params.result);
    setTimeout(() => pending?.(params.result), 0);
    return { success: true };
  });
  cli.answer("session.send", (params, self) => {
    const messageId = self.messageId();
    const sessionId = params.sessionId;
    setTimeout(async () => {
      await self.emit(sessionId, "user.message", { messageId, content: params.prompt });
      while (steps.length) {
        const step = steps.shift()!;
        if ("text" in step) {
          await self.emit(sessionId, "assistant.message", { messageId: "a", content: step.text });
          break;
        }
        const result = await new Promise<Json>((resolve) => {
          pending = resolve;
          self.emit(sessionId, "external_tool.requested", {
            requestId: `r${toolResults.length}`,
            toolCallId: `c${toolResults.length}`,
            toolName: "final_answer",
            arguments: step.answer,
          });
        });
        if (result.resultType !== "failure") break;
      }
      await self.emit(sessionId, "session.idle");
    }, 0);
    return { messageId };
  });
  return { cli, toolResults };
}

const weather = type({ city: "string", celsius: "number" });

test("CopilotSession.run() returns the reply, the tool calls with their durations, the summed usage and the turn's events", async () => {
  const cli = new ScriptedCli();
  cli.answer("session.send", (params, self) => {
    const messageId = self.messageId();
    const at = (ms: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, 0, ms)).toISOString();
    setTimeout(async () => {
      const s = params.sessionId;
      await self.emit(s, "assistant.message", { messageId: "old", content: "earlier turn" });
      await self.emit(s, "user.message", { messageId, content: "hi" });
      await self.emit(s, "assistant.usage", { model: "m", inputTokens: 10, outputTokens: 2 });
      await self.notify("session.event", {
        sessionId: s,
        event: {
          id: "e1",
          timestamp: at(100),
          parentId: null,
          type: "tool.execution_start",
          data: { toolCallId: "t1", toolName: "get_weather", arguments: { city: "Paris" } },
        },
      });
      await self.notify("session.event", {
        sessionId: s,
        event: {
          id: "e2",
          timestamp: at(350),
          parentId: null,
          type: "tool.execution_complete",
          data: { toolCallId: "t1", success: true, result: { content: "21 C" } },
        },
      });
      await self.emit(s, "tool.execution_start", { toolCallId: "t2", toolName: "bash" });
      await self.emit(s, "tool.execution_complete", {
        toolCallId: "t2",
        success: false,
        error: { message: "denied" },
      });
      await self.emit(s, "assistant.usage", {
        model: "m",
        inputTokens: 30,
        outputTokens: 5,
        cacheReadTokens: 7,
        cost: 1,
      });
      await self.emit(s, "assistant.message", { messageId: "a", content: "21 C in Paris" });
      await self.emit(s, "user.message", { messageId: "queued", content: "next" });
      await self.emit(s, "assistant.message", {
        messageId: "b",
        content: "queued reply",
        originatingMessageId: "queued",
      });
      await self.emit(s, "session.idle");
    }, 0);
    return { messageId };
  });
  const client = cli.client();
  try {
    const session = await client.createSession();
    const result = await session.run("Weather in Paris?");
    assert.equal(result.content, "21 C in Paris");
    assert.equal(result.reply?.data.content, "21 C in Paris");
    assert.equal(result.output, undefined);
    assert.deepEqual(result.toolCalls, [
      {
        toolCallId: "t1",
        name: "get_weather",
        arguments: { city: "Paris" },
        success: true,
        result: "21 C",
        error: undefined,
        durationMs: 250,
      },
      {
        toolCallId: "t2",
        name: "bash",
        arguments: undefined,
        success: false,
        result: undefined,
        error: "denied",
        durationMs: result.toolCalls[1].durationMs,
      },
    ]);
    assert.deepEqual(result.usage, {
      inputTokens: 40,
      outputTokens: 7,
      cacheReadTokens: 7,
      cacheWriteTokens: 0,
      cost: 1,
      modelCalls: 2,
    });
    // From its user.message up to the queued message's, plus the idle that ended it.
    assert.deepEqual(result.events.map((e) => e.type), [
      "user.message",
      "assistant.usage",
      "tool.execution_start",
      "tool.execution_complete",
      "tool.execution_start",
      "tool.execution_complete",
      "assistant.usage",
      "assistant.message",
      "session.idle",
    ]);
    assert.equal(result.messageId, (result.events[0].data as Json).messageId);
  } finally {
    await client.stop();
  }
});

test("CopilotSession.run({ output }) adds a terminal answer tool for the call, sends an invalid answer back with arktype's summary, and returns the valid one typed", async () => {
  const { cli, toolResults } = cliWithModel([
    { answer: { city: "Paris", celsius: "warm" } },
    { answer: { city: "Paris", celsius: 21 } },
  ]);
  const client = cli.client();
  try {
    const session = await client.createSession();
    const result = await session.run("Weather in Paris?", { output: weather });
    const answer: { city: string; celsius: number } = result.output;
    assert.deepEqual(answer, { city: "Paris", celsius: 21 });
    assert.equal(toolResults[0].resultType, "failure");
    assert.match(toolResults[0].textResultForLlm, /celsius must be a number \(was a string\)/);
    assert.equal(toolResults[1], "Answer recorded.");
    // Added for the call, then the session's own tools (none) again.
    const sets = cli.calls("session.tools.set");
    assert.equal(sets.length, 2);
    assert.deepEqual(sets[0].tools.map((t: Json) => [t.name, t.isTerminal, t.skipPermission]), [
      ["final_answer", true, true],
    ]);
    assert.deepEqual(sets[0].tools[0].parameters.required, ["celsius", "city"]);
    assert.deepEqual(sets[1].tools, []);
    assert.match(cli.calls("session.send")[0].prompt, /^Weather in Paris\?\n\n.*final_answer/s);
    assert.equal(result.toolCalls.length, 0, "the scripted CLI sent no tool.execution_* events");
  } finally {
    await client.stop();
  }
});

test("CopilotSession.run({ output }) rejects with OutputError and the last summary after maxAttempts refused answers, the last one ending the turn", async () => {
  const { cli, toolResults } = cliWithModel([
    { answer: { city: 1, celsius: 1 } },
    { answer: { city: "Paris" } },
  ]);
  const client = cli.client();
  try {
    const session = await client.createSession();
    const error = await session.run("Weather?", { output: weather, maxAttempts: 2 }).then(
      () => assert.fail("resolved"),
      (e) => e,
    );
    assert.ok(error instanceof OutputError && error instanceof SdkError);
    assert.ok(error.hasCode("OUTPUT_INVALID"));
    assert.equal(error.attempts, 2);
    assert.equal(error.summary, "celsius must be a number (was missing)");
    assert.match(error.message, /no valid answer in 2 tries; the last: celsius must be a number/);
    assert.deepEqual(toolResults.map((r) => r.resultType), ["failure", "rejected"]);
    assert.equal(cli.calls("session.tools.set").length, 2, "the answer tool is removed");
  } finally {
    await client.stop();
  }
});

test("CopilotSession.run({ output }) takes a JSON reply in text, and asks again (as a new message) when the text is not a valid answer", async () => {
  const { cli } = cliWithModel([
    { text: "It is sunny." },
    { text: '```json\n{ "city": "Paris", "celsius": 21 }\n```' },
  ]);
  const client = cli.client();
  try {
    const session = await client.createSession();
    const result = await session.run("Weather?", { output: weather });
    assert.deepEqual(result.output, { city: "Paris", celsius: 21 });
    const sends = cli.calls("session.send");
    assert.equal(sends.length, 2);
    assert.match(sends[1].prompt, /not valid: the answer is not JSON.*final_answer/);
    assert.equal(result.events.filter((e) => e.type === "user.message").length, 2);
  } finally {
    await client.stop();
  }
});

test("CopilotSession.run({ output }) wraps a type that is not an object as { value }, and takes a JSON Schema unchecked", async () => {
  const { cli } = cliWithModel([{ answer: { value: ["a", "b"] } }, { answer: { n: 1 } }]);
  const client = cli.client();
  try {
    const session = await client.createSession();
    const list = await session.run("List", { output: type("string[]") });
    assert.deepEqual(list.output, ["a", "b"]);
    assert.deepEqual(cli.calls("session.tools.set")[0].tools[0].parameters, {
      type: "object",
      properties: { value: { type: "array", items: { type: "string" } } },
      required: ["value"],
    });
    const schema = { type: "object", properties: { n: { type: "number" } } };
    const loose = await session.run("Count", { output: schema });
    assert.deepEqual(loose.output, { n: 1 });
  } finally {
    await client.stop();
  }
});

test("CopilotSession.run({ output, outputMode: 'json' }) sends responseFormat with the schema and reads the reply's text", async () => {
  const { cli } = cliWithModel([{ text: '{"city":"Oslo","celsius":-3}' }]);
  const client = cli.client();
  try {
    const session = await client.createSession();
    const result = await session.run("Weather?", { output: weather, outputMode: "json" });
    assert.deepEqual(result.output, { city: "Oslo", celsius: -3 });
    const send = cli.calls("session.send")[0];
    assert.equal(send.prompt, "Weather?");
    assert.equal(send.responseFormat.type, "json_schema");
    assert.equal(send.responseFormat.jsonSchema.schema.type, "object");
    assert.equal(cli.calls("session.tools.set").length, 0);
  } finally {
    await client.stop();
  }
});

test("CopilotSession.run() refuses bad options before sending: maxAttempts, outputMode, a tool already named like the answer tool", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    const session = await client.createSession({
      tools: [{ name: "final_answer", handler: () => "" }],
    });
    await assert.rejects(session.run("x", { output: weather, maxAttempts: 0 }), RangeError);
    await assert.rejects(
      session.run("x", { output: weather, outputMode: "xml" as "json" }),
      /"outputMode" must be "tool" or "json"/,
    );
    await assert.rejects(
      session.run("x", { output: weather }),
      /has a tool named "final_answer"; pass another "outputToolName"/,
    );
    assert.equal(cli.calls("session.send").length, 0);
  } finally {
    await client.stop();
  }
});

test("CopilotSession.run({ output }) on a session limited by availableTools allows the answer tool for the call, then restores the list", async () => {
  const { cli } = cliWithModel([{ answer: { city: "Oslo", celsius: -3 } }]);
  cli.answer("session.options.update", () => ({}));
  const client = cli.client();
  try {
    const session = await client.createSession({ availableTools: ["view"] });
    const result = await session.run("Weather?", { output: weather });
    assert.deepEqual(result.output, { city: "Oslo", celsius: -3 });
    assert.deepEqual(
      cli.calls("session.options.update").map((p) => p.availableTools),
      [["view", "final_answer"], ["view"]],
    );
  } finally {
    await client.stop();
  }
});
