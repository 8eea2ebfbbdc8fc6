// What the CLI asks of the SDK besides tools, permissions, user input and
// hooks, with the real CLI: each test shows the round trip (the CLI asks, the
// callback's answer changes what the agent does or what the model receives).

import assert from "node:assert/strict";
import { createCanvas, type SessionEvent } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import type { RecordedRequest } from "../_harness/model_server.ts";
import { test } from "../_test.ts";

test("SessionConfig.onEvent is subscribed before the CLI is asked, so it gets every event from the first: session.start, session.resume", async () => {
  const t = await cliTestEnv(["hello"]);
  try {
    const client = t.client();
    const fromConfig: string[] = [];
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onEvent: (event) => fromConfig.push(event.type),
    });
    const fromOn: string[] = [];
    session.on((event: SessionEvent) => fromOn.push(event.type));
    await session.sendAndWait("hi");
    assert.ok(fromConfig.includes("session.start"), fromConfig.join(" "));
    // Everything on() saw, onEvent saw too, in order, and possibly more before it.
    assert.deepEqual(fromConfig.slice(fromConfig.length - fromOn.length), fromOn);
    await session.destroy();
    const resumedEvents: string[] = [];
    await client.resumeSession(session.sessionId, {
      model: MODEL,
      provider: t.provider,
      onEvent: (event) => resumedEvents.push(event.type),
    });
    for (let i = 0; i < 50 && !resumedEvents.includes("session.resume"); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(resumedEvents.includes("session.resume"), resumedEvents.join(" "));
  } finally {
    await t.close();
  }
});

test("ProviderConfig.bearerTokenProvider: the CLI asks for a token before each model request and sends it as the Authorization header", async () => {
  const t = await cliTestEnv(["first", "second"]);
  try {
    const client = t.client();
    let minted = 0;
    const session = await client.createSession({
      model: MODEL,
      provider: {
        type: "openai",
        baseUrl: t.model.url,
        bearerTokenProvider: ({ providerName }) => `minted-${providerName}-${++minted}`,
      },
    });
    assert.equal((await session.sendAndWait("one"))?.data.content, "first");
    assert.equal((await session.sendAndWait("two"))?.data.content, "second");
    const auth = t.model.requests.map((r: RecordedRequest) => r.headers.authorization);
    assert.equal(auth.length, 2);
    assert.match(String(auth[0]), /^Bearer minted-default-\d+$/);
    assert.notEqual(auth[0], auth[1], "a fresh token for each request");
  } finally {
    await t.close();
  }
});

test("SessionConfig.onElicitationRequest answers session.ui.confirm/select/input, and a session whose clients cannot show dialogs refuses them at once", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client();
    const asked: string[] = [];
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onElicitationRequest: ({ message, requestedSchema }) => {
        asked.push(message);
        const [field] = Object.keys(requestedSchema?.properties ?? {});
        const value = field === "confirmed" ? true : field === "selection" ? "blue" : "Ada";
        return { action: "accept", content: { [field]: value } };
      },
    });
    assert.equal(session.capabilities.ui?.elicitation, true);
    assert.equal(await session.ui.confirm("Deploy now?"), true);
    assert.equal(await session.ui.select("Colour?", ["red", "blue"]), "blue");
    assert.equal(await session.ui.input("Name?", { title: "Name" }), "Ada");
    assert.deepEqual(asked, ["Deploy now?", "Colour?", "Name?"]);

    const mute = await client.createSession({ model: MODEL, provider: t.provider });
    assert.notEqual(mute.capabilities.ui?.elicitation, true);
    await assert.rejects(mute.ui.confirm("Anyone?"), /UI_UNAVAILABLE|can show dialogs/);
  } finally {
    await t.close();
  }
});

