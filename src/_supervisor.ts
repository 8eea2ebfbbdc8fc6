/**
 * Keeps the CLI alive for a client: starts it (or connects to it) through a
 * {@linkcode Connector}, does the handshake, notices when it exits, starts it
 * again after a crash (with backoff and a cap), and stops it. It knows
 * nothing of sessions: the client hears of each connection, exit and restart
 * through {@linkcode SupervisorHooks}.
 *
 * @module
 */

import { abortable, settlesWithin } from "./_async.ts";
import { type ConnectOptIns, handshake } from "./_handshake.ts";
import type { CliAddress } from "./cli_url.ts";
import { type ConnectionClosedError, ProcessError, SdkError, toError } from "./errors.ts";
import { Connection, type RequestOptions } from "./rpc/connection.ts";
import type { Transport } from "./transport/transport.ts";

/** How long `stop()` waits for each step (each `session.destroy`, shutdown, exit). */
export const STOP_STEP_MS = 5000;
/** How long a call to the CLI may take unless the client or the call says otherwise. */
const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** How many crashes within {@linkcode RESTART_WINDOW_MS} stop automatic restarts. */
const MAX_RESTARTS = 5;
/** The window in which crashes are counted. */
const RESTART_WINDOW_MS = 5 * 60_000;

/** The state of a {@linkcode CopilotClient}'s connection to the CLI. */
export type ConnectionState = "disconnected" | "connecting" | "connected" | "error";

/** A transport to a CLI, and how to authenticate on it. */
export interface CliLink {
  /** The bytes; `close()` kills a CLI this client started, or just disconnects. */
  readonly transport: Transport;
  /** The token to send in `connect`, if the server requires one. */
  readonly token?: string;
  /** Whether this client started (and so owns) the CLI: `stop()` then shuts it down. */
  readonly owned: boolean;
  /** The TCP port of the CLI, when it is reached over TCP. */
  readonly port?: number;
}

/** Opens a link to a CLI; aborting the signal must end a start in progress. */
export type Connector = (signal: AbortSignal) => Promise<CliLink>;

/** A CLI that answered the handshake. */
export interface Running extends CliLink {
  /** The JSON-RPC connection to it. */
  readonly connection: Connection;
}

/** What the supervisor tells its client. */
export interface SupervisorHooks {
  /** A new connection, before the handshake: install the handlers of what the CLI sends. */
  wire(connection: Connection): void;
  /**
   * After the handshake, before the CLI counts as started: tell it what
   * this client provides (e.g. a session file system). Throwing fails the start.
   */
  ready?(connection: Connection): Promise<void>;
  /** The CLI went away without `stop()`. */
  exited(error: ConnectionClosedError, willRestart: boolean): void;
  /** The CLI was started again after a crash: re-attach what was open. */
  restarted(running: Running): Promise<void>;
  /** An error nobody awaits. */
  reportError(error: unknown): void;
}

/** The supervisor's settings, from the client's options. */
export interface SupervisorOptions {
  /** Opens a link to a CLI. */
  connect: Connector;
  /** The server at `cliUrl`, when the client attaches to one (for messages and the handshake limit). */
  address?: CliAddress;
  /** What the client opts into in `connect` (`clientInfo`, telemetry forwarding). */
  optIns?: ConnectOptIns;
  /** Start on the first call. */
  autoStart: boolean;
  /** Start again after a crash. */
  autoRestart: boolean;
  /** The largest frame accepted from the CLI. */
  maxFrameBytes?: number;
  /**
   * How long a call may take unless it says otherwise.
   *
   * @default {60000}
   */
  requestTimeout?: number;
}

/** Starts, watches, restarts and stops one CLI. */
export class CliSupervisor {
  #options: SupervisorOptions;
  #hooks: SupervisorHooks;
  #running: Running | undefined;
  #starting: Promise<Running> | undefined;
  #stopping: Promise<Error[]> | undefined;
  #state: ConnectionState = "disconnected";
  #lastExit: ConnectionClosedError | undefined;
  #crashes: number[] = [];
  /** Aborts the start in progress (`stop()`/`forceStop()` during `start()`). */
  #startAbort: AbortController | undefined;

  /**
   * Creates a supervisor; nothing starts yet.
   *
   * @param options How to reach the CLI and when to (re)start it.
   * @param hooks Where to report connections, exits and restarts.
   */
  constructor(options: SupervisorOptions, hooks: SupervisorHooks) {
    this.#options = options;
    this.#hooks = hooks;
  }

  /** How long a call may take unless it says otherwise. */
  get requestTimeout(): number {
    return this.#options.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT_MS;
  }

  /** The connection state. */
  get state(): ConnectionState {
    return this.#state;
  }

  /** The CLI, when one runs and answered the handshake. */
  get running(): Running | undefined {
    return this.#running;
  }

