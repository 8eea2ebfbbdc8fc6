// End-to-end tests of `joinSession()` (`./extension`) against the real
// Copilot CLI: a session opened with `requestExtensions: true` makes the CLI
// start the project's `.github/extensions/<name>/extension.mjs`; the program
// (tests/_harness/extension_program.ts) joins the session over its own stdio
// and declares a tool; the scripted model calls the tool, and its result
// reaches the model. The program runs under this test's runtime (the
// launcher the CLI starts hands it the CLI's stdio) or in the CLI's own Node.

import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import process from "node:process";
import { approveAll, type ExtensionToLaunch, type PermissionRequest } from "../../mod.ts";
import { type CliTestEnv, cliTestEnv, MODEL, ROOT, runtimeCommand } from "../_harness/cli_env.ts";
import type { RecordedRequest } from "../_harness/model_server.ts";
import { test } from "../_test.ts";

const PROGRAM = join(ROOT, "tests", "_harness", "extension_program.ts");
const LAUNCHER = join(ROOT, "tests", "_harness", "extension_launcher.mjs");

/** This test's runtime, as the extension program names it. */
function runtimeName(): string {
  const g = globalThis as { Deno?: unknown; Bun?: unknown };
  return g.Deno ? "deno" : g.Bun ? "bun" : `node ${process.version}`;
}

/** A project with the launcher as its extension `sdk-echo`, and the CLI's environment. */
function project(t: CliTestEnv, ownRuntime: boolean) {
  const work = join(t.home, "work");
  mkdirSync(join(work, ".github", "extensions", "sdk-echo"), { recursive: true });
  copyFileSync(LAUNCHER, join(work, ".github", "extensions", "sdk-echo", "extension.mjs"));
  // Project extensions are found from the git root.
  execFileSync("git", ["init", "--quiet"], { cwd: work });
  const log = join(t.home, "extension.log");
  writeFileSync(log, "");
  const env: Record<string, string> = {
    ...t.env,
    COPILOT_CLI_ENABLED_FEATURE_FLAGS: "EXTENSIONS",
    SDK_TEST_EXTENSION_LOG: log,
    SDK_TEST_EXTENSION_PROGRAM: PROGRAM,
  };
  if (process.env.DENO_DIR) env.DENO_DIR = process.env.DENO_DIR;
  if (ownRuntime) env.SDK_TEST_EXTENSION_COMMAND = JSON.stringify(runtimeCommand(PROGRAM).flat());
  return { work, env, lines: () => readFileSync(log, "utf8").split("\n").filter(Boolean) };
}

/** Waits until `check` returns something, or fails after `ms`. */
async function until<T>(what: string, check: () => T | undefined, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function toolMessages(request: RecordedRequest): string[] {
  return request.messages.filter((m) => m.role === "tool").map((m) => String(m.content));
}

async function roundTrip(ownRuntime: boolean, expectRuntime: (name: string) => void) {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "extension_echo", arguments: { word: "hello" } }] },
    "The extension answered",
  ]);
  try {
    const { work, env, lines } = project(t, ownRuntime);
    const client = t.client({ env, cwd: work });
    const permissions: PermissionRequest[] = [];
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      requestExtensions: true,
      onPermissionRequest: (request) => {
        permissions.push(request);
        return approveAll();
      },
    });
    const joined = await until(
      "the extension to join",
      () => lines().find((l) => l.startsWith("joined ") || l.startsWith("failed ")),
    );
    const [, sessionId, runtime, pid] = joined.match(/^joined (\S+) on (.+) pid (\d+)$/) ??
      assert.fail(joined);
    assert.equal(lines()[0], "launched");
    assert.equal(sessionId, session.sessionId);
    expectRuntime(runtime);
    // The tool skips permission prompts: the CLI asked the session's handler first.
    assert.deepEqual(
      permissions.map((p) => p.kind),
      ["extension-permission-access"],
    );

    const reply = await session.sendAndWait("Echo hello with the extension");
    assert.equal(reply?.data.content, "The extension answered");
    // The model was offered the extension's tool, and got its result.
    const offered = t.model.requests[0].body.tools.map(
      (x: { function: { name: string } }) => x.function.name,
    );
    assert.ok(offered.includes("extension_echo"), offered.join(", "));
    assert.deepEqual(toolMessages(t.model.requests[1]), [`echo hello from ${runtime}`]);
    assert.ok(lines().includes("called hello"), lines().join("\n"));

    // The extension ends with the CLI: stopping the client leaves no process behind.
    await client.stop();
    await until("the extension to exit", () => alive(Number(pid)) ? undefined : true, 10_000);
  } finally {
    await t.close();
  }
}

test(`joinSession(): an extension run on ${runtimeName()} joins the session; the model calls its tool and gets the result`, async () => {
  await roundTrip(true, (runtime) => assert.equal(runtime, runtimeName()));
});

