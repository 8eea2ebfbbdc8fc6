/**
 * Serve a turn to a browser: {@linkcode turnResponse} sends a message to a
 * session and returns a `Response` whose body streams the turn's events as
 * Server-Sent Events, ending when the turn is over; a client that
 * disconnects aborts the turn. {@linkcode readTurnEvents} reads such a body
 * back as events (in a program; a browser page can parse it the same way).
 *
 * Only web APIs (`ReadableStream`, `TextEncoder`, `Response`,
 * `AbortSignal`), so it works in Deno's and Bun's `serve`, frameworks built
 * on `Request`/`Response`, and Node's `http` through a small adapter (see
 * the README).
 *
 * @module
 */

import { SdkError, SessionError } from "./errors.ts";
import type { SessionEvent, SessionEventType } from "./events.ts";
import type { MessageOptions } from "./session_config.ts";
import type { CopilotSession } from "./session.ts";

/**
 * The event types {@linkcode turnEventStream} sends unless given a `filter`:
 * what a chat page shows (the prompt, text as it streams, reasoning, tool
 * calls and their permission requests, usage, errors, the end of the turn).
 * The CLI's other events of a turn are left out: the system prompt
 * (`system.message`), the model calls with their whole conversation
 * (`model.*`), duplicates (`assistant.streaming_delta`) and so on.
 *
 * @example Send these and subagents' events too
 * ```ts
 * import { TURN_EVENT_TYPES, type TurnStreamOptions } from "@copilot-sdk/copilot";
 *
 * const options: TurnStreamOptions = {
 *   filter: (event) => TURN_EVENT_TYPES.includes(event.type) || event.type.startsWith("subagent."),
 * };
 * ```
 */
export const TURN_EVENT_TYPES: readonly SessionEventType[] = [
  "user.message",
  "assistant.turn_start",
  "assistant.message_delta",
  "assistant.message",
  "assistant.reasoning_delta",
  "assistant.reasoning",
  "assistant.turn_end",
  "assistant.usage",
  "tool.execution_start",
  "tool.execution_progress",
  "tool.execution_partial_result",
  "tool.execution_complete",
  "permission.requested",
  "permission.completed",
  "abort",
  "session.error",
  "session.idle",
];

const DEFAULT_TYPES: ReadonlySet<string> = new Set(TURN_EVENT_TYPES);

/**
 * What {@linkcode turnEventStream} needs of a session: `on()` and
 * `sendAndWait()`. A {@linkcode CopilotSession} is one.
 *
 * @example A session is a TurnSession
 * ```ts
 * import type { CopilotSession, TurnSession } from "@copilot-sdk/copilot";
 *
 * function serveWith(session: CopilotSession): TurnSession {
 *   return session;
 * }
 * ```
 */
export type TurnSession = Pick<CopilotSession, "on" | "sendAndWait">;

/**
 * Options for {@linkcode turnEventStream} and {@linkcode turnResponse}.
 *
 * @example Abort with the request, give up after ten minutes, log failures
 * ```ts
 * import type { TurnStreamOptions } from "@copilot-sdk/copilot";
 *
 * function optionsFor(request: Request): TurnStreamOptions {
 *   return {
 *     signal: request.signal,
 *     timeout: 10 * 60_000,
 *     onError: (error) => console.error("turn failed:", error),
 *   };
 * }
 * ```
 */
