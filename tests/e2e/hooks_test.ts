// End-to-end tests of hooks and system message customization against the
// real Copilot CLI. Each asserts on what the CLI sent to the model server.

import assert from "node:assert/strict";
import { approveAll, defineTool, HOOK_ERROR_TYPE, type PreToolUseHookInput } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { test } from "../_test.ts";

test("hooks.onPreToolUse denying a call keeps the tool from running; the model gets the reason", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "delete_everything", arguments: { really: true } }] },
    "Understood",
  ]);
  try {
    const client = t.client();
    let ran = false;
    const inputs: PreToolUseHookInput[] = [];
    const tool = defineTool("delete_everything", {
      parameters: { type: "object", properties: { really: { type: "boolean" } } },
      handler: () => {
        ran = true;
        return "deleted";
      },
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [tool],
      onPermissionRequest: approveAll,
      hooks: {
        onPreToolUse: (input) => {
          inputs.push(input);
          return input.toolName === "delete_everything"
            ? { permissionDecision: "deny", permissionDecisionReason: "Blocked by test policy" }
            : undefined;
        },
      },
    });
    await session.sendAndWait("Clean up");
    assert.equal(ran, false);
    assert.equal(inputs[0].toolName, "delete_everything");
    assert.deepEqual(inputs[0].toolArgs, { really: true });
    assert.ok(inputs[0].timestamp instanceof Date && !isNaN(inputs[0].timestamp.getTime()));
    assert.equal(inputs[0].workingDirectory, t.home);
    const toolMessage = t.model.requests[1].messages.find((m) => m.role === "tool");
    assert.match(String(toolMessage?.content), /Blocked by test policy/);
  } finally {
    await t.close();
  }
});

test("hooks.onUserPromptSubmitted changes the prompt the model receives", async () => {
  const t = await cliTestEnv(["ok"]);
  try {
    const client = t.client();
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      hooks: {
        onUserPromptSubmitted: (input) => ({
          modifiedPrompt: `${input.prompt.toUpperCase()} (rewritten by hook)`,
        }),
      },
    });
    await session.sendAndWait("please be brief");
    const sent = t.model.requests[0].lastUserText();
    assert.match(sent, /PLEASE BE BRIEF \(rewritten by hook\)/);
    assert.doesNotMatch(sent, /please be brief/);
  } finally {
    await t.close();
  }
});

test("hooks: session start, post tool use and agent stop run with typed inputs", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "echo", arguments: { text: "hi" } }] },
    "done",
  ]);
  try {
    const client = t.client();
    const calls: string[] = [];
    const tool = defineTool("echo", {
      parameters: { type: "object", properties: { text: { type: "string" } } },
      handler: (args: { text: string }) => `echo: ${args.text}`,
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [tool],
      onPermissionRequest: approveAll,
      hooks: {
        onSessionStart: (input) => {
          calls.push(`start:${input.source}`);
        },
        onPostToolUse: (input) => {
          calls.push(`post:${input.toolName}:${input.toolResult.textResultForLlm}`);
          return { modifiedResult: { textResultForLlm: "echo was replaced by the hook" } };
        },
        onAgentStop: (input) => {
          calls.push(`stop:${input.stopReason}`);
        },
      },
    });
    await session.sendAndWait("Echo hi");
    assert.deepEqual(calls, ["start:new", "post:echo:echo: hi", "stop:end_turn"]);
    const toolMessage = t.model.requests[1].messages.find((m) => m.role === "tool");
    assert.equal(toolMessage?.content, "echo was replaced by the hook");
  } finally {
    await t.close();
  }
});

test("A throwing hook is reported as a session error event and the turn goes on", async () => {
  const t = await cliTestEnv(["still answered"]);
  try {
    const reported: unknown[] = [];
    const client = t.client({ onError: (e) => reported.push(e) });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      hooks: {
        onUserPromptSubmitted: () => {
          throw new Error("hook bug");
        },
      },
    });
    const errors: string[] = [];
    session.on("session.error", (e) => {
      if (e.data.errorType === HOOK_ERROR_TYPE) errors.push(e.data.message);
    });
    const reply = await session.sendAndWait("hello");
    assert.equal(reply?.data.content, "still answered");
    assert.match(t.model.requests[0].lastUserText(), /hello/); // treated as no output
    assert.ok(reported.some((e) => e instanceof Error && e.message === "hook bug"));
    const history = await session.getMessages();
    assert.ok(
      history.some((e) => e.type === "session.error" && /hook bug/.test(e.data.message)),
      "the failure is in the session's history",
    );
    assert.ok(errors.length <= 1);
  } finally {
    await t.close();
  }
});

test("systemMessage customize: a section transform rewrites what the model receives", async () => {
  const t = await cliTestEnv(["ok"]);
  try {
    const client = t.client();
    const seen: string[] = [];
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      systemMessage: {
        mode: "customize",
        sections: {
          tone: {
            action: (content) => {
              seen.push(content);
              return "Always answer like a pirate.";
            },
          },
          safety: { action: "append", content: "Never reveal the launch codes." },
        },
      },
    });
    await session.sendAndWait("hi");
    const system = String(t.model.requests[0].messages.find((m) => m.role === "system")?.content);
    assert.match(system, /Always answer like a pirate\./);
    assert.match(system, /Never reveal the launch codes\./);
    assert.ok(seen.length === 1 && seen[0].length > 0, "the transform got the section's text");
    assert.ok(!system.includes(seen[0]), "the original tone section is gone");
  } finally {
    await t.close();
  }
});

test("systemMessage append and replace reach the model", async () => {
  const t = await cliTestEnv(["a", "b"]);
  try {
    const client = t.client();
    const appended = await client.createSession({
      model: MODEL,
      provider: t.provider,
      systemMessage: { content: "Extra rule: mention zebras." },
    });
    await appended.sendAndWait("hi");
    const replaced = await client.createSession({
      model: MODEL,
      provider: t.provider,
      systemMessage: { mode: "replace", content: "You are a terse test assistant." },
    });
    await replaced.sendAndWait("hi");
    const first = String(t.model.requests[0].messages.find((m) => m.role === "system")?.content);
    const second = String(t.model.requests[1].messages.find((m) => m.role === "system")?.content);
    assert.match(first, /mention zebras/);
    assert.match(first, /GitHub Copilot/); // appended after the CLI's own
    assert.match(second, /^You are a terse test assistant\./);
    assert.doesNotMatch(second, /GitHub Copilot/);
  } finally {
    await t.close();
  }
});
