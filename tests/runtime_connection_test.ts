// RuntimeConnection (the official SDK's `connection` option) and its
// translation into this SDK's client options (src/runtime_connection.ts).

import assert from "node:assert/strict";
import { CopilotClient, RuntimeConnection } from "../mod.ts";
import { lowerConnection } from "../src/runtime_connection.ts";
import { test } from "./_test.ts";

test("RuntimeConnection.forStdio/forTcp/forUri are translated into cliPath/cliArgs/env, useStdio: false/port/connectionToken, and cliUrl/connectionToken", () => {
  assert.deepEqual(
    lowerConnection({
      connection: RuntimeConnection.forStdio({
        path: "/opt/copilot",
        args: ["--x"],
        env: { A: "1" },
      }),
    }),
    { cliPath: "/opt/copilot", cliArgs: ["--x"], env: { A: "1" } },
  );
  assert.deepEqual(
    lowerConnection({ connection: RuntimeConnection.forTcp({ port: 4321, connectionToken: "t" }) }),
    { useStdio: false, port: 4321, connectionToken: "t" },
  );
  assert.deepEqual(
    lowerConnection({
      connection: RuntimeConnection.forUri("127.0.0.1:9", { connectionToken: "t" }),
    }),
    { cliUrl: "127.0.0.1:9", connectionToken: "t" },
  );
  // The client's env is the CLI's when the connection has none; undefined values are left out.
  assert.deepEqual(
    lowerConnection({ connection: RuntimeConnection.forStdio(), env: { A: "1", B: undefined } }),
    { env: { A: "1" } },
  );
  assert.deepEqual(lowerConnection({ workingDirectory: "/w" }), { cwd: "/w" });
});

test("RuntimeConnection: both ways of reaching the CLI, both envs, both cwds, an unknown kind and forInProcess() are refused, naming the fix", () => {
  assert.throws(
    () => new CopilotClient({ connection: RuntimeConnection.forStdio(), cliUrl: "127.0.0.1:9" }),
    /"connection" cannot be combined with "cliUrl" .*give one/,
  );
  assert.throws(
    () => new CopilotClient({ connection: RuntimeConnection.forStdio({ env: {} }), env: {} }),
    /"connection\.env" and "env" are both set/,
  );
  assert.throws(
    () => new CopilotClient({ workingDirectory: "/a", cwd: "/b" }),
    /"cwd" and "workingDirectory" .* differ; give one/,
  );
  assert.throws(
    () => new CopilotClient({ connection: { kind: "inprocess" } as never }),
    /must be made with RuntimeConnection\.forStdio\(\), forTcp\(\) or forUri\(\), not "inprocess"/,
  );
  assert.throws(
    () => RuntimeConnection.forInProcess(),
    /not available in this SDK; use RuntimeConnection\.forStdio\(\)/,
  );
  // forUri joins a server: the options that shape a spawned CLI still do not apply.
  assert.throws(
    () =>
      new CopilotClient({
        connection: RuntimeConnection.forUri("127.0.0.1:9"),
        logLevel: "debug",
        cliArgs: [],
      }),
    /"connection" cannot be combined with "cliArgs"/,
  );
});
