/**
 * {@linkcode RequestHandler}: serve the CLI's model requests in your program.
 * With the client option `requestHandler`, the CLI does not call the model
 * server itself: it hands each HTTP request (the chat completion of a BYOK
 * provider, a Copilot API call) to the client, which gives it to the handler
 * as a web `Request` and sends the `Response` back, streaming bodies chunk by
 * chunk. Forward it with `fetch`, through a proxy, a cache or a test double.
 *
 * @module
 */

/**
 * What the CLI says about a model request besides the request itself.
 *
 * @example Log who asked
 * ```ts
 * import type { RequestHandlerContext } from "@copilot-sdk/copilot";
 *
 * function describe(context: RequestHandlerContext): string {
 *   return `${context.interactionType ?? "request"} of session ${context.sessionId ?? "-"}`;
 * }
 * describe({ requestId: "r1", sessionId: "s1", interactionType: "conversation-agent" });
 * ```
 */
export interface RequestHandlerContext {
  /** The CLI's id of this request. */
  readonly requestId: string;
  /** The session that made it; absent for requests outside any session. */
  readonly sessionId?: string;
  /** The agent trajectory that made it (stable across turns and retries). */
  readonly agentId?: string;
  /** The parent trajectory, for subagents and sampling requests. */
  readonly parentAgentId?: string;
  /** The agent invocation (one agentic loop); the same across retries. */
  readonly agentInvocationId?: string;
  /**
   * What kind of interaction it is, e.g. `"conversation-agent"`,
   * `"conversation-subagent"`, `"conversation-compaction"`.
   */
  readonly interactionType?: string;
}

/**
 * Serves one model HTTP request of the CLI: takes a web `Request` (method,
 * URL, headers, the whole body) and returns a `Response`, whose body may be a
 * `ReadableStream` (server-sent events for a streaming session). The
 * request's `signal` aborts when the CLI gives the request up (the turn is
 * aborted, the session ends, the CLI goes away): pass it on to `fetch`.
 *
 * What it throws (or a body stream that errors) reaches the CLI as a failed
 * transport, as a failed `fetch` would: the CLI retries a few times and then
 * ends the turn with a `session.error` naming the error; the error also goes
 * to the client's `onError`. A `Response` with an error status is the
 * model server's answer: the CLI sees that status (add
 * `x-should-retry: false` to stop its retries).
 *
 * @param request The model request; its `signal` aborts when the CLI gives it up.
 * @param context Which session and agent made it.
 * @returns The response, or a promise of it.
 *
 * @example Forward every model request, with one more header
 * ```ts
 * import type { RequestHandler } from "@copilot-sdk/copilot";
 *
 * const requestHandler: RequestHandler = (request) => {
 *   const forwarded = new Request(request);
 *   forwarded.headers.set("x-team", "docs");
 *   return fetch(forwarded);
 * };
 * // new CopilotClient({ requestHandler })
 * ```
 *
 * @example Answer chat completions in-process (a test double)
 * ```ts
 * import type { RequestHandler } from "@copilot-sdk/copilot";
 *
 * const requestHandler: RequestHandler = () =>
 *   Response.json({
 *     id: "c1",
 *     object: "chat.completion",
 *     created: 0,
 *     model: "test",
 *     choices: [{
 *       index: 0,
 *       message: { role: "assistant", content: "Hello" },
 *       finish_reason: "stop",
 *     }],
 *   });
 * const response = await requestHandler(
 *   new Request("http://model.test/v1/chat/completions", { method: "POST", body: "{}" }),
 *   { requestId: "r1" },
 * );
 * if (response.status !== 200) throw new Error("unexpected");
 * ```
 */
export type RequestHandler = (
  request: Request,
  context: RequestHandlerContext,
) => Response | Promise<Response>;

/**
 * What the official SDK's {@linkcode CopilotRequestHandler} gets with a
 * request: the {@linkcode RequestHandlerContext}, and the request's URL,
 * headers (by name, each with its values) and `signal`.
 */
export interface CopilotRequestContext extends RequestHandlerContext {
  /** Always `"http"` here (WebSocket model requests are not served). */
  readonly transport: "http";
  /** The request's URL. */
  url: string;
  /** The request's headers, by name, each with its values. */
  headers: Record<string, string[]>;
  /** Aborts when the CLI gives the request up. */
  readonly signal: AbortSignal;
}

/**
 * The official SDK's shape of a model request handler: a class whose
 * `sendRequest(request, context)` you override. Give an instance as the
 * client's `requestHandler`, as with the official SDK; this SDK calls its
 * `sendRequest` like a {@linkcode RequestHandler}. The default
 * `sendRequest` throws, and a client refuses an instance that does not
 * override it (this SDK does no networking of its own): override it and
 * forward with `fetch(request)` yourself, rather than `super.sendRequest()`.
 * WebSocket model requests (`openWebSocket`) are not served.
 *
 * @example Forward with one more header
 * ```ts
 * import { CopilotRequestHandler, type CopilotRequestContext } from "@copilot-sdk/copilot";
 *
 * class TeamHandler extends CopilotRequestHandler {
 *   protected override sendRequest(request: Request, _context: CopilotRequestContext) {
 *     const forwarded = new Request(request);
 *     forwarded.headers.set("x-team", "docs");
 *     return fetch(forwarded);
 *   }
 * }
 * // new CopilotClient({ requestHandler: new TeamHandler() })
 * ```
 */
export class CopilotRequestHandler {
  /**
   * Serves one model request. Override it; the default throws.
   *
   * @param request The model request.
   * @param _context Which session made it, its URL, headers and signal.
   * @returns The response.
   */
  protected sendRequest(request: Request, _context: CopilotRequestContext): Promise<Response> {
    // The URL without its query, which may hold a key.
    const url = request.url.replace(/[?#].*$/s, "");
    return Promise.reject(
      new TypeError(
        `CopilotRequestHandler.sendRequest() is not overridden: override it to serve ${request.method} ${url} (forward it with fetch(request) yourself; super.sendRequest() does not)`,
      ),
    );
  }
}

/**
 * The {@linkcode RequestHandler} of a client's `requestHandler` option: the
 * function itself, or a {@linkcode CopilotRequestHandler}'s `sendRequest`.
 *
 * @param handler The option.
 * @returns The function, or `undefined` when it is neither.
 */
export function requestHandlerOf(handler: unknown): RequestHandler | undefined {
  if (typeof handler === "function") return handler as RequestHandler;
  const send = (handler as { sendRequest?: unknown } | null)?.sendRequest;
  // A bare CopilotRequestHandler serves nothing here: the client refuses it.
  if (typeof send !== "function" || send === BASE_SEND) return undefined;
  return (request, context) =>
    send.call(
      handler,
      request,
      {
        ...context,
        transport: "http",
        url: request.url,
        headers: headersByName(request.headers),
        signal: request.signal,
      } satisfies CopilotRequestContext,
    );
}

function headersByName(headers: Headers): Record<string, string[]> {
  const byName: Record<string, string[]> = {};
  headers.forEach((value, name) => (byName[name] ??= []).push(value));
  return byName;
}

/** The base class's `sendRequest`, which a handler must override. */
const BASE_SEND: unknown = Object.getOwnPropertyDescriptor(
  CopilotRequestHandler.prototype,
  "sendRequest",
)?.value;
