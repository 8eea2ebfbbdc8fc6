// gitHubTokenProvider against the real Copilot CLI: the CLI asks the SDK for
// the session's GitHub token (gitHubToken.getToken), and the token the
// provider gives is the one the CLI signs in to GitHub's API with (a fake on
// 127.0.0.1, through COPILOT_API_URL and COPILOT_DEBUG_GITHUB_API_URL, which
// names the user after the token it is shown). No turn is sent: with GitHub
// sign-in the model would be GitHub's, off this machine.

import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { approveAll, type GitHubTokenProviderArgs } from "../../mod.ts";
import { cliTestEnv } from "../_harness/cli_env.ts";
import { fakeGitHubApi } from "../_harness/fake_github_api.ts";
import { test } from "../_test.ts";

/** A fake GitHub API whose `/copilot_internal/user` names the user after the bearer token's end. */
const signInApi = () =>
  fakeGitHubApi({
    user: (token) => ({
      login: `user-${token.slice(-8)}`,
      chat_enabled: true,
      copilot_plan: "individual",
    }),
  });

const newToken = () => `ghu_${crypto.randomUUID().replaceAll("-", "")}`;

/** The files under `dir` whose bytes contain `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) found.push(...filesContaining(path, needle));
    else if (stat?.isFile() && readFileSync(path).includes(needle)) found.push(path);
  }
  return found;
}

test("SessionConfig.gitHubTokenProvider: the real CLI asks for the session's GitHub token and signs in to GitHub's API with it; resumeSession asks the new provider; the token is in no file the CLI writes", async () => {
  const api = await signInApi();
  const t = await cliTestEnv();
  try {
    const client = t.client({
      env: { ...t.env, COPILOT_API_URL: api.url, COPILOT_DEBUG_GITHUB_API_URL: api.url },
      logLevel: "debug",
    });
    const first = newToken();
    const asked: GitHubTokenProviderArgs[] = [];
    const session = await client.createSession({
      model: "gpt-4.1",
      onPermissionRequest: approveAll,
      gitHubTokenProvider: (request) => {
        asked.push(request);
        return { accessToken: first, expiresIn: 8 * 3600 };
      },
    });
    assert.deepEqual(asked, [
      { host: "https://github.com", reason: "initial", sessionId: session.sessionId },
    ]);
    // The CLI signed in with the provider's token, and only with it.
    assert.ok(api.authorizations.length > 0, "the fake GitHub API got no request");
    for (const header of api.authorizations) assert.match(header, new RegExp(`${first}$`));
    const status = await session.rpc.gitHubAuth.getStatus();
    assert.equal(status.isAuthenticated, true, JSON.stringify(status));
    assert.equal(status.authType, "token-provider");
    assert.equal(status.login, `user-${first.slice(-8)}`);

    // Resumed with another provider: it is asked, and its token is the one used.
    const second = newToken();
    const resumed = await client.resumeSession(session.sessionId, {
      onPermissionRequest: approveAll,
      gitHubTokenProvider: (request) => {
        asked.push(request);
        return { kind: "token", accessToken: second, expiresIn: 8 * 3600 };
      },
    });
    assert.equal(asked.length, 2);
    assert.equal(asked[1].sessionId, session.sessionId);
    assert.equal(
      (await resumed.rpc.gitHubAuth.getStatus()).login,
      `user-${second.slice(-8)}`,
    );
    await resumed.destroy();
    await client.stop();
    // The scan reads what the CLI wrote (the session's files name it).
    assert.ok(filesContaining(t.home, session.sessionId).length > 0);
    for (const token of [first, second]) {
      assert.deepEqual(filesContaining(t.home, token.slice(4)), []);
    }
  } finally {
    await t.close();
    await api.close();
  }
});

test('SessionConfig.gitHubTokenProvider: a provider that refuses ({ kind: "cancelled" }) or throws fails createSession through the real CLI, and no token reaches GitHub\'s API', async () => {
  const api = await signInApi();
  const t = await cliTestEnv();
  try {
    const errors: unknown[] = [];
    const client = t.client({
      env: { ...t.env, COPILOT_API_URL: api.url, COPILOT_DEBUG_GITHUB_API_URL: api.url },
      onError: (error) => errors.push(error),
    });
    await assert.rejects(
      client.createSession({
        model: "gpt-4.1",
        onPermissionRequest: approveAll,
        gitHubTokenProvider: () => ({ kind: "cancelled" }),
      }),
      /GitHub token provider callback was cancelled/,
    );
    await assert.rejects(
      client.createSession({
        model: "gpt-4.1",
        onPermissionRequest: approveAll,
        gitHubTokenProvider: () => {
          throw new Error("sign-in service down");
        },
      }),
      /gitHubTokenProvider threw/,
    );
    assert.deepEqual(errors.map((error) => (error as Error).message), ["sign-in service down"]);
    assert.ok(
      api.authorizations.every((header) => !/bearer ghu_/i.test(header)),
      JSON.stringify(api.authorizations),
    );
  } finally {
    await t.close();
    await api.close();
  }
});
