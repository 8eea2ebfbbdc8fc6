/**
 * A session file system: the CLI keeps each session's state (its
 * `events.jsonl`, `workspace.yaml`, checkpoints...) through your program
 * instead of its own folder, so a session can live wherever you put it (a
 * database, object storage, memory) and be resumed by another CLI process
 * with another home. Set `sessionFs` on the client and
 * `createSessionFsProvider` on each session; the CLI then asks for every
 * read and write (`sessionFs.*` requests). The names and shapes follow the
 * official `@github/copilot-sdk`.
 *
 * @module
 */

import type {
  SessionFsReaddirWithTypesEntry,
  SessionFsSqliteQueryType,
  SessionFsSqliteTransactionErrorClass,
} from "./generated/rpc.ts";

export type {
  SessionFsReaddirWithTypesEntry,
  SessionFsSqliteQueryType,
  SessionFsSqliteTransactionErrorClass,
};

/**
 * The client's session file system settings (`sessionFs` option).
 *
 * @example Sessions kept under /sessions of your store
 * ```ts
 * import type { SessionFsConfig } from "@copilot-sdk/copilot";
 *
 * const sessionFs: SessionFsConfig = {
 *   initialCwd: "/work/project",
 *   sessionStatePath: "/sessions",
 *   conventions: "posix",
 * };
 * // new CopilotClient({ sessionFs })
 * ```
 */
export interface SessionFsConfig {
  /** The working directory sessions start in (the user's project). */
  initialCwd: string;
  /** Where, in each session's file system, the CLI keeps the session's state. */
  sessionStatePath: string;
  /** The paths' conventions: `"posix"` or `"windows"`. */
  conventions: "posix" | "windows";
  /** What the providers can do besides files. */
  capabilities?: {
    /**
     * Whether providers offer the per-session SQLite database (`sqlite`).
     * Without it the CLI offers no SQL tool and no todo tracking.
     *
     * @default {false}
     */
    sqlite?: boolean;
  };
}

/**
 * What `stat()` tells of a path.
 *
 * @example A file
 * ```ts
 * import type { SessionFsFileInfo } from "@copilot-sdk/copilot";
 *
 * const now = new Date().toISOString();
 * const info: SessionFsFileInfo = {
 *   isFile: true, isDirectory: false, size: 12, mtime: now, birthtime: now,
 * };
 * ```
 */
export interface SessionFsFileInfo {
  /** Whether it is a file. */
  isFile: boolean;
  /** Whether it is a directory. */
  isDirectory: boolean;
  /** Its size in bytes. */
  size: number;
  /** When it last changed (ISO 8601). */
  mtime: string;
  /** When it was created (ISO 8601). */
  birthtime: string;
}

/**
 * The result of a SQLite statement.
 *
 * @example Rows of a query
 * ```ts
 * import type { SessionFsSqliteQueryResult } from "@copilot-sdk/copilot";
 *
 * const result: SessionFsSqliteQueryResult = {
 *   rows: [{ id: 1, title: "write tests" }],
 *   columns: ["id", "title"],
 *   rowsAffected: 0,
 * };
 * ```
 */
export interface SessionFsSqliteQueryResult {
  /** The rows (for `"query"`). */
  rows: Record<string, unknown>[];
  /** The column names. */
  columns: string[];
  /** How many rows were changed (for `"run"`). */
  rowsAffected: number;
  /** The last inserted row id, when there is one. */
  lastInsertRowid?: number;
}

/**
 * One statement of a SQLite transaction.
 *
 * @example An insert
 * ```ts
 * import type { SessionFsSqliteStatement } from "@copilot-sdk/copilot";
 *
 * const insert: SessionFsSqliteStatement = {
 *   queryType: "run",
 *   query: "INSERT INTO todos (title) VALUES (:title)",
 *   params: { title: "write tests" },
 * };
 * ```
 */
export interface SessionFsSqliteStatement {
  /** `"exec"` (DDL, several statements), `"query"` (SELECT) or `"run"` (INSERT, UPDATE...). */
  queryType: SessionFsSqliteQueryType;
  /** The SQL. */
  query: string;
  /** Named parameters. */
  params?: Record<string, string | number | null>;
}

