// End-to-end tests of CopilotClient against the real Copilot CLI, with a
// scripted model server behind a BYOK provider.

import assert from "node:assert/strict";
import process from "node:process";
import {
  ConnectionClosedError,
  CopilotClient,
  type LifecycleEvent,
  ProcessError,
  type SessionLifecycleEvent,
} from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { copilotChildren } from "../_harness/processes.ts";
import { test } from "../_test.ts";

test("CopilotClient.start() handshakes with the real CLI; getStatus/getAuthStatus/ping answer", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client({ autoStart: false });
    await client.start();
    assert.equal(client.state, "connected");
    const status = await client.getStatus();
    assert.equal(status.protocolVersion, 3);
    assert.match(status.version, /^\d+\.\d+\.\d+/);
    const auth = await client.getAuthStatus();
    assert.equal(auth.isAuthenticated, false);
    const pong = await client.ping("hello");
    assert.match(pong.message, /hello/);
  } finally {
    await t.close();
  }
});

test("CopilotClient with autoStart: false rejects calls before start() with a hint", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client({ autoStart: false });
    await assert.rejects(client.ping(), (error: Error) => {
      assert.match(error.message, /call start\(\) first/);
      return true;
    });
    assert.equal(copilotChildren().length, 0);
  } finally {
    await t.close();
  }
});

test("CopilotClient.stop() destroys sessions, ends the CLI and leaves no child process", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    assert.equal(copilotChildren().length, 1);
    const errors = await client.stop();
    assert.deepEqual(errors, []);
    assert.equal(session.destroyed, true);
    assert.equal(client.state, "disconnected");
    assert.deepEqual(copilotChildren(), []);
  } finally {
    await t.close();
  }
});

test("CopilotClient.forceStop() kills the CLI and leaves no child process", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client();
    await client.start();
    assert.equal(copilotChildren().length, 1);
    await client.forceStop();
    assert.deepEqual(copilotChildren(), []);
  } finally {
    await t.close();
  }
});

test("CopilotClient.start() rejects with the CLI's exit code and stderr when it cannot run", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client({ cliArgs: ["--no-such-flag-for-this-test"] });
    await assert.rejects(client.start(), (error: Error) => {
      assert.ok(error instanceof ConnectionClosedError, String(error));
      assert.notEqual(error.exitCode, 0);
      assert.match(error.message, /exit code/);
      assert.match(error.stderrTail + error.message, /no-such-flag-for-this-test/);
      return true;
    });
    assert.deepEqual(copilotChildren(), []);
  } finally {
    await t.close();
  }
});

test("CopilotClient.start() rejects with ProcessError naming the path when the CLI is missing", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client({ cliPath: "/nonexistent/copilot-cli" });
    await assert.rejects(client.start(), (error: Error) => {
      assert.ok(error instanceof ProcessError, String(error));
      assert.match(error.message, /"\/nonexistent\/copilot-cli"/);
      assert.match(error.message, /cliPath/);
      return true;
    });
  } finally {
    await t.close();
  }
});

test("CopilotClient.createSession() refuses a provider without a model before starting the CLI", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client();
    await assert.rejects(client.createSession({ provider: t.provider }), (error: Error) => {
      assert.ok(error instanceof TypeError);
      assert.match(error.message, /"model" is missing/);
      return true;
    });
    await assert.rejects(
      client.createSession({
        model: MODEL,
        provider: { type: "openai", baseUrl: "https://example.openai.azure.com/openai" },
      }),
      /set "provider.type" to "azure"/,
    );
    assert.equal(client.state, "disconnected");
    assert.deepEqual(copilotChildren(), []);
    assert.equal(t.model.requests.length, 0);
  } finally {
    await t.close();
  }
});

