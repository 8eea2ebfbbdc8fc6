// The CLI's process group, with the real CLI: a Ctrl-C at the terminal (SIGINT
// to the foreground process group) reaches the program but not the CLI, so
// the program's own SIGINT handler can still use the CLI and stop it; and
// stop() ends everything the CLI process started, such as the real CLI
// behind npm's `copilot` loader script.

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { cliTestEnv, MODEL, ROOT } from "../_harness/cli_env.ts";
import { CLI_BINARY } from "../_harness/cli_server.ts";
import { test } from "../_test.ts";

/** The command line that runs a TypeScript file under the runtime running this test. */
function runtimeCommand(file: string): string[] {
  const g = globalThis as { Deno?: unknown; Bun?: unknown };
  if (g.Deno) return [process.execPath, "run", "-A", file];
  if (g.Bun) return [process.execPath, file];
  return [process.execPath, file];
}

/** Processes running `command` (a substring of their command line). */
function processesRunning(command: string): number[] {
  const out = execFileSync("ps", ["-eo", "pid=,stat=,args="], { encoding: "utf8" });
  return out.split("\n").map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 3 && !cols[1].startsWith("Z"))
    .filter((cols) => cols.slice(2).join(" ").includes(command))
    .map((cols) => Number(cols[0]));
}

test("CopilotClient: Ctrl-C (SIGINT to the terminal's process group) reaches the program, not the CLI; the program's SIGINT handler reads the history and stops cleanly", async () => {
  const t = await cliTestEnv(["an answer"]);
  try {
    const app = join(t.home, "app.ts");
    writeFileSync(
      app,
      `
import { CopilotClient } from ${JSON.stringify(join(ROOT, "mod.ts"))};
const client = new CopilotClient({ useLoggedInUser: false, env: JSON.parse(process.env.CLI_ENV) });
const session = await client.createSession({
  model: ${JSON.stringify(MODEL)},
  provider: { type: "openai", baseUrl: process.env.MODEL_URL, apiKey: "test" },
});
await session.sendAndWait("hi");
process.on("SIGINT", async () => {
  const events = await session.getMessages();
  await session.destroy();
  const errors = await client.stop();
  console.log(JSON.stringify({ events: events.length, errors: errors.map(String) }));
  process.exit(0);
});
console.log("ready");
`,
    );
    const [command, ...args] = runtimeCommand(app);
    // Its own process group, as a shell gives a foreground job.
    const child = spawn(command, args, {
      cwd: t.home,
      detached: true,
      env: {
        ...process.env,
        CLI_ENV: JSON.stringify(t.env),
        MODEL_URL: t.model.url,
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout!.on("data", (d) => out += d);
    child.stderr!.on("data", (d) => err += d);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    while (!out.includes("ready")) {
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.match(out, /ready/, err);
    process.kill(-child.pid!, "SIGINT"); // what the terminal does on Ctrl-C
    const code = await exited;
    assert.equal(code, 0, `exit ${code}\nstdout:\n${out}\nstderr:\n${err}`);
    const result = JSON.parse(out.trim().split("\n").at(-1)!);
    assert.ok(result.events > 0);
    assert.deepEqual(result.errors, []);
  } finally {
    await t.close();
  }
});

test("CopilotClient.stop() and forceStop() end the whole CLI process group (stdio and TCP): a loader script's real CLI child is not left behind", async () => {
  for (
    const [stop, useStdio] of [
      ["stop", true],
      ["forceStop", true],
      ["stop", false],
      ["forceStop", false],
    ] as const
  ) {
    const t = await cliTestEnv();
    try {
      // What npm's `copilot` bin is: a Node script that runs the native CLI as its child.
      const loader = join(t.home, "copilot-loader.mjs");
      writeFileSync(
        loader,
        `
import { spawn } from "node:child_process";
const child = spawn(${JSON.stringify(CLI_BINARY)}, process.argv.slice(2), { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 1));
`,
      );
      const marker = join(t.home, `logs-${stop}`);
      const client = t.client({ cliPath: loader, cliArgs: ["--log-dir", marker], useStdio });
      await client.start();
      assert.equal(processesRunning(marker).length, 2, "the loader and the real CLI run");
      await client[stop]();
      for (let i = 0; i < 50 && processesRunning(marker).length; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const mode = useStdio ? "stdio" : "TCP";
      assert.deepEqual(
        processesRunning(marker),
        [],
        `${stop}() (${mode}) left the real CLI running`,
      );
    } finally {
      await t.close();
    }
  }
});
