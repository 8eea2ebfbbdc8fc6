/**
 * {@linkcode CopilotClient}: starts the Copilot CLI (or attaches to it), and
 * opens sessions. A facade over the supervisor (`_supervisor.ts`: the CLI's
 * life), the router (`_router.ts`: what the CLI sends) and the open sessions.
 *
 * @module
 */

import { abortable } from "./_async.ts";
import { refuseShadowedBuiltIns } from "./_builtin_tools.ts";
import { connectorFor } from "./_connector.ts";
import { route } from "./_router.ts";
import { callHandler, SessionCore, type SessionHost } from "./_session_core.ts";
import { SessionRegistry } from "./_session_registry.ts";
import { CliSupervisor, type ConnectionState, STOP_STEP_MS } from "./_supervisor.ts";
import {
  type CallOptions,
  checkClientOptions,
  type CopilotClientOptions,
} from "./client_options.ts";
import { RpcError, SdkError } from "./errors.ts";
import type { LifecycleEvent, LifecycleEventOf, LifecycleEventType } from "./events.ts";
import type {
  AuthStatusResponse,
  ModelInfo,
  PingResponse,
  SdkMethods,
  SessionMetadata,
  StatusResponse,
} from "./protocol.ts";
import { createServerRpc, type ServerRpc } from "./rpc_proxy.ts";
import { ErrorCodes } from "./rpc/message.ts";
import { CopilotSession } from "./session.ts";
import {
  type PreparedSessionConfig,
  prepareSessionConfig,
  type ResumeSessionConfig,
  type SessionConfig,
} from "./session_config.ts";

