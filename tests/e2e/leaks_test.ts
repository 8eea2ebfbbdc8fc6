// Leaks: after stop() or forceStop() no CLI process is left in the process
// table. Under Deno the op and resource sanitizers (forced on by
// sanitizedTest: Deno 2.9 no longer runs them by default) also fail a test
// that leaves a timer, a socket, a child process handle or a stream open, so
// each passing test proves none is left.

import assert from "node:assert/strict";
import { join } from "node:path";
import { ConnectionClosedError, CopilotClient, ProcessError, SdkError } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { copilotChildren } from "../_harness/processes.ts";
import { sanitizedTest as test } from "../_harness/sanitized_test.ts";

for (const useStdio of [true, false]) {
  const mode = useStdio ? "stdio" : "TCP";
  // Resources are checked in both modes (the TCP mode once leaked the CLI's stdin pipe).
  const sanitizers = { sanitizeResources: true };

  test(
    `CopilotClient.stop() (${mode}) after a turn leaves no CLI process, socket, timer or stream`,
    async () => {
      const t = await cliTestEnv(["done"]);
      try {
        const client = t.client({ useStdio });
        const session = await client.createSession({ model: MODEL, provider: t.provider });
        const events = session.events(); // a stream the client must close
        assert.equal((await session.sendAndWait("hi"))?.data.content, "done");
        assert.equal(copilotChildren().length, 1);
        assert.deepEqual(await client.stop(), []);
        assert.deepEqual(copilotChildren(), []);
        assert.equal(client.state, "disconnected");
        assert.equal(session.destroyed, true);
        // The event stream was closed by the destroy: reading it ends.
        const reader = events.getReader();
        for (;;) if ((await reader.read()).done) break;
      } finally {
        await t.close();
      }
    },
    sanitizers,
  );

  test(
    `CopilotClient.forceStop() (${mode}) during a turn leaves no CLI process, socket, timer or stream`,
    async () => {
      const t = await cliTestEnv([{ hang: true }]);
      try {
        const client = t.client({ useStdio });
        const session = await client.createSession({ model: MODEL, provider: t.provider });
        const turn = assert.rejects(session.sendAndWait("this hangs"), (error: Error) => {
          assert.ok(
            error instanceof SdkError || error instanceof ConnectionClosedError,
            String(error),
          );
          return true;
        });
        await t.model.waitForRequests(1);
        const [child] = copilotChildren();
        assert.ok(child);
        await client.forceStop();
        await turn;
        assert.deepEqual(copilotChildren(), []);
        assert.equal(client.state, "disconnected");
        // Idempotent, and stop() after it has nothing left to do.
        await client.forceStop();
        assert.deepEqual(await client.stop(), []);
      } finally {
        await t.close();
      }
    },
    sanitizers,
  );

  test(`CopilotClient whose start failed (${mode}, bad cliPath) leaves nothing behind`, async () => {
    const t = await cliTestEnv();
    try {
      const client = t.client({ useStdio, cliPath: join(t.home, "no-such-copilot") });
      await assert.rejects(client.start(), ProcessError);
      await assert.rejects(client.ping(), ProcessError);
      assert.deepEqual(copilotChildren(), []);
      assert.deepEqual(await client.stop(), []);
      await client.forceStop();
      assert.deepEqual(copilotChildren(), []);
    } finally {
      await t.close();
    }
  });
}

test("CopilotClient that was never started: stop() and forceStop() start nothing and leave nothing", async () => {
  const client = new CopilotClient({ cliPath: "/no/such/copilot" });
  assert.deepEqual(await client.stop(), []);
  await client.forceStop();
  assert.equal(client.state, "disconnected");
  assert.deepEqual(copilotChildren(), []);
});

test("CopilotClient whose CLI exits during the handshake leaves no process behind", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client({ cliArgs: ["--no-such-flag"] });
    await assert.rejects(client.start(), ConnectionClosedError);
    assert.deepEqual(copilotChildren(), []);
    assert.deepEqual(await client.stop(), []);
  } finally {
    await t.close();
  }
});
