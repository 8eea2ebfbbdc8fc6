/**
 * Bring your own model ("BYOK"): the CLI talks to a model provider of yours
 * instead of GitHub Copilot's models, so no GitHub account is needed.
 *
 * ```sh
 * # Any OpenAI-compatible server (Ollama, vLLM, LiteLLM, OpenAI itself...):
 * COPILOT_PROVIDER_BASE_URL=http://127.0.0.1:11434/v1 COPILOT_MODEL=llama3.2 \
 *   deno run -A examples/byok.ts
 * # Azure OpenAI (COPILOT_MODEL is the deployment name):
 * COPILOT_PROVIDER_TYPE=azure COPILOT_PROVIDER_BASE_URL=https://my-resource.openai.azure.com \
 *   COPILOT_PROVIDER_API_KEY=... COPILOT_MODEL=gpt-4o deno run -A examples/byok.ts
 * # Anthropic:
 * COPILOT_PROVIDER_TYPE=anthropic COPILOT_PROVIDER_BASE_URL=https://api.anthropic.com \
 *   COPILOT_PROVIDER_API_KEY=... COPILOT_MODEL=claude-sonnet-4-5 deno run -A examples/byok.ts
 * # Nothing set: the built-in demo model, itself an OpenAI-compatible server.
 * deno run -A examples/byok.ts
 * ```
 *
 * A prompt may follow on the command line (default: "What is 2+2?").
 * `bun examples/byok.ts` and `node examples/byok.ts` work too.
 *
 * @module
 */

import process from "node:process";
import { CopilotClient, type ProviderConfig } from "../mod.ts";
import { type DemoModel, startDemoModel } from "./_demo_model.ts";

const env = process.env;
const prompt = process.argv.slice(2).join(" ") || "What is 2+2?";

/** The provider and model to use, from the environment. */
function fromEnvironment(baseUrl: string): { model: string; provider: ProviderConfig } {
  const model = env.COPILOT_MODEL;
  if (!model) {
    throw new Error(
      "COPILOT_PROVIDER_BASE_URL is set but COPILOT_MODEL is not: set the model name",
    );
  }
  const apiKey = env.COPILOT_PROVIDER_API_KEY || undefined;
  switch (env.COPILOT_PROVIDER_TYPE || "openai") {
    case "openai":
      // OpenAI and every OpenAI-compatible server. `wireApi: "responses"` selects
      // OpenAI's Responses API instead of chat completions.
      return { model, provider: { type: "openai", baseUrl, apiKey } };
    case "azure":
      // Azure OpenAI: `model` is the deployment's name.
      return {
        model,
        provider: {
          type: "azure",
          baseUrl, // https://<resource>.openai.azure.com
          apiKey,
          azure: { apiVersion: env.COPILOT_AZURE_API_VERSION || "2024-10-21" },
        },
      };
    case "anthropic":
      // Anthropic's Messages API.
      return { model, provider: { type: "anthropic", baseUrl, apiKey } };
    default:
      throw new Error(
        `COPILOT_PROVIDER_TYPE is "${env.COPILOT_PROVIDER_TYPE}": use "openai", "azure" or "anthropic"`,
      );
  }
}

// No GitHub account: do not look for a signed-in user.
const client = new CopilotClient({ useLoggedInUser: false });
let demo: DemoModel | undefined;
try {
  let config: { model: string; provider: ProviderConfig };
  if (env.COPILOT_PROVIDER_BASE_URL) {
    config = fromEnvironment(env.COPILOT_PROVIDER_BASE_URL);
  } else {
    demo = await startDemoModel();
    console.log("(COPILOT_PROVIDER_BASE_URL is not set: using the built-in demo model)");
    config = { model: demo.model, provider: { type: "openai", baseUrl: demo.url, apiKey: "demo" } };
  }
  console.log(
    `[byok] ${config.provider.type} at ${config.provider.baseUrl}, model ${config.model}`,
  );

  const session = await client.createSession({ ...config, streaming: true });
  session.on("assistant.message_delta", (event) => process.stdout.write(event.data.deltaContent));
  await session.sendAndWait({ prompt });
  process.stdout.write("\n");
  await session.destroy();
} catch (error) {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await client.stop();
  await demo?.close();
}
