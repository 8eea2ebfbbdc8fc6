// Calls that used to hang, against the real CLI: a CLI that stops answering
// (SIGSTOP), an onStderr callback that throws while the CLI writes a lot to
// stderr, and messages over the frame cap.

import assert from "node:assert/strict";
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import {
  ConnectionClosedError,
  defineTool,
  type LifecycleEvent,
  ProtocolError,
} from "../../mod.ts";
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
      const aborted = client.listSessions(undefined, { signal: controller.signal });
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

test("CopilotSession sends a lone UTF-16 surrogate (a prompt or tool result cut mid-emoji) as U+FFFD, so the CLI takes the frame and the turn completes", async () => {
  const emoji = "😀";
  const t = await cliTestEnv([
    { toolCalls: [{ name: "cut", arguments: {} }] },
    "took both",
  ]);
  try {
    const client = t.client();
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [defineTool("cut", { skipPermission: true, handler: () => `half ${emoji[0]} of it` })],
    });
    const reply = await session.sendAndWait(`prompt with ${emoji[1]} half an emoji`, {
      timeout: 50_000,
    });
    assert.equal(reply?.data.content, "took both");
    const sent = JSON.stringify(t.model.requests.map((r) => r.messages));
    assert.match(sent, /prompt with \ufffd half an emoji/);
    assert.match(sent, /half \ufffd of it/);
  } finally {
    await t.close();
  }
});

test("CopilotClient rejects pending calls when the CLI exits even though a process it started still holds its stdout", async () => {
  const t = await cliTestEnv([{ hang: true }]);
  try {
    // The CLI starts a long-lived process that inherits its stdout, then runs.
    const wrapper = join(t.home, "copilot-with-grandchild.sh");
    writeFileSync(wrapper, `#!/bin/sh\nsleep 60 &\nexec ${CLI_BINARY} "$@"\n`);
    chmodSync(wrapper, 0o755);
    const client = t.client({ cliPath: wrapper });
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const turn = session.sendAndWait("hangs", { timeout: 50_000 });
    await t.model.waitForRequests(1);
    const cli = copilotChildren().find((c) => c.command.includes(CLI_BINARY))!;
    process.kill(cli.pid, "SIGKILL");
    await assert.rejects(turn, (error: Error) => {
      assert.ok(error instanceof ConnectionClosedError, String(error));
      assert.equal(error.signal, "SIGKILL");
      return true;
    });
    assert.equal(client.state, "error");
  } finally {
    await t.close();
  }
});
