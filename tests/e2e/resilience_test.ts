// End-to-end tests of TCP mode, cliUrl, crashes and automatic restart
// against the real Copilot CLI.

import assert from "node:assert/strict";
import { createServer } from "node:net";
import process from "node:process";
import { ConnectionClosedError, CopilotClient, type LifecycleEvent, SdkError } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { startCliServer } from "../_harness/cli_server.ts";
import { copilotChildren } from "../_harness/processes.ts";
import { test } from "../_test.ts";

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test("CopilotClient with useStdio: false runs a full turn over TCP with a connection token", async () => {
  const t = await cliTestEnv(["over tcp"]);
  try {
    const client = t.client({ useStdio: false });
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    assert.equal((await session.sendAndWait("hi"))?.data.content, "over tcp");
    const [child] = copilotChildren();
    assert.ok(!child.command.includes("--stdio"), child.command);
    const { readFileSync } = await import("node:fs");
    const environ = readFileSync(`/proc/${child.pid}/environ`, "utf8");
    assert.match(environ, /COPILOT_CONNECTION_TOKEN=[0-9a-f-]{36}/);
    assert.deepEqual(await client.stop(), []);
    assert.deepEqual(copilotChildren(), []);
  } finally {
    await t.close();
  }
});

test("CopilotClient with cliUrl runs a full turn on a CLI started separately, and leaves it running", async () => {
  const t = await cliTestEnv(["via cliUrl", "second client"]);
  const server = await startCliServer(t.env, "test-token-1");
  try {
    for (const cliUrl of [String(server.port), `http://127.0.0.1:${server.port}`]) {
      const client = t.client({ cliUrl, connectionToken: "test-token-1" });
      const session = await client.createSession({ model: MODEL, provider: t.provider });
      assert.ok((await session.sendAndWait("hi"))?.data.content);
      assert.deepEqual(await client.stop(), []);
      assert.equal(server.child.exitCode, null, "stop() leaves a server it did not start");
    }
    assert.equal(copilotChildren().length, 1, "only the test's own server runs");
  } finally {
    await server.close();
    await t.close();
  }
});

test("CopilotClient with cliUrl and a wrong connection token is refused", async () => {
  const t = await cliTestEnv();
  const server = await startCliServer(t.env, "right-token");
  try {
    const client = t.client({
      cliUrl: `localhost:${server.port}`,
      connectionToken: "wrong-token",
      env: undefined,
    });
    await assert.rejects(client.start(), (error: Error) => {
      assert.match(error.message, /AUTHENTICATION_FAILED|auth|token/i);
      return true;
    });
  } finally {
    await server.close();
    await t.close();
  }
});

test("CopilotClient with cliUrl fails fast with the address when nothing listens there", async () => {
  const port = await closedPort();
  const t = await cliTestEnv();
  try {
    const client = t.client({ cliUrl: `127.0.0.1:${port}` });
    await assert.rejects(client.ping(), (error: Error) => {
      assert.ok(error instanceof SdkError && error.hasCode("CONNECT_FAILED"), String(error));
      assert.match(error.message, new RegExp(`127\\.0\\.0\\.1:${port}`));
      return true;
    });
    assert.deepEqual(copilotChildren(), []);
  } finally {
    await t.close();
  }
});

test("CopilotClient refuses cliUrl combined with githubToken, useLoggedInUser, cliPath or any other option that only shapes a CLI it would start (logLevel is accepted)", () => {
  for (
    const extra of [
      { githubToken: "ghp_x" },
      { useLoggedInUser: false },
      { cliPath: "copilot" },
      { env: { A: "1" } },
      { cwd: "/tmp" },
      { useStdio: false },
      { onStderr: () => {} },
    ]
  ) {
    assert.throws(() => new CopilotClient({ cliUrl: "8080", ...extra }), (error: Error) => {
      assert.ok(error instanceof TypeError);
      assert.match(
        error.message,
        new RegExp(`"cliUrl" cannot be combined with "${Object.keys(extra)[0]}"`),
      );
      assert.doesNotMatch(error.message, /ghp_x/);
      return true;
    });
  }
  // A log level applies to what the SDK logs too, so a program may set it for every client.
  assert.doesNotThrow(() => new CopilotClient({ cliUrl: "8080", logLevel: "debug" }));
  assert.throws(() => new CopilotClient({ cliUrl: "not a url at all" }), /Invalid "cliUrl"/);
  assert.throws(() => new CopilotClient({ port: 9000 }), /set useStdio: false/);
});

for (const useStdio of [true, false]) {
  const mode = useStdio ? "stdio" : "TCP";
  test(`CopilotClient (${mode}) restarts the CLI after SIGKILL and the same session completes a new turn`, async () => {
    const t = await cliTestEnv(["first turn done", { hang: true }, "after the restart"]);
    try {
      const events: LifecycleEvent[] = [];
      const client = t.client({ useStdio });
      client.on((event) => {
        if (event.type.startsWith("cli.")) events.push(event);
      });
      const session = await client.createSession({ model: MODEL, provider: t.provider });
      await session.sendAndWait("remember this turn");
      const turn = assert.rejects(
        session.sendAndWait("this hangs", { timeout: 60_000 }),
        (error: Error) => {
          assert.ok(error instanceof ConnectionClosedError, String(error));
          assert.equal(error.signal, "SIGKILL");
          assert.match(error.message, /SIGKILL/);
          return true;
        },
      );
      await t.model.waitForRequests(2);
      const [before] = copilotChildren();
      const errors: string[] = [];
      session.on("session.error", (e) => errors.push(e.data.errorType));
      process.kill(before.pid, "SIGKILL");
      await turn;
      assert.deepEqual(errors, ["cli_exited"]);
      assert.equal(events[0]?.type, "cli.exited");

      const reply = await session.sendAndWait("are you back?");
      assert.equal(reply?.data.content, "after the restart");
      const [after] = copilotChildren();
      assert.notEqual(after.pid, before.pid);
      assert.deepEqual(events.map((e) => e.type), ["cli.exited", "cli.restarted"]);
      assert.deepEqual(
        events[1].type === "cli.restarted" && events[1].sessionIds,
        [session.sessionId],
      );
      // The resumed session still has its history.
      const history = await session.getMessages();
      assert.ok(
        history.some((e) => e.type === "user.message" && e.data.content === "remember this turn"),
      );
      // And the model was sent that history after the restart.
      assert.match(JSON.stringify(t.model.requests.at(-1)!.messages), /first turn done/);
    } finally {
      await t.close();
    }
  });
}

test("CopilotClient with autoRestart: false stays stopped after a crash until start()", async () => {
  const t = await cliTestEnv(["after start()"]);
  try {
    const client = t.client({ autoRestart: false });
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const [child] = copilotChildren();
    process.kill(child.pid, "SIGKILL");
    await new Promise<void>((resolve) => client.on("cli.exited", () => resolve()));
    await assert.rejects(session.send("hi"), (error: Error) => {
      assert.ok(error instanceof SdkError && error.hasCode("CLI_EXITED"), String(error));
      assert.match(error.message, /autoRestart is false; call start\(\)/);
      return true;
    });
    assert.deepEqual(copilotChildren(), []);
    await client.start();
    assert.equal((await session.sendAndWait("hi"))?.data.content, "after start()");
  } finally {
    await t.close();
  }
});