test("joinSession(): an extension run in the CLI's own Node joins the session; the model calls its tool and gets the result", async () => {
  await roundTrip(false, (runtime) => assert.match(runtime, /^node v24\./));
});

test("a session without requestExtensions starts no extension", async () => {
  const t = await cliTestEnv(["ok"]);
  try {
    const { work, env, lines } = project(t, false);
    const client = t.client({ env, cwd: work });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: approveAll,
    });
    assert.equal((await session.sendAndWait("hi"))?.data.content, "ok");
    assert.deepEqual(lines(), []);
  } finally {
    await t.close();
  }
});

for (const answer of ["approve-once", "reject"] as const) {
  test(
    `joinSession({ requestedEnvironmentVariables }): the CLI asks the session's handler; ${
      answer === "reject"
        ? "refused, the join fails"
        : "granted, the value is set before the join resolves"
    }`,
    async () => {
      const t = await cliTestEnv(["ok"]);
      try {
        const { work, env, lines } = project(t, true);
        // A variable the CLI keeps from extensions.
        env.OPENAI_API_KEY = "sk-test-granted";
        env.SDK_TEST_EXTENSION_ENV = "OPENAI_API_KEY";
        const client = t.client({ env, cwd: work });
        const permissions: PermissionRequest[] = [];
        await client.createSession({
          model: MODEL,
          provider: t.provider,
          requestExtensions: true,
          onPermissionRequest: (request) => {
            permissions.push(request);
            return request.kind === "extension-env-access" ? { kind: answer } : approveAll();
          },
        });
        const end = await until(
          "the extension to join or fail",
          () => lines().find((l) => l.startsWith("joined ") || l.startsWith("failed ")),
        );
        const asked = permissions.find((p) => p.kind === "extension-env-access");
        assert.deepEqual(asked && { ...asked }, {
          kind: "extension-env-access",
          extensionName: "project:sdk-echo",
          environmentVariables: ["OPENAI_API_KEY"],
        });
        assert.equal(lines()[1], "before OPENAI_API_KEY=unset");
        if (answer === "reject") {
          assert.match(end, /^failed /);
          assert.ok(!lines().some((l) => l.startsWith("after ")), lines().join("\n"));
        } else {
          assert.match(end, /^joined /);
          assert.ok(lines().includes("after OPENAI_API_KEY=sk-test-granted"), lines().join("\n"));
        }
      } finally {
        await t.close();
      }
    },
  );
}

test(`CopilotClient extensionLauncher: the real CLI asks how to start each extension it finds, and runs the program it is given (here on ${runtimeName()}) on its stdio; the model calls its tool`, async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "extension_echo", arguments: { word: "launched" } }] },
    "done",
  ]);
  try {
    const { work, env, lines } = project(t, false);
    const asked: ExtensionToLaunch[] = [];
    const [executable, args] = runtimeCommand(PROGRAM);
    const client = t.client({
      env,
      cwd: work,
      extensionLauncher: (extension) => {
        asked.push(extension);
        return {
          executable,
          args,
          env: { SDK_TEST_EXTENSION_LOG: env.SDK_TEST_EXTENSION_LOG },
        };
      },
    });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      requestExtensions: true,
      onPermissionRequest: approveAll,
    });
    const joined = await until(
      "the extension to join",
      () => lines().find((l) => l.startsWith("joined ") || l.startsWith("failed ")),
    );
    // The CLI ran our program, not its extension.mjs (which would have logged "launched").
    assert.ok(!lines().includes("launched"), lines().join("\n"));
    assert.match(joined, new RegExp(`^joined ${session.sessionId} on ${runtimeName()} pid \\d+$`));
    assert.equal(asked.length, 1);
    assert.equal(asked[0].name, "sdk-echo");
    assert.equal(asked[0].source, "project");
    assert.match(asked[0].modulePath, /\.github\/extensions\/sdk-echo\/extension\.mjs$/);
    assert.equal((await session.sendAndWait("Echo"))?.data.content, "done");
    assert.deepEqual(toolMessages(t.model.requests[1]), [`echo launched from ${runtimeName()}`]);
    // The program the CLI ran for us ends with the CLI.
    await client.stop();
    const pid = Number(joined.split(" pid ")[1]);
    await until("the extension to exit", () => alive(pid) ? undefined : true, 10_000);
  } finally {
    await t.close();
  }
});

test("CopilotClient extensionLauncher that gives nothing: the extension is not started, and the session works", async () => {
  const t = await cliTestEnv(["ok"]);
  try {
    const { work, env, lines } = project(t, false);
    let asked = 0;
    const client = t.client({ env, cwd: work, extensionLauncher: () => void asked++ });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      requestExtensions: true,
      onPermissionRequest: approveAll,
    });
    await until("the launcher to be asked", () => asked > 0 || undefined);
    assert.equal((await session.sendAndWait("hi"))?.data.content, "ok");
    assert.deepEqual(lines(), []);
  } finally {
    await t.close();
  }
});
