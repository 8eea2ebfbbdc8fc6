/**
 * Answers the `llmInference.*` requests: after `llmInference.setProvider`
 * the CLI hands each model HTTP request to this connection instead of
 * sending it. It announces the head (`httpRequestStart`), then sends the
 * body in chunks (`httpRequestChunk`, the last with `end`, or one with
 * `cancel` when it gives the request up). Both are acknowledged at once; the
 * client's `requestHandler` gets a web `Request` once the body is complete,
 * and its `Response` goes back as `llmInference.httpResponseStart` and
 * `llmInference.httpResponseChunk` calls, one per body chunk, in order.
 *
 * A handler that throws (or whose body stream errors) is reported to
 * `onError` and ends the response with a transport error, which the CLI
 * treats like a failed connection (it retries, then fails the turn). A
 * request the CLI cancels, or that is still open when the connection
 * closes, aborts the `Request`'s signal and gets no more frames.
 *
 * @module
 */

import type {
  LlmInferenceHeaders,
  LlmInferenceHttpRequestChunkRequest,
  LlmInferenceHttpRequestStartRequest,
} from "../generated/rpc.ts";
import { refusal } from "../protocol.ts";
import {
  type RequestHandler,
  type RequestHandlerContext,
  requestHandlerOf,
} from "../request_handler.ts";
import type { ClientRequestResponder, InboundClient } from "./responder.ts";

/** How long one response frame may wait for the CLI's acknowledgement. */
const FRAME_TIMEOUT_MS = 60_000;

/** The error code sent to the CLI when the handler fails. */
const HANDLER_ERROR_CODE = "request_handler_error";

/** Hop-by-hop headers and those the runtime's `fetch` computes itself. */
const DROPPED_HEADERS = new Set([
  "connection",
  "content-length",
  "host",
  "keep-alive",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

/** One model request in flight. */
interface Exchange {
  readonly requestId: string;
  /** The head, once `httpRequestStart` arrived. */
  head?: LlmInferenceHttpRequestStartRequest;
  /** The body's bytes so far. */
  readonly body: Uint8Array[];
  /** Resolves when the body is complete (or the request was cancelled). */
  readonly complete: Promise<void>;
  finish(): void;
  /** Aborts the `Request`'s signal. */
  readonly abort: AbortController;
}

/** The requests in flight, per connection (an {@linkcode InboundClient} is one connection). */
const inFlight = new WeakMap<InboundClient, Map<string, Exchange>>();

const startResponder: ClientRequestResponder<LlmInferenceHttpRequestStartRequest, object> = {
  method: "llmInference.httpRequestStart",
  respond(client, params) {
    const handler = handlerOf(client, this.method);
    if (
      typeof params?.requestId !== "string" || typeof params.url !== "string" ||
      typeof params.method !== "string"
    ) {
      return Promise.reject(
        new TypeError(`Cannot answer "${this.method}": "requestId", "method" and "url" are needed`),
      );
    }
    const exchange = exchangeOf(client, params.requestId);
    exchange.head = params;
    void serve(client, handler, exchange);
    return Promise.resolve({});
  },
};

const chunkResponder: ClientRequestResponder<LlmInferenceHttpRequestChunkRequest, object> = {
  method: "llmInference.httpRequestChunk",
  respond(client, params) {
    handlerOf(client, this.method);
    const requestId = params?.requestId;
    if (typeof requestId !== "string") {
      return Promise.reject(new TypeError(`Cannot answer "${this.method}": "requestId" is needed`));
    }
    if (params.cancel) {
      const exchange = inFlight.get(client)?.get(requestId);
      const reason = params.cancelReason ? `: ${params.cancelReason}` : "";
      exchange?.abort.abort(
        new DOMException(`The Copilot CLI cancelled the model request${reason}`, "AbortError"),
      );
      exchange?.finish();
      return Promise.resolve({});
    }
    // A chunk may come before its start frame: the exchange keeps it.
    const exchange = exchangeOf(client, requestId);
    if (params.data) exchange.body.push(decode(params.data, params.binary === true));
    if (params.end) exchange.finish();
    return Promise.resolve({});
  },
};

/** The responders of the `llmInference.*` requests. */
export const llmInferenceResponders: ClientRequestResponder<never>[] = [
  startResponder as ClientRequestResponder<never>,
  chunkResponder as ClientRequestResponder<never>,
];

/**
 * Tells a CLI that this client serves its model requests
 * (`llmInference.setProvider`), once per connection.
 *
 * @param connection The connection, after the handshake.
 * @returns Resolves once the CLI took it.
 * @throws {RpcError} The CLI refused.
 */
export async function provideLlmInference(
  connection: { request(method: string, params: unknown, options?: object): Promise<unknown> },
): Promise<void> {
  const result = await connection.request("llmInference.setProvider", {}, {
    timeout: FRAME_TIMEOUT_MS,
  });
  refusal(
    result as { success?: boolean } | undefined,
    'register the requestHandler ("llmInference.setProvider")',
  );
}

function handlerOf(client: InboundClient, method: string): RequestHandler {
  const handler = requestHandlerOf(client.callbacks.requestHandler);
  if (!handler) throw new Error(`Cannot answer "${method}": this client has no requestHandler`);
  return handler;
}

function exchangeOf(client: InboundClient, requestId: string): Exchange {
  let table = inFlight.get(client);
  if (!table) inFlight.set(client, table = new Map());
  let exchange = table.get(requestId);
  if (!exchange) {
    let finish!: () => void;
    const complete = new Promise<void>((resolve) => finish = resolve);
    exchange = { requestId, body: [], complete, finish, abort: new AbortController() };
    table.set(requestId, exchange);
  }
  return exchange;
}

/** Waits for the body, runs the handler and sends its response back. */
async function serve(
  client: InboundClient,
  handler: RequestHandler,
  exchange: Exchange,
): Promise<void> {
  const { signal } = exchange.abort;
  const onClosed = () => {
    exchange.abort.abort(client.closed.reason);
    exchange.finish();
  };
  if (client.closed.aborted) onClosed();
  else client.closed.addEventListener("abort", onClosed, { once: true });
  try {
    await exchange.complete;
    signal.throwIfAborted();
    const head = exchange.head!;
    if (head.transport === "websocket") {
      throw new Error(
        `The Copilot CLI asked for a WebSocket to ${head.url}; requestHandler serves HTTP requests only`,
      );
    }
    const response = await handler(toRequest(head, exchange.body, signal), contextOf(head));
    if (!(response instanceof Response)) {
      throw new TypeError(`requestHandler must return a Response, not ${typeof response}`);
    }
    await sendResponse(client, exchange, response);
  } catch (error) {
    // Given up by the CLI (or the connection is gone): nothing more is sent.
    if (signal.aborted) return;
    client.report(error);
    const message = error instanceof Error ? error.message : String(error);
    await send(client, "llmInference.httpResponseChunk", {
      requestId: exchange.requestId,
      data: "",
      end: true,
      error: { message: `requestHandler failed: ${message}`, code: HANDLER_ERROR_CODE },
    }).catch(() => {});
  } finally {
    client.closed.removeEventListener("abort", onClosed);
    inFlight.get(client)?.delete(exchange.requestId);
  }
}

/** Sends the head, then each body chunk as it comes, then the end. */
async function sendResponse(
  client: InboundClient,
  exchange: Exchange,
  response: Response,
): Promise<void> {
  const { requestId } = exchange;
  const { signal } = exchange.abort;
  const started = await send(client, "llmInference.httpResponseStart", {
    requestId,
    status: response.status,
    ...(response.statusText ? { statusText: response.statusText } : {}),
    headers: fromHeaders(response.headers),
  });
  const reader = response.body?.getReader();
  const stop = () => reader?.cancel(signal.reason).catch(() => {});
  if (!started.accepted) {
    gaveUp(exchange);
    await stop();
    return;
  }
  if (reader) {
    // A body that streams on while the CLI gives the request up is cancelled.
    signal.addEventListener("abort", stop, { once: true });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        signal.throwIfAborted();
        if (done) break;
        if (!value?.byteLength) continue;
        const sent = await send(client, "llmInference.httpResponseChunk", {
          requestId,
          ...encode(value),
          end: false,
        });
        if (!sent.accepted) {
          gaveUp(exchange);
          await stop();
          return;
        }
      }
    } finally {
      signal.removeEventListener("abort", stop);
    }
  }
  await send(client, "llmInference.httpResponseChunk", { requestId, data: "", end: true });
}

