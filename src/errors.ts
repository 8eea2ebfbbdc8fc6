/**
 * Every error class the SDK throws. Local failures (a closed connection, a CLI
 * that exited, bad configuration) are {@linkcode SdkError}s with a string
 * `code`; errors the CLI answered over the wire are {@linkcode RpcError}s with
 * the JSON-RPC numeric code. Aborts and timeouts stay `DOMException`s, and bad
 * arguments throw `TypeError`.
 *
 * @module
 */

/**
 * The string codes carried by {@linkcode SdkError} and its subclasses. Each
 * means one thing, and is set from what happened, never from a message:
 *
 * | code | meaning |
 * | --- | --- |
 * | `RPC_ERROR` | the CLI answered a call with an error ({@linkcode RpcError}) |
 * | `CONNECTION_CLOSED` | the connection to the CLI closed while a call needed it ({@linkcode ConnectionClosedError}) |
 * | `CONNECT_FAILED` | nothing answered at `cliUrl`, or it is not a Copilot CLI server |
 * | `PROCESS_ERROR` | the CLI could not be started ({@linkcode ProcessError}) |
 * | `PROTOCOL_ERROR` | the CLI sent bytes or messages that break the protocol ({@linkcode ProtocolError}) |
 * | `PROTOCOL_VERSION_MISMATCH` | the CLI speaks another protocol version |
 * | `SESSION_ERROR` | the CLI reported `session.error` for a call's turn ({@linkcode SessionError}) |
 * | `SESSION_DESTROYED` | the session was destroyed (or deleted, or its client stopped) before or during the call |
 * | `UI_UNAVAILABLE` | `session.ui.*` was called but no client of the session can show dialogs |
 * | `EVENT_BUFFER_FULL` | a `session.events()` stream held its `bufferSize` unread events and was ended |
 * | `CLIENT_NOT_STARTED` | the client was never started and `autoStart` is `false` |
 * | `CLIENT_STOPPING` | `stop()` is in progress |
 * | `CLIENT_STOPPED` | `stop()` or `forceStop()` ended the client (or a start in progress) |
 * | `CLI_EXITED` | the CLI exited and `autoRestart` is `false`: call `start()` |
 * | `RESTART_LIMIT` | the CLI crashed too often to be restarted automatically: call `start()` |
 * | `SESSION_HELD` | another live client holds the session's lease in the `sessionStore` (or took it over) |
 * | `STORE_UNAVAILABLE` | the `sessionStore` could not be reached or failed; nothing was kept elsewhere |
 * | `OUTPUT_INVALID` | `session.run({ output })` got no valid answer in `maxAttempts` tries ({@linkcode OutputError}) |
 * | `NOT_AN_EXTENSION` | `joinSession()` ran in a program the CLI did not start as an extension (no `SESSION_ID`) |
 *
 * @example Switch on the code
 * ```ts
 * import { SdkError, type SdkErrorCode } from "@copilot-sdk/copilot";
 *
 * function advice(code: SdkErrorCode): string {
 *   switch (code) {
 *     case "PROCESS_ERROR":
 *       return "Install @github/copilot or pass cliPath";
 *     case "CLI_EXITED":
 *     case "RESTART_LIMIT":
 *       return "The CLI went away: call client.start() again";
 *     default:
 *       return "See the message";
 *   }
 * }
 * console.log(advice(new SdkError("PROCESS_ERROR", "Cannot start the CLI").code));
 * ```
 */
export type SdkErrorCode =
  | "RPC_ERROR"
  | "CONNECTION_CLOSED"
  | "CONNECT_FAILED"
  | "PROCESS_ERROR"
  | "PROTOCOL_ERROR"
  | "PROTOCOL_VERSION_MISMATCH"
  | "SESSION_ERROR"
  | "SESSION_DESTROYED"
  | "EVENT_BUFFER_FULL"
  | "UI_UNAVAILABLE"
  | "CLIENT_NOT_STARTED"
  | "CLIENT_STOPPING"
  | "CLIENT_STOPPED"
  | "CLI_EXITED"
  | "RESTART_LIMIT"
  | "SESSION_HELD"
  | "STORE_UNAVAILABLE"
  | "OUTPUT_INVALID"
  | "NOT_AN_EXTENSION";

