// Each responder of what the CLI asks, in-process: a client over an in-memory
// transport with a scripted CLI at the far end (tests/_harness/scripted_cli.ts)
// sends the request or event, and the test checks the answer and the flags
// sent with session.create. The e2e tests do the round trip with the real CLI.

import assert from "node:assert/strict";
import { CanvasError, createCanvas, RpcError, SdkError, type SessionEvent } from "../mod.ts";
import { ScriptedCli, settle } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

/** Resolves with the params of the next call of `method` the scripted CLI receives. */
function nextCall(cli: ScriptedCli, method: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) =>
    cli.answer(method, (params) => {
      resolve(params);
      return {};
    })
  );
}

test("SessionConfig.onEvent receives the events the CLI sends before createSession() returns", async () => {
  const cli = new ScriptedCli({
    "session.create": async (params, self) => {
      await self.emit(params.sessionId, "session.start", { sessionId: params.sessionId });
      return { sessionId: params.sessionId };
    },
  });
  const client = cli.client();
  try {
    const seen: string[] = [];
    const session = await client.createSession({ onEvent: (e) => seen.push(e.type) });
    const late: string[] = [];
    session.on((e: SessionEvent) => late.push(e.type));
    assert.deepEqual(seen, ["session.start"]);
    assert.deepEqual(late, []);
    assert.equal(cli.calls("session.create")[0].onEvent, undefined);
  } finally {
    await client.stop();
  }
});

test("Elicitation responder: elicitation.requested is answered by onElicitationRequest; a throwing handler answers cancel", async () => {
  const cli = new ScriptedCli();
  const errors: unknown[] = [];
  const client = cli.client({ onError: (e) => errors.push(e) });
  try {
    let asked: unknown;
    await client.createSession({
      sessionId: "ok",
      onElicitationRequest: (context) => {
        asked = context;
        return { action: "accept", content: { confirmed: true } };
      },
    });
    await client.createSession({
      sessionId: "broken",
      onElicitationRequest: () => {
        throw new Error("no UI today");
      },
    });
    assert.deepEqual(cli.calls("session.create").map((p) => p.requestElicitation), [true, true]);
    for (const sessionId of ["ok", "broken"]) {
      const answered = nextCall(cli, "session.ui.handlePendingElicitation");
      await cli.emit(sessionId, "elicitation.requested", {
        requestId: `r-${sessionId}`,
        message: "Proceed?",
        mode: "form",
        requestedSchema: { type: "object", properties: { confirmed: { type: "boolean" } } },
      });
      const answer = await answered;
      assert.deepEqual(
        answer.result,
        sessionId === "ok"
          ? { action: "accept", content: { confirmed: true } }
          : { action: "cancel" },
      );
    }
    assert.equal((asked as { sessionId: string }).sessionId, "ok");
    assert.equal((asked as { message: string }).message, "Proceed?");
    assert.equal(errors.length, 1);
  } finally {
    await client.stop();
  }
});

test("CopilotSession.capabilities comes from the create answer and capabilities.changed; session.ui throws UI_UNAVAILABLE without elicitation, and asks with it", async () => {
  const cli = new ScriptedCli({
    "session.create": (params) => ({ sessionId: params.sessionId, capabilities: {} }),
    "session.ui.elicitation": (params) => ({
      action: "accept",
      content: {
        [Object.keys(params.requestedSchema.properties)[0]]: params.message === "pick" ? "b" : true,
      },
    }),
  });
  const client = cli.client();
  try {
    const session = await client.createSession({ sessionId: "s" });
    assert.deepEqual(session.capabilities, {});
    await assert.rejects(session.ui.confirm("Proceed?"), (error: Error) => {
      assert.ok(error instanceof SdkError && error.hasCode("UI_UNAVAILABLE"), String(error));
      return true;
    });
    assert.equal(cli.calls("session.ui.elicitation").length, 0);
    await cli.emit("s", "capabilities.changed", { ui: { elicitation: true } });
    await settle();
    assert.equal(session.capabilities.ui?.elicitation, true);
    assert.equal(await session.ui.confirm("Proceed?"), true);
    assert.equal(await session.ui.select("pick", ["a", "b"]), "b");
    const [confirm, select] = cli.calls("session.ui.elicitation");
    assert.deepEqual(Object.keys(confirm.requestedSchema.properties), ["confirmed"]);
    assert.deepEqual(select.requestedSchema.properties.selection, {
      type: "string",
      enum: ["a", "b"],
    });
  } finally {
    await client.stop();
  }
});