export interface TurnStreamOptions {
  /**
   * Aborts the turn: pass the `Request`'s `signal`, which aborts when the
   * client disconnects. Cancelling the stream (the server does when the
   * client goes away) aborts it too.
   */
  signal?: AbortSignal;
  /**
   * Milliseconds the turn may take; then it is aborted and the stream ends
   * with a `turn.end` event of status `"failed"` (a `TimeoutError`). The
   * default is no limit: the client's disconnect (a Stop button aborting its
   * `fetch`) ends a turn that takes too long.
   *
   * @default {Infinity}
   */
  timeout?: number;
  /**
   * Which of the turn's events to send: by default those whose type is in
   * {@linkcode TURN_EVENT_TYPES}; `() => true` sends them all. Never sent,
   * whatever the filter: the SDK's own `session.error` of type `cli_exited`,
   * which holds the CLI's stderr (the `turn.end` event says the turn
   * failed). Events carry tool arguments and results, file contents the
   * agent read, and so on: send only what the page may see.
   *
   * @default {(event) => TURN_EVENT_TYPES.includes(event.type)}
   */
  filter?: (event: SessionEvent) => boolean;
  /**
   * Milliseconds of quiet (a long tool call) after which a comment line is
   * sent, so that proxies do not close the connection; `0` for none.
   *
   * @default {15000}
   */
  heartbeat?: number;
  /**
   * Bytes of events that may wait for a client that does not read (a
   * stalled connection): past this, the turn is aborted and the stream ends
   * with a `turn.end` of status `"failed"` (code `EVENT_BUFFER_FULL`),
   * rather than growing without bound.
   *
   * @default {16777216 (16 MiB)}
   */
  maxBufferedBytes?: number;
  /**
   * Called with the error that ended the turn (an abort too), before the
   * stream ends. Only
   * `SessionError`, `AbortError` and `TimeoutError` messages go to the client
   * (others, such as a `ConnectionClosedError` with the CLI's stderr, go as
   * their name and code): log the rest here.
   */
  onError?: (error: unknown) => void;
}

/**
 * Options for {@linkcode turnResponse}: those of the stream and the response's headers.
 *
 * @example Let a page on another origin read the stream
 * ```ts
 * import type { TurnResponseOptions } from "@copilot-sdk/copilot";
 *
 * const options: TurnResponseOptions = {
 *   headers: { "access-control-allow-origin": "https://chat.example.com" },
 * };
 * ```
 */
export interface TurnResponseOptions extends TurnStreamOptions {
  /**
   * More response headers (e.g. CORS); they may replace the defaults
   * (`content-type: text/event-stream`, `cache-control: no-cache`).
   */
  headers?: HeadersInit;
}

/**
 * How a streamed turn ended: `"done"` (the agent is idle), `"aborted"`
 * (a Stop, a client gone, `session.abort()`), `"failed"` (an error).
 *
 * @example Say how it ended
 * ```ts
 * import type { TurnEndStatus } from "@copilot-sdk/copilot";
 *
 * const labels: Record<TurnEndStatus, string> = {
 *   done: "",
 *   aborted: "(stopped)",
 *   failed: "(something went wrong)",
 * };
 * ```
 */
export type TurnEndStatus = "done" | "aborted" | "failed";

/**
 * The last event of a streamed turn, made by the SDK (not the CLI): it
 * follows the turn's `session.idle`, or says why the turn ended without one.
 *
 * @example The end of a turn that failed
 * ```ts
 * import type { TurnEndEvent } from "@copilot-sdk/copilot";
 *
 * const end: TurnEndEvent = {
 *   type: "turn.end",
 *   data: {
 *     status: "failed",
 *     error: { name: "SessionError", message: "rate limited", code: "SESSION_ERROR" },
 *   },
 * };
 * ```
 */
export interface TurnEndEvent {
  /** Always `"turn.end"`. */
  type: "turn.end";
  /** How the turn ended. */
  data: {
    /** `"done"`: the agent is idle; `"aborted"`: the turn was aborted; `"failed"`: see `error`. */
    status: TurnEndStatus;
    /** Why the turn did not finish, for `"aborted"` and `"failed"`. */
    error?: { name: string; message: string; code?: string };
  };
}

