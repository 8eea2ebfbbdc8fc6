// A local (stdio) MCP server configured the official SDK's way, through the
// real Copilot CLI: no `tools` (all of them), and `workingDirectory` (sent
// as `cwd`). The scripted model calls the server's
// tool; its result, which names the server's working directory, reaches the
// model.

import assert from "node:assert/strict";
import { mkdirSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { approveAll } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { test } from "../_test.ts";

const SERVER = fileURLToPath(new URL("../_harness/stdio_mcp_server.mjs", import.meta.url));

test("SessionConfig.mcpServers: a stdio server without tools offers all its tools, runs in its workingDirectory, and its tool result reaches the model", async () => {
  const t = await cliTestEnv((request) =>
    request.messages.some((m) => m.role === "tool")
      ? "done"
      : { toolCalls: [{ name: "echo-echo", arguments: { text: "ping" } }] }
  );
  try {
    const workingDirectory = join(t.home, "mcp-cwd");
    mkdirSync(workingDirectory);
    const client = t.client();
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: approveAll,
      mcpServers: { echo: { command: "node", args: [SERVER], workingDirectory } },
    });
    // The CLI starts MCP servers in the background: wait until this one is up.
    for (let i = 0; i < 100; i++) {
      const { servers } = await session.rpc.mcp.list();
      if (servers.some((s) => s.name === "echo" && s.status === "connected")) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal((await session.sendAndWait("Echo ping"))?.data.content, "done");
    assert.ok(t.model.requests[0].tools.includes("echo-echo"), t.model.requests[0].tools.join());
    const result = t.model.requests[1].messages.find((m) => m.role === "tool");
    assert.match(String(result?.content), /echo: ping/);
    assert.ok(String(result?.content).includes(`(cwd ${realpathSync(workingDirectory)})`));
  } finally {
    await t.close();
  }
});
