/**
 * {@linkcode CopilotSession}: one conversation with the agent.
 *
 * @module
 */

import { checkAttachments } from "./_checks.ts";
import type { SessionCore } from "./_session_core.ts";
import { type TurnHost, type TurnResult, waitForTurn } from "./_turn_result.ts";
import { type OutputOf, type OutputSchema, type RunOptions, runTurn } from "./run.ts";
import type { SessionEvent, SessionEventOf, SessionEventType } from "./events.ts";
import type { AssistantMessageEvent } from "./generated/session_events.ts";
import type { SdkMethods } from "./protocol.ts";
import { createSessionRpc, type SessionRpc } from "./rpc_proxy.ts";
import type { MessageOptions } from "./session_config.ts";
import type { CallOptions } from "./client_options.ts";
import type { AutoTier } from "./generated/session_events.ts";
import type { LogOptions, SetModelOptions } from "./session_options.ts";
import type { SessionCapabilities } from "./handlers.ts";
import type { OpenCanvasInstance } from "./generated/rpc.ts";
import { SessionUi } from "./session_ui.ts";

export { HOOK_ERROR_TYPE } from "./_turn.ts";

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

/** Options for {@linkcode CopilotSession.events}. */
export interface EventsOptions {
  /**
   * How many unread events the stream holds; one more ends it with an
   * `SdkError` coded `EVENT_BUFFER_FULL`.
   *
   * @default {10000}
   */
  bufferSize?: number;
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
  #core: SessionCore;
  #rpc: SessionRpc | undefined;

  /** The session's id. */
  readonly sessionId: string;

  /**
   * Ask the user through a client that can show dialogs: `elicitation()`
   * (a form), `confirm()`, `select()`, `input()`. Each throws at once
   * (`UI_UNAVAILABLE`) when no client can (see `capabilities`).
   */
  readonly ui: SessionUi;

  /**
   * Made by the client; use `client.createSession()` instead.
   *
   * @param core The session's state, shared with its client.
   */
  constructor(core: SessionCore) {
    this.#core = core;
    this.sessionId = core.sessionId;
    this.ui = new SessionUi(core);
  }

  /**
   * What the session's clients can do, as the CLI says: from the answer
   * to create/resume, updated by `capabilities.changed` events.
   */
  get capabilities(): SessionCapabilities {
    return this.#core.capabilities;
  }

  /**
   * The canvases open in the session (the official SDK's snapshot): from
   * the answer to resume, then `session.canvas.opened`/`closed` events. A
   * copy: changing it changes nothing.
   */
  get openCanvases(): OpenCanvasInstance[] {
    return structuredClone([...this.#core.openCanvases.values()]);
  }

  /** The folder where the CLI keeps this session's state, when it reported one. */
  get workspacePath(): string | undefined {
    return this.#core.workspacePath;
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
      this.#core.assertLive(method);
      return await this.#core.host.call(method, params, options);
    });
    return this.#rpc;
  }

  /** Whether `destroy()` has been called. */
  get destroyed(): boolean {
    return this.#core.destroyed;
  }