test("Plan mode responders: exitPlanMode.request approves without a handler and asks onExitPlanModeRequest with one; autoModeSwitch.request says no without one", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    await client.createSession({ sessionId: "plain" });
    await client.createSession({
      sessionId: "planner",
      onExitPlanModeRequest: (request) => ({ approved: false, feedback: `not ${request.summary}` }),
      onAutoModeSwitchRequest: ({ retryAfterSeconds }) => retryAfterSeconds! > 60 ? "yes" : "no",
    });
    const flags = cli.calls("session.create").map((p) => [
      p.requestExitPlanMode,
      p.requestAutoModeSwitch,
    ]);
    assert.deepEqual(flags, [[false, false], [true, true]]);
    const request = { summary: "the plan", actions: ["go"], recommendedAction: "go" };
    assert.deepEqual(
      await cli.request("exitPlanMode.request", { sessionId: "plain", ...request }),
      { approved: true },
    );
    assert.deepEqual(
      await cli.request("exitPlanMode.request", { sessionId: "planner", ...request }),
      { approved: false, feedback: "not the plan" },
    );
    assert.deepEqual(await cli.request("autoModeSwitch.request", { sessionId: "plain" }), {
      response: "no",
    });
    assert.deepEqual(
      await cli.request("autoModeSwitch.request", { sessionId: "planner", retryAfterSeconds: 90 }),
      { response: "yes" },
    );
  } finally {
    await client.stop();
  }
});

test("Auto mode responder: a throwing onAutoModeSwitchRequest, or one that answers something else than yes/yes_always/no, says no and is reported to onError", async () => {
  const cli = new ScriptedCli();
  const errors: Error[] = [];
  const client = cli.client({ onError: (error) => errors.push(error as Error) });
  try {
    const answers: Array<() => unknown> = [
      () => {
        throw new Error("policy store down");
      },
      () => "maybe",
      () => "yes_always",
    ];
    await client.createSession({
      sessionId: "auto",
      onAutoModeSwitchRequest: () => answers.shift()!() as "yes",
    });
    const ask = () => cli.request("autoModeSwitch.request", { sessionId: "auto" });
    assert.deepEqual(await ask(), { response: "no" });
    assert.deepEqual(await ask(), { response: "no" });
    assert.deepEqual(await ask(), { response: "yes_always" });
    assert.equal(errors.length, 2);
    assert.equal(errors[0].message, "policy store down");
    assert.match(errors[1].message, /answered "maybe"; answer "yes", "yes_always" or "no"/);
  } finally {
    await client.stop();
  }
});

test("Command responder: command.execute runs the command's handler and answers; an unknown command or a throwing handler answers with an error", async () => {
  const cli = new ScriptedCli();
  const client = cli.client({ onError: () => {} });
  try {
    const ran: string[] = [];
    await client.createSession({
      sessionId: "c",
      commands: [
        { name: "deploy", description: "Deploy it", handler: ({ args }) => void ran.push(args) },
        {
          name: "fail",
          handler: () => {
            throw new Error("cannot");
          },
        },
      ],
    });
    assert.deepEqual(cli.calls("session.create")[0].commands, [
      { name: "deploy", description: "Deploy it" },
      { name: "fail", description: "" },
    ]);
    const answers: Record<string, unknown>[] = [];
    for (const [name, args] of [["deploy", "prod"], ["nope", ""], ["fail", ""]]) {
      const answered = nextCall(cli, "session.commands.handlePendingCommand");
      await cli.emit("c", "command.execute", {
        requestId: `r-${name}`,
        command: `/${name} ${args}`,
        commandName: name,
        args,
      });
      answers.push(await answered);
    }
    assert.deepEqual(ran, ["prod"]);
    assert.equal(answers[0].error, undefined);
    assert.equal(answers[1].error, "Unknown command: nope");
    assert.equal(answers[2].error, "cannot");
    await assert.rejects(
      client.createSession({ commands: [{ name: "/bad", handler: () => {} }] }),
      /commands\[0\]\.name must be a command name without "\/"/,
    );
  } finally {
    await client.stop();
  }
});

test("MCP auth responder: interest in mcp.oauth_required is registered after create; a token or a cancel is answered", async () => {
  const cli = new ScriptedCli();
  const client = cli.client({ onError: () => {} });
  try {
    await client.createSession({
      sessionId: "m",
      onMcpAuthRequest: ({ serverName }) =>
        serverName === "docs" ? { accessToken: "tok-123", expiresIn: 60 } : undefined,
    });
    assert.deepEqual(cli.calls("session.eventLog.registerInterest"), [
      { sessionId: "m", eventType: "mcp.oauth_required" },
    ]);
    const results: unknown[] = [];
    for (const serverName of ["docs", "other"]) {
      const answered = nextCall(cli, "session.mcp.oauth.handlePendingRequest");
      await cli.emit("m", "mcp.oauth_required", {
        requestId: `r-${serverName}`,
        serverName,
        serverUrl: `https://${serverName}.example/mcp`,
        reason: "initial",
      });
      results.push((await answered).result);
    }
    assert.deepEqual(results, [
      { kind: "token", accessToken: "tok-123", expiresIn: 60 },
      { kind: "cancelled" },
    ]);
  } finally {
    await client.stop();
  }
});

