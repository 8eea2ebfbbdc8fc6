/**
 * Routes what the CLI sends on a connection: session events to their
 * session (whose responders answer the `*.requested` ones), lifecycle
 * notices to the client, and each request of the responder table to the
 * session it names, or, for the requests that belong to the connection
 * (`llmInference.*`, and the `gitHubTelemetry.event` notification), to the
 * client. A request for a session this client
 * does not have is answered with an error; a method in no table entry,
 * "method not found".
 *
 * @module
 */

import type { ClientCallbacks, InboundClient } from "./_inbound/responder.ts";
import { CLIENT_REQUEST_RESPONDERS, REQUEST_RESPONDERS } from "./_inbound/table.ts";
import type { SessionCore } from "./_session_core.ts";
import { ProtocolError } from "./errors.ts";
import type { LifecycleEvent, SessionEvent } from "./events.ts";
import type { SessionLifecycleEvent } from "./protocol.ts";
import type { Connection } from "./rpc/connection.ts";

/** Where the router delivers. */
export interface RouterTarget {
  /** The open session of an id, if this client has it. */
  session(sessionId: string): SessionCore | undefined;
  /** Delivers a lifecycle event to the client's subscribers. */
  emit(event: LifecycleEvent): void;
  /** Reports malformed input from the CLI. */
  reportError(error: unknown): void;
  /** The client's callbacks for the requests that belong to no session. */
  readonly callbacks?: ClientCallbacks;
}

/**
 * Installs the handlers of everything the CLI sends on a connection.
 *
 * @param connection The connection.
 * @param target Where to deliver.
 */
export function route(connection: Connection, target: RouterTarget): void {
  for (const [method, responder] of REQUEST_RESPONDERS) {
    connection.onRequest(method, (params, { signal }) => {
      const sessionId = (params as { sessionId?: unknown } | undefined)?.sessionId;
      const session = target.session(String(sessionId));
      if (!session) throw new Error(`Cannot answer "${method}": unknown session ${sessionId}`);
      return session.answers.request(responder, params as never, signal);
    });
  }
  const closed = new AbortController();
  connection.closed.then((error) => closed.abort(error));
  const client: InboundClient = {
    callbacks: target.callbacks ?? {},
    report: (error) => target.reportError(error),
    request: (method, params, options) => connection.request(method, params, options) as never,
    closed: closed.signal,
  };
  for (const [method, responder] of CLIENT_REQUEST_RESPONDERS) {
    connection.onRequest(
      method,
      (params, { signal }) => responder.respond(client, params as never, signal),
    );
  }
  connection.onNotification("session.event", (params) => {
    const { sessionId, event } = params ?? {};
    if (
      typeof sessionId !== "string" || event === null || typeof event !== "object" ||
      typeof event.type !== "string" || event.data === null || typeof event.data !== "object"
    ) {
      target.reportError(malformed("session.event", params));
      return;
    }
    target.session(sessionId)?.dispatch(event as SessionEvent);
  });
  connection.onNotification("gitHubTelemetry.event", (params) => {
    const handler = client.callbacks.onGitHubTelemetry;
    if (!handler) return;
    // A handler's failure (thrown, or a rejected promise) is the program's: to onError.
    Promise.resolve().then(() => handler(params as never)).catch(client.report);
  });
  connection.onNotification("session.lifecycle", (params) => {
    if (!params || typeof params.type !== "string" || typeof params.sessionId !== "string") {
      target.reportError(malformed("session.lifecycle", params));
      return;
    }
    target.emit(params as SessionLifecycleEvent);
  });
}

function malformed(method: string, params: unknown): ProtocolError {
  let text: string;
  try {
    text = JSON.stringify(params)?.slice(0, 200) ?? String(params);
  } catch {
    text = String(params);
  }
  return new ProtocolError(`Malformed "${method}" notification from the CLI: ${text}`);
}
