// onMcpAuthRequest against the real Copilot CLI: an HTTP MCP server on
// 127.0.0.1 answers 401 with `WWW-Authenticate: Bearer resource_metadata=...`
// until it gets a token it accepts (tests/_harness/oauth_mcp_server.ts). The
// CLI reads the protected-resource metadata, emits `mcp.oauth_required`, and
// the SDK answers with the handler's token (`session.mcp.oauth.handlePendingRequest`)
// or cancels. What the MCP server received, and what the scripted model got
// back from the server's tool, show the round trip.

import assert from "node:assert/strict";
import {
  approveAll,
  type CopilotSession,
  type McpAuthRequest,
  type SessionEvent,
} from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import { SCOPE, startOAuthMcpServer } from "../_harness/oauth_mcp_server.ts";
import { test } from "../_test.ts";

/** Polls `session.mcp.list` until `serverName` has `status`; fails after 60 s with the last status. */
async function waitForMcpStatus(
  session: CopilotSession,
  serverName: string,
  status: string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last = "<not listed>";
  while (Date.now() < deadline) {
    const { servers } = await session.rpc.mcp.list();
    last = servers.find((s) => s.name === serverName)?.status ?? "<not listed>";
    if (last === status) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`MCP server "${serverName}" did not reach "${status}"; last status: ${last}`);
}

test("CopilotSession onMcpAuthRequest: the CLI asks when an HTTP MCP server answers 401, the handler's token reaches the server as a Bearer header, and the server's tool result reaches the model", async () => {
  const toolText = `user-${crypto.randomUUID()}`;
  const token = `mcp-token-${crypto.randomUUID()}`;
  const mcp = await startOAuthMcpServer(toolText);
  mcp.tokens.add(token);
  const t = await cliTestEnv((request) =>
    request.messages.some((m) => m.role === "tool")
      ? "done"
      : { toolCalls: [{ name: "secure-whoami", arguments: {} }] }
  );
  const asked: Array<{ request: McpAuthRequest; sessionId: string }> = [];
  const events: SessionEvent[] = [];
  try {
    const client = t.client();
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: approveAll,
      mcpServers: { secure: { type: "http", url: mcp.url, tools: ["*"] } },
      onMcpAuthRequest: (request, invocation) => {
        asked.push({ request, sessionId: invocation.sessionId });
        return { accessToken: token, tokenType: "Bearer", expiresIn: 3600 };
      },
      onEvent: (event) => events.push(event),
    });
    await waitForMcpStatus(session, "secure", "connected");

    // The handler was asked (the CLI may ask again while it reconnects), with
    // what the CLI learned from the 401, and each request ended with the token.
    assert.ok(asked.length >= 1, "onMcpAuthRequest was never called");
    for (const { request, sessionId } of asked) {
      assert.equal(sessionId, session.sessionId);
      assert.equal(request.serverName, "secure");
      assert.equal(request.serverUrl, mcp.url);
      assert.equal(request.reason, "initial");
      assert.equal(typeof request.requestId, "string");
      assert.deepEqual(request.wwwAuthenticateParams, {
        resourceMetadataUrl: mcp.resourceMetadataUrl,
        scope: SCOPE,
        error: "invalid_token",
      });
      assert.deepEqual(JSON.parse(request.resourceMetadata ?? "null"), mcp.resourceMetadata);
    }
    const completed = events
      .filter((e) => e.type === "mcp.oauth_completed")
      .map((e) => e.data);
    assert.deepEqual(
      completed,
      asked.map(({ request }) => ({ requestId: request.requestId, outcome: "token" })),
    );

    // The CLI first came without a token, read the metadata, then used only the handler's token.
    assert.equal(mcp.requests[0].path, "/mcp");
    assert.equal(mcp.requests[0].authorization, null);
    assert.equal(mcp.requests[0].status, 401);
    assert.ok(
      mcp.requests.some((r) => r.path === "/.well-known/oauth-protected-resource"),
      JSON.stringify(mcp.requests),
    );
    const authorized = mcp.requests.filter((r) => r.authorization !== null);
    assert.ok(authorized.some((r) => r.rpc.includes("initialize")), JSON.stringify(mcp.requests));
    assert.ok(authorized.some((r) => r.rpc.includes("tools/list")), JSON.stringify(mcp.requests));
    for (const r of authorized) assert.equal(r.authorization, `Bearer ${token}`);

    // The model is offered the server's tool, calls it, and gets the server's answer.
    const reply = await session.sendAndWait("Who am I on the secure server?");
    assert.equal(reply?.data.content, "done");
    assert.ok(
      t.model.requests[0].tools.includes("secure-whoami"),
      t.model.requests[0].tools.join(),
    );
    const call = mcp.requests.find((r) => r.rpc.includes("tools/call"));
    assert.equal(call?.authorization, `Bearer ${token}`);
    const result = t.model.requests[1].messages.find((m) => m.role === "tool");
    assert.equal(result?.content, toolText);
  } finally {
    await t.close();
    await mcp.close();
  }
});

