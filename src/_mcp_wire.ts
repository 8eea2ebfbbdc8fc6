/**
 * MCP server configurations as the CLI takes them: the official SDK's
 * `workingDirectory` is the CLI's `cwd` (for the session's servers and for
 * each custom agent's).
 *
 * @module
 */

/**
 * Renames `workingDirectory` to `cwd` in the `mcpServers` and the custom
 * agents' `mcpServers` of a session's wire params, in place (the objects in
 * it are replaced, never the user's).
 *
 * @param wire The `session.create`/`session.resume` params being built.
 * @param what The call, for messages.
 * @throws {TypeError} A server with both `cwd` and `workingDirectory`, different.
 */
export function mapMcpServers(wire: Record<string, unknown>, what: string): void {
  if (wire.mcpServers !== undefined) {
    wire.mcpServers = mapServers(wire.mcpServers, what, "mcpServers");
  }
  if (Array.isArray(wire.customAgents)) {
    wire.customAgents = wire.customAgents.map((agent, i) =>
      agent && typeof agent === "object" && "mcpServers" in agent
        ? {
          ...agent,
          mcpServers: mapServers(agent.mcpServers, what, `customAgents[${i}].mcpServers`),
        }
        : agent
    );
  }
}

function mapServers(servers: unknown, what: string, where: string): unknown {
  if (servers === null || typeof servers !== "object") return servers;
  return Object.fromEntries(
    Object.entries(servers).map(([name, server]) => {
      if (server === null || typeof server !== "object" || !("workingDirectory" in server)) {
        return [name, server];
      }
      const { workingDirectory, ...rest } = server as Record<string, unknown>;
      if (rest.cwd !== undefined && rest.cwd !== workingDirectory) {
        throw new TypeError(
          `Cannot ${what}: "${where}.${name}" has both "cwd" and "workingDirectory" (the same option, two spellings); give one`,
        );
      }
      return [name, workingDirectory === undefined ? rest : { ...rest, cwd: workingDirectory }];
    }),
  );
}
