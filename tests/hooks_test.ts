import assert from "node:assert/strict";
import { test } from "./_test.ts";
import { hasHooks, runHook, type SessionHooks } from "../src/hooks.ts";

// deno-lint-ignore no-explicit-any
type Json = any;

const invocation = { sessionId: "s1" };

const WIRE_TO_KEY: Array<[string, keyof SessionHooks]> = [
  ["preToolUse", "onPreToolUse"],
  ["postToolUse", "onPostToolUse"],
  ["postToolUseFailure", "onPostToolUseFailure"],
  ["userPromptSubmitted", "onUserPromptSubmitted"],
  ["userPromptTransformed", "onUserPromptTransformed"],
  ["sessionStart", "onSessionStart"],
  ["sessionEnd", "onSessionEnd"],
  ["errorOccurred", "onErrorOccurred"],
  ["preMcpToolCall", "onPreMcpToolCall"],
  ["agentStop", "onAgentStop"],
];

/** Every hook set, each recording its calls and answering with its own key. */
function recordingHooks(): { hooks: SessionHooks; calls: Array<[string, Json, Json]> } {
  const calls: Array<[string, Json, Json]> = [];
  const hooks: Record<string, unknown> = {};
  for (const [, key] of WIRE_TO_KEY) {
    hooks[key] = (input: Json, inv: Json) => {
      calls.push([key, input, inv]);
      return { from: key };
    };
  }
  return { hooks: hooks as SessionHooks, calls };
}

for (const [wire, key] of WIRE_TO_KEY) {
  test(`runHook() runs ${key} for the wire hook type "${wire}"`, async () => {
    const { hooks, calls } = recordingHooks();
    const output = await runHook(hooks, wire, { sessionId: "s1", extra: 1 }, invocation);
    assert.deepEqual(output, { from: key });
    assert.equal(calls.length, 1);
    assert.equal(calls[0][0], key);
    assert.deepEqual(calls[0][1], { sessionId: "s1", extra: 1 });
    assert.equal(calls[0][2], invocation);
  });
}

test("runHook() turns timestamp ms into a Date and cwd into workingDirectory", async () => {
  const seen: Json[] = [];
  const output = await runHook(
    {
      onPreToolUse: (input) => {
        seen.push(input);
        return { permissionDecision: "allow" };
      },
    },
    "preToolUse",
    {
      sessionId: "s1",
      timestamp: 1_700_000_000_000,
      cwd: "/work",
      toolName: "get_weather",
      toolArgs: { city: "Paris" },
    },
    invocation,
  );
  assert.deepEqual(output, { permissionDecision: "allow" });
  const input = seen[0];
  assert.ok(input.timestamp instanceof Date);
  assert.equal(input.timestamp.getTime(), 1_700_000_000_000);
  assert.equal(input.workingDirectory, "/work");
  assert.equal("cwd" in input, false);
  assert.equal(input.toolName, "get_weather");
  assert.deepEqual(input.toolArgs, { city: "Paris" });
});

test("runHook() parses a string timestamp into a Date", async () => {
  let timestamp: unknown;
  await runHook(
    { onSessionStart: (input) => void (timestamp = input.timestamp) },
    "sessionStart",
    { timestamp: "2024-01-02T03:04:05.000Z", source: "new" },
    invocation,
  );
  assert.ok(timestamp instanceof Date);
  assert.equal(timestamp.toISOString(), "2024-01-02T03:04:05.000Z");
});

test("runHook() turns stop_hook_active into stopHookActive", async () => {
  const seen: Json[] = [];
  await runHook(
    { onAgentStop: (input) => void seen.push(input) },
    "agentStop",
    { sessionId: "s1", stop_hook_active: true, stopReason: "end_turn" },
    invocation,
  );
  assert.deepEqual(seen, [{ sessionId: "s1", stopHookActive: true, stopReason: "end_turn" }]);
});

test("runHook() gives onErrorOccurred the message of an error the CLI sends as a serialized Error object", async () => {
  let seen: Json;
  const hooks: SessionHooks = { onErrorOccurred: (input) => void (seen = input) };
  const error = { name: "Error", message: "model exploded", stack: "Error: model exploded\n at x" };
  await runHook(hooks, "errorOccurred", { error, errorContext: "model_call" }, invocation);
  assert.equal(seen.error, "model exploded");
  assert.equal(seen.errorContext, "model_call");
  await runHook(
    hooks,
    "errorOccurred",
    { error: "plain text", errorContext: "system" },
    invocation,
  );
  assert.equal(seen.error, "plain text");
});

test("runHook() returns undefined for an unknown hook type", async () => {
  const { hooks, calls } = recordingHooks();
  for (const hookType of ["bogus", "onPreToolUse", "toString", "constructor", "__proto__", ""]) {
    assert.equal(await runHook(hooks, hookType, {}, invocation), undefined);
  }
  assert.deepEqual(calls, []);
});

test("runHook() returns undefined when the hook is not set", async () => {
  assert.equal(await runHook(undefined, "preToolUse", {}, invocation), undefined);
  assert.equal(await runHook({}, "preToolUse", {}, invocation), undefined);
  assert.equal(
    await runHook({ onPostToolUse: () => ({}) }, "preToolUse", {}, invocation),
    undefined,
  );
});

test("runHook() returns undefined when the hook returns nothing", async () => {
  assert.equal(await runHook({ onPreToolUse: () => {} }, "preToolUse", {}, invocation), undefined);
  assert.equal(
    await runHook({ onPreToolUse: async () => {} }, "preToolUse", {}, invocation),
    undefined,
  );
  assert.equal(
    await runHook({ onPreToolUse: () => null as unknown as void }, "preToolUse", {}, invocation),
    undefined,
  );
});

test("runHook() awaits an async hook's output", async () => {
  const output = await runHook(
    { onUserPromptSubmitted: (input) => Promise.resolve({ modifiedPrompt: input.prompt + "!" }) },
    "userPromptSubmitted",
    { prompt: "Hi" },
    invocation,
  );
  assert.deepEqual(output, { modifiedPrompt: "Hi!" });
});

test("runHook() rethrows a hook's error", async () => {
  const error = new Error("hook broke");
  await assert.rejects(
    runHook(
      {
        onPreToolUse: () => {
          throw error;
        },
      },
      "preToolUse",
      {},
      invocation,
    ),
    (thrown) => thrown === error,
  );
  await assert.rejects(
    runHook({ onErrorOccurred: () => Promise.reject(error) }, "errorOccurred", {}, invocation),
    (thrown) => thrown === error,
  );
});

test("hasHooks() is true only when a hook is a function", () => {
  assert.equal(hasHooks(undefined), false);
  assert.equal(hasHooks({}), false);
  assert.equal(hasHooks({ onPreToolUse: undefined }), false);
  assert.equal(hasHooks({ onPreToolUse: () => {} }), true);
  assert.equal(hasHooks({ onPreToolUse: undefined, onAgentStop: () => {} }), true);
});
