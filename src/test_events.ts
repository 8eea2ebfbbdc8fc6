/**
 * Factories for session events, to test code that handles them (a UI, a
 * logger, an `on()` handler) without a CLI: each fills in `id`,
 * `timestamp` and `parentId` and takes the event's data.
 *
 * @module
 */

import type { SessionEvent, SessionEventOf, SessionEventType } from "./events.ts";

/**
 * Fields of a session event besides `type` and `data`.
 *
 * @example A fixed timestamp
 * ```ts
 * import type { EventFields } from "@copilot-sdk/copilot/testing";
 *
 * const fields: EventFields = { timestamp: "2026-01-01T00:00:00.000Z", ephemeral: true };
 * ```
 */
export interface EventFields {
  /** The event's id (default: a random UUID). */
  id?: string;
  /** ISO 8601 (default: now). */
  timestamp?: string;
  /** The previous event's id (default `null`). */
  parentId?: string | null;
  /** Not kept in the session's history. */
  ephemeral?: boolean;
}

/**
 * Any session event, typed by its `type`. `data` may leave out fields the
 * code under test does not read.
 *
 * @param type The event type, e.g. `"assistant.message"`.
 * @param data Its data.
 * @param fields `id`, `timestamp`, `parentId`, `ephemeral`.
 * @returns The event.
 *
 * @example
 * ```ts
 * import { sessionEvent } from "@copilot-sdk/copilot/testing";
 *
 * const event = sessionEvent("session.title_changed", { title: "Weather" });
 * console.log(event.type, event.data.title);
 * ```
 */
export function sessionEvent<T extends SessionEventType>(
  type: T,
  data: Partial<SessionEventOf<T>["data"]> & Record<string, unknown> = {},
  fields: EventFields = {},
): SessionEventOf<T> {
  return {
    id: fields.id ?? crypto.randomUUID(),
    timestamp: fields.timestamp ?? new Date().toISOString(),
    parentId: fields.parentId ?? null,
    ...(fields.ephemeral === undefined ? {} : { ephemeral: fields.ephemeral }),
    type,
    data,
  } as unknown as SessionEventOf<T>;
}

/**
 * A `user.message` event.
 *
 * @param content The prompt.
 * @param messageId The message's id (default: a random UUID).
 * @returns The event.
 *
 * @example
 * ```ts
 * import { userMessage } from "@copilot-sdk/copilot/testing";
 *
 * console.log(userMessage("What is 2+2?", "m1").data.messageId); // "m1"
 * ```
 */
export function userMessage(
  content: string,
  messageId: string = crypto.randomUUID(),
): SessionEventOf<"user.message"> {
  return sessionEvent("user.message", { content, messageId });
}

/**
 * An `assistant.message` event (the agent's reply).
 *
 * @param content The text.
 * @param data More data, e.g. `originatingMessageId` or `toolRequests`.
 * @returns The event.
 *
 * @example
 * ```ts
 * import { assistantMessage } from "@copilot-sdk/copilot/testing";
 *
 * console.log(assistantMessage("4").data.content); // "4"
 * ```
 */
export function assistantMessage(
  content: string,
  data: Partial<SessionEventOf<"assistant.message">["data"]> = {},
): SessionEventOf<"assistant.message"> {
  return sessionEvent("assistant.message", { messageId: crypto.randomUUID(), content, ...data });
}

/**
 * An `assistant.message_delta` event (a streamed piece of the reply).
 *
 * @param deltaContent The piece.
 * @param messageId The reply's id.
 * @returns The event.
 *
 * @example
 * ```ts
 * import { assistantDelta } from "@copilot-sdk/copilot/testing";
 *
 * const pieces = ["Hel", "lo"].map((piece) => assistantDelta(piece, "a1"));
 * console.log(pieces.map((event) => event.data.deltaContent).join("")); // "Hello"
 * ```
 */
export function assistantDelta(
  deltaContent: string,
  messageId = "assistant-message",
): SessionEventOf<"assistant.message_delta"> {
  return sessionEvent("assistant.message_delta", { messageId, deltaContent });
}

/**
 * A tool call's `tool.execution_start` and `tool.execution_complete` events.
 *
 * @param name The tool.
 * @param args Its arguments.
 * @param outcome `{ result }` for a success, `{ error }` for a failure; `durationMs` apart.
 * @returns The two events.
 *
 * @example
 * ```ts
 * import { toolExecution } from "@copilot-sdk/copilot/testing";
 *
 * const [start, complete] = toolExecution("get_weather", { city: "Paris" }, { result: "21 C" });
 * console.log(start.data.toolName, complete.data.success); // "get_weather" true
 * ```
 */