/** Receives lifecycle events. */
export type LifecycleHandler<E extends LifecycleEvent = LifecycleEvent> = (event: E) => void;

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
  #supervisor: CliSupervisor;
  #sessions = new SessionRegistry();
  #lifecycle = new Set<{ type?: string; handler: LifecycleHandler }>();
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
    const address = checkClientOptions(options);
    this.#options = { ...options };
    const report = (error: unknown) => this.#reportError(error);
    this.#supervisor = new CliSupervisor({
      connect: connectorFor(this.#options, address),
      address,
      autoStart: options.autoStart !== false,
      autoRestart: options.autoRestart !== false,
      requestTimeout: options.requestTimeout,
      maxFrameBytes: options.maxFrameBytes,
    }, {
      wire: (connection) =>
        route(connection, {
          session: (id) => this.#sessions.get(id),
          emit: (event) => this.#emit(event),
          reportError: report,
        }),
      exited: (error, willRestart) => {
        this.#sessions.failAll(error);
        this.#emit({ type: "cli.exited", error, willRestart });
      },
      restarted: async (running) => {
        const timeout = this.#supervisor.requestTimeout;
        const sessionIds = await this.#sessions.reattachAll(running, timeout, report);
        this.#emit({ type: "cli.restarted", sessionIds });
      },
      reportError: report,
    });
    this.#host = {
      request: (method, params, options) => this.#request(method, params, options),
      call: (method, params, options) => this.#supervisor.request(method, params, options),
      release: async (sessionId) => {
        // With no CLI running (it crashed, or the client stopped) there is
        // nothing to release there, and nothing to start for it.
        const running = this.#supervisor.running;
        if (!running) return;
        await running.connection.request("session.destroy", { sessionId }, {
          timeout: STOP_STEP_MS,
        });
      },
      forget: (id) => this.#sessions.delete(id),
      reportError: report,
      localFiles: !address || ["127.0.0.1", "::1"].includes(address.hostname),
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
      this.#supervisor.request(method, params, options)
    );
    return this.#rpc;
  }

  /** `"connected"` while the CLI runs and answers. */
  get state(): ConnectionState {
    return this.#supervisor.state;
  }

  /**
   * Starts the CLI and does the handshake. Safe to call again while starting
   * or running.
   *
   * @returns Resolves once the CLI has answered the handshake.
   * @throws {ProcessError} The CLI could not be started.
   * @throws {ProtocolError} The CLI speaks another protocol version.
   * @throws {ConnectionClosedError} The CLI exited during the handshake.
   * @throws {SdkError} `CONNECT_FAILED`: nothing answered at `cliUrl`.
   */
  async start(): Promise<void> {
    await this.#supervisor.ensureRunning("start", true);
  }

  /**
   * Stops the client: destroys its sessions, asks the CLI to shut down,
   * waits for it to exit and kills it if it does not. Never throws.
   *
   * @returns The errors met on the way (empty when all went well).
   */
  stop(): Promise<Error[]> {
    return this.#supervisor.stop(async (running) => {
      const errors = running ? await this.#sessions.destroyAll() : [];
      this.#sessions.closeAll();
      return errors;
    });
  }

  /**
   * Kills the CLI at once, without asking sessions or the CLI to finish.
   *
   * @returns Resolves once the CLI has exited.
   */
  async forceStop(): Promise<void> {
    const stopped = this.#supervisor.forceStop();
    this.#sessions.closeAll();
    await stopped;
  }

  /** Stops the client; for `await using`. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }

  /**
   * Checks that the CLI answers.
   *
   * @param message Echoed back in the answer.
   * @param options Signal and timeout.
   * @returns The CLI's answer.
   */
  ping(message = "", options?: CallOptions): Promise<PingResponse> {
    return this.#request("ping", { message }, options);
  }

  /**
   * The CLI's version and protocol version.
   *
   * @param options Signal and timeout.
   * @returns The status.
   */
  getStatus(options?: CallOptions): Promise<StatusResponse> {
    return this.#request("status.get", {}, options);
  }

  /**
   * Whether the CLI is signed in to GitHub.
   *
   * @param options Signal and timeout.
   * @returns The auth status.
   */
  getAuthStatus(options?: CallOptions): Promise<AuthStatusResponse> {
    return this.#request("auth.getStatus", {}, options);
  }

  /**
   * The models the signed-in user may use (needs GitHub authentication).
   *
   * @param options Signal and timeout.
   * @returns The models.
   * @throws {RpcError} The CLI is not signed in.
   */
  async listModels(options?: CallOptions): Promise<ModelInfo[]> {
    const result = await this.#request("models.list", {}, options);
    return result.models;
  }

  /**
   * Creates a session. The configuration is checked before anything is sent.
   *
   * @param config The model, provider, tools and other options.
   * @param options Signal and timeout.
   * @returns The session.
   * @throws {TypeError} A bad configuration, e.g. a provider without a model.
   */
  createSession(config: SessionConfig = {}, options?: CallOptions): Promise<CopilotSession> {
    let prepared: PreparedSessionConfig;
    try {
      prepared = prepareSessionConfig(config, "createSession");
    } catch (error) {
      return Promise.reject(error);
    }
    const sessionId = config.sessionId ?? crypto.randomUUID();
    return this.#openSession("session.create", sessionId, prepared, options);
  }

  /**
   * Opens a stored session again, with its history.
   *
   * @param sessionId The session's id.
   * @param config Options for the resumed session (a provider must be given again).
   * @param options Signal and timeout.
   * @returns The session.
   * @throws {TypeError} A bad configuration.
   * @throws {RpcError} No such session.
   */
  resumeSession(
    sessionId: string,
    config: ResumeSessionConfig = {},
    options?: CallOptions,
  ): Promise<CopilotSession> {
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
    return this.#openSession("session.resume", sessionId, prepared, options);
  }

  /**
   * The sessions stored by the CLI.
   *
   * @param options Signal and timeout.
   * @returns Their metadata.
   */
  async listSessions(options?: CallOptions): Promise<SessionMetadata[]> {
    const result = await this.#request("session.list", {}, options);
    return result.sessions;
  }

  /**
   * Deletes a stored session and its history.
   *
   * @param sessionId The session's id.
   * @param options Signal and timeout.
   * @returns Resolves once it is deleted.
   */
  async deleteSession(sessionId: string, options?: CallOptions): Promise<void> {
    await this.#requestSuccess("session.delete", sessionId, "delete session", options);
    // An open session object of it is over too: its calls say it was destroyed.
    this.#sessions.get(sessionId)?.close(
      new SdkError("SESSION_DESTROYED", `Session "${sessionId}" was deleted`),
    );
    this.#sessions.delete(sessionId);
  }

  /**
   * The most recently used session's id.
   *
   * @param options Signal and timeout.
   * @returns The id, or `undefined` when there is none.
   */
  async getLastSessionId(options?: CallOptions): Promise<string | undefined> {
    const result = await this.#request("session.getLastId", {}, options);
    return result?.sessionId ?? undefined;
  }

  /**
   * The session shown in the foreground of a CLI running in TUI server mode.
   *
   * @param options Signal and timeout.
   * @returns The id, or `undefined`.
   */
  async getForegroundSessionId(options?: CallOptions): Promise<string | undefined> {
    const result = await this.#request("session.getForeground", {}, options);
    return result?.sessionId ?? undefined;
  }

  /**
   * Brings a session to the foreground of a CLI running in TUI server mode.
   *
   * @param sessionId The session's id.
   * @param options Signal and timeout.
   * @returns Resolves once done.
   */
  async setForegroundSessionId(sessionId: string, options?: CallOptions): Promise<void> {
    await this.#requestSuccess(
      "session.setForeground",
      sessionId,
      "set foreground session",
      options,
    );
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
    options?: CallOptions,
  ): Promise<CopilotSession> {
    const what = method === "session.create" ? "createSession" : "resumeSession";
    if (this.#sessions.get(sessionId)) {
      throw new TypeError(
        `Cannot ${what}: session "${sessionId}" is already open in this client; use that session or destroy it first`,
      );
    }
    const running = await abortable(
      this.#supervisor.ensureRunning(what, false, true),
      options?.signal,
    );
    if (callbacks.tools.size) await refuseShadowedBuiltIns(running, callbacks, what);
    // Registered before the request, so events sent before the answer reach it.
    const core = new SessionCore(sessionId, this.#host, callbacks);
    this.#sessions.add(core);
    try {
      const params = { ...wire, sessionId };
      const result = await this.#request(method, params, options);
      this.#sessions.opened(sessionId, params);
      if (method === "session.resume") core.persisted = true;
      core.workspacePath = result?.workspacePath;
      return new CopilotSession(core);
    } catch (error) {
      this.#sessions.delete(sessionId);
      throw error;
    }
  }

  /** Sends a session method that answers `{success, error}`; throws when it says no. */
  async #requestSuccess(
    method: "session.delete" | "session.setForeground",
    sessionId: string,
    what: string,
    options?: CallOptions,
  ): Promise<void> {
    const result = await this.#request(method, { sessionId }, options);
    if (result && result.success === false) {
      throw new RpcError(
        ErrorCodes.InternalError,
        `Cannot ${what} "${sessionId}": ${result.error ?? "the CLI refused"}`,
      );
    }
  }

  /** Sends a request, typed by method ({@linkcode SdkMethods}), starting the CLI if needed. */
  #request<M extends keyof SdkMethods & string>(
    method: M,
    params: SdkMethods[M]["params"],
    options?: CallOptions,
  ): Promise<SdkMethods[M]["result"]> {
    return this.#supervisor.request(method, params, options) as Promise<SdkMethods[M]["result"]>;
  }

  #emit(event: LifecycleEvent): void {
    for (const entry of this.#lifecycle) {
      if (entry.type !== undefined && entry.type !== event.type) continue;
      callHandler(entry.handler, event, (error) => this.#reportError(error));
    }
  }

  #reportError(error: unknown): void {
    try {
      this.#options.onError?.(error);
    } catch {
      // An error reporter that throws has nowhere left to report to.
    }
  }
}
