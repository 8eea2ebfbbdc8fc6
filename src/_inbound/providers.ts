/**
 * What a client tells each new connection it provides, after the handshake
 * and before the CLI counts as started: its trusted plugin directories
 * (`plugins.builtin.set`), its extension launcher
 * (`registerExtensionLaunchProvider`), the session file system
 * (`sessionFs.setProvider`) and the model request handler
 * (`llmInference.setProvider`).
 *
 * @module
 */

import type { Connection } from "../rpc/connection.ts";
import type { CopilotRequestHandler, RequestHandler } from "../request_handler.ts";
import type { SessionFsConfig } from "../session_fs.ts";
import { provideLlmInference } from "./llm_inference.ts";
import { provideSessionFs } from "./session_fs.ts";

/** The client options that make it a provider. */
export interface ProviderOptions {
  /** The session file system. */
  readonly sessionFs?: SessionFsConfig;
  /** The model request handler. */
  readonly requestHandler?: RequestHandler | CopilotRequestHandler;
  /** Trusted plugin directories, absolute. */
  readonly builtinPluginDirectories?: readonly string[];
  /** Starts the extensions the CLI discovers. */
  readonly extensionLauncher?: unknown;
}

/**
 * The supervisor's `ready` hook for a client's options, or `undefined` when
 * the client provides nothing.
 *
 * @param options The client's options.
 * @returns The hook: registers each provider on a connection, in turn.
 */
export function providersOf(
  options: ProviderOptions,
): ((connection: Connection) => Promise<void>) | undefined {
  const { sessionFs, requestHandler } = options;
  const plugins = options.builtinPluginDirectories ?? [];
  const launcher = options.extensionLauncher !== undefined;
  if (!sessionFs && !requestHandler && !plugins.length && !launcher) return undefined;
  return async (connection) => {
    if (plugins.length) await connection.request("plugins.builtin.set", { paths: [...plugins] });
    // Before any session: the CLI asks the launcher for each extension it starts.
    if (launcher) await connection.request("registerExtensionLaunchProvider", {});
    if (sessionFs) await provideSessionFs(connection, sessionFs);
    if (requestHandler) await provideLlmInference(connection);
  };
}
