import assert from "node:assert/strict";
import { test } from "./_test.ts";
import {
  approveAll,
  createAttributedPermissionResult,
  decidePermission,
  type PermissionHandler,
  type PermissionRequest,
  type PermissionResult,
  rememberedFor,
} from "../src/permissions.ts";

const request: PermissionRequest = {
  kind: "custom-tool",
  toolCallId: "call_1",
  toolName: "get_weather",
  toolDescription: "Get the weather",
};
const invocation = { sessionId: "s1" };

/** Runs `decidePermission` and collects what it reports. */
async function decide(
  handler: PermissionHandler,
): Promise<{ result: PermissionResult; reported: unknown[]; sent: unknown }> {
  const reported: unknown[] = [];
  const sent = await decidePermission(handler, request, invocation, (e) => reported.push(e));
  return { result: sent?.result as PermissionResult, reported, sent };
}

const decisions: PermissionResult[] = [
  { kind: "approve-once" },
  { kind: "approve-for-session", approval: { kind: "custom-tool", toolName: "get_weather" } },
  { kind: "reject", feedback: "Not on Fridays" },
  { kind: "user-not-available" },
  { kind: "approve-for-location", approval: { kind: "read" }, locationKey: "/repo" },
  { kind: "approve-permanently", domain: "example.com" },
  { kind: "approved" },
  { kind: "denied-interactively-by-user", feedback: "no" },
];

for (const decision of decisions) {
  test(`decidePermission() returns the handler's ${decision.kind} decision`, async () => {
    const seen: unknown[] = [];
    const { result, reported } = await decide((req, inv) => {
      seen.push(req, inv);
      return decision;
    });
    assert.equal(result, decision);
    assert.deepEqual(seen, [request, invocation]);
    assert.deepEqual(reported, []);
  });
}

test("decidePermission() awaits an async handler", async () => {
  const { result } = await decide(() => Promise.resolve({ kind: "approve-once" }));
  assert.deepEqual(result, { kind: "approve-once" });
});

test("decidePermission() adds what approve-for-session should remember, derived from the request", async () => {
  const { result } = await decide(() => ({ kind: "approve-for-session" }));
  assert.deepEqual(result, {
    kind: "approve-for-session",
    approval: { kind: "custom-tool", toolName: "get_weather" },
  });
});

test("rememberedFor() derives the session approval for each kind of request", () => {
  const base = { toolCallId: "c1", intention: "i" };
  const cases: Array<[PermissionRequest, unknown]> = [
    [{
      ...base,
      kind: "shell",
      fullCommandText: "git status && ls",
      commands: [
        { identifier: "git status", readOnly: true },
        { identifier: "ls", readOnly: true },
      ],
      possiblePaths: [],
      possibleUrls: [],
      hasWriteFileRedirection: false,
      canOfferSessionApproval: true,
    } as PermissionRequest, {
      approval: { kind: "commands", commandIdentifiers: ["git status", "ls"] },
    }],
    [{ ...base, kind: "read", path: "/a" } as PermissionRequest, { approval: { kind: "read" } }],
    [
      {
        ...base,
        kind: "write",
        fileName: "/a",
        diff: "",
        canOfferSessionApproval: true,
      } as PermissionRequest,
      {
        approval: { kind: "write" },
      },
    ],
    [
      {
        ...base,
        kind: "mcp",
        serverName: "gh",
        toolName: "issues",
        toolTitle: "Issues",
        readOnly: true,
      } as PermissionRequest,
      {
        approval: { kind: "mcp", serverName: "gh", toolName: "issues" },
      },
    ],
    [{ ...base, kind: "url", url: "https://example.com/a?b=1" } as PermissionRequest, {
      domain: "example.com",
    }],
  ];
  for (const [req, expected] of cases) assert.deepEqual(rememberedFor(req), expected, req.kind);
});

test("decidePermission() rejects with feedback and reports when the handler throws", async () => {
  const error = new Error("Policy service unreachable");
  for (
    const handler of [() => Promise.reject(error), () => {
      throw error;
    }]
  ) {
    const { result, reported } = await decide(handler);
    assert.ok(result.kind === "reject");
    assert.match(result.feedback ?? "", /Policy service unreachable/);
    assert.deepEqual(reported, [error]);
  }
});

test("decidePermission() rejects and reports when the handler throws a non-Error", async () => {
  const { result, reported } = await decide(() => {
    throw "no way";
  });
  assert.ok(result.kind === "reject");
  assert.match(result.feedback ?? "", /no way/);
  assert.deepEqual(reported, ["no way"]);
});

for (const invalid of [undefined, null, { kind: "maybe" }, "approve-once", {}]) {
  test(`decidePermission() rejects and reports the invalid result ${JSON.stringify(invalid)}`, async () => {
    const { result, reported } = await decide(() => invalid as unknown as PermissionResult);
    assert.ok(result.kind === "reject");
    assert.equal(typeof result.feedback, "string");
    assert.equal(reported.length, 1);
    assert.ok(reported[0] instanceof TypeError);
    assert.match(reported[0].message, /Permission handler returned/);
  });
}

test("approveAll() approves once", () => {
  assert.deepEqual(approveAll(), { kind: "approve-once" });
});

test("approveAll() works as a handler for decidePermission()", async () => {
  const { result, reported } = await decide(approveAll);
  assert.deepEqual(result, { kind: "approve-once" });
  assert.deepEqual(reported, []);
});

test("decidePermission() sends nothing for no-result, so another client of the CLI can answer", async () => {
  const { sent, reported } = await decide(() => ({ kind: "no-result" }));
  assert.equal(sent, undefined);
  assert.deepEqual(reported, []);
});

test("decidePermission() unwraps an attributed result and sends its decisionContext", async () => {
  const context = { outcome: "prompted_user", source: "human_response", surface: "sdk" } as const;
  const { sent } = await decide(() =>
    createAttributedPermissionResult({ kind: "approve-once" }, context)
  );
  assert.deepEqual(sent, { result: { kind: "approve-once" }, decisionContext: context });
});
