/**
 * Joining a session as an extension, over any link to the CLI: the entry
 * point (`extension.ts`) gives the process's own stdio, the tests an
 * in-memory pair.
 *
 * @module
 */

import { withConnector } from "./_connector.ts";
import { openResultOf } from "./_open_session.ts";
import type { Connector } from "./_supervisor.ts";
import { CopilotClient } from "./client.ts";
import { SdkError } from "./errors.ts";
import type { CallOptions } from "./client_options.ts";
import { setEnvVar } from "./runtime/env.ts";
import type { CopilotSession } from "./session.ts";
import type { ResumeSessionConfig } from "./session_config.ts";
import type { JoinSessionConfig } from "./extension.ts";

/** The environment variable in which the CLI names the session an extension joins. */
export const SESSION_ID_VAR = "SESSION_ID";

/**
 * Joins the session `sessionId` of the CLI at the end of `connect`: the
 * handshake, then `session.resume` with the configuration (its tools,
 * handlers and hooks), without a resume event by default; then sets the
 * environment variables the CLI granted.
 *
 * @param connect Opens the link to the CLI (not owned: it is never shut down from here).
 * @param sessionId The session, from the CLI's environment.
 * @param config The extension's tools, handlers and options.
 * @param options Signal and timeout of the join.
 * @param setEnv Sets a granted environment variable in this process.
 * @returns The joined session.
 * @throws {SdkError} `NOT_AN_EXTENSION`: no session id (the CLI did not start this program).
 * @throws {TypeError} `requestedEnvironmentVariables` is not a list of names.
 */
export function joinWith(
  connect: Connector,
  sessionId: string | undefined,
  config: JoinSessionConfig = {},
  options?: CallOptions,
  setEnv: (name: string, value: string) => void = setEnvVar,
): Promise<CopilotSession> {
  if (!sessionId) {
    return Promise.reject(
      new SdkError(
        "NOT_AN_EXTENSION",
        `Cannot joinSession: ${SESSION_ID_VAR} is not set; joinSession() runs in a program the Copilot CLI starts as an extension (e.g. .github/extensions/<name>/extension.mjs)`,
      ),
    );
  }
  const {
    onError,
    requestTimeout,
    requestedEnvironmentVariables: asked,
    // For the session's host only (which SDK the CLI gives extensions): never sent from one.
    extensionSdkPath: _host,
    ...session
  } = (config ?? {}) as JoinSessionConfig & { extensionSdkPath?: unknown };
  if (
    asked !== undefined &&
    (!Array.isArray(asked) || asked.some((name) => typeof name !== "string" || name === ""))
  ) {
    return Promise.reject(
      new TypeError(
        'Cannot joinSession: "requestedEnvironmentVariables" must be an array of variable names',
      ),
    );
  }
  let client: CopilotClient;
  try {
    client = new CopilotClient(
      withConnector({ autoRestart: false, onError, requestTimeout }, connect),
    );
  } catch (error) {
    return Promise.reject(error);
  }
  const resume: ResumeSessionConfig & { requestedEnvironmentVariables?: string[] } = {
    suppressResumeEvent: true,
    ...session,
  };
  // An empty list asks for nothing: it is not sent.
  if (asked?.length) resume.requestedEnvironmentVariables = [...asked];
  return client.resumeSession(sessionId, resume, options).then((joined) => {
    grant(asked ?? [], openResultOf(joined)?.grantedEnvironmentVariables, setEnv);
    return joined;
  }).catch(async (error) => {
    // A failed join lets go of the CLI's stdio, so that the program can exit.
    await client.stop().catch(() => {});
    throw error;
  });
}

/**
 * Sets the granted environment variables that were asked for (a grant of
 * anything else is ignored).
 *
 * @param asked The names the extension asked for.
 * @param granted The CLI's `grantedEnvironmentVariables`, as received.
 * @param set Sets one variable.
 */
export function grant(
  asked: readonly string[],
  granted: unknown,
  set: (name: string, value: string) => void,
): void {
  if (granted === null || typeof granted !== "object") return;
  for (const [name, value] of Object.entries(granted)) {
    if (asked.includes(name) && typeof value === "string") set(name, value);
  }
}
