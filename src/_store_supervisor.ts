/**
 * A client with a `sessionStore`: its supervisor takes a session's lease
 * before the CLI opens it, checks the store (and renews the lease) before
 * each message, lets the lease go when the session ends or the client
 * stops, and answers `session.list`, `session.getMetadata`,
 * `session.getLastId` and `session.delete` from the store: the CLI knows
 * only the sessions in its own folder, and keeps none there with a store.
 *
 * @module
 */

import { StoreBinding } from "./_store_binding.ts";
import { getCwd } from "./runtime/env.ts";
import { CliSupervisor, type Running, type SupervisorHooks } from "./_supervisor.ts";
import type { SupervisorOptions } from "./_supervisor.ts";
import type { CopilotClientOptions } from "./client_options.ts";
import type { RequestOptions } from "./rpc/connection.ts";

const BINDING: unique symbol = Symbol("copilot-sdk.storeBinding");

type WithBinding = CopilotClientOptions & { [BINDING]?: StoreBinding };

/**
 * The client's options with the session file system its `sessionStore`
 * provides (and the binding kept for {@linkcode newSupervisor}).
 *
 * @param options The checked options.
 * @returns A copy.
 */
export function withSessionStore(options: CopilotClientOptions): CopilotClientOptions {
  const store = options.sessionStore;
  if (!store) return { ...options };
  const binding = new StoreBinding(store);
  const cwd = options.cwd ?? getCwd();
  return { ...options, sessionFs: binding.config(cwd), [BINDING]: binding } as WithBinding;
}

/**
 * The supervisor of a client: one that works with the store when the
 * options have one.
 *
 * @param options The options from {@linkcode withSessionStore}.
 * @param settings The supervisor's settings.
 * @param hooks Its hooks.
 */
export function newSupervisor(
  options: CopilotClientOptions,
  settings: SupervisorOptions,
  hooks: SupervisorHooks,
): CliSupervisor {
  const binding = (options as WithBinding)[BINDING];
  return binding
    ? new StoreSupervisor(binding, settings, hooks)
    : new CliSupervisor(settings, hooks);
}

/**
 * The store binding of a client's supervisor, if it has a store.
 *
 * @param supervisor The supervisor.
 */
export function storeOf(supervisor: CliSupervisor): StoreBinding | undefined {
  return supervisor instanceof StoreSupervisor ? supervisor.binding : undefined;
}

/** A supervisor whose sessions live in a store. */
class StoreSupervisor extends CliSupervisor {
  readonly binding: StoreBinding;

  constructor(binding: StoreBinding, settings: SupervisorOptions, hooks: SupervisorHooks) {
    super(settings, hooks);
    this.binding = binding;
  }

  override async request(
    method: string,
    params: unknown,
    options: RequestOptions = {},
  ): Promise<unknown> {
    const p = (params ?? {}) as { sessionId?: string; filter?: Record<string, unknown> };
    const id = p.sessionId;
    switch (method) {
      case "session.list":
        return { sessions: await this.binding.list(p.filter) };
      case "session.getMetadata":
        return { session: await this.binding.metadata(id!) };
      case "session.getLastId": {
        const [last] = (await this.binding.list()).sort((a, b) =>
          b.modifiedTime.localeCompare(a.modifiedTime)
        );
        return { sessionId: last?.sessionId };
      }
      case "session.delete": {
        await this.releaseSession(id!).catch(() => {});
        if (await this.binding.remove(id!)) return { success: true };
        return { success: false, error: `no session "${id}" in ${this.binding.store.name}` };
      }
      case "session.create":
      case "session.resume":
        return await this.#open(method, id, params, options);
      case "session.send":
        if (id) await this.binding.check(id, "send");
    }
    return await super.request(method, params, options);
  }

  async #open(
    method: string,
    id: string | undefined,
    params: unknown,
    options: RequestOptions,
  ): Promise<unknown> {
    const what = method === "session.create" ? "createSession" : "resumeSession";
    if (id === undefined) {
      throw new TypeError(
        `Cannot ${what}: a client with a sessionStore keeps sessions with ids it picks; remove "cloud"`,
      );
    }
    await this.binding.acquire(id, what);
    try {
      return await super.request(method, params, options);
    } catch (error) {
      await this.binding.release(id);
      throw error;
    }
  }

  override async releaseSession(sessionId: string): Promise<void> {
    try {
      await super.releaseSession(sessionId);
    } finally {
      await this.binding.release(sessionId);
    }
  }

  override async stop(
    release: (running: Running | undefined) => Promise<Error[]>,
  ): Promise<Error[]> {
    const errors = await super.stop(release);
    await this.binding.releaseAll();
    return errors;
  }

  override async forceStop(): Promise<void> {
    await super.forceStop();
    await this.binding.releaseAll();
  }
}
