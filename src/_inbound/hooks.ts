/**
 * Answers `hooks.invoke`: the CLI runs one of the session's hooks. A hook
 * that throws counts as no output: its error goes to `onError` and into the
 * session's history as a `session.error` event ({@linkcode HOOK_ERROR_TYPE}),
 * and the turn goes on.
 *
 * @module
 */

import { HOOK_ERROR_TYPE } from "../_turn.ts";
import { runHook } from "../hooks.ts";
import type { CliRequests } from "../protocol.ts";
import { guarded, type RequestResponder } from "./responder.ts";

type Invoke = CliRequests["hooks.invoke"];

/** Runs the session's hook. */
export const hooksResponder: RequestResponder<Invoke["params"], Invoke["result"]> = {
  method: "hooks.invoke",
  respond: (session, params) =>
    guarded(
      session,
      async () => ({
        output: await runHook(session.callbacks.hooks, params?.hookType, params?.input, {
          sessionId: session.sessionId,
        }),
      }),
      (error) => {
        // Recorded in the session's history as an error event; the turn goes on.
        const message = error instanceof Error ? error.message : String(error);
        session.request("session.log", {
          sessionId: session.sessionId,
          level: "error",
          type: HOOK_ERROR_TYPE,
          message: `The ${params?.hookType} hook failed: ${message}`,
        }).catch(session.report);
        return {};
      },
    ),
};
