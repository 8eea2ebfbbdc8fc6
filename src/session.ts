/**
 * {@linkcode CopilotSession}: one conversation with the agent.
 *
 * @module
 */

import { SdkError, SessionError } from "./errors.ts";
import type { SessionEvent, SessionEventOf, SessionEventType } from "./events.ts";
import type { AssistantMessageEvent } from "./generated/session_events.ts";
import type { SdkMethods } from "./protocol.ts";
import { runHook } from "./hooks.ts";
import { decidePermission, type PermissionRequest } from "./permissions.ts";
import type { RequestOptions } from "./rpc/connection.ts";
import { createSessionRpc, type SessionRpc } from "./rpc_proxy.ts";
import type { MessageOptions, SessionCallbacks } from "./session_config.ts";
import { runTransforms } from "./system_message.ts";
import { type ToolCallRequest, ToolCalls } from "./tool_calls.ts";
import type { UserInputRequest, UserInputResponse } from "./user_input.ts";

/** What a session needs from the client that owns it. */
export interface SessionHost {
  /** Sends a request to the CLI (starting it if needed), typed by method. */
  request<M extends keyof SdkMethods & string>(
    method: M,
    params: SdkMethods[M]["params"],
    options?: RequestOptions,
  ): Promise<SdkMethods[M]["result"]>;
  /** Sends any request (for `session.rpc`, whose table is typed on its own). */
  call(method: string, params: unknown, options?: RequestOptions): Promise<unknown>;
  /**
   * Ends a session in the CLI (`session.destroy`, bounded in time), or only
   * here when no CLI runs (it crashed or the client stopped).
   */
  release(sessionId: string): Promise<void>;
  /** Forgets a destroyed session. */
  forget(sessionId: string): void;
  /** Reports an error thrown by a user's event handler. */
  reportError(error: unknown): void;
}

/** The longest delay `setTimeout` takes: 2^31 - 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;

/** Options for {@linkcode CopilotSession.sendAndWait}. */
export interface SendAndWaitOptions {
  /**
   * Milliseconds to wait for `session.idle`. On timeout the call rejects with
   * a `TimeoutError` `DOMException`; the turn itself goes on (call `abort()`
   * to stop it). `Infinity` (or anything over 2^31 - 1 ms) waits for as long
   * as the turn takes.
   *
   * @default {60000}
   */
  timeout?: number;
  /** Aborting rejects the call with the signal's reason and aborts the turn. */
  signal?: AbortSignal;
}

/** The assistant's final message of a turn, as resolved by `sendAndWait()`. */
export type { AssistantMessageEvent };

/** Receives session events. */
export type SessionEventHandler = (event: SessionEvent) => void;

interface Subscription {
  type: string | undefined;
  handler: (event: SessionEvent) => void;
}

/** The `errorType` of the `session.error` events that report a failed hook. */
export const HOOK_ERROR_TYPE = "sdk_hook";

let dispatchTo: (session: CopilotSession, event: SessionEvent) => void;
let inbound: (session: CopilotSession) => SessionInbound;

/** The requests the CLI sends about a session, answered by its callbacks. */
export interface SessionInbound {
  /** Answers `userInput.request`. */
  userInput(request: UserInputRequest): Promise<UserInputResponse>;
  /** Answers `hooks.invoke`. */
  hook(hookType: string, input: unknown): Promise<{ output?: unknown }>;
  /** Answers `systemMessage.transform`. */
  transform(
    sections: Record<string, { content: string }>,
  ): Promise<{ sections: Record<string, { content: string }> }>;
}

/**
 * The handlers for requests the CLI sends about a session. For the client.
 *
 * @param session The session.
 * @returns Its request handlers.
 */
export function sessionInbound(session: CopilotSession): SessionInbound {
  return inbound(session);
}
let failAll: (session: CopilotSession, error: Error, final: boolean) => void;
let setPath: (session: CopilotSession, path: string | undefined) => void;

/**
 * Records where the CLI keeps a session's files. For the client.
 *
 * @param session The session.
 * @param path The folder, when the CLI reported one.
 */
export function setWorkspacePath(session: CopilotSession, path: string | undefined): void {
  setPath(session, path);
}

