// End-to-end tests of the typed RPC surface (`client.rpc`, `session.rpc`),
// generated from the CLI's schema, against the real Copilot CLI.

import assert from "node:assert/strict";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { test } from "../_test.ts";

test("session.rpc.model.switchTo() changes the model the CLI asks for", async () => {
  const t = await cliTestEnv(["first", "second"]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    await session.sendAndWait("one");
    const before = await session.rpc.model.getCurrent();
    assert.equal(before.modelId, MODEL);
    await session.rpc.model.switchTo({ modelId: "other-model" });
    const after = await session.rpc.model.getCurrent();
    assert.equal(after.modelId, "other-model");
    await session.sendAndWait("two");
    assert.equal(t.model.requests[0].body.model, MODEL);
    assert.equal(t.model.requests[1].body.model, "other-model");
  } finally {
    await t.close();
  }
});

test("session.rpc.log() writes an event into the session's history", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const logged = await session.rpc.log({ message: "note from the test", level: "warning" });
    assert.equal(typeof logged.eventId, "string");
    const history = await session.getMessages();
    const event = history.find((e) => e.id === logged.eventId);
    assert.equal(event?.type, "session.warning");
    assert.match(JSON.stringify(event?.data), /note from the test/);
  } finally {
    await t.close();
  }
});

test("session.rpc list methods and client.rpc.tools.list() answer with typed results", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client();
    const { tools } = await client.rpc.tools.list({});
    const names = tools.map((tool) => tool.name);
    assert.ok(names.includes("bash") && names.includes("view"), names.join(","));
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const skills = await session.rpc.skills.list();
    assert.ok(Array.isArray(skills.skills));
    const mode = await session.rpc.mode.get();
    assert.equal(typeof mode, "string");
    await session.destroy();
    await assert.rejects(session.rpc.mode.get(), /was destroyed/);
  } finally {
    await t.close();
  }
});
