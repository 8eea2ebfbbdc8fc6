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

/** The session event of type `T`. */
export type SessionEventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;

/** An event of a type this SDK does not know: only the common fields are typed. */
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

/** A notice about the CLI process itself, from the client. */
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

/** Everything `client.on()` delivers: the CLI's session notices and the client's own. */
export type LifecycleEvent = SessionLifecycleEvent | ClientLifecycleEvent;
