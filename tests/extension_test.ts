// joinSession() (`./extension`) in-process: the join (src/_extension.ts) over
// an in-memory link to a scripted CLI (tests/_harness/scripted_cli.ts), and
// the transport over the process's own stdio (src/transport/parent.ts) over
// plain streams. tests/e2e/extension_test.ts runs the same with the real CLI
// starting the extension.

import assert from "node:assert/strict";
import { type } from "arktype";
import process from "node:process";
import { approveAll, defineTool, SdkError } from "../mod.ts";
import { joinWith } from "../src/_extension.ts";
import type { Connector } from "../src/_supervisor.ts";
import { joinSession, type JoinSessionConfig } from "../src/extension.ts";
import { parentTransport } from "../src/transport/parent.ts";
import { ScriptedCli, settle } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

const echo = defineTool("echo", {
  description: "Echoes a word",
  parameters: type({ word: "string" }),
  skipPermission: true,
  handler: ({ word }) => `echo ${word}`,
});

test("joinSession: connects, then resumes the named session with its tools, without a resume event or a permission handler", async () => {
  const cli = new ScriptedCli();
  const session = await joinWith(cli.connector(false), "s-1", { tools: [echo] });
  try {
    assert.equal(session.sessionId, "s-1");
    const methods = cli.received.map((r) => r.method);
    assert.equal(methods[0], "connect");
    assert.ok(!methods.includes("session.create"), methods.join(", "));
    const [resume] = cli.calls("session.resume");
    assert.equal(resume.sessionId, "s-1");
    assert.equal(resume.disableResume, true);
    assert.equal(resume.requestPermission, false);
    assert.equal(resume.requestUserInput, false);
    assert.deepEqual(resume.tools.map((t: { name: string }) => t.name), ["echo"]);
    assert.equal(resume.tools[0].skipPermission, true);
  } finally {
    await cli.crash(0);
  }
  // The CLI is not the extension's to shut down, nor to restart.
  await settle(10);
  assert.deepEqual(cli.calls("runtime.shutdown"), []);
  assert.equal(cli.launches, 1);
});

test("joinSession: the CLI's call of the extension's tool is answered with its result", async () => {
  const cli = new ScriptedCli();
  const answered = new Promise<void>((resolve) =>
    cli.answer("session.tools.handlePendingToolCall", () => (resolve(), { success: true }))
  );
  const session = await joinWith(cli.connector(false), "s-2", { tools: [echo] });
  try {
    await cli.emit(session.sessionId, "external_tool.requested", {
      requestId: "r1",
      toolCallId: "c1",
      toolName: "echo",
      arguments: { word: "hi" },
    });
    await answered;
    assert.deepEqual(cli.calls("session.tools.handlePendingToolCall"), [
      { sessionId: "s-2", requestId: "r1", result: "echo hi" },
    ]);
  } finally {
    await cli.crash(0);
  }
});

test("joinSession: options pass through (suppressResumeEvent: false, a permission handler, hooks), not extensionSdkPath", async () => {
  const cli = new ScriptedCli();
  const config: JoinSessionConfig = {
    suppressResumeEvent: false,
    onPermissionRequest: () => ({ kind: "reject" }),
    hooks: { onPreToolUse: () => undefined },
  };
  // @ts-expect-error: extensionSdkPath is for the session's host
  config.extensionSdkPath = "/sdk";
  await joinWith(cli.connector(false), "s-3", config);
  try {
    const [resume] = cli.calls("session.resume");
    assert.equal(resume.disableResume, false);
    assert.equal(resume.requestPermission, true);
    assert.equal(resume.hooks, true);
    assert.equal("extensionSdkPath" in resume, false);
  } finally {
    await cli.crash(0);
  }
});

test("joinSession: when the CLI goes away, the session's calls fail and nothing restarts it", async () => {
  const cli = new ScriptedCli();
  const errors: unknown[] = [];
  const session = await joinWith(cli.connector(false), "s-4", {
    onError: (error) => errors.push(error),
  });
  await cli.crash(0);
  await settle(10);
  await assert.rejects(session.send("hi"), (error: unknown) => error instanceof SdkError);
  assert.equal(cli.launches, 1);
});

test("joinSession: without SESSION_ID (not started by the CLI) it rejects NOT_AN_EXTENSION and connects nothing", async () => {
  const cli = new ScriptedCli();
  for (const id of [undefined, ""]) {
    await assert.rejects(
      joinWith(cli.connector(false), id, { tools: [echo] }),
      (error: unknown) =>
        error instanceof SdkError && error.hasCode("NOT_AN_EXTENSION") &&
        error.message.includes("SESSION_ID"),
    );
  }
  assert.equal(cli.launches, 0);
});

test(
  "joinSession() (the entry point) rejects NOT_AN_EXTENSION outside an extension",
  async () => {
    await assert.rejects(
      joinSession(),
      (error: unknown) => error instanceof SdkError && error.hasCode("NOT_AN_EXTENSION"),
    );
  },
  // Inside a program the CLI started, it would join for real.
  { ignore: process.env.SESSION_ID !== undefined },
);

