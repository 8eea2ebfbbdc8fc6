/**
 * The scripted OpenAI-compatible model server of the end-to-end tests: the
 * SDK's own `ScriptedModel` (`@copilot-sdk/copilot/testing`,
 * `src/scripted_model.ts`), under the name and API the tests were written
 * against (`ModelServer.start(script)`, `url`, `requests`, `enqueue()`,
 * `waitForRequests()`, `close()`).
 *
 * Point the Copilot CLI at it with a BYOK provider
 * `{ type: "openai", baseUrl: server.url, apiKey: "test" }`; the CLI then only
 * calls `POST /v1/chat/completions`.
 *
 * @example
 * ```ts
 * await using server = await ModelServer.start(["Hello!"]);
 * // ... start a session with provider { type: "openai", baseUrl: server.url, apiKey: "test" }
 * await server.waitForRequests(1);
 * ```
 *
 * @module
 */

import {
  type RecordedRequest,
  type ReplyFn,
  ScriptedModel,
  type ScriptedReply,
  type ScriptedToolCall,
} from "../../src/testing.ts";

export type { RecordedRequest, ReplyFn, ScriptedReply };

/** One tool call the scripted model makes (the testing module's `ScriptedToolCall`). */
export type ToolCallReply = ScriptedToolCall;

/** A scripted OpenAI-compatible chat-completions server listening on 127.0.0.1. */
export class ModelServer extends ScriptedModel {
  /**
   * Starts a server on 127.0.0.1 with a random port.
   *
   * @param script a function computing each reply, or replies to queue
   */
  static override async start(
    script?: ReplyFn | Array<ScriptedReply | string | ReplyFn>,
  ): Promise<ModelServer> {
    const server = new ModelServer(script);
    await server.listen();
    return server;
  }
}
