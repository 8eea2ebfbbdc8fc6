/**
 * SQLite on Node: `node:sqlite`.
 *
 * @module
 */

import { DatabaseSync } from "node:sqlite";
import type { SqliteDatabase, SqliteParams, SqliteValue } from "./sqlite.ts";

// deno-lint-ignore no-explicit-any
const bind = (params: SqliteParams = []): any[] => Array.isArray(params) ? params : [params];

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
    // Plain objects (node:sqlite's rows have no prototype).
    all: (sql, params) =>
      db.prepare(sql).all(...bind(params)).map((row) => ({ ...row })) as Record<
        string,
        SqliteValue
      >[],
    run: (sql, params) => {
      const { changes, lastInsertRowid } = db.prepare(sql).run(...bind(params));
      return { changes: Number(changes), lastInsertRowid: Number(lastInsertRowid) };
    },
    close: () => db.close(),
  });
}
