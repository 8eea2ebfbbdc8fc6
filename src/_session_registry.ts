/**
 * The open sessions of a client, with what each was opened with, and what
 * happens to all of them at once: the CLI exits, it is started again, the
 * client stops.
 *
 * @module
 */

import type { SessionCore } from "./_session_core.ts";
import type { Running } from "./_supervisor.ts";
import { type ConnectionClosedError, SdkError, toError } from "./errors.ts";

interface OpenSession {
  core: SessionCore;
  /** What it was opened with, to open it again after a restart. */
  params?: Record<string, unknown>;
}

/** A client's open sessions, by id. */
export class SessionRegistry {
  #open = new Map<string, OpenSession>();

  /**
   * The core of an open session.
   *
   * @param sessionId The id.
   * @returns Its core, if it is open here.
   */
  get(sessionId: string): SessionCore | undefined {
    return this.#open.get(sessionId)?.core;
  }

  /**
   * Adds a session being opened (before the CLI answers, so that events
   * sent before the answer reach it).
   *
   * @param core Its core.
   */
  add(core: SessionCore): void {
    this.#open.set(core.sessionId, { core });
  }

  /**
   * Records what a session was opened with, once the CLI opened it.
   *
   * @param sessionId The id.
   * @param params The `session.create`/`session.resume` params.
   */
  opened(sessionId: string, params: Record<string, unknown>): void {
    const open = this.#open.get(sessionId);
    if (open) open.params = params;
  }

  /**
   * Forgets a session.
   *
   * @param sessionId The id.
   */
  delete(sessionId: string): void {
    this.#open.delete(sessionId);
  }

  /**
   * Destroys every open session in the CLI (for `stop()`).
   *
   * @returns The errors met.
   */
  async destroyAll(): Promise<Error[]> {
    const errors: Error[] = [];
    await Promise.all([...this.#open.values()].map(async ({ core }) => {
      try {
        await core.destroy();
      } catch (error) {
        errors.push(toError(error));
      }
    }));
    return errors;
  }

  /** Ends every open session here, without telling the CLI: the client let go of it. */
  closeAll(): void {
    const error = new SdkError("CLIENT_STOPPED", "The client was stopped");
    for (const { core } of this.#open.values()) core.close(error);
    this.#open.clear();
  }

  /**
   * The CLI went away: every waiting call fails, and each session gets a
   * `session.error` event (`errorType: "cli_exited"`).
   *
   * @param error How it went.
   */
  failAll(error: ConnectionClosedError): void {
    for (const { core } of this.#open.values()) {
      core.fail(error);
      core.notifyError("cli_exited", error.message);
    }
  }

  /**
   * After a restart, opens every open session again in the new CLI: one the
   * CLI keeps on disk is resumed; one that never had a message was never
   * written there, and is created again under its id. A session that cannot
   * be re-attached gets a `session.error` event (`errorType: "resume_failed"`).
   *
   * @param running The new CLI.
   * @param timeout How long each may take.
   * @param report Receives each failure.
   * @returns The ids re-attached.
   */
  async reattachAll(
    running: Running,
    timeout: number,
    report: (error: unknown) => void,
  ): Promise<string[]> {
    const resumed: string[] = [];
    await Promise.all([...this.#open.values()].map(async ({ core, params }) => {
      if (core.destroyed) return;
      const method = core.persisted ? "session.resume" : "session.create";
      try {
        await running.connection.request(method, params ?? { sessionId: core.sessionId }, {
          timeout,
        });
        resumed.push(core.sessionId);
      } catch (error) {
        report(error);
        core.notifyError(
          "resume_failed",
          `Session could not be re-attached after the CLI restarted: ${(error as Error).message}`,
        );
      }
    }));
    return resumed;
  }
}
