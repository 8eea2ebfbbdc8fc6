/**
 * {@linkcode CopilotClient}: starts the Copilot CLI (or attaches to it), and
 * opens sessions. A facade over the supervisor (`_supervisor.ts`: the CLI's
 * life), the router (`_router.ts`: what the CLI sends) and the open sessions.
 *
 * @module
 */

import { abortable, reportTo } from "./_async.ts";
import { ModelsCache } from "./_models_cache.ts";
import { openChecked, type Opener } from "./_open_session.ts";
import { providersOf } from "./_inbound/providers.ts";
import { withTraceContext } from "./_trace.ts";
import { connectorFor } from "./_connector.ts";
import { connectOptInsOf } from "./_handshake.ts";
import { lowerConnection } from "./runtime_connection.ts";
import { route } from "./_router.ts";
import { LifecycleSubscribers, type OnLifecycle } from "./_lifecycle.ts";
import type { SessionHost } from "./_session_core.ts";
import { SessionRegistry } from "./_session_registry.ts";
import type { CliSupervisor, ConnectionState } from "./_supervisor.ts";
import { newSupervisor, withSessionStore } from "./_store_supervisor.ts";
import {
  type CallOptions,
  checkClientOptions,
  type CopilotClientOptions,
  type SessionListFilter,
  sessionListParams,
} from "./client_options.ts";
import { SdkError } from "./errors.ts";
import type { LifecycleEvent, LifecycleEventOf, LifecycleEventType } from "./events.ts";
import {
  type AuthStatusResponse,
  type ModelInfo,
  type PingResponse,
  refusal,
  type SdkMethods,
  type SessionMetadata,
  type StatusResponse,
} from "./protocol.ts";
import { createServerRpc, type ServerRpc } from "./rpc_proxy.ts";
import type { CopilotSession } from "./session.ts";
import type { ResumeSessionConfig, SessionConfig } from "./session_config.ts";

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
  #lifecycle = new LifecycleSubscribers();
  #host: SessionHost;
  #rpc: ServerRpc | undefined;
  #models = new ModelsCache();
  #opener: Opener;
  #empty: boolean;

  /**
   * Creates a client; nothing starts until `start()` or, with `autoStart`,
   * the first call.
   *
   * @param options Where the CLI is and how to run it.
   * @throws {TypeError} Options that contradict each other.
   */
  constructor(options: CopilotClientOptions = {}) {
    options = lowerConnection(options ?? {});
    const address = checkClientOptions(options);
    this.#options = withSessionStore(options);
    const report = (error: unknown) => this.#reportError(error);
    this.#supervisor = newSupervisor(this.#options, {
      connect: connectorFor(this.#options, address),
      address,
      optIns: connectOptInsOf(options),
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
          callbacks: this.#options,
        }),
      ready: providersOf(this.#options),
      exited: (error, willRestart) => {
        this.#sessions.failAll(error);
        this.#models.reset();
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
      release: (sessionId) => this.#supervisor.releaseSession(sessionId),
      forget: (id) => this.#sessions.delete(id),
      reportError: report,
      localFiles: !address || ["127.0.0.1", "::1"].includes(address.hostname),
    };
    this.#empty = options.mode === "empty";
    this.#opener = {
      supervisor: this.#supervisor,
      sessions: this.#sessions,
      host: this.#host,
      sessionFs: this.#options.sessionFs !== undefined,
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

  /**
   * The TCP port of the CLI while it runs over TCP (`useStdio: false`, or
   * `cliUrl`): other clients join it with `cliUrl` and the `connectionToken`.
   * `undefined` over stdio or when no CLI runs.
   */
  get port(): number | undefined {
    return this.#supervisor.running?.port;
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
      this.#models.reset();
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
    this.#models.reset();
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
   * The models the signed-in user may use (needs GitHub authentication), or
   * the client's `onListModels` answer. Kept per connection to the CLI:
   * concurrent calls share one request (and the first one's timeout), and
   * each caller gets a copy.
   *
   * @param options Signal and timeout.
   * @returns The models.
   * @throws {RpcError} The CLI is not signed in.
   */
  listModels(options?: CallOptions): Promise<ModelInfo[]> {
    const ask = this.#options.onListModels ??
      (() => this.#request("models.list", {}, options).then((result) => result.models));
    return abortable(this.#models.get(ask), options?.signal);
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
    // A cloud session's id is picked by the server, unless the caller picks one.
    const sessionId = config?.sessionId ?? (config?.cloud ? undefined : crypto.randomUUID());
    return openChecked(this.#opener, "session.create", sessionId, config, options, this.#empty);
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
    return openChecked(this.#opener, "session.resume", sessionId, config, options, this.#empty);
  }

  /**
   * The sessions stored by the CLI, or those that match a filter.
   *
   * @param filter Only the sessions of this working directory, git root, repository or branch.
   * @param options Signal and timeout.
   * @returns Their metadata.
   */
  async listSessions(
    filter?: SessionListFilter,
    options?: CallOptions,
  ): Promise<SessionMetadata[]> {
    const result = await this.#request("session.list", sessionListParams(filter), options);
    return result.sessions;
  }

  /**
   * One stored session's metadata, without listing them all.
   *
   * @param sessionId The session's id.
   * @param options Signal and timeout.
   * @returns Its metadata, or `undefined` when there is no such session.
   */
  async getSessionMetadata(
    sessionId: string,
    options?: CallOptions,
  ): Promise<SessionMetadata | undefined> {
    const result = await this.#request("session.getMetadata", { sessionId }, options);
    return result?.session ?? undefined;
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
    return this.#lifecycle.add(typeOrHandler, handler);
  }

  /**
   * The official SDK's subscription: like {@linkcode CopilotClient.on}, for
   * session lifecycle events only (every type, or one).
   */
  readonly onLifecycle: OnLifecycle =
    ((t: string | LifecycleHandler, h?: unknown) =>
      this.#lifecycle.addSessionOnly(t as never, h)) as OnLifecycle;

  /** Sends a session method that answers `{success, error}`; throws when it says no. */
  async #requestSuccess(
    method: "session.delete" | "session.setForeground",
    sessionId: string,
    what: string,
    options?: CallOptions,
  ): Promise<void> {
    refusal(await this.#request(method, { sessionId }, options), `${what} "${sessionId}"`);
  }

  /**
   * Sends a request, typed by method ({@linkcode SdkMethods}), starting the
   * CLI if needed; with the caller's trace context where the method carries one.
   */
  #request<M extends keyof SdkMethods & string>(
    method: M,
    params: SdkMethods[M]["params"],
    options?: CallOptions,
  ): Promise<SdkMethods[M]["result"]> {
    const send = (sent: typeof params) =>
      this.#supervisor.request(method, sent, options) as Promise<SdkMethods[M]["result"]>;
    const trace = this.#options.onGetTraceContext;
    if (!trace) return send(params);
    return withTraceContext(method, params, trace, (e) => this.#reportError(e)).then(send);
  }

  #emit(event: LifecycleEvent): void {
    this.#lifecycle.emit(event, (error) => this.#reportError(error));
  }

  #reportError(error: unknown): void {
    reportTo(this.#options.onError, error);
  }
}
