// End-to-end tests of the official SDK's session and client options and
// methods against the real Copilot CLI (1.0.102): each shows the option
// reaching the CLI under its wire name and changing what the CLI does.

import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineTool, type MemoryConfiguration } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { test } from "../_test.ts";

test("SessionConfig.largeOutput writes a tool output over maxSizeBytes to outputDirectory", async () => {
  const t = await cliTestEnv([{ toolCalls: [{ name: "big", arguments: {} }] }, "done"]);
  try {
    const dir = mkdtempSync(join(t.home, "out-"));
    const big = defineTool("big", {
      description: "A large output",
      parameters: { type: "object", properties: {} },
      skipPermission: true,
      handler: () => "x".repeat(5000),
    });
    const session = await t.client().createSession({
      model: MODEL,
      provider: t.provider,
      tools: [big],
      largeOutput: { maxSizeBytes: 200, outputDirectory: dir },
    });
    await session.sendAndWait("go");
    const [file] = readdirSync(dir);
    assert.equal(readFileSync(join(dir, file), "utf8"), "x".repeat(5000));
    const toolMessage = t.model.requests[1].messages.find((m) => m.role === "tool");
    assert.match(String(toolMessage?.content), new RegExp(`Saved to: ${dir}/`));
  } finally {
    await t.close();
  }
});

test("SessionConfig.agent starts the session with a custom agent of customAgents", async () => {
  const t = await cliTestEnv(["ok"]);
  try {
    const session = await t.client().createSession({
      model: MODEL,
      provider: t.provider,
      customAgents: [{ name: "reviewer", prompt: "You are REVIEWER-7731." }],
      agent: "reviewer",
    });
    await session.sendAndWait("go");
    const system = JSON.stringify(t.model.requests[0].messages.filter((m) => m.role === "system"));
    assert.match(system, /REVIEWER-7731/);
  } finally {
    await t.close();
  }
});

test("SessionConfig.memory reaches the CLI, which checks its shape", async () => {
  // With a BYOK provider and no account, memory changes nothing the model
  // server can see; the CLI refusing a bad value shows it reads the field.
  const t = await cliTestEnv(["ok"]);
  try {
    const client = t.client();
    await client.createSession({ model: MODEL, provider: t.provider, memory: { enabled: false } });
    const bad = { enabled: true, unknownField: 1 } as MemoryConfiguration;
    await assert.rejects(
      client.createSession({ model: MODEL, provider: t.provider, memory: bad }),
      /unknown field `unknownField`/,
    );
  } finally {
    await t.close();
  }
});

test("CopilotSession.setModel() makes the next turn use the new model", async () => {
  const t = await cliTestEnv();
  try {
    const session = await t.client().createSession({ model: MODEL, provider: t.provider });
    await session.sendAndWait("first");
    await session.setModel("other-model");
    const before = t.model.requests.length;
    await session.sendAndWait("second");
    const after = t.model.requests.slice(before).map((r) => r.body.model);
    assert.deepEqual([...new Set(after)], ["other-model"]);
  } finally {
    await t.close();
  }
});

test("CopilotSession.log() adds a timeline event; an ephemeral one is not kept in the history", async () => {
  const t = await cliTestEnv();
  try {
    const session = await t.client().createSession({ model: MODEL, provider: t.provider });
    const seen: string[] = [];
    session.on((event) => {
      if (event.type === "session.warning" || event.type === "session.info") {
        seen.push(`${event.type}: ${event.data.message}`);
      }
    });
    const id = await session.log("disk almost full", { level: "warning" });
    await session.log("just passing", { ephemeral: true });
    const history = await session.getMessages();
    assert.deepEqual(seen, ["session.warning: disk almost full", "session.info: just passing"]);
    const kept = history.filter((e) => e.type === "session.warning" || e.type === "session.info");
    assert.deepEqual(kept.map((e) => e.id), [id]);
  } finally {
    await t.close();
  }
});

