// Secrets against the real Copilot CLI: a GitHub token (githubToken) and a
// provider's apiKey or bearerToken never show in the CLI's argv, in an error
// the SDK raises or reports, or in the CLI's log. What the SDK controls (argv,
// its errors, what it passes to onStderr/onError) and what the CLI writes into
// its own files are tested apart: the latter is the CLI's business.
//
// A githubToken makes the CLI try GitHub's API; with no network here it fails
// fast and sessions with a BYOK provider still work.

import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { inspect } from "node:util";
import { ConnectionClosedError, ProcessError, RpcError, SessionError } from "../../mod.ts";
import { type CliTestEnv, cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { copilotChildren } from "../_harness/processes.ts";
import { test } from "../_test.ts";

/** A fresh random secret; its random core is what is searched for, so a partial leak shows too. */
function secret(prefix: string): { value: string; core: string } {
  const core = crypto.randomUUID().replaceAll("-", "");
  return { value: `${prefix}${core}`, core: core.slice(4, 24) };
}

const GITHUB_TOKEN = secret("ghp_");
const API_KEY = secret("sk-test-");
const BEARER_TOKEN = secret("bearer-");
const SECRETS = [GITHUB_TOKEN, API_KEY, BEARER_TOKEN];

/** Fails if any secret (or its core) is in `text`. */
function assertNoSecret(text: string, where: string): void {
  for (const { value, core } of SECRETS) {
    assert.ok(
      !text.includes(core),
      `a secret (${value.slice(0, 4)}...) shows in ${where}:\n${text}`,
    );
  }
}

/** Everything an error shows: message, stack, fields and causes, as the runtime prints it. */
function shown(error: unknown): string {
  const parts = [String(error), inspect(error, { depth: 10 })];
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    parts.push(e.message, e.stack ?? "", JSON.stringify({ ...e }));
  }
  return parts.join("\n");
}

