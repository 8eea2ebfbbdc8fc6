/**
 * Answers `userInput.request`: the agent's built-in `ask_user` tool asks a
 * question and the session's `onUserInputRequest` answers. A handler that
 * throws (or answers nothing usable) fails the request: the CLI tells the
 * model the user could not answer, and the error goes to `onError`.
 *
 * @module
 */

import type { CliRequests } from "../protocol.ts";
import type { RequestResponder } from "./responder.ts";

type Ask = CliRequests["userInput.request"];

/** Asks the session's user input handler. */
export const userInputResponder: RequestResponder<Ask["params"], Ask["result"]> = {
  method: "userInput.request",
  async respond(session, request) {
    const handler = session.callbacks.onUserInputRequest;
    if (!handler) {
      throw new Error(
        `Session "${session.sessionId}" has no onUserInputRequest handler to answer the question`,
      );
    }
    try {
      const response = await handler(
        {
          question: request?.question,
          choices: request?.choices,
          allowFreeform: request?.allowFreeform,
        },
        { sessionId: session.sessionId },
      );
      if (!response || typeof response.answer !== "string") {
        throw new TypeError(
          "onUserInputRequest must return {answer: string, wasFreeform: boolean}",
        );
      }
      return { answer: response.answer, wasFreeform: response.wasFreeform ?? true };
    } catch (error) {
      // Reported here; the CLI gets the error and fails the ask_user call.
      session.report(error);
      throw error;
    }
  },
};
