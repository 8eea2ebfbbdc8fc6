/**
 * Answers `elicitation.requested`: a form to fill in or a URL to open, for
 * the session's `onElicitationRequest`; the answer goes back with
 * `session.ui.handlePendingElicitation`. A handler that throws answers
 * `cancel`.
 *
 * @module
 */

import type { ElicitationContext, ElicitationResult } from "../handlers.ts";
import { type EventResponder, guarded } from "./responder.ts";

/** Asks the session's elicitation handler. */
export const elicitationResponder: EventResponder<Omit<ElicitationContext, "sessionId">> = {
  event: "elicitation.requested",
  completedBy: "elicitation.completed",
  answerMethod: "session.ui.handlePendingElicitation",
  accepts: (session) => session.callbacks.onElicitationRequest !== undefined,
  async respond(session, data) {
    const { message, requestedSchema, mode, elicitationSource, url } = data;
    const result: ElicitationResult = await guarded(
      session,
      () =>
        session.callbacks.onElicitationRequest!({
          sessionId: session.sessionId,
          message,
          requestedSchema,
          mode,
          elicitationSource,
          url,
        }),
      () => ({ action: "cancel" }),
    );
    const action = ["accept", "decline", "cancel"].includes(result?.action)
      ? result.action
      : "cancel";
    return { result: result?.content ? { action, content: result.content } : { action } };
  },
  fallback: () => ({ result: { action: "cancel" } }),
};
