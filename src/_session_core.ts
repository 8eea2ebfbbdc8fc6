/**
 * The one internal interface between the client and a session. The client
 * keeps a {@linkcode SessionCore} per open session and talks to it through
 * its methods (deliver an event, fail or close it); the core reaches the
 * client through the {@linkcode SessionHost} it was given. The public
 * `CopilotSession` is a facade over its core.
 *
 * @module
 */

import { InboundAnswers } from "./_inbound/answers.ts";
import type { InboundSession, SdkRequest } from "./_inbound/responder.ts";
import { SdkError } from "./errors.ts";
import type { SessionEvent } from "./events.ts";
import type { OpenCanvasInstance } from "./generated/rpc.ts";
import type { SessionCapabilities } from "./handlers.ts";
import type { RequestOptions } from "./rpc/connection.ts";
import type { SessionCallbacks } from "./session_config.ts";

/** What a session needs from the client that owns it. */
export interface SessionHost {
  /** Sends a request to the CLI (starting it if needed), typed by method. */
  readonly request: SdkRequest;
  /** Sends any request (for `session.rpc`, whose table is typed on its own). */
  call(method: string, params: unknown, options?: RequestOptions): Promise<unknown>;
  /**
   * Ends a session in the CLI (`session.destroy`, bounded in time), or only
   * here when no CLI runs (it crashed or the client stopped).
   */
  release(sessionId: string): Promise<void>;
  /** Forgets a destroyed session. */
  forget(sessionId: string): void;
  /** Reports an error nobody awaits (a throwing handler) to the client's `onError`. */
  reportError(error: unknown): void;
  /** Whether the CLI runs on this machine, so attachment paths can be checked here. */
  readonly localFiles: boolean;
}

interface Subscription {
  type: string | undefined;
  handler: (event: SessionEvent) => void;
}

/** The state of one open session, shared by the client and the session object. */
export class SessionCore implements InboundSession {
  /** The session's id. */
  readonly sessionId: string;
  /** Its tools, handlers and hooks. */
  readonly callbacks: SessionCallbacks;
  /** The client. */
  readonly host: SessionHost;
  /** Its open inbound requests (tool calls, permission prompts...). */
  readonly answers: InboundAnswers;
  /** Where the CLI keeps its files, once reported. */
  workspacePath: string | undefined;
  /** What the session's clients can do, from the open answer and `capabilities.changed`. */
  capabilities: SessionCapabilities = {};
  /** The canvases open in the session, by instance id (the open answer, then canvas events). */
  readonly openCanvases: Map<string, OpenCanvasInstance> = new Map();
  /**
   * Whether the CLI keeps the session on disk, so that it can be resumed:
   * it was resumed, or it has had a message (a new session is written out
   * with its first message).
   */
  persisted = false;
  /**
   * Aborts asked for (`session.abort`) whose aborted `session.idle` has not
   * arrived yet; cleared when a new turn starts, since the CLI handles
   * requests in order.
   */
  pendingAborts = 0;
  #subscriptions = new Set<Subscription>();
  /**
   * Canvases closed before the open answer was taken (its snapshot must not
   * bring them back); `undefined` once it was.
   */
  #closedBeforeAnswer: Set<string> | undefined = new Set();
  #waiters = new Set<(error: Error) => void>();
  #streams = new Set<ReadableStreamDefaultController<SessionEvent>>();
  #destroyed: Promise<void> | undefined;

  /**
   * Creates the core of a session being opened.
   *
   * @param sessionId The session's id.
   * @param host The client.
   * @param callbacks Its tools, handlers and hooks.
   */
  constructor(sessionId: string, host: SessionHost, callbacks: SessionCallbacks) {
    this.sessionId = sessionId;
    this.host = host;
    this.callbacks = callbacks;
    this.answers = new InboundAnswers(this);
    // From the first event: the CLI sends session.start before it answers create.
    if (callbacks.onEvent) this.subscribe(undefined, callbacks.onEvent);
  }

