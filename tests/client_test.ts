// CopilotClient in-process: the client runs over an in-memory transport with
// a scripted CLI at the far end (tests/_harness/scripted_cli.ts), so its
// handshake, routing, crash handling, restart and re-attach are tested in
// milliseconds on every runtime. The e2e tests (tests/e2e/) do the same
// against the real CLI.

import assert from "node:assert/strict";
import {
  ConnectionClosedError,
  type LifecycleEvent,
  ProtocolError,
  RpcError,
  SdkError,
  type SessionEvent,
} from "../mod.ts";
import { ScriptedCli, settle } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

function hasCode(code: string) {
  return (error: unknown) => {
    assert.ok(error instanceof SdkError, String(error));
    assert.equal(error.code, code, String(error));
    return true;
  };
}

test("CopilotClient.start() does the connect handshake and reports connected", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    assert.equal(client.state, "disconnected");
    await client.start();
    assert.equal(client.state, "connected");
    assert.deepEqual(cli.calls("connect"), [{}]);
    assert.equal((await client.ping("hi")).message, "pong: hi");
  } finally {
    assert.deepEqual(await client.stop(), []);
  }
  assert.equal(client.state, "disconnected");
  assert.equal(cli.calls("runtime.shutdown").length, 1);
});

test("CopilotClient.start() falls back to ping on a CLI without connect, and refuses another protocol version", async () => {
  const old = new ScriptedCli({
    connect: () => {
      throw new RpcError(-32601, "Unhandled method connect");
    },
  });
  const client = old.client();
  try {
    await client.start();
    assert.equal(old.calls("ping").length, 1);
  } finally {
    await client.stop();
  }
  const v2 = new ScriptedCli({ connect: () => ({ ok: true, protocolVersion: 2, version: "0.9" }) });
  const refused = v2.client();
  try {
    await assert.rejects(refused.start(), (error: Error) => {
      assert.ok(error instanceof ProtocolError, String(error));
      assert.equal(error.code, "PROTOCOL_VERSION_MISMATCH");
      assert.match(error.message, /protocol version 2 but this SDK speaks version 3/);
      return true;
    });
    assert.equal(refused.state, "error");
  } finally {
    await refused.stop();
  }
});

test("CopilotClient with autoStart: false refuses calls before start() with CLIENT_NOT_STARTED", async () => {
  const cli = new ScriptedCli();
  const client = cli.client({ autoStart: false });
  await assert.rejects(client.ping(), hasCode("CLIENT_NOT_STARTED"));
  assert.equal(cli.launches, 0);
  await client.start();
  assert.match((await client.ping("x")).message, /x/);
  await client.stop();
});

test("CopilotClient calls during stop() fail with CLIENT_STOPPING", async () => {
  let release!: () => void;
  const cli = new ScriptedCli({
    "session.destroy": () => new Promise<object>((resolve) => release = () => resolve({})),
  });
  const client = cli.client();
  await client.createSession();
  const stopping = client.stop();
  await settle();
  await assert.rejects(client.createSession(), hasCode("CLIENT_STOPPING"));
  release();
  assert.deepEqual(await stopping, []);
});

test("CopilotClient routes each session event to its own session and ignores unknown sessions", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    const a = await client.createSession({ sessionId: "a" });
    const b = await client.createSession({ sessionId: "b" });
    const seen: string[] = [];
    a.on((event) => seen.push(`a:${event.type}`));
    b.on("assistant.message", (event) => seen.push(`b:${event.data.content}`));
    await cli.emit("a", "assistant.turn_start", { turnId: "1" });
    await cli.emit("b", "assistant.message", { messageId: "x", content: "hello" });
    await cli.emit("b", "assistant.turn_start", { turnId: "2" });
    await cli.emit("nobody", "assistant.message", { messageId: "y", content: "lost" });
    await settle();
    assert.deepEqual(seen, ["a:assistant.turn_start", "b:hello"]);
    assert.equal(a.workspacePath, "/scripted/a");
  } finally {
    await client.stop();
  }
});

