/**
 * Code that runs as a Copilot CLI extension: a program the CLI starts for a
 * session (from `.github/extensions/<name>/extension.mjs` in the project, or
 * the extensions folder of the CLI's home), that talks JSON-RPC to the CLI
 * over its own stdin and stdout. {@linkcode joinSession} joins the session the
 * CLI names in the program's environment (`SESSION_ID`) and adds the
 * extension's tools, handlers and hooks to it; the session's other clients
 * (the terminal, an SDK program) go on as before.
 *
 * The CLI starts extensions of sessions that ask for them (the CLI's feature
 * flag `EXTENSIONS`, and `requestExtensions: true` in the session's
 * configuration), with its own Node. Stdout belongs to the protocol: log to
 * stderr (`console.error`).
 *
 * @example An extension with one tool
 * ```ts ignore
 * // .github/extensions/clock/extension.mjs
 * import { defineTool } from "@copilot-sdk/copilot";
 * import { joinSession } from "@copilot-sdk/copilot/extension";
 *
 * await joinSession({
 *   tools: [defineTool("utc_now", {
 *     description: "The current time in UTC",
 *     skipPermission: true,
 *     handler: () => new Date().toISOString(),
 *   })],
 * });
 * ```
 *
 * @module
 */

import { joinWith, SESSION_ID_VAR } from "./_extension.ts";
import type { Connector } from "./_supervisor.ts";
import type { CallOptions } from "./client_options.ts";
import { getEnvVar } from "./runtime/env.ts";
import type { CopilotSession } from "./session.ts";
import type { ResumeSessionConfig } from "./session_config.ts";

/**
 * What an extension adds to the session it joins: the options of
 * {@linkcode ResumeSessionConfig} (its tools, handlers, hooks...; not
 * `extensionSdkPath`, which is for the session's host), and how this
 * program's own connection reports and times out.
 *
 * The CLI asks the session's permission handler (the terminal's user, or the
 * SDK program that opened the session) before running an extension's tool:
 * give a tool `skipPermission: true`, or `onPermissionRequest` here, to
 * decide for this extension.
 *
 * @example A tool and a hook
 * ```ts
 * import { defineTool } from "@copilot-sdk/copilot";
 * import type { JoinSessionConfig } from "@copilot-sdk/copilot/extension";
 *
 * const config: JoinSessionConfig = {
 *   tools: [defineTool<{ text: string }>("word_count", {
 *     description: "Counts the words of a text",
 *     parameters: {
 *       type: "object",
 *       properties: { text: { type: "string" } },
 *       required: ["text"],
 *     },
 *     skipPermission: true,
 *     handler: ({ text }) => String(text.split(/\s+/).length),
 *   })],
 *   hooks: { onPreToolUse: ({ toolName }) => console.error("tool", toolName) },
 *   onError: (error) => console.error(error),
 * };
 * // await joinSession(config);
 * ```
 */
export interface JoinSessionConfig extends Omit<ResumeSessionConfig, "extensionSdkPath"> {
  /**
   * Receives the errors of this extension's connection that belong to no
   * call (a tool handler that throws, a malformed message...).
   */
  onError?: (error: unknown) => void;
  /**
   * Names of environment variables this extension needs that the CLI keeps
   * from extensions (those it counts as secrets, e.g. `GITHUB_TOKEN`). The
   * CLI asks the session's permission handler (kind `"extension-env-access"`,
   * with the names it filters); once granted, their values are set in this
   * process's environment before {@linkcode joinSession} resolves. A refusal
   * makes the join fail. Names the CLI does not filter, or that are unset, are
   * not asked about.
   *
   * @example Ask for the GitHub token
   * ```ts ignore
   * await joinSession({ requestedEnvironmentVariables: ["GITHUB_TOKEN"] });
   * const token = process.env.GITHUB_TOKEN;
   * ```
   */
  requestedEnvironmentVariables?: string[];
  /**
   * How long a request to the CLI may take, in milliseconds.
   *
   * @default {60000}
   */
  requestTimeout?: number;
}

/**
 * Joins the session the Copilot CLI started this program for: connects to the
 * CLI over this process's stdin and stdout, and adds the configuration's
 * tools, handlers and hooks to the session (`session.resume`, without a
 * `session.resume` event unless `suppressResumeEvent: false`), and sets the
 * environment variables granted (`requestedEnvironmentVariables`). The returned
 * session is the one the user is in: `send()` prompts it, `on()` follows its
 * events, `log()` writes to its timeline.
 *
 * The program then lives as long as the CLI keeps the connection open. When
 * the CLI goes away (it closes stdin), the session's calls fail with
 * `ConnectionClosedError`.
 *
 * @param config The extension's tools, handlers, hooks and options.
 * @param options Signal and timeout of the join.
 * @returns The joined session.
 * @throws {SdkError} `NOT_AN_EXTENSION`: `SESSION_ID` is not set (the CLI did not start this program).
 * @throws {TypeError} A bad configuration, e.g. two tools with one name.
 * @throws {RpcError} The CLI refused the join (e.g. the environment variables were refused).
 *
 * @example Follow the session and answer in its timeline
 * ```ts ignore
 * import { joinSession } from "@copilot-sdk/copilot/extension";
 *
 * const session = await joinSession();
 * session.on("user.message", (event) => {
 *   void session.log(`seen: ${event.data.content.length} characters`);
 * });
 * ```
 */
export function joinSession(
  config: JoinSessionConfig = {},
  options?: CallOptions,
): Promise<CopilotSession> {
  return joinWith(parentConnector, getEnvVar(SESSION_ID_VAR), config, options);
}

/** The CLI that started this process, over its own stdio; not ours to shut down. */
const parentConnector: Connector = async (signal) => {
  const [{ ownStdio }, { parentTransport }] = await Promise.all([
    import("./runtime/stdio.ts"),
    import("./transport/parent.ts"),
  ]);
  signal.throwIfAborted();
  return { owned: false, transport: parentTransport(await ownStdio()) };
};