  /**
   * The CLI opened the session: keeps what its answer says, and registers
   * interest in the events only some clients ask for (MCP OAuth).
   *
   * @param resumed Whether it was resumed (so the CLI has it on disk).
   * @param result The create/resume answer.
   * @returns Resolves once the CLI took the registrations.
   */
  async opened(
    resumed: boolean,
    result:
      | { workspacePath?: string; capabilities?: Record<string, unknown>; openCanvases?: unknown }
      | undefined,
  ): Promise<void> {
    if (resumed) this.persisted = true;
    this.workspacePath = result?.workspacePath;
    this.capabilities = { ...(result?.capabilities ?? {}) };
    if (Array.isArray(result?.openCanvases)) {
      // A canvas event that came before the answer is newer than its snapshot.
      const known = new Set(this.openCanvases.keys());
      for (const canvas of result.openCanvases) {
        const id = (canvas as { instanceId?: unknown } | null)?.instanceId;
        if (!known.has(id as string) && !this.#closedBeforeAnswer?.has(id as string)) {
          this.#canvasOpened(canvas);
        }
      }
    }
    this.#closedBeforeAnswer = undefined;
    if (this.callbacks.onMcpAuthRequest) {
      await this.request("session.eventLog.registerInterest", {
        sessionId: this.sessionId,
        eventType: "mcp.oauth_required",
      } as never);
    }
  }

  /** Sends a request to the CLI, typed by method. */
  get request(): SdkRequest {
    return this.host.request;
  }

  /** Reports an error nobody awaits; usable unbound. */
  readonly report = (error: unknown): void => this.host.reportError(error);

  /** Whether the session was destroyed (or closed by its client). */
  get destroyed(): boolean {
    return this.#destroyed !== undefined;
  }

  /**
   * Throws when the session was destroyed.
   *
   * @param what The call refused, for the message.
   * @throws {SdkError} `SESSION_DESTROYED`.
   */
  assertLive(what: string): void {
    if (this.#destroyed) {
      throw new SdkError(
        "SESSION_DESTROYED",
        `Cannot call "${what}": session "${this.sessionId}" was destroyed; create or resume a session`,
      );
    }
  }

  /**
   * Delivers an event from the CLI: inbound requests first, then the
   * subscribers. A throwing subscriber is reported and never stops the others.
   *
   * @param event The event.
   */
  dispatch(event: SessionEvent): void {
    if (this.#destroyed) return;
    if (event.type === "user.message") {
      this.persisted = true;
      this.pendingAborts = 0;
    } else if (event.type === "capabilities.changed") {
      this.capabilities = { ...this.capabilities, ...(event.data as SessionCapabilities) };
    } else if (event.type === "session.canvas.opened") {
      this.#canvasOpened(event.data);
    } else if (event.type === "session.canvas.closed") {
      this.openCanvases.delete(event.data.instanceId);
      this.#closedBeforeAnswer?.add(event.data.instanceId);
    } else if (
      event.type === "session.idle" && (event.data as { aborted?: unknown }).aborted === true
    ) {
      this.pendingAborts = Math.max(0, this.pendingAborts - 1);
    }
    this.answers.onEvent(event);
    for (const subscription of this.#subscriptions) {
      if (subscription.type !== undefined && subscription.type !== event.type) continue;
      callHandler(subscription.handler, event, this.report);
    }
  }

  #canvasOpened(canvas: unknown): void {
    const instanceId = (canvas as { instanceId?: unknown } | null)?.instanceId;
    if (typeof instanceId !== "string") return;
    this.#closedBeforeAnswer?.delete(instanceId);
    this.openCanvases.set(instanceId, structuredClone(canvas) as OpenCanvasInstance);
  }

  /**
   * Delivers a `session.error` event made by the SDK (not the CLI), e.g.
   * when the CLI exits.
   *
   * @param errorType The event's `errorType`.
   * @param message The event's message.
   */
  notifyError(errorType: string, message: string): void {
    this.dispatch({
      id: crypto.randomUUID(),
      timestamp: new Date().toISOString(),
      parentId: null,
      ephemeral: true,
      type: "session.error",
      data: { errorType, message },
    } as SessionEvent);
  }

  /**
   * Adds a subscriber.
   *
   * @param type The event type, or `undefined` for all.
   * @param handler Called for each event.
   * @returns A function that unsubscribes.
   */
  subscribe(type: string | undefined, handler: (event: SessionEvent) => void): () => void {
    if (typeof handler !== "function") {
      throw new TypeError("Cannot subscribe: the handler must be a function");
    }
    const subscription: Subscription = { type, handler };
    this.#subscriptions.add(subscription);
    return () => {
      this.#subscriptions.delete(subscription);
    };
  }

