/**
 * The rule `sendAndWait()` follows: which events belong to the turn of the
 * message it sent, and when that turn is over. Pure: it is fed events and
 * says what they mean; it sends nothing and keeps no timer.
 *
 * - Events that arrive before `session.send` answers with the message's id
 *   (the whole turn may come in the same read) are kept, then judged once
 *   the id is known.
 * - The turn starts with the `user.message` of that id. Messages sent while
 *   the agent is busy are queued and run back to back, with one
 *   `session.idle` after the last: so the reply is the last top-level
 *   `assistant.message` whose `originatingMessageId` is this message's (a
 *   message without that field counts, for CLIs that do not send it), and a
 *   `session.error` naming another message is not this turn's.
 * - `session.idle` ends the turn: with the reply, or, when it says
 *   `aborted: true` (the turn was aborted with `session.abort`), with an
 *   `AbortError`. An `abort` event alone does not end it: a tool call denied
 *   by the permission handler also ends the turn with `abort`, then a plain
 *   `session.idle`, and that turn resolves.
 * - Before the turn starts: `session.idle` with `aborted: true` means the
 *   message was dropped from the queue by an abort, unless that abort was
 *   asked for before this message was sent (`staleAborts`: its events may
 *   arrive after the caller moved on). A `session.error` naming this message
 *   fails it; one naming no message that arrives after the send was answered,
 *   followed by `session.idle`, means the turn failed before it began (e.g. a
 *   system message the CLI cannot use).
 * - A failed hook's `session.error` ({@linkcode HOOK_ERROR_TYPE}) never ends
 *   the turn.
 *
 * @module
 */

import { SessionError } from "./errors.ts";
import type { SessionEvent, SessionEventOf } from "./events.ts";
import type { AssistantMessageEvent } from "./generated/session_events.ts";

/** The `errorType` of the `session.error` events that report a failed hook. */
export const HOOK_ERROR_TYPE = "sdk_hook";

/** What a turn came to so far. */
export type TurnOutcome =
  | { readonly done: false }
  | { readonly done: true; readonly reply: AssistantMessageEvent | undefined }
  | { readonly done: true; readonly error: Error };

const PENDING: TurnOutcome = { done: false };

/** Options for {@linkcode TurnTracker}. */
export interface TurnTrackerOptions {
  /**
   * How many aborts asked for before this message was sent have not shown
   * their `session.idle` yet: that many aborted idles before the turn starts
   * are not this message's.
   *
   * @default {0}
   */
  staleAborts?: number;
}

/** Follows the turn of one sent message. */
export class TurnTracker {
  #sessionId: string;
  #messageId: string | undefined;
  #early: SessionEvent[] = [];
  #started = false;
  #staleAborts: number;
  #reply: AssistantMessageEvent | undefined;
  /** A `session.error` naming no message, seen before the turn started. */
  #preTurnError: SessionError | undefined;
  #abortReason: string | undefined;
  #outcome: TurnOutcome = PENDING;

  /**
   * Starts following, before the message is sent.
   *
   * @param sessionId The session, for error messages.
   * @param options Aborts still in flight.
   */
  constructor(sessionId: string, options: TurnTrackerOptions = {}) {
    this.#sessionId = sessionId;
    this.#staleAborts = options.staleAborts ?? 0;
  }

  /** The outcome so far. */
  get outcome(): TurnOutcome {
    return this.#outcome;
  }

  /**
   * The CLI answered `session.send` with the message's id: the events kept
   * until now are judged.
   *
   * @param messageId The id of the sent message.
   * @returns The outcome after the kept events.
   */
  sent(messageId: string): TurnOutcome {
    this.#messageId = messageId;
    for (const event of this.#early.splice(0)) this.#consider(event, false);
    return this.#outcome;
  }

  /**
   * Judges one event of the session.
   *
   * @param event The event.
   * @returns The outcome after it.
   */
  push(event: SessionEvent): TurnOutcome {
    if (this.#messageId === undefined) this.#early.push(event);
    else this.#consider(event, true);
    return this.#outcome;
  }

  /** `live`: the event came after the send was answered (not from the early buffer). */
  #consider(event: SessionEvent, live: boolean): void {
    if (this.#outcome.done) return;
    if (!this.#started) this.#beforeStart(event, live);
    else this.#during(event);
  }

  #beforeStart(event: SessionEvent, live: boolean): void {
    switch (event.type) {
      case "user.message":
        if (event.data.messageId === this.#messageId) this.#started = true;
        break;
      case "session.error": {
        const origin = originatingMessage(event);
        if (origin === this.#messageId) this.#fail(this.#sessionError(event.data));
        else if (origin === undefined && live && event.data.errorType !== HOOK_ERROR_TYPE) {
          this.#preTurnError = this.#sessionError(event.data);
        }
        break;
      }
      case "session.idle":
        if (wasAborted(event)) {
          // Dropped from the queue by an abort, unless that abort is an earlier caller's.
          if (this.#staleAborts > 0) this.#staleAborts--;
          else this.#fail(abortedTurn("the message was dropped from the queue"));
        } else if (this.#preTurnError) {
          this.#fail(this.#preTurnError);
        }
        break;
    }
  }

  #during(event: SessionEvent): void {
    switch (event.type) {
      case "assistant.message":
        if (event.data.parentToolCallId === undefined && this.#ours(event)) this.#reply = event;
        break;
      case "abort":
        this.#abortReason = event.data.reason;
        break;
      case "session.idle":
        if (wasAborted(event)) this.#fail(abortedTurn(this.#abortReason));
        else this.#outcome = { done: true, reply: this.#reply };
        break;
      case "session.error":
        // A failed hook is reported, but the turn goes on; a queued message's error is its own.
        if (event.data.errorType !== HOOK_ERROR_TYPE && this.#ours(event)) {
          this.#fail(this.#sessionError(event.data));
        }
        break;
    }
  }

  /** Whether an event names this message as its origin, or names none. */
  #ours(event: SessionEvent): boolean {
    const origin = (event.data as { originatingMessageId?: unknown }).originatingMessageId;
    return origin === undefined || origin === this.#messageId;
  }

  #fail(error: Error): void {
    this.#outcome = { done: true, error };
  }

  #sessionError(data: { message: string }): SessionError {
    return new SessionError(`Session "${this.#sessionId}" failed: ${data.message}`, data);
  }
}

/** Whether a `session.idle` says the turn was aborted. */
function wasAborted(event: SessionEventOf<"session.idle">): boolean {
  return (event.data as { aborted?: unknown }).aborted === true;
}

/** The user message a `session.error` belongs to (CLI 1.0.102 sends it; the schema lacks it). */
function originatingMessage(event: SessionEventOf<"session.error">): string | undefined {
  return (event.data as { originatingMessageId?: string }).originatingMessageId;
}

function abortedTurn(reason: string | undefined): DOMException {
  return new DOMException(`The turn was aborted (${reason ?? "no reason given"})`, "AbortError");
}
