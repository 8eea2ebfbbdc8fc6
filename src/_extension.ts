/**
 * Joining a session as an extension, over any link to the CLI: the entry
 * point (`extension.ts`) gives the process's own stdio, the tests an
 * in-memory pair.
 *
 * @module
 */

import { withConnector } from "./_connector.ts";
import type { Connector } from "./_supervisor.ts";
import { CopilotClient } from "./client.ts";
import { SdkError } from "./errors.ts";
import type { CallOptions } from "./client_options.ts";
import type { CopilotSession } from "./session.ts";
import type { JoinSessionConfig } from "./extension.ts";

/** The environment variable in which the CLI names the session an extension joins. */
export const SESSION_ID_VAR = "SESSION_ID";

/**
 * Joins the session `sessionId` of the CLI at the end of `connect`: the
 * handshake, then `session.resume` with the configuration (its tools,
 * handlers and hooks), without a resume event by default.
 *
 * @param connect Opens the link to the CLI (not owned: it is never shut down from here).
 * @param sessionId The session, from the CLI's environment.
 * @param config The extension's tools, handlers and options.
 * @param options Signal and timeout of the join.
 * @returns The joined session.
 * @throws {SdkError} `NOT_AN_EXTENSION`: no session id (the CLI did not start this program).
 */
export function joinWith(
  connect: Connector,
  sessionId: string | undefined,
  config: JoinSessionConfig = {},
  options?: CallOptions,
): Promise<CopilotSession> {
  if (!sessionId) {
    return Promise.reject(
      new SdkError(
        "NOT_AN_EXTENSION",
        `Cannot joinSession: ${SESSION_ID_VAR} is not set; joinSession() runs in a program the Copilot CLI starts as an extension (e.g. .github/extensions/<name>/extension.mjs)`,
      ),
    );
  }
  const { onError, requestTimeout, ...session } = config ?? {};
  const client = new CopilotClient(
    withConnector({ autoRestart: false, onError, requestTimeout }, connect),
  );
  return client.resumeSession(sessionId, { suppressResumeEvent: true, ...session }, options);
}