/**
 * The per-session SQLite database of a {@linkcode SessionFsProvider}.
 *
 * @example Delegating to a database of your own
 * ```ts
 * import type { SessionFsSqliteProvider } from "@copilot-sdk/copilot";
 *
 * // Your database's query function.
 * const run = (_sql: string): Promise<Record<string, unknown>[]> => Promise.resolve([]);
 * const sqlite: SessionFsSqliteProvider = {
 *   query: async (_type, sql) => {
 *     const rows = await run(sql);
 *     return { rows, columns: Object.keys(rows[0] ?? {}), rowsAffected: 0 };
 *   },
 *   exists: () => Promise.resolve(true),
 * };
 * ```
 */
export interface SessionFsSqliteProvider {
  /** Runs one statement. */
  query(
    queryType: SessionFsSqliteQueryType,
    query: string,
    params?: Record<string, string | number | null>,
  ): Promise<SessionFsSqliteQueryResult | undefined>;
  /**
   * Runs statements atomically (all or none). Throw
   * {@linkcode SessionFsSqliteTransactionFailure} to say whether a retry is
   * safe; anything else thrown counts as `"fatal"`.
   */
  transaction?(statements: SessionFsSqliteStatement[]): Promise<SessionFsSqliteQueryResult[]>;
  /** Whether the database exists yet (without creating it). */
  exists(): Promise<boolean>;
}

/**
 * A failed SQLite transaction, classified for the CLI: `"busyOrLocked"`
 * (rolled back, safe to retry), `"postCommitAmbiguous"` or `"fatal"`.
 *
 * @example Busy: try again
 * ```ts
 * import { SessionFsSqliteTransactionFailure } from "@copilot-sdk/copilot";
 *
 * const busy = new SessionFsSqliteTransactionFailure("database is locked", "busyOrLocked");
 * console.log(busy.errorClass); // "busyOrLocked"
 * ```
 */
export class SessionFsSqliteTransactionFailure extends Error {
  /** How it failed. */
  readonly errorClass: SessionFsSqliteTransactionErrorClass;

  /**
   * Creates the failure.
   *
   * @param message What failed.
   * @param errorClass How: whether a retry is safe.
   */
  constructor(message: string, errorClass: SessionFsSqliteTransactionErrorClass = "fatal") {
    super(message);
    this.name = "SessionFsSqliteTransactionFailure";
    this.errorClass = errorClass;
  }
}

/**
 * Where the CLI keeps one session's files. Methods throw on failure; an
 * error with `code: "ENOENT"` says the path does not exist (any other is
 * reported as `UNKNOWN`). Paths are absolute, in the `conventions` of the
 * client's {@linkcode SessionFsConfig}.
 *
 * @example See {@linkcode memorySessionFs} for a complete provider
 * ```ts
 * import { memorySessionFs, type SessionFsProvider } from "@copilot-sdk/copilot";
 *
 * const provider: SessionFsProvider = memorySessionFs();
 * await provider.writeFile("/s/notes.md", "hello");
 * console.log(await provider.readFile("/s/notes.md")); // "hello"
 * ```
 */
export interface SessionFsProvider {
  /** A file's text. */
  readFile(path: string): Promise<string>;
  /** Writes a file, creating its directories. */
  writeFile(path: string, content: string, mode?: number): Promise<void>;
  /** Appends to a file, creating it and its directories. */
  appendFile(path: string, content: string, mode?: number): Promise<void>;
  /** Whether something is at `path`. */
  exists(path: string): Promise<boolean>;
  /** What is at `path`. */
  stat(path: string): Promise<SessionFsFileInfo>;
  /** Makes a directory (and its parents with `recursive`). */
  mkdir(path: string, recursive: boolean, mode?: number): Promise<void>;
  /** The names in a directory. */
  readdir(path: string): Promise<string[]>;
  /** The names and kinds in a directory. */
  readdirWithTypes(path: string): Promise<SessionFsReaddirWithTypesEntry[]>;
  /** Removes a file, or a directory (with `recursive`); `force` ignores a missing path. */
  rm(path: string, recursive: boolean, force: boolean): Promise<void>;
  /** Moves a file or directory. */
  rename(src: string, dest: string): Promise<void>;
  /** The per-session SQLite database, for clients whose config declares `sqlite`. */
  sqlite?: SessionFsSqliteProvider;
}

interface MemoryEntry {
  content?: string;
  birthtime: string;
  mtime: string;
}

