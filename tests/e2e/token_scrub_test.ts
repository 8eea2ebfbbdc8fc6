// githubToken against the real Copilot CLI: the token must reach GitHub's API
// (a fake on 127.0.0.1, through COPILOT_API_URL and COPILOT_DEBUG_GITHUB_API_URL)
// but not the environment of the commands the agent runs with the built-in
// `bash` tool. The scripted model runs `env`, `cat /proc/self/environ` and
// `printenv` there, and the test reads the result the model gets back.
//
// The command's output is sent base64-encoded: the CLI masks values it knows
// to be secret (`NAME=******`) in what `env` prints, but a model can print a
// variable any other way (`rev`, `base64`), so masking is not scrubbing.

import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { approveAll } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { fakeGitHubApi } from "../_harness/fake_github_api.ts";
import { test } from "../_test.ts";

/** A fresh random secret; its random core is what is searched for, so a partial leak shows too. */
function secret(prefix: string): { value: string; core: string } {
  const core = crypto.randomUUID().replaceAll("-", "");
  return { value: `${prefix}${core}`, core: core.slice(4, 24) };
}

const SHOW_ENV = String.raw`{ env; echo; cat /proc/self/environ | tr '\0' '\n'; echo;
printenv COPILOT_GITHUB_TOKEN COPILOT_SDK_AUTH_TOKEN GH_TOKEN GITHUB_TOKEN; echo END-OF-ENV; } | base64 -w0`;

test("CopilotClient githubToken reaches GitHub's API but not the environment of the agent's bash commands; GH_TOKEN and GITHUB_TOKEN are left out", async () => {
  const githubToken = secret("ghp_");
  const ghToken = secret("gho_");
  const githubEnvToken = secret("ghs_");
  // A secret-shaped value the SDK leaves alone: the agent must see it, or the check proves nothing.
  const visible = secret("ghp_");
  const api = await fakeGitHubApi();
  const t = await cliTestEnv((request) =>
    request.messages.some((m) => m.role === "tool")
      ? "done"
      : { toolCalls: [{ name: "bash", arguments: { command: SHOW_ENV, description: "Show env" } }] }
  );
  try {
    const client = t.client({
      githubToken: githubToken.value,
      env: {
        ...t.env,
        COPILOT_API_URL: api.url,
        COPILOT_DEBUG_GITHUB_API_URL: api.url,
        GH_TOKEN: ghToken.value,
        GITHUB_TOKEN: githubEnvToken.value,
        SDK_TEST_VISIBLE: visible.value,
      },
    });
    const auth = await client.getAuthStatus();
    assert.equal(auth.isAuthenticated, true, JSON.stringify(auth));
    assert.equal(auth.authType, "token", JSON.stringify(auth));
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: approveAll,
    });
    assert.equal((await session.sendAndWait("Show the environment"))?.data.content, "done");

    const result = t.model.requests[1].messages.find((m) => m.role === "tool");
    const content = String(result?.content);
    const encoded = content.match(/[A-Za-z0-9+/=]{40,}/)?.[0] ?? "";
    const shell = Buffer.from(encoded, "base64").toString("utf8");
    // The command ran and its whole output came back.
    assert.match(shell, /END-OF-ENV/, content);
    assert.ok(shell.includes(`HOME=${t.home}\n`), shell);
    assert.ok(shell.includes(`SDK_TEST_VISIBLE=${visible.value}\n`), shell);
    for (const [name, { core }] of Object.entries({ githubToken, ghToken, githubEnvToken })) {
      assert.ok(!shell.includes(core), `${name} shows in the agent's shell:\n${shell}`);
      assert.ok(!content.includes(core), `${name} shows in the tool result:\n${content}`);
    }
    assert.doesNotMatch(
      shell,
      /^(COPILOT_GITHUB_TOKEN|COPILOT_SDK_AUTH_TOKEN|GH_TOKEN|GITHUB_TOKEN)=/m,
    );

    // The CLI still authenticated with the token, and only with it.
    assert.ok(api.authorizations.length > 0, "the fake GitHub API got no request");
    assert.ok(
      api.authorizations.some((header) => header.includes(githubToken.value)),
      JSON.stringify(api.authorizations),
    );
    for (const header of api.authorizations) {
      assert.ok(!header.includes(ghToken.core) && !header.includes(githubEnvToken.core), header);
    }
  } finally {
    await t.close();
    await api.close();
  }
});
