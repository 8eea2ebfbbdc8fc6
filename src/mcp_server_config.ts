/**
 * The MCP servers a session (or a custom agent) may use: local ones the CLI
 * starts, remote ones over HTTP or SSE.
 *
 * @module
 */

/**
 * A local (stdio) MCP server.
 *
 * @example A filesystem MCP server
 * ```ts
 * import type { McpLocalServerConfig } from "@copilot-sdk/copilot";
 *
 * const files: McpLocalServerConfig = {
 *   type: "local",
 *   command: "npx",
 *   args: ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"],
 *   tools: ["*"],
 * };
 * // createSession({ model, mcpServers: { files } })
 * ```
 */
export interface McpLocalServerConfig {
  /** `"local"` (or `"stdio"`). */
  type?: "local" | "stdio";
  /** The command to run. */
  command: string;
  /** Its arguments. */
  args?: string[];
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Its working directory. */
  cwd?: string;
  /** The official SDK's name for `cwd` (sent as `cwd`); give one. */
  workingDirectory?: string;
  /**
   * Which of its tools to offer: `["*"]` or left out for all, `[]` for none.
   *
   * @default {all}
   */
  tools?: string[];
  /** Milliseconds to wait for it to start. */
  timeout?: number;
}

/**
 * A remote (HTTP or SSE) MCP server.
 *
 * @example A remote MCP server with a header
 * ```ts
 * import type { McpRemoteServerConfig } from "@copilot-sdk/copilot";
 *
 * const docs: McpRemoteServerConfig = {
 *   type: "http",
 *   url: "https://mcp.example.com/mcp",
 *   headers: { authorization: "Bearer <token>" },
 *   tools: ["search"],
 * };
 * ```
 */
export interface McpRemoteServerConfig {
  /** `"http"` or `"sse"`. */
  type: "http" | "sse";
  /** Its URL. */
  url: string;
  /** Extra HTTP headers. */
  headers?: Record<string, string>;
  /**
   * Which of its tools to offer: `["*"]` or left out for all, `[]` for none.
   *
   * @default {all}
   */
  tools?: string[];
  /** Milliseconds to wait for it. */
  timeout?: number;
  /** A pre-registered OAuth client id (reaches `onMcpAuthRequest` as `staticClientConfig`). */
  oauthClientId?: string;
  /** The OAuth client is public (no secret). */
  oauthPublicClient?: boolean;
  /** The OAuth grant type. */
  oauthGrantType?: "client_credentials";
}

/**
 * An MCP server the session may use.
 *
 * @example Servers by name
 * ```ts
 * import type { McpServerConfig } from "@copilot-sdk/copilot";
 *
 * const mcpServers: Record<string, McpServerConfig> = {
 *   files: { command: "mcp-files", args: ["."], tools: ["*"] },
 *   docs: { type: "sse", url: "https://mcp.example.com/sse", tools: ["*"] },
 * };
 * ```
 */
export type McpServerConfig = McpLocalServerConfig | McpRemoteServerConfig;