/**
 * A {@linkcode SessionFsProvider} that keeps files in memory (POSIX paths),
 * in a map you may share: two clients given providers over the same map
 * share their sessions, as two machines would through a database. For
 * tests, and as a small reference to write a provider from.
 *
 * @param files The map to keep files in (path to entry); a new one by default.
 * @returns The provider.
 *
 * @example Two clients, one store
 * ```ts
 * import { memorySessionFs } from "@copilot-sdk/copilot";
 *
 * const shared = new Map();
 * const a = memorySessionFs(shared);
 * const b = memorySessionFs(shared);
 * await a.writeFile("/sessions/s1/events.jsonl", "{}\n");
 * console.log(await b.readFile("/sessions/s1/events.jsonl")); // "{}\n"
 * ```
 */
export function memorySessionFs(
  files: Map<string, { content?: string; birthtime: string; mtime: string }> = new Map(),
): SessionFsProvider {
  const norm = (path: string) => "/" + path.split("/").filter(Boolean).join("/");
  const parent = (path: string) => norm(path).replace(/\/[^/]*$/, "") || "/";
  const missing = (path: string) =>
    Object.assign(new Error(`ENOENT: no such file or directory, "${path}"`), { code: "ENOENT" });
  const get = (path: string) => {
    const key = norm(path);
    if (key === "/") return { birthtime: "", mtime: "" } as MemoryEntry;
    return files.get(key);
  };
  const mkdirs = (path: string) => {
    const now = new Date().toISOString();
    for (let dir = norm(path); dir !== "/" && !files.has(dir); dir = parent(dir)) {
      files.set(dir, { birthtime: now, mtime: now });
    }
  };
  const write = (path: string, content: string, append: boolean) => {
    const key = norm(path);
    mkdirs(parent(key));
    const now = new Date().toISOString();
    const old = files.get(key);
    if (old && old.content === undefined) throw new Error(`EISDIR: "${path}" is a directory`);
    files.set(key, {
      content: append ? (old?.content ?? "") + content : content,
      birthtime: old?.birthtime ?? now,
      mtime: now,
    });
  };
  const children = (path: string) => {
    const key = norm(path);
    const entry = get(key);
    if (!entry || entry.content !== undefined) throw missing(path);
    const prefix = key === "/" ? "/" : `${key}/`;
    return [...files.entries()].filter(([p]) =>
      p.startsWith(prefix) && !p.slice(prefix.length).includes("/")
    )
      .map(([p, e]) => ({ name: p.slice(prefix.length), entry: e }));
  };
  return {
    readFile: (path) => {
      const entry = get(path);
      if (entry?.content === undefined) return Promise.reject(missing(path));
      return Promise.resolve(entry.content);
    },
    writeFile: (path, content) => Promise.resolve(write(path, content, false)),
    appendFile: (path, content) => Promise.resolve(write(path, content, true)),
    exists: (path) => Promise.resolve(get(path) !== undefined),
    stat: (path) => {
      const entry = get(path);
      if (!entry) return Promise.reject(missing(path));
      const isFile = entry.content !== undefined;
      return Promise.resolve({
        isFile,
        isDirectory: !isFile,
        size: isFile ? new TextEncoder().encode(entry.content).length : 0,
        mtime: entry.mtime,
        birthtime: entry.birthtime,
      });
    },
    mkdir: (path, recursive) => {
      if (!recursive && !get(parent(path))) return Promise.reject(missing(parent(path)));
      mkdirs(path);
      return Promise.resolve();
    },
    readdir: (path) => {
      try {
        return Promise.resolve(children(path).map((c) => c.name));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    readdirWithTypes: (path) => {
      try {
        return Promise.resolve(
          children(path).map((c) => ({
            name: c.name,
            type: c.entry.content === undefined ? "directory" as const : "file" as const,
          })),
        );
      } catch (error) {
        return Promise.reject(error);
      }
    },
    rm: (path, recursive, force) => {
      const key = norm(path);
      if (!files.has(key)) return force ? Promise.resolve() : Promise.reject(missing(path));
      const inside = [...files.keys()].filter((p) => p.startsWith(`${key}/`));
      if (inside.length && !recursive) {
        return Promise.reject(new Error(`ENOTEMPTY: "${path}" is not empty`));
      }
      for (const p of [key, ...inside]) files.delete(p);
      return Promise.resolve();
    },
    rename: (src, dest) => {
      const from = norm(src);
      const to = norm(dest);
      if (!files.has(from)) return Promise.reject(missing(src));
      mkdirs(parent(to));
      for (const [p, entry] of [...files.entries()]) {
        if (p === from || p.startsWith(`${from}/`)) {
          files.delete(p);
          files.set(to + p.slice(from.length), entry);
        }
      }
      return Promise.resolve();
    },
  };
}
