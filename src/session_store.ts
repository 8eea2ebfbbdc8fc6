/**
 * Session stores: where a client's sessions live when they must outlive
 * the machine that runs them. Give a client a `sessionStore` and the CLI
 * keeps every session's state (its `events.jsonl`, `workspace.yaml`,
 * checkpoints...) in the store instead of its own folder; any client with
 * the same store, on any machine, can resume the session.
 *
 * A store holds files keyed by session and path, and one lease per
 * session: the client that opens a session holds its lease (renewed while
 * the client lives), every write is fenced by the lease's token, and
 * another client may take the session over only once the lease has
 * expired. The built-in stores are `sqliteSessionStore()`
 * (`@copilot-sdk/copilot/stores/sqlite`) and `postgresSessionStore()`
 * (`@copilot-sdk/copilot/stores/postgres`); implement
 * {@linkcode SessionStore} for another database.
 *
 * @module
 */

import type { SessionFsSqliteProvider } from "./session_fs.ts";

/**
 * One file or directory of a session, as the store keeps it.
 *
 * @example A file
 * ```ts
 * import type { StoredFile } from "@copilot-sdk/copilot";
 *
 * const now = new Date().toISOString();
 * const file: StoredFile = { path: "/session-state/events.jsonl", content: "{}\n", mtime: now, birthtime: now };
 * ```
 */
export interface StoredFile {
  /** The absolute POSIX path. */
  path: string;
  /** The text of a file; `null` for a directory. */
  content: string | null;
  /** When it last changed (ISO 8601). */
  mtime: string;
  /** When it was created (ISO 8601). */
  birthtime: string;
}

/**
 * One change of {@linkcode SessionStore.apply}: `put` writes a file (or,
 * with `content: null`, makes a directory); with `append`, the content is
 * added to the file's (created when missing). `delete` removes a path, and
 * with `tree` everything under it.
 *
 * @example Append one event line
 * ```ts
 * import type { StoreChange } from "@copilot-sdk/copilot";
 *
 * const change: StoreChange = {
 *   kind: "put", path: "/session-state/events.jsonl", content: "{}\n", append: true,
 *   time: new Date().toISOString(),
 * };
 * ```
 */
export type StoreChange =
  | { kind: "put"; path: string; content: string | null; append?: boolean; time: string }
  | { kind: "delete"; path: string; tree?: boolean };

/**
 * The lease of a session: who holds it, its fencing token (raised each time
 * the lease changes hands) and when it expires (ISO 8601, the store's clock).
 *
 * @example A lease
 * ```ts
 * import type { SessionLease } from "@copilot-sdk/copilot";
 *
 * const lease: SessionLease = { holder: "worker-1/4242", token: 3, expiresAt: "2026-01-01T00:00:30Z" };
 * ```
 */
export interface SessionLease {
  /** Who holds it (a client's name: host, process and a random part). */
  holder: string;
  /** The fencing token: writes carrying an older one are refused. */
  token: number;
  /** When it expires unless renewed (ISO 8601). */
  expiresAt: string;
}

/**
 * A session as the store lists it.
 *
 * @example One row of the list
 * ```ts
 * import type { StoredSession } from "@copilot-sdk/copilot";
 *
 * const row: StoredSession = {
 *   sessionId: "s1", createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:01:00Z",
 * };
 * ```
 */
export interface StoredSession {
  /** The session's id. */
  sessionId: string;
  /** When the store first saw it (ISO 8601). */
  createdAt: string;
  /** When it last changed (ISO 8601). */
  updatedAt: string;
  /** Its lease, if one was ever taken. */
  lease?: SessionLease;
}

/**
 * A database that keeps sessions (client option `sessionStore`). Every
 * method may throw when the database cannot be reached: the SDK turns that
 * into an `SdkError` with code `STORE_UNAVAILABLE` and never falls back to
 * local files. Each call must be atomic on its own.
 *
 * @example A store that delegates to another (e.g. to count calls)
 * ```ts
 * import type { SessionStore } from "@copilot-sdk/copilot";
 *
 * function counted(store: SessionStore, counts: Map<string, number>): SessionStore {
 *   const count = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
 *   return {
 *     ...store,
 *     apply: (id, token, changes) => (count("apply"), store.apply(id, token, changes)),
 *     read: (id, path) => (count("read"), store.read(id, path)),
 *   };
 * }
 * ```
 */
