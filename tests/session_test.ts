// CopilotSession in-process, and each responder of what the CLI asks, through
// a client over an in-memory transport with a scripted CLI at the far end
// (tests/_harness/scripted_cli.ts). The e2e tests do the same with the real CLI.

import assert from "node:assert/strict";
import { type } from "arktype";
import { approveAll, defineTool, RpcError, SdkError, type SessionEvent } from "../mod.ts";
import { ScriptedCli, settle } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

/** A scripted CLI whose `session.send` runs `turn(sessionId, messageId)` after answering. */
function cliWithTurns(turn: (cli: ScriptedCli, sessionId: string, messageId: string) => void) {
  const cli = new ScriptedCli();
  cli.answer("session.send", (params, self) => {
    const messageId = self.messageId();
    setTimeout(() => turn(self, params.sessionId, messageId), 0);
    return { messageId };
  });
  return cli;
}

test("CopilotSession.sendAndWait() resolves with its turn's reply at session.idle", async () => {
  const cli = cliWithTurns(async (cli, sessionId, messageId) => {
    await cli.emit(sessionId, "user.message", { messageId, content: "hi" });
    await cli.emit(sessionId, "assistant.message", { messageId: "a", content: "hello" });
    await cli.emit(sessionId, "session.idle");
  });
  const client = cli.client();
  try {
    const session = await client.createSession();
    const reply = await session.sendAndWait("hi");
    assert.equal(reply?.data.content, "hello");
    assert.deepEqual(cli.calls("session.send")[0], { prompt: "hi", sessionId: session.sessionId });
  } finally {
    await client.stop();
  }
});

test("CopilotSession.sendAndWait() rejects with the signal's reason on abort and aborts the turn", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    const session = await client.createSession();
    const controller = new AbortController();
    const waiting = session.sendAndWait("long", { signal: controller.signal });
    await settle();
    controller.abort(new Error("user gave up"));
    await assert.rejects(waiting, /user gave up/);
    await settle();
    assert.equal(cli.calls("session.abort").length, 1);
  } finally {
    await client.stop();
  }
});

test("CopilotSession.destroy() fails waiting calls and ends event streams; later calls fail with SESSION_DESTROYED", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    const session = await client.createSession();
    const waiting = session.sendAndWait("never answered");
    const reader = session.events().getReader();
    await settle();
    await session.destroy();
    await assert.rejects(waiting, (error: Error) => {
      assert.ok(error instanceof SdkError && error.hasCode("SESSION_DESTROYED"), String(error));
      return true;
    });
    assert.deepEqual(await reader.read(), { done: true, value: undefined });
    await assert.rejects(session.getMessages(), /was destroyed; create or resume a session/);
    assert.equal(cli.calls("session.destroy").length, 1);
  } finally {
    await client.stop();
  }
});

test("CopilotSession.events() streams the session's events in order", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    const session = await client.createSession({ sessionId: "s" });
    const reader = session.events().getReader();
    await cli.emit("s", "assistant.turn_start", { turnId: "1" });
    await cli.emit("s", "session.idle");
    const types: string[] = [];
    for (let i = 0; i < 2; i++) types.push(((await reader.read()).value as SessionEvent).type);
    assert.deepEqual(types, ["assistant.turn_start", "session.idle"]);
    await reader.cancel();
  } finally {
    await client.stop();
  }
});

test("Tool call responder: external_tool.requested runs the tool with checked arguments and answers handlePendingToolCall", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    const weather = defineTool("get_weather", {
      parameters: type({ city: "string" }),
      handler: ({ city }) => `Sunny in ${city}`,
    });
    await client.createSession({ sessionId: "s", tools: [weather] });
    assert.equal(cli.calls("session.create")[0].tools[0].name, "get_weather");
    const answered = new Promise<void>((resolve) =>
      cli.answer("session.tools.handlePendingToolCall", () => (resolve(), {}))
    );
    await cli.emit("s", "external_tool.requested", {
      requestId: "r1",
      toolCallId: "c1",
      toolName: "get_weather",
      arguments: { city: "Paris" },
    });
    // A tool this session does not have is left for another client.
    await cli.emit("s", "external_tool.requested", {
      requestId: "r2",
      toolCallId: "c2",
      toolName: "not_ours",
      arguments: {},
    });
    await answered;
    await settle();
    assert.deepEqual(cli.calls("session.tools.handlePendingToolCall"), [
      { sessionId: "s", requestId: "r1", result: "Sunny in Paris" },
    ]);
  } finally {
    await client.stop();
  }
});

