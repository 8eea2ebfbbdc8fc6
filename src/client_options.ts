/**
 * The options of {@linkcode CopilotClient} and the checks that refuse
 * contradictory ones when the client is made.
 *
 * @module
 */

import { type CliAddress, parseCliUrl } from "./cli_url.ts";

/**
 * Options for one call to the CLI.
 *
 * @example Give up on a call
 * ```ts
 * import type { CallOptions } from "@copilot-sdk/copilot";
 *
 * const options: CallOptions = { signal: AbortSignal.timeout(5_000) };
 * // await client.listSessions(options);
 * ```
 */
export interface CallOptions {
  /** Aborting rejects the call with the signal's reason (the CLI is told to cancel it). */
  signal?: AbortSignal;
  /**
   * Milliseconds before the call rejects with a `TimeoutError` `DOMException`;
   * `Infinity` waits without limit.
   *
   * @default {the client's `requestTimeout`}
   */
  timeout?: number;
}

/** Log levels of the CLI. */
export type LogLevel = "none" | "error" | "warning" | "info" | "debug" | "all";

/** Options for {@linkcode CopilotClient}. */
export interface CopilotClientOptions {
  /**
   * The CLI executable. A `.js` file is run with `node`.
   *
   * @default {the `@github/copilot` installed with the SDK, else env `COPILOT_CLI_PATH`, else `copilot` on `PATH`; never one found from the working directory}
   */
  cliPath?: string;
  /** Extra arguments for the CLI, placed before the SDK's own. */
  cliArgs?: string[];
  /** The CLI's working directory; default: the current one. */
  cwd?: string;
  /** The CLI's log level (its log goes to stderr; the tail appears in errors). */
  logLevel?: LogLevel;
  /**
   * Start the CLI on the first call that needs it. When `false`, calls
   * before `start()` fail with an error saying to call it.
   *
   * @default {true}
   */
  autoStart?: boolean;
  /**
   * A GitHub token for Copilot. It reaches the CLI in its environment
   * (`COPILOT_GITHUB_TOKEN`, which the CLI removes from the environment of
   * the commands its agent runs), never on its command line. `GH_TOKEN` and
   * `GITHUB_TOKEN` are then left out of the CLI's environment, so the agent
   * cannot read a token there either.
   */
  githubToken?: string;
  /**
   * Let the CLI use the signed-in user's stored credentials. When `false`
   * the CLI is started with `--no-auto-login`.
   *
   * @default {true, or false when githubToken is given}
   */
  useLoggedInUser?: boolean;
  /** The CLI's whole environment; default: this process's. */
  env?: Record<string, string>;
  /**
   * Called with errors that cannot be thrown to a caller: a throwing event
   * handler, a protocol error in input from the CLI.
   *
   * @default {ignore}
   */
  onError?: (error: unknown) => void;
  /** Receives the CLI's stderr (its log) as it arrives. */
  onStderr?: (text: string) => void;
  /**
   * Talk to a spawned CLI over stdio; `false` uses TCP on 127.0.0.1, with a
   * connection token only this client knows.
   *
   * @default {true}
   */
  useStdio?: boolean;
  /**
   * The TCP port for a spawned CLI (with `useStdio: false`).
   *
   * @default {a free port the CLI picks}
   */
  port?: number;
  /**
   * The address of a CLI server started elsewhere (`"8080"`,
   * `"localhost:8080"`, `"http://127.0.0.1:9000"`): the client connects to it
   * and spawns nothing. Cannot be combined with options that start a CLI.
   */
  cliUrl?: string;
  /** The connection token of the server at `cliUrl`, if it requires one. */
  connectionToken?: string;
  /**
   * How long each call to the CLI may take (`createSession`, `send`,
   * `abort`, `getMessages`, `ping`, `listSessions`, `rpc` calls...) before
   * it rejects with a `TimeoutError`, unless the call says otherwise
   * (`{ timeout }`). A CLI that stops answering (stuck, or stopped with
   * SIGSTOP) then fails calls instead of hanging them. `Infinity` waits
   * without limit. (`sendAndWait` waits for the turn with its own `timeout`.)
   *
   * @default {60000}
   */
  requestTimeout?: number;
  /**
   * The largest message accepted from the CLI, in bytes. A larger one is
   * skipped, not read: the call it answers fails with a `ProtocolError`
   * naming this option, and a larger event is reported to `onError`; the
   * connection goes on.
   *
   * @default {67108864 (64 MiB)}
   */
  maxFrameBytes?: number;
  /**
   * After the CLI crashes, start it again on the next call and re-attach the
   * open sessions (`session.resume`), so their objects keep working. Restarts
   * back off, and stop after 5 crashes within 5 minutes. When `false`, calls
   * after a crash fail until `start()` is called.
   *
   * @default {true}
   */
  autoRestart?: boolean;
}