  /**
   * The running CLI, started first when needed and allowed.
   *
   * @param what The call that needs it, for messages.
   * @param explicit `true` for `start()`: starts even with `autoStart: false` or after a crash.
   * @param opening `true` for calls that open something new (a session), refused while
   *   stopping; calls of what is open still reach a running CLI then (e.g. the answers a
   *   destroyed session sends).
   * @returns The running CLI.
   */
  async ensureRunning(what: string, explicit: boolean, opening = false): Promise<Running> {
    if (this.#running && !(this.#stopping && opening)) return this.#running;
    if (this.#stopping) {
      throw new SdkError("CLIENT_STOPPING", `Cannot call "${what}": the client is stopping`);
    }
    if (!this.#starting) {
      const crashed = this.#lastExit !== undefined && !explicit;
      if (crashed && !this.#options.autoRestart) {
        throw new SdkError(
          "CLI_EXITED",
          `Cannot call "${what}": the Copilot CLI exited and autoRestart is false; call start() to start it again`,
          { cause: this.#lastExit },
        );
      }
      if (!crashed && !explicit && !this.#options.autoStart) {
        throw new SdkError(
          "CLIENT_NOT_STARTED",
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

  /**
   * Sends a request, starting the CLI if needed and allowed.
   *
   * @param method The method.
   * @param params The params.
   * @param options Signal and timeout.
   * @returns The result.
   */
  async request(method: string, params: unknown, options: RequestOptions = {}): Promise<unknown> {
    const { signal, timeout = this.requestTimeout } = options;
    const running = await abortable(this.ensureRunning(method, false), signal);
    return await running.connection.request(method, params, { signal, timeout });
  }

  /**
   * Ends a session in the CLI (`session.destroy`, bounded in time). With no
   * CLI running (it crashed, or the client stopped) there is nothing to end
   * there, and nothing is started for it.
   *
   * @param sessionId The session.
   * @returns Resolves once the CLI released it.
   */
  async releaseSession(sessionId: string): Promise<void> {
    await this.#running?.connection.request("session.destroy", { sessionId }, {
      timeout: STOP_STEP_MS,
    });
  }

  /**
   * Stops the CLI: `release` ends what the client has open while the CLI
   * still runs, then a CLI this client started is asked to shut down, waited
   * for and killed if it does not exit. Never throws.
   *
   * @param release Ends the client's sessions; returns the errors met.
   * @returns The errors met on the way.
   */
  stop(release: (running: Running | undefined) => Promise<Error[]>): Promise<Error[]> {
    this.#stopping ??= this.#stop(release).finally(() => this.#stopping = undefined);
    return this.#stopping;
  }

  /**
   * Kills the CLI at once (or leaves a `cliUrl` server), without asking anything.
   *
   * @returns Resolves once it is gone.
   */
  async forceStop(): Promise<void> {
    const running = await this.#abandonStart();
    this.#reset();
    if (running) await closeAbruptly(running);
  }

  async #stop(release: (running: Running | undefined) => Promise<Error[]>): Promise<Error[]> {
    const running = await this.#abandonStart();
    const errors = await release(running);
    this.#reset();
    if (!running) return errors;
    // Not ours to shut down: just leave. One that did not answer in time
    // (stuck, or stopped with SIGSTOP) will not answer a shutdown either.
    const unanswered = errors.some((error) => error.name === "TimeoutError");
    if (!running.owned || unanswered) {
      await closeAbruptly(running);
      return errors;
    }
    const { connection, transport } = running;
    try {
      await connection.request("runtime.shutdown", {}, { timeout: STOP_STEP_MS });
    } catch (error) {
      if (!(error instanceof SdkError && error.hasCode("CONNECTION_CLOSED"))) {
        errors.push(toError(error));
      }
    }
    await connection.close();
    if (!await settlesWithin(transport.closed, STOP_STEP_MS)) {
      errors.push(
        new ProcessError(
          `The Copilot CLI did not exit within ${STOP_STEP_MS} ms of shutdown; it was killed`,
        ),
      );
      await transport.close();
    }
    return errors;
  }

  /** Forgets the running CLI without talking to it. */
  #reset(): void {
    this.#running = undefined;
    this.#lastExit = undefined;
    this.#state = "disconnected";
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

  /** Starts the CLI again after a crash: bounded, with backoff. */
  async #restart(): Promise<Running> {
    if (this.#recentCrashes() >= MAX_RESTARTS) {
      throw new SdkError(
        "RESTART_LIMIT",
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
   * Opens a link and does the handshake; with `restart`, lets the client
   * re-attach. `stop()` and `forceStop()` abort it: its CLI is killed and it
   * rejects with their reason.
   */
  async #start(restart: boolean): Promise<Running> {
    this.#state = "connecting";
    const abort = new AbortController();
    const { signal } = abort;
    this.#startAbort = abort;
    try {
      const link = await this.#options.connect(signal);
      const connection = new Connection(link.transport, {
        onError: (error) => this.#hooks.reportError(error),
        maxFrameBytes: this.#options.maxFrameBytes,
      });
      const running: Running = { ...link, connection };
      let dropped: Promise<void> | undefined;
      const drop = () => dropped ??= closeAbruptly(running);
      this.#hooks.wire(connection);
      // Dropping the connection makes the handshake fail at once.
      const onAbort = () => void drop();
      signal.addEventListener("abort", onAbort, { once: true });
      try {
        if (signal.aborted) throw signal.reason;
        await handshake(connection, link.token, this.#options.address, this.#options.optIns);
        signal.throwIfAborted();
        await this.#hooks.ready?.(connection);
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
      if (restart) await this.#hooks.restarted(running);
      return running;
    } catch (error) {
      throw signal.aborted ? signal.reason : error;
    } finally {
      if (this.#startAbort === abort) this.#startAbort = undefined;
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
    if (running.owned) running.transport.close().catch(() => {});
    const willRestart = this.#options.autoRestart && this.#recentCrashes() < MAX_RESTARTS;
    this.#hooks.exited(error, willRestart);
  }
}

/** Closes the connection and ends the CLI (ours) or leaves it (a `cliUrl` server), at once. */
async function closeAbruptly({ connection, transport }: Running): Promise<void> {
  await connection.close();
  await transport.close();
}
