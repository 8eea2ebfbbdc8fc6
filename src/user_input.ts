/**
 * User input: the agent's built-in `ask_user` tool asks a question and a
 * handler of yours answers it.
 *
 * @module
 */

/** A question from the agent. */
export interface UserInputRequest {
  /** The question. */
  question: string;
  /** Choices to pick from, for a multiple-choice question. */
  choices?: string[];
  /**
   * Whether an answer outside `choices` is allowed.
   *
   * @default {true}
   */
  allowFreeform?: boolean;
}

/** The answer to a {@linkcode UserInputRequest}. */
export interface UserInputResponse {
  /** The answer. */
  answer: string;
  /** `true` when the answer was typed rather than picked from `choices`. */
  wasFreeform: boolean;
}

/** What a user input handler learns besides the request. */
export interface UserInputInvocation {
  /** The session asking. */
  sessionId: string;
}

/**
 * Answers the agent's question. Setting it on a session turns on the
 * built-in `ask_user` tool. A handler that throws fails the `ask_user` call
 * with its message.
 */
export type UserInputHandler = (
  request: UserInputRequest,
  invocation: UserInputInvocation,
) => UserInputResponse | Promise<UserInputResponse>;
