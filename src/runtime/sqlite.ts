/**
 * The runtime's own SQLite (`node:sqlite` in Node and Deno, `bun:sqlite` in
 * Bun) behind one small interface; the shim for the current runtime is
 * imported on first use.
 *
 * @module
 */

import { detectRuntime } from "./detect.ts";

/** A value SQLite binds or returns. */
export type SqliteValue = string | number | bigint | null | Uint8Array;

/** An open SQLite database (synchronous, as the runtimes' own are). */
export interface SqliteDatabase {
  /** Runs SQL without parameters (one or more statements). */
  exec(sql: string): void;
  /** Runs a query; its rows. */
  all(sql: string, params?: SqliteValue[]): Record<string, SqliteValue>[];
  /** Runs a statement; how many rows it changed. */
  run(sql: string, params?: SqliteValue[]): { changes: number };
  /** Closes it. */
  close(): void;
}

/** The signature every `sqlite_<runtime>.ts` shim exports as `openSqlite`. */
export type OpenSqlite = (path: string) => Promise<SqliteDatabase>;

let shim: Promise<OpenSqlite> | undefined;

function loadShim(): Promise<OpenSqlite> {
  switch (detectRuntime()) {
    case "deno":
      return import("./sqlite_deno.ts").then((m) => m.openSqlite);
    case "bun":
      return import("./sqlite_bun.ts").then((m) => m.openSqlite);
    default:
      return import("./sqlite_node.ts").then((m) => m.openSqlite);
  }
}

/**
 * Opens (creating when missing) a SQLite database file.
 *
 * @param path The file.
 * @returns The database.
 * @throws {Error} It cannot be opened.
 */
export async function openSqlite(path: string): Promise<SqliteDatabase> {
  shim ??= loadShim();
  return (await shim)(path);
}
