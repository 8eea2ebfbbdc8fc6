/**
 * The options of {@linkcode CopilotClient} and the checks that refuse
 * contradictory ones when the client is made.
 *
 * @module
 */

import { type CliAddress, parseCliUrl } from "./cli_url.ts";
import type { SessionFsConfig } from "./session_fs.ts";
import type { SessionStore } from "./session_store.ts";
import type { ModelInfo } from "./protocol.ts";
import {
  type CopilotRequestHandler,
  type RequestHandler,
  requestHandlerOf,
} from "./request_handler.ts";
import type { GitHubTelemetryNotification } from "./generated/rpc.ts";
import type { RuntimeConnection } from "./runtime_connection.ts";
import type { ExtensionLauncher } from "./extension_launcher.ts";

/**
 * Options for one call to the CLI.
 *
 * @example Give up on a call
 * ```ts
 * import type { CallOptions } from "@copilot-sdk/copilot";
 *
 * const options: CallOptions = { signal: AbortSignal.timeout(5_000) };
 * // await client.listSessions(undefined, options);
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

/**
 * The SDK's defaults for the CLI's ambient features: `"copilot-cli"` (the
 * CLI's own) or `"empty"` (off unless a session turns them on: for servers
 * that run sessions for several users).
 */
export type CopilotClientMode = "empty" | "copilot-cli";

/**
 * OpenTelemetry export of the CLI's traces and metrics; each field sets one
 * environment variable of the CLI (and `COPILOT_OTEL_ENABLED=true`).
 *
 * @example Traces to a JSON-lines file
 * ```ts
 * import type { TelemetryConfig } from "@copilot-sdk/copilot";
 *
 * const telemetry: TelemetryConfig = { exporterType: "file", filePath: "/tmp/copilot-traces.jsonl" };
 * // new CopilotClient({ telemetry })
 * ```
 */
export interface TelemetryConfig {
  /** OTLP HTTP endpoint (`OTEL_EXPORTER_OTLP_ENDPOINT`). */
  otlpEndpoint?: string;
  /** OTLP HTTP protocol (`OTEL_EXPORTER_OTLP_PROTOCOL`). */
  otlpProtocol?: "http/json" | "http/protobuf";
  /** A JSON-lines file for the `"file"` exporter (`COPILOT_OTEL_FILE_EXPORTER_PATH`). */
  filePath?: string;
  /** `"otlp-http"` or `"file"` (`COPILOT_OTEL_EXPORTER_TYPE`). */
  exporterType?: string;
  /** The instrumentation scope name (`COPILOT_OTEL_SOURCE_NAME`). */
  sourceName?: string;
  /** Record prompts and replies in spans (`OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT`). */
  captureContent?: boolean;
}

/**
 * W3C Trace Context of the caller's current span.
 *
 * @example From OpenTelemetry
 * ```ts ignore
 * import { context, propagation } from "@opentelemetry/api";
 * const onGetTraceContext = () => {
 *   const carrier: Record<string, string> = {};
 *   propagation.inject(context.active(), carrier);
 *   return carrier;
 * };
 * ```
 */
export interface TraceContext {
  /** The `traceparent` header, e.g. `"00-<trace id>-<span id>-01"`. */
  traceparent?: string;
  /** The `tracestate` header. */
  tracestate?: string;
}

/**
 * Who is using the CLI, sent once in the `connect` handshake so that the
 * CLI's telemetry names your program. The official SDK's field names
 * (`applicationName`...) or the wire's (`editorName`...): give one of each
 * pair.
 *
 * @example An application, and an integration within it
 * ```ts
 * import type { ClientInfo } from "@copilot-sdk/copilot";
 *
 * const clientInfo: ClientInfo = {
 *   applicationName: "acme-portal",
 *   applicationVersion: "2.4.0",
 *   integrationName: "review-bot",
 * };
 * ```
 */
