/**
 * The methods and notifications the CLI's JSON schemas leave out, typed by
 * hand in this one place, next to the generated ones (`src/generated/`).
 * Checked against CLI 1.0.102's traffic.
 *
 * @module
 */

import type { Model, PingResult } from "./generated/rpc.ts";
import type { SessionEvent } from "./generated/session_events.ts";

/** The CLI's answer to `ping`. */
export type PingResponse = PingResult;

/** A model the signed-in user may use (from `models.list`). */
export type ModelInfo = Model;

/** The answer to `connect`, the handshake. */
export interface ConnectResult {
  /** `true` when the connection is accepted. */
  ok: boolean;
  /** The protocol version the CLI speaks. */
  protocolVersion: number;
  /** The CLI's version. */
  version: string;
  /** Other fields. */
  [key: string]: unknown;
}

/** The CLI's version information (`status.get`). */
export interface StatusResponse {
  /** The CLI's version, e.g. `"1.0.102"`. */
  version: string;
  /** The protocol version it speaks. */
  protocolVersion: number;
}

/** Whether the CLI is signed in to GitHub (`auth.getStatus`). */
export interface AuthStatusResponse {
  /** `true` when signed in. */
  isAuthenticated: boolean;
  /** How: `"user"`, `"env"`, `"gh-cli"`, `"token"`... */
  authType?: string;
  /** The GitHub host. */
  host?: string;
  /** The user name. */
  login?: string;
  /** A human-readable status. */
  statusMessage?: string;
}

/** A stored session, as listed by `session.list`. */
export interface SessionMetadata {
  /** The session's id. */
  sessionId: string;
  /** ISO time it started. */
  startTime: string;
  /** ISO time it last changed. */
  modifiedTime: string;
  /** A summary (often the first prompt). */
  summary?: string;
  /** Its name. */
  name?: string;
  /** Whether it runs elsewhere. */
  isRemote: boolean;
  /** Where it ran. */
  context?: { cwd?: string; [key: string]: unknown };
  /** Other fields. */
  [key: string]: unknown;
}

/** The answer to `session.create` and `session.resume`. */
export interface SessionOpenResult {
  /** The session's id. */
  sessionId: string;
  /** Where the CLI keeps the session's files. */
  workspacePath?: string;
  /** What the session can do. */
  capabilities?: Record<string, unknown>;
  /** Other fields. */
  [key: string]: unknown;
}

/** A client-level notice about a session (notification `session.lifecycle`). */
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

/** A success flag some session methods answer with. */
export interface SuccessResult {
  /** `false` when the CLI refused. */
  success?: boolean;
  /** Why it refused. */
  error?: string;
}

/** Client → CLI methods missing from the schema: `{ params, result }` by method. */
export interface HandTypedMethods {
  /** The handshake. */
  "connect": { params: { token?: string }; result: ConnectResult };
  /** Version information. */
  "status.get": { params: Record<string, never>; result: StatusResponse };
  /** Sign-in state. */
  "auth.getStatus": { params: Record<string, never>; result: AuthStatusResponse };
  /** Creates a session (params: the session configuration). */
  "session.create": { params: Record<string, unknown>; result: SessionOpenResult };
  /** Resumes a session (params: the session configuration). */
  "session.resume": { params: Record<string, unknown>; result: SessionOpenResult };
  /** Releases a session. */
  "session.destroy": { params: { sessionId: string }; result: SuccessResult };
  /** A session's history. */
  "session.getMessages": { params: { sessionId: string }; result: { events: SessionEvent[] } };
  /** Stored sessions. */
  "session.list": { params: Record<string, never>; result: { sessions: SessionMetadata[] } };
  /** Deletes a stored session. */
  "session.delete": { params: { sessionId: string }; result: SuccessResult | null };
  /** The most recent session. */
  "session.getLastId": { params: Record<string, never>; result: { sessionId?: string } };
  /** The TUI's foreground session. */
  "session.getForeground": { params: Record<string, never>; result: { sessionId?: string } };
  /** Sets the TUI's foreground session. */
  "session.setForeground": { params: { sessionId: string }; result: SuccessResult | null };
}

/** CLI → client notifications: params by method. */
export interface CliNotifications {
  /** A session event. */
  "session.event": { sessionId: string; event: SessionEvent };
  /** A lifecycle event. */
  "session.lifecycle": SessionLifecycleEvent;
}

/** CLI → client requests missing from the schema: `{ params, result }` by method. */
export interface CliRequests {
  /** The `ask_user` tool asks a question. */
  "userInput.request": {
    params: { sessionId: string; question: string; choices?: string[]; allowFreeform?: boolean };
    result: { answer: string; wasFreeform: boolean };
  };
  /** A hook runs. */
  "hooks.invoke": {
    params: { sessionId: string; hookType: string; input: unknown };
    result: { output?: unknown };
  };
  /** System message sections are rewritten. */
  "systemMessage.transform": {
    params: { sessionId: string; sections: Record<string, { content: string }> };
    result: { sections: Record<string, { content: string }> };
  };
}
