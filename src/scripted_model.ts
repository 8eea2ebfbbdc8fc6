/**
 * {@linkcode ScriptedModel}: an OpenAI-compatible chat-completions model
 * whose replies a test programs one by one (text, tool calls, HTTP errors,
 * delays), and which records every request it gets. It is a web-standard
 * handler (`model.handler(request)`), and `ScriptedModel.start()` serves it
 * on 127.0.0.1 so the Copilot CLI reaches it through a BYOK provider
 * (`model.provider`).
 *
 * @module
 */

import { type HttpServer, serveHttp } from "./runtime/serve.ts";

/**
 * One tool call the scripted model makes.
 *
 * @example
 * ```ts
 * import type { ScriptedToolCall } from "@copilot-sdk/copilot/testing";
 *
 * const call: ScriptedToolCall = { name: "get_weather", arguments: { city: "Paris" } };
 * ```
 */
export interface ScriptedToolCall {
  /** The tool call's id; a generated `call_N` when left out. */
  id?: string;
  /** The name of the tool to call. */
  name: string;
  /** The arguments; JSON-encoded unless already a string. */
  arguments: unknown;
}

/**
 * One scripted answer to a chat-completions request. A string stands for
 * `{ content }`.
 *
 * @example A tool call, then text, then an HTTP error
 * ```ts
 * import type { ScriptedReply } from "@copilot-sdk/copilot/testing";
 *
 * const replies: ScriptedReply[] = [
 *   { toolCalls: [{ name: "get_weather", arguments: { city: "Paris" } }] },
 *   { content: "It is sunny in Paris", chunks: ["It is ", "sunny ", "in Paris"] },
 *   { status: 503, content: "overloaded" },
 * ];
 * ```
 */
export interface ScriptedReply {
  /**
   * The assistant's text (default `""` with `toolCalls`, else `"OK"`).
   * With `status`: the error message.
   */
  content?: string;
  /** Tool calls to make; the finish reason becomes `"tool_calls"`. */
  toolCalls?: ScriptedToolCall[];
  /** For a streamed request: the text in these pieces (default: about three pieces). */
  chunks?: string[];
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /**
   * For a streamed request: milliseconds between the pieces, e.g. to abort
   * a turn while its answer streams.
   */
  chunkDelayMs?: number;
  /** Never answer (until the client goes away or the model is closed). */
  hang?: boolean;
  /**
   * Answer with this HTTP status and an `{ error: { message } }` body, with
   * `x-should-retry: false` so the CLI does not retry.
   */
  status?: number;
}

/**
 * A chat-completions request as the scripted model received it.
 *
 * @example Assert on what the agent sent
 * ```ts ignore
 * const [first] = model.requests;
 * console.log(first.lastUserText(), first.tools, first.stream);
 * ```
 */
export interface RecordedRequest {
  /** The request's path, without the query. */
  path: string;
  /** The JSON body. */
  // deno-lint-ignore no-explicit-any
  body: any;
  /** Whether a streamed (SSE) answer was asked for. */
  stream: boolean;
  /** The request's headers (lower-case names). */
  headers: Record<string, string>;
  /** `body.messages`, or `[]`. */
  messages: Array<{ role: string; content?: unknown; tool_calls?: unknown; tool_call_id?: string }>;
  /** The names of the tools offered (`body.tools`). */
  tools: string[];
  /** The text of the last `role: "user"` message, or `""`. */
  lastUserText(): string;
  /** The contents of the `role: "tool"` messages (tool results), oldest first. */
  toolResults(): string[];
}

/**
 * Computes a reply from the request (when no queued reply is left); a
 * string stands for `{ content }`.
 *
 * @example Echo the prompt
 * ```ts
 * import type { ReplyFn } from "@copilot-sdk/copilot/testing";
 *
 * const echo: ReplyFn = (request) => `You said: ${request.lastUserText()}`;
 * ```
 */
export type ReplyFn = (
  request: RecordedRequest,
) => ScriptedReply | string | Promise<ScriptedReply | string>;

/** The model name the scripted model reports. */
const DEFAULT_MODEL = "test-model";

