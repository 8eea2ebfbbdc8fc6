/**
 * Runs the examples as child processes, with the runtime running this test,
 * against the real Copilot CLI and the built-in demo model (a fresh `HOME`
 * and no GitHub token, so no account is found).
 */

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { promisify } from "node:util";
import { test } from "./_test.ts";
import { ROOT, SHARED_CACHE } from "./_harness/cli_env.ts";

const run = promisify(execFile);

/** The command that runs a TypeScript file with this test's runtime. */
function runtimeCommand(file: string): [string, string[]] {
  const deno = (globalThis as { Deno?: { execPath(): string } }).Deno;
  if (deno) return [deno.execPath(), ["run", "-A", file]];
  return [process.execPath, [file]];
}

async function runExample(
  name: string,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  mkdirSync(SHARED_CACHE, { recursive: true });
  const home = mkdtempSync(join(tmpdir(), "copilot-sdk-example-"));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: home,
    COPILOT_HOME: join(home, ".copilot"),
    XDG_CACHE_HOME: SHARED_CACHE,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_STATE_HOME: join(home, ".state"),
    NO_COLOR: "1",
  };
  // Deno keeps its compile cache under DENO_DIR (else the XDG cache).
  if (process.env.DENO_DIR) env.DENO_DIR = process.env.DENO_DIR;
  const [command, commandArgs] = runtimeCommand(join(ROOT, "examples", name));
  try {
    const { stdout, stderr } = await run(command, [...commandArgs, ...args], {
      cwd: ROOT,
      env,
      timeout: 90_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== "number") throw error;
    return { code: failed.code, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

test("examples/chat.ts answers a prompt argument with the demo model", async () => {
  const { code, stdout, stderr } = await runExample("chat.ts", ["What is 2+2?"]);
  assert.equal(code, 0, `exit code ${code}; stderr:\n${stderr}`);
  assert.match(stdout, /using the built-in demo model/);
  assert.match(stdout, /\[demo model\] 2 \+ 2 = 4/);
});

test("examples/basic.ts streams the answer of the demo model", async () => {
  const { code, stdout, stderr } = await runExample("basic.ts");
  assert.equal(code, 0, `exit code ${code}; stderr:\n${stderr}`);
  assert.match(stdout, /using the built-in demo model/);
  assert.match(stdout, /\[demo model\] 2 \+ 2 = 4/);
});

test("examples/tools.ts runs its arktype tool and the tool's result reaches the reply", async () => {
  const { code, stdout, stderr } = await runExample("tools.ts");
  assert.equal(code, 0, `exit code ${code}; stderr:\n${stderr}`);
  assert.match(stdout, /using the built-in demo model/);
  assert.match(stdout, /\[hook\] about to run get_weather \{"city":"Paris"\}/);
  assert.match(stdout, /\[permission\] custom-tool get_weather/);
  assert.match(stdout, /\[demo model\] The tool said: Sunny and 22°C in Paris/);
});

test("examples/ask_user.ts answers the agent's question with the first choice", async () => {
  const { code, stdout, stderr } = await runExample("ask_user.ts", ["--auto"]);
  assert.equal(code, 0, `exit code ${code}; stderr:\n${stderr}`);
  assert.match(stdout, /\[question\] What is your favourite colour\?/);
  assert.match(stdout, /1\. red\n\s*2\. green\n\s*3\. blue/);
  assert.match(stdout, /\[answer\] red \(picked automatically\)/);
  assert.match(stdout, /\[demo model\] The tool said: .*\bred\b/);
});

test("examples/tcp.ts does a turn over TCP with the demo model", async () => {
  const { code, stdout, stderr } = await runExample("tcp.ts");
  assert.equal(code, 0, stderr);
  assert.match(stdout, /demo model/);
  assert.match(stdout, /over TCP: \[demo model\] 6 \* 7 = 42/);
});
