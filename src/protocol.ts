/**
 * The methods and notifications the CLI's JSON schemas leave out, typed by
 * hand in this one place, next to the generated ones (`src/generated/`).
 * Checked against CLI 1.0.102's traffic.
 *
 * @module
 */

import type { Model, PingResult, ServerMethods, SessionMethods } from "./generated/rpc.ts";
import type { SessionEvent } from "./generated/session_events.ts";
import { RpcError } from "./errors.ts";
import { ErrorCodes } from "./rpc/message.ts";
import type { ClientInfo } from "./client_options.ts";

/**
 * The CLI's answer to `ping`.
 *
 * @example Measure a round trip
 * ```ts
 * import type { CopilotClient, PingResponse } from "@copilot-sdk/copilot";
 *
 * async function roundTrip(client: CopilotClient): Promise<number> {
 *   const started = Date.now();
 *   const pong: PingResponse = await client.ping("hello");
 *   console.log(pong.message);
 *   return Date.now() - started;
 * }
 * ```
 */
export type PingResponse = PingResult;

/**
 * A model the signed-in user may use (from `models.list`).
 *
 * @example List the models by name
 * ```ts
 * import type { CopilotClient, ModelInfo } from "@copilot-sdk/copilot";
 *
 * async function modelNames(client: CopilotClient): Promise<string[]> {
 *   const models: ModelInfo[] = await client.listModels();
 *   return models.map((model) => model.name);
 * }
 * ```
 */
export type ModelInfo = Model;

/**
 * The answer to `connect`, the handshake.
 *
 * @example Check the protocol version
 * ```ts
 * import type { ConnectResult } from "@copilot-sdk/copilot/types";
 *
 * function speaksV3(result: ConnectResult): boolean {
 *   return result.ok && result.protocolVersion === 3;
 * }
 * ```
 */
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

/**
 * The CLI's version information (`status.get`).
 *
 * @example Print the CLI version
 * ```ts
 * import type { CopilotClient, StatusResponse } from "@copilot-sdk/copilot";
 *
 * async function version(client: CopilotClient): Promise<string> {
 *   const status: StatusResponse = await client.getStatus();
 *   return `CLI ${status.version}, protocol ${status.protocolVersion}`;
 * }
 * ```
 */
export interface StatusResponse {
  /** The CLI's version, e.g. `"1.0.102"`. */
  version: string;
  /** The protocol version it speaks. */
  protocolVersion: number;
}

/**
 * Whether the CLI is signed in to GitHub (`auth.getStatus`).
 *
 * @example Who is signed in
 * ```ts
 * import type { AuthStatusResponse } from "@copilot-sdk/copilot";
 *
 * function describe(status: AuthStatusResponse): string {
 *   return status.isAuthenticated ? `signed in as ${status.login}` : "not signed in";
 * }
 * ```
 */
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

/**
 * A stored session, as listed by `session.list`.
 *
 * @example The most recent sessions
 * ```ts
 * import type { SessionMetadata } from "@copilot-sdk/copilot";
 *
 * function latest(sessions: SessionMetadata[], count = 5): SessionMetadata[] {
 *   return [...sessions].sort((a, b) => b.modifiedTime.localeCompare(a.modifiedTime))
 *     .slice(0, count);
 * }
 * // latest(await client.listSessions())
 * ```
 */
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

/**
 * The answer to `session.create` and `session.resume`.
 *
 * @example Where the session keeps its files
 * ```ts
 * import type { SessionOpenResult } from "@copilot-sdk/copilot/types";
 *
 * function workspace(result: SessionOpenResult): string {
 *   return result.workspacePath ?? "(none)";
 * }
 * ```
 */
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

/**
 * A client-level notice about a session (notification `session.lifecycle`).
 *
 * @example Log sessions as they come and go
 * ```ts
 * import type { SessionLifecycleEvent } from "@copilot-sdk/copilot";
 *
 * function log(event: SessionLifecycleEvent): void {
 *   console.log(`${event.type} ${event.sessionId} ${event.metadata?.summary ?? ""}`);
 * }
 * ```
 */
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

/**
 * The lifecycle event types.
 *
 * @example Only some types
 * ```ts
 * import type { SessionLifecycleEventType } from "@copilot-sdk/copilot";
 *
 * const interesting = new Set<SessionLifecycleEventType>(["session.created", "session.deleted"]);
 * ```
 */
