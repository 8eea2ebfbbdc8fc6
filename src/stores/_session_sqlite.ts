/**
 * The CLI's per-session SQLite database (its `sql` tool and todo list) for
 * the built-in stores: the database runs in the runtime's own SQLite on a
 * scratch file of this process, loaded from the image the store keeps, and
 * its image (the file's bytes) goes back to the store after every change,
 * under the session's lease. Any client that takes the session over loads
 * the latest image.
 *
 * @module
 */

import {
  openSqlite,
  scratchDir,
  type SqliteDatabase,
  type SqliteValue,
} from "../runtime/sqlite.ts";
import {
  type SessionFsSqliteQueryResult,
  type SessionFsSqliteStatement,
  SessionFsSqliteTransactionFailure,
} from "../session_fs.ts";
import type { SessionSqlite, SessionSqliteImage } from "../session_store.ts";

/**
 * A per-session SQLite database kept as an image.
 *
 * @param image Loads and saves the image.
 * @returns The database.
 */
export function imageSqlite(image: SessionSqliteImage): SessionSqlite {
  let opened:
    | Promise<{ db: SqliteDatabase; save(): Promise<void>; close(): Promise<void> }>
    | undefined;
  const open = () =>
    opened ??= (async () => {
      const dir = await scratchDir("copilot-sqlite-");
      try {
        const bytes = await image.load();
        if (bytes) await dir.write("session.db", bytes);
        const db = await openSqlite(`${dir.path}/session.db`);
        return {
          db,
          async save() {
            const bytes = await dir.read("session.db");
            if (bytes) await image.save(bytes);
          },
          async close() {
            db.close();
            await dir.remove();
          },
        };
      } catch (error) {
        opened = undefined;
        await dir.remove();
        throw error;
      }
    })();
  const one = (
    db: SqliteDatabase,
    type: string,
    sql: string,
    params: Record<string, SqliteValue> | undefined,
  ): SessionFsSqliteQueryResult => {
    if (type === "exec") {
      db.exec(sql);
      return { rows: [], columns: [], rowsAffected: 0 };
    }
    if (type === "query") {
      const rows = db.all(sql, params);
      return { rows, columns: Object.keys(rows[0] ?? {}), rowsAffected: 0 };
    }
    const { changes, lastInsertRowid } = db.run(sql, params);
    return { rows: [], columns: [], rowsAffected: changes, lastInsertRowid };
  };
  return {
    async query(type, sql, params) {
      const { db, save } = await open();
      const result = one(db, type, sql, named(params));
      if (type !== "query") await save();
      return result;
    },
    async transaction(statements: SessionFsSqliteStatement[]) {
      const { db, save } = await open();
      let results: SessionFsSqliteQueryResult[];
      db.exec("BEGIN");
      try {
        results = statements.map((s) => one(db, s.queryType, s.query, named(s.params)));
        db.exec("COMMIT");
      } catch (error) {
        db.exec("ROLLBACK");
        const message = error instanceof Error ? error.message : String(error);
        throw new SessionFsSqliteTransactionFailure(
          message,
          /busy|locked/i.test(message) ? "busyOrLocked" : "fatal",
        );
      }
      await save();
      return results;
    },
    async exists() {
      return opened !== undefined || (await image.load()) !== undefined;
    },
    async close() {
      const open = opened;
      opened = undefined;
      if (open) await (await open.catch(() => undefined))?.close();
    },
  };
}

/** Named parameters without their prefix (`:name`, `@name`, `$name` -> `name`). */
function named(
  params: Record<string, string | number | null> | undefined,
): Record<string, SqliteValue> | undefined {
  if (!params || Object.keys(params).length === 0) return undefined;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k.replace(/^[:@$]/, ""), v]));
}
