/**
 * A client's lifecycle subscribers (`client.on()`), each for every event or
 * for one type.
 *
 * @module
 */

import { callHandler } from "./_session_core.ts";
import type { LifecycleEvent } from "./events.ts";
import type { SessionLifecycleEvent, SessionLifecycleEventType } from "./protocol.ts";

type Handler = (event: LifecycleEvent) => void;

/**
 * `client.onLifecycle()`, the official SDK's subscription: session lifecycle
 * events only (not the SDK's own `cli.exited`/`cli.restarted`), every type
 * or one.
 */
export interface OnLifecycle {
  /**
   * Subscribes to every session lifecycle event.
   *
   * @param handler Called for each event.
   * @returns A function that unsubscribes.
   */
  (handler: (event: SessionLifecycleEvent) => void): () => void;
  /**
   * Subscribes to one session lifecycle event type.
   *
   * @param type The type, e.g. `"session.created"`.
   * @param handler Called for each event of that type.
   * @returns A function that unsubscribes.
   */
  <K extends SessionLifecycleEventType>(
    type: K,
    handler: (event: SessionLifecycleEvent & { type: K }) => void,
  ): () => void;
}

/** The subscribers of a client's lifecycle events. */
export class LifecycleSubscribers {
  #entries = new Set<{ type?: string; handler: Handler }>();

  /**
   * Subscribes.
   *
   * @param typeOrHandler The event type, or the handler of every event.
   * @param handler The handler, with a type.
   * @returns A function that unsubscribes.
   * @throws {TypeError} The handler is not a function.
   */
  add(typeOrHandler: string | Handler, handler?: unknown): () => void {
    const entry = typeof typeOrHandler === "function"
      ? { handler: typeOrHandler }
      : { type: typeOrHandler, handler: handler as Handler };
    if (typeof entry.handler !== "function") {
      throw new TypeError("Cannot subscribe: the handler must be a function");
    }
    this.#entries.add(entry);
    return () => {
      this.#entries.delete(entry);
    };
  }

  /**
   * Subscribes to session lifecycle events only ({@linkcode OnLifecycle}).
   *
   * @param typeOrHandler The event type, or the handler of every event.
   * @param handler The handler, with a type.
   * @returns A function that unsubscribes.
   * @throws {TypeError} The handler is not a function.
   */
  addSessionOnly(typeOrHandler: string | Handler, handler?: unknown): () => void {
    if (typeof typeOrHandler !== "function") return this.add(typeOrHandler, handler);
    return this.add((event) => {
      if (event.type.startsWith("session.")) typeOrHandler(event);
    });
  }

  /**
   * Gives an event to its subscribers; what they throw is reported.
   *
   * @param event The event.
   * @param report Receives a subscriber's error.
   */
  emit(event: LifecycleEvent, report: (error: unknown) => void): void {
    for (const entry of this.#entries) {
      if (entry.type !== undefined && entry.type !== event.type) continue;
      callHandler(entry.handler, event, report);
    }
  }
}
