// Calls that used to hang, against the real CLI: a CLI that stops answering
// (SIGSTOP), an onStderr callback that throws while the CLI writes a lot to
// stderr, and messages over the frame cap.

import assert from "node:assert/strict";
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { type LifecycleEvent, ProtocolError } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { CLI_BINARY } from "../_harness/cli_server.ts";
import { copilotChildren } from "../_harness/processes.ts";
import { test } from "../_test.ts";

function timedOut(error: unknown): boolean {
  assert.equal((error as DOMException).name, "TimeoutError", String(error));
  return true;
}

test("CopilotClient with a CLI that stops answering (SIGSTOP): every call rejects after requestTimeout or on its signal, and stop() still ends the CLI", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client({ requestTimeout: 1500 });
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const [cli] = copilotChildren();
    process.kill(cli.pid, "SIGSTOP");
    try {
      const controller = new AbortController();
      const aborted = client.listSessions({ signal: controller.signal });
      controller.abort(new Error("no more waiting"));
      await assert.rejects(aborted, /no more waiting/);
      await Promise.all([
        assert.rejects(client.createSession({ model: MODEL, provider: t.provider }), timedOut),
        assert.rejects(session.send("hi"), timedOut),
        assert.rejects(session.abort(), timedOut),
        assert.rejects(session.getMessages(), timedOut),
        assert.rejects(client.ping(), timedOut),
        assert.rejects(client.listSessions(), timedOut),
        assert.rejects(client.ping("x", { timeout: 200 }), timedOut),
      ]);
      const errors = await client.stop();
      assert.ok(errors.some((e) => e.name === "TimeoutError"), errors.map(String).join("\n"));
      assert.deepEqual(copilotChildren(), []);
    } finally {
      try {
        process.kill(cli.pid, "SIGCONT");
      } catch {
        // Already gone.
      }
    }
  } finally {
    await t.close();
  }
});

test("CopilotClient keeps draining the CLI's stderr after an onStderr callback throws, so a CLI that writes a lot there does not block", async () => {
  const t = await cliTestEnv(["still answering"]);
  try {
    // A CLI that writes 1 MB to stderr before it starts: far more than a pipe holds.
    const wrapper = join(t.home, "noisy-copilot.sh");
    writeFileSync(
      wrapper,
      `#!/bin/sh\nhead -c 1000000 /dev/zero | tr '\\0' 'x' >&2\nexec ${CLI_BINARY} "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    let seen = 0;
    let threw = false;
    const reported: unknown[] = [];
    const client = t.client({
      cliPath: wrapper,
      onStderr: (text) => {
        seen += text.length;
        if (!threw) {
          threw = true;
          throw new Error("the log sink is broken");
        }
      },
      onError: (error) => reported.push(error),
    });
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    assert.equal((await session.sendAndWait("hi"))?.data.content, "still answering");
    assert.equal(seen, 1_000_000);
    assert.equal(reported.length, 1);
    assert.match(String(reported[0]), /the log sink is broken/);
  } finally {
    await t.close();
  }
});

test("CopilotClient with maxFrameBytes: a message over it fails its call (or is reported), the connection stays up, and nothing restarts", async () => {
  const big = "word ".repeat(20_000); // 100 KB
  const t = await cliTestEnv([big, "small"]);
  try {
    const reported: unknown[] = [];
    const client = t.client({ maxFrameBytes: 40_000, onError: (e) => reported.push(e) });
    const lifecycle: LifecycleEvent[] = [];
    client.on((event) => lifecycle.push(event));
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    // The assistant.message event carrying the big reply is over the cap: dropped and reported.
    await session.sendAndWait("say a lot");
    assert.ok(
      reported.some((e) => /Dropped a "session.event" message/.test(String(e))),
      reported.map(String).join("\n"),
    );
    // The history holds the big reply: its answer is over the cap, every time, with no restart.
    for (let i = 0; i < 2; i++) {
      await assert.rejects(session.getMessages(), (error: Error) => {
        assert.ok(error instanceof ProtocolError, String(error));
        assert.match(
          error.message,
          /Cannot complete "session.getMessages": its answer is \d+ bytes/,
        );
        assert.match(error.message, /maxFrameBytes/);
        return true;
      });
    }
    assert.equal(client.state, "connected");
    assert.equal((await session.sendAndWait("and now?"))?.data.content, "small");
    assert.deepEqual(lifecycle.filter((e) => e.type.startsWith("cli.")), []);
  } finally {
    await t.close();
  }
});
