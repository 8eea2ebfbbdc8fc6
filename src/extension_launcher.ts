/**
 * The client option `extensionLauncher`: start the extensions the CLI
 * discovers (`.github/extensions/<name>/extension.mjs`...) your way, e.g.
 * a TypeScript program next to it under Deno or Bun, instead of the CLI
 * running the `.mjs` with its own Node.
 *
 * @module
 */

import type { ExtensionLaunchProviderResolveRequest } from "./generated/rpc.ts";

/**
 * An extension the CLI is about to start: its id (`source:name`), name,
 * the absolute path of its entry point, and where it was found
 * (`"project"`, `"user"`...).
 */
export type ExtensionToLaunch = ExtensionLaunchProviderResolveRequest;

/** How to start an extension: the program, its arguments, and variables to add. */
export interface ExtensionLaunch {
  /** The executable, e.g. `"deno"` or an absolute path. */
  executable: string;
  /** Its arguments (the CLI adds none: name the entry point here). */
  args?: string[];
  /**
   * Environment variables to add. The CLI's own (`SESSION_ID`,
   * `COPILOT_SDK_PATH`, `COPILOT_EXTENSION_PARENT_PID`) win.
   */
  env?: Record<string, string>;
}

/**
 * Says how to start an extension the CLI discovered, or gives nothing to
 * leave it unstarted. The program it names talks JSON-RPC to the CLI over
 * its stdin and stdout (with `joinSession()` from `./extension`). A launcher
 * that throws is reported to `onError` and the extension is not started.
 *
 * @example Run `extension.ts` next to each `extension.mjs` with Deno
 * ```ts
 * import type { ExtensionLauncher } from "@copilot-sdk/copilot";
 *
 * const extensionLauncher: ExtensionLauncher = ({ modulePath }) => ({
 *   executable: "deno",
 *   args: ["run", "-A", modulePath.replace(/\.mjs$/, ".ts")],
 * });
 * // new CopilotClient({ extensionLauncher })
 * ```
 */
export type ExtensionLauncher = (
  extension: ExtensionToLaunch,
) => ExtensionLaunch | undefined | null | Promise<ExtensionLaunch | undefined | null>;