/**
 * An event in a streamed turn: a session event, or the closing
 * {@linkcode TurnEndEvent}. `type` tells them apart.
 *
 * @example Show an event
 * ```ts
 * import type { TurnStreamEvent } from "@copilot-sdk/copilot";
 *
 * function show(event: TurnStreamEvent): string {
 *   switch (event.type) {
 *     case "assistant.message_delta":
 *       return event.data.deltaContent;
 *     case "tool.execution_start":
 *       return `[${event.data.toolName}]`;
 *     case "turn.end":
 *       return event.data.status === "done" ? "\n" : `\n(${event.data.status})`;
 *     default:
 *       return "";
 *   }
 * }
 * ```
 */
export type TurnStreamEvent = SessionEvent | TurnEndEvent;

const encoder = new TextEncoder();

/**
 * Sends a message to a session and streams the events of its turn as
 * Server-Sent Events: each event is `event: <type>` and `data: <JSON of the
 * event>` (with `id: <event id>`), and the last one is a
 * {@linkcode TurnEndEvent}. Which events: those of
 * {@linkcode TURN_EVENT_TYPES}, or the `filter` option's. The message is sent at once; the stream ends
 * when the turn is over (after its `session.idle`), and aborts the turn when
 * `signal` aborts or the stream is cancelled.
 *
 * The stream carries the session's events from the turn's `user.message`
 * on: give each conversation its own session (two turns at once in one
 * session are queued one after the other, and both streams see both).
 *
 * @param session The session.
 * @param message The prompt, or the prompt with attachments and mode.
 * @param options Signal, timeout, filter, heartbeat and error report.
 * @returns The SSE body, as bytes.
 * @throws {RangeError} A `timeout` or `heartbeat` that is not a number >= 0.
 *
 * @example Read the stream of a turn in a program
 * ```ts
 * import { readTurnEvents, type TurnSession, turnEventStream } from "@copilot-sdk/copilot";
 * import type { SessionEvent } from "@copilot-sdk/copilot";
 *
 * // A stand-in session that answers "hello" (use `client.createSession()`).
 * const session: TurnSession = {
 *   on(handler: (event: SessionEvent) => void) {
 *     const emit = (type: string, data = {}) =>
 *       handler({ id: type, timestamp: "", parentId: null, type, data } as SessionEvent);
 *     setTimeout(() => {
 *       emit("user.message", { content: "hi" });
 *       emit("assistant.message_delta", { messageId: "a", deltaContent: "hello" });
 *       emit("session.idle");
 *     });
 *     return () => {};
 *   },
 *   sendAndWait: () => new Promise((resolve) => setTimeout(() => resolve(undefined), 10)),
 * } as unknown as TurnSession;
 *
 * const types: string[] = [];
 * for await (const event of readTurnEvents(turnEventStream(session, "hi"))) types.push(event.type);
 * console.log(types); // ["user.message", "assistant.message_delta", "session.idle", "turn.end"]
 * if (types.at(-1) !== "turn.end") throw new Error("The stream ends with turn.end");
 * ```
 */
