/**
 * Gets a transport to a CLI: spawns it for stdio or TCP, or connects to a
 * server started elsewhere (`cliUrl`).
 *
 * @module
 */

import { resolveCliPath } from "./cli_path.ts";
import type { CliAddress } from "./cli_url.ts";
import type { CopilotClientMode, TelemetryConfig } from "./client_options.ts";
import { ProcessError, SdkError } from "./errors.ts";
import { getEnv, pathKind } from "./runtime/env.ts";
import { spawn } from "./runtime/process.ts";
import { StdioTransport } from "./transport/stdio.ts";
import { readListeningPort, TcpTransport } from "./transport/tcp.ts";

/** What launching needs from the client's options. */
export interface LaunchOptions {
  /** The CLI executable. */
  cliPath?: string;
  /** Extra CLI arguments. */
  cliArgs?: string[];
  /** The CLI's working directory. */
  cwd?: string;
  /** The CLI's log level. */
  logLevel?: string;
  /** A GitHub token, passed in env `COPILOT_GITHUB_TOKEN`. */
  githubToken?: string;
  /** The same, as the official SDK spells it. */
  gitHubToken?: string;
  /** Whether the CLI may use stored credentials. */
  useLoggedInUser?: boolean;
  /** The CLI's whole environment. */
  env?: Record<string, string | undefined>;
  /** Receives the CLI's stderr. */
  onStderr?: (text: string) => void;
  /** Receives what `onStderr` throws. */
  onError?: (error: unknown) => void;
  /** Talk over stdio (default) or TCP. */
  useStdio?: boolean;
  /** The TCP port for a spawned CLI; 0 or unset lets it pick. */
  port?: number;
  /** The CLI's state folder (`COPILOT_HOME`). */
  baseDirectory?: string;
  /** Seconds before an idle session ends (`--session-idle-timeout`). */
  sessionIdleTimeoutSeconds?: number;
  /** Remote sessions (`--remote`). */
  enableRemoteSessions?: boolean;
  /** OpenTelemetry settings, as environment variables. */
  telemetry?: TelemetryConfig;
  /** `"empty"` turns off the OS keychain (`COPILOT_DISABLE_KEYTAR`). */
  mode?: CopilotClientMode;
  /** Aborting kills the CLI while it starts; the call then rejects. */
  signal?: AbortSignal;
  /** The connection token a TCP-mode CLI requires; default: a fresh random one. */
  connectionToken?: string;
}

/** A transport to a CLI, and how to authenticate on it. */
export interface Launched {
  /** The transport. */
  transport: StdioTransport | TcpTransport;
  /** The token to send in `connect`, if the server requires one. */
  token?: string;
  /** Whether this client spawned (and so owns) the CLI. */
  owned: boolean;
  /** The TCP port the CLI listens on, when it is reached over TCP. */
  port?: number;
}

/**
 * Spawns the CLI, over stdio or, with `useStdio: false`, over TCP with a
 * fresh connection token only this client knows.
 *
 * @param options The client's options.
 * @returns The transport.
 * @throws {ProcessError} The CLI could not be started or did not listen.
 */
