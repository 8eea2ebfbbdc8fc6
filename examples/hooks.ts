/**
 * Hooks: callbacks the CLI runs at points of a session's life. Here they log
 * the session's start and end and every prompt, decide tool calls instead of
 * a permission handler (allow your own tool, deny anything else), and
 * change a tool's result before the model sees it.
 *
 * ```sh
 * deno run -A examples/hooks.ts
 * ```
 *
 * The model is chosen as in `examples/basic.ts`; with no token or provider,
 * the built-in demo model calls the tool.
 *
 * @module
 */

import { type } from "arktype";
import { CopilotClient, defineTool, type SessionHooks } from "../mod.ts";
import { exampleModel } from "./_demo_model.ts";

const getWeather = defineTool("get_weather", {
  description: "Get the current weather in a city",
  parameters: type({ city: "string" }),
  handler: ({ city }) => `Sunny and 22°C in ${city}`,
});

const hooks: SessionHooks = {
  onSessionStart: ({ source }) => {
    console.log(`[hook] session start (${source})`);
  },
  onUserPromptSubmitted: ({ prompt }) => {
    console.log(`[hook] prompt: ${prompt}`);
    // Returning `{ modifiedPrompt }` would change it; nothing means "no change".
  },
  // Decides tool calls: "allow" runs the tool without asking for permission,
  // "deny" refuses it and tells the model why.
  onPreToolUse: ({ toolName, toolArgs }) => {
    if (toolName === "get_weather") {
      console.log(`[hook] allow ${toolName} ${JSON.stringify(toolArgs)}`);
      return { permissionDecision: "allow" };
    }
    console.log(`[hook] deny ${toolName}`);
    return { permissionDecision: "deny", permissionDecisionReason: "Only get_weather may run" };
  },
  // Changes the result the model gets.
  onPostToolUse: ({ toolName, toolResult }) => {
    console.log(`[hook] ${toolName} returned: ${toolResult.textResultForLlm}`);
    return {
      modifiedResult: {
        ...toolResult,
        textResultForLlm: `${toolResult.textResultForLlm} (checked by a hook)`,
      },
    };
  },
  onErrorOccurred: ({ error, errorContext }) => {
    console.log(`[hook] error in ${errorContext}: ${error}`);
  },
  onAgentStop: ({ stopReason }) => {
    console.log(`[hook] agent stop (${stopReason})`);
  },
};

const model = await exampleModel();
const client = new CopilotClient({
  githubToken: model.githubToken,
  // A hook that throws does not break the turn: the error arrives here.
  onError: (error) => console.error(`[error] ${error instanceof Error ? error.message : error}`),
});
try {
  const session = await client.createSession({ ...model.config, tools: [getWeather], hooks });
  const reply = await session.sendAndWait({ prompt: "What is the weather in Paris?" });
  console.log(reply?.data.content);
  await session.destroy();
} finally {
  await client.stop();
  await model.close();
}
