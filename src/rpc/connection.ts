/**
 * A JSON-RPC 2.0 connection over a byte duplex with `Content-Length`
 * framing: requests with ids, notifications, inbound requests dispatched by
 * method, cancellation and per-call timeouts, and prompt failure of every
 * pending call when the transport closes.
 *
 * @module
 */

import {
  type CloseInfo,
  ConnectionClosedError,
  ProtocolError,
  RpcError,
  toError,
} from "../errors.ts";
import { settlesWithin } from "../_async.ts";
import { encodeMessage, unencodable } from "./encode.ts";
import { DEFAULT_MAX_FRAME_BYTES, FrameDecoder, FrameWriter } from "./framing.ts";
import { ErrorCodes, type MessageId, peekMessage, type ResponseError } from "./message.ts";

/** The byte streams a {@linkcode Connection} runs over. */
export interface ConnectionTransport {
  /** Bytes from the other end. */
  readonly readable: ReadableStream<Uint8Array>;
  /** Bytes to the other end. */
  readonly writable: WritableStream<Uint8Array>;
  /** Resolves with exit details once the other end is gone (e.g. the child exited). */
  readonly closed?: Promise<CloseInfo>;
}

/** Options for {@linkcode Connection}. */
export interface ConnectionOptions {
  /**
   * The largest frame accepted from the other end, in bytes. A larger one is
   * skipped unread: the call it answers rejects with a `ProtocolError` that
   * says so, anything else is reported to `onError`, and the connection goes
   * on.
   *
   * @default {64 MiB}
   */
  maxFrameBytes?: number;
  /**
   * Called for input that breaks the protocol but does not end the connection
   * (invalid JSON in a frame, a response to an unknown id, a message of no
   * known shape), and for errors thrown by notification handlers.
   *
   * @default {ignore}
   */
  onError?: (error: Error) => void;
}

/** Per-call options for {@linkcode Connection.request}. */
export interface RequestOptions {
  /** Cancels the call: the other end is told, and the call rejects with `signal.reason`. */
  signal?: AbortSignal;
  /**
   * Milliseconds before the call rejects with a `TimeoutError` `DOMException`.
   *
   * @default {no timeout}
   */
  timeout?: number;
}

/** What an inbound request handler gets besides the params. */
export interface RequestContext {
  /** Aborted when the other end cancels the request or the connection closes. */
  readonly signal: AbortSignal;
  /** The method being handled. */
  readonly method: string;
}

/** Answers an inbound request; its return value (or promise) is the result. */
// deno-lint-ignore no-explicit-any
export type RequestHandler = (params: any, context: RequestContext) => unknown;

/** Handles an inbound notification. */
// deno-lint-ignore no-explicit-any
export type NotificationHandler = (params: any, method: string) => void;

interface Pending {
  method: string;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  cleanup(): void;
}

const CANCEL_METHOD = "$/cancelRequest";
/** How many abandoned call ids are remembered. */
const MAX_ABANDONED = 1024;
/** How long closing waits for queued writes before giving up on them. */
const WRITER_CLOSE_MS = 1000;
/** How long to wait for exit details after the stream ends. */
const CLOSE_INFO_WAIT_MS = 1000;
/**
 * How long reading goes on after the other end is gone (the CLI exited) but
 * its output has not ended: a grandchild that inherited the CLI's stdout can
 * hold it open for as long as it lives.
 */
const EXIT_GRACE_MS = 250;

/**
 * A JSON-RPC 2.0 peer.
 *
 * @example Talk to an in-memory peer
 * ```ts
 * import { Connection } from "./connection.ts";
 * import { createLinkedPair } from "./memory.ts";
 * const [a, b] = createLinkedPair();
 * const server = new Connection(b);
 * server.onRequest("ping", (params) => ({ message: `pong: ${params.message}` }));
 * const client = new Connection(a);
 * console.log(await client.request("ping", { message: "hi" }));
 * await client.close();
 * await server.close();
 * ```
 */
