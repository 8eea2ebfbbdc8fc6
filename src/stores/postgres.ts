/**
 * A {@linkcode SessionStore} in PostgreSQL, through the `postgres` driver
 * (npm `postgres`, an optional peer dependency: install it to use this
 * entry point). Every worker of a fleet, on any machine, shares its
 * sessions through the database: a conversation begun on one continues on
 * another. Lease times come from the database's clock, so the workers'
 * clocks need not agree.
 *
 * The CLI's per-session SQLite database (its `sql` tool and todo list)
 * runs in the runtime's own SQLite on a scratch file of the worker that
 * holds the session; its image (the file's bytes) is saved in PostgreSQL
 * after every change, under the session's lease, and loaded by whichever
 * worker takes the session next. (The agent's SQL is SQLite's: it would
 * not run on PostgreSQL itself.)
 *
 * ```ts ignore
 * import { CopilotClient } from "@copilot-sdk/copilot";
 * import { postgresSessionStore } from "@copilot-sdk/copilot/stores/postgres";
 *
 * const client = new CopilotClient({
 *   sessionStore: postgresSessionStore("postgres://app@127.0.0.1:5432/app"),
 * });
 * ```
 *
 * @module
 */

import postgres from "postgres";
import type { SessionLease, SessionStore, StoredFile, StoredSession } from "../session_store.ts";
import { checkLeaseMs, prefixRange } from "./_common.ts";
import { imageSqlite } from "./_session_sqlite.ts";

export type { SessionStore } from "../session_store.ts";

/** Options of {@linkcode postgresSessionStore}. */
export interface PostgresSessionStoreOptions {
  /**
   * How long a session's lease lasts unless its client renews it (every
   * third of it): after a worker dies, another may take its sessions over
   * once this has passed.
   *
   * @default {30000}
   */
  leaseMs?: number;
  /**
   * At most this many connections to the database.
   *
   * @default {4}
   */
  maxConnections?: number;
  /**
   * Seconds to wait for a connection before the call fails.
   *
   * @default {5}
   */
  connectTimeout?: number;
}

// deno-lint-ignore no-explicit-any
type Sql = any;

// One transaction (the simple protocol runs it as one), under a lock so
// that clients starting together do not race to create the same things.
// Each write is one call of a function: atomic, and one round trip.
const SCHEMA = `
SELECT pg_advisory_xact_lock(7301151);
CREATE TABLE IF NOT EXISTS copilot_sessions (
  id TEXT COLLATE "C" PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  holder TEXT,
  token BIGINT NOT NULL DEFAULT 0,
  expires_at TIMESTAMPTZ NOT NULL DEFAULT 'epoch',
  recent_writes TEXT[] NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS copilot_session_files (
  session_id TEXT COLLATE "C" NOT NULL,
  path TEXT COLLATE "C" NOT NULL,
  content TEXT,
  mtime TEXT NOT NULL,
  birthtime TEXT NOT NULL,
  PRIMARY KEY (session_id, path)
);
CREATE TABLE IF NOT EXISTS copilot_session_sqlite (
  session_id TEXT COLLATE "C" PRIMARY KEY,
  image BYTEA NOT NULL
);
CREATE OR REPLACE FUNCTION copilot_session_acquire(p_id TEXT, p_holder TEXT, p_ms BIGINT)
RETURNS JSONB LANGUAGE plpgsql AS $$
DECLARE s RECORD; t BIGINT; e TIMESTAMPTZ;
BEGIN
  INSERT INTO copilot_sessions (id) VALUES (p_id) ON CONFLICT (id) DO NOTHING;
  SELECT * INTO s FROM copilot_sessions WHERE id = p_id FOR UPDATE;
  IF s.holder IS NOT NULL AND s.expires_at > now() AND s.holder <> p_holder THEN
    RETURN jsonb_build_object('holder', s.holder, 'token', s.token, 'expiresAt', s.expires_at);
  END IF;
  t := CASE WHEN s.holder = p_holder AND s.expires_at > now() THEN s.token ELSE s.token + 1 END;
  e := now() + p_ms * INTERVAL '1 millisecond';
  UPDATE copilot_sessions SET holder = p_holder, token = t, expires_at = e WHERE id = p_id;
  RETURN jsonb_build_object('holder', p_holder, 'token', t, 'expiresAt', e);
END $$;
CREATE OR REPLACE FUNCTION copilot_session_apply(p_id TEXT, p_token BIGINT, p_write TEXT, p_changes JSONB)
RETURNS BOOLEAN LANGUAGE plpgsql AS $$
DECLARE s RECORD; c JSONB;
BEGIN
  SELECT holder, token, recent_writes INTO s FROM copilot_sessions WHERE id = p_id FOR UPDATE;
  IF NOT FOUND OR s.holder IS NULL OR s.token <> p_token THEN RETURN false; END IF;
  -- A retry of a write that did commit (the answer was lost): done already.
  IF p_write = ANY(s.recent_writes) THEN RETURN true; END IF;
  FOR c IN SELECT value FROM jsonb_array_elements(p_changes) LOOP
    IF c->>'kind' = 'delete' THEN
      DELETE FROM copilot_session_files WHERE session_id = p_id AND (path = c->>'path'
        OR (c->>'low' IS NOT NULL AND path > c->>'low' AND path < c->>'high'));
    ELSIF jsonb_typeof(c->'content') = 'null' THEN
      INSERT INTO copilot_session_files VALUES (p_id, c->>'path', NULL, c->>'time', c->>'time')
      ON CONFLICT DO NOTHING;
    ELSIF c->>'append' = 'true' THEN
      INSERT INTO copilot_session_files VALUES (p_id, c->>'path', c->>'content', c->>'time', c->>'time')
      ON CONFLICT (session_id, path) DO UPDATE SET mtime = excluded.mtime,
        content = coalesce(copilot_session_files.content, '') || excluded.content;
    ELSE
      INSERT INTO copilot_session_files VALUES (p_id, c->>'path', c->>'content', c->>'time', c->>'time')
      ON CONFLICT (session_id, path) DO UPDATE SET content = excluded.content, mtime = excluded.mtime;
    END IF;
  END LOOP;
  UPDATE copilot_sessions SET updated_at = now(),
    recent_writes = (array_prepend(p_write, recent_writes))[1:16] WHERE id = p_id;
  RETURN true;
END $$;
`;

