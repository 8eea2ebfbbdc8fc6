/**
 * Runs more examples as child processes (BYOK provider, hooks, resuming a
 * session, the Bun script) against the real Copilot CLI and the built-in
 * demo model, or a scripted model server this test owns, with a fresh `HOME`
 * and no GitHub token. Like `examples_test.ts`, each example runs with the
 * runtime running this test; `bun_ask.ts` always runs with bun, so its tests
 * run under `bun test` only.
 */

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "./_test.ts";
import { exampleEnv, ROOT, runtimeCommand, SHARED_CACHE } from "./_harness/cli_env.ts";
import { ModelServer } from "./_harness/model_server.ts";

const underBun = (globalThis as { Bun?: unknown }).Bun !== undefined;

interface RunOptions {
  /** Arguments after the file. */
  args?: string[];
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Written to stdin, which is then closed (it is closed at once without it). */
  input?: string;
  /** Run with bun, whatever runs the test. */
  bun?: boolean;
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `examples/<name>` in a fresh HOME with no GitHub token. */
async function runExample(name: string, options: RunOptions = {}): Promise<RunResult> {
  mkdirSync(SHARED_CACHE, { recursive: true });
  const home = mkdtempSync(join(tmpdir(), "copilot-sdk-example-"));
  const env = exampleEnv(home, options.env);
  const file = join(ROOT, "examples", name);
  const [command, args] = options.bun
    ? [join(ROOT, "node_modules", ".bin", "bun"), [file]]
    : runtimeCommand(file);
  try {
    return await new Promise<RunResult>((resolve, reject) => {
      const child = spawn(command, [...args, ...(options.args ?? [])], {
        cwd: ROOT,
        env,
        stdio: ["pipe", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => stdout += chunk);
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => stderr += chunk);
      const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
      child.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
      child.stdin.end(options.input ?? "");
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

test("examples/byok.ts talks to the demo model as an OpenAI-compatible provider", async () => {
  const { code, stdout, stderr } = await runExample("byok.ts");
  assert.equal(code, 0, `exit code ${code}; stderr:\n${stderr}`);
  assert.match(stdout, /\[byok\] openai at http:\/\/127\.0\.0\.1:\d+\/v1, model copilot-sdk-demo/);
  assert.match(stdout, /\[demo model\] 2 \+ 2 = 4/);
});

test("examples/byok.ts uses the provider URL and model from the environment", async () => {
  const server = await ModelServer.start(["Hello from your own server"]);
  try {
    const { code, stdout, stderr } = await runExample("byok.ts", {
      args: ["Say", "hello"],
      env: {
        COPILOT_PROVIDER_BASE_URL: server.url,
        COPILOT_MODEL: "my-model",
        COPILOT_PROVIDER_API_KEY: "sk-test",
      },
    });
    assert.equal(code, 0, `exit code ${code}; stderr:\n${stderr}`);
    assert.match(stdout, /\[byok\] openai at http:\/\/127\.0\.0\.1:\d+\/v1, model my-model/);
    assert.match(stdout, /Hello from your own server/);
    const request = server.requests.find((r) => r.lastUserText().includes("Say hello"));
    assert.ok(request, "the prompt reached the provider");
    assert.equal(request.body.model, "my-model");
  } finally {
    await server.close();
  }
});

test("examples/byok.ts refuses a provider URL without a model, saying what to set", async () => {
  const { code, stdout, stderr } = await runExample("byok.ts", {
    env: { COPILOT_PROVIDER_BASE_URL: "http://127.0.0.1:9/v1" },
  });
  assert.equal(code, 1, `stdout:\n${stdout}`);
  assert.match(stderr, /COPILOT_PROVIDER_BASE_URL is set but COPILOT_MODEL is not/);
});

test("examples/hooks.ts: hooks log the session, allow the tool and change its result", async () => {
  const { code, stdout, stderr } = await runExample("hooks.ts");
  assert.equal(code, 0, `exit code ${code}; stderr:\n${stderr}`);
  const hooks = stdout.split("\n").filter((line) => line.startsWith("[hook]"));
  assert.deepEqual(hooks, [
    "[hook] session start (new)",
    "[hook] prompt: What is the weather in Paris?",
    '[hook] allow get_weather {"city":"Paris"}',
    "[hook] get_weather returned: Sunny and 22°C in Paris",
    "[hook] agent stop (end_turn)",
  ]);
  // The model got the result as the post-tool-use hook changed it.
  assert.match(
    stdout,
    /\[demo model\] The tool said: Sunny and 22°C in Paris \(checked by a hook\)/,
  );
});

test("examples/resume.ts resumes the session with a new CLI process and its history", async () => {
  const { code, stdout, stderr } = await runExample("resume.ts");
  assert.equal(code, 0, `exit code ${code}; stderr:\n${stderr}`);
  assert.match(stdout, /\[first client\] \[demo model\] 2 \+ 2 = 4/);
  assert.match(stdout, /\[stored\] [0-9a-f-]{36}/);
  assert.match(
    stdout,
    /\[history\] user: What is 2\+2\?\n\[history\] assistant: \[demo model\] 2 \+ 2 = 4/,
  );
  // The model saw the earlier turn: the CLI sent the resumed history with the new prompt.
  assert.match(stdout, /\[second client\] \[demo model\] Before this you asked: "What is 2\+2\?"/);
});

test(
  "examples/bun_ask.ts answers a prompt argument and piped stdin (runs under bun test only)",
  async () => {
    const asked = await runExample("bun_ask.ts", { bun: true, args: ["What is 2+2?"] });
    assert.equal(asked.code, 0, `exit code ${asked.code}; stderr:\n${asked.stderr}`);
    assert.match(asked.stdout, /^\[demo model\] 2 \+ 2 = 4$/m);

    const piped = await runExample("bun_ask.ts", { bun: true, input: "What is 6*7?\n" });
    assert.equal(piped.code, 0, `exit code ${piped.code}; stderr:\n${piped.stderr}`);
    assert.match(piped.stdout, /^\[demo model\] 6 \* 7 = 42$/m);
  },
  { ignore: !underBun },
);

test(
  "examples/bun_ask.ts without a prompt prints its usage and exits with 2 (runs under bun test only)",
  async () => {
    const { code, stdout, stderr } = await runExample("bun_ask.ts", { bun: true });
    assert.equal(code, 2, `stdout:\n${stdout}`);
    assert.match(stderr, /^Usage: bun examples\/bun_ask\.ts/);
  },
  { ignore: !underBun },
);
