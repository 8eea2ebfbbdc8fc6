// End-to-end tests of tools, permissions and user input against the real
// Copilot CLI. Each asserts on what the CLI sent to the model server.

import assert from "node:assert/strict";
import { type } from "arktype";
import { approveAll, defineTool, type PermissionRequest } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import type { RecordedRequest } from "../_harness/model_server.ts";
import { test } from "../_test.ts";

/** The tool messages the CLI sent to the model in a request. */
function toolMessages(request: RecordedRequest): string[] {
  return request.messages.filter((m) => m.role === "tool").map((m) => String(m.content));
}

test("defineTool() tool is offered to the model and its typed result reaches it", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "lookup_issue", arguments: { id: "42" } }] },
    "It is about the build",
  ]);
  try {
    const client = t.client();
    const seen: unknown[] = [];
    const tool = defineTool("lookup_issue", {
      description: "Fetch issue details from the tracker",
      parameters: type({ id: "string" }),
      handler: ({ id }, invocation) => {
        seen.push({ id, name: invocation.toolName, call: invocation.toolCallId });
        return { textResultForLlm: `Issue ${id}: the build is red`, resultType: "success" };
      },
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [tool],
      onPermissionRequest: approveAll,
    });
    const reply = await session.sendAndWait("What is issue 42 about?");
    assert.equal(reply?.data.content, "It is about the build");
    const toolMessage = t.model.requests[1].messages.find((m) => m.role === "tool");
    assert.deepEqual(seen, [{ id: "42", name: "lookup_issue", call: toolMessage?.tool_call_id }]);
    // The tool was offered with its JSON Schema, and its result went back to the model.
    const offered = t.model.requests[0].body.tools.find(
      (x: { function: { name: string } }) => x.function.name === "lookup_issue",
    );
    assert.equal(offered.function.description, "Fetch issue details from the tracker");
    assert.deepEqual(offered.function.parameters.properties, { id: { type: "string" } });
    assert.deepEqual(toolMessages(t.model.requests[1]), ["Issue 42: the build is red"]);
  } finally {
    await t.close();
  }
});

test("defineTool() refuses bad arguments with arktype's summary; the handler never runs", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "lookup_issue", arguments: { id: 42 } }] },
    "ok",
  ]);
  try {
    const client = t.client();
    let ran = false;
    const tool = defineTool("lookup_issue", {
      parameters: type({ id: "string" }),
      handler: () => {
        ran = true;
        return "should not happen";
      },
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [tool],
      onPermissionRequest: approveAll,
    });
    await session.sendAndWait("Look up issue 42");
    assert.equal(ran, false);
    const [sent] = toolMessages(t.model.requests[1]);
    assert.match(sent, /id must be a string \(was a number\)/);
  } finally {
    await t.close();
  }
});

test("A throwing tool handler gives the model a failure without the exception's message (reported to onError instead), and the next turn works", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "flaky", arguments: {} }] },
    "The tool failed",
    "Second turn fine",
  ]);
  try {
    const reported: unknown[] = [];
    const client = t.client({ onError: (error) => reported.push(error) });
    const tool = defineTool("flaky", {
      description: "Always fails",
      parameters: { type: "object", properties: {} },
      handler: () => {
        throw new Error("tracker is down: db password hunter2");
      },
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [tool],
      onPermissionRequest: approveAll,
    });
    const failed = new Promise<boolean>((resolve) =>
      session.on("tool.execution_complete", (e) => resolve(e.data.success))
    );
    assert.equal((await session.sendAndWait("Try the tool"))?.data.content, "The tool failed");
    assert.equal(await failed, false);
    const told = toolMessages(t.model.requests[1])[0];
    assert.match(told, /Failed to execute `flaky`/);
    assert.doesNotMatch(JSON.stringify(t.model.requests), /hunter2|tracker is down/);
    assert.ok(reported.some((e) => String(e).includes("hunter2")), "reported to onError");
    assert.equal((await session.sendAndWait("Again?"))?.data.content, "Second turn fine");
  } finally {
    await t.close();
  }
});