test("Provider token responder: a provider's bearerTokenProvider is sent as hasBearerTokenProvider and answers providerToken.getToken", async () => {
  const cli = new ScriptedCli();
  const client = cli.client({ onError: () => {} });
  try {
    let calls = 0;
    await client.createSession({
      sessionId: "p",
      model: "m",
      provider: {
        type: "openai",
        baseUrl: "http://127.0.0.1:9/v1",
        bearerTokenProvider: ({ providerName }) => `token-${providerName}-${++calls}`,
      },
    });
    const sent = cli.calls("session.create")[0].provider;
    assert.equal(sent.hasBearerTokenProvider, true);
    assert.equal("bearerTokenProvider" in sent, false);
    assert.deepEqual(
      await cli.request("providerToken.getToken", { sessionId: "p", providerName: "default" }),
      { token: "token-default-1" },
    );
    await assert.rejects(
      cli.request("providerToken.getToken", { sessionId: "p", providerName: "other" }),
      (error: Error) =>
        error instanceof RpcError && /no bearerTokenProvider for "other"/.test(error.message),
    );
  } finally {
    await client.stop();
  }
});

test("CopilotSession.openCanvases comes from the resume answer and session.canvas.opened/closed events (a close before the answer wins over its snapshot), as a copy", async () => {
  const canvas = (instanceId: string) => ({
    instanceId,
    extensionId: "sdk",
    canvasId: "chart",
    title: `Chart ${instanceId}`,
  });
  const cli = new ScriptedCli({
    "session.resume": async (params, self) => {
      // "z" closes while the answer is on its way: the snapshot is older than that event.
      await self.emit(params.sessionId, "session.canvas.closed", {
        instanceId: "z",
        extensionId: "sdk",
        canvasId: "chart",
      });
      return { sessionId: params.sessionId, openCanvases: [canvas("a"), canvas("z")] };
    },
  });
  const client = cli.client();
  try {
    const session = await client.resumeSession("s");
    assert.deepEqual(session.openCanvases, [canvas("a")]);
    await cli.emit("s", "session.canvas.opened", canvas("b"));
    await cli.emit("s", "session.canvas.closed", {
      instanceId: "a",
      extensionId: "sdk",
      canvasId: "chart",
    });
    await settle();
    assert.deepEqual(session.openCanvases, [canvas("b")]);
    session.openCanvases[0].title = "changed";
    assert.equal(session.openCanvases[0].title, "Chart b");
  } finally {
    await client.stop();
  }
});

test("Canvas responders: canvases are declared on session.create; canvas.open, canvas.action.invoke and canvas.close reach the canvas; a failure goes back with its code", async () => {
  const cli = new ScriptedCli({
    "canvas.list": () => ({}),
  });
  const client = cli.client({ onError: () => {} });
  try {
    const closed: string[] = [];
    await client.createSession({
      sessionId: "c",
      canvases: [createCanvas({
        id: "chart",
        displayName: "Chart",
        description: "A chart",
        open: ({ instanceId, input }) => ({
          url: `http://127.0.0.1/c/${instanceId}`,
          title: String(input?.metric),
        }),
        onClose: ({ instanceId }) => void closed.push(instanceId),
        actions: [
          {
            name: "refresh",
            description: "Reload",
            handler: ({ input }) => ({ points: input?.n }),
          },
          {
            name: "explode",
            handler: () => {
              throw new CanvasError("bad_input", "cannot explode");
            },
          },
        ],
      })],
    });
    assert.deepEqual(cli.calls("session.create")[0].canvases, [{
      id: "chart",
      displayName: "Chart",
      description: "A chart",
      actions: [{ name: "refresh", description: "Reload" }, { name: "explode" }],
    }]);
    const base = {
      sessionId: "c",
      extensionId: "connection:1",
      canvasId: "chart",
      instanceId: "i1",
    };
    assert.deepEqual(await cli.request("canvas.open", { ...base, input: { metric: "cpu" } }), {
      url: "http://127.0.0.1/c/i1",
      title: "cpu",
    });
    assert.deepEqual(
      await cli.request("canvas.action.invoke", {
        ...base,
        actionName: "refresh",
        input: { n: 3 },
      }),
      { points: 3 },
    );
    await assert.rejects(
      cli.request("canvas.action.invoke", { ...base, actionName: "explode" }),
      (error: Error) =>
        error instanceof RpcError && (error.data as { code: string }).code === "bad_input",
    );
    await assert.rejects(
      cli.request("canvas.action.invoke", { ...base, actionName: "nope" }),
      (error: Error) =>
        error instanceof RpcError &&
        (error.data as { code: string }).code === "canvas_action_no_handler",
    );
    assert.equal(await cli.request("canvas.close", base), null);
    assert.deepEqual(closed, ["i1"]);
  } finally {
    await client.stop();
  }
});
