/**
 * Refuses session tools that shadow a built-in CLI tool without saying so.
 *
 * @module
 */

import type { Running } from "./_supervisor.ts";
import type { SessionCallbacks } from "./session_config.ts";

/**
 * A tool named like a built-in CLI tool makes the CLI fail the first turn
 * unless it says it overrides it: refuse it before the session is created.
 * The names come from the CLI itself (`tools.list`), once per CLI.
 */
export async function refuseShadowedBuiltIns(
  running: Running,
  callbacks: SessionCallbacks,
  what: string,
): Promise<void> {
  let builtIns = builtInTools.get(running.connection);
  if (!builtIns) {
    builtIns = running.connection
      .request<{ tools: { name: string; namespacedName?: string }[] }>("tools.list", {}, {
        timeout: 60_000,
      })
      .then((list) => new Set(list.tools.flatMap((t) => [t.name, t.namespacedName ?? t.name])));
    builtInTools.set(running.connection, builtIns);
  }
  let names: Set<string>;
  try {
    names = await builtIns;
  } catch (error) {
    builtInTools.delete(running.connection);
    throw error;
  }
  for (const tool of callbacks.tools.values()) {
    // `ask_user` is built in only when the session asks for user input; refuse it always.
    if ((names.has(tool.name) || tool.name === "ask_user") && !tool.overridesBuiltInTool) {
      throw new TypeError(
        `Cannot ${what}: tool "${tool.name}" has the name of a built-in CLI tool; set overridesBuiltInTool: true on it to replace the built-in, or rename it`,
      );
    }
  }
}

/** The built-in tool names of each CLI connection, fetched once when a session first has tools. */
const builtInTools = new WeakMap<object, Promise<Set<string>>>();
