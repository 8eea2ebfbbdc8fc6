/**
 * {@linkcode CopilotClient}: starts the Copilot CLI (or attaches to it), and
 * opens sessions.
 *
 * @module
 */

import { settlesWithin } from "./_async.ts";
import { resolveCliPath } from "./cli_path.ts";
import {
  ConnectionClosedError,
  ProcessError,
  ProtocolError,
  RpcError,
  SdkError,
} from "./errors.ts";
import type { SessionEvent } from "./events.ts";
import type {
  AuthStatusResponse,
  ConnectResult,
  ModelInfo,
  PingResponse,
  SessionLifecycleEvent,
  SessionLifecycleEventType,
  SessionMetadata,
  SessionOpenResult,
  StatusResponse,
  SuccessResult,
} from "./protocol.ts";
import { createServerRpc, type ServerRpc } from "./rpc_proxy.ts";
import { Connection, type RequestOptions } from "./rpc/connection.ts";
import { ErrorCodes } from "./rpc/message.ts";
import { getEnv } from "./runtime/env.ts";
import { spawn } from "./runtime/process.ts";
import {
  CopilotSession,
  dispatchSessionEvent,
  failSession,
  type SessionHost,
  sessionInbound,
  setWorkspacePath,
} from "./session.ts";
import {
  type PreparedSessionConfig,
  prepareSessionConfig,
  type ResumeSessionConfig,
  type SessionConfig,
} from "./session_config.ts";
import { StdioTransport } from "./transport/stdio.ts";

/** The protocol version this SDK speaks. */
export const PROTOCOL_VERSION = 3;

/** How long `stop()` waits for each step (shutdown request, process exit). */
const STOP_STEP_MS = 5000;
/** How long the handshake may take once the CLI runs. */
const HANDSHAKE_MS = 60_000;

/** Log levels of the CLI. */
export type LogLevel = "none" | "error" | "warning" | "info" | "debug" | "all";

/** Options for {@linkcode CopilotClient}. */
export interface CopilotClientOptions {
  /**
   * The CLI executable. A `.js` file is run with `node`.
   *
   * @default {env `COPILOT_CLI_PATH`, else `@github/copilot` in `node_modules`, else `copilot` on `PATH`}
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
   * (`COPILOT_SDK_AUTH_TOKEN`), never on its command line.
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
}

/** The state of a {@linkcode CopilotClient}. */
export type ConnectionState = "disconnected" | "connecting" | "connected" | "error";

/** Receives lifecycle events. */
export type LifecycleHandler = (event: SessionLifecycleEvent) => void;

interface Running {
  connection: Connection;
  transport: StdioTransport;
  /** The CLI's built-in tool names, fetched once when a session first has tools. */
  builtInTools?: Promise<Set<string>>;
}

/**
 * Starts the Copilot CLI and talks to it over JSON-RPC.
 *
 * @example A turn
 * ```ts ignore
 * import { CopilotClient } from "@copilot-sdk/copilot";
 * const client = new CopilotClient();
 * await client.start();
 * const session = await client.createSession({ model: "gpt-5" });
 * const reply = await session.sendAndWait({ prompt: "What is 2+2?" });
 * console.log(reply?.data.content);
 * await client.stop();
 * ```
 */
export class CopilotClient {
  #options: CopilotClientOptions;
  #running: Running | undefined;
  #starting: Promise<Running> | undefined;
  #stopping: Promise<Error[]> | undefined;
  #state: ConnectionState = "disconnected";
  #sessions = new Map<string, CopilotSession>();
  #lifecycle = new Set<{ type?: string; handler: LifecycleHandler }>();
  #lastExit: ConnectionClosedError | undefined;
  #host: SessionHost;
  #rpc: ServerRpc | undefined;

  /**
   * Creates a client; nothing starts until `start()` or, with `autoStart`,
   * the first call.
   *
   * @param options Where the CLI is and how to run it.
   * @throws {TypeError} Options that contradict each other.
   */
  constructor(options: CopilotClientOptions = {}) {
    if (options.githubToken !== undefined && typeof options.githubToken !== "string") {
      throw new TypeError('Cannot create CopilotClient: "githubToken" must be a string');
    }
    if (options.cliArgs !== undefined && !Array.isArray(options.cliArgs)) {
      throw new TypeError('Cannot create CopilotClient: "cliArgs" must be an array of strings');
    }
    this.#options = { ...options };
    this.#host = {
      request: (method, params, options) => this.#request(method, params, options),
      forget: (id) => this.#sessions.delete(id),
      reportError: (error) => this.#reportError(error),
    };
  }

