// CopilotClient and CopilotSession at the edges a real CLI rarely shows: a CLI
// stuck in its handshake or in session.destroy, a CLI that crashes again and
// again, handlers that reject, bad timeouts, and sessions used after the
// client let go of the CLI. They run against the fake CLI (tests/_harness/
// fake_cli.mjs), whose FAKE_CLI_MODE picks the misbehaviour.

import assert from "node:assert/strict";
import { createServer, type Socket } from "node:net";
import process from "node:process";
import { fileURLToPath } from "node:url";
import {
  ConnectionClosedError,
  CopilotClient,
  type CopilotClientOptions,
  type LifecycleEvent,
  type MessageOptions,
  SdkError,
} from "../mod.ts";
import { childProcesses } from "./_harness/processes.ts";
import { test } from "./_test.ts";

const FAKE_CLI = fileURLToPath(new URL("./_harness/fake_cli.mjs", import.meta.url));

function fakeClient(mode = "", options: CopilotClientOptions = {}): CopilotClient {
  return new CopilotClient({
    cliPath: FAKE_CLI,
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", FAKE_CLI_MODE: mode },
    ...options,
  });
}

/** The fake CLI processes this test process runs. */
function fakeChildren(): number[] {
  return childProcesses().filter((c) => c.command.includes("fake_cli.mjs")).map((c) => c.pid);
}

test("CopilotClient.stop() does not hang on a CLI that never answers session.destroy: it reports the timeout and still stops the CLI", async () => {
  const client = fakeClient("silent-destroy");
  await client.createSession();
  const errors = await client.stop();
  assert.equal(errors.length, 1, errors.map(String).join("\n"));
  assert.equal((errors[0] as DOMException).name, "TimeoutError");
  assert.match(errors[0].message, /session\.destroy/);
  assert.equal(client.state, "disconnected");
  assert.deepEqual(fakeChildren(), []);
});

for (const stop of ["stop", "forceStop"] as const) {
  test(`CopilotClient.${stop}() during a start stuck in the handshake kills the CLI at once and start() rejects with CLIENT_STOPPED`, async () => {
    const client = fakeClient("silent-handshake");
    const starting = client.start();
    const failed = assert.rejects(starting, (error: Error) => {
      assert.ok(error instanceof SdkError && error.code === "CLIENT_STOPPED", String(error));
      assert.match(error.message, /stopped while the Copilot CLI was starting/);
      return true;
    });
    // Let the CLI spawn and the handshake go out.
    while (fakeChildren().length === 0) await new Promise((r) => setTimeout(r, 20));
    const result = await client[stop]();
    if (stop === "stop") assert.deepEqual(result, []);
    await failed;
    assert.deepEqual(fakeChildren(), []);
    assert.equal(client.state, "disconnected");
  });
}

test("CopilotClient.forceStop() ends its sessions: later calls say the session was destroyed, destroy() starts no CLI", async () => {
  const client = fakeClient();
  try {
    const session = await client.createSession();
    await client.forceStop();
    assert.equal(session.destroyed, true);
    await session.destroy();
    assert.equal(client.state, "disconnected", "destroy() after forceStop() started a CLI");
    assert.deepEqual(fakeChildren(), []);
    await assert.rejects(session.send("hello"), /was destroyed/);
  } finally {
    await client.stop();
  }
});

test("CopilotSession.on() reports a rejecting async handler to onError instead of crashing the process", async () => {
  const errors: unknown[] = [];
  const client = fakeClient("", { onError: (error) => errors.push(error) });
  try {
    const session = await client.createSession();
    session.on("assistant.message", async () => {
      await Promise.resolve();
      throw new Error("async handler failed");
    });
    let seen = 0;
    session.on("session.idle", () => seen++);
    const lifecycle = new Promise<void>((resolve) =>
      client.on("session.created", async () => {
        resolve();
        await Promise.resolve();
        throw new Error("async lifecycle handler failed");
      })
    );
    const reply = await session.sendAndWait("go");
    assert.equal(reply?.data.content, "fake answer");
    assert.equal(seen, 1, "the handlers after the failing one still ran");
    await client.createSession();
    await lifecycle;
    await new Promise((r) => setTimeout(r, 0));
    const messages = errors.filter((e) => e instanceof Error && /handler failed/.test(e.message))
      .map((e) => (e as Error).message).sort();
    assert.deepEqual(messages, ["async handler failed", "async lifecycle handler failed"]);
  } finally {
    await client.stop();
  }
});

