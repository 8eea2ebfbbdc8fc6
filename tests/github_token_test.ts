// gitHubTokenProvider in-process: a client over an in-memory transport with a
// scripted CLI (tests/_harness/scripted_cli.ts) at the far end. The e2e test
// (tests/e2e/github_token_test.ts) does the round trip with the real CLI.

import assert from "node:assert/strict";
import { type GitHubTokenProviderArgs, RpcError } from "../mod.ts";
import { ScriptedCli } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

const TOKEN = "ghu_unit0123456789abcdefghij";

test("SessionConfig.gitHubTokenProvider is sent as an opaque gitHubTokenProviderRegistrationId and answers gitHubToken.getToken with the provider's token", async () => {
  const cli = new ScriptedCli();
  const errors: unknown[] = [];
  const client = cli.client({ onError: (error) => errors.push(error) });
  try {
    const asked: GitHubTokenProviderArgs[] = [];
    await client.createSession({
      sessionId: "g",
      gitHubTokenProvider: (request, signal) => {
        assert.ok(signal instanceof AbortSignal);
        asked.push(request);
        return { accessToken: TOKEN, expiresIn: 8 * 3600, tokenType: "bearer" };
      },
    });
    const sent = cli.calls("session.create")[0];
    assert.equal("gitHubTokenProvider" in sent, false);
    const registrationId = sent.gitHubTokenProviderRegistrationId;
    assert.match(String(registrationId), /^[0-9a-f-]{36}$/);
    for (const reason of ["initial", "refresh"] as const) {
      assert.deepEqual(
        await cli.request("gitHubToken.getToken", {
          registrationId,
          host: "https://github.com",
          sessionId: "g",
          reason,
        }),
        { kind: "token", accessToken: TOKEN, expiresIn: 8 * 3600, tokenType: "bearer" },
      );
    }
    assert.deepEqual(asked, [
      { host: "https://github.com", reason: "initial", sessionId: "g" },
      { host: "https://github.com", reason: "refresh", sessionId: "g" },
    ]);
    // Another registration id is not this session's: refused, the provider is not asked.
    await assert.rejects(
      cli.request("gitHubToken.getToken", {
        registrationId: "someone-else",
        host: "https://github.com",
        sessionId: "g",
        reason: "initial",
      }),
      (error: Error) =>
        error instanceof RpcError &&
        /no gitHubTokenProvider registered as "someone-else"/.test(error.message),
    );
    assert.equal(asked.length, 2);
    assert.deepEqual(errors, []);
  } finally {
    await client.stop();
  }
});

test('SessionConfig.gitHubTokenProvider: null or { kind: "cancelled" } answers cancelled, a tagged token is taken; a throwing provider or a token the CLI would refuse is an error naming the problem (never the token), reported to onError', async () => {
  const cli = new ScriptedCli();
  const errors: Error[] = [];
  const client = cli.client({ onError: (error) => errors.push(error as Error) });
  try {
    const answers: unknown[] = [
      null,
      { kind: "cancelled" },
      { kind: "token", accessToken: TOKEN, expiresIn: 7200 },
      { kind: "maybe", accessToken: TOKEN, expiresIn: 7200 },
      () => {
        throw new Error("sign-in service down");
      },
      { accessToken: TOKEN, expiresIn: 3600 },
      { accessToken: TOKEN, expiresIn: Infinity },
      { accessToken: "", expiresIn: 8 * 3600 },
    ];
    let next = 0;
    await client.createSession({
      sessionId: "h",
      gitHubTokenProvider: () => {
        const answer = answers[next++];
        return typeof answer === "function" ? answer() : answer;
      },
    });
    const ask = () =>
      cli.request("gitHubToken.getToken", {
        registrationId: cli.calls("session.create")[0].gitHubTokenProviderRegistrationId,
        host: "https://github.com",
        sessionId: "h",
        reason: "refresh",
      });
    assert.deepEqual(await ask(), { kind: "cancelled" });
    assert.deepEqual(await ask(), { kind: "cancelled" });
    // The official SDK's tagged result is taken as it is.
    assert.deepEqual(await ask(), { kind: "token", accessToken: TOKEN, expiresIn: 7200 });
    await assert.rejects(ask(), /gave "kind" "maybe"; use "token" or "cancelled"/);
    await assert.rejects(ask(), /gitHubTokenProvider threw \(the error went to onError\)/);
    await assert.rejects(ask(), (error: Error) => {
      assert.match(error.message, /"expiresIn" 3600; .* more than 3600/);
      assert.ok(!error.message.includes(TOKEN), error.message);
      return true;
    });
    // Infinity would reach the CLI as null.
    await assert.rejects(ask(), /gave "expiresIn" null/);
    await assert.rejects(ask(), /gave no "accessToken"/);
    assert.equal(errors.length, 5);
    assert.match(errors[0].message, /"kind" "maybe"/);
    assert.equal(errors[1].message, "sign-in service down");
    assert.match(errors[2].message, /"expiresIn" 3600/);
    assert.match(errors[4].message, /no "accessToken"/);
  } finally {
    await client.stop();
  }
});

test("SessionConfig.gitHubTokenProvider is refused before anything is sent: with gitHubToken, with a BYOK provider, when it is not a function, or with cloud and no sessionId", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    const gitHubTokenProvider = () => ({ accessToken: TOKEN, expiresIn: 8 * 3600 });
    await assert.rejects(
      client.createSession({ gitHubToken: "ghp_x", gitHubTokenProvider }),
      /"gitHubToken" and "gitHubTokenProvider" are both set; keep one/,
    );
    await assert.rejects(
      client.createSession({
        model: "m",
        provider: { type: "openai", baseUrl: "http://127.0.0.1:9/v1" },
        gitHubTokenProvider,
      }),
      /"gitHubTokenProvider" is set with a BYOK "provider"/,
    );
    await assert.rejects(
      // @ts-expect-error: not a function
      client.createSession({ gitHubTokenProvider: "ghp_x" }),
      /"gitHubTokenProvider" must be a function/,
    );
    // The CLI asks before a cloud session has an id: only one the client picked can be found.
    await assert.rejects(
      client.createSession({ cloud: {}, gitHubTokenProvider }),
      /"gitHubTokenProvider" with "cloud" needs a "sessionId"/,
    );
    assert.equal(cli.calls("session.create").length, 0);
  } finally {
    await client.stop();
  }
});