/**
 * A scripted OpenAI-compatible model. Replies come from the queue
 * (`enqueue()`, or the array given to the constructor) first, then from the
 * {@linkcode ReplyFn}, else `"OK"`. Serve it with {@linkcode ScriptedModel.start}
 * (or {@linkcode ScriptedModel.listen}) and give the session its `provider`;
 * or call {@linkcode ScriptedModel.handler} from a server of your own.
 *
 * @example Script a tool call, then an answer made from the tool's result
 * ```ts
 * import { ScriptedModel } from "@copilot-sdk/copilot/testing";
 *
 * const model = new ScriptedModel([
 *   { toolCalls: [{ name: "get_weather", arguments: { city: "Paris" } }] },
 *   (request) => `The tool said: ${request.toolResults()[0]}`,
 * ]);
 * // Served: `await model.listen()` (or `ScriptedModel.start(script)`), then
 * // createSession({ ...model.sessionConfig, tools }). Here, called in-process:
 * const ask = (messages: unknown[]) =>
 *   model.handler(
 *     new Request("http://model/v1/chat/completions", {
 *       method: "POST",
 *       body: JSON.stringify({ messages }),
 *     }),
 *   ).then((response) => response.json());
 * const first = await ask([{ role: "user", content: "Weather in Paris?" }]);
 * console.log(first.choices[0].message.tool_calls[0].function.name); // "get_weather"
 * const second = await ask([{ role: "tool", tool_call_id: "call_1", content: "21 C" }]);
 * console.log(second.choices[0].message.content); // "The tool said: 21 C"
 * console.log(model.requests.length); // 2
 * ```
 */
export class ScriptedModel {
  #queue: Array<ScriptedReply | ReplyFn> = [];
  #fn: ReplyFn | undefined;
  #requests: RecordedRequest[] = [];
  #waiters = new Set<{ n: number; resolve: () => void }>();
  #closed = deferred();
  #isClosed = false;
  #server: HttpServer | undefined;
  #ids = 0;

  /**
   * Starts a scripted model on 127.0.0.1 (a free port).
   *
   * @param script The replies to queue (each a reply, a string, or a
   *   function of the request), or a function computing every reply.
   * @returns The model, listening.
   */
  static async start(
    script?: ReplyFn | Array<ScriptedReply | string | ReplyFn>,
  ): Promise<ScriptedModel> {
    const model = new ScriptedModel(script);
    await model.listen();
    return model;
  }

  /**
   * Creates a scripted model (not listening: see {@linkcode ScriptedModel.listen}).
   *
   * @param script The replies to queue, or a function computing every reply.
   */
  constructor(script?: ReplyFn | Array<ScriptedReply | string | ReplyFn>) {
    if (typeof script === "function") this.#fn = script;
    else if (script) this.enqueue(...script);
    this.handler = this.handler.bind(this);
  }

  /**
   * Listens on 127.0.0.1 (`port` 0, the default, for a free one).
   *
   * @param port The port.
   * @returns The base URL, `http://127.0.0.1:PORT/v1`.
   * @throws {Error} It listens already, or was closed.
   */
  async listen(port = 0): Promise<string> {
    if (this.#server || this.#isClosed) {
      throw new Error("Cannot listen: the scripted model is listening already or was closed");
    }
    this.#server = await serveHttp(this.handler, { hostname: "127.0.0.1", port });
    return this.url;
  }

