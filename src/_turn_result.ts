/**
 * Waiting for the turn of one sent message, and what that turn came to:
 * `sendAndWait()` and `run()` both send through {@linkcode waitForTurn}; its
 * {@linkcode TurnTracker} decides when the turn is over, and
 * {@linkcode summarizeTurn} turns the events it saw into a
 * {@linkcode TurnResult} (the reply, the tool calls, the token usage, the
 * turn's events).
 *
 * Which events are the turn's: from the `user.message` of the sent message
 * up to the next `user.message` (a message queued behind it starts its own
 * turn there), plus the event that ended it (`session.idle`, or the
 * `session.error` that failed it).
 *
 * @module
 */

import type { SessionCore } from "./_session_core.ts";
import { TurnTracker } from "./_turn.ts";
import type { SessionEvent } from "./events.ts";
import type { AssistantMessageEvent } from "./generated/session_events.ts";
import type { MessageOptions } from "./session_config.ts";

/** The longest delay `setTimeout` takes: 2^31 - 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * One tool call of a turn, from its `tool.execution_start` and
 * `tool.execution_complete` events: the session's own tools, the CLI's
 * built-in ones (`bash`, `view`...) and MCP tools alike.
 *
 * @example The calls of a turn
 * ```ts ignore
 * const result = await session.run("What is the weather in Paris?");
 * for (const call of result.toolCalls) {
 *   console.log(call.name, call.arguments, call.success, call.result, call.durationMs);
 * }
 * ```
 */
export interface ToolCallRecord {
  /** The model's id for the call. */
  toolCallId: string;
  /** The tool's name. */
  name: string;
  /** The arguments the tool was called with. */
  arguments: unknown;
  /** Whether it succeeded; `undefined` when the turn ended before it completed. */
  success: boolean | undefined;
  /** The result's text, as the model read it (when it succeeded). */
  result: string | undefined;
  /** The error's message (when it failed). */
  error: string | undefined;
  /**
   * Milliseconds from its start to its completion, from the events'
   * timestamps; `undefined` when it did not complete.
   */
  durationMs: number | undefined;
  /** The sub-agent call it ran under, if any. */
  parentToolCallId?: string;
}

/**
 * The tokens a turn used, summed over its model calls (`assistant.usage`
 * events). Fields the provider did not report count as 0.
 *
 * @example Report the cost of a turn
 * ```ts ignore
 * const { usage } = await session.run("Summarize README.md");
 * console.log(`${usage.inputTokens} in, ${usage.outputTokens} out, ${usage.modelCalls} calls`);
 * ```
 */
export interface TurnUsage {
  /** Prompt tokens. */
  inputTokens: number;
  /** Completion tokens. */
  outputTokens: number;
  /** Prompt tokens read from the provider's cache. */
  cacheReadTokens: number;
  /** Prompt tokens written to the provider's cache. */
  cacheWriteTokens: number;
  /** The cost the CLI reported (premium requests or credits; 0 for your own model). */
  cost: number;
  /** How many model calls the turn made. */
  modelCalls: number;
}

/**
 * What one turn came to, from {@linkcode CopilotSession.run}.
 *
 * @typeParam Output The validated answer's type with `output`, else `undefined`.
 *
 * @example Everything about a turn
 * ```ts ignore
 * const result = await session.run("What is 2+2?");
 * console.log(result.content, result.toolCalls.length, result.usage.outputTokens);
 * console.log(result.events.map((event) => event.type));
 * ```
 */
export interface TurnResult<Output = undefined> {
  /** The id of the user message that started the turn. */
  messageId: string;
  /** The turn's last top-level `assistant.message` event, if any. */
  reply: AssistantMessageEvent | undefined;
  /** That message's text, or `""`. */
  content: string;
  /** The tool calls made, in the order they started. */
  toolCalls: ToolCallRecord[];
  /** The tokens used. */
  usage: TurnUsage;
  /** The turn's events, in order, from its `user.message` to the `session.idle` that ended it. */
  events: SessionEvent[];
  /** The validated answer (with `output`), else `undefined`. */
  output: Output;
}

/** Options of {@linkcode waitForTurn}. */
export interface WaitOptions {
  /** Milliseconds to wait; `Infinity` for no limit. */
  timeout?: number;
  /** Aborting rejects with its reason and aborts the turn. */
  signal?: AbortSignal;
}

/** What {@linkcode waitForTurn} resolves with. */
export interface TurnEnd {
  /** The sent message's id. */
  messageId: string;
  /** The turn's reply. */
  reply: AssistantMessageEvent | undefined;
  /** Every event seen while waiting (with `record`), in order. */
  seen: SessionEvent[];
}

/** What {@linkcode waitForTurn} needs of the session. */
export interface TurnHost {
  /** The session's core. */
  core: SessionCore;
  /** Sends the message; resolves with its id. */
  send(message: string | MessageOptions): Promise<string>;
  /** Aborts the turn in progress. */
  abort(): Promise<void>;
}

/**
 * Sends a message and waits for its turn to end (the rules are
 * {@linkcode TurnTracker}'s).
 *
 * @param session The session.
 * @param message The message.
 * @param options Timeout and signal; `what` names the call in messages; `record` keeps the events.
 * @returns The message id, the reply, and the events seen (with `record`).
 */