test("Permission responder: permission.requested asks onPermissionRequest and answers; a throwing handler rejects", async () => {
  const cli = new ScriptedCli();
  const errors: unknown[] = [];
  const client = cli.client({ onError: (error) => errors.push(error) });
  try {
    await client.createSession({ sessionId: "ok", onPermissionRequest: approveAll });
    await client.createSession({
      sessionId: "throws",
      onPermissionRequest: () => {
        throw new Error("no");
      },
    });
    await client.createSession({ sessionId: "none" });
    assert.deepEqual(cli.calls("session.create").map((p) => p.requestPermission), [
      true,
      true,
      false,
    ]);
    for (const sessionId of ["ok", "throws", "none"]) {
      await cli.emit(sessionId, "permission.requested", {
        requestId: `p-${sessionId}`,
        permissionRequest: { kind: "shell", fullCommandText: "ls" },
      });
    }
    await settle(10);
    const answers = cli.calls("session.permissions.handlePendingPermissionRequest");
    assert.deepEqual(answers.map((a) => [a.sessionId, a.result.kind]), [
      ["ok", "approve-once"],
      ["throws", "reject"],
    ]);
    assert.equal(errors.length, 1);
  } finally {
    await client.stop();
  }
});

test("User input responder: userInput.request is answered by onUserInputRequest; without one the request fails", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    await client.createSession({
      sessionId: "ask",
      onUserInputRequest: ({ question, choices }, { sessionId }) => ({
        answer: `${sessionId}:${question}:${choices?.[1]}`,
        wasFreeform: false,
      }),
    });
    await client.createSession({ sessionId: "mute" });
    assert.deepEqual(
      await cli.request("userInput.request", {
        sessionId: "ask",
        question: "Color?",
        choices: ["red", "blue"],
      }),
      { answer: "ask:Color?:blue", wasFreeform: false },
    );
    await assert.rejects(
      cli.request("userInput.request", { sessionId: "mute", question: "?" }),
      (error: Error) => {
        assert.ok(error instanceof RpcError, String(error));
        assert.match(error.message, /has no onUserInputRequest handler/);
        return true;
      },
    );
  } finally {
    await client.stop();
  }
});

test("Hooks responder: hooks.invoke runs the hook with a Date timestamp; a throwing hook answers no output and logs a session error", async () => {
  const cli = new ScriptedCli();
  const errors: unknown[] = [];
  const client = cli.client({ onError: (error) => errors.push(error) });
  try {
    let seen: unknown;
    await client.createSession({
      sessionId: "h",
      hooks: {
        onPreToolUse: (input) => {
          seen = input;
          return { permissionDecision: "deny", permissionDecisionReason: "no" };
        },
        onSessionStart: () => {
          throw new Error("hook broke");
        },
      },
    });
    assert.equal(cli.calls("session.create")[0].hooks, true);
    const output = await cli.request("hooks.invoke", {
      sessionId: "h",
      hookType: "preToolUse",
      input: { timestamp: 1700000000000, cwd: "/w", toolName: "bash", toolArgs: {} },
    });
    assert.deepEqual(output, {
      output: { permissionDecision: "deny", permissionDecisionReason: "no" },
    });
    const input = seen as { timestamp: Date; workingDirectory: string };
    assert.ok(input.timestamp instanceof Date);
    assert.equal(input.workingDirectory, "/w");
    assert.deepEqual(
      await cli.request("hooks.invoke", { sessionId: "h", hookType: "sessionStart", input: {} }),
      {},
    );
    await settle();
    assert.equal(errors.length, 1);
    const [log] = cli.calls("session.log");
    assert.equal(log.level, "error");
    assert.match(log.message, /The sessionStart hook failed: hook broke/);
  } finally {
    await client.stop();
  }
});

test("System message responder: systemMessage.transform runs the section callbacks; one that throws keeps its text", async () => {
  const cli = new ScriptedCli();
  const client = cli.client({ onError: () => {} });
  try {
    await client.createSession({
      sessionId: "t",
      systemMessage: {
        mode: "customize",
        sections: {
          tone: { action: (text) => `${text} Be brief.` },
          safety: {
            action: () => {
              throw new Error("broken");
            },
          },
        },
      },
    });
    assert.deepEqual(cli.calls("session.create")[0].systemMessage.sections, {
      tone: { action: "transform" },
      safety: { action: "transform" },
    });
    assert.deepEqual(
      await cli.request("systemMessage.transform", {
        sessionId: "t",
        sections: { tone: { content: "Be kind." }, safety: { content: "Be safe." } },
      }),
      { sections: { tone: { content: "Be kind. Be brief." }, safety: { content: "Be safe." } } },
    );
  } finally {
    await client.stop();
  }
});

test("CopilotSession.events() that is not read ends with EVENT_BUFFER_FULL after bufferSize events instead of growing without bound; the session goes on", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    const session = await client.createSession({ sessionId: "s" });
    assert.throws(() => session.events({ bufferSize: 0 }), RangeError);
    const stream = session.events({ bufferSize: 10 });
    const seen: string[] = [];
    session.on((event) => seen.push(event.type));
    for (let i = 0; i < 25; i++) {
      await cli.emit("s", "assistant.message_delta", { deltaContent: `${i}` });
    }
    await settle();
    assert.equal(seen.length, 25, "other subscribers still get every event");
    const reader = stream.getReader();
    const read: unknown[] = [];
    const error = await (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return undefined;
          read.push(value);
        }
      } catch (error) {
        return error;
      }
    })();
    assert.ok(error instanceof SdkError && error.hasCode("EVENT_BUFFER_FULL"), String(error));
    assert.match(error.message, /bufferSize/);
    assert.equal(read.length, 10);
  } finally {
    await client.stop();
  }
});