export interface SessionStore {
  /** Where the data is, for messages (never a password), e.g. `"postgres://db:5432/app"`. */
  readonly name: string;
  /**
   * How long a lease lasts unless renewed, in milliseconds. A client
   * renews its leases every third of it.
   */
  readonly leaseMs: number;
  /**
   * Takes a session's lease for `holder` when it is free, expired, or held
   * by `holder` already (then it is renewed); makes the session's row when
   * there is none.
   *
   * @returns The lease in force afterwards: `holder`'s, or the live one of another.
   */
  acquire(sessionId: string, holder: string): Promise<SessionLease>;
  /**
   * Extends the lease of `token` by {@linkcode SessionStore.leaseMs}.
   *
   * @returns `false` when `token` is no longer the session's (it was taken over).
   */
  renew(sessionId: string, token: number): Promise<boolean>;
  /** Ends the lease of `token` at once (nothing when it is no longer the session's). */
  release(sessionId: string, token: number): Promise<void>;
  /** One file or directory, or `undefined`. */
  read(sessionId: string, path: string): Promise<StoredFile | undefined>;
  /** Every file and directory under `dir` (at any depth), without `dir` itself. */
  list(sessionId: string, dir: string): Promise<StoredFile[]>;
  /**
   * Applies changes all together (one transaction), only if `token` is the
   * session's lease token.
   *
   * @returns `false` (and nothing changed) when the token is stale.
   */
  apply(sessionId: string, token: number, changes: StoreChange[]): Promise<boolean>;
  /** Every session in the store. */
  sessions(): Promise<StoredSession[]>;
  /** Deletes a session: its files, SQLite image and lease. */
  remove(sessionId: string): Promise<void>;
  /**
   * The image of a session's SQLite database (the bytes of a SQLite file),
   * or `undefined` when it has none. With `writeSqlite` and `sqlite`, the
   * store serves the CLI's per-session SQLite database (its `sql` tool).
   */
  readSqlite?(sessionId: string): Promise<Uint8Array | undefined>;
  /**
   * Saves the image of a session's SQLite database, fenced like `apply`.
   *
   * @returns `false` (and nothing saved) when the token is stale.
   */
  writeSqlite?(sessionId: string, token: number, image: Uint8Array): Promise<boolean>;
  /**
   * Runs a session's SQLite database over its image (the built-in stores
   * run it in the runtime's own SQLite on a scratch file).
   */
  sqlite?(image: SessionSqliteImage): SessionSqlite;
  /** Closes the store's connections. */
  close(): Promise<void>;
}

/**
 * Where a session's SQLite database image comes from and goes to: the
 * store, under the session's lease.
 *
 * @example An image kept in memory
 * ```ts
 * import type { SessionSqliteImage } from "@copilot-sdk/copilot";
 *
 * let kept: Uint8Array | undefined;
 * const image: SessionSqliteImage = {
 *   load: () => Promise.resolve(kept),
 *   save: (bytes) => {
 *     kept = bytes;
 *     return Promise.resolve();
 *   },
 * };
 * ```
 */
export interface SessionSqliteImage {
  /** The latest image, or `undefined` when the session has no database yet. */
  load(): Promise<Uint8Array | undefined>;
  /** Saves a new image; throws when the session's lease was lost. */
  save(image: Uint8Array): Promise<void>;
}

/**
 * A session's SQLite database as the CLI uses it (a
 * {@linkcode SessionFsSqliteProvider}), and `close()` to let go of it.
 *
 * @example Closing one
 * ```ts ignore
 * const db = store.sqlite!(image);
 * await db.query("exec", "CREATE TABLE t (x)");
 * await db.close();
 * ```
 */
export interface SessionSqlite extends SessionFsSqliteProvider {
  /** Lets go of it (and its scratch files). */
  close(): Promise<void>;
}