/**
 * Checks a client's options; returns the parsed `cliUrl`, if any.
 *
 * @param options The options.
 * @returns Where the server of `cliUrl` is, or `undefined` when the client spawns the CLI.
 * @throws {TypeError} Options that contradict each other, or a bad `cliUrl`.
 * @throws {RangeError} A port out of range.
 */
export function checkClientOptions(options: CopilotClientOptions): CliAddress | undefined {
  if (options === null || typeof options !== "object") {
    throw new TypeError("Cannot create CopilotClient: the options must be an object");
  }
  for (const key of ["useStdio", "autoStart", "autoRestart", "useLoggedInUser"] as const) {
    const value: unknown = options[key];
    if (value !== undefined && typeof value !== "boolean") {
      throw new TypeError(
        `Cannot create CopilotClient: "${key}" must be true or false, not ${describe(value)}`,
      );
    }
  }
  for (const key of ["onError", "onStderr"] as const) {
    const value: unknown = options[key];
    if (value !== undefined && typeof value !== "function") {
      throw new TypeError(
        `Cannot create CopilotClient: "${key}" must be a function, not ${describe(value)}`,
      );
    }
  }
  for (const key of ["cliPath", "cwd", "connectionToken"] as const) {
    const value: unknown = options[key];
    if (value !== undefined && (typeof value !== "string" || value === "")) {
      throw new TypeError(
        `Cannot create CopilotClient: "${key}" must be a non-empty string, not ${describe(value)}`,
      );
    }
  }
  if (options.githubToken !== undefined && typeof options.githubToken !== "string") {
    throw new TypeError('Cannot create CopilotClient: "githubToken" must be a string');
  }
  if (options.cliArgs !== undefined && !Array.isArray(options.cliArgs)) {
    throw new TypeError('Cannot create CopilotClient: "cliArgs" must be an array of strings');
  }
  for (const key of ["requestTimeout", "maxFrameBytes"] as const) {
    const value: unknown = options[key];
    if (value !== undefined && !(typeof value === "number" && value > 0)) {
      throw new RangeError(
        `Cannot create CopilotClient: "${key}" must be a number above 0 (or Infinity), not ${
          describe(value)
        }`,
      );
    }
  }
  if (options.port !== undefined) {
    if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
      throw new RangeError(
        `Cannot create CopilotClient: "port" must be an integer from 0 to 65535 (was ${options.port})`,
      );
    }
    if (options.useStdio !== false && options.cliUrl === undefined) {
      throw new TypeError(
        'Cannot create CopilotClient: "port" needs TCP; set useStdio: false as well',
      );
    }
  }
  if (options.cliUrl === undefined) return undefined;
  // Every option that only shapes a CLI this client would start.
  const spawnOnly = [
    "githubToken",
    "useLoggedInUser",
    "cliPath",
    "cliArgs",
    "port",
    "useStdio",
    "env",
    "cwd",
    "logLevel",
    "onStderr",
  ] as const;
  for (const key of spawnOnly) {
    if (options[key] !== undefined) {
      throw new TypeError(
        `Cannot create CopilotClient: "cliUrl" cannot be combined with "${key}"; the server at cliUrl was started with its own options (remove "${key}", or drop "cliUrl" to let the client start the CLI)`,
      );
    }
  }
  return parseCliUrl(options.cliUrl);
}

/** A value as an error message shows it: its type, and a string quoted. */
function describe(value: unknown): string {
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `${/^[aeiou]/.test(typeof value) ? "an" : "a"} ${typeof value}`;
}
