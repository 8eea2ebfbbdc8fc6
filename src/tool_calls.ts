/**
 * Runs a session's tool calls: the CLI broadcasts `external_tool.requested`,
 * the arguments are checked, the handler runs, and the result goes back with
 * `session.tools.handlePendingToolCall`. Calls run concurrently and each is
 * answered exactly once.
 *
 * @module
 */

import {
  type Tool,
  toolFailure,
  type ToolInvocation,
  type ToolResultObject,
  toToolResult,
} from "./tools.ts";

/** How many answered request ids are remembered. */
const MAX_REMEMBERED = 1024;

/** What the runner needs from its session. */
export interface ToolCallHost {
  /** Sends a request to the CLI. */
  request(method: string, params: unknown): Promise<unknown>;
  /** Reports an error nobody awaits. */
  reportError(error: unknown): void;
}

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

/** The tool calls of one session. */
export class ToolCalls {
  #sessionId: string;
  #tools: Map<string, Tool<unknown>>;
  #host: ToolCallHost;
  /** Calls not answered yet, by request id. */
  #open = new Map<string, AbortController>();
  /** Recently answered request ids, so a repeated request is not run twice. */
  #done = new Set<string>();

  /**
   * Creates the runner.
   *
   * @param sessionId The session.
   * @param tools The session's tools by name.
   * @param host How to answer and report.
   */
  constructor(sessionId: string, tools: Map<string, Tool<unknown>>, host: ToolCallHost) {
    this.#sessionId = sessionId;
    this.#tools = tools;
    this.#host = host;
  }

  /** Whether the session has tools. */
  get size(): number {
    return this.#tools.size;
  }

  /**
   * Runs a requested call (if the tool is this session's) and answers it.
   *
   * @param request The event's data.
   */
  async run(request: ToolCallRequest): Promise<void> {
    const tool = this.#tools.get(request.toolName);
    const id = request.requestId;
    if (!tool || typeof id !== "string" || this.#open.has(id) || this.#done.has(id)) return;
    const controller = new AbortController();
    this.#open.set(request.requestId, controller);
    const result = await this.#execute(tool, request, controller.signal);
    await this.#answer(request.requestId, controller, result);
  }

  /**
   * The CLI stopped waiting for a call (e.g. the turn was aborted): its
   * handler's signal aborts and it is not answered.
   *
   * @param requestId The call's request id.
   */
  completed(requestId: string): void {
    const controller = this.#open.get(requestId);
    if (!controller) return;
    this.#open.delete(requestId);
    this.#remember(requestId);
    controller.abort(new DOMException("The tool call was cancelled", "AbortError"));
  }

  /**
   * Answers every open call with a failure and aborts its handler: the
   * session is going away.
   *
   * @param reason Told to the model.
   * @returns Resolves when the answers are sent.
   */
  async cancelAll(reason: string): Promise<void> {
    await Promise.all([...this.#open].map(([requestId, controller]) => {
      controller.abort(new DOMException(reason, "AbortError"));
      return this.#answer(requestId, controller, toolFailure(reason));
    }));
  }

  /**
   * Aborts every open call's handler without answering: the CLI is gone.
   *
   * @param error Why.
   */
  abandonAll(error: Error): void {
    for (const controller of this.#open.values()) controller.abort(error);
    this.#open.clear();
  }

  #remember(requestId: string): void {
    this.#done.add(requestId);
    if (this.#done.size > MAX_REMEMBERED) this.#done.delete(this.#done.values().next().value!);
  }

  async #execute(
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
        sessionId: this.#sessionId,
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

  /** Sends the answer, unless the call was answered or cancelled meanwhile. */
  async #answer(
    requestId: string,
    controller: AbortController,
    result: string | ToolResultObject,
  ): Promise<void> {
    if (this.#open.get(requestId) !== controller) return;
    this.#open.delete(requestId);
    this.#remember(requestId);
    try {
      await this.#host.request("session.tools.handlePendingToolCall", {
        sessionId: this.#sessionId,
        requestId,
        result,
      });
    } catch (error) {
      this.#host.reportError(error);
    }
  }
}