test("CopilotSession.sendAndWait() waits without limit for timeout: Infinity and refuses a negative or NaN timeout", async () => {
  const client = fakeClient();
  try {
    const session = await client.createSession();
    const reply = await session.sendAndWait("go", { timeout: Infinity });
    assert.equal(reply?.data.content, "fake answer");
    for (const timeout of [-1, NaN]) {
      await assert.rejects(
        session.sendAndWait("go", { timeout }),
        (error: Error) =>
          error instanceof TypeError && /"timeout" must be a number/.test(error.message),
      );
    }
  } finally {
    await client.stop();
  }
});

test("CopilotSession.send() always sends to its own session, whatever the message object holds", async () => {
  const client = fakeClient();
  try {
    const session = await client.createSession();
    // A caller from plain JavaScript may pass anything; the fake CLI routes
    // the turn's events by the sessionId it receives.
    const message = { prompt: "go", sessionId: "someone-else" } as MessageOptions;
    const reply = await session.sendAndWait(message, { timeout: 10_000 });
    assert.equal(reply?.data.content, "fake answer");
  } finally {
    await client.stop();
  }
});

test("CopilotClient restarts a crashed CLI with no open session and says so; the crash that reaches the cap says willRestart: false; start() resets the cap", async () => {
  const client = fakeClient();
  const events: LifecycleEvent[] = [];
  client.on((event) => events.push(event));
  try {
    await client.start();
    // MAX_RESTARTS is 5 crashes in 5 minutes: 4 restarts, then none.
    for (let crash = 1; crash <= 5; crash++) {
      await assert.rejects(client.ping("crash"), (error: Error) => {
        assert.ok(error instanceof ConnectionClosedError, String(error));
        assert.equal(error.exitCode, 3);
        assert.match(error.stderrTail, /crashing on request/);
        return true;
      });
      const exited = events.filter((e) => e.type === "cli.exited");
      assert.equal(exited.length, crash);
      const last = exited[crash - 1];
      assert.equal(last.type === "cli.exited" && last.willRestart, crash < 5, `crash ${crash}`);
      if (crash < 5) {
        assert.match((await client.ping("after")).message, /after/);
        const restarted = events.filter((e) => e.type === "cli.restarted");
        assert.equal(restarted.length, crash);
        assert.deepEqual(restarted[crash - 1], { type: "cli.restarted", sessionIds: [] });
      }
    }
    await assert.rejects(client.ping("refused"), /not restarting it again automatically/);
    await client.start();
    assert.match((await client.ping("again")).message, /again/);
    await assert.rejects(client.ping("crash"), ConnectionClosedError);
    const last = events.at(-1);
    assert.equal(last?.type === "cli.exited" && last.willRestart, true);
    assert.match((await client.ping("restarted")).message, /restarted/);
  } finally {
    await client.stop();
  }
  assert.deepEqual(fakeChildren(), []);
});

test("CopilotClient with cliUrl to a listener that never answers fails within the cliUrl handshake limit, naming the address", async () => {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const client = new CopilotClient({ cliUrl: `127.0.0.1:${port}` });
  try {
    await assert.rejects(client.start(), (error: Error) => {
      assert.ok(error instanceof SdkError && error.hasCode("CONNECT_FAILED"), String(error));
      assert.match(error.message, new RegExp(`127\\.0\\.0\\.1:${port} \\(cliUrl\\)`));
      assert.match(error.message, /did not answer the handshake within 10000 ms/);
      return true;
    });
  } finally {
    await client.stop();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
});