test("CopilotClient.listSessions()/resumeSession()/deleteSession() manage stored sessions", async () => {
  const t = await cliTestEnv(["First answer", "Second answer"]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const id = session.sessionId;
    await session.sendAndWait("Remember the word pelican");
    await session.destroy();

    const listed = await client.listSessions();
    assert.ok(listed.some((s) => s.sessionId === id), "the session is listed");
    assert.equal(await client.getLastSessionId(), id);

    const resumed = await client.resumeSession(id, { model: MODEL, provider: t.provider });
    assert.equal(resumed.sessionId, id);
    const history = await resumed.getMessages();
    assert.ok(
      history.some((e) => e.type === "user.message" && e.data.content.includes("pelican")),
      "history holds the earlier prompt",
    );
    const reply = await resumed.sendAndWait("What was the word?");
    assert.equal(reply?.data.content, "Second answer");
    // The model saw the earlier turn: the CLI sent the history with the new prompt.
    const sent = JSON.stringify(t.model.requests[1].messages);
    assert.match(sent, /pelican/);
    assert.match(sent, /First answer/);
    await resumed.destroy();

    await client.deleteSession(id);
    const after = await client.listSessions();
    assert.ok(!after.some((s) => s.sessionId === id), "the session is gone");
  } finally {
    await t.close();
  }
});

test("CopilotClient.deleteSession() of a session still open here ends its object too", async () => {
  const t = await cliTestEnv(["First answer"]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    await session.sendAndWait("hello");
    await client.deleteSession(session.sessionId);
    assert.equal(session.destroyed, true);
    await assert.rejects(session.send("again"), /was destroyed/);
    await session.destroy();
    assert.ok(!(await client.listSessions()).some((s) => s.sessionId === session.sessionId));
  } finally {
    await t.close();
  }
});

test("CopilotClient.on() delivers lifecycle events and unsubscribes", async () => {
  const t = await cliTestEnv();
  try {
    const client = t.client();
    const all: LifecycleEvent[] = [];
    const created: SessionLifecycleEvent[] = [];
    const offAll = client.on((event) => all.push(event));
    client.on("session.created", (event) => created.push(event));
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    await session.sendAndWait("hi");
    assert.ok(created.length >= 1);
    assert.ok(created.every((e) => e.type === "session.created"));
    assert.equal(created[0].sessionId, session.sessionId);
    assert.ok(all.some((e) => e.type === "session.updated"));
    offAll();
    const count = all.length;
    await client.createSession({ model: MODEL, provider: t.provider });
    assert.equal(all.length, count, "no events after unsubscribing");
    assert.ok(created.length >= 2);
  } finally {
    await t.close();
  }
});

test("CopilotClient never puts githubToken on the CLI's command line", async () => {
  const t = await cliTestEnv();
  const token = "ghp_testSecretToken1234567890";
  try {
    const client = t.client({ githubToken: token });
    await client.start();
    const [child] = copilotChildren();
    const { readFileSync } = await import("node:fs");
    const argv = readFileSync(`/proc/${child.pid}/cmdline`, "utf8").split("\0");
    assert.ok(argv.includes("--auth-token-env"));
    assert.ok(!argv.some((arg) => arg.includes(token)), "token not in argv");
    const environ = readFileSync(`/proc/${child.pid}/environ`, "utf8").split("\0");
    assert.ok(environ.includes(`COPILOT_GITHUB_TOKEN=${token}`), "token in the env");
  } finally {
    await t.close();
  }
});

test("CopilotClient rejects pending calls at once with the exit status when the CLI dies", async () => {
  const t = await cliTestEnv([{ hang: true }]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const turn = session.sendAndWait("this never finishes", { timeout: 60_000 });
    await t.model.waitForRequests(1);
    const [child] = copilotChildren();
    process.kill(child.pid, "SIGKILL");
    await assert.rejects(turn, (error: Error) => {
      assert.ok(error instanceof ConnectionClosedError, String(error));
      assert.equal(error.signal, "SIGKILL");
      assert.match(error.message, /SIGKILL/);
      return true;
    });
    assert.equal(client.state, "error");
  } finally {
    await t.close();
  }
});

test("CopilotClient implements Symbol.asyncDispose as stop()", async () => {
  const t = await cliTestEnv();
  try {
    // `await using` is not parsed by Node 22, so the disposer is called as it would call it.
    const client = new CopilotClient({ env: t.env, useLoggedInUser: false, cwd: t.home });
    await client.start();
    assert.equal(copilotChildren().length, 1);
    await client[Symbol.asyncDispose]();
    assert.equal(client.state, "disconnected");
    assert.deepEqual(copilotChildren(), []);
  } finally {
    await t.close();
  }
});
