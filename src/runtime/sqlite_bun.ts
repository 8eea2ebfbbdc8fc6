/**
 * SQLite on Bun: `bun:sqlite`.
 *
 * @module
 */

import type { SqliteDatabase, SqliteParams, SqliteValue } from "./sqlite.ts";

// deno-lint-ignore no-explicit-any
const bind = (params: SqliteParams = []): any[] => Array.isArray(params) ? params : [params];

/**
 * Opens a database with `bun:sqlite`.
 *
 * @param path The file.
 * @returns The database.
 */
export async function openSqlite(path: string): Promise<SqliteDatabase> {
  const { Database } = await import("bun:sqlite" as string);
  return wrap(new Database(path, { create: true, strict: true }));
}

// deno-lint-ignore no-explicit-any
function wrap(db: any): SqliteDatabase {
  return {
    exec: (sql) => db.exec(sql),
    all: (sql, params) => db.query(sql).all(...bind(params)) as Record<string, SqliteValue>[],
    run: (sql, params) => {
      const { changes, lastInsertRowid } = db.query(sql).run(...bind(params));
      return { changes: Number(changes), lastInsertRowid: Number(lastInsertRowid) };
    },
    close: () => db.close(),
  };
}