  /** The base URL for a provider, `http://127.0.0.1:PORT/v1` (once listening). */
  get url(): string {
    if (!this.#server) throw new Error("The scripted model is not listening: call listen()");
    return `http://127.0.0.1:${this.#server.port}/v1`;
  }

  /**
   * A BYOK provider for this model: `{ type: "openai", baseUrl: url, apiKey: "test" }`.
   * Before `listen()` its URL is a placeholder (`http://scripted-model.invalid/v1`), for a client
   * that serves the model requests in-process with `requestHandler: model.handler`.
   */
  get provider(): { type: "openai"; baseUrl: string; apiKey: string } {
    return {
      type: "openai",
      baseUrl: this.#server ? this.url : "http://scripted-model.invalid/v1",
      apiKey: "test",
    };
  }

  /** `{ model, provider }` for `createSession()`: the model name and {@linkcode ScriptedModel.provider}. */
  get sessionConfig(): {
    model: string;
    provider: { type: "openai"; baseUrl: string; apiKey: string };
  } {
    return { model: DEFAULT_MODEL, provider: this.provider };
  }

  /** Every chat-completions request received, oldest first. */
  get requests(): RecordedRequest[] {
    return this.#requests;
  }

  /**
   * Queues replies, used in order before the {@linkcode ReplyFn}. A string
   * stands for `{ content }`; a function computes that one reply.
   *
   * @param replies The replies.
   */
  enqueue(...replies: Array<ScriptedReply | string | ReplyFn>): void {
    for (const reply of replies) {
      this.#queue.push(typeof reply === "string" ? { content: reply } : reply);
    }
  }

  /**
   * Resolves once `n` requests have arrived.
   *
   * @param n How many.
   * @param timeoutMs How long to wait before rejecting.
   * @returns Resolves when they have.
   * @throws {Error} Timed out, or the model was closed.
   */
  waitForRequests(n: number, timeoutMs = 30_000): Promise<void> {
    if (this.#requests.length >= n) return Promise.resolve();
    if (this.#isClosed) return Promise.reject(new Error("The scripted model is closed"));
    return new Promise((resolve, reject) => {
      const waiter = {
        n,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(
          new Error(
            `The scripted model timed out after ${timeoutMs} ms waiting for ${n} requests (got ${this.#requests.length})`,
          ),
        );
      }, timeoutMs);
      this.#closed.promise.then(() => {
        if (!this.#waiters.delete(waiter)) return;
        clearTimeout(timer);
        reject(new Error("The scripted model was closed"));
      });
      this.#waiters.add(waiter);
      if (this.#requests.length >= n) this.#settleWaiters();
    });
  }

  /**
   * Answers one HTTP request: `POST .../chat/completions` (JSON or SSE, as
   * the request asks), `GET .../models`; anything else gets a 404.
   *
   * @param request The request.
   * @returns The response.
   */
  async handler(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (request.method === "GET" && path.endsWith("/models")) {
      return json(200, {
        object: "list",
        data: [DEFAULT_MODEL, "gpt-4.1", "gpt-5"].map((id) => ({
          id,
          object: "model",
          created: 0,
          owned_by: "scripted-model",
        })),
      });
    }
    if (!path.endsWith("/chat/completions")) {
      return failure(404, `The scripted model has no route for ${request.method} ${path}`);
    }
    if (request.method !== "POST") {
      return failure(405, `The scripted model takes POST on ${path}, not ${request.method}`);
    }
    // deno-lint-ignore no-explicit-any
    let body: any;
    try {
      const text = await request.text();
      body = text ? JSON.parse(text) : {};
    } catch {
      return failure(400, "The scripted model expects a JSON body");
    }
    if (body === null || typeof body !== "object") body = {};
    const recorded = record(path, body, request.headers);
    this.#requests.push(recorded);
    this.#settleWaiters();
    let reply: ScriptedReply;
    try {
      reply = await this.#nextReply(recorded);
    } catch (error) {
      return failure(500, `The scripted reply failed: ${String(error)}`);
    }
    if (reply.hang || (reply.delayMs ?? 0) > 0) {
      const answered = await this.#wait(reply.hang ? undefined : reply.delayMs, request.signal);
      if (!answered) return broken();
    }
    if (reply.status !== undefined) {
      return failure(reply.status, reply.content ?? `Scripted HTTP ${reply.status}`);
    }
    return this.#answer(recorded, reply, request.signal);
  }

  /**
   * Ends requests still waiting (their clients see the connection fail),
   * stops listening and closes every connection. Idempotent.
   *
   * @returns Resolves once all is closed.
   */
  async close(): Promise<void> {
    this.#isClosed = true;
    this.#closed.resolve();
    await this.#server?.close();
  }

  /** Same as {@linkcode ScriptedModel.close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  #settleWaiters(): void {
    for (const waiter of this.#waiters) {
      if (this.#requests.length >= waiter.n) {
        this.#waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  async #nextReply(request: RecordedRequest): Promise<ScriptedReply> {
    const queued = this.#queue.shift();
    const reply = typeof queued === "function"
      ? await queued(request)
      : queued ?? (this.#fn ? await this.#fn(request) : "OK");
    return typeof reply === "string" ? { content: reply } : reply;
  }

  /** Waits `ms` (or forever); false when the model closed or the client went away first. */
  #wait(ms: number | undefined, signal: AbortSignal): Promise<boolean> {
    if (this.#isClosed || signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(() => done(true), ms);
      const done = (answered: boolean) => {
        clearTimeout(timer);
        signal.removeEventListener("abort", gone);
        resolve(answered);
      };
      const gone = () => done(false);
      signal.addEventListener("abort", gone, { once: true });
      this.#closed.promise.then(gone);
    });
  }