test("CopilotClient.getSessionMetadata() and listSessions(filter) find stored sessions; clientName is recorded", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client();
    const first = await client.createSession({
      model: MODEL,
      provider: t.provider,
      clientName: "options-test",
    });
    await first.sendAndWait("one");
    const elsewhere = mkdtempSync(join(t.home, "wd-"));
    const second = await client.createSession({
      model: MODEL,
      provider: t.provider,
      workingDirectory: elsewhere,
    });
    await second.sendAndWait("two");
    const meta = await client.getSessionMetadata(first.sessionId);
    assert.equal(meta?.sessionId, first.sessionId);
    assert.equal(meta?.clientName, "options-test");
    assert.equal(await client.getSessionMetadata(crypto.randomUUID()), undefined);
    const all = (await client.listSessions()).map((s) => s.sessionId).sort();
    assert.deepEqual(all, [first.sessionId, second.sessionId].sort());
    const filtered = await client.listSessions({ workingDirectory: elsewhere });
    assert.deepEqual(filtered.map((s) => s.sessionId), [second.sessionId]);
  } finally {
    await t.close();
  }
});

test("ProviderConfig.modelId without a session model is the model the CLI asks for", async () => {
  const t = await cliTestEnv();
  try {
    const session = await t.client().createSession({
      provider: { ...t.provider, modelId: "model-by-id" },
    });
    await session.sendAndWait("hi");
    assert.equal(t.model.requests.at(-1)?.body.model, "model-by-id");
  } finally {
    await t.close();
  }
});

test("CopilotClient mode 'empty' keeps the CLI's state in baseDirectory and offers only availableTools", async () => {
  const t = await cliTestEnv();
  try {
    const base = mkdtempSync(join(t.home, "base-"));
    const client = t.client({ mode: "empty", baseDirectory: base });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      availableTools: ["view"],
    });
    await session.sendAndWait("go");
    assert.deepEqual(t.model.requests[0].tools, ["view"]);
    assert.ok(existsSync(join(base, "session-state", session.sessionId)));
    assert.equal(existsSync(join(t.env.COPILOT_HOME, "session-state")), false);
  } finally {
    await t.close();
  }
});

test("CopilotClient telemetry writes the CLI's spans to a file, joined to onGetTraceContext's trace; clientInfo is accepted", async () => {
  const t = await cliTestEnv();
  try {
    const file = join(t.home, "traces.jsonl");
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const client = t.client({
      telemetry: { exporterType: "file", filePath: file },
      onGetTraceContext: () => ({ traceparent: `00-${traceId}-00f067aa0ba902b7-01` }),
      clientInfo: { editorName: "options-test", editorVersion: "1.0.0" },
    });
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    await session.sendAndWait("go");
    await client.stop(); // flushes the exporter
    const spans = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line))
      .filter((record) => record.type === "span");
    assert.ok(spans.length > 0);
    assert.ok(spans.some((span) => span.traceId === traceId));
  } finally {
    await t.close();
  }
});

test('SessionConfig.askUserVariant "elicitation" gives the model the form-shaped ask_user, which reaches onElicitationRequest; the answer reaches the model', async () => {
  const form = {
    message: "Which environment?",
    requestedSchema: {
      type: "object",
      properties: { env: { type: "string", enum: ["staging", "production"] } },
      required: ["env"],
    },
  };
  const t = await cliTestEnv((request) =>
    request.messages.some((m) => m.role === "tool")
      ? "deployed"
      : { toolCalls: [{ name: "ask_user", arguments: form }] }
  );
  try {
    const asked: unknown[] = [];
    const session = await t.client().createSession({
      model: MODEL,
      provider: t.provider,
      askUserVariant: "elicitation",
      onElicitationRequest: (request) => {
        asked.push(request);
        return { action: "accept", content: { env: "staging" } };
      },
    });
    assert.equal((await session.sendAndWait("Deploy"))?.data.content, "deployed");
    const askUser = t.model.requests[0].body.tools.find(
      (tool: { function: { name: string } }) => tool.function.name === "ask_user",
    );
    assert.deepEqual(
      Object.keys(askUser.function.parameters.properties).sort(),
      ["message", "requestedSchema"],
    );
    assert.equal((asked[0] as { message: string }).message, "Which environment?");
    const result = t.model.requests[1].messages.find((m) => m.role === "tool");
    assert.match(String(result?.content), /staging/);
  } finally {
    await t.close();
  }
});