test("Tool calls run concurrently, each answered once", async () => {
  const t = await cliTestEnv([
    {
      toolCalls: [
        { name: "meet", arguments: { who: "a" } },
        { name: "meet", arguments: { who: "b" } },
      ],
    },
    "both met",
  ]);
  try {
    const client = t.client();
    // Each call waits for the other to start: only concurrent calls finish.
    const started: string[] = [];
    let release!: () => void;
    const bothStarted = new Promise<void>((resolve) => release = resolve);
    const tool = defineTool("meet", {
      parameters: type({ who: "string" }),
      handler: async ({ who }) => {
        started.push(who);
        if (started.length === 2) release();
        await bothStarted;
        return `met ${who}`;
      },
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [tool],
      onPermissionRequest: approveAll,
    });
    await session.sendAndWait("Meet both", { timeout: 30_000 });
    assert.deepEqual(toolMessages(t.model.requests[1]).sort(), ["met a", "met b"]);
  } finally {
    await t.close();
  }
});

test("CopilotSession.destroy() answers an open tool call once and aborts its handler", async () => {
  const t = await cliTestEnv([{ toolCalls: [{ name: "wait_forever", arguments: {} }] }]);
  try {
    // A second answer (the handler's late result) would fail in the CLI and be reported here.
    const reported: unknown[] = [];
    const client = t.client({ onError: (e) => reported.push(e) });
    let aborted!: () => void;
    const handlerAborted = new Promise<void>((resolve) => aborted = resolve);
    let entered!: () => void;
    const handlerEntered = new Promise<void>((resolve) => entered = resolve);
    const tool = defineTool("wait_forever", {
      handler: (_args, { signal }) =>
        new Promise((resolve) => {
          entered();
          signal.addEventListener("abort", () => {
            aborted();
            resolve("too late");
          });
        }),
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [tool],
      onPermissionRequest: approveAll,
    });
    const turn = assert.rejects(session.sendAndWait("Wait"), /destroyed/);
    await handlerEntered;
    await session.destroy();
    await handlerAborted;
    await turn;
    await client.ping(); // a round trip, so any late answer would have been refused by now
    assert.deepEqual(reported, []);
  } finally {
    await t.close();
  }
});

test("CopilotClient.createSession() refuses a tool named like a built-in without overridesBuiltInTool", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client();
    const bash = defineTool("bash", { handler: () => "mine" });
    await assert.rejects(
      client.createSession({ model: MODEL, provider: t.provider, tools: [bash] }),
      (error: Error) => {
        assert.ok(error instanceof TypeError);
        assert.match(error.message, /"bash" has the name of a built-in CLI tool/);
        assert.match(error.message, /overridesBuiltInTool: true/);
        return true;
      },
    );
    // With the flag it is accepted, and replaces the built-in in what the model sees.
    t.model.enqueue("fine");
    const own = defineTool("bash", {
      description: "My bash",
      overridesBuiltInTool: true,
      handler: () => "mine",
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [own],
    });
    await session.sendAndWait("hi");
    const offered = t.model.requests[0].tools.filter((name) => name === "bash");
    assert.equal(offered.length, 1);
  } finally {
    await t.close();
  }
});

test("onPermissionRequest denying keeps the tool handler from running; the model is told", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "lookup_issue", arguments: { id: "7" } }] },
    "Denied, fine",
  ]);
  try {
    const client = t.client();
    const requests: PermissionRequest[] = [];
    let ran = false;
    const tool = defineTool("lookup_issue", {
      parameters: type({ id: "string" }),
      handler: () => {
        ran = true;
        return "should not run";
      },
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [tool],
      onPermissionRequest: (request) => {
        requests.push(request);
        return { kind: "reject", feedback: "Not allowed in tests" };
      },
    });
    await session.sendAndWait("Look up 7");
    assert.equal(ran, false);
    assert.equal(requests.length, 1);
    assert.equal(requests[0].kind, "custom-tool");
    assert.equal(requests[0].toolName, "lookup_issue");
    assert.match(toolMessages(t.model.requests[1])[0], /Not allowed in tests|denied|rejected/i);
  } finally {
    await t.close();
  }
});

