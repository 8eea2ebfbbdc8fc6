// A test of an agent with one tool, with no model and no account: the
// scripted model (from the SDK's `testing` entry) plays the model's part
// through the real Copilot CLI. It runs with `deno test -A`, `bun test` and
// `node --test` alike (all three run `node:test`).

import assert from "node:assert/strict";
import { test } from "node:test";
import { type } from "arktype";
import { CopilotClient, defineTool } from "../mod.ts";
import { ScriptedModel } from "../src/testing.ts";

const getWeather = defineTool("get_weather", {
  description: "The current weather in a city",
  parameters: type({ city: "string" }),
  skipPermission: true,
  handler: ({ city }) => `21 C and sunny in ${city}`,
});

test("the agent looks the weather up with get_weather and reports it", async () => {
  const model = await ScriptedModel.start([
    // 1st model call: call the tool. 2nd: answer with what the tool returned.
    { toolCalls: [{ name: "get_weather", arguments: { city: "Paris" } }] },
    (request) => `It is ${request.toolResults()[0]}.`,
  ]);
  const client = new CopilotClient({ useLoggedInUser: false });
  try {
    const session = await client.createSession({ ...model.sessionConfig, tools: [getWeather] });
    const result = await session.run("What is the weather in Paris?");

    assert.equal(result.content, "It is 21 C and sunny in Paris.");
    assert.deepEqual(result.toolCalls.map((call) => [call.name, call.arguments, call.result]), [
      ["get_weather", { city: "Paris" }, "21 C and sunny in Paris"],
    ]);
    assert.match(model.requests[0].lastUserText(), /weather in Paris/);
    assert.ok(model.requests[0].tools.includes("get_weather"));
  } finally {
    await client.stop();
    await model.close();
  }
});