  /**
   * Every server-level method of the CLI's schema, typed:
   * `client.rpc.models.list()`, `client.rpc.tools.list({})`,
   * `client.rpc.account.getQuota()`... Starts the CLI when `autoStart` is on.
   *
   * @example List the built-in tools
   * ```ts ignore
   * const { tools } = await client.rpc.tools.list({});
   * ```
   */
  get rpc(): ServerRpc {
    this.#rpc ??= createServerRpc((method, params, options) =>
      this.#request(method, params, options)
    );
    return this.#rpc;
  }

  /** `"connected"` while the CLI runs and answers. */
  get state(): ConnectionState {
    return this.#state;
  }

  /**
   * Starts the CLI and does the handshake. Safe to call again while starting
   * or running.
   *
   * @returns Resolves once the CLI has answered the handshake.
   * @throws {ProcessError} The CLI could not be started.
   * @throws {ProtocolError} The CLI speaks another protocol version.
   * @throws {ConnectionClosedError} The CLI exited during the handshake.
   */
  async start(): Promise<void> {
    await this.#ensureRunning("start", true);
  }

  /**
   * Stops the client: destroys its sessions, asks the CLI to shut down,
   * waits for it to exit and kills it if it does not. Never throws.
   *
   * @returns The errors met on the way (empty when all went well).
   */
  stop(): Promise<Error[]> {
    this.#stopping ??= this.#stop().finally(() => this.#stopping = undefined);
    return this.#stopping;
  }

  /**
   * Kills the CLI at once, without asking sessions or the CLI to finish.
   *
   * @returns Resolves once the CLI has exited.
   */
  async forceStop(): Promise<void> {
    const running = this.#running ?? await this.#starting?.catch(() => undefined);
    this.#detach();
    if (!running) return;
    running.transport.kill("SIGKILL");
    await running.connection.close();
    await running.transport.closed;
  }

  /** Stops the client; for `await using`. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }

  /**
   * Checks that the CLI answers.
   *
   * @param message Echoed back in the answer.
   * @returns The CLI's answer.
   */
  ping(message = ""): Promise<PingResponse> {
    return this.#request("ping", { message });
  }

  /**
   * The CLI's version and protocol version.
   *
   * @returns The status.
   */
  getStatus(): Promise<StatusResponse> {
    return this.#request("status.get", {});
  }

  /**
   * Whether the CLI is signed in to GitHub.
   *
   * @returns The auth status.
   */
  getAuthStatus(): Promise<AuthStatusResponse> {
    return this.#request("auth.getStatus", {});
  }

  /**
   * The models the signed-in user may use (needs GitHub authentication).
   *
   * @returns The models.
   * @throws {RpcError} The CLI is not signed in.
   */
  async listModels(): Promise<ModelInfo[]> {
    const result = await this.#request<{ models: ModelInfo[] }>("models.list", {});
    return result.models;
  }

  /**
   * Creates a session. The configuration is checked before anything is sent.
   *
   * @param config The model, provider, tools and other options.
   * @returns The session.
   * @throws {TypeError} A bad configuration, e.g. a provider without a model.
   */
  createSession(config: SessionConfig = {}): Promise<CopilotSession> {
    let prepared: PreparedSessionConfig;
    try {
      prepared = prepareSessionConfig(config, "createSession");
    } catch (error) {
      return Promise.reject(error);
    }
    const sessionId = config.sessionId ?? crypto.randomUUID();
    return this.#openSession("session.create", sessionId, prepared);
  }

  /**
   * Opens a stored session again, with its history.
   *
   * @param sessionId The session's id.
   * @param config Options for the resumed session (a provider must be given again).
   * @returns The session.
   * @throws {TypeError} A bad configuration.
   * @throws {RpcError} No such session.
   */
  resumeSession(sessionId: string, config: ResumeSessionConfig = {}): Promise<CopilotSession> {
    if (typeof sessionId !== "string" || sessionId === "") {
      return Promise.reject(
        new TypeError('Cannot resumeSession: "sessionId" must be a non-empty string'),
      );
    }
    let prepared: PreparedSessionConfig;
    try {
      prepared = prepareSessionConfig(config, "resumeSession");
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#openSession("session.resume", sessionId, prepared);
  }

  /**
   * The sessions stored by the CLI.
   *
   * @returns Their metadata.
   */
  async listSessions(): Promise<SessionMetadata[]> {
    const result = await this.#request<{ sessions: SessionMetadata[] }>("session.list", {});
    return result.sessions;
  }

  /**
   * Deletes a stored session and its history.
   *
   * @param sessionId The session's id.
   * @returns Resolves once it is deleted.
   */
  async deleteSession(sessionId: string): Promise<void> {
    const result = await this.#request<SuccessResult | null>(
      "session.delete",
      { sessionId },
    );
    if (result && result.success === false) {
      throw new SdkError(
        "SESSION_ERROR",
        `Cannot delete session "${sessionId}": ${result.error ?? "the CLI refused"}`,
      );
    }
    this.#sessions.delete(sessionId);
  }

  /**
   * The most recently used session's id.
   *
   * @returns The id, or `undefined` when there is none.
   */
  async getLastSessionId(): Promise<string | undefined> {
    const result = await this.#request<{ sessionId?: string }>("session.getLastId", {});
    return result?.sessionId ?? undefined;
  }

  /**
   * The session shown in the foreground of a CLI running in TUI server mode.
   *
   * @returns The id, or `undefined`.
   */
  async getForegroundSessionId(): Promise<string | undefined> {
    const result = await this.#request<{ sessionId?: string }>("session.getForeground", {});
    return result?.sessionId ?? undefined;
  }

  /**
   * Brings a session to the foreground of a CLI running in TUI server mode.
   *
   * @param sessionId The session's id.
   * @returns Resolves once done.
   */
  async setForegroundSessionId(sessionId: string): Promise<void> {
    const result = await this.#request<SuccessResult | null>(
      "session.setForeground",
      { sessionId },
    );
    if (result && result.success === false) {
      throw new SdkError(
        "SESSION_ERROR",
        `Cannot set foreground session "${sessionId}": ${result.error ?? "the CLI refused"}`,
      );
    }
  }

  /**
   * Subscribes to every lifecycle event (sessions created, deleted, updated...).
   *
   * @param handler Called for each event.
   * @returns A function that unsubscribes.
   */
  on(handler: LifecycleHandler): () => void;
  /**
   * Subscribes to one lifecycle event type.
   *
   * @param type The type, e.g. `"session.created"`.
   * @param handler Called for each event of that type.
   * @returns A function that unsubscribes.
   */
  on(type: SessionLifecycleEventType, handler: LifecycleHandler): () => void;
  on(typeOrHandler: string | LifecycleHandler, handler?: LifecycleHandler): () => void {
    const entry = typeof typeOrHandler === "function"
      ? { handler: typeOrHandler }
      : { type: typeOrHandler, handler: handler! };
    if (typeof entry.handler !== "function") {
      throw new TypeError("Cannot subscribe: the handler must be a function");
    }
    this.#lifecycle.add(entry);
    return () => {
      this.#lifecycle.delete(entry);
    };
  }

  async #openSession(
    method: "session.create" | "session.resume",
    sessionId: string,
    { wire, callbacks }: PreparedSessionConfig,
  ): Promise<CopilotSession> {
    const what = method === "session.create" ? "createSession" : "resumeSession";
    if (this.#sessions.has(sessionId)) {
      throw new TypeError(
        `Cannot ${what}: session "${sessionId}" is already open in this client; use that session or destroy it first`,
      );
    }
    const running = await this.#ensureRunning(what, false);
    if (callbacks.tools.size) await this.#refuseShadowedBuiltIns(running, callbacks, what);
    // Registered before the request, so events sent before the answer reach it.
    const session = new CopilotSession(sessionId, this.#host, callbacks);
    this.#sessions.set(sessionId, session);
    try {
      const result = await this.#request<SessionOpenResult>(
        method,
        { ...wire, sessionId },
      );
      setWorkspacePath(session, result?.workspacePath);
      return session;
    } catch (error) {
      this.#sessions.delete(sessionId);
      throw error;
    }
  }

  /**
   * A tool named like a built-in CLI tool makes the CLI fail the first turn
   * unless it says it overrides it: refuse it before the session is created.
   * The names come from the CLI itself (`tools.list`).
   */
  async #refuseShadowedBuiltIns(
    running: Running,
    callbacks: PreparedSessionConfig["callbacks"],
    what: string,
  ): Promise<void> {
    running.builtInTools ??= running.connection
      .request<{ tools: { name: string; namespacedName?: string }[] }>("tools.list", {})
      .then((list) => new Set(list.tools.flatMap((t) => [t.name, t.namespacedName ?? t.name])));
    let builtIns: Set<string>;
    try {
      builtIns = await running.builtInTools;
    } catch (error) {
      running.builtInTools = undefined;
      throw error;
    }
    // `ask_user` is built in only when the session asks for user input; refuse it always.
    builtIns.add("ask_user");
    for (const tool of callbacks.tools.values()) {
      if (builtIns.has(tool.name) && !tool.overridesBuiltInTool) {
        throw new TypeError(
          `Cannot ${what}: tool "${tool.name}" has the name of a built-in CLI tool; set overridesBuiltInTool: true on it to replace the built-in, or rename it`,
        );
      }
    }
  }

  async #request<R>(method: string, params: unknown, options?: RequestOptions): Promise<R> {
    const running = await this.#ensureRunning(method, false);
    return running.connection.request<R>(method, params, options);
  }

  async #ensureRunning(what: string, explicit: boolean): Promise<Running> {
    if (this.#running) return this.#running;
    if (this.#stopping) {
      throw new SdkError("CLIENT_STOPPED", `Cannot call "${what}": the client is stopping`);
    }
    if (!explicit && this.#options.autoStart === false && !this.#starting) {
      throw new SdkError(
        "CLIENT_STOPPED",
        `Cannot call "${what}": the client is not started; call start() first (autoStart is false)`,
        { cause: this.#lastExit },
      );
    }
    this.#starting ??= this.#start().then(
      (running) => {
        this.#starting = undefined;
        return running;
      },
      (error) => {
        this.#starting = undefined;
        this.#state = "error";
        throw error;
      },
    );
    return await this.#starting;
  }

  async #start(): Promise<Running> {
    this.#state = "connecting";
    const options = this.#options;
    const cliPath = options.cliPath ?? resolveCliPath(options.cwd);
    const env = { ...(options.env ?? getEnv()) };
    const args = [...(options.cliArgs ?? []), "--headless", "--no-auto-update"];
    if (options.logLevel) args.push("--log-level", options.logLevel);
    if (options.githubToken) {
      env.COPILOT_SDK_AUTH_TOKEN = options.githubToken;
      args.push("--auth-token-env", "COPILOT_SDK_AUTH_TOKEN");
    }
    if (!(options.useLoggedInUser ?? !options.githubToken)) args.push("--no-auto-login");
    args.push("--stdio");
    let command = cliPath;
    if (/\.[cm]?js$/.test(cliPath)) {
      command = "node";
      args.unshift(cliPath);
    }
    let child;
    try {
      child = await spawn(command, { args, cwd: options.cwd, env });
    } catch (error) {
      throw new ProcessError(
        `Cannot start the Copilot CLI at "${cliPath}": ${
          (error as Error).message
        }; install @github/copilot or set "cliPath" (or env COPILOT_CLI_PATH)`,
        undefined,
        { cause: error },
      );
    }
    const transport = new StdioTransport(child, { onStderr: options.onStderr });
    const connection = new Connection(transport, {
      onError: (error) => this.#reportError(error),
    });
    const running = { connection, transport };
    this.#wire(running);
    try {
      await this.#handshake(connection);
    } catch (error) {
      transport.kill("SIGKILL");
      await connection.close();
      await transport.closed;
      throw error;
    }
    this.#running = running;
    this.#state = "connected";
    connection.closed.then((error) => this.#onClosed(running, error));
    return running;
  }

  async #handshake(connection: Connection): Promise<void> {
    let version: number | undefined;
    try {
      const result = await connection.request<ConnectResult>("connect", {}, {
        timeout: HANDSHAKE_MS,
      });
      version = result?.protocolVersion;
    } catch (error) {
      if (!(error instanceof RpcError && error.rpcCode === ErrorCodes.MethodNotFound)) throw error;
      const result = await connection.request<PingResponse>("ping", { message: "handshake" }, {
        timeout: HANDSHAKE_MS,
      });
      version = result?.protocolVersion;
    }
    if (version !== PROTOCOL_VERSION) {
      throw new ProtocolError(
        `Cannot use this Copilot CLI: it speaks protocol version ${
          version ?? "(none reported)"
        } but this SDK speaks version ${PROTOCOL_VERSION}; install a matching @github/copilot`,
        "PROTOCOL_VERSION_MISMATCH",
      );
    }
  }

  #wire({ connection }: Running): void {
    const session = (params: { sessionId?: unknown } | undefined, method: string) => {
      const found = this.#sessions.get(String(params?.sessionId));
      if (!found) {
        throw new Error(`Cannot answer "${method}": unknown session ${params?.sessionId}`);
      }
      return sessionInbound(found);
    };
    connection.onRequest(
      "userInput.request",
      (params) => session(params, "userInput.request").userInput(params),
    );
    connection.onRequest(
      "hooks.invoke",
      (params) => session(params, "hooks.invoke").hook(params?.hookType, params?.input),
    );
    connection.onRequest(
      "systemMessage.transform",
      (params) => session(params, "systemMessage.transform").transform(params?.sections),
    );
    connection.onNotification("session.event", (params) => {
      const { sessionId, event } = params ?? {};
      const session = this.#sessions.get(sessionId);
      if (session && event && typeof event.type === "string") {
        dispatchSessionEvent(session, event as SessionEvent);
      }
    });
    connection.onNotification("session.lifecycle", (params) => {
      if (!params || typeof params.type !== "string") return;
      for (const entry of this.#lifecycle) {
        if (entry.type !== undefined && entry.type !== params.type) continue;
        try {
          entry.handler(params as SessionLifecycleEvent);
        } catch (error) {
          this.#reportError(error);
        }
      }
    });
  }

  #onClosed(running: Running, error: ConnectionClosedError): void {
    if (this.#running !== running) return;
    this.#running = undefined;
    this.#lastExit = error;
    this.#state = "error";
    for (const session of this.#sessions.values()) failSession(session, error);
  }

  /** Forgets the running CLI and its sessions, without talking to it. */
  #detach(): void {
    this.#running = undefined;
    this.#state = "disconnected";
    const error = new SdkError("CLIENT_STOPPED", "The client was stopped");
    for (const session of this.#sessions.values()) failSession(session, error);
    this.#sessions.clear();
  }

  async #stop(): Promise<Error[]> {
    const errors: Error[] = [];
    const running = this.#running ?? await this.#starting?.catch(() => undefined);
    if (!running) {
      this.#detach();
      return errors;
    }
    const sessions = [...this.#sessions.values()];
    await Promise.all(sessions.map(async (session) => {
      try {
        await session.destroy();
      } catch (error) {
        errors.push(toError(error));
      }
    }));
    this.#detach();
    const { connection, transport } = running;
    try {
      await connection.request("runtime.shutdown", {}, { timeout: STOP_STEP_MS });
    } catch (error) {
      if (!(error instanceof ConnectionClosedError)) errors.push(toError(error));
    }
    await connection.close();
    if (!await settlesWithin(transport.closed, STOP_STEP_MS)) {
      errors.push(
        new ProcessError(
          `The Copilot CLI did not exit within ${STOP_STEP_MS} ms of shutdown; it was killed`,
        ),
      );
      transport.kill("SIGKILL");
      await transport.closed;
    }
    return errors;
  }

  #reportError(error: unknown): void {
    try {
      this.#options.onError?.(error);
    } catch {
      // An error reporter that throws has nowhere left to report to.
    }
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