test("onPermissionRequest answering approve-for-session is asked once: the CLI remembers the tool for the session", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "lookup_issue", arguments: { id: "1" } }] },
    { toolCalls: [{ name: "lookup_issue", arguments: { id: "2" } }] },
    "Both looked up",
  ]);
  try {
    const client = t.client();
    const asked: PermissionRequest[] = [];
    const ran: string[] = [];
    const tool = defineTool("lookup_issue", {
      parameters: type({ id: "string" }),
      handler: ({ id }) => {
        ran.push(id);
        return `issue ${id}`;
      },
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [tool],
      onPermissionRequest: (request) => {
        asked.push(request);
        return { kind: "approve-for-session" };
      },
    });
    const reply = await session.sendAndWait("Look up 1 and 2");
    assert.equal(reply?.data.content, "Both looked up");
    assert.deepEqual(ran, ["1", "2"]);
    assert.deepEqual(asked.map((r) => r.kind), ["custom-tool"]);
    assert.equal(toolMessages(t.model.requests[1])[0], "issue 1");
    assert.equal(toolMessages(t.model.requests[2])[1], "issue 2");
  } finally {
    await t.close();
  }
});

test("A throwing onPermissionRequest denies the request instead of leaving it pending", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "lookup_issue", arguments: { id: "7" } }] },
    "ok",
  ]);
  try {
    const reported: unknown[] = [];
    const client = t.client({ onError: (e) => reported.push(e) });
    let ran = false;
    const tool = defineTool("lookup_issue", {
      parameters: type({ id: "string" }),
      handler: () => {
        ran = true;
        return "no";
      },
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [tool],
      onPermissionRequest: () => {
        throw new Error("policy service down");
      },
    });
    await session.sendAndWait("Look up 7", { timeout: 30_000 });
    assert.equal(ran, false);
    assert.ok(reported.some((e) => e instanceof Error && e.message === "policy service down"));
    assert.equal(t.model.requests.length, 2);
  } finally {
    await t.close();
  }
});

test("Without onPermissionRequest the CLI denies custom tools unless skipPermission is set", async () => {
  const t = await cliTestEnv([
    {
      toolCalls: [
        { name: "guarded", arguments: {} },
        { name: "trusted", arguments: {} },
      ],
    },
    "ok",
  ]);
  try {
    const client = t.client();
    const ran: string[] = [];
    const guarded = defineTool("guarded", { handler: () => (ran.push("guarded"), "g") });
    const trusted = defineTool("trusted", {
      skipPermission: true,
      handler: () => (ran.push("trusted"), "t"),
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [guarded, trusted],
    });
    await session.sendAndWait("Use both");
    assert.deepEqual(ran, ["trusted"]);
    const sent = toolMessages(t.model.requests[1]);
    assert.ok(sent.includes("t"));
    assert.ok(sent.some((m) => /Permission denied/i.test(m)));
  } finally {
    await t.close();
  }
});

test("onUserInputRequest answers the built-in ask_user tool", async () => {
  const t = await cliTestEnv([
    {
      toolCalls: [{
        name: "ask_user",
        arguments: { question: "Favourite colour?", choices: ["red", "blue"] },
      }],
    },
    "Blue it is",
  ]);
  try {
    const client = t.client();
    const questions: unknown[] = [];
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onUserInputRequest: (request, invocation) => {
        questions.push({ ...request, sessionId: invocation.sessionId });
        return { answer: "blue", wasFreeform: false };
      },
    });
    const reply = await session.sendAndWait("Ask me my colour");
    assert.equal(reply?.data.content, "Blue it is");
    assert.equal(questions.length, 1);
    assert.deepEqual(questions[0], {
      question: "Favourite colour?",
      choices: ["red", "blue"],
      allowFreeform: true,
      sessionId: session.sessionId,
    });
    assert.ok(t.model.requests[0].tools.includes("ask_user"));
    assert.match(toolMessages(t.model.requests[1])[0], /blue/);
  } finally {
    await t.close();
  }
});