export function turnEventStream(
  session: TurnSession,
  message: string | MessageOptions,
  options: TurnStreamOptions = {},
): ReadableStream<Uint8Array> {
  const { signal, timeout = Infinity, heartbeat = 15_000, onError } = options;
  const { maxBufferedBytes = 16 * 1024 * 1024 } = options;
  const filter = options.filter ?? ((event: SessionEvent) => DEFAULT_TYPES.has(event.type));
  checkMs("timeout", timeout);
  checkMs("heartbeat", heartbeat);
  if (!(maxBufferedBytes > 0)) {
    throw new RangeError(`"maxBufferedBytes" must be a number > 0 (was ${maxBufferedBytes})`);
  }
  const stop = new AbortController();
  let finish = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      let started = false;
      let quiet: ReturnType<typeof setTimeout> | undefined;
      const write = (text: string) => {
        if (!open) return;
        controller.enqueue(encoder.encode(text));
        // desiredSize is maxBufferedBytes less the bytes the reader has not taken.
        if ((controller.desiredSize ?? 0) < 0 && !stop.signal.aborted) {
          stop.abort(
            new SdkError(
              "EVENT_BUFFER_FULL",
              `The turn's stream was not read: more than ${maxBufferedBytes} bytes of events waited (maxBufferedBytes)`,
            ),
          );
        }
        if (heartbeat > 0 && heartbeat < Infinity) {
          clearTimeout(quiet);
          quiet = setTimeout(() => write(": keep-alive\n\n"), heartbeat);
        }
      };
      const onAbort = () => stop.abort(signal!.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      const timer = timeout < Infinity
        ? setTimeout(() => {
          stop.abort(new DOMException(`The turn timed out after ${timeout} ms`, "TimeoutError"));
        }, timeout)
        : undefined;
      // Events before the turn's `user.message` are an earlier turn's (e.g. an abort's idle).
      const unsubscribe = session.on((event) => {
        if (event.type === "user.message") started = true;
        if (!started || isCliExit(event) || !filter(event)) return;
        write(frame(event.type, event, event.id));
      });
      finish = () => {
        open = false;
        unsubscribe();
        clearTimeout(timer);
        clearTimeout(quiet);
        signal?.removeEventListener("abort", onAbort);
      };
      write(": turn\n\n");
      // `signal?.aborted` first: a request already gone sends nothing.
      if (signal?.aborted) stop.abort(signal.reason);
      session.sendAndWait(message, { timeout: Infinity, signal: stop.signal }).then(
        () => end({ status: "done" }),
        (error) => {
          onError?.(error);
          const reason = stop.signal.reason;
          const aborted = isAbort(error) ||
            (stop.signal.aborted && error === reason && !isTimeout(error) &&
              !(reason instanceof SdkError && reason.code === "EVENT_BUFFER_FULL"));
          end({ status: aborted ? "aborted" : "failed", error: describe(error) });
        },
      );
      function end(data: TurnEndEvent["data"]) {
        const event: TurnEndEvent = { type: "turn.end", data };
        write(frame(event.type, event));
        const wasOpen = open;
        finish();
        if (wasOpen) controller.close();
      }
    },
    cancel(reason) {
      finish();
      stop.abort(reason ?? new DOMException("The client went away", "AbortError"));
    },
  }, new ByteLengthQueuingStrategy({ highWaterMark: maxBufferedBytes }));
}

/**
 * Sends a message to a session and answers with the turn as Server-Sent
 * Events: a `200` `Response` whose body is {@linkcode turnEventStream}'s,
 * with `content-type: text/event-stream`. Return it from a `fetch` handler
 * (Deno's and Bun's `serve`, Hono...), passing the request's signal so that
 * a client that disconnects aborts the turn.
 *
 * In a page, read it with `fetch()` (a `POST` with the prompt) and a reader
 * of its body, not with `EventSource`: `EventSource` reconnects when a
 * stream ends, which would send the prompt again.
 *
 * @param session The session.
 * @param message The prompt, or the prompt with attachments and mode.
 * @param options Signal, timeout, filter, heartbeat, error report and headers.
 * @returns The streaming response.
 * @throws {RangeError} A `timeout` or `heartbeat` that is not a number >= 0.
 *
 * @example A chat endpoint for Deno, Bun or any Request/Response server
 * ```ts ignore
 * import { CopilotClient, turnResponse } from "@copilot-sdk/copilot";
 *
 * const client = new CopilotClient();
 * const session = await client.createSession({ model: "gpt-5", streaming: true });
 *
 * async function handle(request: Request): Promise<Response> {
 *   const { prompt } = await request.json();
 *   return turnResponse(session, prompt, { signal: request.signal });
 * }
 * export default { fetch: handle }; // `deno serve -A main.ts`, or `bun main.ts`
 * ```
 */
