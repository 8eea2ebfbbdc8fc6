/**
 * A {@linkcode SessionStore} in one SQLite file, through the runtime's own
 * SQLite (`node:sqlite` in Node 22+ and Deno, `bun:sqlite` in Bun): no
 * dependency to install. Clients on one machine (or sharing the file's
 * volume) share their sessions through it; for a fleet of machines use
 * `postgresSessionStore()`.
 *
 * ```ts ignore
 * import { CopilotClient } from "@copilot-sdk/copilot";
 * import { sqliteSessionStore } from "@copilot-sdk/copilot/stores/sqlite";
 *
 * const client = new CopilotClient({ sessionStore: sqliteSessionStore("./sessions.db") });
 * ```
 *
 * @module
 */

import { openSqlite, type SqliteDatabase, type SqliteValue } from "../runtime/sqlite.ts";
import type {
  SessionLease,
  SessionStore,
  StoreChange,
  StoredFile,
  StoredSession,
} from "../session_store.ts";
import { checkLeaseMs, prefixRange } from "./_common.ts";
import { imageSqlite } from "./_session_sqlite.ts";

export type { SessionStore } from "../session_store.ts";

/** Options of {@linkcode sqliteSessionStore}. */
export interface SqliteSessionStoreOptions {
  /**
   * How long a session's lease lasts unless its client renews it (every
   * third of it): after a client dies, another may take its sessions over
   * once this has passed.
   *
   * @default {30000}
   */
  leaseMs?: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS copilot_sessions (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  holder TEXT,
  token INTEGER NOT NULL DEFAULT 0,
  expires_at INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS copilot_session_files (
  session_id TEXT NOT NULL,
  path TEXT NOT NULL,
  content TEXT,
  mtime TEXT NOT NULL,
  birthtime TEXT NOT NULL,
  PRIMARY KEY (session_id, path)
);
CREATE TABLE IF NOT EXISTS copilot_session_sqlite (
  session_id TEXT PRIMARY KEY,
  image BLOB NOT NULL
);
`;

/**
 * A session store in a SQLite file (created when missing). Writes are
 * transactions (a crash mid-write leaves the session as it was before it),
 * in WAL mode so that readers never wait for a writer.
 *
 * @param path The database file.
 * @param options The lease's length.
 * @returns The store; `close()` it when every client using it has stopped.
 *
 * @example Two clients, one file
 * ```ts ignore
 * import { CopilotClient } from "@copilot-sdk/copilot";
 * import { sqliteSessionStore } from "@copilot-sdk/copilot/stores/sqlite";
 *
 * const store = sqliteSessionStore("./sessions.db");
 * const a = new CopilotClient({ sessionStore: store });
 * const session = await a.createSession({ model: "gpt-5" });
 * await session.sendAndWait("Remember: the code word is PELICAN");
 * await a.stop();
 * const b = new CopilotClient({ sessionStore: store });
 * const again = await b.resumeSession(session.sessionId, { model: "gpt-5" });
 * await again.sendAndWait("What was the code word?");
 * await b.stop();
 * await store.close();
 * ```
 *
 * @example The store on its own
 * ```ts
 * import { sqliteSessionStore } from "@copilot-sdk/copilot/stores/sqlite";
 *
 * const store = sqliteSessionStore(":memory:", { leaseMs: 5_000 });
 * const lease = await store.acquire("s1", "me");
 * await store.apply("s1", lease.token, [
 *   { kind: "put", path: "/notes.md", content: "hello", time: new Date().toISOString() },
 * ]);
 * console.log((await store.read("s1", "/notes.md"))?.content); // "hello"
 * await store.close();
 * ```
 */
export function sqliteSessionStore(
  path: string,
  options: SqliteSessionStoreOptions = {},
): SessionStore & AsyncDisposable {
  if (typeof path !== "string" || path === "") {
    throw new TypeError("Cannot create sqliteSessionStore: the path must be a non-empty string");
  }
  const leaseMs = checkLeaseMs("sqliteSessionStore", options.leaseMs);
  let opened: Promise<SqliteDatabase> | undefined;
  const db = () =>
    opened ??= openSqlite(path).then((db) => {
      db.exec("PRAGMA busy_timeout = 5000");
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = NORMAL");
      db.exec(SCHEMA);
      return db;
    }).catch((error) => {
      opened = undefined;
      throw error;
    });
  /** Runs `body` in one write transaction. */
  const write = async <T>(body: (db: SqliteDatabase) => T): Promise<T> => {
    const d = await db();
    d.exec("BEGIN IMMEDIATE");
    try {
      const result = body(d);
      d.exec("COMMIT");
      return result;
    } catch (error) {
      d.exec("ROLLBACK");
      throw error;
    }
  };
  const lease = (row: Record<string, SqliteValue>): SessionLease => ({
    holder: String(row.holder ?? ""),
    token: Number(row.token),
    expiresAt: new Date(Number(row.expires_at)).toISOString(),
  });
  const file = (row: Record<string, SqliteValue>): StoredFile => ({
    path: String(row.path),
    content: row.content === null ? null : String(row.content),
    mtime: String(row.mtime),
    birthtime: String(row.birthtime),
  });
  return {
    name: `sqlite:${path}`,
    leaseMs,
    acquire: (sessionId, holder) =>
      write((d) => {
        const now = Date.now();
        const iso = new Date(now).toISOString();
        d.run(
          "INSERT INTO copilot_sessions (id, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
          [sessionId, iso, iso],
        );
        const [row] = d.all("SELECT holder, token, expires_at FROM copilot_sessions WHERE id = ?", [
          sessionId,
        ]);
        const live = row.holder !== null && Number(row.expires_at) > now;
        if (live && row.holder !== holder) return lease(row);
        const token = row.holder === holder && live ? Number(row.token) : Number(row.token) + 1;
        d.run("UPDATE copilot_sessions SET holder = ?, token = ?, expires_at = ? WHERE id = ?", [
          holder,
          token,
          now + leaseMs,
          sessionId,
        ]);
        return { holder, token, expiresAt: new Date(now + leaseMs).toISOString() };
      }),
    renew: (sessionId, token) =>
      write((d) =>
        d.run(
          "UPDATE copilot_sessions SET expires_at = ? WHERE id = ? AND token = ? AND holder IS NOT NULL",
          [Date.now() + leaseMs, sessionId, token],
        ).changes === 1
      ),
    release: (sessionId, token) =>
      write((d) => {
        d.run(
          "UPDATE copilot_sessions SET holder = NULL, expires_at = 0 WHERE id = ? AND token = ?",
          [sessionId, token],
        );
      }),
    read: async (sessionId, path) => {
      const [row] = (await db()).all(
        "SELECT path, content, mtime, birthtime FROM copilot_session_files WHERE session_id = ? AND path = ?",
        [sessionId, path],
      );
      return row && file(row);
    },
    list: async (sessionId, dir) => {
      const [low, high] = prefixRange(dir);
      return (await db()).all(
        "SELECT path, content, mtime, birthtime FROM copilot_session_files WHERE session_id = ? AND path > ? AND path < ? ORDER BY path",
        [sessionId, low, high],
      ).map(file);
    },
    apply: (sessionId, token, changes) =>
      write((d) => {
        const [row] = d.all("SELECT holder, token FROM copilot_sessions WHERE id = ?", [sessionId]);
        if (!row || row.holder === null || Number(row.token) !== token) return false;
        for (const change of changes) applyChange(d, sessionId, change);
        d.run("UPDATE copilot_sessions SET updated_at = ? WHERE id = ?", [
          new Date().toISOString(),
          sessionId,
        ]);
        return true;
      }),
    sessions: async () =>
      (await db()).all(
        "SELECT id, created_at, updated_at, holder, token, expires_at FROM copilot_sessions ORDER BY id",
      ).map((row): StoredSession => ({
        sessionId: String(row.id),
        createdAt: String(row.created_at),
        updatedAt: String(row.updated_at),
        ...(row.holder === null ? {} : { lease: lease(row) }),
      })),
    readSqlite: async (sessionId) => {
      const [row] = (await db()).all(
        "SELECT image FROM copilot_session_sqlite WHERE session_id = ?",
        [sessionId],
      );
      return row ? new Uint8Array(row.image as Uint8Array) : undefined;
    },
    writeSqlite: (sessionId, token, image) =>
      write((d) => {
        const [row] = d.all("SELECT holder, token FROM copilot_sessions WHERE id = ?", [sessionId]);
        if (!row || row.holder === null || Number(row.token) !== token) return false;
        d.run(
          "INSERT INTO copilot_session_sqlite (session_id, image) VALUES (?, ?) ON CONFLICT (session_id) DO UPDATE SET image = excluded.image",
          [sessionId, image],
        );
        return true;
      }),
    sqlite: imageSqlite,
    remove: (sessionId) =>
      write((d) => {
        d.run("DELETE FROM copilot_session_sqlite WHERE session_id = ?", [sessionId]);
        d.run("DELETE FROM copilot_session_files WHERE session_id = ?", [sessionId]);
        d.run("DELETE FROM copilot_sessions WHERE id = ?", [sessionId]);
      }),
    async close() {
      const open = opened;
      opened = undefined;
      if (open) (await open.catch(() => undefined))?.close();
    },
    [Symbol.asyncDispose]() {
      return this.close();
    },
  };
}

function applyChange(d: SqliteDatabase, sessionId: string, change: StoreChange): void {
  if (change.kind === "delete") {
    const [low, high] = prefixRange(change.path);
    d.run(
      `DELETE FROM copilot_session_files WHERE session_id = ? AND (path = ?${
        change.tree ? " OR (path > ? AND path < ?)" : ""
      })`,
      change.tree ? [sessionId, change.path, low, high] : [sessionId, change.path],
    );
  } else if (change.content === null) {
    d.run(
      "INSERT INTO copilot_session_files (session_id, path, content, mtime, birthtime) VALUES (?, ?, NULL, ?, ?) ON CONFLICT DO NOTHING",
      [sessionId, change.path, change.time, change.time],
    );
  } else {
    const content = change.append
      ? "coalesce(copilot_session_files.content, '') || excluded.content"
      : "excluded.content";
    d.run(
      `INSERT INTO copilot_session_files (session_id, path, content, mtime, birthtime) VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, path) DO UPDATE SET content = ${content}, mtime = excluded.mtime`,
      [sessionId, change.path, change.content, change.time, change.time],
    );
  }
}
