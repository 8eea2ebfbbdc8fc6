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
import type { RequestResponder } from "./responder.ts";

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

/** Asks the session's `onAutoModeSwitchRequest`; says `"no"` without one. */
export const autoModeSwitchResponder: RequestResponder<
  AutoModeSwitchRequest,
  { response: AutoModeSwitchResponse }
> = {
  method: "autoModeSwitch.request",
  async respond(session, request) {
    const handler = session.callbacks.onAutoModeSwitchRequest;
    if (!handler) return { response: "no" };
    const { errorCode, retryAfterSeconds } = request ?? {};
    return {
      response: await handler({ errorCode, retryAfterSeconds }, { sessionId: session.sessionId }),
    };
  },
};
