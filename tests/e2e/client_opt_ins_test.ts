// Client options the official SDK has, through the real Copilot CLI:
// onGitHubTelemetry (the CLI forwards its telemetry to the connection),
// builtinPluginDirectories (plugins.builtin.set: a plugin's skill reaches
// the session) and gitHubToken (the official spelling of githubToken: the
// CLI signs in with it, at a fake GitHub API on 127.0.0.1).

import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { GitHubTelemetryNotification } from "../../src/generated/rpc.ts";
import { approveAll } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { fakeGitHubApi } from "../_harness/fake_github_api.ts";
import { test } from "../_test.ts";

test("CopilotClient onGitHubTelemetry receives the real CLI's telemetry events for a session (session_start among them)", async () => {
  const t = await cliTestEnv(["hello"]);
  try {
    const received: GitHubTelemetryNotification[] = [];
    const client = t.client({ onGitHubTelemetry: (n) => void received.push(n) });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: approveAll,
    });
    assert.equal((await session.sendAndWait("Hi"))?.data.content, "hello");
    const kinds = received.filter((n) => n.sessionId === session.sessionId)
      .map((n) => n.event.kind);
    assert.ok(kinds.includes("session_start"), JSON.stringify(kinds));
  } finally {
    await t.close();
  }
});

test("CopilotClient builtinPluginDirectories registers a plugin with the real CLI at start: its skill is in the session's skills", async () => {
  const t = await cliTestEnv();
  try {
    const plugin = join(t.home, "app-plugins", "demo");
    mkdirSync(join(plugin, "skills", "greet"), { recursive: true });
    writeFileSync(
      join(plugin, "plugin.json"),
      JSON.stringify({ name: "demo-plugin", version: "1.0.0", description: "Demo" }),
    );
    writeFileSync(
      join(plugin, "skills", "greet", "SKILL.md"),
      "---\nname: greet\ndescription: Greets from the demo plugin\n---\n\nSay hello.\n",
    );
    const skillsOf = async (options: { builtinPluginDirectories?: string[] }) => {
      const client = t.client(options);
      const session = await client.createSession({
        model: MODEL,
        provider: t.provider,
        onPermissionRequest: approveAll,
      });
      const { skills } = await session.rpc.skills.list();
      await client.stop();
      return skills.filter((skill) => skill.name === "greet");
    };
    assert.deepEqual(await skillsOf({}), []);
    const [greet] = await skillsOf({ builtinPluginDirectories: [plugin] });
    assert.equal(greet?.pluginName, "demo-plugin");
    assert.equal(greet?.description, "Greets from the demo plugin");
  } finally {
    await t.close();
  }
});

test("CopilotClient gitHubToken (the official spelling of githubToken) is the token the real CLI signs in with", async () => {
  const api = await fakeGitHubApi();
  const t = await cliTestEnv();
  try {
    const token = `ghp_${crypto.randomUUID().replaceAll("-", "")}`;
    const client = t.client({
      gitHubToken: token,
      env: { ...t.env, COPILOT_API_URL: api.url, COPILOT_DEBUG_GITHUB_API_URL: api.url },
    });
    const auth = await client.getAuthStatus();
    assert.equal(auth.authType, "token", JSON.stringify(auth));
    assert.ok(api.authorizations.some((header) => header.endsWith(token)), api.paths.join());
  } finally {
    await t.close();
    await api.close();
  }
});