export type SessionLifecycleEventType = SessionLifecycleEvent["type"];

/**
 * A success flag some session methods answer with.
 *
 * @example Turn a refusal into an error
 * ```ts
 * import type { SuccessResult } from "@copilot-sdk/copilot/types";
 *
 * function check(result: SuccessResult): void {
 *   if (result.success === false) throw new Error(result.error ?? "refused");
 * }
 * ```
 */
export interface SuccessResult {
  /** `false` when the CLI refused. */
  success?: boolean;
  /** Why it refused. */
  error?: string;
}

/**
 * Client → CLI methods missing from the schema: `{ params, result }` by method.
 *
 * @example The result type of a method
 * ```ts
 * import type { HandTypedMethods } from "@copilot-sdk/copilot/types";
 *
 * type Created = HandTypedMethods["session.create"]["result"];
 * const created: Created = { sessionId: "s1" };
 * ```
 */
export interface HandTypedMethods {
  /** The handshake. */
  "connect": { params: { token?: string; clientInfo?: ClientInfo }; result: ConnectResult };
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
  "session.list": {
    params: { filter?: { cwd?: string; gitRoot?: string; repository?: string; branch?: string } };
    result: { sessions: SessionMetadata[] };
  };
  /** One stored session. */
  "session.getMetadata": { params: { sessionId: string }; result: { session?: SessionMetadata } };
  /** Deletes a stored session. */
  "session.delete": { params: { sessionId: string }; result: SuccessResult | null };
  /** The most recent session. */
  "session.getLastId": { params: Record<string, never>; result: { sessionId?: string } };
  /** The TUI's foreground session. */
  "session.getForeground": { params: Record<string, never>; result: { sessionId?: string } };
  /** Sets the TUI's foreground session. */
  "session.setForeground": { params: { sessionId: string }; result: SuccessResult | null };
}

/**
 * CLI → client notifications: params by method.
 *
 * @example The params of a notification
 * ```ts
 * import type { CliNotifications } from "@copilot-sdk/copilot/types";
 *
 * function onEvent(params: CliNotifications["session.event"]): void {
 *   console.log(params.sessionId, params.event.type);
 * }
 * ```
 */
export interface CliNotifications {
  /** A session event. */
  "session.event": { sessionId: string; event: SessionEvent };
  /** A lifecycle event. */
  "session.lifecycle": SessionLifecycleEvent;
}

/**
 * CLI → client requests missing from the schema: `{ params, result }` by method.
 *
 * @example Answer a request by hand
 * ```ts
 * import type { CliRequests } from "@copilot-sdk/copilot/types";
 *
 * type Ask = CliRequests["userInput.request"];
 * function answer(params: Ask["params"]): Ask["result"] {
 *   return { answer: params.choices?.[0] ?? "yes", wasFreeform: !params.choices };
 * }
 * ```
 */
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

/**
 * The schema's session methods as they go over the wire: their params carry
 * the `sessionId` (which `session.rpc` fills in).
 */
export type SessionMethodsOnWire = {
  [K in keyof SessionMethods]: {
    params: [SessionMethods[K]["params"]] extends [undefined] ? { sessionId: string }
      : Exclude<SessionMethods[K]["params"], undefined> & { sessionId: string };
    result: SessionMethods[K]["result"];
  };
};

/**
 * Every client → CLI method the SDK calls, by name: the schema's (server and
 * session) and the hand-typed ones. The SDK's own calls are checked against it.
 *
 * @example The params of a call
 * ```ts
 * import type { SdkMethods } from "@copilot-sdk/copilot/types";
 *
 * const params: SdkMethods["session.send"]["params"] = { sessionId: "s1", prompt: "hi" };
 * ```
 */
export type SdkMethods = ServerMethods & SessionMethodsOnWire & HandTypedMethods;

/**
 * Throws when a {@linkcode SuccessResult} says the CLI refused.
 *
 * @param result The answer.
 * @param what What was asked, for the message (e.g. `delete session "s1"`).
 * @throws {RpcError} The CLI refused; the message has its reason.
 */
export function refusal(result: SuccessResult | null | undefined, what: string): void {
  if (result && result.success === false) {
    throw new RpcError(
      ErrorCodes.InternalError,
      `Cannot ${what}: ${result.error ?? "the CLI refused"}`,
    );
  }
}
