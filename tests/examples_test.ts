/**
 * Runs the examples as child processes, with the runtime running this test,
 * against the real Copilot CLI and the built-in demo model (a fresh `HOME`
 * and no GitHub token, so no account is found).
 */

import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { test } from "./_test.ts";
import { exampleEnv, ROOT, runtimeCommand, SHARED_CACHE } from "./_harness/cli_env.ts";

const run = promisify(execFile);

async function runExample(
  name: string,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  mkdirSync(SHARED_CACHE, { recursive: true });
  const home = mkdtempSync(join(tmpdir(), "copilot-sdk-example-"));
  const [command, commandArgs] = runtimeCommand(join(ROOT, "examples", name));
  try {
    const { stdout, stderr } = await run(command, [...commandArgs, ...args], {
      cwd: ROOT,
      env: exampleEnv(home),
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

/**
 * Runs an example with `input` on stdin and keeps its stdout as the chunks
 * it arrived in (an answer printed delta by delta arrives in several).
 */
async function runWithInput(
  name: string,
  input: string,
): Promise<{ code: number | null; chunks: string[]; stderr: string }> {
  mkdirSync(SHARED_CACHE, { recursive: true });
  const home = mkdtempSync(join(tmpdir(), "copilot-sdk-example-"));
  const [command, commandArgs] = runtimeCommand(join(ROOT, "examples", name));
  try {
    return await new Promise((resolve, reject) => {
      const child = spawn(command, commandArgs, { cwd: ROOT, env: exampleEnv(home) });
      const chunks: string[] = [];
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => chunks.push(chunk));
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => stderr += chunk);
      const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
      child.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ code, chunks, stderr });
      });
      child.stdin.end(input);
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

test("examples/chat.ts (npm start) with the demo model: the agent asks to read README.md, reads it with the view tool, and streams what it found", async () => {
  // "y" answers the permission prompt, "exit" ends the chat.
  const { code, chunks, stderr } = await runWithInput("chat.ts", "y\nexit\n");
  const stdout = chunks.join("");
  assert.equal(code, 0, `exit code ${code}; stderr:\n${stderr}\nstdout:\n${stdout}`);
  assert.match(stdout, /using the built-in demo model/);
  assert.match(stdout, /> What is in README\.md\?/);
  const readme = join(ROOT, "README.md");
  assert.ok(
    stdout.includes(`[tool] view {"path":${JSON.stringify(readme)}`),
    `the tool call is shown:\n${stdout}`,
  );
  assert.ok(
    stdout.includes(`[permission] The agent wants to read ${readme}. Allow? [y/N] y`),
    `the permission prompt is shown:\n${stdout}`,
  );
  assert.match(stdout, /\[tool\] view done/);
  const answer = /\[demo model\] I read README\.md with the view tool[^\n]*/.exec(stdout)?.[0];
  assert.ok(answer, stdout);
  assert.match(answer, /It begins "# @copilot-sdk\/copilot", and goes on: "A TypeScript SDK/);
  // Streamed: the answer arrived in pieces (a chunk of stdout ends inside it).
  const start = stdout.indexOf(answer);
  let offset = 0;
  const ends = chunks.map((chunk) => offset += chunk.length);
  assert.ok(
    ends.some((end) => end > start && end < start + answer.length),
    "the answer arrived in pieces, as it streamed",
  );
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
