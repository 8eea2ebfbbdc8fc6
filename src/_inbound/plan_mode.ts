/**
 * Answers `exitPlanMode.request` (the agent asks to leave plan mode) and
 * `autoModeSwitch.request` (it asks to switch to auto mode after a rate
 * limit), with the session's handlers or the official SDK's defaults:
 * `{ approved: true }` and `"no"`.
 *
 * @module
 */

import type {
  AutoModeSwitchRequest,
  AutoModeSwitchResponse,
  ExitPlanModeRequest,
  ExitPlanModeResult,
} from "../handlers.ts";
import { guarded, type RequestResponder } from "./responder.ts";

/** Asks the session's `onExitPlanModeRequest`; approves without one. */
export const exitPlanModeResponder: RequestResponder<ExitPlanModeRequest, ExitPlanModeResult> = {
  method: "exitPlanMode.request",
  async respond(session, request) {
    const handler = session.callbacks.onExitPlanModeRequest;
    if (!handler) return { approved: true };
    const { summary, planContent, actions, recommendedAction } = request ?? {};
    return await handler(
      { summary, planContent, actions, recommendedAction },
      { sessionId: session.sessionId },
    );
  },
};

const AUTO_MODE_ANSWERS: ReadonlySet<unknown> = new Set(["yes", "yes_always", "no"]);

/**
 * Asks the session's `onAutoModeSwitchRequest`; says `"no"` without one. A
 * handler that throws, or answers something else than `"yes"`,
 * `"yes_always"` or `"no"`, is reported to `onError` and says `"no"`.
 */
export const autoModeSwitchResponder: RequestResponder<
  AutoModeSwitchRequest,
  { response: AutoModeSwitchResponse }
> = {
  method: "autoModeSwitch.request",
  async respond(session, request) {
    const handler = session.callbacks.onAutoModeSwitchRequest;
    if (!handler) return { response: "no" };
    const { errorCode, retryAfterSeconds } = request ?? {};
    const response = await guarded(
      session,
      () => handler({ errorCode, retryAfterSeconds }, { sessionId: session.sessionId }),
      () => "no" as const,
    );
    if (AUTO_MODE_ANSWERS.has(response)) return { response };
    session.report(
      new TypeError(
        `onAutoModeSwitchRequest answered ${
          JSON.stringify(response)
        }; answer "yes", "yes_always" or "no" (taken as "no")`,
      ),
    );
    return { response: "no" };
  },
};