export function toolExecution(
  name: string,
  args: Record<string, unknown>,
  outcome: { result?: string; error?: string; durationMs?: number; toolCallId?: string } = {},
): [SessionEventOf<"tool.execution_start">, SessionEventOf<"tool.execution_complete">] {
  const toolCallId = outcome.toolCallId ?? `call_${crypto.randomUUID().slice(0, 8)}`;
  const started = Date.now();
  const start = sessionEvent("tool.execution_start", {
    toolCallId,
    toolName: name,
    arguments: args,
  }, {
    timestamp: new Date(started).toISOString(),
  });
  const success = outcome.error === undefined;
  const complete = sessionEvent(
    "tool.execution_complete",
    {
      toolCallId,
      success,
      ...(success
        ? { result: { content: outcome.result ?? "", detailedContent: outcome.result ?? "" } }
        : { error: { message: outcome.error! } }),
    },
    { timestamp: new Date(started + (outcome.durationMs ?? 0)).toISOString() },
  );
  return [start, complete];
}

/**
 * An `assistant.usage` event (the tokens of one model call).
 *
 * @param inputTokens Prompt tokens.
 * @param outputTokens Completion tokens.
 * @param data More data, e.g. `model` or `cost`.
 * @returns The event.
 *
 * @example
 * ```ts
 * import { assistantUsage } from "@copilot-sdk/copilot/testing";
 *
 * console.log(assistantUsage(120, 8).data.outputTokens); // 8
 * ```
 */
export function assistantUsage(
  inputTokens: number,
  outputTokens: number,
  data: Partial<SessionEventOf<"assistant.usage">["data"]> = {},
): SessionEventOf<"assistant.usage"> {
  return sessionEvent("assistant.usage", {
    model: "test-model",
    inputTokens,
    outputTokens,
    ...data,
  });
}

/**
 * A `session.idle` event: the agent is done.
 *
 * @param aborted Whether the turn was aborted.
 * @returns The event.
 *
 * @example
 * ```ts
 * import { sessionIdle } from "@copilot-sdk/copilot/testing";
 *
 * console.log(sessionIdle().type); // "session.idle"
 * ```
 */
export function sessionIdle(aborted?: boolean): SessionEventOf<"session.idle"> {
  return sessionEvent("session.idle", aborted ? { aborted } : {}, { ephemeral: true });
}

/**
 * A `session.error` event.
 *
 * @param message What failed.
 * @param errorType The kind (default `"model"`).
 * @returns The event.
 *
 * @example
 * ```ts
 * import { sessionError } from "@copilot-sdk/copilot/testing";
 *
 * console.log(sessionError("rate limited").data.message); // "rate limited"
 * ```
 */
export function sessionError(
  message: string,
  errorType = "model",
): SessionEventOf<"session.error"> {
  return sessionEvent("session.error", { message, errorType });
}

/**
 * The events of a whole turn, as the CLI sends them: the user message, for
 * each tool call its start and completion, the reply, and `session.idle`.
 *
 * @param prompt The user's prompt.
 * @param reply The agent's reply.
 * @param toolCalls Tool calls made before the reply.
 * @returns The events, in order.
 *
 * @example Feed a handler a whole turn
 * ```ts
 * import { turnOfEvents } from "@copilot-sdk/copilot/testing";
 *
 * const events = turnOfEvents("Weather?", "Sunny", [
 *   { name: "get_weather", arguments: { city: "Paris" }, result: "21 C" },
 * ]);
 * console.log(events.map((event) => event.type));
 * ```
 */
export function turnOfEvents(
  prompt: string,
  reply: string,
  toolCalls: Array<{ name: string; arguments?: Record<string, unknown>; result?: string }> = [],
): SessionEvent[] {
  const user = userMessage(prompt);
  const messageId = user.data.messageId as string;
  return [
    user,
    sessionEvent("assistant.turn_start", { turnId: "0" }),
    ...toolCalls.flatMap((call) =>
      toolExecution(call.name, call.arguments ?? {}, { result: call.result })
    ),
    assistantMessage(reply, { originatingMessageId: messageId } as never),
    sessionEvent("assistant.turn_end", { turnId: "0" }),
    sessionIdle(),
  ] as SessionEvent[];
}
