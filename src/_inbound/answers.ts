/**
 * Runs the responders of one session: each `*.requested` event is answered
 * exactly once (a repeated one is ignored, one the CLI stops waiting for is
 * cancelled and not answered), calls run concurrently, and every handler
 * gets a signal that aborts when its answer is no longer wanted.
 *
 * @module
 */

import type { SessionEvent } from "../events.ts";
import type { EventResponder, InboundSession, RequestResponder } from "./responder.ts";
import { COMPLETION_EVENTS, EVENT_RESPONDERS } from "./table.ts";

/** How many answered request ids are remembered. */
const MAX_REMEMBERED = 1024;

interface Open {
  responder: EventResponder<never>;
  controller: AbortController;
}

/** The open and recently answered requests of one session. */
export class InboundAnswers {
  #session: InboundSession;
  /** Event requests not answered yet, by request id. */
  #open = new Map<string, Open>();
  /** Recently answered request ids, so a repeated request is not run twice. */
  #done = new Set<string>();
  /** Controllers of the JSON-RPC requests being answered. */
  #requests = new Set<AbortController>();

  /**
   * Creates the runner.
   *
   * @param session The session answered for.
   */
  constructor(session: InboundSession) {
    this.#session = session;
  }

  /**
   * Handles a session event: runs the responder of a request event (when
   * the session accepts it) and cancels an open request on the event that
   * completes it. Other events are ignored.
   *
   * @param event The event.
   * @returns Resolves once the answer (if any) is sent.
   */
  onEvent(event: SessionEvent): Promise<void> {
    const type = event.type as string;
    const responder = EVENT_RESPONDERS.get(type);
    if (responder) return this.run(responder, event.data);
    const of = COMPLETION_EVENTS.get(type);
    if (of !== undefined) {
      const requestId = (event.data as { requestId?: unknown } | undefined)?.requestId;
      const open = typeof requestId === "string" ? this.#open.get(requestId) : undefined;
      if (open?.responder.event === of) this.completed(requestId as string);
    }
    return Promise.resolve();
  }

  /**
   * Runs an event responder for a request (if the session accepts it) and
   * answers it.
   *
   * @param responder The responder.
   * @param data The event's data, with its `requestId`.
   * @returns Resolves once the answer is sent (or not needed).
   */
  async run<D>(responder: EventResponder<D>, data: D): Promise<void> {
    const requestId = (data as { requestId?: unknown } | null)?.requestId;
    if (
      typeof requestId !== "string" || this.#open.has(requestId) || this.#done.has(requestId) ||
      !responder.accepts(this.#session, data)
    ) return;
    const open: Open = {
      responder: responder as EventResponder<never>,
      controller: new AbortController(),
    };
    this.#open.set(requestId, open);
    const answer = await responder.respond(this.#session, data, open.controller.signal);
    await this.#answer(requestId, open, answer);
  }

  /**
   * Answers a JSON-RPC request with its responder; the signal also aborts
   * when the session is destroyed or the CLI goes away.
   *
   * @param responder The responder.
   * @param params The request's params.
   * @param signal The connection's signal for the request.
   * @returns The result.
   */
  async request<P, R>(
    responder: RequestResponder<P, R>,
    params: P,
    signal: AbortSignal,
  ): Promise<R> {
    const controller = new AbortController();
    const follow = () => controller.abort(signal.reason);
    if (signal.aborted) follow();
    else signal.addEventListener("abort", follow, { once: true });
    this.#requests.add(controller);
    try {
      return await responder.respond(this.#session, params, controller.signal);
    } finally {
      signal.removeEventListener("abort", follow);
      this.#requests.delete(controller);
    }
  }

  /**
   * The CLI stopped waiting for a request (e.g. the turn was aborted): its
   * handler's signal aborts and it is not answered.
   *
   * @param requestId The request's id.
   */
  completed(requestId: string): void {
    const open = this.#open.get(requestId);
    if (!open) return;
    this.#open.delete(requestId);
    this.#remember(requestId);
    open.controller.abort(new DOMException("The request was cancelled", "AbortError"));
  }

  /**
   * Aborts every open request and answers those whose responder has an
   * answer for it: the session is going away.
   *
   * @param reason Why; told to the model where the answer has text.
   * @returns Resolves when the answers are sent.
   */
  async cancelAll(reason: string): Promise<void> {
    for (const controller of this.#requests) {
      controller.abort(new DOMException(reason, "AbortError"));
    }
    await Promise.all([...this.#open].map(([requestId, open]) => {
      open.controller.abort(new DOMException(reason, "AbortError"));
      const answer = open.responder.fallback?.(reason);
      if (answer) return this.#answer(requestId, open, answer);
      this.#open.delete(requestId);
      return Promise.resolve();
    }));
  }

  /**
   * Aborts every open handler without answering: the CLI is gone.
   *
   * @param error Why.
   */
  abandonAll(error: Error): void {
    for (const controller of this.#requests) controller.abort(error);
    for (const open of this.#open.values()) open.controller.abort(error);
    this.#open.clear();
  }

  #remember(requestId: string): void {
    this.#done.add(requestId);
    if (this.#done.size > MAX_REMEMBERED) this.#done.delete(this.#done.values().next().value!);
  }

  /**
   * Sends the answer, unless the request was answered or cancelled
   * meanwhile, or the responder chose to send none (`undefined`). An answer
   * JSON cannot hold is replaced by the responder's fallback, so the CLI is
   * never left waiting.
   */
  async #answer(
    requestId: string,
    open: Open,
    answer: Record<string, unknown> | undefined,
  ): Promise<void> {
    if (this.#open.get(requestId) !== open) return;
    this.#open.delete(requestId);
    this.#remember(requestId);
    if (answer === undefined) return;
    const send = (fields: Record<string, unknown>) =>
      this.#session.request(open.responder.answerMethod, {
        ...fields,
        sessionId: this.#session.sessionId,
        requestId,
      } as never);
    try {
      await send(answer);
    } catch (error) {
      this.#session.report(error);
      // Only an answer that cannot be encoded fails with a TypeError, before anything is sent.
      const fallback = error instanceof TypeError && open.responder.fallback;
      if (fallback) {
        await send(fallback("The answer could not be sent")).catch(this.#session.report);
      }
    }
  }
}