export interface ClientInfo {
  /** The program's name, e.g. `"acme-portal"` (sent as `editorName`). */
  applicationName?: string;
  /** Its version (sent as `editorVersion`; ignored by the CLI unless it looks like one). */
  applicationVersion?: string;
  /** An integration within it, such as a plugin (sent as `extensionName`). */
  integrationName?: string;
  /** The integration's version (sent as `extensionVersion`). */
  integrationVersion?: string;
  /** The wire's name for `applicationName`. */
  editorName?: string;
  /** The wire's name for `applicationVersion`. */
  editorVersion?: string;
  /** The wire's name for `integrationName`. */
  extensionName?: string;
  /** The wire's name for `integrationVersion`. */
  extensionVersion?: string;
}

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
  /**
   * The CLI's log level (its log goes to stderr; the tail appears in errors).
   * With `cliUrl` it is accepted and changes nothing: that server has its
   * own, and the SDK writes no log of its own (its errors go to `onError`).
   */
  logLevel?: LogLevel;
  /**
   * `"empty"`: the CLI's optional features are off unless a session turns
   * them on, and each session must list its `availableTools`; needs
   * `baseDirectory` (or `cliUrl`). See the README.
   *
   * @default {"copilot-cli"}
   */
  mode?: CopilotClientMode;
  /** The CLI's state folder (env `COPILOT_HOME`); default: the CLI's (`~/.copilot`). */
  baseDirectory?: string;
  /**
   * Seconds after which the CLI ends a session without activity
   * (`--session-idle-timeout`); 0 never does.
   *
   * @default {0}
   */
  sessionIdleTimeoutSeconds?: number;
  /**
   * Remote sessions (`--remote`): sessions in a GitHub repository can be
   * followed from GitHub's web and mobile apps.
   *
   * @default {false}
   */
  enableRemoteSessions?: boolean;
  /** OpenTelemetry export of the CLI's traces and metrics. */
  telemetry?: TelemetryConfig;
  /**
   * Returns the W3C trace context of your current span; it is sent with
   * `session.create`, `session.resume` and `session.send`, so the CLI's
   * spans join your trace. A callback that throws is reported to `onError`
   * and the call goes without one.
   */
  onGetTraceContext?: () => TraceContext | Promise<TraceContext>;
  /**
   * Answers `listModels()` instead of the CLI (e.g. with a BYOK provider's
   * models); its answer is cached like the CLI's.
   */
  onListModels?: () => ModelInfo[] | Promise<ModelInfo[]>;
  /**
   * Serve the CLI's model HTTP requests yourself: each one reaches this
   * handler as a web `Request` and its `Response` (streaming bodies too)
   * goes back to the CLI, so model traffic can go through your own `fetch`,
   * proxy, cache or a test double. See {@linkcode RequestHandler}.
   */
  requestHandler?: RequestHandler | CopilotRequestHandler;
  /** Who is using the CLI, sent in the `connect` handshake. */
  clientInfo?: ClientInfo;
  /**
   * Receives the GitHub telemetry events the CLI emits (its own usage
   * telemetry, per session), as in the official SDK: the client opts its
   * connection into forwarding in the `connect` handshake. A handler that
   * throws is reported to `onError`. Experimental in the CLI.
   */
  onGitHubTelemetry?: (notification: GitHubTelemetryNotification) => void | Promise<void>;
  /**
   * Starts the extensions the CLI discovers your way (e.g. a TypeScript
   * program under Deno or Bun), instead of the CLI running each
   * `extension.mjs` with its own Node: the client registers as the CLI's
   * extension launcher (`registerExtensionLaunchProvider`) each time it
   * starts. See {@linkcode ExtensionLauncher}.
   */
  extensionLauncher?: ExtensionLauncher;
  /**
   * Absolute paths of plugin directories your program ships and trusts,
   * registered with the CLI (`plugins.builtin.set`) each time it starts,
   * before any session opens.
   */
  builtinPluginDirectories?: readonly string[];
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
  /** The official SDK's spelling of {@linkcode CopilotClientOptions.githubToken}; give one. */
  gitHubToken?: string;
  /**
   * Let the CLI use the signed-in user's stored credentials. When `false`
   * the CLI is started with `--no-auto-login`.
   *
   * @default {true, or false when githubToken is given}
   */
  useLoggedInUser?: boolean;
  /** The CLI's whole environment (undefined values are left out); default: this process's. */
  env?: Record<string, string | undefined>;
  /**
   * How to reach the CLI, the official SDK's way:
   * `RuntimeConnection.forStdio()`, `forTcp({ port })` or `forUri(url)`.
   * Translated into this SDK's `cliPath`/`cliArgs`/`env`, `useStdio: false`/`port`/`connectionToken`,
   * or `cliUrl`/`connectionToken`; give one or the other.
   */
  connection?: RuntimeConnection;
  /** The official SDK's name for `cwd`; give one. */
  workingDirectory?: string;
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
  /**
   * The connection token: the one the server at `cliUrl` requires, or, with
   * `useStdio: false`, the one the spawned CLI will require (so that other
   * clients can join it with `cliUrl` and this token; see `client.port`).
   *
   * @default {with useStdio: false, a fresh random token only this client knows}
   */
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
   * Keep sessions' state through your program instead of the CLI's own
   * folder (a database, object storage, memory): the CLI asks each session's
   * `createSessionFsProvider` for every read and write, so another CLI
   * process (another machine, another home) can resume the session.
   */
  sessionFs?: SessionFsConfig;
  /**
   * Keep every session of this client in a database: the store provides
   * the session file system (no `sessionFs` or `createSessionFsProvider`
   * then), so any client with the same store, on any machine, can resume a
   * session. One client holds a session at a time (a lease in the store);
   * `listSessions` and `deleteSession` work from the store. See
   * `sqliteSessionStore()` (`@copilot-sdk/copilot/stores/sqlite`) and
   * `postgresSessionStore()` (`@copilot-sdk/copilot/stores/postgres`).
   */
  sessionStore?: SessionStore;
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
  for (
    const key of [
      "useStdio",
      "autoStart",
      "autoRestart",
      "useLoggedInUser",
      "enableRemoteSessions",
    ] as const
  ) {
    const value: unknown = options[key];
    if (value !== undefined && typeof value !== "boolean") {
      throw new TypeError(
        `Cannot create CopilotClient: "${key}" must be true or false, not ${describe(value)}`,
      );
    }
  }
  for (
    const key of [
      "onError",
      "onStderr",
      "onGetTraceContext",
      "onListModels",
      "onGitHubTelemetry",
      "extensionLauncher",
    ] as const
  ) {
    const value: unknown = options[key];
    if (value !== undefined && typeof value !== "function") {
      throw new TypeError(
        `Cannot create CopilotClient: "${key}" must be a function, not ${describe(value)}`,
      );
    }
  }
  if (options.requestHandler !== undefined && !requestHandlerOf(options.requestHandler)) {
    throw new TypeError(
      `Cannot create CopilotClient: "requestHandler" must be a function (request, context) => Response, or a CopilotRequestHandler whose sendRequest() is overridden, not ${
        describe(options.requestHandler)
      }`,
    );
  }
  for (const key of ["cliPath", "cwd", "connectionToken", "baseDirectory"] as const) {
    const value: unknown = options[key];
    if (value !== undefined && (typeof value !== "string" || value === "")) {
      throw new TypeError(
        `Cannot create CopilotClient: "${key}" must be a non-empty string, not ${describe(value)}`,
      );
    }
  }
  for (const key of ["githubToken", "gitHubToken"] as const) {
    if (options[key] !== undefined && typeof options[key] !== "string") {
      throw new TypeError(`Cannot create CopilotClient: "${key}" must be a string`);
    }
  }
  if (
    options.githubToken !== undefined && options.gitHubToken !== undefined &&
    options.githubToken !== options.gitHubToken
  ) {
    throw new TypeError(
      'Cannot create CopilotClient: "githubToken" and "gitHubToken" (the same option, two spellings) differ; give one',
    );
  }
  const plugins: unknown = options.builtinPluginDirectories;
  if (
    plugins !== undefined &&
    !(Array.isArray(plugins) && plugins.every((p) => typeof p === "string" && isAbsolute(p)))
  ) {
    throw new TypeError(
      'Cannot create CopilotClient: "builtinPluginDirectories" must be an array of absolute paths, e.g. ["/opt/app/plugins"]',
    );
  }
  if (options.cliArgs !== undefined && !Array.isArray(options.cliArgs)) {
    throw new TypeError('Cannot create CopilotClient: "cliArgs" must be an array of strings');
  }
  if (options.sessionFs !== undefined) checkSessionFs(options.sessionFs);
  checkSessionStore(options);
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
  checkNewOptions(options);
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
  if (
    options.cliUrl === undefined && options.connectionToken !== undefined &&
    options.useStdio !== false
  ) {
    throw new TypeError(
      'Cannot create CopilotClient: "connectionToken" is for TCP: set useStdio: false (to spawn a CLI that requires it) or cliUrl (to join one)',
    );
  }
  if (options.cliUrl === undefined) {
    if (options.mode === "empty" && options.baseDirectory === undefined) {
      throw new TypeError(
        'Cannot create CopilotClient: mode "empty" needs "baseDirectory" (where the CLI keeps its state), so that nothing is read from or written to ~/.copilot',
      );
    }
    return undefined;
  }
  // Every option that only shapes a CLI this client would start.
  const spawnOnly = [
    "githubToken",
    "gitHubToken",
    "useLoggedInUser",
    "cliPath",
    "cliArgs",
    "port",
    "useStdio",
    "env",
    "cwd",
    "onStderr",
    "baseDirectory",
    "sessionIdleTimeoutSeconds",
    "enableRemoteSessions",
    "telemetry",
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

/** Checks the options of the official SDK that came after the first ones. */
function checkNewOptions(options: CopilotClientOptions): void {
  if (options.mode !== undefined && options.mode !== "empty" && options.mode !== "copilot-cli") {
    throw new TypeError(
      `Cannot create CopilotClient: "mode" must be "copilot-cli" or "empty", not ${
        describe(options.mode)
      }`,
    );
  }
  const idle: unknown = options.sessionIdleTimeoutSeconds;
  if (idle !== undefined && !(Number.isInteger(idle) && (idle as number) >= 0)) {
    throw new RangeError(
      `Cannot create CopilotClient: "sessionIdleTimeoutSeconds" must be a whole number of seconds, 0 or more, not ${
        describe(idle)
      }`,
    );
  }
  for (const key of ["telemetry", "clientInfo"] as const) {
    const value: unknown = options[key];
    if (
      value !== undefined && (value === null || typeof value !== "object" || Array.isArray(value))
    ) {
      throw new TypeError(
        `Cannot create CopilotClient: "${key}" must be an object, not ${describe(value)}`,
      );
    }
  }
}

/** A value as an error message shows it: its type, and a string quoted. */
function describe(value: unknown): string {
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `${/^[aeiou]/.test(typeof value) ? "an" : "a"} ${typeof value}`;
}

/**
 * Which stored sessions `listSessions()` returns: those that match every
 * field given.
 *
 * @example The sessions of one checkout
 * ```ts
 * import type { SessionListFilter } from "@copilot-sdk/copilot";
 *
 * const filter: SessionListFilter = { workingDirectory: "/home/me/project" };
 * // const sessions = await client.listSessions(filter);
 * ```
 */
export interface SessionListFilter {
  /** The working directory the session ran in (exactly; sent as `cwd`). */
  workingDirectory?: string;
  /** The git root. */
  gitRoot?: string;
  /** The repository, `"owner/name"`. */
  repository?: string;
  /** The branch. */
  branch?: string;
}

/**
 * The params of `session.list` for a filter.
 *
 * @param filter The filter, if any.
 * @returns The params.
 * @throws {TypeError} A filter that is not an object, or call options passed as a filter.
 */
export function sessionListParams(
  filter: SessionListFilter | undefined,
): { filter?: { cwd?: string; gitRoot?: string; repository?: string; branch?: string } } {
  if (filter === undefined) return {};
  if (filter === null || typeof filter !== "object") {
    throw new TypeError(
      `Cannot listSessions: the filter must be an object, not ${describe(filter)}`,
    );
  }
  if ("signal" in filter || "timeout" in filter) {
    throw new TypeError(
      "Cannot listSessions: the first argument is the filter; pass { signal, timeout } second (listSessions(undefined, options))",
    );
  }
  const { workingDirectory, ...rest } = filter;
  return { filter: workingDirectory === undefined ? rest : { ...rest, cwd: workingDirectory } };
}

function checkSessionStore({ sessionStore, sessionFs }: CopilotClientOptions): void {
  if (sessionStore === undefined) return;
  const what = 'Cannot create CopilotClient: "sessionStore';
  if (sessionStore === null || typeof sessionStore !== "object") {
    throw new TypeError(`${what}" must be a SessionStore, e.g. sqliteSessionStore(path)`);
  }
  if (sessionFs !== undefined) {
    throw new TypeError(`${what}" provides the session file system; remove "sessionFs"`);
  }
}

function checkSessionFs(config: SessionFsConfig): void {
  const what = 'Cannot create CopilotClient: "sessionFs';
  if (config === null || typeof config !== "object") {
    throw new TypeError(`${what}" must be { initialCwd, sessionStatePath, conventions }`);
  }
  for (const key of ["initialCwd", "sessionStatePath"] as const) {
    if (typeof config[key] !== "string" || config[key] === "") {
      throw new TypeError(`${what}.${key}" must be a non-empty path`);
    }
  }
  if (config.conventions !== "posix" && config.conventions !== "windows") {
    throw new TypeError(`${what}.conventions" must be "posix" or "windows"`);
  }
}

/** An absolute path, POSIX (`/opt/x`) or Windows (`C:\x`, `\\server\share`). */
function isAbsolute(path: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path);
}
