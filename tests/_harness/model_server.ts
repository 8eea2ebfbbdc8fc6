/**
 * A scripted OpenAI-compatible chat-completions server for end-to-end tests.
 *
 * Point the Copilot CLI at it with a BYOK provider
 * `{ type: "openai", baseUrl: server.url, apiKey: "test" }`; the CLI then only
 * calls `POST /v1/chat/completions`. Every request is recorded in
 * {@linkcode ModelServer.requests} and answered from a script: queued replies
 * first, then the {@linkcode ReplyFn} given to {@linkcode ModelServer.start},
 * and otherwise `{ content: "OK" }`.
 *
 * Only `node:http` is used, so the same file runs under Deno, Bun and Node.
 *
 * @example
 * ```ts
 * await using server = await ModelServer.start(["Hello!"]);
 * // ... start a session with provider { type: "openai", baseUrl: server.url, apiKey: "test" }
 * await server.waitForRequests(1);
 * ```
 *
 * @module
 */

import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** One tool call the scripted model makes. */
export interface ToolCallReply {
  /** The tool call id; defaults to a generated `call_N`. */
  id?: string;
  /** The name of the tool to call. */
  name: string;
  /** The tool arguments; JSON-stringified unless already a string. */
  arguments: unknown;
}

/** One scripted answer to a chat completion request. */
export interface ScriptedReply {
  /**
   * The assistant text (default `""` when `toolCalls` are given, `"OK"`
   * otherwise). With `status`, the error message.
   */
  content?: string;
  /** Tool calls to make; the finish reason becomes `"tool_calls"`. */
  toolCalls?: ToolCallReply[];
  /**
   * For streaming requests: the content split into these pieces (default: the
   * content split into about three pieces).
   */
  chunks?: string[];
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /** Never answer (until the server closes). */
  hang?: boolean;
  /**
   * Answer with this HTTP error status and an `{ error: { message } }` body
   * (with `x-should-retry: false`, so the CLI does not retry).
   */
  status?: number;
}

/** A chat completion request as the server received it. */
export interface RecordedRequest {
  /** The request path, without the query string. */
  path: string;
  /** The parsed JSON request body. */
  // deno-lint-ignore no-explicit-any
  body: any;
  /** Whether the request asked for a streamed (SSE) answer. */
  stream: boolean;
  /** The request's HTTP headers (lower-case names). */
  headers: Record<string, string | string[] | undefined>;
  /** `body.messages`, or `[]`. */
  messages: Array<{ role: string; content?: unknown; tool_calls?: unknown; tool_call_id?: string }>;
  /** Names of the tools offered in `body.tools`. */
  tools: string[];
  /**
   * The text of the last `role: "user"` message (its content may be a string
   * or an array of `{ type: "text", text }` parts); `""` when there is none.
   */
  lastUserText(): string;
}

/** Computes the reply to a request; a string means `{ content }`. */
export type ReplyFn = (
  request: RecordedRequest,
) => ScriptedReply | string | Promise<ScriptedReply | string>;

interface Waiter {
  n: number;
  resolve: () => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

interface Pending {
  response: ServerResponse;
  timer?: ReturnType<typeof setTimeout>;
}

const DEFAULT_MODEL = "test-model";

/** A scripted OpenAI-compatible chat-completions server listening on 127.0.0.1. */
export class ModelServer {
  #server: Server;
  #port = 0;
  #fn: ReplyFn | undefined;
  #queue: ScriptedReply[] = [];
  #requests: RecordedRequest[] = [];
  #waiters = new Set<Waiter>();
  #pending = new Set<Pending>();
  #sockets = new Set<Socket>();
  #closing: Promise<void> | undefined;
  #ids = 0;

  /**
   * Starts a server on 127.0.0.1 with a random port.
   *
   * @param script a function computing each reply, or replies to queue
   */
  static async start(script?: ReplyFn | Array<ScriptedReply | string>): Promise<ModelServer> {
    const server = new ModelServer(script);
    await server.#listen();
    return server;
  }

  private constructor(script?: ReplyFn | Array<ScriptedReply | string>) {
    if (typeof script === "function") this.#fn = script;
    else if (script) this.enqueue(...script);
    this.#server = createServer((request, response) => this.#handle(request, response));
    this.#server.on("connection", (socket: Socket) => {
      this.#sockets.add(socket);
      socket.on("close", () => this.#sockets.delete(socket));
    });
  }

