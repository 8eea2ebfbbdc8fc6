/**
 * A tool of your own: the agent calls `get_weather`, whose arguments are an
 * arktype type (typed in the handler, checked before it runs). A permission
 * handler approves calls to your own tools and refuses everything else, and
 * a hook logs every tool call.
 *
 * ```sh
 * deno run -A examples/tools.ts
 * ```
 *
 * The model is chosen as in `examples/basic.ts`; with no token or provider,
 * the built-in demo model calls the tool.
 *
 * @module
 */

import { type } from "arktype";
import { CopilotClient, defineTool, type PermissionHandler } from "../mod.ts";
import { exampleModel } from "./_demo_model.ts";

const getWeather = defineTool("get_weather", {
  description: "Get the current weather in a city",
  parameters: type({ city: "string" }),
  // `city` is a string here: arguments that do not fit never reach the handler.
  handler: ({ city }) => `Sunny and 22°C in ${city}`,
});

// Approve the agent's calls to our own tools; refuse shell commands, file writes...
const onPermissionRequest: PermissionHandler = (request) => {
  if (request.kind === "custom-tool") {
    console.log(`[permission] custom-tool ${request.toolName}`);
    return { kind: "approve-once" };
  }
  console.log(`[permission] ${request.kind}`);
  return { kind: "reject", feedback: "This example only runs its own tools" };
};

const model = await exampleModel();
const client = new CopilotClient({ githubToken: model.githubToken });
try {
  const session = await client.createSession({
    ...model.config,
    tools: [getWeather],
    onPermissionRequest,
    hooks: {
      onPreToolUse: ({ toolName, toolArgs }) => {
        console.log(`[hook] about to run ${toolName} ${JSON.stringify(toolArgs)}`);
      },
    },
  });
  const reply = await session.sendAndWait({ prompt: "What is the weather in Paris?" });
  console.log(reply?.data.content);
  await session.destroy();
} finally {
  await client.stop();
  await model.close();
}