/**
 * How a transport ended: the CLI's exit status and the tail of its stderr.
 *
 * @example Describe how the CLI ended
 * ```ts
 * import type { CloseInfo } from "@copilot-sdk/copilot";
 *
 * function describe(info: CloseInfo): string {
 *   const how = info.signal ? `signal ${info.signal}` : `exit code ${info.code}`;
 *   return info.stderrTail ? `${how}: ${info.stderrTail}` : how;
 * }
 * console.log(describe({ code: 1, signal: null, stderrTail: "fatal: bad flag" }));
 * ```
 */
export interface CloseInfo {
  /** Exit code of the CLI process, or `null` if it was killed by a signal or is not a child. */
  code: number | null;
  /** Signal that ended the CLI process, e.g. `"SIGKILL"`, or `null`. */
  signal: string | null;
  /** The last few kilobytes the CLI wrote to stderr (its log), or `""`. */
  stderrTail: string;
}

/**
 * Base class of every error the SDK raises itself.
 *
 * @example Narrow an error by code
 * ```ts
 * import { SdkError } from "@copilot-sdk/copilot";
 *
 * const err: unknown = new SdkError("CLIENT_STOPPED", "Cannot call \"ping\": client is stopped");
 * if (err instanceof SdkError && err.hasCode("CLIENT_STOPPED")) console.log(err.message);
 * ```
 */
export class SdkError extends Error {
  /** A stable, machine-readable code. */
  readonly code: SdkErrorCode;

  /**
   * Creates an SDK error.
   *
   * @param code A stable, machine-readable code.
   * @param message A sentence saying what failed and how to fix it.
   * @param options Standard error options (`cause`).
   */
  constructor(code: SdkErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "SdkError";
    this.code = code;
  }

  /**
   * Tells whether this error has the given code.
   *
   * @param code The code to compare with.
   * @returns `true` when {@linkcode SdkError.code} equals `code`.
   */
  hasCode<C extends SdkErrorCode>(code: C): this is this & { code: C } {
    return this.code === code;
  }
}

/**
 * An error response from the other end of a JSON-RPC connection.
 *
 * @example Inspect a wire error
 * ```ts
 * import { RpcError } from "@copilot-sdk/copilot";
 *
 * const err = new RpcError(-32601, "Unhandled method foo");
 * console.log(err.rpcCode); // -32601
 * ```
 */
export class RpcError extends SdkError {
  /** The JSON-RPC error code, e.g. `-32601` for "method not found". */
  readonly rpcCode: number;
  /** The optional `data` member of the JSON-RPC error. */
  readonly data: unknown;

  /**
   * Creates an RPC error.
   *
   * @param rpcCode The JSON-RPC error code.
   * @param message The error message from the wire.
   * @param data The optional `data` member.
   */
  constructor(rpcCode: number, message: string, data?: unknown) {
    super("RPC_ERROR", message);
    this.name = "RpcError";
    this.rpcCode = rpcCode;
    this.data = data;
  }
}

/**
 * The connection to the CLI closed: the CLI exited, the stream ended, or
 * `stop()` was called. Pending calls reject with this error at once.
 *
 * @example Read the exit details
 * ```ts
 * import { ConnectionClosedError } from "@copilot-sdk/copilot";
 *
 * const err = new ConnectionClosedError("Cannot call \"ping\": connection is closed", {
 *   code: 1, signal: null, stderrTail: "fatal: bad flag",
 * });
 * console.log(err.exitCode, err.stderrTail);
 * ```
 */
export class ConnectionClosedError extends SdkError {
  /** Exit code of the CLI, when it was our child and has exited. */
  readonly exitCode: number | null;
  /** Signal that ended the CLI, when there was one. */
  readonly signal: string | null;
  /** Tail of the CLI's stderr, when there is one. */
  readonly stderrTail: string;

  /**
   * Creates a connection-closed error.
   *
   * @param message What could not be done.
   * @param info How the transport ended, when known.
   * @param options Standard error options (`cause`).
   */
  constructor(message: string, info?: CloseInfo, options?: ErrorOptions) {
    super("CONNECTION_CLOSED", withCloseInfo(message, info), options);
    this.name = "ConnectionClosedError";
    this.exitCode = info?.code ?? null;
    this.signal = info?.signal ?? null;
    this.stderrTail = info?.stderrTail ?? "";
  }
}

/**
 * The CLI process could not be started, or it exited.
 *
 * @example Handle a missing CLI
 * ```ts
 * import { ProcessError } from "@copilot-sdk/copilot";
 *
 * const err = new ProcessError("Cannot start the Copilot CLI at \"copilot\": not found");
 * console.log(err.code); // "PROCESS_ERROR"
 * ```
 */