/**
 * Delivers an event from the CLI to a session's handlers. For the client.
 *
 * @param session The session.
 * @param event The event.
 */
export function dispatchSessionEvent(session: CopilotSession, event: SessionEvent): void {
  dispatchTo(session, event);
}

/**
 * Fails every call waiting on a session (e.g. `sendAndWait()`) and errors its
 * event streams, because the connection is gone. For the client.
 *
 * @param session The session.
 * @param error Why.
 */
export function failSession(session: CopilotSession, error: Error): void {
  failAll(session, error, false);
}

/**
 * Ends a session without telling the CLI, because the client let go of the
 * CLI (`forceStop()`, or `stop()` after its sessions were destroyed): its
 * waiting calls and streams fail with `error`, and later calls say it was
 * destroyed. For the client.
 *
 * @param session The session.
 * @param error Why.
 */
export function closeSession(session: CopilotSession, error: Error): void {
  failAll(session, error, true);
}

/**
 * One conversation with the agent. Get one from `client.createSession()` or
 * `client.resumeSession()`.
 *
 * @example A turn with streaming output
 * ```ts ignore
 * const session = await client.createSession({ model: "gpt-5", streaming: true });
 * session.on("assistant.message_delta", (e) => console.log(e.data.deltaContent));
 * const reply = await session.sendAndWait({ prompt: "What is 2+2?" });
 * console.log(reply?.data.content);
 * await session.destroy();
 * ```
 */