export async function spawnCli(options: LaunchOptions): Promise<Launched> {
  const cliPath = options.cliPath ?? resolveCliPath();
  // `{ ...process.env, X: "1" }` may hold undefined values: those are left out.
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.env ?? getEnv())) {
    if (value !== undefined) env[name] = value;
  }
  const args = [...(options.cliArgs ?? []), "--headless", "--no-auto-update"];
  if (options.logLevel) args.push("--log-level", options.logLevel);
  const githubToken = options.githubToken ?? options.gitHubToken;
  if (githubToken) {
    // In the environment, never on the command line, and in the one variable
    // the CLI (1.0.102) both reads with --auth-token-env and removes from the
    // environment of the commands its agent runs (COPILOT_SDK_AUTH_TOKEN is
    // not removed). GH_TOKEN and GITHUB_TOKEN are left out: the CLI ignores
    // them when given --auth-token-env, and the agent could read them.
    env.COPILOT_GITHUB_TOKEN = githubToken;
    delete env.GH_TOKEN;
    delete env.GITHUB_TOKEN;
    args.push("--auth-token-env", "COPILOT_GITHUB_TOKEN");
  }
  if (!(options.useLoggedInUser ?? !githubToken)) args.push("--no-auto-login");
  if (options.sessionIdleTimeoutSeconds) {
    args.push("--session-idle-timeout", String(options.sessionIdleTimeoutSeconds));
  }
  if (options.enableRemoteSessions) args.push("--remote");
  Object.assign(env, runtimeEnv(options));
  const tcp = options.useStdio === false;
  let token: string | undefined;
  if (tcp) {
    // The caller's token lets other clients join this CLI (cliUrl + connectionToken).
    token = options.connectionToken ?? crypto.randomUUID();
    env.COPILOT_CONNECTION_TOKEN = token;
    if (options.port) args.push("--port", String(options.port));
  } else {
    args.push("--stdio");
  }
  let command = cliPath;
  if (/\.[cm]?js$/.test(cliPath)) {
    command = "node";
    args.unshift(cliPath);
  }
  if (options.cwd !== undefined && pathKind(options.cwd) !== "directory") {
    throw new ProcessError(
      `Cannot start the Copilot CLI: its working directory ${
        JSON.stringify(options.cwd)
      } ("cwd") does not exist or is not a directory; create it or fix "cwd"`,
    );
  }
  let child;
  try {
    // The CLI gets a process group of its own: a Ctrl-C at the terminal
    // reaches only this program (whose SIGINT handler can still use the CLI
    // and stop it), and stopping it ends everything it started (a `copilot`
    // on PATH may be npm's loader, with the real CLI as its child). If this
    // program dies without stop(), a stdio CLI sees its stdin close and
    // exits; a TCP-mode CLI does not (see the README's Ctrl-C pattern).
    child = await spawn(command, { args, cwd: options.cwd, env, group: true });
  } catch (error) {
    throw new ProcessError(
      `Cannot start the Copilot CLI at "${cliPath}": ${
        (error as Error).message
      }; install @github/copilot or set "cliPath" (or env COPILOT_CLI_PATH)`,
      undefined,
      { cause: error },
    );
  }
  const process = new StdioTransport(child, {
    onStderr: options.onStderr,
    onError: options.onError,
  });
  const { signal } = options;
  if (signal?.aborted) {
    await process.close();
    throw signal.reason;
  }
  if (!tcp) return { transport: process, owned: true };
  // Over TCP the CLI reads nothing on stdin: close it now, so no pipe is left open.
  await process.writable.close().catch(() => {});
  // Killed, it stops waiting for the port at once ("it exited before listening").
  const onAbort = () => process.kill("SIGKILL");
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const port = await readListeningPort(process.readable, process.closed);
    return {
      transport: await TcpTransport.connect("127.0.0.1", port, process),
      token,
      owned: true,
      port,
    };
  } catch (error) {
    process.kill("SIGKILL");
    const info = await process.closed;
    if (signal?.aborted) throw signal.reason;
    throw new ProcessError(
      `Cannot start the Copilot CLI in TCP mode at "${cliPath}": ${(error as Error).message}`,
      info,
      { cause: error },
    );
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * The environment variables of the client's options, as the official SDK
 * sets them: the state folder, the keychain in mode "empty", OpenTelemetry.
 *
 * @param options The client's options.
 * @returns The variables to set.
 */
export function runtimeEnv(options: LaunchOptions): Record<string, string> {
  const env: Record<string, string> = {};
  if (options.baseDirectory) env.COPILOT_HOME = options.baseDirectory;
  // A process-wide keychain is shared by every session: not in mode "empty".
  if (options.mode === "empty") env.COPILOT_DISABLE_KEYTAR = "1";
  const t = options.telemetry;
  if (t) {
    env.COPILOT_OTEL_ENABLED = "true";
    const vars: Array<[string, unknown]> = [
      ["OTEL_EXPORTER_OTLP_ENDPOINT", t.otlpEndpoint],
      ["OTEL_EXPORTER_OTLP_PROTOCOL", t.otlpProtocol],
      ["COPILOT_OTEL_FILE_EXPORTER_PATH", t.filePath],
      ["COPILOT_OTEL_EXPORTER_TYPE", t.exporterType],
      ["COPILOT_OTEL_SOURCE_NAME", t.sourceName],
      ["OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", t.captureContent],
    ];
    for (const [name, value] of vars) if (value !== undefined) env[name] = String(value);
  }
  return env;
}

/**
 * Connects to a CLI server started elsewhere; spawns nothing.
 *
 * @param address Where it listens.
 * @param token Its connection token, if it requires one.
 * @returns The transport.
 * @throws {SdkError} `CONNECT_FAILED`: nothing answers there.
 */
export async function connectCli(address: CliAddress, token?: string): Promise<Launched> {
  const where = `${address.hostname}:${address.port}`;
  try {
    return {
      transport: await TcpTransport.connect(address.hostname, address.port),
      token,
      owned: false,
      port: address.port,
    };
  } catch (error) {
    throw new SdkError(
      "CONNECT_FAILED",
      `Cannot connect to the Copilot CLI at ${where} (cliUrl): ${
        (error as Error).message
      }; start a server there with "copilot --headless --port ${address.port}" or fix "cliUrl"`,
      { cause: error },
    );
  }
}