test("CopilotClient reports malformed session.event and session.lifecycle notifications to onError as ProtocolError", async () => {
  const cli = new ScriptedCli();
  const errors: unknown[] = [];
  const client = cli.client({ onError: (error) => errors.push(error) });
  try {
    await client.start();
    await cli.notify("session.event", { sessionId: "a", event: { type: 7 } });
    await cli.notify("session.lifecycle", { type: "session.created" });
    await settle();
    assert.equal(errors.length, 2);
    for (const error of errors) assert.ok(error instanceof ProtocolError, String(error));
    assert.match(String(errors[0]), /Malformed "session.event"/);
  } finally {
    await client.stop();
  }
});

test("CopilotClient answers a CLI request for an unknown session, or of an unknown method, with an error", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    await client.start();
    await assert.rejects(
      cli.request("userInput.request", { sessionId: "nobody", question: "?" }),
      (error: Error) => {
        assert.ok(error instanceof RpcError, String(error));
        assert.match(error.message, /unknown session nobody/);
        return true;
      },
    );
    await assert.rejects(cli.request("factory.execute", { sessionId: "x" }), (error: Error) => {
      assert.ok(error instanceof RpcError, String(error));
      assert.equal(error.rpcCode, -32601);
      return true;
    });
  } finally {
    await client.stop();
  }
});

test("CopilotClient.on() delivers lifecycle notifications by type and unsubscribes", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  const all: LifecycleEvent[] = [];
  const created: string[] = [];
  const off = client.on((event) => all.push(event));
  client.on("session.created", (event) => created.push(event.sessionId));
  try {
    await client.start();
    await cli.notify("session.lifecycle", { type: "session.created", sessionId: "s1" });
    await cli.notify("session.lifecycle", { type: "session.deleted", sessionId: "s1" });
    await settle();
    off();
    await cli.notify("session.lifecycle", { type: "session.created", sessionId: "s2" });
    await settle();
    assert.deepEqual(all.map((e) => e.type), ["session.created", "session.deleted"]);
    assert.deepEqual(created, ["s1", "s2"]);
  } finally {
    await client.stop();
  }
});

test("CopilotClient.onLifecycle() (the official SDK's name) subscribes to session lifecycle events like on(), every type or one, and unsubscribes; the SDK's cli.* events are on()'s only", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  const all: string[] = [];
  const deleted: string[] = [];
  const off = client.onLifecycle((event) => all.push(event.type));
  // Detached from the client object, as a callback would be passed around.
  const { onLifecycle } = client;
  onLifecycle("session.deleted", (event) => deleted.push(event.sessionId));
  try {
    await client.start();
    await cli.notify("session.lifecycle", { type: "session.created", sessionId: "s1" });
    await cli.notify("session.lifecycle", { type: "session.deleted", sessionId: "s1" });
    await settle();
    off();
    await cli.notify("session.lifecycle", { type: "session.deleted", sessionId: "s2" });
    await settle();
    assert.deepEqual(all, ["session.created", "session.deleted"]);
    assert.deepEqual(deleted, ["s1", "s2"]);
    // The SDK's own cli.* events go to on() only: onLifecycle() is the session lifecycle.
    const sdkEvents: string[] = [];
    client.on((event) => sdkEvents.push(event.type));
    const sessionEvents: string[] = [];
    client.onLifecycle((event) => sessionEvents.push(event.type));
    await cli.crash(1);
    await settle();
    assert.deepEqual(sdkEvents, ["cli.exited"]);
    assert.deepEqual(sessionEvents, []);
  } finally {
    await client.stop();
  }
});

test("CopilotClient rejects pending calls at once when the CLI exits, with the exit code and stderr tail, and tells sessions and subscribers", async () => {
  const cli = new ScriptedCli({ "session.send": () => new Promise(() => {}) });
  const client = cli.client();
  const lifecycle: LifecycleEvent[] = [];
  client.on((event) => lifecycle.push(event));
  try {
    const session = await client.createSession({ sessionId: "s" });
    const events: SessionEvent[] = [];
    session.on((event) => events.push(event));
    const sending = session.send("hangs");
    await settle();
    await cli.crash(3, "fatal: out of cheese");
    await assert.rejects(sending, (error: Error) => {
      assert.ok(error instanceof ConnectionClosedError, String(error));
      assert.equal(error.exitCode, 3);
      assert.match(error.stderrTail, /out of cheese/);
      return true;
    });
    assert.equal(client.state, "error");
    const exited = lifecycle.find((e) => e.type === "cli.exited");
    assert.ok(exited?.type === "cli.exited" && exited.willRestart);
    const error = events.find((e) => e.type === "session.error");
    assert.ok(error?.type === "session.error");
    assert.equal(error.data.errorType, "cli_exited");
  } finally {
    await client.stop();
  }
});

