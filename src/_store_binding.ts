/**
 * A client's hold on its {@linkcode SessionStore}: the leases of the
 * sessions it opened (taken before the CLI reads them, renewed while the
 * client lives, released when a session ends), the session file system
 * the CLI writes through (every write fenced by the lease's token), and
 * the store's answers to `listSessions` and `deleteSession`. Every store
 * call is bounded in time and fails with `STORE_UNAVAILABLE`.
 *
 * @module
 */

import { SdkError } from "./errors.ts";
import { processName } from "./runtime/host.ts";
import type { SessionMetadata } from "./protocol.ts";
import type { SessionFsConfig, SessionFsFileInfo, SessionFsProvider } from "./session_fs.ts";
import type {
  SessionLease,
  SessionSqlite,
  SessionStore,
  StoreChange,
  StoredFile,
} from "./session_store.ts";

/** Where, in each session's file system, the CLI keeps the session's state. */
export const STATE_PATH = "/session-state";
/** How long one store call may take before it fails. */
const STORE_CALL_MS = 15_000;

interface Held {
  token: number;
  /** The session's SQLite database, once the CLI used it. */
  sqlite?: SessionSqlite;
  /** Set when the lease was lost: writes fail with it. */
  lost?: SdkError;
}

/** A client's leases and file systems over one store. */
export class StoreBinding {
  readonly store: SessionStore;
  /** This client's name in leases. */
  readonly holder: string;
  #held = new Map<string, Held>();
  #timer: ReturnType<typeof setInterval> | undefined;

  /**
   * @param store The store.
   */
  constructor(store: SessionStore) {
    this.store = store;
    this.holder = `${processName()}/client-${crypto.randomUUID().slice(0, 8)}`;
  }

