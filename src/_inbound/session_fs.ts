/**
 * Answers the `sessionFs.*` requests: the CLI keeps a session's state
 * through the session's {@linkcode SessionFsProvider} (the client set
 * `sessionFs`, the session `createSessionFsProvider`). A provider that
 * throws is answered with an error result (`ENOENT` when the error says so,
 * else `UNKNOWN`), as the protocol expects; SQLite errors go back as the
 * request's error, transaction failures with their class.
 *
 * @module
 */

import {
  type SessionFsConfig,
  type SessionFsProvider,
  type SessionFsSqliteStatement,
  SessionFsSqliteTransactionFailure,
} from "../session_fs.ts";
import type { InboundSession, RequestResponder } from "./responder.ts";

// deno-lint-ignore no-explicit-any
type Params = any;
type Answer = (provider: SessionFsProvider, params: Params) => Promise<unknown>;

/** How each `sessionFs.*` request is answered, from the provider. */
const ANSWERS: Record<string, Answer> = {
  readFile: (fs, { path }) =>
    fs.readFile(path).then((content) => ({ content }), (e) => ({ content: "", error: fsError(e) })),
  writeFile: (fs, { path, content, mode }) => settle(fs.writeFile(path, content, mode)),
  appendFile: (fs, { path, content, mode }) => settle(fs.appendFile(path, content, mode)),
  exists: (fs, { path }) =>
    fs.exists(path).then((exists) => ({ exists }), () => ({ exists: false })),
  stat: (fs, { path }) =>
    fs.stat(path).then((info) => ({ ...info }), (e) => {
      const now = new Date().toISOString();
      return {
        isFile: false,
        isDirectory: false,
        size: 0,
        mtime: now,
        birthtime: now,
        error: fsError(e),
      };
    }),
  mkdir: (fs, { path, recursive, mode }) => settle(fs.mkdir(path, recursive ?? false, mode)),
  readdir: (fs, { path }) =>
    fs.readdir(path).then((entries) => ({ entries }), (e) => ({ entries: [], error: fsError(e) })),
  readdirWithTypes: (fs, { path }) =>
    fs.readdirWithTypes(path).then(
      (entries) => ({ entries }),
      (e) => ({ entries: [], error: fsError(e) }),
    ),
  rm: (fs, { path, recursive, force }) => settle(fs.rm(path, recursive ?? false, force ?? false)),
  rename: (fs, { src, dest }) => settle(fs.rename(src, dest)),
  sqliteQuery: async (fs, { queryType, query, params }) => {
    if (!fs.sqlite) throw new Error("This session file system has no SQLite database");
    return (await fs.sqlite.query(queryType, query, bindings(params))) ??
      { rows: [], columns: [], rowsAffected: 0 };
  },
  sqliteTransaction: async (fs, { statements }) => {
    if (!fs.sqlite?.transaction) {
      return {
        results: [],
        error: {
          errorClass: "fatal",
          message: "This session file system has no SQLite transactions",
        },
      };
    }
    try {
      const results = await fs.sqlite.transaction(
        (statements as SessionFsSqliteStatement[]).map((s) => ({
          ...s,
          params: bindings(s.params),
        })),
      );
      return { results };
    } catch (error) {
      return {
        results: [],
        error: {
          errorClass: error instanceof SessionFsSqliteTransactionFailure
            ? error.errorClass
            : "fatal",
          message: error instanceof Error ? error.message : String(error),
        },
      };
    }
  },
  sqliteExists: async (fs) => {
    if (!fs.sqlite) throw new Error("This session file system has no SQLite database");
    return { exists: await fs.sqlite.exists() };
  },
};

/** One responder per `sessionFs.*` request method. */
export const sessionFsResponders: RequestResponder<Params, unknown>[] = Object.entries(ANSWERS)
  .map(([name, answer]) => ({
    method: `sessionFs.${name}`,
    respond: (session: InboundSession, params: Params) => {
      const provider = session.callbacks.sessionFs;
      if (!provider) {
        return Promise.reject(
          new Error(
            `Session "${session.sessionId}" has no session file system; set createSessionFsProvider`,
          ),
        );
      }
      return answer(provider, params ?? {});
    },
  }));

/** A write that answers nothing on success, or an error result. */
function settle(done: Promise<void>): Promise<unknown> {
  return done.then(() => undefined, fsError);
}

function fsError(error: unknown): { code: "ENOENT" | "UNKNOWN"; message: string } {
  const code = (error as { code?: unknown } | null)?.code === "ENOENT" ? "ENOENT" : "UNKNOWN";
  return { code, message: error instanceof Error ? error.message : String(error) };
}

/** Named parameters without `undefined` values. */
function bindings(
  params: Record<string, unknown> | undefined,
): Record<string, string | number | null> | undefined {
  if (!params) return undefined;
  return Object.fromEntries(
    Object.entries(params).filter(([, v]) => v !== undefined),
  ) as Record<string, string | number | null>;
}

/**
 * Tells a CLI that this client provides the session file system
 * (`sessionFs.setProvider`), once per connection.
 *
 * @param connection The connection, after the handshake.
 * @param config The client's `sessionFs`.
 * @returns Resolves once the CLI took it.
 */
export async function provideSessionFs(
  connection: { request(method: string, params: unknown, options?: object): Promise<unknown> },
  config: SessionFsConfig,
): Promise<void> {
  const { initialCwd, sessionStatePath, conventions, capabilities } = config;
  await connection.request("sessionFs.setProvider", {
    initialCwd,
    sessionStatePath,
    conventions,
    ...(capabilities ? { capabilities } : {}),
  }, { timeout: 60_000 });
}
