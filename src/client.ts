/**
 * {@linkcode CopilotClient}: starts the Copilot CLI (or attaches to it), and
 * opens sessions.
 *
 * @module
 */

import { settlesWithin } from "./_async.ts";
import type { CliAddress } from "./cli_url.ts";
import { checkClientOptions, type CopilotClientOptions } from "./client_options.ts";
import {
  ConnectionClosedError,
  ProcessError,
  ProtocolError,
  RpcError,
  SdkError,
  toError,
} from "./errors.ts";
import type {
  ClientLifecycleEvent,
  LifecycleEvent,
  LifecycleEventOf,
  LifecycleEventType,
  SessionEvent,
} from "./events.ts";
import type {
  AuthStatusResponse,
  CliRequests,
  ConnectResult,
  ModelInfo,
  PingResponse,
  SdkMethods,
  SessionLifecycleEvent,
  SessionMetadata,
  StatusResponse,
} from "./protocol.ts";
import { createServerRpc, type ServerRpc } from "./rpc_proxy.ts";
import { Connection, type RequestOptions } from "./rpc/connection.ts";
import { ErrorCodes } from "./rpc/message.ts";
import type { Launched } from "./launch.ts";
import type { TcpTransport } from "./transport/tcp.ts";
import {
  callHandler,
  closeSession,
  CopilotSession,
  dispatchSessionEvent,
  failSession,
  type SessionHost,
  type SessionInbound,
  sessionInbound,
  setWorkspacePath,
} from "./session.ts";
import {
  type PreparedSessionConfig,
  prepareSessionConfig,
  type ResumeSessionConfig,
  type SessionConfig,
} from "./session_config.ts";

/** The protocol version this SDK speaks. */
export const PROTOCOL_VERSION = 3;

/** How long `stop()` waits for each step (each `session.destroy`, shutdown, exit). */
const STOP_STEP_MS = 5000;
/** How long the handshake may take once the CLI runs. */
const HANDSHAKE_MS = 60_000;
/** How long the handshake may take with a server at `cliUrl`, which is up already. */
const CLI_URL_HANDSHAKE_MS = 10_000;

/** How many crashes within {@linkcode RESTART_WINDOW_MS} stop automatic restarts. */
const MAX_RESTARTS = 5;
/** The window in which crashes are counted. */
const RESTART_WINDOW_MS = 5 * 60_000;

/** The state of a {@linkcode CopilotClient}. */
export type ConnectionState = "disconnected" | "connecting" | "connected" | "error";

/** Receives lifecycle events. */
export type LifecycleHandler<E extends LifecycleEvent = LifecycleEvent> = (event: E) => void;