test("parentTransport: reads stdin and writes stdout; closed resolves when stdin ends", async () => {
  let feed!: ReadableStreamDefaultController<Uint8Array>;
  const stdin = new ReadableStream<Uint8Array>({ start: (c) => void (feed = c) });
  const written: string[] = [];
  const stdout = new WritableStream<Uint8Array>({
    write: (chunk) => void written.push(new TextDecoder().decode(chunk)),
  });
  const transport = parentTransport({ stdin, stdout });
  const reader = transport.readable.getReader();
  feed.enqueue(new TextEncoder().encode("in"));
  assert.equal(new TextDecoder().decode((await reader.read()).value), "in");
  const writer = transport.writable.getWriter();
  await writer.write(new TextEncoder().encode("out"));
  assert.deepEqual(written, ["out"]);
  let closed = false;
  transport.closed.then(() => closed = true);
  await settle();
  assert.equal(closed, false);
  feed.close();
  assert.equal((await reader.read()).done, true);
  assert.deepEqual(await transport.closed, { code: null, signal: null, stderrTail: "" });
  await writer.close();
});

test("parentTransport: close() ends reading at once, a read in progress included", async () => {
  let cancelled = false;
  const stdin = new ReadableStream<Uint8Array>({ cancel: () => void (cancelled = true) });
  const transport = parentTransport({ stdin, stdout: new WritableStream() });
  const reader = transport.readable.getReader();
  const read = reader.read();
  await transport.close();
  assert.equal((await read).done, true);
  assert.equal(cancelled, true);
  await transport.closed;
});

test("createSession({ requestExtensions: true }) asks the CLI to start the session's extensions; a non-boolean, or no onPermissionRequest (the extension's join would wait for ever), is refused", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    await client.createSession({ requestExtensions: true, onPermissionRequest: approveAll });
    await client.createSession();
    assert.deepEqual(cli.calls("session.create").map((p) => p.requestExtensions), [
      true,
      undefined,
    ]);
    await assert.rejects(
      // @ts-expect-error: requestExtensions is a boolean
      client.createSession({ requestExtensions: "yes" }),
      /"requestExtensions" must be true or false/,
    );
    await assert.rejects(
      client.createSession({ requestExtensions: true }),
      /"requestExtensions" needs "onPermissionRequest"/,
    );
    assert.equal(cli.calls("session.create").length, 2);
  } finally {
    await client.stop();
  }
});

test("joinSession({ requestedEnvironmentVariables }): asks the CLI for them and sets only the asked-for names it granted", async () => {
  const cli = new ScriptedCli({
    "session.resume": (params) => ({
      sessionId: params.sessionId,
      grantedEnvironmentVariables: { GITHUB_TOKEN: "ghp_x", SMUGGLED: "no", OTHER: 42 },
    }),
  });
  const set: Array<[string, string]> = [];
  await joinWith(
    cli.connector(false),
    "s-5",
    { requestedEnvironmentVariables: ["GITHUB_TOKEN", "OTHER"] },
    undefined,
    (name, value) => set.push([name, value]),
  );
  try {
    assert.deepEqual(cli.calls("session.resume")[0].requestedEnvironmentVariables, [
      "GITHUB_TOKEN",
      "OTHER",
    ]);
    assert.deepEqual(set, [["GITHUB_TOKEN", "ghp_x"]]);
  } finally {
    await cli.crash(0);
  }
});

test("joinSession({ requestedEnvironmentVariables }): an empty list is not sent; a bad one is refused before connecting", async () => {
  const cli = new ScriptedCli();
  await joinWith(cli.connector(false), "s-6", { requestedEnvironmentVariables: [] });
  try {
    assert.equal("requestedEnvironmentVariables" in cli.calls("session.resume")[0], false);
  } finally {
    await cli.crash(0);
  }
  for (const bad of ["GITHUB_TOKEN", [""], [1]]) {
    await assert.rejects(
      // deno-lint-ignore no-explicit-any
      joinWith(cli.connector(false), "s-7", { requestedEnvironmentVariables: bad as any }),
      /"requestedEnvironmentVariables" must be an array of variable names/,
    );
  }
  assert.equal(cli.launches, 1);
});

test("joinSession: a join the CLI refuses rejects and lets go of the CLI's link (so the program can exit); a bad option rejects rather than throws", async () => {
  const cli = new ScriptedCli({
    "session.resume": () => {
      throw new Error("environment variables refused");
    },
  });
  let closed = 0;
  const connector: Connector = async (signal) => {
    const link = await cli.connector(false)(signal);
    const transport = link.transport as { close(): Promise<void> };
    const close = transport.close.bind(transport);
    transport.close = () => {
      closed++;
      return close();
    };
    return link;
  };
  await assert.rejects(joinWith(connector, "s-8"), /environment variables refused/);
  assert.equal(closed, 1);
  const joining = joinWith(cli.connector(false), "s-9", { onError: "log" as never });
  assert.ok(joining instanceof Promise);
  await assert.rejects(joining, /"onError" must be a function/);
});