/**
 * A session store in a PostgreSQL database (its two tables,
 * `copilot_sessions` and `copilot_session_files`, are created when
 * missing). Each write is one transaction that first checks the writer
 * still holds the session's lease. A database that cannot be reached
 * fails the call at once (after `connectTimeout`); the driver reconnects
 * when it is back.
 *
 * @param url A connection URL, `postgres://user:password@host:port/database`.
 * @param options The lease's length and the connections.
 * @returns The store; `close()` it when every client using it has stopped.
 * @throws {TypeError} The URL is not a `postgres://` or `postgresql://` URL.
 *
 * @example A fleet's worker
 * ```ts ignore
 * import { CopilotClient } from "@copilot-sdk/copilot";
 * import { postgresSessionStore } from "@copilot-sdk/copilot/stores/postgres";
 *
 * const store = postgresSessionStore("postgres://app@db.internal:5432/app");
 * const client = new CopilotClient({ sessionStore: store });
 * // Any worker resumes any session:
 * const session = await client.resumeSession("a-session-id", { model: "gpt-5" });
 * await session.sendAndWait("And then?");
 * await client.stop();
 * await store.close();
 * ```
 *
 * @example Its name hides the password
 * ```ts
 * import { postgresSessionStore } from "@copilot-sdk/copilot/stores/postgres";
 *
 * const store = postgresSessionStore("postgres://app:secret@db.internal:5432/app");
 * console.log(store.name); // "postgres://app@db.internal:5432/app"
 * await store.close();
 * ```
 */
