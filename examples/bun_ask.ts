#!/usr/bin/env bun
/**
 * A one-shot Bun script: ask Copilot something, with what is piped on stdin
 * attached to the prompt, and get the answer on stdout. Runs as
 * `bun examples/bun_ask.ts` or, being executable, `./examples/bun_ask.ts`.
 *
 * ```sh
 * bun examples/bun_ask.ts "What is 2+2?"
 * git diff --staged | bun examples/bun_ask.ts "Write a commit message for this diff"
 * echo "What is 6*7?" | ./examples/bun_ask.ts
 * ```
 *
 * It uses Bun's own APIs (`Bun.argv`, `Bun.stdin`, `Bun.write`); the SDK
 * itself runs the CLI with `Bun.spawn` under Bun. The model is chosen as in
 * `examples/basic.ts`; with no token or provider, the built-in demo model
 * answers. Exits with 1 and a message on stderr when the turn fails.
 *
 * @module
 */

import process from "node:process";
import { CopilotClient } from "../mod.ts";
import { exampleModel } from "./_demo_model.ts";

// Bun's globals used here, typed so that the file type-checks without bun-types.
declare const Bun: {
  argv: string[];
  stdin: { text(): Promise<string> };
  stdout: unknown;
  stderr: unknown;
  write(destination: unknown, data: string): Promise<number>;
};

if (typeof Bun === "undefined") {
  throw new Error("Run this example with bun: bun examples/bun_ask.ts");
}

const question = Bun.argv.slice(2).join(" ");
const piped = process.stdin.isTTY ? "" : (await Bun.stdin.text()).trim();
const prompt = [question, piped].filter(Boolean).join("\n\n");
if (!prompt) {
  await Bun.write(Bun.stderr, 'Usage: bun examples/bun_ask.ts "question" (and/or pipe text in)\n');
  process.exitCode = 2;
} else {
  const model = await exampleModel();
  const client = new CopilotClient({ githubToken: model.githubToken });
  try {
    const session = await client.createSession(model.config);
    const reply = await session.sendAndWait({ prompt }, { timeout: 5 * 60_000 });
    await Bun.write(Bun.stdout, `${reply?.data.content ?? ""}\n`);
    await session.destroy();
  } catch (error) {
    await Bun.write(Bun.stderr, `Error: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 1;
  } finally {
    await client.stop();
    await model.close();
  }
}
