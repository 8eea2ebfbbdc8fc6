/**
 * SQLite on Node: `node:sqlite`.
 *
 * @module
 */

import { DatabaseSync } from "node:sqlite";
import type { SqliteDatabase, SqliteValue } from "./sqlite.ts";

/**
 * Opens a database with `node:sqlite` (also Deno's).
 *
 * @param path The file.
 * @returns The database.
 */
export function openSqlite(path: string): Promise<SqliteDatabase> {
  const db = new DatabaseSync(path);
  return Promise.resolve({
    exec: (sql) => db.exec(sql),
    all: (sql, params = []) =>
      db.prepare(sql).all(...params as never[]) as Record<string, SqliteValue>[],
    run: (sql, params = []) => ({
      changes: Number(db.prepare(sql).run(...params as never[]).changes),
    }),
    close: () => db.close(),
  });
}
