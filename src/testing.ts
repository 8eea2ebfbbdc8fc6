/**
 * Test an agent without a model: {@linkcode ScriptedModel} is an
 * OpenAI-compatible chat-completions model whose replies a test programs one
 * by one (text, tool calls, HTTP errors, delays) and whose requests it can
 * assert on. It is a web-standard handler, served on 127.0.0.1 by
 * `ScriptedModel.start()` on Deno, Bun and Node, and the real Copilot CLI
 * reaches it through a BYOK provider (`model.provider`): no account, no
 * network. Or, with no server at all, give `model.handler` to the client as
 * its `requestHandler`. The event factories ({@linkcode sessionEvent},
 * {@linkcode turnOfEvents}...) build session events for code that handles
 * them.
 *
 * @example A test of an agent with one tool
 * ```ts ignore
 * import { type } from "arktype";
 * import { CopilotClient, defineTool } from "@copilot-sdk/copilot";
 * import { ScriptedModel } from "@copilot-sdk/copilot/testing";
 *
 * await using model = await ScriptedModel.start([
 *   { toolCalls: [{ name: "get_weather", arguments: { city: "Paris" } }] },
 *   (request) => `It is ${request.toolResults()[0]}`,
 * ]);
 * const client = new CopilotClient({ useLoggedInUser: false });
 * const session = await client.createSession({
 *   ...model.sessionConfig,
 *   tools: [defineTool("get_weather", {
 *     parameters: type({ city: "string" }),
 *     skipPermission: true,
 *     handler: ({ city }) => `21 C in ${city}`,
 *   })],
 * });
 * const result = await session.run("Weather in Paris?");
 * console.assert(result.content === "It is 21 C in Paris");
 * console.assert(model.requests[0].lastUserText().includes("Weather in Paris?"));
 * await client.stop();
 * ```
 *
 * @module
 */

export {
  type RecordedRequest,
  type ReplyFn,
  ScriptedModel,
  type ScriptedReply,
  type ScriptedToolCall,
} from "./scripted_model.ts";
export {
  assistantDelta,
  assistantMessage,
  assistantUsage,
  type EventFields,
  sessionError,
  sessionEvent,
  sessionIdle,
  toolExecution,
  turnOfEvents,
  userMessage,
} from "./test_events.ts";
