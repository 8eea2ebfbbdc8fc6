/**
 * {@linkcode ToolSet}: builds the `availableTools` (or `excludedTools`)
 * list with filters by where a tool comes from: `builtin:<name>`,
 * `mcp:<name>`, `custom:<name>`, `*` for all of a kind. The CLI classifies
 * tools when they are registered, so `builtin:bash` never matches an MCP
 * tool that happens to be named `bash`. {@linkcode BuiltInTools} holds
 * curated sets of built-in names. Same names as the official SDK.
 *
 * @module
 */

const TOOL_NAME = /^[A-Za-z0-9_-]+$/;

/**
 * Curated sets of built-in tool names.
 *
 * @example Only tools that stay inside the session
 * ```ts
 * import { BuiltInTools, ToolSet } from "@copilot-sdk/copilot";
 *
 * const availableTools = new ToolSet().addBuiltIn(BuiltInTools.Isolated).addCustom("*");
 * console.log(availableTools.toArray().includes("builtin:ask_user")); // true
 * ```
 */
export const BuiltInTools: {
  /**
   * Built-in tools that work only within one session: no files or
   * environment of the host, nothing shared between sessions, no network.
   * Fit for multi-tenant servers (`mode: "empty"`).
   */
  readonly Isolated: readonly string[];
} = {
  Isolated: [
    "ask_user",
    "task_complete",
    "exit_plan_mode",
    "task",
    "read_agent",
    "write_agent",
    "list_agents",
    "send_inbox",
    "context_board",
    "skill",
  ],
};

/**
 * A list of tool filters by source, for `availableTools`/`excludedTools`.
 * It is sent as its array (`toArray()`).
 *
 * @example Built-in isolated tools, every MCP tool, one tool of your own
 * ```ts
 * import { BuiltInTools, ToolSet } from "@copilot-sdk/copilot";
 *
 * const tools = new ToolSet()
 *   .addBuiltIn(BuiltInTools.Isolated)
 *   .addMcp("*")
 *   .addCustom("get_weather");
 * console.log(tools.toArray().slice(-2)); // ["mcp:*", "custom:get_weather"]
 * // createSession({ model, availableTools: tools })
 * ```
 */
export class ToolSet {
  #items: string[] = [];

  /**
   * Adds built-in tools by name (or `"*"` for all of them).
   *
   * @param names One name, or a list such as `BuiltInTools.Isolated`.
   * @returns This set.
   * @throws {TypeError} A name that is not a tool name.
   */
  addBuiltIn(names: string | readonly string[]): this {
    for (const name of typeof names === "string" ? [names] : names) this.#add("builtin", name);
    return this;
  }

  /**
   * Adds a tool of your own (`tools`, custom agents), or `"*"` for all.
   *
   * @param name The tool's name.
   * @returns This set.
   * @throws {TypeError} A name that is not a tool name.
   */
  addCustom(name: string): this {
    this.#add("custom", name);
    return this;
  }

  /**
   * Adds an MCP tool by the CLI's name for it (e.g. `"github-list_issues"`),
   * or `"*"` for every MCP tool.
   *
   * @param name The tool's name.
   * @returns This set.
   * @throws {TypeError} A name that is not a tool name.
   */
  addMcp(name: string): this {
    this.#add("mcp", name);
    return this;
  }

  /**
   * The filters, as sent to the CLI.
   *
   * @returns A copy of the list.
   */
  toArray(): string[] {
    return [...this.#items];
  }

  /**
   * The filters, for `JSON.stringify`.
   *
   * @returns A copy of the list.
   */
  toJSON(): string[] {
    return this.toArray();
  }

  #add(kind: string, name: string): void {
    if (name !== "*" && (typeof name !== "string" || !TOOL_NAME.test(name))) {
      throw new TypeError(
        `Cannot add ${kind} tool ${
          JSON.stringify(name)
        } to a ToolSet: use a tool name (letters, digits, "_", "-") or "*"`,
      );
    }
    this.#items.push(`${kind}:${name}`);
  }
}
