// ToolSet and BuiltInTools, convertMcpCallToolResult, and what tools send and
// answer in-process: defer/metadata/isTerminal reach session.create, a tool
// without a handler is left for the program, and the invocation carries the
// CLI's trace context.

import assert from "node:assert/strict";
import {
  BuiltInTools,
  convertMcpCallToolResult,
  defineTool,
  type ToolInvocation,
  ToolSet,
} from "../mod.ts";
import { ScriptedCli, settle } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

test("ToolSet builds source-qualified filters, is sent as its array, and refuses names that are not tool names", () => {
  const set = new ToolSet().addBuiltIn(BuiltInTools.Isolated).addBuiltIn("bash").addMcp("*")
    .addCustom("get_weather");
  const list = set.toArray();
  assert.ok(list.includes("builtin:ask_user"));
  assert.deepEqual(list.slice(-3), ["builtin:bash", "mcp:*", "custom:get_weather"]);
  assert.deepEqual(JSON.parse(JSON.stringify({ availableTools: set })).availableTools, list);
  set.toArray().push("changed");
  assert.equal(set.toArray().length, list.length);
  assert.throws(() => new ToolSet().addMcp("has space"), TypeError);
});

test("convertMcpCallToolResult() joins text, keeps images and resource blobs as binary results, and maps isError to failure", () => {
  const result = convertMcpCallToolResult({
    content: [
      { type: "text", text: "first" },
      { type: "image", data: "aGk=", mimeType: "image/png" },
      { type: "resource", resource: { uri: "file:///a.txt", text: "second" } },
      { type: "resource", resource: { uri: "file:///b.bin", blob: "AAE=" } },
      { type: "audio", data: "x" },
    ],
    isError: true,
  });
  assert.equal(result.textResultForLlm, "first\nsecond");
  assert.equal(result.resultType, "failure");
  assert.deepEqual(result.binaryResultsForLlm, [
    { type: "image", data: "aGk=", mimeType: "image/png" },
    {
      type: "resource",
      data: "AAE=",
      mimeType: "application/octet-stream",
      description: "file:///b.bin",
    },
  ]);
  assert.equal(convertMcpCallToolResult({ content: [] }).resultType, "success");
});

test("Tools in-process: defer/metadata/isTerminal and a ToolSet reach session.create; a tool without a handler is left unanswered; the invocation has the trace context", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    let seen: ToolInvocation | undefined;
    const ran = defineTool("ran", {
      handler: (_args, invocation) => {
        seen = invocation;
        return "ok";
      },
      defer: "never",
      metadata: { owner: "infra" },
      isTerminal: true,
    });
    const declared = defineTool("declared", { description: "The program answers" });
    await client.createSession({
      sessionId: "t",
      tools: [ran, declared],
      availableTools: new ToolSet().addCustom("*"),
    });
    const sent = cli.calls("session.create")[0];
    assert.deepEqual(sent.availableTools, ["custom:*"]);
    assert.deepEqual(sent.tools[0], {
      name: "ran",
      defer: "never",
      metadata: { owner: "infra" },
      isTerminal: true,
    });
    assert.equal(sent.tools[1].name, "declared");
    for (const [requestId, toolName] of [["r1", "ran"], ["r2", "declared"]]) {
      await cli.emit("t", "external_tool.requested", {
        requestId,
        toolCallId: `c-${requestId}`,
        toolName,
        arguments: {},
        traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        tracestate: "vendor=1",
      });
    }
    await settle(20);
    const answers = cli.calls("session.tools.handlePendingToolCall");
    assert.deepEqual(answers.map((a) => a.requestId), ["r1"]);
    assert.equal(seen?.traceparent, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    assert.equal(seen?.tracestate, "vendor=1");
    assert.equal(seen?.availableTools, undefined);
  } finally {
    await client.stop();
  }
});