  /**
   * Sends a message; returns once the CLI has queued it, before the agent
   * answers. Follow the answer with {@linkcode CopilotSession.on} or use
   * {@linkcode CopilotSession.sendAndWait}.
   *
   * @param message The prompt, or the prompt with attachments and mode.
   * @param options Signal and timeout of the call (not of the turn).
   * @returns The id of the user message.
   * @throws {TypeError} A bad message, e.g. an attachment whose file does not exist.
   * @throws {SdkError} `SESSION_DESTROYED`: the session was destroyed.
   * @throws {ConnectionClosedError} The CLI is gone.
   */
  async send(message: string | MessageOptions, options?: CallOptions): Promise<string> {
    const fields = typeof message === "string" ? { prompt: message } : message;
    if (typeof fields?.prompt !== "string") {
      throw new TypeError('Cannot send: "prompt" must be a string');
    }
    checkAttachments(fields.attachments, this.#core.host.localFiles);
    this.#core.assertLive("send");
    const params = {
      ...fields,
      // Last, so that nothing in `message` can send it to another session.
      sessionId: this.sessionId,
    };
    // (The cast: the SDK's own attachment types are looser than the schema's,
    // e.g. `displayName` may be left out; the CLI fills it in.)
    const result = await this.#core.request(
      "session.send",
      params as SdkMethods["session.send"]["params"],
      options,
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
    return waitForTurn(this.#turnHost(), message, { ...options, what: "sendAndWait" })
      .then((end) => end.reply);
  }

  /**
   * Sends a message, waits for its turn, and returns what it came to: the
   * reply, the tool calls made (name, arguments, result, duration), the
   * token usage and the turn's events. With `output` (an arktype `Type` or
   * a JSON Schema), `result.output` is the model's answer, typed and
   * validated; an invalid answer is sent back to the model with the
   * validation summary, up to `maxAttempts` times.
   *
   * @param message The prompt, or the prompt with attachments and mode.
   * @param options `output`, `maxAttempts`, `outputMode`, `timeout`, `signal`.
   * @returns The turn's result.
   * @throws {OutputError} `OUTPUT_INVALID`: no valid answer in `maxAttempts` tries.
   * @throws {SessionError} The session reported `session.error`.
   * @throws {DOMException} `TimeoutError` after `timeout`; the signal's reason on abort.
   *
   * @example A typed answer, and what the turn did
   * ```ts ignore
   * const Weather = type({ city: "string", celsius: "number" });
   * const result = await session.run("Weather in Paris?", { output: Weather });
   * console.log(result.output.celsius, result.toolCalls.length, result.usage.outputTokens);
   * ```
   */
  run<O extends OutputSchema | undefined = undefined>(
    message: string | MessageOptions,
    options?: RunOptions<O>,
  ): Promise<TurnResult<OutputOf<O>>> {
    return runTurn(this.#turnHost(), message, options);
  }

  #turnHost(): TurnHost {
    return { core: this.#core, send: (m) => this.send(m), abort: () => this.abort() };
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
    return typeof typeOrHandler === "function"
      ? this.#core.subscribe(undefined, typeOrHandler)
      : this.#core.subscribe(typeOrHandler, handler as (event: SessionEvent) => void);
  }

  /**
   * The session's events as a stream, from now on. It closes when the session
   * is destroyed and errors when the CLI goes away; cancel it (or `break` out
   * of `for await`) to unsubscribe. Unread events wait in a bounded buffer:
   * a stream that falls `bufferSize` events behind takes no more; it gives
   * the events it holds, then errors with an `SdkError` coded
   * `EVENT_BUFFER_FULL` (rather than growing without bound or dropping
   * events silently). The session and its other subscribers go on.
   *
   * @param options `bufferSize`: how many unread events it holds.
   * @returns A stream of events.
   */
  events(options: EventsOptions = {}): ReadableStream<SessionEvent> {
    const { bufferSize = 10_000 } = options;
    if (!Number.isInteger(bufferSize) || bufferSize < 1) {
      throw new RangeError(
        `Cannot stream events: "bufferSize" must be a whole number >= 1, not ${bufferSize}`,
      );
    }
    return this.#core.stream(bufferSize);
  }

  /**
   * Aborts the turn in progress; the session stays usable.
   *
   * @param options Signal and timeout.
   * @returns Resolves once the CLI has taken the request.
   */
  async abort(options?: CallOptions): Promise<void> {
    this.#core.assertLive("abort");
    this.#core.pendingAborts++;
    await this.#core.request("session.abort", { sessionId: this.sessionId }, options);
  }

  /**
   * Switches the session to another model from its next turn; the history stays.
   *
   * @param model The model, e.g. `"gpt-5"` (or `"provider/id"` for a named provider's).
   * @param options The new model's settings, and `signal` and `timeout`.
   * @returns Resolves once the CLI switched.
   */
  async setModel(model: string, options: SetModelOptions = {}): Promise<void> {
    this.#core.assertLive("setModel");
    const { signal, timeout, ...settings } = options;
    await this.#core.request(
      "session.model.switchTo",
      { ...settings, modelId: model, sessionId: this.sessionId },
      { signal, timeout },
    );
  }

  /**
   * Sets the routing preference of the `auto` model (does not select `auto`).
   *
   * @param autoTier `"efficiency"`, `"balance"`, `"intelligence"`, `"fast"`, or `null` for the default.
   * @param options Signal and timeout.
   * @returns Resolves once the CLI took it.
   */
  async setAutoTier(autoTier: AutoTier | null, options?: CallOptions): Promise<void> {
    this.#core.assertLive("setAutoTier");
    await this.#core.request(
      "session.model.switchAutoTier",
      { autoTier, sessionId: this.sessionId },
      options,
    );
  }

  /**
   * Adds a message to the session's timeline (a `session.info`,
   * `session.warning` or `session.error` event), for its clients to show.
   *
   * @param message The text.
   * @param options `level` (default `"info"`), `ephemeral` (not kept on disk), `signal`, `timeout`.
   * @returns The id of the event.
   */
  async log(message: string, options: LogOptions = {}): Promise<string> {
    this.#core.assertLive("log");
    const { signal, timeout, ...rest } = options;
    const result = await this.#core.request(
      "session.log",
      { ...rest, message, sessionId: this.sessionId },
      { signal, timeout },
    );
    return result.eventId;
  }

  /**
   * The session's history: its events, oldest first.
   *
   * @param options Signal and timeout.
   * @returns The events.
   */
  async getMessages(options?: CallOptions): Promise<SessionEvent[]> {
    this.#core.assertLive("getMessages");
    const result = await this.#core.request(
      "session.getMessages",
      { sessionId: this.sessionId },
      options,
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
    return this.#core.destroy();
  }

  /**
   * Same as {@linkcode CopilotSession.destroy} (the official SDK's name).
   *
   * @returns Resolves once the CLI has released it.
   */
  disconnect(): Promise<void> {
    return this.destroy();
  }

  /**
   * Same as {@linkcode CopilotSession.getMessages} (the official SDK's name).
   *
   * @param options Signal and timeout.
   * @returns The events, oldest first.
   */
  getEvents(options?: CallOptions): Promise<SessionEvent[]> {
    return this.getMessages(options);
  }

  /** Destroys the session; for `await using`. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.destroy();
  }
}