  /** The base URL to give the provider, `http://127.0.0.1:PORT/v1`. */
  get url(): string {
    return `http://127.0.0.1:${this.#port}/v1`;
  }

  /** Every chat completion request received, in order. */
  get requests(): RecordedRequest[] {
    return this.#requests;
  }

  /**
   * Queues replies; queued replies are used first, in order. A string means
   * `{ content }`.
   */
  enqueue(...replies: Array<ScriptedReply | string>): void {
    for (const reply of replies) this.#queue.push(normalize(reply));
  }

  /**
   * Resolves once `n` chat completion requests have arrived.
   *
   * @param n the number of requests to wait for
   * @param timeoutMs how long to wait before rejecting (default 30 s)
   */
  waitForRequests(n: number, timeoutMs = 30_000): Promise<void> {
    if (this.#requests.length >= n) return Promise.resolve();
    if (this.#closing) return Promise.reject(new Error("ModelServer is closed"));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        n,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#waiters.delete(waiter);
          reject(
            new Error(
              `ModelServer: timed out after ${timeoutMs} ms waiting for ${n} requests ` +
                `(got ${this.#requests.length})`,
            ),
          );
        }, timeoutMs),
      };
      this.#waiters.add(waiter);
    });
  }

  /**
   * Ends hanging and delayed responses, destroys open sockets and closes the
   * server. Idempotent.
   */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  /** Same as {@linkcode ModelServer.close}. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #close(): Promise<void> {
    for (const waiter of this.#waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error("ModelServer closed"));
    }
    this.#waiters.clear();
    for (const pending of this.#pending) {
      clearTimeout(pending.timer);
      // Destroy the socket first: Bun answers a bare `response.destroy()` with
      // an empty 200 instead of resetting the connection.
      pending.response.socket?.destroy();
      pending.response.destroy();
    }
    this.#pending.clear();
    const closed = new Promise<void>((resolve) => {
      if (!this.#server.listening) return resolve();
      this.#server.close(() => resolve());
    });
    this.#server.closeAllConnections?.();
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
    await closed;
  }

  #listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(0, "127.0.0.1", () => {
        this.#server.off("error", reject);
        const address = this.#server.address();
        if (address && typeof address === "object") this.#port = address.port;
        resolve();
      });
    });
  }

  #handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Uint8Array[] = [];
    request.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    request.on("error", () => response.destroy());
    request.on("end", () => {
      const text = new TextDecoder().decode(concat(chunks));
      this.#route(request, response, text).catch((error) => {
        if (!response.headersSent && !response.destroyed) {
          sendError(response, 500, `ModelServer: ${errorMessage(error)}`);
        } else {
          response.destroy();
        }
      });
    });
  }

  async #route(request: IncomingMessage, response: ServerResponse, text: string): Promise<void> {
    const path = (request.url ?? "/").split("?")[0];
    const method = request.method ?? "GET";
    if (method === "GET" && (path === "/v1/models" || path === "/models")) {
      const created = Math.floor(Date.now() / 1000);
      sendJson(response, 200, {
        object: "list",
        data: [DEFAULT_MODEL, "gpt-4.1", "gpt-5"].map((id) => ({
          id,
          object: "model",
          created,
          owned_by: "model-server",
        })),
      });
      return;
    }
    if (path !== "/v1/chat/completions" && path !== "/chat/completions") {
      sendError(response, 404, `ModelServer: no route for ${method} ${path}`);
      return;
    }
    if (method !== "POST") {
      sendError(response, 405, `ModelServer: ${method} not allowed on ${path}`);
      return;
    }
    // deno-lint-ignore no-explicit-any
    let body: any;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      sendError(response, 400, "ModelServer: request body is not JSON");
      return;
    }
    if (body === null || typeof body !== "object") body = {};
    const recorded = record(path, body, request.headers);
    this.#requests.push(recorded);
    for (const waiter of this.#waiters) {
      if (this.#requests.length >= waiter.n) {
        clearTimeout(waiter.timer);
        this.#waiters.delete(waiter);
        waiter.resolve();
      }
    }

    const reply = await this.#nextReply(recorded);
    if (this.#closing || response.destroyed) return;
    if (reply.hang) {
      this.#track(response);
      return;
    }
    if (reply.delayMs !== undefined && reply.delayMs > 0) {
      const pending = this.#track(response);
      await new Promise<void>((resolve) => {
        pending.timer = setTimeout(resolve, reply.delayMs);
        response.once("close", () => {
          clearTimeout(pending.timer);
          resolve();
        });
      });
      this.#pending.delete(pending);
      if (this.#closing || response.destroyed) return;
    }
    if (reply.status !== undefined) {
      sendError(response, reply.status, reply.content ?? `ModelServer: scripted ${reply.status}`);
      return;
    }
    this.#answer(response, recorded, reply);
  }

  async #nextReply(request: RecordedRequest): Promise<ScriptedReply> {
    const queued = this.#queue.shift();
    if (queued) return queued;
    if (this.#fn) return normalize(await this.#fn(request));
    return { content: "OK" };
  }

  #track(response: ServerResponse): Pending {
    const pending: Pending = { response };
    this.#pending.add(pending);
    response.once("close", () => this.#pending.delete(pending));
    return pending;
  }

  #answer(response: ServerResponse, request: RecordedRequest, reply: ScriptedReply): void {
    const id = `chatcmpl-${++this.#ids}`;
    const created = Math.floor(Date.now() / 1000);
    const model = typeof request.body.model === "string" ? request.body.model : DEFAULT_MODEL;
    const toolCalls = (reply.toolCalls ?? []).map((call) => ({
      id: call.id ?? `call_${++this.#ids}`,
      type: "function",
      function: {
        name: call.name,
        arguments: typeof call.arguments === "string"
          ? call.arguments
          : JSON.stringify(call.arguments ?? {}),
      },
    }));
    const content = reply.content ?? (toolCalls.length ? "" : "OK");
    const finishReason = toolCalls.length ? "tool_calls" : "stop";
    const completionTokens = estimateTokens(
      content + toolCalls.map((call) => call.function.name + call.function.arguments).join(""),
    );
    const promptTokens = estimateTokens(JSON.stringify(request.messages));
    const usage = {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    };

    if (!request.stream) {
      sendJson(response, 200, {
        id,
        object: "chat.completion",
        created,
        model,
        choices: [{
          index: 0,
          message: {
            role: "assistant",
            content,
            ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
          },
          finish_reason: finishReason,
        }],
        usage,
      });
      return;
    }

    response.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
    });
    const send = (delta: unknown, finish: string | null = null, extra: object = {}) => {
      const chunk = {
        id,
        object: "chat.completion.chunk",
        created,
        model,
        choices: [{ index: 0, delta, finish_reason: finish }],
        ...extra,
      };
      response.write(`data: ${JSON.stringify(chunk)}\n\n`);
    };
    send({ role: "assistant", content: "" });
    for (const piece of reply.chunks ?? split(content)) send({ content: piece });
    toolCalls.forEach((call, index) => send({ tool_calls: [{ index, ...call }] }));
    send({}, finishReason, { usage });
    response.end("data: [DONE]\n\n");
  }
}

function normalize(reply: ScriptedReply | string): ScriptedReply {
  return typeof reply === "string" ? { content: reply } : reply;
}

function record(
  path: string,
  body: Record<string, unknown>,
  headers: Record<string, string | string[] | undefined> = {},
): RecordedRequest {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const tools = Array.isArray(body.tools)
    ? body.tools
      .map((tool) => tool?.function?.name ?? tool?.name)
      .filter((name): name is string => typeof name === "string")
    : [];
  return {
    path,
    body,
    stream: body.stream === true,
    headers: { ...headers },
    messages,
    tools,
    lastUserText(): string {
      for (let i = messages.length - 1; i >= 0; i--) {
        if (messages[i]?.role === "user") return textOf(messages[i].content);
      }
      return "";
    },
  };
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .filter((part) => part?.type === "text" && typeof part.text === "string")
    .map((part) => part.text)
    .join("");
}

function split(content: string): string[] {
  if (!content) return [];
  const size = Math.max(1, Math.ceil(content.length / 3));
  const pieces: string[] = [];
  for (let i = 0; i < content.length; i += size) pieces.push(content.slice(i, i + size));
  return pieces;
}

function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": new TextEncoder().encode(text).length,
  });
  response.end(text);
}

function sendError(response: ServerResponse, status: number, message: string): void {
  response.setHeader("x-should-retry", "false");
  sendJson(response, status, {
    error: { message, type: status >= 500 ? "server_error" : "invalid_request_error" },
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
