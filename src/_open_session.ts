/**
 * Opens a session for a client (`session.create` or `session.resume`): the
 * client's mode, the CLI's built-in tool names, the session registered
 * before the request (so events sent before the answer reach it), and the
 * options the CLI takes only once the session is open.
 *
 * @module
 */

import { abortable } from "./_async.ts";
import { refuseShadowedBuiltIns } from "./_builtin_tools.ts";
import { SessionCore, type SessionHost } from "./_session_core.ts";
import { storeOf } from "./_store_supervisor.ts";
import type { SessionRegistry } from "./_session_registry.ts";
import { applyEmptyMode } from "./_session_wire.ts";
import type { CliSupervisor } from "./_supervisor.ts";
import type { CallOptions } from "./client_options.ts";
import { SdkError } from "./errors.ts";
import { CopilotSession } from "./session.ts";
import {
  type PreparedSessionConfig,
  prepareSessionConfig,
  type ResumeSessionConfig,
  type SessionConfig,
} from "./session_config.ts";

/** What opening a session needs from its client. */
export interface Opener {
  /** The CLI's keeper. */
  supervisor: CliSupervisor;
  /** The client's open sessions. */
  sessions: SessionRegistry;
  /** The client, as its sessions see it (its `request` adds the trace context). */
  host: SessionHost;
  /** Whether the client keeps sessions' state through a session file system. */
  sessionFs?: boolean;
}

/**
 * Checks a configuration, then opens the session; a bad configuration
 * rejects (never throws).
 *
 * @param client What the client gives.
 * @param method `session.create` or `session.resume`.
 * @param sessionId The id; `undefined` for a cloud session whose id the server picks.
 * @param config The configuration as the user gave it.
 * @param options Signal and timeout.
 * @param emptyMode The client's mode is `"empty"`.
 * @returns The session.
 */
export function openChecked(
  client: Opener,
  method: "session.create" | "session.resume",
  sessionId: string | undefined,
  config: SessionConfig | ResumeSessionConfig,
  options?: CallOptions,
  emptyMode = false,
): Promise<CopilotSession> {
  try {
    const what = method === "session.create" ? "createSession" : "resumeSession";
    const prepared = prepareSessionConfig(config, what);
    return openSession(client, method, sessionId, prepared, options, emptyMode);
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Opens a session.
 *
 * @param client What the client gives.
 * @param method `session.create` or `session.resume`.
 * @param sessionId The id; `undefined` for a cloud session whose id the server picks.
 * @param prepared The checked configuration.
 * @param options Signal and timeout.
 * @param emptyMode The client's mode is `"empty"`.
 * @returns The session.
 */
export async function openSession(
  client: Opener,
  method: "session.create" | "session.resume",
  sessionId: string | undefined,
  { wire, update, callbacks }: PreparedSessionConfig,
  options?: CallOptions,
  emptyMode = false,
): Promise<CopilotSession> {
  const what = method === "session.create" ? "createSession" : "resumeSession";
  if (emptyMode) applyEmptyMode(wire, update, what);
  const open = sessionId === undefined ? undefined : client.sessions.get(sessionId);
  if (open && method === "session.create") {
    throw new TypeError(
      `Cannot ${what}: session "${sessionId}" is already open in this client; use that session, resume it, or destroy it first`,
    );
  }
  if (open) {
    // Resumed again (e.g. with other handlers): the new object takes over,
    // the old one ends here; the CLI's session goes on.
    open.close(
      new SdkError(
        "SESSION_DESTROYED",
        `Session "${sessionId}" was resumed again in this client; use the new session object`,
      ),
    );
    client.sessions.delete(open.sessionId);
  }
  const running = await abortable(
    client.supervisor.ensureRunning(what, false, true),
    options?.signal,
  );
  if (callbacks.tools.size) await refuseShadowedBuiltIns(running, callbacks, what);
  const store = storeOf(client.supervisor);
  if (store && callbacks.createSessionFsProvider) {
    throw new TypeError(
      `Cannot ${what}: the client's sessionStore provides the session file system; remove createSessionFsProvider`,
    );
  }
  if (store) callbacks.createSessionFsProvider = (s) => store.provider(s.sessionId);
  if (client.sessionFs && typeof callbacks.createSessionFsProvider !== "function") {
    throw new TypeError(
      `Cannot ${what}: the client has a sessionFs, so the session needs createSessionFsProvider (session) => provider`,
    );
  }
  let session: CopilotSession | undefined;
  const register = (id: string) => {
    const core = new SessionCore(id, client.host, callbacks);
    client.sessions.add(core);
    // The CLI reads and writes the session's files from the create request on.
    session = new CopilotSession(core);
    if (client.sessionFs) callbacks.sessionFs = callbacks.createSessionFsProvider!(session);
    return core;
  };
  // A cloud session's id is known only from the answer.
  let core = sessionId === undefined ? undefined : register(sessionId);
  try {
    const params = { ...wire, sessionId };
    const result = await client.host.request(method, params, options);
    core ??= register(result.sessionId);
    openResults.set(session!, result as unknown as Record<string, unknown>);
    client.sessions.opened(core.sessionId, { ...params, sessionId: core.sessionId });
    await core.opened(method === "session.resume", result);
    if (Object.keys(update).length) {
      try {
        await client.host.request("session.options.update", {
          ...update,
          sessionId: core.sessionId,
        }, options);
      } catch (error) {
        // The session is open in the CLI: close it rather than leave it with the wrong options.
        await client.host.release(core.sessionId).catch(() => {});
        throw error;
      }
    }
    return session!;
  } catch (error) {
    if (core) client.sessions.delete(core.sessionId);
    throw error;
  }
}

/** What the CLI answered when each session was opened. */
const openResults = new WeakMap<CopilotSession, Record<string, unknown>>();

/**
 * The CLI's whole answer to the `session.create` or `session.resume` that
 * opened `session` (fields the session object does not keep, e.g. the
 * environment granted to an extension).
 *
 * @param session A session opened by {@linkcode openSession}.
 * @returns The answer, or `undefined` for a session opened otherwise.
 */
export function openResultOf(session: CopilotSession): Record<string, unknown> | undefined {
  return openResults.get(session);
}
