/**
 * Session events and client lifecycle events, typed by hand for the event
 * types a program most often handles. The CLI sends many more (about 150);
 * those still reach `session.on(handler)` as {@linkcode UnknownSessionEvent}.
 *
 * @module
 */

/** Fields every session event carries. */
export interface SessionEventBase<T extends string, D> {
  /** Unique event id. */
  id: string;
  /** ISO 8601 time the event was created. */
  timestamp: string;
  /** The id of the event this one follows from, or `null`. */
  parentId: string | null;
  /** Set on events that are not kept in the session's history. */
  ephemeral?: boolean;
  /** The event type. */
  type: T;
  /** The type's payload. */
  data: D;
}

/** A tool call the model asked for, inside `assistant.message`. */
export interface ToolRequest {
  /** The call's id. */
  toolCallId: string;
  /** The tool's name. */
  name: string;
  /** The arguments the model gave. */
  arguments?: unknown;
  /** `"function"` or `"custom"`. */
  type?: string;
}

/** Payloads of the event types typed here, by type. */
export interface SessionEventDataMap {
  /** The session started. */
  "session.start": {
    sessionId: string;
    version?: number;
    copilotVersion?: string;
    startTime?: string;
    selectedModel?: string;
    context?: { cwd?: string; [key: string]: unknown };
    [key: string]: unknown;
  };
  /** A resumed session is ready. */
  "session.resume": { eventCount?: number; [key: string]: unknown };
  /** The session failed; `sendAndWait()` rejects with this. */
  "session.error": {
    errorType: string;
    message: string;
    /** The user message whose turn failed, when the error belongs to one. */
    originatingMessageId?: string;
    errorCode?: string;
    statusCode?: number;
    stack?: string;
    [key: string]: unknown;
  };
  /** The agent finished its work for now; `aborted` when a turn was aborted. */
  "session.idle": { aborted?: boolean; mode?: string };
  /** The session got a title. */
  "session.title_changed": { title: string };
  /** The session is shutting down. */
  "session.shutdown": { [key: string]: unknown };
  /** Context compaction started. */
  "session.compaction_start": { [key: string]: unknown };
  /** Context compaction finished. */
  "session.compaction_complete": { success?: boolean; [key: string]: unknown };
  /** The user's prompt, as the agent received it. */
  "user.message": {
    content: string;
    messageId?: string;
    transformedContent?: string;
    attachments?: unknown[];
    [key: string]: unknown;
  };
  /** A model turn started. */
  "assistant.turn_start": { turnId: string; model?: string; interactionId?: string };
  /** A model turn ended. */
  "assistant.turn_end": { turnId: string; model?: string };
  /** A piece of the assistant's reply (sessions with `streaming: true`). */
  "assistant.message_delta": { messageId: string; deltaContent: string; parentToolCallId?: string };
  /** The assistant's complete reply for one model call. */
  "assistant.message": {
    messageId: string;
    content: string;
    toolRequests?: ToolRequest[];
    model?: string;
    turnId?: string;
    parentToolCallId?: string;
    [key: string]: unknown;
  };
  /** A piece of the model's reasoning (sessions with `streaming: true`). */
  "assistant.reasoning_delta": { reasoningId: string; deltaContent: string };
  /** The model's complete reasoning text. */
  "assistant.reasoning": { reasoningId: string; content: string };
  /** Token usage of one model call. */
  "assistant.usage": {
    model: string;
    inputTokens?: number;
    outputTokens?: number;
    [key: string]: unknown;
  };
  /** A tool began running. */
  "tool.execution_start": {
    toolCallId: string;
    toolName: string;
    arguments?: unknown;
    [key: string]: unknown;
  };
  /** A tool finished. */
  "tool.execution_complete": {
    toolCallId: string;
    success: boolean;
    result?: { content?: string; [key: string]: unknown };
    error?: { message: string; code?: string };
    [key: string]: unknown;
  };
  /** A tool of the client's was called; the SDK answers it. */
  "external_tool.requested": {
    requestId: string;
    sessionId: string;
    toolCallId: string;
    toolName: string;
    arguments?: unknown;
    [key: string]: unknown;
  };
  /** The CLI no longer waits for a tool call (answered, or the turn was aborted). */
  "external_tool.completed": { requestId: string; [key: string]: unknown };
  /** The agent asks for permission; the SDK answers it when the session has a handler. */
  "permission.requested": {
    requestId: string;
    permissionRequest: { kind: string; [key: string]: unknown };
    /** Set when a hook already decided. */
    resolvedByHook?: boolean;
    [key: string]: unknown;
  };
  /** A permission request was decided. */
  "permission.completed": { requestId: string; [key: string]: unknown };
  /** The turn was aborted. */
  "abort": { reason: string };
  /** The model call was interrupted (e.g. by an abort). */
  "agent.interrupted": { activity?: string; [key: string]: unknown };
}

/** The event types typed here. */
export type KnownSessionEventType = keyof SessionEventDataMap;

/** A session event of a type typed here, narrowed by `type`. */
export type KnownSessionEvent = {
  [T in KnownSessionEventType]: SessionEventBase<T, SessionEventDataMap[T]>;
}[KnownSessionEventType];

/**
 * A session event of a type not typed here (the CLI has many more, and newer
 * CLIs add types). Its `type` is a plain string.
 */
export type UnknownSessionEvent = SessionEventBase<string, Record<string, unknown>>;

/**
 * Any event a session emits. Compare `event.type` with a known type to
 * narrow `event.data`.
 */
export type SessionEvent = KnownSessionEvent;

/** The session event of type `T`. */
export type SessionEventOf<T extends KnownSessionEventType> = Extract<
  KnownSessionEvent,
  { type: T }
>;

/** A client-level notice about a session. */
export interface SessionLifecycleEvent {
  /** What happened. */
  type:
    | "session.created"
    | "session.deleted"
    | "session.updated"
    | "session.foreground"
    | "session.background";
  /** The session concerned. */
  sessionId: string;
  /** Times and summary, when the CLI sends them. */
  metadata?: {
    startTime?: string;
    modifiedTime?: string;
    summary?: string;
    [key: string]: unknown;
  };
}

/** The lifecycle event types. */
export type SessionLifecycleEventType = SessionLifecycleEvent["type"];