export function postgresSessionStore(
  url: string,
  options: PostgresSessionStoreOptions = {},
): SessionStore & AsyncDisposable {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError("Cannot create postgresSessionStore: the URL must be postgres://...");
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new TypeError("Cannot create postgresSessionStore: the URL must be postgres://...");
  }
  const leaseMs = checkLeaseMs("postgresSessionStore", options.leaseMs);
  const name = `postgres://${
    parsed.username ? `${parsed.username}@` : ""
  }${parsed.host}${parsed.pathname}`;
  // The driver is made on first use: making the store reads no environment and opens nothing.
  let driver: Sql | undefined;
  let closed = false;
  const sql = (): Sql => {
    if (closed) throw new Error(`${name} is closed`);
    return driver ??= postgres(url, {
      max: options.maxConnections ?? 4,
      connect_timeout: options.connectTimeout ?? 5,
      idle_timeout: 10,
      onnotice: () => {},
    });
  };
  let ready: Promise<void> | undefined;
  const schema = () =>
    ready ??= sql().unsafe(SCHEMA).simple().then(() => {}, (error: unknown) => {
      ready = undefined;
      throw error;
    });
  const lease = (row: Record<string, unknown>): SessionLease => ({
    holder: String(row.holder ?? ""),
    token: Number(row.token),
    expiresAt: new Date(row.expiresAt as string).toISOString(),
  });
  const file = (row: Record<string, unknown>): StoredFile => ({
    path: String(row.path),
    content: row.content === null ? null : String(row.content),
    mtime: String(row.mtime),
    birthtime: String(row.birthtime),
  });
  const ttl = `${leaseMs} milliseconds`;
  return {
    name,
    leaseMs,
    acquire: (sessionId, holder) =>
      retried(schema, async () => {
        const [row] = await sql()`
          SELECT copilot_session_acquire(${sessionId}, ${holder}, ${leaseMs}) AS lease`;
        return lease(row.lease);
      }),
    renew: (sessionId, token) =>
      retried(schema, async () => {
        const rows = await sql()`
        UPDATE copilot_sessions SET expires_at = now() + ${ttl}::interval
        WHERE id = ${sessionId} AND token = ${token} AND holder IS NOT NULL RETURNING id`;
        return rows.length === 1;
      }),
    release: (sessionId, token) =>
      retried(schema, async () => {
        await sql()`
        UPDATE copilot_sessions SET holder = NULL, expires_at = 'epoch'
        WHERE id = ${sessionId} AND token = ${token}`;
      }),
    read: (sessionId, path) =>
      retried(schema, async () => {
        const [row] = await sql()`
        SELECT path, content, mtime, birthtime FROM copilot_session_files
        WHERE session_id = ${sessionId} AND path = ${path}`;
        return row && file(row);
      }),
    list: (sessionId, dir) =>
      retried(schema, async () => {
        const [low, high] = prefixRange(dir);
        const rows = await sql()`
        SELECT path, content, mtime, birthtime FROM copilot_session_files
        WHERE session_id = ${sessionId} AND path > ${low} AND path < ${high} ORDER BY path`;
        return rows.map(file);
      }),
    apply: (sessionId, token, changes) => {
      // Retried under the same id: the function applies it once.
      const write = crypto.randomUUID();
      const json = changes.map((change) => {
        if (change.kind !== "delete" || !change.tree) return change;
        const [low, high] = prefixRange(change.path);
        return { ...change, low, high };
      });
      return retried(schema, async () => {
        const [row] = await sql()`
          SELECT copilot_session_apply(${sessionId}, ${token}, ${write}, ${
          sql().json(json)
        }::jsonb) AS ok`;
        return row.ok === true;
      });
    },
    sessions: () =>
      retried(schema, async () => {
        const rows = await sql()`
        SELECT id, created_at, updated_at, holder, token, expires_at
        FROM copilot_sessions ORDER BY id`;
        return rows.map((row: Record<string, unknown>): StoredSession => ({
          sessionId: String(row.id),
          createdAt: new Date(row.created_at as string).toISOString(),
          updatedAt: new Date(row.updated_at as string).toISOString(),
          ...(row.holder === null ? {} : {
            lease: {
              holder: String(row.holder),
              token: Number(row.token),
              expiresAt: new Date(row.expires_at as string).toISOString(),
            },
          }),
        }));
      }),
    remove: (sessionId) =>
      retried(schema, async () => {
        await sql()`
          WITH files AS (DELETE FROM copilot_session_files WHERE session_id = ${sessionId}),
            db AS (DELETE FROM copilot_session_sqlite WHERE session_id = ${sessionId})
          DELETE FROM copilot_sessions WHERE id = ${sessionId}`;
      }),
    readSqlite: (sessionId) =>
      retried(schema, async () => {
        const [row] = await sql()`
          SELECT encode(image, 'hex') AS hex FROM copilot_session_sqlite WHERE session_id = ${sessionId}`;
        return row ? fromHex(row.hex) : undefined;
      }),
    // One statement: the lease's row is locked while the image is written.
    writeSqlite: (sessionId, token, image) =>
      retried(schema, async () => {
        const rows = await sql()`
          INSERT INTO copilot_session_sqlite (session_id, image)
          SELECT id, decode(${toHex(image)}, 'hex') FROM copilot_sessions
          WHERE id = ${sessionId} AND token = ${token} AND holder IS NOT NULL FOR SHARE
          ON CONFLICT (session_id) DO UPDATE SET image = excluded.image
          RETURNING session_id`;
        return rows.length === 1;
      }),
    sqlite: imageSqlite,
    async close() {
      closed = true;
      await driver?.end({ timeout: 5 });
    },
    [Symbol.asyncDispose]() {
      return this.close();
    },
  };
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Runs a call, and once more when the connection it used turned out to
 * be gone (e.g. the server restarted since): the driver then connects
 * afresh. Writes are safe to retry (see `copilot_session_apply`).
 */
async function retried<T>(ready: () => Promise<void>, call: () => Promise<T>): Promise<T> {
  try {
    await ready();
    return await call();
  } catch (error) {
    if (!lostConnection(error)) throw error;
    await ready();
    return await call();
  }
}

/** Whether an error says the connection is gone. */
function lostConnection(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  return /^(CONNECTION_|CONNECT_TIMEOUT|E[A-Z]+$|57P)/.test(code);
}