  #answer(request: RecordedRequest, reply: ScriptedReply, signal: AbortSignal): Response {
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
      const message = {
        role: "assistant",
        content,
        ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
      };
      return json(200, {
        id,
        object: "chat.completion",
        created,
        model,
        choices: [{ index: 0, message, finish_reason: finishReason }],
        usage,
      });
    }
    const events: string[] = [];
    const send = (delta: unknown, finish: string | null = null, extra: object = {}) => {
      const chunk = {
        id,
        object: "chat.completion.chunk",
        created,
        model,
        choices: [{ index: 0, delta, finish_reason: finish }],
        ...extra,
      };
      events.push(`data: ${JSON.stringify(chunk)}\n\n`);
    };
    send({ role: "assistant", content: "" });
    for (const piece of reply.chunks ?? split(content)) send({ content: piece });
    toolCalls.forEach((call, index) => send({ tool_calls: [{ index, ...call }] }));
    send({}, finishReason, { usage });
    events.push("data: [DONE]\n\n");
    const headers = { "content-type": "text/event-stream", "cache-control": "no-cache" };
    const pause = reply.chunkDelayMs ?? 0;
    if (pause <= 0) return new Response(events.join(""), { status: 200, headers });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        if (!(await this.#wait(pause, signal))) {
          controller.error(new Error("The scripted model was closed"));
          return;
        }
        controller.enqueue(encoder.encode(events.shift()!));
        if (events.length === 0) controller.close();
      },
    });
    return new Response(body, { status: 200, headers });
  }
}

/** A promise and its resolve function (`Promise.withResolvers` is ES2024). */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => resolve = done);
  return { promise, resolve };
}

function record(path: string, body: Record<string, unknown>, headers: Headers): RecordedRequest {
  const messages: RecordedRequest["messages"] = Array.isArray(body.messages) ? body.messages : [];
  const tools = Array.isArray(body.tools)
    ? body.tools
      .map((tool) => tool?.function?.name ?? tool?.name)
      .filter((name): name is string => typeof name === "string")
    : [];
  const headerRecord: Record<string, string> = {};
  headers.forEach((value, name) => headerRecord[name] = value);
  return {
    path,
    body,
    stream: body.stream === true,
    headers: headerRecord,
    messages,
    tools,
    lastUserText(): string {
      for (let i = messages.length - 1; i >= 0; i--) {
        if (messages[i]?.role === "user") return textOf(messages[i].content);
      }
      return "";
    },
    toolResults(): string[] {
      return messages.filter((m) => m?.role === "tool").map((m) => textOf(m.content));
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

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function failure(status: number, message: string): Response {
  const type = status >= 500 ? "server_error" : "invalid_request_error";
  const response = json(status, { error: { message, type } });
  response.headers.set("x-should-retry", "false");
  return response;
}

/** A response whose body fails: the client sees the connection break. */
function broken(): Response {
  return new Response(
    new ReadableStream({
      pull(controller) {
        controller.error(new Error("The scripted model was closed"));
      },
    }),
    { status: 200, headers: { "content-type": "application/json" } },
  );
}