interface Running extends Launched {
  connection: Connection;
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
  #crashes: number[] = [];
  /** Aborts the start in progress (`stop()`/`forceStop()` during `start()`). */
  #startAbort: AbortController | undefined;
  #address: CliAddress | undefined;
  /** What each open session was created with, to resume it after a restart. */
  #sessionParams = new Map<string, Record<string, unknown>>();
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
    this.#address = checkClientOptions(options);
    this.#options = { ...options };
    this.#host = {
      request: (method, params, options) => this.#request(method, params, options),
      call: (method, params, options) => this.#call(method, params, options),
      release: async (sessionId) => {
        // With no CLI running (it crashed, or the client stopped) there is
        // nothing to release there, and nothing to start for it.
        const running = this.#running;
        if (!running) return;
        await running.connection.request("session.destroy", { sessionId }, {
          timeout: STOP_STEP_MS,
        });
      },
      forget: (id) => {
        this.#sessions.delete(id);
        this.#sessionParams.delete(id);
      },
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
    this.#rpc ??= createServerRpc((method, params, options) => this.#call(method, params, options));
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
   * Stops a start in progress (its CLI is killed, its `start()` rejects), for
   * `stop()` and `forceStop()`.
   *
   * @returns The running CLI, if one is left to stop.
   */
  async #abandonStart(): Promise<Running | undefined> {
    this.#startAbort?.abort(
      new SdkError("CLIENT_STOPPED", "The client was stopped while the Copilot CLI was starting"),
    );
    return this.#running ?? await this.#starting?.catch(() => undefined);
  }

  /**
   * Kills the CLI at once, without asking sessions or the CLI to finish.
   *
   * @returns Resolves once the CLI has exited.
   */
  async forceStop(): Promise<void> {
    const running = await this.#abandonStart();
    this.#detach();
    if (running) await closeAbruptly(running);
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
    const result = await this.#request("models.list", {});
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
    const result = await this.#request("session.list", {});
    return result.sessions;
  }

  /**
   * Deletes a stored session and its history.
   *
   * @param sessionId The session's id.
   * @returns Resolves once it is deleted.
   */
  async deleteSession(sessionId: string): Promise<void> {
    await this.#requestSuccess("session.delete", sessionId, "delete session");
    // An open session object of it is over too: its calls say it was destroyed.
    const open = this.#sessions.get(sessionId);
    if (open) {
      closeSession(open, new SdkError("SESSION_ERROR", `Session "${sessionId}" was deleted`));
    }
    this.#sessions.delete(sessionId);
    this.#sessionParams.delete(sessionId);
  }

  /**
   * The most recently used session's id.
   *
   * @returns The id, or `undefined` when there is none.
   */
  async getLastSessionId(): Promise<string | undefined> {
    const result = await this.#request("session.getLastId", {});
    return result?.sessionId ?? undefined;
  }

  /**
   * The session shown in the foreground of a CLI running in TUI server mode.
   *
   * @returns The id, or `undefined`.
   */
  async getForegroundSessionId(): Promise<string | undefined> {
    const result = await this.#request("session.getForeground", {});
    return result?.sessionId ?? undefined;
  }

  /**
   * Brings a session to the foreground of a CLI running in TUI server mode.
   *
   * @param sessionId The session's id.
   * @returns Resolves once done.
   */
  async setForegroundSessionId(sessionId: string): Promise<void> {
    await this.#requestSuccess("session.setForeground", sessionId, "set foreground session");
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
  on<T extends LifecycleEventType>(
    type: T,
    handler: LifecycleHandler<LifecycleEventOf<T>>,
  ): () => void;
  on(
    typeOrHandler: string | LifecycleHandler,
    handler?: LifecycleHandler<never>,
  ): () => void {
    const entry = typeof typeOrHandler === "function"
      ? { handler: typeOrHandler }
      : { type: typeOrHandler, handler: handler as LifecycleHandler };
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
      const result = await this.#request(
        method,
        { ...wire, sessionId },
      );
      this.#sessionParams.set(sessionId, { ...wire, sessionId });
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

  /** Sends a session method that answers `{success, error}`; throws when it says no. */
  async #requestSuccess(
    method: "session.delete" | "session.setForeground",
    sessionId: string,
    what: string,
  ): Promise<void> {
    const result = await this.#request(method, { sessionId });
    if (result && result.success === false) {
      throw new SdkError(
        "SESSION_ERROR",
        `Cannot ${what} "${sessionId}": ${result.error ?? "the CLI refused"}`,
      );
    }
  }

  /** Sends a request, typed by method ({@linkcode SdkMethods}), starting the CLI if needed. */
  #request<M extends keyof SdkMethods & string>(
    method: M,
    params: SdkMethods[M]["params"],
    options?: RequestOptions,
  ): Promise<SdkMethods[M]["result"]> {
    return this.#call(method, params, options) as Promise<SdkMethods[M]["result"]>;
  }

  /** Sends any request (the `rpc` tables are typed on their own). */
  async #call(method: string, params: unknown, options?: RequestOptions): Promise<unknown> {
    const running = await this.#ensureRunning(method, false);
    return await running.connection.request(method, params, options);
  }

  async #ensureRunning(what: string, explicit: boolean): Promise<Running> {
    if (this.#running) return this.#running;
    if (this.#stopping) {
      throw new SdkError("CLIENT_STOPPED", `Cannot call "${what}": the client is stopping`);
    }
    if (!this.#starting) {
      const crashed = this.#lastExit !== undefined && !explicit;
      if (crashed && this.#options.autoRestart === false) {
        throw new SdkError(
          "CLIENT_STOPPED",
          `Cannot call "${what}": the Copilot CLI exited and autoRestart is false; call start() to start it again`,
          { cause: this.#lastExit },
        );
      }
      if (!crashed && !explicit && this.#options.autoStart === false) {
        throw new SdkError(
          "CLIENT_STOPPED",
          `Cannot call "${what}": the client is not started; call start() first (autoStart is false)`,
        );
      }
      // An explicit start() after a crash starts afresh: the cap counts from there.
      if (explicit) this.#crashes = [];
      const restart = this.#lastExit !== undefined;
      this.#starting = (crashed ? this.#restart() : this.#start(restart)).then(
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
    }
    return await this.#starting;
  }

  /** Starts the CLI again after a crash: bounded, with backoff. */
  async #restart(): Promise<Running> {
    if (this.#recentCrashes() >= MAX_RESTARTS) {
      throw new SdkError(
        "CLIENT_STOPPED",
        `The Copilot CLI crashed ${this.#crashes.length} times within ${
          RESTART_WINDOW_MS / 60_000
        } minutes; not restarting it again automatically. Call start() to try again`,
        { cause: this.#lastExit },
      );
    }
    // 0 ms after the first crash, then 250, 500, 1000... up to 4 s.
    const delay = this.#crashes.length <= 1
      ? 0
      : Math.min(250 * 2 ** (this.#crashes.length - 2), 4000);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    return await this.#start(true);
  }

  /** The crashes within {@linkcode RESTART_WINDOW_MS}, forgetting older ones. */
  #recentCrashes(): number {
    const now = Date.now();
    this.#crashes = this.#crashes.filter((time) => now - time < RESTART_WINDOW_MS);
    return this.#crashes.length;
  }

  /**
   * Starts (or connects to) the CLI and does the handshake; with `restart`,
   * re-attaches the open sessions and says so. `stop()` and `forceStop()`
   * abort it: its CLI is killed and it rejects with their reason.
   */
  async #start(restart = false): Promise<Running> {
    this.#state = "connecting";
    const options = this.#options;
    const abort = new AbortController();
    const { signal } = abort;
    this.#startAbort = abort;
    try {
      // Loaded on first start, so importing the SDK stays cheap.
      const { connectCli, spawnCli } = await import("./launch.ts");
      signal.throwIfAborted();
      const launched = this.#address
        ? await connectCli(this.#address, options.connectionToken)
        : await spawnCli({ ...options, signal });
      const connection = new Connection(launched.transport, {
        onError: (error) => this.#reportError(error),
      });
      const running: Running = { ...launched, connection };
      let dropped: Promise<void> | undefined;
      const drop = () => dropped ??= closeAbruptly(running);
      this.#wire(running);
      // Dropping the connection makes the handshake fail at once.
      const onAbort = () => void drop();
      signal.addEventListener("abort", onAbort, { once: true });
      try {
        if (signal.aborted) throw signal.reason;
        await this.#handshake(connection, launched.token);
        signal.throwIfAborted();
      } catch (error) {
        await drop();
        throw signal.aborted ? signal.reason : error;
      } finally {
        signal.removeEventListener("abort", onAbort);
      }
      this.#running = running;
      this.#lastExit = undefined;
      this.#state = "connected";
      connection.closed.then((error) => this.#onClosed(running, error));
      if (restart) await this.#reattachSessions(running);
      return running;
    } catch (error) {
      throw signal.aborted ? signal.reason : error;
    } finally {
      if (this.#startAbort === abort) this.#startAbort = undefined;
    }
  }

  /** After a restart, resumes every open session in the new CLI. */
  async #reattachSessions(running: Running): Promise<void> {
    const sessions = [...this.#sessions.values()].filter((session) => !session.destroyed);
    const resumed: string[] = [];
    await Promise.all(sessions.map(async (session) => {
      const params = this.#sessionParams.get(session.sessionId) ??
        { sessionId: session.sessionId };
      try {
        try {
          await running.connection.request("session.resume", params);
        } catch (error) {
          // A session with no message yet was never written to disk: there is
          // no history to lose, so open it again under the same id.
          if (!(error instanceof RpcError && /not found/i.test(error.message))) throw error;
          await running.connection.request("session.create", params);
        }
        resumed.push(session.sessionId);
      } catch (error) {
        this.#reportError(error);
        dispatchSessionEvent(
          session,
          syntheticError(
            "resume_failed",
            `Session could not be re-attached after the CLI restarted: ${(error as Error).message}`,
          ),
        );
      }
    }));
    this.#emit({ type: "cli.restarted", sessionIds: resumed });
  }

  async #handshake(connection: Connection, token: string | undefined): Promise<void> {
    let version: number | undefined;
    // A server at cliUrl is up already: one that does not answer soon is not a Copilot CLI.
    const address = this.#address;
    const timeout = address ? CLI_URL_HANDSHAKE_MS : HANDSHAKE_MS;
    try {
      try {
        const result = await connection.request<ConnectResult>(
          "connect",
          token ? { token } : {},
          { timeout },
        );
        version = result?.protocolVersion;
      } catch (error) {
        if (!(error instanceof RpcError && error.rpcCode === ErrorCodes.MethodNotFound)) {
          throw error;
        }
        const result = await connection.request<PingResponse>("ping", { message: "handshake" }, {
          timeout,
        });
        version = result?.protocolVersion;
      }
    } catch (error) {
      if (!address || error instanceof RpcError) throw error;
      // Say where: the CLI's own errors (RpcError) already say what is wrong.
      const why = error instanceof DOMException && error.name === "TimeoutError"
        ? `it did not answer the handshake within ${timeout} ms; is a Copilot CLI server (copilot --headless --port ${address.port}) listening there?`
        : (error as Error).message;
      throw new ConnectionClosedError(
        `Cannot connect to the Copilot CLI at ${address.hostname}:${address.port} (cliUrl): ${why}`,
        undefined,
        { cause: error },
      );
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
    // The requests the CLI sends, typed by method (CliRequests).
    const answer = <M extends keyof CliRequests>(
      method: M,
      handler: (
        inbound: SessionInbound,
        params: CliRequests[M]["params"],
      ) => Promise<CliRequests[M]["result"]>,
    ) => connection.onRequest(method, (params) => handler(session(params, method), params));
    answer("userInput.request", (inbound, params) => inbound.userInput(params));
    answer("hooks.invoke", (inbound, params) => inbound.hook(params?.hookType, params?.input));
    answer("systemMessage.transform", (inbound, params) => inbound.transform(params?.sections));
    connection.onNotification("session.event", (params) => {
      const { sessionId, event } = params ?? {};
      if (
        typeof sessionId !== "string" || event === null || typeof event !== "object" ||
        typeof event.type !== "string" || event.data === null || typeof event.data !== "object"
      ) {
        this.#reportError(malformed("session.event", params));
        return;
      }
      const session = this.#sessions.get(sessionId);
      if (session) dispatchSessionEvent(session, event as SessionEvent);
    });
    connection.onNotification("session.lifecycle", (params) => {
      if (!params || typeof params.type !== "string" || typeof params.sessionId !== "string") {
        this.#reportError(malformed("session.lifecycle", params));
        return;
      }
      this.#emit(params as SessionLifecycleEvent);
    });
  }

  #emit(event: LifecycleEvent): void {
    for (const entry of this.#lifecycle) {
      if (entry.type !== undefined && entry.type !== event.type) continue;
      callHandler(entry.handler, event, (error) => this.#reportError(error));
    }
  }

  /** The connection closed without `stop()`: the CLI crashed or the socket dropped. */
  #onClosed(running: Running, error: ConnectionClosedError): void {
    if (this.#running !== running) return;
    this.#running = undefined;
    this.#lastExit = error;
    this.#crashes.push(Date.now());
    this.#state = "error";
    // A CLI whose connection is gone is of no more use.
    if (running.owned) running.transport.kill("SIGKILL");
    for (const session of this.#sessions.values()) {
      failSession(session, error);
      dispatchSessionEvent(session, syntheticError("cli_exited", error.message));
    }
    const event: ClientLifecycleEvent = {
      type: "cli.exited",
      error,
      willRestart: this.#options.autoRestart !== false && this.#recentCrashes() < MAX_RESTARTS,
    };
    this.#emit(event);
  }

  /** Forgets the running CLI and its sessions, without talking to it. */
  #detach(): void {
    this.#running = undefined;
    this.#lastExit = undefined;
    this.#state = "disconnected";
    this.#sessionParams.clear();
    const error = new SdkError("CLIENT_STOPPED", "The client was stopped");
    for (const session of this.#sessions.values()) closeSession(session, error);
    this.#sessions.clear();
  }

  async #stop(): Promise<Error[]> {
    const errors: Error[] = [];
    const running = await this.#abandonStart();
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
    if (!running.owned) {
      // Not ours to shut down: just leave.
      await closeAbruptly(running);
      return errors;
    }
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

/** Closes the connection and ends the CLI (ours) or leaves it (a `cliUrl` server), at once. */
async function closeAbruptly({ connection, transport, owned }: Running): Promise<void> {
  await connection.close();
  if (owned) await transport.close();
  else (transport as TcpTransport).disconnect();
}

function malformed(method: string, params: unknown): ProtocolError {
  let text: string;
  try {
    text = JSON.stringify(params)?.slice(0, 200) ?? String(params);
  } catch {
    text = String(params);
  }
  return new ProtocolError(`Malformed "${method}" notification from the CLI: ${text}`);
}

/** A `session.error` event made by the SDK (not the CLI), e.g. when the CLI exits. */
function syntheticError(errorType: string, message: string): SessionEvent {
  return {
    id: crypto.randomUUID(),
    timestamp: new Date().toISOString(),
    parentId: null,
    ephemeral: true,
    type: "session.error",
    data: { errorType, message },
  } as SessionEvent;
}
