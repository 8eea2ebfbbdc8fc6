/**
 * `session.ui`: ask the user through whichever client of the session can
 * show dialogs (one whose session set `onElicitationRequest`). Each method
 * throws at once when no client can (`session.capabilities.ui.elicitation`
 * is not `true`), instead of waiting for an answer that never comes.
 *
 * @module
 */

import type { SessionCore } from "./_session_core.ts";
import type { CallOptions } from "./client_options.ts";
import { SdkError } from "./errors.ts";
import type {
  ElicitationResult,
  ElicitationSchema,
  ElicitationSchemaField,
  UiInputOptions,
} from "./handlers.ts";

/** The user-interface methods of a session. */
export class SessionUi {
  #core: SessionCore;

  /**
   * Made by the session; use `session.ui`.
   *
   * @param core The session's state.
   */
  constructor(core: SessionCore) {
    this.#core = core;
  }

  /**
   * Shows a form and returns the user's answer.
   *
   * @param params The message and the form.
   * @param options Signal and timeout (a person may take long: `timeout: Infinity`).
   * @returns What the user did, and the values when they accepted.
   * @throws {SdkError} `UI_UNAVAILABLE`: no client of the session can show dialogs.
   *
   * @example Ask for a region
   * ```ts ignore
   * const answer = await session.ui.elicitation({
   *   message: "Where should it run?",
   *   requestedSchema: {
   *     type: "object",
   *     properties: { region: { type: "string", enum: ["eu", "us"] } },
   *     required: ["region"],
   *   },
   * });
   * if (answer.action === "accept") console.log(answer.content?.region);
   * ```
   */
  async elicitation(
    params: { message: string; requestedSchema: ElicitationSchema },
    options?: CallOptions,
  ): Promise<ElicitationResult> {
    this.#assertCan("elicitation");
    const result = await this.#core.request("session.ui.elicitation", {
      sessionId: this.#core.sessionId,
      message: params.message,
      requestedSchema: params.requestedSchema,
    } as never, options) as ElicitationResult;
    return result.content ? { action: result.action, content: result.content } : {
      action: result.action,
    };
  }

  /**
   * Asks a yes/no question.
   *
   * @param message The question.
   * @param options Signal and timeout.
   * @returns `true` when the user accepted and confirmed.
   * @throws {SdkError} `UI_UNAVAILABLE`: no client of the session can show dialogs.
   */
  async confirm(message: string, options?: CallOptions): Promise<boolean> {
    const answer = await this.#ask("confirm", message, "confirmed", {
      type: "boolean",
      default: true,
    }, options);
    return answer === true;
  }

  /**
   * Asks the user to pick one of `choices`.
   *
   * @param message The question.
   * @param choices What to pick from.
   * @param options Signal and timeout.
   * @returns The choice, or `null` when the user declined or cancelled.
   * @throws {SdkError} `UI_UNAVAILABLE`: no client of the session can show dialogs.
   */
  async select(message: string, choices: string[], options?: CallOptions): Promise<string | null> {
    const answer = await this.#ask("select", message, "selection", {
      type: "string",
      enum: choices,
    }, options);
    return typeof answer === "string" ? answer : null;
  }

  /**
   * Asks for a line of text.
   *
   * @param message The question.
   * @param field The field's label, format and limits.
   * @param options Signal and timeout.
   * @returns The text, or `null` when the user declined or cancelled.
   * @throws {SdkError} `UI_UNAVAILABLE`: no client of the session can show dialogs.
   */
  async input(
    message: string,
    field: UiInputOptions = {},
    options?: CallOptions,
  ): Promise<string | null> {
    const answer = await this.#ask(
      "input",
      message,
      "value",
      { type: "string", ...field },
      options,
    );
    return typeof answer === "string" ? answer : null;
  }

  /**
   * Asks with a one-field form (the field named as the official SDK names
   * it, so handlers written for either work); its value when accepted.
   */
  async #ask(
    what: string,
    message: string,
    name: string,
    field: ElicitationSchemaField,
    options: CallOptions | undefined,
  ): Promise<unknown> {
    this.#assertCan(what);
    const result = await this.elicitation({
      message,
      requestedSchema: { type: "object", properties: { [name]: field }, required: [name] },
    }, options);
    return result.action === "accept" ? result.content?.[name] : undefined;
  }

  #assertCan(what: string): void {
    this.#core.assertLive(`ui.${what}`);
    if (this.#core.capabilities.ui?.elicitation !== true) {
      throw new SdkError(
        "UI_UNAVAILABLE",
        `Cannot call "ui.${what}": no client of session "${this.#core.sessionId}" can show dialogs (session.capabilities.ui.elicitation is not true); set onElicitationRequest on a client's session`,
      );
    }
  }
}
