// Permission results against the real CLI: every decision kind the CLI takes
// reaches it, and `no-result` leaves a request for another client of the same
// CLI server to answer.

import assert from "node:assert/strict";
import { approveAll, defineTool, type PermissionResult } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { startCliServer } from "../_harness/cli_server.ts";
import type { RecordedRequest } from "../_harness/model_server.ts";
import { test } from "../_test.ts";

/** Calls `echo_tool` once, then reports what the tool said. */
function callsTheTool(request: RecordedRequest) {
  const last = request.messages.at(-1);
  if (last?.role === "tool") return `tool said: ${String(last.content)}`;
  return { toolCalls: [{ name: "echo_tool", arguments: {} }] };
}

const echoTool = defineTool("echo_tool", {
  parameters: { type: "object", properties: {} },
  handler: () => "the tool ran",
});

for (
  const [decision, runs] of [
    [{
      kind: "approve-for-location",
      locationKey: "/tmp",
      approval: { kind: "custom-tool", toolName: "echo_tool" },
    }, true],
    [{ kind: "approved" }, true],
    [{ kind: "denied-interactively-by-user", feedback: "not now" }, false],
  ] as Array<[PermissionResult, boolean]>
) {
  test(`PermissionHandler result "${decision.kind}" reaches the CLI: the tool ${runs ? "runs" : "does not run"}`, async () => {
    const t = await cliTestEnv(callsTheTool);
    try {
      const client = t.client();
      let ran = false;
      const session = await client.createSession({
        model: MODEL,
        provider: t.provider,
        tools: [defineTool("echo_tool", {
          parameters: { type: "object", properties: {} },
          handler: () => {
            ran = true;
            return "the tool ran";
          },
        })],
        onPermissionRequest: () => decision,
      });
      await session.sendAndWait("go", { timeout: 50_000 });
      assert.equal(ran, runs);
    } finally {
      await t.close();
    }
  });
}

test("PermissionHandler { kind: 'no-result' } leaves the request to another client of the same CLI, which answers it", async () => {
  const t = await cliTestEnv(callsTheTool);
  const server = await startCliServer(t.env, "token-perm");
  try {
    const quiet = t.client({ cliUrl: String(server.port), connectionToken: "token-perm" });
    const asked: string[] = [];
    const session = await quiet.createSession({
      model: MODEL,
      provider: t.provider,
      tools: [echoTool],
      onPermissionRequest: (request) => {
        asked.push(request.kind);
        return { kind: "no-result" };
      },
    });
    // A second client joins the same session and answers permission prompts
    // (the tool stays the first client's: one connection registers a name).
    const answering = t.client({ cliUrl: String(server.port), connectionToken: "token-perm" });
    await answering.resumeSession(session.sessionId, {
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: approveAll,
    });
    const reply = await session.sendAndWait("go", { timeout: 50_000 });
    assert.equal(reply?.data.content, "tool said: the tool ran");
    assert.deepEqual(asked, ["custom-tool"]);
  } finally {
    await t.close();
    await server.close();
  }
});
