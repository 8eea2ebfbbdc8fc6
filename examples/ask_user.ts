/**
 * The agent asks you a question: with `onUserInputRequest` set, the agent
 * gets the CLI's `ask_user` tool, and your handler answers it.
 *
 * ```sh
 * deno run -A examples/ask_user.ts          # answer at the prompt
 * deno run -A examples/ask_user.ts --auto   # pick the first choice
 * ```
 *
 * When stdin is not a terminal it picks the first choice too. The model is
 * chosen as in `examples/basic.ts`; with no token or provider, the built-in
 * demo model asks for your favourite colour.
 *
 * @module
 */

import process from "node:process";
import { createInterface } from "node:readline/promises";
import { CopilotClient, type UserInputHandler } from "../mod.ts";
import { exampleModel } from "./_demo_model.ts";

const auto = process.argv.includes("--auto") || !process.stdin.isTTY;

const onUserInputRequest: UserInputHandler = async ({ question, choices }) => {
  console.log(`[question] ${question}`);
  choices?.forEach((choice, i) => console.log(`  ${i + 1}. ${choice}`));
  if (auto && choices?.length) {
    console.log(`[answer] ${choices[0]} (picked automatically)`);
    return { answer: choices[0], wasFreeform: false };
  }
  if (auto) return { answer: "I'd rather not say", wasFreeform: true };
  const lines = createInterface({ input: process.stdin, output: process.stdout });
  const line = (await lines.question("> ")).trim();
  lines.close();
  // A choice's number or text picks it; anything else is a free-form answer.
  const picked = choices?.[Number(line) - 1] ?? choices?.find((choice) => choice === line);
  return picked ? { answer: picked, wasFreeform: false } : { answer: line, wasFreeform: true };
};

const model = await exampleModel();
const client = new CopilotClient({ githubToken: model.githubToken });
try {
  const session = await client.createSession({ ...model.config, onUserInputRequest });
  const reply = await session.sendAndWait({
    prompt: "Ask me my favourite colour, then tell me what I answered.",
  });
  console.log(reply?.data.content);
  await session.destroy();
} finally {
  await client.stop();
  await model.close();
}
