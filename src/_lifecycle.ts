/**
 * A client's lifecycle subscribers (`client.on()`), each for every event or
 * for one type.
 *
 * @module
 */

import { callHandler } from "./_session_core.ts";
import type { LifecycleEvent } from "./events.ts";

type Handler = (event: LifecycleEvent) => void;

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
