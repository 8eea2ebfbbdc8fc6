/**
 * User input: the agent's built-in `ask_user` tool asks a question and a
 * handler of yours answers it.
 *
 * @module
 */

/**
 * A question from the agent.
 *
 * @example Show the question and its choices
 * ```ts
 * import type { UserInputHandler } from "@copilot-sdk/copilot";
 *
 * const onUserInputRequest: UserInputHandler = ({ question, choices, allowFreeform }) => {
 *   console.log(question);
 *   choices?.forEach((choice, i) => console.log(`${i + 1}. ${choice}`));
 *   return choices?.length
 *     ? { answer: choices[0], wasFreeform: false }
 *     : { answer: allowFreeform === false ? "" : "no idea", wasFreeform: true };
 * };
 * ```
 */
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

/**
 * The answer to a {@linkcode UserInputRequest}.
 *
 * @example A free-form answer
 * ```ts
 * import type { UserInputResponse } from "@copilot-sdk/copilot";
 *
 * const response: UserInputResponse = { answer: "Blue, like the sea", wasFreeform: true };
 * ```
 */
export interface UserInputResponse {
  /** The answer. */
  answer: string;
  /** `true` when the answer was typed rather than picked from `choices`. */
  wasFreeform: boolean;
}

/**
 * What a user input handler learns besides the request.
 *
 * @example Answer per session
 * ```ts
 * import type { UserInputHandler } from "@copilot-sdk/copilot";
 *
 * const answers = new Map<string, string>([["support-bot", "yes"]]);
 * const onUserInputRequest: UserInputHandler = (_request, { sessionId }) => ({
 *   answer: answers.get(sessionId) ?? "no",
 *   wasFreeform: true,
 * });
 * ```
 */
export interface UserInputInvocation {
  /** The session asking. */
  sessionId: string;
}

/**
 * Answers the agent's question. Setting it on a session turns on the
 * built-in `ask_user` tool. A handler that throws fails the `ask_user` call
 * (the CLI tells the model "The user was unable to respond due to an
 * error") and its error goes to the client's `onError`.
 *
 * @example Pick the first choice, or say so
 * ```ts
 * import type { SessionConfig, UserInputHandler } from "@copilot-sdk/copilot";
 *
 * const onUserInputRequest: UserInputHandler = ({ question, choices }) => {
 *   console.log(`[agent asks] ${question}`);
 *   if (choices?.length) return { answer: choices[0], wasFreeform: false };
 *   return { answer: "I'd rather not say", wasFreeform: true };
 * };
 * const config: SessionConfig = { model: "gpt-5", onUserInputRequest };
 * // const session = await client.createSession(config);
 * // See examples/ask_user.ts for a handler that asks at the terminal.
 * ```
 */
export type UserInputHandler = (
  request: UserInputRequest,
  invocation: UserInputInvocation,
) => UserInputResponse | Promise<UserInputResponse>;