  /** Whether the store serves the per-session SQLite database. */
  get #sqlite(): boolean {
    const { sqlite, readSqlite, writeSqlite } = this.store;
    return typeof sqlite === "function" && typeof readSqlite === "function" &&
      typeof writeSqlite === "function";
  }

  /**
   * The `sessionFs` config the CLI is given.
   *
   * @param cwd The working directory sessions start in.
   */
  config(cwd: string): SessionFsConfig {
    return {
      initialCwd: cwd,
      sessionStatePath: STATE_PATH,
      conventions: "posix",
      ...(this.#sqlite ? { capabilities: { sqlite: true } } : {}),
    };
  }

  /**
   * Runs one store call, bounded; any failure becomes `STORE_UNAVAILABLE`.
   *
   * @param what What was being done, for the message.
   * @param call The call.
   */
  async call<T>(what: string, call: () => Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${STORE_CALL_MS / 1000} s`)),
        STORE_CALL_MS,
      );
    });
    try {
      return await Promise.race([call(), limit]);
    } catch (error) {
      if (error instanceof SdkError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new SdkError(
        "STORE_UNAVAILABLE",
        `Cannot ${what}: the session store ${this.store.name} failed: ${reason}`,
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Takes a session's lease before the CLI opens it.
   *
   * @param sessionId The session.
   * @param what The call, for messages.
   * @throws {SdkError} `SESSION_HELD` (another live client holds it), `STORE_UNAVAILABLE`.
   */
  async acquire(sessionId: string, what: string): Promise<void> {
    const lease = await this.call(what, () => this.store.acquire(sessionId, this.holder));
    if (lease.holder !== this.holder) throw held(what, sessionId, lease);
    this.#held.set(sessionId, { token: lease.token });
    this.#timer ??= setInterval(() => void this.#renewAll(), Math.max(this.store.leaseMs / 3, 50));
  }

  /**
   * Checks the store answers and the lease is still this client's, before
   * a message is sent (renews it on the way).
   *
   * @param sessionId The session.
   * @param what The call, for messages.
   */
  async check(sessionId: string, what: string): Promise<void> {
    const entry = this.#held.get(sessionId);
    if (!entry) return;
    if (entry.lost) throw entry.lost;
    await this.#renew(sessionId, entry, what);
  }

  /**
   * Lets go of a session's lease (it was destroyed or closed here).
   *
   * @param sessionId The session.
   */
  async release(sessionId: string): Promise<void> {
    const entry = this.#held.get(sessionId);
    if (!entry) return;
    this.#held.delete(sessionId);
    this.#stopIfIdle();
    await entry.sqlite?.close().catch(() => {});
    if (!entry.lost) {
      await this.call("release the lease", () => this.store.release(sessionId, entry.token))
        .catch(() => {});
    }
  }

  /** Lets go of every lease (the client stops). */
  async releaseAll(): Promise<void> {
    await Promise.all([...this.#held.keys()].map((id) => this.release(id)));
    this.#stopIfIdle();
  }

  #stopIfIdle(): void {
    if (this.#held.size === 0 && this.#timer !== undefined) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }

  async #renewAll(): Promise<void> {
    await Promise.all(
      [...this.#held].map(([id, entry]) =>
        this.#renew(id, entry, "renew the lease").catch(() => {
          // The store is away: the next write or send says so; renewal goes on.
        })
      ),
    );
  }

  async #renew(sessionId: string, entry: Held, what: string): Promise<void> {
    if (entry.lost) return;
    const ok = await this.call(what, () => this.store.renew(sessionId, entry.token));
    if (!ok && this.#held.get(sessionId) === entry) {
      const lease = await this.call(what, () => this.store.acquire(sessionId, this.holder))
        .catch(() => undefined);
      if (lease?.holder === this.holder) {
        // Expired and free again: this client holds it anew.
        entry.token = lease.token;
        return;
      }
      entry.lost = new SdkError(
        "SESSION_HELD",
        `Cannot write session "${sessionId}": its lease was taken over${
          lease ? ` by ${lease.holder}` : ""
        } after it expired; resume it again`,
      );
      throw entry.lost;
    }
  }

  /**
   * The session file system the CLI writes one session through.
   *
   * @param sessionId The session.
   */
  provider(sessionId: string): SessionFsProvider {
    const fs = storeFs(this, sessionId);
    if (!this.#sqlite) return fs;
    const db = () => {
      const entry = this.#entry(sessionId);
      entry.sqlite ??= this.store.sqlite!({
        load: () => this.call("read the SQLite database", () => this.store.readSqlite!(sessionId)),
        save: async (image) => {
          const ok = await this.call(
            "write the SQLite database",
            () => this.store.writeSqlite!(sessionId, entry.token, image),
          );
          if (!ok) throw this.#lose(sessionId, entry);
        },
      });
      return entry.sqlite;
    };
    return {
      ...fs,
      sqlite: {
        query: (type, sql, params) => db().query(type, sql, params),
        transaction: (statements) => db().transaction!(statements),
        exists: () => db().exists(),
      },
    };
  }

  /** The held lease of a session; throws when this client does not hold it. */
  #entry(sessionId: string): Held {
    const entry = this.#held.get(sessionId);
    if (!entry) {
      throw new SdkError(
        "SESSION_HELD",
        `Cannot write session "${sessionId}": this client does not hold its lease`,
      );
    }
    if (entry.lost) throw entry.lost;
    return entry;
  }

  #lose(sessionId: string, entry: Held): SdkError {
    entry.lost = new SdkError(
      "SESSION_HELD",
      `Cannot write session "${sessionId}": another client took its lease over; resume it again`,
    );
    return entry.lost;
  }

  /** Applies changes under the session's lease; throws when it was lost. */
  async write(sessionId: string, changes: StoreChange[]): Promise<void> {
    const entry = this.#entry(sessionId);
    const ok = await this.call(
      "write the session",
      () => this.store.apply(sessionId, entry.token, changes),
    );
    if (!ok) throw this.#lose(sessionId, entry);
  }

  /**
   * The sessions in the store, as `listSessions` gives them.
   *
   * @param filter Only those of this working directory (`cwd`)...
   */
  async list(filter: Record<string, unknown> = {}): Promise<SessionMetadata[]> {
    const rows = await this.call("list sessions", () => this.store.sessions());
    const all = await Promise.all(rows.map((row) => this.metadata(row.sessionId, row)));
    return all.filter((m): m is SessionMetadata =>
      m !== undefined &&
      Object.entries(filter).every(([key, value]) =>
        value === undefined || (m.context as Record<string, unknown> | undefined)?.[key] === value
      )
    );
  }

  /**
   * One session's metadata, from its `workspace.yaml`.
   *
   * @param sessionId The session.
   * @param row Its row, when already read.
   */
  async metadata(
    sessionId: string,
    row?: { createdAt: string; updatedAt: string },
  ): Promise<SessionMetadata | undefined> {
    const workspace = await this.call(
      "read session metadata",
      () => this.store.read(sessionId, `${STATE_PATH}/workspace.yaml`),
    );
    if (!workspace?.content) return undefined;
    row ??= (await this.call("list sessions", () => this.store.sessions()))
      .find((r) => r.sessionId === sessionId);
    const field = (name: string) =>
      workspace.content!.match(new RegExp(`^${name}: *(.*)$`, "m"))?.[1]?.replace(
        /^["']|["']$/g,
        "",
      );
    const context: Record<string, string> = {};
    for (const key of ["cwd", "gitRoot", "repository", "branch"]) {
      const value = field(key === "gitRoot" ? "git_root" : key) ?? field(key);
      if (value) context[key] = value;
    }
    const summary = field("summary");
    return {
      sessionId,
      startTime: row?.createdAt ?? workspace.birthtime,
      modifiedTime: row?.updatedAt ?? workspace.mtime,
      ...(summary ? { summary } : {}),
      isRemote: false,
      context,
    };
  }

  /**
   * Deletes a session from the store; refused while another live client holds it.
   *
   * @param sessionId The session.
   * @returns `false` when the store has no such session.
   */
  async remove(sessionId: string): Promise<boolean> {
    const known = await this.call(
      `delete session "${sessionId}"`,
      () => this.store.read(sessionId, `${STATE_PATH}/workspace.yaml`),
    );
    if (!known && !this.#held.has(sessionId)) return false;
    if (!this.#held.has(sessionId)) {
      const lease = await this.call(
        `delete session "${sessionId}"`,
        () => this.store.acquire(sessionId, this.holder),
      );
      if (lease.holder !== this.holder) throw held("deleteSession", sessionId, lease);
    }
    await this.#held.get(sessionId)?.sqlite?.close().catch(() => {});
    this.#held.delete(sessionId);
    this.#stopIfIdle();
    await this.call(`delete session "${sessionId}"`, () => this.store.remove(sessionId));
    return true;
  }
}

function held(what: string, sessionId: string, lease: SessionLease): SdkError {
  return new SdkError(
    "SESSION_HELD",
    `Cannot ${what}: session "${sessionId}" is held by ${lease.holder} until ${lease.expiresAt}; wait until that client lets go of it (or its lease expires)`,
  );
}

function missing(path: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, "${path}"`), {
    code: "ENOENT",
  });
}