test("SessionConfig.onExitPlanModeRequest is asked when the agent leaves plan mode, and its feedback reaches the model", async () => {
  const t = await cliTestEnv((request: RecordedRequest) => {
    const last = request.messages.at(-1);
    if (last?.role === "tool") return `tool said: ${String(last.content)}`;
    if (request.tools.includes("exit_plan_mode")) {
      return { toolCalls: [{ name: "exit_plan_mode", arguments: { summary: "Ship it" } }] };
    }
    return "no exit_plan_mode tool was offered";
  });
  try {
    const client = t.client();
    const asked: unknown[] = [];
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onExitPlanModeRequest: (request, { sessionId }) => {
        asked.push({ ...request, sessionId });
        return { approved: false, feedback: "Add a rollback step" };
      },
    });
    await session.rpc.mode.set({ mode: "plan" });
    const reply = await session.sendAndWait("Make a plan", { timeout: 50_000 });
    assert.match(String(reply?.data.content), /Plan not approved[\s\S]*Add a rollback step/);
    assert.equal(asked.length, 1);
    const request = asked[0] as { summary: string; actions: string[]; sessionId: string };
    assert.equal(request.summary, "Ship it");
    assert.ok(request.actions.length > 0);
    assert.equal(request.sessionId, session.sessionId);

    // Without the handler the CLI does not offer the tool at all.
    const plain = await client.createSession({ model: MODEL, provider: t.provider });
    await plain.rpc.mode.set({ mode: "plan" });
    assert.equal(
      (await plain.sendAndWait("Make a plan"))?.data.content,
      "no exit_plan_mode tool was offered",
    );
  } finally {
    await t.close();
  }
});

test("SessionConfig.commands: the CLI lists the command, and running it calls its handler with the arguments", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client();
    const ran: string[] = [];
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      commands: [{
        name: "deploy",
        description: "Deploy",
        handler: ({ args }) => void ran.push(args),
      }],
    });
    const listed = await session.rpc.commands.list();
    assert.ok(JSON.stringify(listed).includes("deploy"), JSON.stringify(listed));
    await session.rpc.commands.execute({ commandName: "deploy", args: "production" });
    assert.deepEqual(ran, ["production"]);
  } finally {
    await t.close();
  }
});

test("SessionConfig.canvases: the agent opens a declared canvas and acts on it; the canvas's answers reach the model, and session.openCanvases lists it", async () => {
  const t = await cliTestEnv((request: RecordedRequest) => {
    const told = request.messages.filter((m) => m.role === "tool").map((m) => String(m.content));
    if (told.length === 0) {
      return {
        toolCalls: [{
          name: "open_canvas",
          arguments: { canvasId: "chart", instanceId: "c1", input: { metric: "cpu" } },
        }],
      };
    }
    if (told.length === 1) {
      return {
        toolCalls: [{
          name: "invoke_canvas_action",
          arguments: { instanceId: "c1", actionName: "refresh", input: { points: 7 } },
        }],
      };
    }
    return `done: ${told.join(" | ")}`;
  });
  try {
    const client = t.client();
    const opened: string[] = [];
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: () => ({ kind: "approve-once" }),
      requestCanvasRenderer: true,
      canvases: [createCanvas({
        id: "chart",
        displayName: "Chart",
        description: "A line chart of a metric",
        open: ({ instanceId, input }) => {
          opened.push(instanceId);
          return {
            url: `http://127.0.0.1:9/chart/${instanceId}`,
            title: `Chart of ${input?.metric}`,
          };
        },
        actions: [{
          name: "refresh",
          description: "Reload the data",
          handler: ({ input }) => ({ refreshedPoints: input?.points }),
        }],
      })],
    });
    assert.equal(session.capabilities.ui?.canvases, true);
    const reply = String(
      (await session.sendAndWait("Show the CPU chart", { timeout: 50_000 }))?.data.content,
    );
    assert.deepEqual(opened, ["c1"]);
    // The CLI told the session (session.canvas.opened) what is open now.
    const [open] = session.openCanvases;
    assert.equal(open?.instanceId, "c1");
    assert.equal(open?.canvasId, "chart");
    assert.equal(open?.title, "Chart of cpu");
    assert.match(reply, /Chart of cpu|chart\/c1/);
    assert.match(reply, /refreshedPoints|7/);
  } finally {
    await t.close();
  }
});