  /**
   * The events from now on, as a stream that closes when the session is
   * destroyed and errors when the CLI goes away, or when `bufferSize`
   * events wait unread (`EVENT_BUFFER_FULL`).
   *
   * @param bufferSize How many unread events it holds.
   * @returns The stream.
   */
  stream(bufferSize: number): ReadableStream<SessionEvent> {
    let unsubscribe: (() => void) | undefined;
    let self: ReadableStreamDefaultController<SessionEvent> | undefined;
    /** Set once the buffer overflowed: the stream errors once what it holds is read. */
    let overflow: SdkError | undefined;
    const end = () => {
      unsubscribe?.();
      if (self) this.#streams.delete(self);
    };
    return new ReadableStream<SessionEvent>({
      start: (controller) => {
        self = controller;
        if (this.destroyed) {
          controller.close();
          return;
        }
        this.#streams.add(controller);
        unsubscribe = this.subscribe(undefined, (event) => {
          if (controller.desiredSize !== null && controller.desiredSize <= 0) {
            end();
            overflow = new SdkError(
              "EVENT_BUFFER_FULL",
              `The events() stream of session "${this.sessionId}" was not read: ${bufferSize} events waited unread, so it was ended; read it as it goes, or pass a larger bufferSize`,
            );
            return;
          }
          controller.enqueue(event);
        });
      },
      pull: (controller) => {
        // Called once a read leaves room: when all it held is read, say why it ends.
        if (overflow && controller.desiredSize === bufferSize) controller.error(overflow);
      },
      cancel: end,
    }, { highWaterMark: bufferSize });
  }

  /**
   * Registers a call waiting on the session, failed when the session or the
   * connection goes away.
   *
   * @param fail Called with why.
   * @returns A function that removes it.
   */
  addWaiter(fail: (error: Error) => void): () => void {
    this.#waiters.add(fail);
    return () => {
      this.#waiters.delete(fail);
    };
  }

  /**
   * Fails every waiting call and errors the streams: the connection is gone.
   * The session stays usable (the client may restart the CLI).
   *
   * @param error Why.
   */
  fail(error: Error): void {
    this.answers.abandonAll(error);
    for (const fail of [...this.#waiters]) fail(error);
    for (const controller of this.#streams) {
      try {
        controller.error(error);
      } catch {
        // Already closed.
      }
    }
    this.#streams.clear();
  }

  /**
   * Ends the session here without telling the CLI (the client let go of
   * it): waiting calls and streams fail with `error`, later calls say it was
   * destroyed.
   *
   * @param error Why.
   */
  close(error: Error): void {
    this.fail(error);
    if (this.#destroyed) return;
    this.#destroyed = Promise.resolve();
    this.#subscriptions.clear();
  }

  /**
   * Ends the session here and in the CLI. Idempotent.
   *
   * @returns Resolves once the CLI has released it.
   */
  destroy(): Promise<void> {
    this.#destroyed ??= this.#destroy();
    return this.#destroyed;
  }

  async #destroy(): Promise<void> {
    const closed = new SdkError(
      "SESSION_DESTROYED",
      `Session "${this.sessionId}" was destroyed before the call finished`,
    );
    for (const fail of [...this.#waiters]) fail(closed);
    for (const controller of this.#streams) {
      try {
        controller.close();
      } catch {
        // Already closed or errored.
      }
    }
    this.#streams.clear();
    try {
      await this.answers.cancelAll(`Session "${this.sessionId}" was destroyed`);
      await this.host.release(this.sessionId);
    } finally {
      this.#subscriptions.clear();
      this.host.forget(this.sessionId);
    }
  }
}

/**
 * Calls an event handler; what it throws, or the promise it returns rejects
 * with (an `async` handler), is reported, never thrown into dispatch.
 *
 * @param handler The handler.
 * @param event The event.
 * @param report Receives what it threw.
 */
export function callHandler<E>(
  handler: (event: E) => void,
  event: E,
  report: (error: unknown) => void,
): void {
  try {
    const result = handler(event) as unknown;
    if (typeof (result as PromiseLike<unknown> | undefined)?.then === "function") {
      (result as Promise<unknown>).then(undefined, report);
    }
  } catch (error) {
    report(error);
  }
}