function norm(path: string): string {
  return "/" + path.split("/").filter(Boolean).join("/");
}

function parents(path: string): string[] {
  const out: string[] = [];
  for (let dir = norm(path).replace(/\/[^/]*$/, ""); dir; dir = dir.replace(/\/[^/]*$/, "")) {
    out.push(dir);
  }
  return out;
}

/** A {@linkcode SessionFsProvider} over a store, fenced by the binding's lease. */
function storeFs(binding: StoreBinding, sessionId: string): SessionFsProvider {
  const { store } = binding;
  const read = (path: string) =>
    binding.call("read the session", () => store.read(sessionId, norm(path)));
  const dirs = (path: string, time: string): StoreChange[] =>
    parents(path).map((dir) => ({ kind: "put", path: dir, content: null, time }));
  const put = (path: string, content: string, append: boolean) => {
    const time = new Date().toISOString();
    return binding.write(sessionId, [...dirs(path, time), {
      kind: "put",
      path: norm(path),
      content,
      append,
      time,
    }]);
  };
  const children = async (path: string): Promise<StoredFile[]> => {
    const key = norm(path);
    if (key !== "/") {
      const dir = await read(key);
      if (!dir || dir.content !== null) throw missing(path);
    }
    const prefix = key === "/" ? "/" : `${key}/`;
    const all = await binding.call("read the session", () => store.list(sessionId, key));
    return all.filter((f) =>
      f.path.startsWith(prefix) && !f.path.slice(prefix.length).includes("/")
    );
  };
  const name = (file: StoredFile, path: string) => file.path.slice(norm(path).length + 1);
  return {
    async readFile(path) {
      const file = await read(path);
      if (!file || file.content === null) throw missing(path);
      return file.content;
    },
    writeFile: (path, content) => put(path, content, false),
    appendFile: (path, content) => put(path, content, true),
    async exists(path) {
      return norm(path) === "/" || (await read(path)) !== undefined;
    },
    async stat(path): Promise<SessionFsFileInfo> {
      const file = await read(path);
      if (!file) throw missing(path);
      const isFile = file.content !== null;
      return {
        isFile,
        isDirectory: !isFile,
        size: isFile ? new TextEncoder().encode(file.content!).length : 0,
        mtime: file.mtime,
        birthtime: file.birthtime,
      };
    },
    async mkdir(path, recursive) {
      const time = new Date().toISOString();
      const [parent] = parents(path);
      if (!recursive && parent && !(await read(parent))) throw missing(parent);
      await binding.write(sessionId, [...dirs(path, time), {
        kind: "put",
        path: norm(path),
        content: null,
        time,
      }]);
    },
    async readdir(path) {
      return (await children(path)).map((f) => name(f, path));
    },
    async readdirWithTypes(path) {
      return (await children(path)).map((f) => ({
        name: name(f, path),
        type: f.content === null ? "directory" as const : "file" as const,
      }));
    },
    async rm(path, recursive, force) {
      const file = await read(path);
      if (!file) {
        if (force) return;
        throw missing(path);
      }
      if (file.content === null && !recursive) {
        const inside = await binding.call(
          "read the session",
          () => store.list(sessionId, norm(path)),
        );
        if (inside.length) throw new Error(`ENOTEMPTY: "${path}" is not empty`);
      }
      await binding.write(sessionId, [{ kind: "delete", path: norm(path), tree: true }]);
    },
    async rename(src, dest) {
      const from = norm(src);
      const to = norm(dest);
      const file = await read(from);
      if (!file) throw missing(src);
      const time = new Date().toISOString();
      const inside = file.content === null
        ? await binding.call("read the session", () => store.list(sessionId, from))
        : [];
      // One transaction: the destination appears whole, or not at all.
      await binding.write(sessionId, [
        { kind: "delete", path: to, tree: true },
        ...dirs(to, time),
        ...[file, ...inside].map((f): StoreChange => ({
          kind: "put",
          path: to + f.path.slice(from.length),
          content: f.content,
          time,
        })),
        { kind: "delete", path: from, tree: true },
      ]);
    },
  };
}
