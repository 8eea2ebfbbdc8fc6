/**
 * The one shape of everything the CLI asks of the SDK. It asks in two ways:
 * a JSON-RPC request the SDK answers (`userInput.request`, `hooks.invoke`...),
 * or a `*.requested` session event the SDK answers with a
 * `session.*.handlePending*` call (`external_tool.requested`,
 * `permission.requested`...). Each is answered by a responder: a small
 * module that runs the session's callback and returns the answer, or the
 * documented default when the session has no callback. A few requests
 * belong to the connection rather than a session (`llmInference.*`): their
 * responders answer for the client. The table in
 * `table.ts` lists them; `answers.ts` runs them.
 *
 * @module
 */

import type { SdkMethods } from "../protocol.ts";
import type { RequestOptions } from "../rpc/connection.ts";
import type { SessionCallbacks } from "../session_config.ts";
import type { CopilotRequestHandler, RequestHandler } from "../request_handler.ts";
import type { GitHubTelemetryNotification } from "../generated/rpc.ts";
import type { ExtensionLauncher } from "../extension_launcher.ts";

/** Sends a request to the CLI, typed by method. */
export type SdkRequest = <M extends keyof SdkMethods & string>(
  method: M,
  params: SdkMethods[M]["params"],
  options?: RequestOptions,
) => Promise<SdkMethods[M]["result"]>;

/** What a responder knows of the session it answers for. */
export interface InboundSession {
  /** The session's id. */
  readonly sessionId: string;
  /** Its tools, handlers and hooks. */
  readonly callbacks: SessionCallbacks;
  /** Reports an error nobody awaits (a throwing callback) to the client's `onError`. */
  report(error: unknown): void;
  /** Sends a request to the CLI. */
  readonly request: SdkRequest;
}

/** Answers a JSON-RPC request the CLI sends about a session. */
export interface RequestResponder<P = unknown, R = unknown> {
  /** The request method, e.g. `"userInput.request"`. */
  readonly method: string;
  /**
   * Runs the session's callback and returns the result. What it throws goes
   * back to the CLI as the request's error.
   *
   * @param session The session asked.
   * @param params The request's params.
   * @param signal Aborted when the CLI cancels the request, the session is destroyed or the CLI goes away.
   * @returns The result.
   */
  respond(session: InboundSession, params: P, signal: AbortSignal): Promise<R>;
}

/** The client's callbacks that answer requests belonging to no session. */
export interface ClientCallbacks {
  /** Serves the CLI's model requests (`llmInference.*`): a function, or a `CopilotRequestHandler`. */
  readonly requestHandler?: RequestHandler | CopilotRequestHandler;
  /** Says how to start each extension the CLI discovers (`extensionLaunchProvider.resolve`). */
  readonly extensionLauncher?: ExtensionLauncher;
  /** Receives the CLI's forwarded GitHub telemetry (`gitHubTelemetry.event`). */
  readonly onGitHubTelemetry?: (notification: GitHubTelemetryNotification) => unknown;
}

/** What a client-global responder knows of the client and its connection. */
export interface InboundClient {
  /** The client's callbacks. */
  readonly callbacks: ClientCallbacks;
  /** Reports an error nobody awaits to the client's `onError`. */
  report(error: unknown): void;
  /** Sends a request to the CLI on the connection the request came on. */
  readonly request: SdkRequest;
  /** Aborts when that connection closes (the CLI went away, or the client stopped). */
  readonly closed: AbortSignal;
}

/**
 * Answers a JSON-RPC request that belongs to the connection, not to a
 * session (the schema's `clientGlobal` group, e.g. `llmInference.*`): its
 * context is the client.
 */
export interface ClientRequestResponder<P = unknown, R = unknown> {
  /** The request method, e.g. `"llmInference.httpRequestStart"`. */
  readonly method: string;
  /**
   * Returns the result. What it throws goes back to the CLI as the
   * request's error.
   *
   * @param client The client asked, on one connection.
   * @param params The request's params.
   * @param signal Aborted when the CLI cancels the request or the connection closes.
   * @returns The result.
   */
  respond(client: InboundClient, params: P, signal: AbortSignal): Promise<R>;
}

/** Answers a `*.requested` session event with a `handlePending*` call. */
export interface EventResponder<D = unknown> {
  /** The event type, e.g. `"external_tool.requested"`. */
  readonly event: string;
  /**
   * The event that says the CLI stopped waiting for an answer (the request
   * was answered elsewhere, or cancelled), e.g. `"external_tool.completed"`.
   */
  readonly completedBy: string;
  /** The method that answers it, sent with `{ sessionId, requestId, ...answer }`. */
  readonly answerMethod: keyof SdkMethods & string;
  /**
   * Whether this session answers it. When not (no such tool, no callback),
   * the request is left for another client of the CLI, or for the CLI's own
   * default.
   *
   * @param session The session asked.
   * @param data The event's data.
   * @returns `true` to answer it.
   */
  accepts(session: InboundSession, data: D): boolean;
  /**
   * Runs the session's callback and returns the answer's fields. It should
   * not throw: a callback's failure becomes the documented default answer.
   *
   * @param session The session asked.
   * @param data The event's data.
   * @param signal Aborted when the CLI stops waiting (`*.completed`), the session is destroyed or the CLI goes away.
   * @returns The fields sent besides `sessionId` and `requestId`, or
   *   `undefined` to send nothing (the request is left for another client).
   */
  respond(
    session: InboundSession,
    data: D,
    signal: AbortSignal,
  ): Promise<Record<string, unknown> | undefined>;
  /**
   * The answer to send when the real one cannot be: the session is destroyed
   * while the request is open, or the answer cannot be encoded as JSON. When
   * absent, nothing is sent then.
   *
   * @param reason Why, as the model may read it.
   * @returns The answer's fields.
   */
  fallback?(reason: string): Record<string, unknown>;
}

/**
 * Runs a user's callback: what it returns, or, when it throws (or its
 * promise rejects), `fallback(error)` after the error is reported.
 *
 * @param session Where to report.
 * @param callback The user's callback, called with no arguments.
 * @param fallback The answer when it fails.
 * @returns The callback's value or the fallback.
 */
export async function guarded<T>(
  session: InboundSession,
  callback: () => T | Promise<T>,
  fallback: (error: unknown) => T | Promise<T>,
): Promise<T> {
  try {
    return await callback();
  } catch (error) {
    session.report(error);
    return await fallback(error);
  }
}
