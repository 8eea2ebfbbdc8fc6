// The testing entry through the real CLI: examples/agent_test.ts (the test of
// an agent with one tool shown in the README, with a ScriptedModel) passes
// under the test runner of the runtime running this test, and the README
// shows exactly that file.

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { type } from "arktype";
import { defineTool } from "../../mod.ts";
import { ScriptedModel } from "../../src/testing.ts";
import { cliTestEnv, ROOT, SHARED_CACHE } from "../_harness/cli_env.ts";
import { test } from "../_test.ts";

const EXAMPLE = join(ROOT, "examples", "agent_test.ts");

/** This runtime's test runner, on one file. */
function testCommand(file: string): [string, string[]] {
  const g = globalThis as { Deno?: { execPath(): string }; Bun?: unknown };
  if (g.Deno) return [g.Deno.execPath(), ["test", "-A", file]];
  if (g.Bun) return [process.execPath, ["test", file]];
  return [process.execPath, ["--test", file]];
}

test("examples/agent_test.ts (a ScriptedModel test of an agent with one tool) passes under this runtime's own test runner", async () => {
  const home = mkdtempSync(join(tmpdir(), "copilot-sdk-agent-test-"));
  try {
    const [command, args] = testCommand(EXAMPLE);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: home,
      COPILOT_HOME: join(home, ".copilot"),
      XDG_CACHE_HOME: SHARED_CACHE,
      NO_COLOR: "1",
    };
    if (process.env.DENO_DIR) env.DENO_DIR = process.env.DENO_DIR;
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(command, args, { cwd: ROOT, env, timeout: 120_000 }, (error, stdout, stderr) => {
        const exit = (error as { code?: unknown } | null)?.code;
        resolve({ code: typeof exit === "number" ? exit : error ? 1 : 0, output: stdout + stderr });
      });
    });
    assert.equal(code, 0, output);
    assert.match(output, /1 pass|pass 1|1 passed/);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

test("The README's agent test is examples/agent_test.ts with the package's import paths", () => {
  const example = readFileSync(EXAMPLE, "utf8")
    .replace('"../mod.ts"', '"@copilot-sdk/copilot"')
    .replace('"../src/testing.ts"', '"@copilot-sdk/copilot/testing"');
  const body = example.slice(example.indexOf("import assert"));
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  assert.ok(readme.includes(body), "README.md shows examples/agent_test.ts");
});

test("ScriptedModel.handler as the client's requestHandler: the CLI's model requests reach the scripted model in-process, with no HTTP server", async () => {
  const t = await cliTestEnv();
  const model = new ScriptedModel([
    { toolCalls: [{ name: "get_weather", arguments: { city: "Rome" } }] },
    (request) => `It is ${request.toolResults()[0]}`,
  ]);
  try {
    const client = t.client({ requestHandler: model.handler });
    const session = await client.createSession({
      ...model.sessionConfig,
      tools: [defineTool("get_weather", {
        parameters: type({ city: "string" }),
        skipPermission: true,
        handler: ({ city }) => `25 C in ${city}`,
      })],
    });
    const result = await session.run("Weather in Rome?");
    assert.equal(result.content, "It is 25 C in Rome");
    assert.equal(model.requests.length, 2);
    assert.equal(t.model.requests.length, 0, "nothing went over HTTP");
    assert.throws(() => model.url, /not listening/);
  } finally {
    await t.close();
    await model.close();
  }
});

test("ScriptedReply.chunkDelayMs: a test aborts a turn while its answer streams, and run() rejects with an AbortError", async () => {
  const t = await cliTestEnv();
  const model = await ScriptedModel.start([{
    content: "a long story that never ends",
    chunks: Array.from({ length: 50 }, (_, i) => `word${i} `),
    chunkDelayMs: 100,
  }]);
  try {
    const client = t.client();
    const session = await client.createSession({ ...model.sessionConfig, streaming: true });
    let deltas = 0;
    session.on("assistant.message_delta", () => {
      if (deltas++ === 0) void session.abort();
    });
    await assert.rejects(session.run("Tell me a story"), (error: Error) => {
      assert.equal(error.name, "AbortError", String(error));
      return true;
    });
    assert.ok(deltas >= 1 && deltas < 50, `the answer was cut short (${deltas} pieces)`);
  } finally {
    await t.close();
    await model.close();
  }
});
