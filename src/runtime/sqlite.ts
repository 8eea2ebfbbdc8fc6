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

/** Parameters: positional (`?`), or named (`:name`, given without the prefix). */
export type SqliteParams = SqliteValue[] | Record<string, SqliteValue>;

/** An open SQLite database (synchronous, as the runtimes' own are). */
export interface SqliteDatabase {
  /** Runs SQL without parameters (one or more statements). */
  exec(sql: string): void;
  /** Runs a query; its rows. */
  all(sql: string, params?: SqliteParams): Record<string, SqliteValue>[];
  /** Runs a statement; how many rows it changed, and the last inserted row id. */
  run(sql: string, params?: SqliteParams): { changes: number; lastInsertRowid: number };
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

/** A folder of scratch files that `remove()` deletes. */
export interface ScratchDir {
  /** The folder. */
  readonly path: string;
  /** A file's bytes, or `undefined` when it does not exist. */
  read(name: string): Promise<Uint8Array | undefined>;
  /** Writes a file. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** Deletes the folder and its files. */
  remove(): Promise<void>;
}

/**
 * Makes a scratch folder in the system's temp folder.
 *
 * @param prefix The start of its name.
 * @returns The folder.
 */
export async function scratchDir(prefix: string): Promise<ScratchDir> {
  const { mkdtemp, readFile, rm, writeFile } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const path = await mkdtemp(`${tmpdir()}/${prefix}`);
  const file = (name: string) => `${path}/${name}`;
  return {
    path,
    read: (name) =>
      readFile(file(name)).then(
        (bytes) => new Uint8Array(bytes),
        (error) => {
          if ((error as { code?: string }).code === "ENOENT") return undefined;
          throw error;
        },
      ),
    write: (name, bytes) => writeFile(file(name), bytes),
    remove: () => rm(path, { recursive: true, force: true }),
  };
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
