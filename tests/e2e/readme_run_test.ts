// The README's examples of run() (a turn's result, a typed answer) and of
// turnResponse() run as written: each block is taken from README.md, its
// client and session are pointed at a scripted model, what it leaves to the
// reader is filled in (a session, a request), and it runs as a program under
// the runtime running this test.

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { cliTestEnv, MODEL, ROOT, runtimeCommand } from "../_harness/cli_env.ts";
import { test } from "../_test.ts";

/** The README's ```ts block that holds `marker`. */
function readmeBlock(marker: string): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  const block = blocks.find((b) => b.includes(marker));
  assert.ok(block, `README.md has a ts block with ${marker}`);
  return block;
}

test("README: the typed-answer example (session.run({ output: Weather })) runs as written against a scripted model", async () => {
  const t = await cliTestEnv([
    { toolCalls: [{ name: "final_answer", arguments: { city: "Paris", celsius: 21 } }] },
  ]);
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
    const output = await runProgram(program);
    assert.equal(output.trim(), "Paris: 21.0 C");
    assert.ok(t.model.requests[0].tools.includes("final_answer"));
  } finally {
    await t.close();
  }
});

/** Runs `program` as a file in tests/e2e/ under this runtime; resolves with its stdout. */
async function runProgram(program: string): Promise<string> {
  const file = join(ROOT, "tests", "e2e", `_readme_run_${process.pid}.ts`);
  writeFileSync(file, program);
  try {
    const [command, args] = runtimeCommand(file);
    return await new Promise<string>((resolve, reject) => {
      execFile(command, args, { cwd: ROOT, timeout: 120_000 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stdout}${stderr}`));
        else resolve(stdout);
      });
    });
  } finally {
    rmSync(file, { force: true });
  }
}

/** A client and a streaming session on the scripted model, as the README's snippets assume. */
function sessionPrelude(t: Awaited<ReturnType<typeof cliTestEnv>>): string {
  const options = { env: t.env, useLoggedInUser: false, cwd: t.home };
  const config = { model: MODEL, provider: t.provider, streaming: true };
  return `import { CopilotClient } from "../../mod.ts";
const client = new CopilotClient(${JSON.stringify(options)});
const session = await client.createSession(${JSON.stringify(config)});
`;
}

test("README: the run() example (a turn's content, tool calls, usage, events) runs as written against a scripted model", async () => {
  const t = await cliTestEnv([{ content: "Sunny and 21 C in Paris." }]);
  try {
    const block = readmeBlock('session.run("What is the weather in Paris?")');
    const program = sessionPrelude(t) + block + `
console.log(JSON.stringify({
  content: result.content,
  toolCalls: result.toolCalls.length,
  modelCalls: result.usage.modelCalls,
  first: result.events[0]?.type,
  last: result.events.at(-1)?.type,
}));
await client.stop();
`;
    const output = JSON.parse(await runProgram(program));
    assert.deepEqual(output, {
      content: "Sunny and 21 C in Paris.",
      toolCalls: 0,
      modelCalls: 1,
      first: "user.message",
      last: "session.idle",
    });
    assert.equal(t.model.requests.length, 1);
  } finally {
    await t.close();
  }
});

test("README: the turnResponse() example's handler answers a POST with the turn as Server-Sent Events, ending in turn.end done", async () => {
  const t = await cliTestEnv([{ content: "Hello from the scripted model." }]);
  try {
    const block = readmeBlock("turnResponse(session, prompt, { signal: request.signal })");
    const serve = "Deno.serve(handle); // Bun: Bun.serve({ fetch: handle })";
    assert.ok(block.includes(serve), "the block serves with Deno.serve");
    const options = { env: t.env, useLoggedInUser: false, cwd: t.home };
    const program = block
      .replace('"@copilot-sdk/copilot"', '"../../mod.ts"')
      .replace("new CopilotClient()", `new CopilotClient(${JSON.stringify(options)})`)
      .replace(
        'model: "gpt-5"',
        `model: ${JSON.stringify(MODEL)}, provider: ${JSON.stringify(t.provider)}`,
      )
      .replace(
        serve,
        `const request = new Request("http://127.0.0.1/chat", {
  method: "POST",
  body: JSON.stringify({ prompt: "Say hello" }),
});
const response = await handle(request);
const body = await response.text();
console.log(JSON.stringify({ type: response.headers.get("content-type"), body }));
await client.stop();`,
      );
    assert.ok(
      program.includes(JSON.stringify(t.provider)),
      "the session is pointed at the scripted model",
    );
    const { type, body } = JSON.parse(await runProgram(program));
    assert.match(type, /^text\/event-stream/);
    const events = body.split("\n\n").filter((frame: string) => frame.startsWith("event: "))
      .map((frame: string) => frame.split("\n")[0].slice("event: ".length));
    assert.equal(events[0], "user.message");
    assert.ok(events.includes("assistant.message_delta"), `streamed deltas in ${events}`);
    assert.ok(events.includes("assistant.message"), `the final message in ${events}`);
    assert.equal(events.at(-1), "turn.end");
    assert.match(body, /"status":"done"/);
    assert.match(body, /Hello from the scripted model\./);
  } finally {
    await t.close();
  }
});
