/**
 * SQLite on Bun: `bun:sqlite`.
 *
 * @module
 */

import type { SqliteDatabase, SqliteValue } from "./sqlite.ts";

/**
 * Opens a database with `bun:sqlite`.
 *
 * @param path The file.
 * @returns The database.
 */
export async function openSqlite(path: string): Promise<SqliteDatabase> {
  const { Database } = await import("bun:sqlite" as string);
  return wrap(new Database(path, { create: true }));
}

// deno-lint-ignore no-explicit-any
function wrap(db: any): SqliteDatabase {
  return {
    exec: (sql) => db.exec(sql),
    all: (sql, params = []) => db.query(sql).all(...params) as Record<string, SqliteValue>[],
    run: (sql, params = []) => ({ changes: Number(db.query(sql).run(...params).changes) }),
    close: () => db.close(),
  };
}