test("CopilotClient restarts after a crash on the next call and re-attaches sessions: resume for one that had a message, create for one that had none", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  const restarted: string[][] = [];
  client.on("cli.restarted", (event) => restarted.push(event.sessionIds.sort()));
  try {
    const talked = await client.createSession({ sessionId: "talked", model: "m1" });
    await client.createSession({ sessionId: "quiet", model: "m2" });
    await cli.emit("talked", "user.message", { content: "hi", messageId: "m0" });
    await settle();
    await cli.crash(1);
    await settle();
    await talked.send("again");
    assert.equal(cli.launches, 2);
    const second = cli.received.filter((r) => r.launch === 2).map((r) => r.method);
    assert.ok(second.includes("session.resume") && second.includes("session.create"), `${second}`);
    assert.deepEqual(cli.calls("session.resume").map((p) => [p.sessionId, p.model]), [[
      "talked",
      "m1",
    ]]);
    const recreated = cli.received.filter((r) => r.launch === 2 && r.method === "session.create");
    assert.deepEqual(recreated.map((r) => [r.params.sessionId, r.params.model]), [["quiet", "m2"]]);
    assert.deepEqual(restarted, [["quiet", "talked"]]);
  } finally {
    await client.stop();
  }
});

test("CopilotClient with autoRestart: false fails calls after a crash with CLI_EXITED until start()", async () => {
  const cli = new ScriptedCli();
  const client = cli.client({ autoRestart: false });
  try {
    await client.start();
    await cli.crash(1);
    await settle();
    await assert.rejects(client.ping(), hasCode("CLI_EXITED"));
    assert.equal(cli.launches, 1);
    await client.start();
    assert.match((await client.ping("back")).message, /back/);
  } finally {
    await client.stop();
  }
});

test("CopilotClient stops restarting after 5 crashes in the window with RESTART_LIMIT", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    await client.start();
    for (let crash = 1; crash <= 5; crash++) {
      await cli.crash(1);
      await settle();
      if (crash < 5) await client.ping();
    }
    await assert.rejects(client.ping(), hasCode("RESTART_LIMIT"));
    assert.equal(cli.launches, 5);
  } finally {
    await client.stop();
  }
});

test("CopilotClient.stop() and forceStop() end open sessions: their calls fail with SESSION_DESTROYED", async () => {
  for (const stop of ["stop", "forceStop"] as const) {
    const cli = new ScriptedCli();
    const client = cli.client();
    const session = await client.createSession();
    await client[stop]();
    assert.equal(session.destroyed, true);
    await assert.rejects(session.send("late"), hasCode("SESSION_DESTROYED"));
    assert.equal(cli.calls("session.destroy").length, stop === "stop" ? 1 : 0, stop);
  }
});

test("CopilotClient.deleteSession() ends an open session object of it and refuses what the CLI refuses", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    const session = await client.createSession({ sessionId: "gone" });
    await client.deleteSession("gone");
    await assert.rejects(session.send("x"), hasCode("SESSION_DESTROYED"));
    cli.answer("session.delete", () => ({ success: false, error: "no such session" }));
    await assert.rejects(client.deleteSession("other"), (error: Error) => {
      assert.ok(error instanceof RpcError, String(error));
      assert.match(error.message, /Cannot delete session "other": no such session/);
      return true;
    });
  } finally {
    await client.stop();
  }
});

test("CopilotClient.createSession() refuses a tool named like a built-in before creating the session", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    await assert.rejects(
      client.createSession({ tools: [{ name: "bash", handler: () => "" }] }),
      /tool "bash" has the name of a built-in CLI tool; set overridesBuiltInTool: true/,
    );
    assert.equal(cli.calls("session.create").length, 0);
    await client.createSession({
      tools: [{ name: "bash", overridesBuiltInTool: true, handler: () => "" }],
    });
    assert.equal(cli.calls("tools.list").length, 1, "the built-in names are fetched once");
  } finally {
    await client.stop();
  }
});
