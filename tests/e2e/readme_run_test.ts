// The README's typed-answer example (session.run({ output })) runs as
// written: the block is taken from README.md, its client and session are
// pointed at a scripted model (the only change), and it runs as a program
// under the runtime running this test.

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { cliTestEnv, MODEL, ROOT } from "../_harness/cli_env.ts";
import { test } from "../_test.ts";

/** The README's ```ts block that holds `marker`. */
function readmeBlock(marker: string): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  const block = blocks.find((b) => b.includes(marker));
  assert.ok(block, `README.md has a ts block with ${marker}`);
  return block;
}

function runtimeCommand(file: string): [string, string[]] {
  const deno = (globalThis as { Deno?: { execPath(): string } }).Deno;
  if (deno) return [deno.execPath(), ["run", "-A", file]];
  return [process.execPath, [file]];
}

test("README: the typed-answer example (session.run({ output: Weather })) runs as written against a scripted model", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "final_answer", arguments: { city: "Paris", celsius: 21 } }] },
  ]);
  const file = join(ROOT, "tests", "e2e", `_readme_run_${process.pid}.ts`);
  try {
    const block = readmeBlock("output: Weather");
    const options = { env: t.env, useLoggedInUser: false, cwd: t.home };
    const program = block
      .replace('"@copilot-sdk/copilot"', '"../../mod.ts"')
      .replace("new CopilotClient()", `new CopilotClient(${JSON.stringify(options)})`)
      .replace(
        '{ model: "gpt-5" }',
        JSON.stringify({ model: MODEL, provider: t.provider }),
      );
    assert.notEqual(program, block);
    writeFileSync(file, program);
    const [command, args] = runtimeCommand(file);
    const output = await new Promise<string>((resolve, reject) => {
      execFile(command, args, { cwd: ROOT, timeout: 120_000 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stdout}${stderr}`));
        else resolve(stdout);
      });
    });
    assert.equal(output.trim(), "Paris: 21.0 C");
    assert.ok(t.model.requests[0].tools.includes("final_answer"));
  } finally {
    rmSync(file, { force: true });
    await t.close();
  }
});
