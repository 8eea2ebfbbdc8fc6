// memorySessionFs() and the sessionFs.* responders, in-process: what the CLI
// asks (read, write, stat, readdir...) is answered from the session's
// provider, errors as ENOENT/UNKNOWN results, and the client tells the CLI
// about the provider after the handshake.

import assert from "node:assert/strict";
import { memorySessionFs } from "../mod.ts";
import { ScriptedCli } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

test("memorySessionFs() keeps files and directories, errs with ENOENT, and shares a map between providers", async () => {
  const shared = new Map();
  const fs = memorySessionFs(shared);
  await fs.writeFile("/s/a/events.jsonl", "one\n");
  await fs.appendFile("/s/a/events.jsonl", "two\n");
  assert.equal(await memorySessionFs(shared).readFile("/s/a/events.jsonl"), "one\ntwo\n");
  assert.deepEqual(await fs.readdir("/s"), ["a"]);
  assert.deepEqual(await fs.readdirWithTypes("/s/a"), [{ name: "events.jsonl", type: "file" }]);
  const stat = await fs.stat("/s/a/events.jsonl");
  assert.equal(stat.isFile, true);
  assert.equal(stat.size, 8);
  assert.equal((await fs.stat("/s")).isDirectory, true);
  await assert.rejects(
    fs.readFile("/nope"),
    (error: Error & { code?: string }) => error.code === "ENOENT",
  );
  await fs.rename("/s/a", "/s/b");
  assert.equal(await fs.exists("/s/a/events.jsonl"), false);
  assert.equal(await fs.readFile("/s/b/events.jsonl"), "one\ntwo\n");
  await assert.rejects(fs.rm("/s", false, false));
  await fs.rm("/s", true, false);
  assert.equal(await fs.exists("/s/b"), false);
  await fs.rm("/gone", false, true);
  await assert.rejects(
    fs.mkdir("/x/y", false),
    (error: Error & { code?: string }) => error.code === "ENOENT",
  );
  await fs.mkdir("/x/y", true);
  assert.equal((await fs.stat("/x")).isDirectory, true);
});

test("CopilotClient with sessionFs: setProvider after the handshake, sessionFs.* answered from createSessionFsProvider, and a session without one refused", async () => {
  const cli = new ScriptedCli({ "sessionFs.setProvider": () => ({ success: true }) });
  const sessionFs = {
    initialCwd: "/work",
    sessionStatePath: "/state",
    conventions: "posix",
  } as const;
  const client = cli.client({ sessionFs });
  try {
    const store = new Map();
    const session = await client.createSession({
      sessionId: "f",
      createSessionFsProvider: (s) => {
        assert.equal(s.sessionId, "f");
        return memorySessionFs(store);
      },
    });
    assert.deepEqual(cli.calls("sessionFs.setProvider"), [sessionFs]);
    assert.equal(
      await cli.request("sessionFs.writeFile", {
        sessionId: "f",
        path: "/state/f/a.txt",
        content: "hi",
      }),
      null,
    );
    assert.deepEqual(
      await cli.request("sessionFs.readFile", { sessionId: "f", path: "/state/f/a.txt" }),
      {
        content: "hi",
      },
    );
    assert.deepEqual(
      await cli.request("sessionFs.readFile", { sessionId: "f", path: "/missing" }),
      {
        content: "",
        error: { code: "ENOENT", message: 'ENOENT: no such file or directory, "/missing"' },
      },
    );
    assert.deepEqual(await cli.request("sessionFs.exists", { sessionId: "f", path: "/state" }), {
      exists: true,
    });
    assert.deepEqual(await cli.request("sessionFs.readdir", { sessionId: "f", path: "/state/f" }), {
      entries: ["a.txt"],
    });
    await assert.rejects(cli.request("sessionFs.sqliteExists", { sessionId: "f" }), /no SQLite/);
    assert.equal(session.sessionId, "f");
    await assert.rejects(client.createSession(), /needs createSessionFsProvider/);
  } finally {
    await client.stop();
  }
  assert.throws(
    () =>
      cli.client({ sessionFs: { initialCwd: "/w", sessionStatePath: "", conventions: "posix" } }),
    /"sessionFs\.sessionStatePath" must be a non-empty path/,
  );
});