test("CopilotSession onMcpAuthRequest: a handler that returns nothing or throws cancels; the MCP server never gets a token, stays needs-auth, and the session still answers", async () => {
  const quiet = await startOAuthMcpServer();
  const failing = await startOAuthMcpServer();
  const t = await cliTestEnv(["still here"]);
  const asked: string[] = [];
  const errors: unknown[] = [];
  const events: SessionEvent[] = [];
  try {
    const client = t.client({ onError: (error) => errors.push(error) });
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: approveAll,
      mcpServers: {
        quiet: { type: "http", url: quiet.url, tools: ["*"] },
        failing: { type: "http", url: failing.url, tools: ["*"] },
      },
      onMcpAuthRequest: (request) => {
        asked.push(request.serverName);
        if (request.serverName === "failing") throw new Error("no token for you");
        return undefined;
      },
      onEvent: (event) => events.push(event),
    });
    await waitForMcpStatus(session, "quiet", "needs-auth");
    await waitForMcpStatus(session, "failing", "needs-auth");

    // The session still works, without the servers' tools.
    const reply = await session.sendAndWait("Are you there?");
    assert.equal(reply?.data.content, "still here");
    const tools = t.model.requests[0].tools;
    assert.ok(
      !tools.some((name) => name.startsWith("quiet-") || name.startsWith("failing-")),
      tools.join(),
    );

    // Both servers' requests were asked (the CLI may ask again after a
    // cancel while it retries the connection), and every one was cancelled.
    assert.deepEqual([...new Set(asked)].toSorted(), ["failing", "quiet"]);
    const outcomes = events
      .filter((e) => e.type === "mcp.oauth_completed")
      .map((e) => (e.data as { outcome: string }).outcome);
    assert.deepEqual(outcomes, asked.map(() => "cancelled"));
    // The throwing handler's error went to onError.
    assert.ok(
      errors.some((e) => String((e as Error)?.message ?? e).includes("no token for you")),
      String(errors),
    );

    // Neither server ever saw a token, nor a tool call.
    for (const server of [quiet, failing]) {
      assert.ok(server.requests.length > 0, "the CLI never contacted the MCP server");
      for (const r of server.requests) {
        assert.equal(r.authorization, null, JSON.stringify(r));
        assert.ok(!r.rpc.includes("tools/call"), JSON.stringify(r));
      }
    }
  } finally {
    await t.close();
    await quiet.close();
    await failing.close();
  }
});

test("CopilotClient.resumeSession onMcpAuthRequest: a session resumed by another client asks that client's handler again and the MCP server gets its new token; a static OAuth client (oauthClientId) reaches the handler as staticClientConfig", async () => {
  const mcp = await startOAuthMcpServer();
  const firstToken = `mcp-token-${crypto.randomUUID()}`;
  const resumedToken = `mcp-token-${crypto.randomUUID()}`;
  mcp.tokens.add(firstToken);
  mcp.tokens.add(resumedToken);
  const t = await cliTestEnv(["first", "second"]);
  const first: McpAuthRequest[] = [];
  const resumed: McpAuthRequest[] = [];
  try {
    const clientA = t.client();
    const session = await clientA.createSession({
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: approveAll,
      mcpServers: {
        // oauthClientId / oauthPublicClient are the CLI's fields for a
        // pre-registered OAuth client; the SDK's McpRemoteServerConfig does not
        // declare them (yet), but passes them through.
        secure: {
          type: "http",
          url: mcp.url,
          tools: ["*"],
          oauthClientId: "static-test-client",
          oauthPublicClient: true,
        } as { type: "http"; url: string; tools: string[] },
      },
      onMcpAuthRequest: (request) => {
        first.push(request);
        return { accessToken: firstToken };
      },
    });
    await waitForMcpStatus(session, "secure", "connected");
    assert.equal((await session.sendAndWait("Hello"))?.data.content, "first");
    assert.ok(first.length >= 1);
    assert.deepEqual(first[0].staticClientConfig, {
      clientId: "static-test-client",
      publicClient: true,
    });
    const id = session.sessionId;
    await clientA.stop();
    const before = mcp.requests.length;

    const clientB = t.client();
    const again = await clientB.resumeSession(id, {
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: approveAll,
      mcpServers: { secure: { type: "http", url: mcp.url, tools: ["*"] } },
      onMcpAuthRequest: (request) => {
        resumed.push(request);
        return { accessToken: resumedToken };
      },
    });
    await waitForMcpStatus(again, "secure", "connected");
    assert.ok(resumed.length >= 1, "the resumed session's onMcpAuthRequest was never called");
    for (const request of resumed) {
      assert.equal(request.serverName, "secure");
      assert.equal(request.serverUrl, mcp.url);
      assert.equal(request.reason, "initial");
    }
    assert.equal((await again.sendAndWait("Hello again"))?.data.content, "second");
    assert.ok(
      t.model.requests[1].tools.includes("secure-whoami"),
      t.model.requests[1].tools.join(),
    );

    // After the resume, the server first saw no token, then only the new one.
    const after = mcp.requests.slice(before);
    assert.equal(after[0].authorization, null, JSON.stringify(after));
    const authorized = after.filter((r) => r.authorization !== null);
    assert.ok(authorized.some((r) => r.rpc.includes("tools/list")), JSON.stringify(after));
    for (const r of authorized) assert.equal(r.authorization, `Bearer ${resumedToken}`);
  } finally {
    await t.close();
    await mcp.close();
  }
});
