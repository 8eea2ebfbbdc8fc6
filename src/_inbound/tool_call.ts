/**
 * Answers `external_tool.requested`: the model called one of the session's
 * tools. The arguments are checked, the handler runs, and the result goes
 * back with `session.tools.handlePendingToolCall`.
 *
 * @module
 */

import {
  type Tool,
  toolFailure,
  type ToolInvocation,
  type ToolResultObject,
  toToolResult,
} from "../tools.ts";
import type { EventResponder, InboundSession } from "./responder.ts";

/** The data of an `external_tool.requested` event. */
export interface ToolCallRequest {
  /** The id to answer with. */
  requestId: string;
  /** The model's id for the call. */
  toolCallId: string;
  /** The tool called. */
  toolName: string;
  /** The model's arguments. */
  arguments?: unknown;
}

/** Runs the session's own tools; a tool it does not have is left to other clients. */
export const toolCallResponder: EventResponder<ToolCallRequest> = {
  event: "external_tool.requested",
  answerMethod: "session.tools.handlePendingToolCall",
  accepts: (session, data) => session.callbacks.tools.has(data.toolName),
  async respond(session, data, signal) {
    const tool = session.callbacks.tools.get(data.toolName)!;
    return { result: await runTool(session, tool, data, signal) };
  },
  cancelled: (reason) => ({ result: toolFailure(reason) }),
};

async function runTool(
  session: InboundSession,
  tool: Tool<unknown>,
  request: ToolCallRequest,
  signal: AbortSignal,
): Promise<string | ToolResultObject> {
  const name = JSON.stringify(tool.name);
  try {
    let args = request.arguments;
    if (typeof args === "string") {
      try {
        args = JSON.parse(args);
      } catch {
        // Not JSON: the check (if any) decides.
      }
    }
    args ??= {};
    const checked = tool.check ? tool.check(args) : { ok: true as const, value: args };
    if (!checked.ok) {
      return toolFailure(`Invalid arguments for tool ${name}: ${checked.message}`);
    }
    const invocation: ToolInvocation = {
      sessionId: session.sessionId,
      toolCallId: request.toolCallId,
      toolName: tool.name,
      arguments: request.arguments,
      signal,
    };
    return toToolResult(await tool.handler(checked.value, invocation));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return toolFailure(`Tool ${name} failed: ${message}`);
  }
}
