// Several clients on one CLI, with the real CLI: a spawned TCP CLI with a
// chosen connection token and a readable port that another client joins, and
// resumeSession() of a session already open in the same client.

import assert from "node:assert/strict";
import { CopilotClient, RuntimeConnection, SdkError } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { test } from "../_test.ts";

test("CopilotClient with useStdio: false and a connectionToken: client.port tells where it listens, and a second client joins with cliUrl and the token and follows the same session", async () => {
  const t = await cliTestEnv(["shared answer"]);
  try {
    const owner = t.client({ useStdio: false, connectionToken: "team-token-1" });
    const session = await owner.createSession({ model: MODEL, provider: t.provider });
    const port = owner.port;
    assert.ok(typeof port === "number" && port > 0, String(port));

    const guest = t.client({ cliUrl: `127.0.0.1:${port}`, connectionToken: "team-token-1" });
    const watching = await guest.resumeSession(session.sessionId, {
      model: MODEL,
      provider: t.provider,
    });
    assert.equal(guest.port, port);
    const seen: string[] = [];
    watching.on("assistant.message", (event) => seen.push(event.data.content));
    assert.equal((await session.sendAndWait("hello"))?.data.content, "shared answer");
    for (let i = 0; i < 50 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(seen, ["shared answer"]);

    const stranger = t.client({ cliUrl: `127.0.0.1:${port}`, connectionToken: "wrong" });
    await assert.rejects(stranger.start(), /AUTHENTICATION_FAILED|token/i);
  } finally {
    await t.close();
  }
});

test("CopilotClient.resumeSession() of a session already open in this client gives a new session object that takes over; the old one says so", async () => {
  const t = await cliTestEnv(["from the new object"]);
  try {
    const client = t.client();
    const first = await client.createSession({ model: MODEL, provider: t.provider });
    const second = await client.resumeSession(first.sessionId, {
      model: MODEL,
      provider: t.provider,
    });
    assert.equal((await second.sendAndWait("hi"))?.data.content, "from the new object");
    await assert.rejects(first.send("old"), (error: Error) => {
      assert.ok(error instanceof SdkError && error.hasCode("SESSION_DESTROYED"), String(error));
      assert.match(error.message, /was destroyed/);
      return true;
    });
    await assert.rejects(
      client.createSession({ sessionId: first.sessionId, model: MODEL, provider: t.provider }),
      /already open in this client/,
    );
  } finally {
    await t.close();
  }
});

test("CopilotClient connection: RuntimeConnection.forTcp() spawns a TCP CLI, and a client with RuntimeConnection.forUri() and its token joins it and follows the session (the official SDK's connection option)", async () => {
  const t = await cliTestEnv(["over tcp"]);
  try {
    const owner = t.client({
      connection: RuntimeConnection.forTcp({ connectionToken: "team-token-2" }),
    });
    const session = await owner.createSession({ model: MODEL, provider: t.provider });
    const port = owner.port!;
    assert.ok(port > 0, String(port));
    const guest = new CopilotClient({
      connection: RuntimeConnection.forUri(`http://127.0.0.1:${port}`, {
        connectionToken: "team-token-2",
      }),
    });
    try {
      const watching = await guest.resumeSession(session.sessionId, {
        model: MODEL,
        provider: t.provider,
      });
      const seen: string[] = [];
      watching.on("assistant.message", (event) => seen.push(event.data.content));
      assert.equal((await session.sendAndWait("hello"))?.data.content, "over tcp");
      for (let i = 0; i < 50 && seen.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.deepEqual(seen, ["over tcp"]);
    } finally {
      await guest.stop();
    }
  } finally {
    await t.close();
  }
});