export class ProcessError extends SdkError {
  /** Exit code, when the process ran and exited. */
  readonly exitCode: number | null;
  /** Signal that ended the process, when there was one. */
  readonly signal: string | null;
  /** Tail of the process's stderr. */
  readonly stderrTail: string;

  /**
   * Creates a process error.
   *
   * @param message What failed and how to fix it.
   * @param info How the process ended, when it ran.
   * @param options Standard error options (`cause`).
   */
  constructor(message: string, info?: CloseInfo, options?: ErrorOptions) {
    super("PROCESS_ERROR", withCloseInfo(message, info), options);
    this.name = "ProcessError";
    this.exitCode = info?.code ?? null;
    this.signal = info?.signal ?? null;
    this.stderrTail = info?.stderrTail ?? "";
  }
}

/**
 * The bytes or messages from the other end broke the protocol: a bad frame
 * header, an oversized frame, invalid JSON, or a wrong protocol version.
 *
 * @example Tell a version mismatch apart
 * ```ts
 * import { ProtocolError } from "@copilot-sdk/copilot";
 *
 * const err = new ProtocolError("Cannot use CLI 0.9: it speaks protocol 2, not 3", "PROTOCOL_VERSION_MISMATCH");
 * if (err.hasCode("PROTOCOL_VERSION_MISMATCH")) console.log("Install the CLI version the SDK pins");
 * ```
 */
export class ProtocolError extends SdkError {
  /**
   * Creates a protocol error.
   *
   * @param message What was wrong with the input.
   * @param code `"PROTOCOL_ERROR"` or `"PROTOCOL_VERSION_MISMATCH"`.
   * @param options Standard error options (`cause`).
   */
  constructor(
    message: string,
    code: "PROTOCOL_ERROR" | "PROTOCOL_VERSION_MISMATCH" = "PROTOCOL_ERROR",
    options?: ErrorOptions,
  ) {
    super(code, message, options);
    this.name = "ProtocolError";
  }
}

/**
 * The session reported an error (a `session.error` event) while a call was
 * waiting for it, e.g. in `sendAndWait()`.
 *
 * @example Read the failed session's error
 * ```ts
 * import { SessionError } from "@copilot-sdk/copilot";
 *
 * const err = new SessionError("Session \"s1\" failed: model not found", { errorType: "model" });
 * console.log(err.data);
 * ```
 */
export class SessionError extends SdkError {
  /** The `data` of the `session.error` event. */
  readonly data: unknown;

  /**
   * Creates a session error.
   *
   * @param message What failed.
   * @param data The `data` of the `session.error` event.
   */
  constructor(message: string, data?: unknown) {
    super("SESSION_ERROR", message);
    this.name = "SessionError";
    this.data = data;
  }
}

/**
 * The model gave no answer that passed the `output` type of
 * `session.run()` in `maxAttempts` tries: the code is `OUTPUT_INVALID` and
 * `summary` is the last try's validation summary (arktype's).
 *
 * @example Tell a bad answer apart
 * ```ts
 * import { OutputError } from "@copilot-sdk/copilot";
 *
 * const error = new OutputError("celsius must be a number (was a string)", 3);
 * console.log(error.hasCode("OUTPUT_INVALID"), error.summary, error.attempts);
 * ```
 */
export class OutputError extends SdkError {
  /** Why the last answer was refused. */
  readonly summary: string;
  /** How many answers were refused. */
  readonly attempts: number;

  /**
   * Creates an output error.
   *
   * @param summary Why the last answer was refused.
   * @param attempts How many answers were refused.
   */
  constructor(summary: string, attempts: number) {
    super(
      "OUTPUT_INVALID",
      `The model gave no valid answer in ${attempts} ${
        attempts === 1 ? "try" : "tries"
      }; the last: ${summary}`,
    );
    this.name = "OutputError";
    this.summary = summary;
    this.attempts = attempts;
  }
}

/**
 * Turns anything thrown into an `Error` (a thrown string becomes its message).
 *
 * @param error What was thrown.
 * @returns An `Error`.
 */
export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function withCloseInfo(message: string, info: CloseInfo | undefined): string {
  if (!info) return message;
  const exit = info.signal !== null
    ? `signal ${info.signal}`
    : info.code !== null
    ? `exit code ${info.code}`
    : "";
  let text = exit ? `${message} (CLI ended with ${exit})` : message;
  const tail = info.stderrTail.trim();
  if (tail) text += `\nCLI stderr (last lines):\n${tail}`;
  return text;
}