export function turnResponse(
  session: TurnSession,
  message: string | MessageOptions,
  options: TurnResponseOptions = {},
): Response {
  const headers = new Headers({
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    "x-accel-buffering": "no",
  });
  for (const [name, value] of new Headers(options.headers)) headers.set(name, value);
  return new Response(turnEventStream(session, message, options), { status: 200, headers });
}

/**
 * Reads a body of Server-Sent Events made by {@linkcode turnEventStream}
 * back as events: the `data` of each, parsed as JSON. Comments and fields
 * other than `data` are skipped; the stream ends with the body.
 *
 * @param body A response body, e.g. `(await fetch(url, { method: "POST", body })).body`.
 * @returns The events, the last a {@linkcode TurnEndEvent} when the turn ended.
 * @throws {SyntaxError} (from the stream) An event whose `data` is not JSON.
 *
 * @example Follow a turn served by another process
 * ```ts ignore
 * import { readTurnEvents } from "@copilot-sdk/copilot";
 *
 * const response = await fetch("http://127.0.0.1:8000/chat", {
 *   method: "POST",
 *   body: JSON.stringify({ prompt: "What is 2+2?" }),
 * });
 * for await (const event of readTurnEvents(response.body!)) {
 *   if (event.type === "assistant.message_delta") console.log(event.data.deltaContent);
 * }
 * ```
 */
export function readTurnEvents(body: ReadableStream<Uint8Array>): ReadableStream<TurnStreamEvent> {
  const decoder = new TextDecoder();
  let buffer = "";
  let data: string[] = [];
  const field = (line: string) => line.slice(line[5] === " " ? 6 : 5);
  return body.pipeThrough(
    new TransformStream<Uint8Array, TurnStreamEvent>({
      transform(chunk, controller) {
        let text = buffer + decoder.decode(chunk, { stream: true });
        // A final "\r" may be the first half of a "\r\n": keep it for the next chunk.
        const held = text.endsWith("\r") ? "\r" : "";
        if (held) text = text.slice(0, -1);
        const lines = text.split(/\r\n|\r|\n/);
        buffer = lines.pop()! + held; // a line cut short
        for (const line of lines) {
          if (line === "") {
            if (data.length) controller.enqueue(JSON.parse(data.join("\n")));
            data = [];
          } else if (line.startsWith("data:")) {
            data.push(field(line));
          }
        }
      },
      flush(controller) {
        const last = (buffer + decoder.decode()).replace(/\r$/, "");
        if (last.startsWith("data:")) data.push(field(last));
        if (data.length) controller.enqueue(JSON.parse(data.join("\n")));
      },
    }),
  );
}

/** One SSE message; JSON has no raw newlines, so `data` is one line. */
function frame(type: string, event: unknown, id?: string): string {
  return `event: ${type}\n${id ? `id: ${id}\n` : ""}data: ${JSON.stringify(event)}\n\n`;
}

function checkMs(name: string, value: unknown): void {
  if (typeof value !== "number" || Number.isNaN(value) || value < 0) {
    throw new RangeError(
      `Cannot stream the turn: "${name}" must be a number of milliseconds >= 0, not ${
        String(value)
      }`,
    );
  }
}

/** The SDK's own `session.error` when the CLI exits: it holds the CLI's stderr, never sent. */
function isCliExit(event: SessionEvent): boolean {
  return event.type === "session.error" && event.data.errorType === "cli_exited";
}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === "AbortError";
}

function isTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === "TimeoutError";
}

/** What the client is told of an error: the turn's own errors in full, others by name and code. */
function describe(error: unknown): NonNullable<TurnEndEvent["data"]["error"]> {
  const name = error instanceof Error ? error.name : "Error";
  const code = error instanceof SdkError ? error.code : undefined;
  const told = error instanceof SessionError || name === "AbortError" || name === "TimeoutError" ||
    code === "EVENT_BUFFER_FULL";
  const message = told && error instanceof Error
    ? error.message
    : `The turn failed (${code ?? name})`;
  return code ? { name, message, code } : { name, message };
}
