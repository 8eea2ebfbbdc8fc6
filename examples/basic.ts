/**
 * The smallest program: one streamed question to Copilot.
 *
 * ```sh
 * GITHUB_TOKEN=... deno run -A examples/basic.ts
 * ```
 *
 * With `COPILOT_PROVIDER_BASE_URL` and `COPILOT_MODEL` set it uses that
 * OpenAI-compatible model; with neither those nor a token it uses the
 * built-in demo model, whose replies are scripted.
 *
 * @module
 */

import process from "node:process";
import { CopilotClient, type SessionConfig } from "../mod.ts";
import { startDemoModel } from "./_demo_model.ts";

const { COPILOT_PROVIDER_BASE_URL, COPILOT_MODEL } = process.env;
const token = process.env.COPILOT_GITHUB_TOKEN || process.env.GH_TOKEN ||
  process.env.GITHUB_TOKEN;
const demo = COPILOT_PROVIDER_BASE_URL || token ? undefined : await startDemoModel();

let config: SessionConfig = { model: COPILOT_MODEL || "gpt-5" };
if (COPILOT_PROVIDER_BASE_URL) {
  config.provider = {
    type: "openai",
    baseUrl: COPILOT_PROVIDER_BASE_URL,
    apiKey: process.env.COPILOT_PROVIDER_API_KEY,
  };
} else if (demo) {
  console.log("(no GitHub token: using the built-in demo model — replies are scripted)");
  config = { model: demo.model, provider: { type: "openai", baseUrl: demo.url, apiKey: "demo" } };
}

const client = new CopilotClient({ githubToken: token });
try {
  const session = await client.createSession({ ...config, streaming: true });
  session.on("assistant.message_delta", (event) => process.stdout.write(event.data.deltaContent));
  await session.sendAndWait({ prompt: "What is 2+2?" });
  process.stdout.write("\n");
  await session.destroy();
} finally {
  await client.stop();
  await demo?.close();
}