/** The argv of a process, from /proc. */
function argv(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** A client with every secret set and the CLI's most verbose log, collecting its stderr and reports. */
function secretClient(
  t: CliTestEnv,
  options: { useStdio?: boolean; cliPath?: string; cliArgs?: string[] } = {},
) {
  const output = { stderr: "", reported: [] as unknown[] };
  const client = t.client({
    githubToken: GITHUB_TOKEN.value,
    logLevel: "all",
    onStderr: (text) => output.stderr += text,
    onError: (error) => output.reported.push(error),
    ...options,
  });
  return { client, output };
}

for (const useStdio of [true, false]) {
  const mode = useStdio ? "stdio" : "TCP";
  test(`CopilotClient (${mode}) keeps githubToken, apiKey and bearerToken out of the CLI's argv, SDK errors and onStderr (what the SDK controls)`, async () => {
    const t = await cliTestEnv(["first answer", { status: 401, content: "Unauthorized" }]);
    try {
      const { client, output } = secretClient(t, { useStdio });
      await client.start();
      const [child] = copilotChildren();
      const args = argv(child.pid);
      assertNoSecret(args.join(" "), `the CLI's argv ${JSON.stringify(args)}`);
      assert.ok(args.includes("--auth-token-env"), JSON.stringify(args));
      assert.equal(args.includes("--stdio"), useStdio);
      // The token did reach the CLI, in the environment variable it hides from its agent's
      // commands (tests/e2e/token_scrub_test.ts), named by --auth-token-env.
      assert.equal(args[args.indexOf("--auth-token-env") + 1], "COPILOT_GITHUB_TOKEN");
      const environ = readFileSync(`/proc/${child.pid}/environ`, "utf8").split("\0");
      assert.ok(environ.includes(`COPILOT_GITHUB_TOKEN=${GITHUB_TOKEN.value}`));
      assert.ok(!environ.some((v) => v.startsWith("COPILOT_SDK_AUTH_TOKEN=")));

      // A session with an API key answers; one with a bearer token gets HTTP 401.
      const withKey = await client.createSession({
        model: MODEL,
        provider: { ...t.provider, apiKey: API_KEY.value },
      });
      assert.equal((await withKey.sendAndWait("hi"))?.data.content, "first answer");
      const withBearer = await client.createSession({
        model: MODEL,
        provider: { type: "openai", baseUrl: t.model.url, bearerToken: BEARER_TOKEN.value },
      });
      await assert.rejects(withBearer.sendAndWait("hi"), (error: Error) => {
        assert.ok(error instanceof SessionError, String(error));
        assert.match(error.message, /401/);
        assertNoSecret(shown(error), "the 401 error");
        return true;
      });
      // Providers went over JSON-RPC, not the command line.
      assertNoSecret(argv(child.pid).join(" "), "the CLI's argv after createSession");

      // The CLI refuses a bad provider: its error comes back as an RpcError.
      await assert.rejects(
        client.createSession({
          model: MODEL,
          provider: {
            type: "azure",
            baseUrl: t.model.url,
            apiKey: API_KEY.value,
            bearerToken: BEARER_TOKEN.value,
            azure: { apiVersion: 5 as unknown as string },
          },
        }),
        (error: Error) => {
          assert.ok(error instanceof RpcError, String(error));
          assertNoSecret(shown(error), "the CLI's provider error");
          return true;
        },
      );

      // The SDK's own checks of the provider.
      for (
        const baseUrl of [
          "not a url",
          `http://user:${API_KEY.value}@127.0.0.1:99999/v1`,
          `http://${BEARER_TOKEN.value}@[::1/v1`,
        ]
      ) {
        await assert.rejects(
          client.createSession({
            model: MODEL,
            provider: { baseUrl, apiKey: API_KEY.value, bearerToken: BEARER_TOKEN.value },
          }),
          (error: Error) => {
            assert.ok(error instanceof TypeError, String(error));
            assert.match(error.message, /"provider\.baseUrl" is not a valid URL/);
            assertNoSecret(shown(error), `the error for baseUrl ${JSON.stringify(baseUrl)}`);
            return true;
          },
        );
      }
      await assert.rejects(
        client.createSession({
          provider: {
            baseUrl: t.model.url,
            apiKey: API_KEY.value,
            bearerToken: BEARER_TOKEN.value,
          },
        }),
        (error: Error) => {
          assert.match(error.message, /"model" is missing/);
          assertNoSecret(shown(error), "the missing-model error");
          return true;
        },
      );

      const errors = await client.stop();
      for (const error of errors) assertNoSecret(shown(error), "an error from stop()");
      for (const error of output.reported) assertNoSecret(shown(error), "an error sent to onError");
      assertNoSecret(output.stderr, "onStderr");
    } finally {
      await t.close();
    }
  });
}

test("CopilotClient keeps githubToken out of the errors of a failed start: bad cliPath, a CLI that exits at once (stdio and TCP)", async () => {
  const t = await cliTestEnv();
  try {
    const cases = [
      { options: { cliPath: join(t.home, "no-such-copilot") }, type: ProcessError },
      { options: { cliArgs: ["--no-such-flag"] }, type: ConnectionClosedError },
      { options: { cliArgs: ["--no-such-flag"], useStdio: false }, type: ProcessError },
    ];
    for (const { options, type } of cases) {
      const { client, output } = secretClient(t, options);
      await assert.rejects(client.start(), (error: Error) => {
        assert.ok(error instanceof type, String(error));
        assertNoSecret(shown(error), `the start error with ${JSON.stringify(options)}`);
        return true;
      });
      assertNoSecret(output.stderr, "onStderr");
      for (const error of output.reported) assertNoSecret(shown(error), "an error sent to onError");
      assert.deepEqual(copilotChildren(), []);
    }
  } finally {
    await t.close();
  }
});

test("The Copilot CLI's own log and state files hold no githubToken, apiKey or bearerToken (CLI 1.0.102, logLevel all)", async () => {
  const t = await cliTestEnv(["first answer", { status: 401, content: "Unauthorized" }]);
  try {
    const { client } = secretClient(t);
    const withKey = await client.createSession({
      model: MODEL,
      provider: { ...t.provider, apiKey: API_KEY.value },
    });
    await withKey.sendAndWait("hi");
    const withBearer = await client.createSession({
      model: MODEL,
      provider: { type: "openai", baseUrl: t.model.url, bearerToken: BEARER_TOKEN.value },
    });
    await assert.rejects(withBearer.sendAndWait("hi"), SessionError);
    await client.stop();
    const copilotHome = t.env.COPILOT_HOME;
    const logs = filesUnder(join(copilotHome, "logs")).filter((f) => f.endsWith(".log"));
    assert.ok(logs.length > 0, `no log files under ${copilotHome}/logs`);
    // The log is verbose enough to matter: it records the session.create request.
    assert.match(logs.map((f) => readFileSync(f, "utf8")).join(""), /session\.create/);
    for (const file of filesUnder(copilotHome)) {
      assertNoSecret(readFileSync(file, "latin1"), file.slice(t.home.length));
    }
  } finally {
    await t.close();
  }
});