/** The CLI no longer knows the request (it finished or dropped it): stop. */
function gaveUp(exchange: Exchange): void {
  exchange.abort.abort(
    new DOMException("The Copilot CLI no longer waits for this model response", "AbortError"),
  );
}

function send<M extends "llmInference.httpResponseStart" | "llmInference.httpResponseChunk">(
  client: InboundClient,
  method: M,
  params: Parameters<InboundClient["request"]>[1] & object,
): Promise<{ accepted?: boolean }> {
  return client.request(method, params as never, { timeout: FRAME_TIMEOUT_MS }) as Promise<
    { accepted?: boolean }
  >;
}

function toRequest(
  head: LlmInferenceHttpRequestStartRequest,
  chunks: Uint8Array[],
  signal: AbortSignal,
): Request {
  const headers = new Headers();
  for (const [name, values] of Object.entries(head.headers ?? {})) {
    if (DROPPED_HEADERS.has(name.toLowerCase()) || !Array.isArray(values)) continue;
    for (const value of values) headers.append(name, String(value));
  }
  const method = head.method.toUpperCase();
  const body = method === "GET" || method === "HEAD" ? undefined : concat(chunks);
  return new Request(head.url, { method, headers, body, signal });
}

function contextOf(head: LlmInferenceHttpRequestStartRequest): RequestHandlerContext {
  const context: Record<string, string> = { requestId: head.requestId };
  for (
    const key of [
      "sessionId",
      "agentId",
      "parentAgentId",
      "agentInvocationId",
      "interactionType",
    ] as const
  ) {
    const value = head[key];
    if (typeof value === "string") context[key] = value;
  }
  return context as unknown as RequestHandlerContext;
}

/**
 * Response headers as the protocol carries them. A web `Response` body is
 * always decoded bytes (`fetch` undoes gzip and chunking but keeps the
 * headers that described them), so the headers of the encoding and framing
 * are left out: the CLI would otherwise decode the bytes again.
 */
function fromHeaders(headers: Headers): LlmInferenceHeaders {
  const out: LlmInferenceHeaders = {};
  headers.forEach((value, name) => {
    if (name === "set-cookie" || name === "content-encoding" || DROPPED_HEADERS.has(name)) return;
    (out[name] ??= []).push(value);
  });
  const cookies = headers.getSetCookie?.() ?? [];
  if (cookies.length) out["set-cookie"] = cookies;
  return out;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8 = new TextEncoder();

/** A body chunk as the protocol carries it: UTF-8 text when it is whole text, else base64. */
function encode(bytes: Uint8Array): { data: string; binary?: true } {
  try {
    return { data: strictUtf8.decode(bytes) };
  } catch {
    let text = "";
    for (let at = 0; at < bytes.length; at += 0x8000) {
      text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    }
    return { data: btoa(text), binary: true };
  }
}

function decode(data: string, binary: boolean): Uint8Array {
  if (!binary) return utf8.encode(data);
  const text = atob(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
