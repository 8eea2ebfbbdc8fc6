/**
 * The official SDK's way of saying how a client reaches the CLI:
 * `connection: RuntimeConnection.forStdio()` (the default),
 * `RuntimeConnection.forTcp({ port })` or `RuntimeConnection.forUri(url)`.
 * This SDK takes it as well as its own options (`cliPath`, `useStdio`,
 * `cliUrl`...), into which it is translated; give one or the other.
 *
 * @module
 */

/** The options of a connection that spawns the CLI. */
export interface ChildProcessRuntimeConnection {
  /** The CLI executable (this SDK's `cliPath`). */
  readonly path?: string;
  /** Extra CLI arguments (`cliArgs`). */
  readonly args?: readonly string[];
  /** The CLI's whole environment (`env`); not with the client's `env`. */
  readonly env?: Record<string, string | undefined>;
}

/** Spawn the CLI and talk over its stdin and stdout (the default). */
export interface StdioRuntimeConnection extends ChildProcessRuntimeConnection {
  /** The transport. */
  readonly kind: "stdio";
}

/** Spawn the CLI as a TCP server on 127.0.0.1 (`useStdio: false`). */
export interface TcpRuntimeConnection extends ChildProcessRuntimeConnection {
  /** The transport. */
  readonly kind: "tcp";
  /** The port; 0 or left out for a free one. */
  readonly port?: number;
  /** The token clients must give; a random one when left out. */
  readonly connectionToken?: string;
}

/** Join a CLI server that runs already (`cliUrl`); nothing is spawned. */
export interface UriRuntimeConnection {
  /** The transport. */
  readonly kind: "uri";
  /** `"port"`, `"host:port"` or `"http://host:port"`. */
  readonly url: string;
  /** The server's connection token, if it has one. */
  readonly connectionToken?: string;
}

/**
 * How a client reaches the CLI (the official SDK's `connection` option);
 * made with the functions of the same name's value.
 */
export type RuntimeConnection =
  | StdioRuntimeConnection
  | TcpRuntimeConnection
  | UriRuntimeConnection;

/**
 * Makes {@linkcode RuntimeConnection}s. (The official SDK's
 * `forInProcess()`, which loads the CLI's native library into the process,
 * is not available here: it throws, naming `forStdio()`.)
 *
 * @example Join a CLI server started elsewhere
 * ```ts
 * import { CopilotClient, RuntimeConnection } from "@copilot-sdk/copilot";
 *
 * const client = new CopilotClient({
 *   connection: RuntimeConnection.forUri("127.0.0.1:4321", { connectionToken: "s3cret" }),
 * });
 * await client.stop();
 * ```
 */
export const RuntimeConnection: {
  /** Spawn the CLI over stdio. */
  readonly forStdio: (
    options?: Omit<StdioRuntimeConnection, "kind">,
  ) => StdioRuntimeConnection;
  /** Spawn the CLI as a TCP server. */
  readonly forTcp: (options?: Omit<TcpRuntimeConnection, "kind">) => TcpRuntimeConnection;
  /** Join a CLI server at `url`. */
  readonly forUri: (
    url: string,
    options?: { connectionToken?: string },
  ) => UriRuntimeConnection;
  /** Not available in this SDK: throws a `TypeError` naming `forStdio()`. */
  readonly forInProcess: () => never;
} = Object.freeze({
  forStdio: (options = {}) => ({ ...options, kind: "stdio" as const }),
  forTcp: (options = {}) => ({ ...options, kind: "tcp" as const }),
  forUri: (url: string, options: { connectionToken?: string } = {}) => ({
    ...options,
    kind: "uri" as const,
    url,
  }),
  forInProcess: () => {
    throw new TypeError(
      "RuntimeConnection.forInProcess(): an in-process CLI (the official SDK's native library) is not available in this SDK; use RuntimeConnection.forStdio()",
    );
  },
});

/** The client options a connection is translated into. */
interface LoweredOptions {
  connection?: RuntimeConnection;
  workingDirectory?: string;
  cwd?: string;
  cliPath?: string;
  cliArgs?: string[];
  env?: Record<string, string | undefined>;
  useStdio?: boolean;
  port?: number;
  cliUrl?: string;
  connectionToken?: string;
}

/**
 * Translates the official `connection` and `workingDirectory` options into
 * this SDK's (`cliPath`, `cliArgs`, `env`, `useStdio`, `port`,
 * `connectionToken`, `cliUrl`, `cwd`), and drops `undefined` values from
 * `env`. The options given are not changed.
 *
 * @param options The client's options.
 * @returns The options to use.
 * @throws {TypeError} Both ways given for one thing, or a connection of an unknown kind.
 */
export function lowerConnection<O extends LoweredOptions>(options: O): O {
  const fail = (message: string): never => {
    throw new TypeError(`Cannot create CopilotClient: ${message}`);
  };
  const out: O = { ...options };
  if (options.workingDirectory !== undefined) {
    if (options.cwd !== undefined && options.cwd !== options.workingDirectory) {
      fail('"cwd" and "workingDirectory" (the same option, two spellings) differ; give one');
    }
    out.cwd = options.workingDirectory;
    delete out.workingDirectory;
  }
  const connection = options.connection;
  if (connection !== undefined) {
    const ours = (["cliPath", "cliArgs", "useStdio", "port", "cliUrl", "connectionToken"] as const)
      .filter((key) => options[key] !== undefined);
    if (ours.length) {
      fail(
        `"connection" cannot be combined with ${
          ours.map((key) => `"${key}"`).join(", ")
        } (two ways of saying how to reach the CLI); give one`,
      );
    }
    delete out.connection;
    const kind = (connection as { kind?: unknown } | null)?.kind;
    if (kind === "uri") {
      const { url, connectionToken } = connection as UriRuntimeConnection;
      Object.assign(out, { cliUrl: url, connectionToken });
    } else if (kind === "stdio" || kind === "tcp") {
      const { path, args, env } = connection as ChildProcessRuntimeConnection;
      if (env !== undefined && options.env !== undefined) {
        fail('"connection.env" and "env" are both set; give the CLI\'s environment once');
      }
      Object.assign(out, {
        cliPath: path,
        cliArgs: args === undefined ? undefined : [...args],
        env: env ?? options.env,
      });
      if (kind === "tcp") {
        const { port, connectionToken } = connection as TcpRuntimeConnection;
        Object.assign(out, { useStdio: false, port, connectionToken });
      }
    } else {
      fail(
        `"connection" must be made with RuntimeConnection.forStdio(), forTcp() or forUri(), not ${
          JSON.stringify(kind ?? null)
        }`,
      );
    }
    for (const key of Object.keys(out) as Array<keyof O>) {
      if (out[key] === undefined) delete out[key];
    }
  }
  if (out.env) {
    out.env = Object.fromEntries(
      Object.entries(out.env).filter(([, value]) => value !== undefined),
    );
  }
  return out;
}