export class CopilotSession {
  static {
    dispatchTo = (session, event) => session.#dispatch(event);
    inbound = (session) => session.#inbound;
    failAll = (session, error, final) => {
      session.#fail(error);
      if (!final || session.#destroyed) return;
      session.#destroyed = Promise.resolve();
      session.#subscriptions.clear();
    };
    setPath = (session, path) => session.#workspacePath = path;
  }

  #host: SessionHost;
  /** Reports an error from a user handler (one function for every event). */
  #report: (error: unknown) => void;
  #subscriptions = new Set<Subscription>();
  #waiters = new Set<(error: Error) => void>();
  #streams = new Set<ReadableStreamDefaultController<SessionEvent>>();
  #destroyed: Promise<void> | undefined;
  #workspacePath: string | undefined;
  #rpc: SessionRpc | undefined;
  #callbacks: SessionCallbacks;
  #toolCalls: ToolCalls;
  #inbound: SessionInbound;

  /** The session's id. */
  readonly sessionId: string;

  /**
   * Made by the client; use `client.createSession()` instead.
   *
   * @param sessionId The session's id.
   * @param host The owning client.
   * @param callbacks Its tools, handlers and hooks.
   */
  constructor(
    sessionId: string,
    host: SessionHost,
    callbacks: SessionCallbacks = { tools: new Map() },
  ) {
    this.sessionId = sessionId;
    this.#host = host;
    this.#report = (error) => host.reportError(error);
    this.#callbacks = callbacks;
    this.#toolCalls = new ToolCalls(sessionId, callbacks.tools, {
      request: (method, params) => host.call(method, params),
      reportError: (error) => host.reportError(error),
    });
    this.#inbound = {
      userInput: (request) => this.#answerUserInput(request),
      hook: (hookType, input) => this.#answerHook(hookType, input),
      transform: (sections) =>
        runTransforms(callbacks.transforms, sections, (error) => host.reportError(error)),
    };
  }

  /** The folder where the CLI keeps this session's state, when it reported one. */
  get workspacePath(): string | undefined {
    return this.#workspacePath;
  }

  /**
   * Every session-level method of the CLI's schema, typed, with this
   * session's id filled in: `session.rpc.model.switchTo({ modelId })`,
   * `session.rpc.log({ message })`, `session.rpc.model.getCurrent()`...
   *
   * @example Switch the model
   * ```ts ignore
   * await session.rpc.model.switchTo({ modelId: "gpt-5" });
   * ```
   */
  get rpc(): SessionRpc {
    this.#rpc ??= createSessionRpc(this.sessionId, async (method, params, options) => {
      this.#assertLive(method);
      return await this.#host.call(method, params, options);
    });
    return this.#rpc;
  }

  /** Whether `destroy()` has been called. */
  get destroyed(): boolean {
    return this.#destroyed !== undefined;
  }

  /**
   * Sends a message; returns once the CLI has queued it, before the agent
   * answers. Follow the answer with {@linkcode CopilotSession.on} or use
   * {@linkcode CopilotSession.sendAndWait}.
   *
   * @param message The prompt, or the prompt with attachments and mode.
   * @returns The id of the user message.
   * @throws {SdkError} The session was destroyed.
   * @throws {ConnectionClosedError} The CLI is gone.
   */
  async send(message: string | MessageOptions): Promise<string> {
    const options = typeof message === "string" ? { prompt: message } : message;
    if (typeof options?.prompt !== "string") {
      throw new TypeError('Cannot send: "prompt" must be a string');
    }
    this.#assertLive("send");
    const params = {
      ...options,
      // Last, so that nothing in `message` can send it to another session.
      sessionId: this.sessionId,
    };
    // (The cast: the SDK's own attachment types are looser than the schema's,
    // e.g. `displayName` may be left out; the CLI fills it in.)
    const result = await this.#host.request(
      "session.send",
      params as SdkMethods["session.send"]["params"],
    );
    return result.messageId;
  }

  /**
   * Sends a message and waits until the agent is idle.
   *
   * @param message The prompt, or the prompt with attachments and mode.
   * @param options Timeout and abort signal.
   * @returns The last `assistant.message` event of the turn, or `undefined` if there was none.
   * @throws {SessionError} The session reported `session.error`.
   * @throws {DOMException} `TimeoutError` after `timeout`; the signal's reason on abort.
   * @throws {ConnectionClosedError} The CLI is gone.
   */
  sendAndWait(
    message: string | MessageOptions,
    options: SendAndWaitOptions = {},
  ): Promise<AssistantMessageEvent | undefined> {
    const { timeout = 60_000, signal } = options;
    if (typeof timeout !== "number" || Number.isNaN(timeout) || timeout < 0) {
      return Promise.reject(
        new TypeError(
          `Cannot sendAndWait: "timeout" must be a number of milliseconds >= 0 (or Infinity), not ${
            String(timeout)
          }`,
        ),
      );
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    try {
      this.#assertLive("sendAndWait");
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      // Only events of this message's turn count: a `session.idle` or
      // `session.error` left over from an earlier turn must not settle it.
      // Events that arrive before `send()` answers (the whole turn may come in
      // the same read) wait in `early` until the message's id is known.
      let messageId: string | undefined;
      const early: SessionEvent[] = [];
      let started = false;
      let last: AssistantMessageEvent | undefined;
      let settled = false;
      const finish = (error: unknown, value?: AssistantMessageEvent) => {
        if (settled) return;
        settled = true;
        unsubscribe();
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        this.#waiters.delete(fail);
        if (error !== undefined) reject(error);
        else resolve(value);
      };
      const consider = (event: SessionEvent) => {
        if (!started) {
          if (event.type === "user.message" && event.data.messageId === messageId) {
            started = true;
          } else if (event.type === "session.error" && originatingMessage(event) === messageId) {
            finish(this.#sessionError(event.data));
          } else if (event.type === "abort") {
            // Aborted while still queued: the CLI drops the message, so its turn never starts.
            finish(abortedTurn(event.data.reason));
          }
          return;
        }
        switch (event.type) {
          case "assistant.message":
            if (event.data.parentToolCallId === undefined) last = event;
            break;
          case "session.idle":
            finish(undefined, last);
            break;
          case "session.error":
            // A failed hook is reported, but the turn goes on.
            if (event.data.errorType !== HOOK_ERROR_TYPE) finish(this.#sessionError(event.data));
            break;
          case "abort":
            finish(abortedTurn(event.data.reason));
            break;
        }
      };
      const unsubscribe = this.on((event) => {
        if (messageId === undefined) early.push(event);
        else consider(event);
      });
      const fail = (error: Error) => finish(error);
      this.#waiters.add(fail);
      // Past what timers hold (2^31 - 1 ms, about 24.8 days) is no limit.
      const timer = timeout > MAX_TIMER_MS ? undefined : setTimeout(() => {
        finish(
          new DOMException(
            `sendAndWait() timed out after ${timeout} ms waiting for "session.idle"`,
            "TimeoutError",
          ),
        );
      }, timeout);
      const onAbort = () => {
        finish(signal!.reason);
        this.abort().catch(() => {});
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.send(message).then((id) => {
        messageId = id;
        for (const event of early.splice(0)) if (!settled) consider(event);
      }, (error) => finish(error));
    });
  }

  /**
   * Subscribes to every event of this session, including types the SDK does
   * not know. A throwing handler is reported and never stops other handlers.
   *
   * @param handler Called for each event.
   * @returns A function that unsubscribes.
   */
  on(handler: (event: SessionEvent) => void): () => void;
  /**
   * Subscribes to events of one type, with `event` narrowed to it.
   *
   * @param type The event type, e.g. `"assistant.message"`.
   * @param handler Called for each event of that type.
   * @returns A function that unsubscribes.
   */
  on<T extends SessionEventType>(
    type: T,
    handler: (event: SessionEventOf<T>) => void,
  ): () => void;
  on(
    typeOrHandler: string | ((event: SessionEvent) => void),
    handler?: (event: never) => void,
  ): () => void {
    const subscription: Subscription = typeof typeOrHandler === "function"
      ? { type: undefined, handler: typeOrHandler }
      : { type: typeOrHandler, handler: handler as (event: SessionEvent) => void };
    if (typeof subscription.handler !== "function") {
      throw new TypeError("Cannot subscribe: the handler must be a function");
    }
    this.#subscriptions.add(subscription);
    return () => {
      this.#subscriptions.delete(subscription);
    };
  }

  /**
   * The session's events as a stream, from now on. It closes when the session
   * is destroyed and errors when the CLI goes away; cancel it (or `break` out
   * of `for await`) to unsubscribe.
   *
   * @returns A stream of events.
   */
  events(): ReadableStream<SessionEvent> {
    let unsubscribe: (() => void) | undefined;
    let self: ReadableStreamDefaultController<SessionEvent> | undefined;
    return new ReadableStream<SessionEvent>({
      start: (controller) => {
        self = controller;
        if (this.destroyed) {
          controller.close();
          return;
        }
        this.#streams.add(controller);
        unsubscribe = this.on((event) => controller.enqueue(event));
      },
      cancel: () => {
        unsubscribe?.();
        if (self) this.#streams.delete(self);
      },
    });
  }

  /**
   * Aborts the turn in progress; the session stays usable.
   *
   * @returns Resolves once the CLI has taken the request.
   */
  async abort(): Promise<void> {
    this.#assertLive("abort");
    await this.#host.request("session.abort", { sessionId: this.sessionId });
  }

  /**
   * The session's history: its events, oldest first.
   *
   * @returns The events.
   */
  async getMessages(): Promise<SessionEvent[]> {
    this.#assertLive("getMessages");
    const result = await this.#host.request(
      "session.getMessages",
      { sessionId: this.sessionId },
    );
    return result.events;
  }

  /**
   * Ends the session in this client and in the CLI. Its history stays on
   * disk, so it can be resumed with `client.resumeSession()`. Idempotent.
   *
   * @returns Resolves once the CLI has released it.
   */
  destroy(): Promise<void> {
    this.#destroyed ??= this.#destroy();
    return this.#destroyed;
  }

  /**
   * Same as {@linkcode CopilotSession.destroy}.
   *
   * @returns Resolves once the CLI has released it.
   */
  disconnect(): Promise<void> {
    return this.destroy();
  }

  /** Destroys the session; for `await using`. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.destroy();
  }

  async #destroy(): Promise<void> {
    const closed = new SdkError(
      "SESSION_ERROR",
      `Session "${this.sessionId}" was destroyed before the call finished`,
    );
    for (const fail of [...this.#waiters]) fail(closed);
    for (const controller of this.#streams) closeQuietly(controller);
    this.#streams.clear();
    try {
      await this.#toolCalls.cancelAll(`Session "${this.sessionId}" was destroyed`);
      await this.#host.release(this.sessionId);
    } finally {
      this.#subscriptions.clear();
      this.#host.forget(this.sessionId);
    }
  }

  async #answerPermission(requestId: string, request: PermissionRequest): Promise<void> {
    const result = await decidePermission(
      this.#callbacks.onPermissionRequest!,
      request,
      { sessionId: this.sessionId },
      (error) => this.#host.reportError(error),
    );
    try {
      await this.#host.request("session.permissions.handlePendingPermissionRequest", {
        sessionId: this.sessionId,
        requestId,
        result,
      });
    } catch (error) {
      this.#host.reportError(error);
    }
  }

  async #answerUserInput(request: UserInputRequest): Promise<UserInputResponse> {
    const handler = this.#callbacks.onUserInputRequest;
    if (!handler) {
      throw new Error(
        `Session "${this.sessionId}" has no onUserInputRequest handler to answer the question`,
      );
    }
    try {
      const response = await handler(
        {
          question: request.question,
          choices: request.choices,
          allowFreeform: request.allowFreeform,
        },
        { sessionId: this.sessionId },
      );
      if (!response || typeof response.answer !== "string") {
        throw new TypeError(
          "onUserInputRequest must return {answer: string, wasFreeform: boolean}",
        );
      }
      return { answer: response.answer, wasFreeform: response.wasFreeform ?? true };
    } catch (error) {
      // Reported here; the CLI gets the error and fails the ask_user call.
      this.#host.reportError(error);
      throw error;
    }
  }

  async #answerHook(hookType: string, input: unknown): Promise<{ output?: unknown }> {
    try {
      return {
        output: await runHook(this.#callbacks.hooks, hookType, input, {
          sessionId: this.sessionId,
        }),
      };
    } catch (error) {
      this.#host.reportError(error);
      // Recorded in the session's history as an error event; the turn goes on.
      const message = error instanceof Error ? error.message : String(error);
      this.#host.request("session.log", {
        sessionId: this.sessionId,
        level: "error",
        type: HOOK_ERROR_TYPE,
        message: `The ${hookType} hook failed: ${message}`,
      }).catch((logError) => this.#host.reportError(logError));
      return {};
    }
  }

  #sessionError(data: { message: string }): SessionError {
    return new SessionError(`Session "${this.sessionId}" failed: ${data.message}`, data);
  }

  #assertLive(what: string): void {
    if (this.#destroyed) {
      throw new SdkError(
        "SESSION_ERROR",
        `Cannot call "${what}": session "${this.sessionId}" was destroyed; create or resume a session`,
      );
    }
  }

  #dispatch(event: SessionEvent): void {
    if (this.#destroyed) return;
    switch (event.type) {
      case "external_tool.requested":
        this.#toolCalls.run(event.data as ToolCallRequest);
        break;
      case "external_tool.completed":
        this.#toolCalls.completed(String(event.data?.requestId));
        break;
      case "permission.requested":
        if (this.#callbacks.onPermissionRequest && !event.data.resolvedByHook) {
          this.#answerPermission(event.data.requestId, event.data.permissionRequest);
        }
        break;
    }
    for (const subscription of this.#subscriptions) {
      if (subscription.type !== undefined && subscription.type !== event.type) continue;
      callHandler(subscription.handler, event, this.#report);
    }
  }

  #fail(error: Error): void {
    this.#toolCalls.abandonAll(error);
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
}

/** The user message a `session.error` belongs to (CLI 1.0.102 sends it; the schema lacks it). */
function originatingMessage(event: SessionEventOf<"session.error">): string | undefined {
  return (event.data as { originatingMessageId?: string }).originatingMessageId;
}

function abortedTurn(reason: string | undefined): DOMException {
  return new DOMException(`The turn was aborted (${reason ?? "no reason given"})`, "AbortError");
}

function closeQuietly(controller: ReadableStreamDefaultController<unknown>): void {
  try {
    controller.close();
  } catch {
    // Already closed or errored.
  }
}

/**
 * Calls an event handler; what it throws, or the promise it returns rejects
 * with (an `async` handler), is reported, never thrown into dispatch.
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