test("A throwing onUserInputRequest fails the ask_user call, reaches onError, and the turn goes on", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "ask_user", arguments: { question: "Favourite colour?" } }] },
    "No answer, fine",
  ]);
  try {
    const errors: unknown[] = [];
    const client = t.client({ onError: (error) => errors.push(error) });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onUserInputRequest: () => {
        throw new Error("nobody at the keyboard");
      },
    });
    const reply = await session.sendAndWait("Ask me my colour");
    assert.equal(reply?.data.content, "No answer, fine");
    assert.ok(
      errors.some((e) => e instanceof Error && e.message === "nobody at the keyboard"),
      errors.map(String).join("\n"),
    );
    assert.match(toolMessages(t.model.requests[1])[0], /unable to respond|error/i);
  } finally {
    await t.close();
  }
});

test("Without onUserInputRequest the ask_user tool is not offered", async () => {
  const t = await cliTestEnv(["plain"]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    await session.sendAndWait("hi");
    assert.ok(!t.model.requests[0].tools.includes("ask_user"));
    assert.ok(t.model.requests[0].tools.includes("bash"), "built-ins are offered");
  } finally {
    await t.close();
  }
});

test("A tool whose result JSON cannot hold (a BigInt inside) gives the model a failure and the turn ends", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "count", arguments: {} }] },
    "The count failed",
  ]);
  try {
    const client = t.client({ onError: () => {} });
    const tool = defineTool("count", {
      parameters: { type: "object", properties: {} },
      handler: () => ({ textResultForLlm: "42", toolTelemetry: { big: 42n } }),
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [tool],
      onPermissionRequest: approveAll,
    });
    const reply = await session.sendAndWait("Count", { timeout: 50_000 });
    assert.equal(reply?.data.content, "The count failed");
    assert.match(toolMessages(t.model.requests[1])[0], /could not be sent/);
  } finally {
    await t.close();
  }
});

test("defineTool({ isTerminal: true }): a successful call ends the agent's turn; the model is not asked again", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "finish", arguments: {} }] },
    "asked again after the terminal tool",
  ]);
  try {
    const client = t.client();
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: approveAll,
      tools: [defineTool("finish", { isTerminal: true, handler: () => "finished" })],
    });
    await session.sendAndWait("Finish up");
    assert.equal(t.model.requests.length, 1);
  } finally {
    await t.close();
  }
});

test("A tool without a handler is declared to the model and its call is left for the program, which answers it with session.rpc.tools.handlePendingToolCall", async () => {
  const t = await cliTestEnv((request: RecordedRequest) => {
    const told = toolMessages(request);
    if (told.length) return `the program said: ${told[0]}`;
    return { toolCalls: [{ name: "ask_the_app", arguments: { q: "status" } }] };
  });
  try {
    const client = t.client();
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: approveAll,
      tools: [defineTool("ask_the_app", {
        description: "Answered by the application itself",
        parameters: { type: "object", properties: { q: { type: "string" } } },
      })],
    });
    session.on("external_tool.requested", (event) => {
      void session.rpc.tools.handlePendingToolCall({
        requestId: event.data.requestId,
        result: `answered by hand for ${JSON.stringify(event.data.arguments)}`,
      });
    });
    const reply = await session.sendAndWait("What is the status?");
    assert.equal(reply?.data.content, 'the program said: answered by hand for {"q":"status"}');
    assert.ok(t.model.requests[0].tools.includes("ask_the_app"));
  } finally {
    await t.close();
  }
});