export class Connection {
  #transport: ConnectionTransport;
  #writer: FrameWriter;
  #reader: ReadableStreamDefaultReader<Uint8Array>;
  #decoder: FrameDecoder;
  #onError: (error: Error) => void;
  #nextId = 1;
  #pending = new Map<MessageId, Pending>();
  #requestHandlers = new Map<string, RequestHandler[]>();
  #notificationHandlers = new Map<string, Set<NotificationHandler>>();
  #inbound = new Map<MessageId, AbortController>();
  /** Ids of calls given up on (aborted, timed out), whose late answers are dropped quietly. */
  #abandoned = new Set<MessageId>();
  #closedError: ConnectionClosedError | undefined;
  #closing: Promise<ConnectionClosedError> | undefined;
  #resolveClosed!: (error: ConnectionClosedError) => void;
  #reading: Promise<void>;
  #exitTimer: ReturnType<typeof setTimeout> | undefined;
  #maxFrameBytes: number;

  /** Resolves, with the error pending calls got, once the connection is closed. */
  readonly closed: Promise<ConnectionClosedError>;

  /**
   * Starts reading from the transport at once.
   *
   * @param transport The byte streams.
   * @param options Frame cap and error reporting.
   */
  constructor(transport: ConnectionTransport, options: ConnectionOptions = {}) {
    this.#transport = transport;
    this.#onError = options.onError ?? (() => {});
    this.closed = new Promise((resolve) => this.#resolveClosed = resolve);
    // Messages written in one run of microtasks go out as one chunk.
    this.#writer = new FrameWriter(transport.writable.getWriter());
    this.#writer.closed.catch(() => {});
    // Frames are split out of each chunk as it arrives (see #readLoop).
    this.#maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    this.#decoder = new FrameDecoder({
      maxFrameBytes: this.#maxFrameBytes,
      onOversize: (length, head) => this.#oversize(length, head),
    });
    this.#reader = transport.readable.getReader();
    this.#reading = this.#readLoop();
    // The other end's exit ends the connection, even when its output stays open.
    transport.closed?.then(() => {
      if (this.isClosed) return;
      this.#exitTimer = setTimeout(() => {
        this.#exitTimer = undefined;
        this.#reader.cancel().catch(() => {});
      }, EXIT_GRACE_MS);
    });
  }

  /** Whether the connection has closed. */
  get isClosed(): boolean {
    return this.#closedError !== undefined || this.#closing !== undefined;
  }

  /**
   * Sends a request and waits for its response.
   *
   * @param method The method name.
   * @param params The parameters.
   * @param options Abort signal and timeout.
   * @returns The `result` of the response.
   * @throws {RpcError} The other end answered with an error.
   * @throws {ConnectionClosedError} The connection closed before the answer.
   * @throws {DOMException} `TimeoutError` on timeout; the signal's reason on abort.
   */
  request<R = unknown>(method: string, params?: unknown, options: RequestOptions = {}): Promise<R> {
    if (this.isClosed) {
      return Promise.reject(this.#closedFor(method));
    }
    const { signal, timeout } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const id = this.#nextId++;
    // Encoded before anything is registered: params JSON cannot hold (a
    // BigInt, a cycle) fail this call alone, and leave nothing pending.
    let text: string;
    try {
      text = encodeMessage({ jsonrpc: "2.0", id, method, params });
    } catch (error) {
      return Promise.reject(unencodable(`Cannot send "${method}"`, error));
    }
    return new Promise<R>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => {
        this.#pending.get(id)?.cleanup();
        this.#pending.delete(id);
        this.#cancel(id);
        reject(signal!.reason);
      };
      const entry: Pending = {
        method,
        resolve: resolve as (value: unknown) => void,
        reject,
        cleanup() {
          if (timer !== undefined) clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
        },
      };
      this.#pending.set(id, entry);
      signal?.addEventListener("abort", onAbort, { once: true });
      if (timeout !== undefined && timeout !== Infinity) {
        timer = setTimeout(() => {
          entry.cleanup();
          this.#pending.delete(id);
          this.#cancel(id);
          reject(
            new DOMException(`Request "${method}" timed out after ${timeout} ms`, "TimeoutError"),
          );
        }, timeout);
      }
      // A failed write means the other end is gone (EPIPE, a closed stream):
      // closing rejects this call with the others, with the exit details.
      this.#writer.write(text).catch((error) => {
        this.#shutdown(error, false);
      });
    });
  }

  /**
   * Sends a notification.
   *
   * @param method The method name.
   * @param params The parameters.
   * @throws {ConnectionClosedError} The connection is closed.
   */
  notify(method: string, params?: unknown): Promise<void> {
    if (this.isClosed) return Promise.reject(this.#closedFor(method));
    let text: string;
    try {
      text = encodeMessage({ jsonrpc: "2.0", method, params });
    } catch (error) {
      return Promise.reject(unencodable(`Cannot send "${method}"`, error));
    }
    return this.#writer.write(text).catch(async (error) => {
      await this.#shutdown(error, false);
      throw this.#closedFor(method);
    });
  }

  /**
   * Answers inbound requests for `method`. The most recently registered
   * handler answers; disposing it restores the previous one. A request with no
   * handler is answered with error -32601; a handler that throws is answered
   * with an error carrying its message.
   *
   * @param method The method to answer.
   * @param handler Returns the result (or a promise of it).
   * @returns A disposable that removes the handler.
   */
  onRequest(method: string, handler: RequestHandler): Disposable {
    let list = this.#requestHandlers.get(method);
    if (!list) this.#requestHandlers.set(method, list = []);
    list.push(handler);
    return {
      [Symbol.dispose]: () => {
        const at = list.lastIndexOf(handler);
        if (at >= 0) list.splice(at, 1);
      },
    };
  }

  /**
   * Subscribes to notifications of `method`; `"*"` receives every
   * notification. A throwing handler is reported to `onError` and does not
   * stop other handlers.
   *
   * @param method The method, or `"*"`.
   * @param handler Called with the params.
   * @returns A disposable that unsubscribes.
   */
  onNotification(method: string, handler: NotificationHandler): Disposable {
    let set = this.#notificationHandlers.get(method);
    if (!set) this.#notificationHandlers.set(method, set = new Set());
    set.add(handler);
    return { [Symbol.dispose]: () => set.delete(handler) };
  }

  /**
   * Closes the connection: pending calls reject with
   * {@linkcode ConnectionClosedError}, the write side is closed and reading
   * stops. Idempotent.
   *
   * @returns Resolves when both sides are released.
   */
  async close(): Promise<void> {
    await this.#shutdown(undefined, true);
    await this.#reading;
  }

  async #readLoop(): Promise<void> {
    let cause: unknown;
    // A chunk's frames are parsed at once and dispatched in order in one
    // turn, except that a request or notification that follows a response
    // waits for the next turn of the event loop: the code awaiting the
    // response runs first (e.g. `session.send()` has its message id before
    // that message's events are dispatched), as when they arrive apart.
    const messages: Record<string, unknown>[] = [];
    const parse = (text: string) => {
      const message = this.#parse(text);
      if (message !== undefined) messages.push(message);
    };
    try {
      for (;;) {
        const { value, done } = await this.#reader.read();
        if (done) {
          this.#decoder.finish();
          break;
        }
        let failure: unknown;
        try {
          this.#decoder.push(value, parse);
        } catch (error) {
          // The frames before the broken one are still dispatched.
          failure = error;
        }
        let answered = false;
        for (let i = 0; i < messages.length; i++) {
          const message = messages[i];
          const response = typeof message.method !== "string";
          if (answered && !response) {
            await nextTurn();
            answered = false;
          }
          this.#receive(message);
          answered ||= response;
        }
        messages.length = 0;
        if (failure !== undefined) throw failure;
      }
    } catch (error) {
      cause = error;
    }
    await this.#shutdown(cause, false);
  }

  #parse(text: string): Record<string, unknown> | undefined {
    let message;
    try {
      message = JSON.parse(text);
    } catch (error) {
      this.#onError(
        new ProtocolError(`Invalid JSON in frame: ${(error as Error).message}`, undefined, {
          cause: error,
        }),
      );
      return undefined;
    }
    if (message === null || typeof message !== "object" || Array.isArray(message)) {
      this.#onError(new ProtocolError("Invalid message: not a JSON-RPC object"));
      return undefined;
    }
    return message;
  }

  // deno-lint-ignore no-explicit-any
  #receive(message: Record<string, any>): void {
    const { id, method } = message;
    if (typeof method === "string") {
      if (id === undefined || id === null) this.#dispatchNotification(method, message.params);
      else if (typeof id === "number" || typeof id === "string") {
        this.#dispatchRequest(id, method, message.params);
      } else this.#onError(new ProtocolError(`Invalid request id for "${method}"`));
      return;
    }
    if (id === null && message.error) {
      this.#failUnattributed(message.error as ResponseError);
      return;
    }
    if (id !== undefined && ("result" in message || "error" in message)) {
      const pending = this.#pending.get(id);
      if (!pending) {
        if (this.#abandoned.delete(id)) return;
        this.#onError(new ProtocolError(`Response to unknown request id ${JSON.stringify(id)}`));
        return;
      }
      this.#pending.delete(id);
      pending.cleanup();
      if (message.error) {
        const e = message.error as ResponseError;
        pending.reject(
          new RpcError(
            typeof e.code === "number" ? e.code : ErrorCodes.InternalError,
            typeof e.message === "string" ? e.message : `Request "${pending.method}" failed`,
            e.data,
          ),
        );
      } else pending.resolve(message.result);
      return;
    }
    this.#onError(new ProtocolError("Invalid message: neither request, notification nor response"));
  }

  /**
   * A frame over `maxFrameBytes` was skipped: from its first bytes, tell what
   * it was. An answer to a pending call fails that call; a request or
   * notification is reported (its method named).
   */
  #oversize(length: number, head: string): void {
    const limit = `${length} bytes, over the limit of ${this.#maxFrameBytes} (maxFrameBytes)`;
    const { method, responseId: key } = peekMessage(head);
    const pending = key === undefined ? undefined : this.#pending.get(key);
    if (key !== undefined && pending) {
      this.#pending.delete(key);
      pending.cleanup();
      pending.reject(
        new ProtocolError(
          `Cannot complete "${pending.method}": its answer is ${limit}; raise maxFrameBytes to accept it`,
        ),
      );
      return;
    }
    const what = method ? `a "${method}" message` : "a message";
    this.#onError(new ProtocolError(`Dropped ${what} from the other end: it is ${limit}`));
  }

  /**
   * An error answer with `id: null`: the other end could not read a request
   * well enough to know its id (e.g. a frame it could not parse). Which call
   * it was cannot be told, so every pending call fails with it rather than
   * wait forever; it is reported too.
   */
  #failUnattributed(error: ResponseError): void {
    const text = typeof error.message === "string" ? error.message : "no message";
    const code = typeof error.code === "number" ? error.code : ErrorCodes.InternalError;
    this.#onError(new ProtocolError(`The CLI could not read a request (${code}): ${text}`));
    for (const [id, pending] of this.#pending) {
      this.#pending.delete(id);
      pending.cleanup();
      pending.reject(
        new RpcError(
          code,
          `Cannot complete "${pending.method}": the CLI could not read a request and did not say which (${text})`,
          error.data,
        ),
      );
    }
  }

  #dispatchNotification(method: string, params: unknown): void {
    if (method === CANCEL_METHOD) {
      const id = (params as { id?: MessageId } | undefined)?.id;
      if (id !== undefined) {
        this.#inbound.get(id)?.abort(new DOMException("Cancelled", "AbortError"));
      }
      return;
    }
    const set = this.#notificationHandlers.get(method);
    const any = this.#notificationHandlers.get("*");
    if (set) { for (const handler of set) this.#runNotification(handler, params, method); }
    if (any) { for (const handler of any) this.#runNotification(handler, params, method); }
  }

  #runNotification(handler: NotificationHandler, params: unknown, method: string): void {
    try {
      const result: unknown = handler(params, method);
      if (result instanceof Promise) result.catch((error) => this.#onError(toError(error)));
    } catch (error) {
      this.#onError(toError(error));
    }
  }

  async #dispatchRequest(id: MessageId, method: string, params: unknown): Promise<void> {
    const list = this.#requestHandlers.get(method);
    const handler = list?.[list.length - 1];
    if (!handler) {
      await this.#respondError(id, ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
      return;
    }
    const controller = new AbortController();
    this.#inbound.set(id, controller);
    try {
      const result = await handler(params, { signal: controller.signal, method });
      let text: string;
      try {
        text = encodeMessage({ jsonrpc: "2.0", id, result: result === undefined ? null : result });
      } catch (error) {
        throw unencodable(`Cannot answer "${method}"`, error);
      }
      await this.#writer.write(text);
    } catch (error) {
      if (error instanceof RpcError) {
        await this.#respondError(id, error.rpcCode, error.message, error.data);
      } else {
        const text = error instanceof Error ? error.message : String(error);
        await this.#respondError(id, ErrorCodes.InternalError, text);
      }
    } finally {
      this.#inbound.delete(id);
    }
  }

  async #respondError(id: MessageId, code: number, message: string, data?: unknown) {
    if (this.isClosed) return;
    await this.#write({ jsonrpc: "2.0", id, error: { code, message, data } }).catch(() => {});
  }

  #cancel(id: MessageId): void {
    this.#abandoned.add(id);
    if (this.#abandoned.size > MAX_ABANDONED) {
      this.#abandoned.delete(this.#abandoned.values().next().value!);
    }
    if (!this.isClosed) {
      this.#write({ jsonrpc: "2.0", method: CANCEL_METHOD, params: { id } }).catch(() => {});
    }
  }

  /** Writes a message the SDK built itself (no user values: it always encodes). */
  #write(message: unknown): Promise<void> {
    return this.#writer.write(encodeMessage(message));
  }

  #closedFor(method: string): ConnectionClosedError {
    const base = this.#closedError;
    return new ConnectionClosedError(
      `Cannot call "${method}": connection to the Copilot CLI is closed`,
      base ? { code: base.exitCode, signal: base.signal, stderrTail: base.stderrTail } : undefined,
      { cause: base },
    );
  }

  #shutdown(cause: unknown, local: boolean): Promise<ConnectionClosedError> {
    this.#closing ??= this.#finish(cause, local);
    return this.#closing;
  }

  async #finish(cause: unknown, local: boolean): Promise<ConnectionClosedError> {
    // A local close rejects at once; after the other end went away, wait
    // briefly for its exit status so the error can carry it.
    const info = local ? undefined : await waitForCloseInfo(this.#transport.closed);
    const reason = local
      ? "Connection to the Copilot CLI was closed"
      : cause instanceof ProtocolError
      ? `Connection to the Copilot CLI failed: ${cause.message}`
      : "Connection to the Copilot CLI closed unexpectedly";
    const error = new ConnectionClosedError(reason, info, { cause });
    this.#closedError = error;
    clearTimeout(this.#exitTimer);
    for (const [id, pending] of this.#pending) {
      this.#pending.delete(id);
      pending.cleanup();
      pending.reject(
        new ConnectionClosedError(`Cannot complete "${pending.method}": ${lower(reason)}`, info, {
          cause: error,
        }),
      );
    }
    for (const controller of this.#inbound.values()) controller.abort(error);
    this.#resolveClosed(error);
    // A peer that stopped reading can hold a queued write forever: bound the wait.
    const writerDone = local ? this.#writer.close() : this.#writer.abort(cause);
    await settlesWithin(writerDone, WRITER_CLOSE_MS);
    await this.#reader.cancel().catch(() => {});
    return error;
  }
}

function lower(text: string): string {
  return text[0].toLowerCase() + text.slice(1);
}

async function waitForCloseInfo(
  closed: Promise<CloseInfo> | undefined,
): Promise<CloseInfo | undefined> {
  if (!closed) return undefined;
  let info: CloseInfo | undefined;
  await settlesWithin(closed.then((value) => info = value), CLOSE_INFO_WAIT_MS);
  return info;
}

/** Resolves on a later turn of the event loop, after every pending microtask. */
function nextTurn(): Promise<void> {
  // `setImmediate` where it is cheap (Node, Bun: `setTimeout(0)` waits 1 ms
  // on Node); in Deno, reading it loads the Node compatibility layer.
  const g = globalThis as { Deno?: unknown; setImmediate?: (callback: () => void) => unknown };
  return new Promise((resolve) => {
    if (g.Deno === undefined && g.setImmediate) g.setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}
