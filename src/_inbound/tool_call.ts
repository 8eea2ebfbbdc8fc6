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
  /** The W3C trace context of the CLI's span for the call. */
  traceparent?: string;
  /** The W3C trace state of the CLI's span for the call. */
  tracestate?: string;
}

/** The built-in tool search's name: a tool replacing it gets the session's current tools. */
const TOOL_SEARCH_TOOL = "tool_search_tool";

/** Runs the session's own tools; a tool it does not have is left to other clients. */
export const toolCallResponder: EventResponder<ToolCallRequest> = {
  event: "external_tool.requested",
  completedBy: "external_tool.completed",
  answerMethod: "session.tools.handlePendingToolCall",
  // A tool without a handler is only declared: its calls are the program's to answer.
  accepts: (session, data) =>
    typeof session.callbacks.tools.get(data.toolName)?.handler === "function",
  respond: (session, data, signal) =>
    runTool(session, session.callbacks.tools.get(data.toolName)!, data, signal),
  fallback: (reason) => ({ result: toolFailure(reason) }),
};

/**
 * Checks the arguments and runs the handler. Invalid arguments are told to
 * the model (arktype's summary), and the handler never runs. A handler that
 * throws is reported to `onError`; the model is told the call failed, but
 * not the exception's message, which may hold internal detail: the answer
 * carries it as `error`, which the CLI keeps out of what the model reads.
 * A result JSON cannot hold (a BigInt, a cycle) is a failure too.
 */
async function runTool(
  session: InboundSession,
  tool: Tool<unknown>,
  request: ToolCallRequest,
  signal: AbortSignal,
): Promise<{ result: string | ToolResultObject } | { error: string }> {
  const name = JSON.stringify(tool.name);
  let args = request.arguments;
  if (typeof args === "string") {
    try {
      args = JSON.parse(args);
    } catch {
      // Not JSON: the check (if any) decides.
    }
  }
  args ??= {};
  let value: unknown;
  try {
    const checked = tool.check ? tool.check(args) : { ok: true as const, value: args };
    if (!checked.ok) {
      return { result: toolFailure(`Invalid arguments for tool ${name}: ${checked.message}`) };
    }
    const invocation: ToolInvocation = {
      sessionId: session.sessionId,
      toolCallId: request.toolCallId,
      toolName: tool.name,
      arguments: request.arguments,
      signal,
      traceparent: request.traceparent,
      tracestate: request.tracestate,
      availableTools: tool.name === TOOL_SEARCH_TOOL ? await currentTools(session) : undefined,
    };
    value = await tool.handler!(checked.value, invocation);
  } catch (error) {
    session.report(error);
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const result = toToolResult(value);
  try {
    JSON.stringify(result);
  } catch (error) {
    session.report(
      new TypeError(`Tool ${name} returned a result JSON cannot hold`, { cause: error }),
    );
    return { result: toolFailure(`Tool ${name} failed: its result could not be sent`) };
  }
  return { result };
}

/** The session's current tools, or `undefined` when the CLI cannot say. */
async function currentTools(session: InboundSession): Promise<unknown[] | undefined> {
  try {
    const result = await session.request("session.tools.getCurrentMetadata", {
      sessionId: session.sessionId,
    });
    return (result as { tools?: unknown[] } | undefined)?.tools ?? undefined;
  } catch {
    return undefined;
  }
}
