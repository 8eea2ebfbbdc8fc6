// The session file system with the real CLI: a session created by one client
// (its own HOME and CLI process) is kept through the program's provider, and
// another client with another HOME and CLI resumes it with its history.

import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { memorySessionFs } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { test } from "../_test.ts";

test("CopilotClient sessionFs + createSessionFsProvider: a session created by client A (its own HOME) is resumed by client B (another HOME) with its history, and nothing is written to either CLI's session folder", async () => {
  const a = await cliTestEnv(["Noted: the code word is PELICAN"]);
  const b = await cliTestEnv(["You said PELICAN"]);
  const cwd = mkdtempSync(join(tmpdir(), "copilot-sdk-fs-"));
  try {
    const store = new Map();
    const sessionFs = {
      initialCwd: cwd,
      sessionStatePath: "/sessions",
      conventions: "posix",
    } as const;
    const clientA = a.client({ sessionFs });
    const first = await clientA.createSession({
      model: MODEL,
      provider: a.provider,
      createSessionFsProvider: () => memorySessionFs(store),
    });
    assert.equal(
      (await first.sendAndWait("Remember the code word PELICAN"))?.data.content,
      "Noted: the code word is PELICAN",
    );
    await first.destroy();
    await clientA.stop();
    assert.ok(
      [...store.keys()].some((path) => path.startsWith("/sessions")),
      [...store.keys()].join("\n"),
    );

    const clientB = b.client({ sessionFs });
    const again = await clientB.resumeSession(first.sessionId, {
      model: MODEL,
      provider: b.provider,
      createSessionFsProvider: () => memorySessionFs(store),
    });
    const history = await again.getMessages();
    assert.ok(
      history.some((e) => e.type === "user.message" && /PELICAN/.test(e.data.content)),
      "the history came back",
    );
    assert.equal(
      (await again.sendAndWait("What was the code word?"))?.data.content,
      "You said PELICAN",
    );
    // The next model request carries the earlier turn.
    assert.match(JSON.stringify(b.model.requests[0].messages), /Remember the code word PELICAN/);
    for (const home of [a.home, b.home]) {
      const state = join(home, ".copilot", "session-state");
      const kept = existsSync(state) ? readdirSync(state) : [];
      assert.ok(!kept.includes(first.sessionId), `${state} holds the session`);
    }
  } finally {
    await a.close();
    await b.close();
    rmSync(cwd, { recursive: true, force: true });
  }
});