export function waitForTurn(
  session: TurnHost,
  message: string | MessageOptions,
  options: WaitOptions & { what: string; record?: boolean },
): Promise<TurnEnd> {
  const { timeout = 60_000, signal, what } = options;
  if (typeof timeout !== "number" || Number.isNaN(timeout) || timeout < 0) {
    return Promise.reject(
      new TypeError(
        `Cannot ${what}: "timeout" must be a number of milliseconds >= 0 (or Infinity), not ${
          String(timeout)
        }`,
      ),
    );
  }
  if (signal?.aborted) return Promise.reject(signal.reason);
  const core = session.core;
  try {
    core.assertLive(what);
  } catch (error) {
    return Promise.reject(error);
  }
  return new Promise((resolve, reject) => {
    // Aborts asked for before this message leave events that are not its turn's.
    const turn = new TurnTracker(core.sessionId, { staleAborts: core.pendingAborts });
    const seen: SessionEvent[] = [];
    let messageId = "";
    let settled = false;
    const finish = (error: unknown, reply?: AssistantMessageEvent) => {
      if (settled) return;
      settled = true;
      unsubscribe();
      removeWaiter();
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (error !== undefined) reject(error);
      else resolve({ messageId, reply, seen });
    };
    const settle = (outcome: TurnTracker["outcome"]) => {
      if (!outcome.done) return;
      if ("error" in outcome) finish(outcome.error);
      else finish(undefined, outcome.reply);
    };
    const unsubscribe = core.subscribe(undefined, (event) => {
      if (options.record) seen.push(event);
      settle(turn.push(event));
    });
    const removeWaiter = core.addWaiter((error) => finish(error));
    // Past what timers hold (2^31 - 1 ms, about 24.8 days) is no limit.
    const timer = timeout > MAX_TIMER_MS ? undefined : setTimeout(() => {
      finish(
        new DOMException(
          `${what}() timed out after ${timeout} ms waiting for "session.idle"`,
          "TimeoutError",
        ),
      );
    }, timeout);
    const onAbort = () => {
      finish(signal!.reason);
      session.abort().catch(() => {});
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    session.send(message).then(
      (id) => {
        messageId = id;
        if (!settled) settle(turn.sent(id));
      },
      (error) => finish(error),
    );
  });
}

/**
 * The events of one message's turn among those seen while waiting for it.
 *
 * @param seen Every event seen, in order.
 * @param messageId The message's id.
 * @returns From its `user.message` up to the next one, plus the event that ended the turn.
 */
export function turnEvents(seen: readonly SessionEvent[], messageId: string): SessionEvent[] {
  const start = seen.findIndex((event) =>
    event.type === "user.message" && event.data.messageId === messageId
  );
  if (start < 0) return [];
  let end = seen.length;
  for (let i = start + 1; i < seen.length; i++) {
    if (seen[i].type === "user.message") {
      end = i;
      break;
    }
  }
  const events = seen.slice(start, end);
  const last = seen.at(-1);
  if (
    end < seen.length && last && (last.type === "session.idle" || last.type === "session.error")
  ) {
    events.push(last);
  }
  return events;
}

/**
 * Sums up a turn from its events.
 *
 * @param end What {@linkcode waitForTurn} resolved with (with `record`).
 * @returns The turn's result, with `output` left `undefined`.
 */
export function summarizeTurn(end: TurnEnd): TurnResult {
  const events = turnEvents(end.seen, end.messageId);
  const calls = new Map<string, ToolCallRecord & { startedAt: number }>();
  const usage: TurnUsage = {
    inputTokens: 0,
    outputTokens: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    cost: 0,
    modelCalls: 0,
  };
  for (const event of events) {
    if (event.type === "tool.execution_start") {
      const data = event.data as typeof event.data & { parentToolCallId?: string };
      calls.set(data.toolCallId, {
        toolCallId: data.toolCallId,
        name: data.toolName,
        arguments: data.arguments,
        success: undefined,
        result: undefined,
        error: undefined,
        durationMs: undefined,
        ...(data.parentToolCallId ? { parentToolCallId: data.parentToolCallId } : {}),
        startedAt: Date.parse(event.timestamp),
      });
    } else if (event.type === "tool.execution_complete") {
      const call = calls.get(event.data.toolCallId);
      if (!call) continue;
      call.success = event.data.success;
      call.result = event.data.result?.content;
      call.error = event.data.error?.message;
      const took = Date.parse(event.timestamp) - call.startedAt;
      call.durationMs = Number.isFinite(took) ? Math.max(0, took) : undefined;
    } else if (event.type === "assistant.usage") {
      const data = event.data;
      usage.inputTokens += data.inputTokens ?? 0;
      usage.outputTokens += data.outputTokens ?? 0;
      usage.cacheReadTokens += data.cacheReadTokens ?? 0;
      usage.cacheWriteTokens += data.cacheWriteTokens ?? 0;
      usage.cost += data.cost ?? 0;
      usage.modelCalls++;
    }
  }
  const toolCalls = [...calls.values()].map(({ startedAt: _, ...call }) => call);
  return {
    messageId: end.messageId,
    reply: end.reply,
    content: end.reply?.data.content ?? "",
    toolCalls,
    usage,
    events,
    output: undefined,
  };
}
