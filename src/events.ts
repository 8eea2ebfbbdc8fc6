/**
 * Session events, typed from the CLI's own schema (`src/generated/`): a
 * discriminated union on `type`, so comparing `event.type` narrows
 * `event.data`.
 *
 * A newer CLI may send types this SDK does not know. They still reach
 * `session.on(handler)`: at run time their `type` is outside
 * {@linkcode SessionEventType} (a `switch` sends them to `default`). Compare
 * with `(event.type as string)`, or read them as {@linkcode UnknownSessionEvent}.
 *
 * @module
 */

import type { ConnectionClosedError } from "./errors.ts";
import type { SessionEvent, SessionEventType } from "./generated/session_events.ts";
import type { SessionLifecycleEvent } from "./protocol.ts";

export type {
  SessionEvent,
  SessionEventDataMap,
  SessionEventType,
} from "./generated/session_events.ts";
export type { SessionLifecycleEvent, SessionLifecycleEventType } from "./protocol.ts";

/**
 * The session event of type `T`.
 *
 * @example A handler for one event type, kept apart
 * ```ts
 * import type { SessionEventOf } from "@copilot-sdk/copilot";
 *
 * function onDelta(event: SessionEventOf<"assistant.message_delta">): void {
 *   console.log(event.data.deltaContent);
 * }
 * // session.on("assistant.message_delta", onDelta);
 * ```
 */
export type SessionEventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;

/**
 * An event of a type this SDK does not know: only the common fields are typed.
 *
 * @example Log events this SDK does not know
 * ```ts
 * import type { SessionEvent, UnknownSessionEvent } from "@copilot-sdk/copilot";
 *
 * function log(event: SessionEvent): void {
 *   switch (event.type) {
 *     case "assistant.message":
 *       console.log(event.data.content);
 *       break;
 *     default: {
 *       const other = event as unknown as UnknownSessionEvent;
 *       console.log(`(${other.type})`, other.data);
 *     }
 *   }
 * }
 * // session.on(log);
 * ```
 */
export interface UnknownSessionEvent {
  /** Unique event id. */
  id: string;
  /** ISO 8601 time the event was created. */
  timestamp: string;
  /** The id of the event this one follows from, or `null`. */
  parentId: string | null;
  /** Set on events that are not kept in the session's history. */
  ephemeral?: boolean;
  /** The event type. */
  type: string;
  /** The type's payload. */
  data: Record<string, unknown>;
}

/**
 * A notice about the CLI process itself, from the client.
 *
 * @example Notice crashes and restarts
 * ```ts
 * import type { ClientLifecycleEvent } from "@copilot-sdk/copilot";
 *
 * function onCli(event: ClientLifecycleEvent): void {
 *   if (event.type === "cli.exited") {
 *     console.error(`CLI exited (${event.error.message}); restart: ${event.willRestart}`);
 *   } else {
 *     console.log(`CLI restarted; sessions back: ${event.sessionIds.join(", ")}`);
 *   }
 * }
 * ```
 */
export type ClientLifecycleEvent =
  | {
    /** The CLI exited or the connection dropped without `stop()`. */
    type: "cli.exited";
    /** How: exit code, signal, stderr tail. */
    error: ConnectionClosedError;
    /** Whether the next call will start it again (`autoRestart`). */
    willRestart: boolean;
  }
  | {
    /** The CLI was started again after a crash and the open sessions re-attached. */
    type: "cli.restarted";
    /** The sessions re-attached. */
    sessionIds: string[];
  };

/**
 * Everything `client.on()` delivers: the CLI's session notices and the client's own.
 *
 * @example Follow every session of the client
 * ```ts
 * import type { LifecycleEvent } from "@copilot-sdk/copilot";
 *
 * function onLifecycle(event: LifecycleEvent): void {
 *   if (event.type === "session.created") console.log(`new session ${event.sessionId}`);
 * }
 * // client.on(onLifecycle);
 * ```
 */
export type LifecycleEvent = SessionLifecycleEvent | ClientLifecycleEvent;

/** Every lifecycle event type: the CLI's session ones and the client's own. */
export type LifecycleEventType = LifecycleEvent["type"];

/**
 * The lifecycle event of type `T`, as `client.on(type, handler)` hands it.
 *
 * @example A handler for new sessions
 * ```ts
 * import type { LifecycleEventOf } from "@copilot-sdk/copilot";
 *
 * function onCreated(event: LifecycleEventOf<"session.created">): void {
 *   console.log(`new session ${event.sessionId}`);
 * }
 * // client.on("session.created", onCreated);
 * ```
 */
export type LifecycleEventOf<T extends LifecycleEventType> = T extends ClientLifecycleEvent["type"]
  ? Extract<ClientLifecycleEvent, { type: T }>
  : SessionLifecycleEvent & { type: T };
