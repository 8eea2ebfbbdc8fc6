import assert from "node:assert/strict";
import { type } from "arktype";
import { test } from "./_test.ts";
import {
  defineTool,
  normalizeTool,
  type Tool,
  toolFailure,
  type ToolInvocation,
  toToolResult,
} from "../src/tools.ts";

/** A validator for `assert.throws`: a TypeError whose message matches every pattern. */
function typeErrorMatching(...patterns: RegExp[]): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof TypeError, `expected a TypeError, got ${error}`);
    for (const pattern of patterns) assert.match(error.message, pattern);
    return true;
  };
}

const invocation: ToolInvocation = {
  sessionId: "s1",
  toolCallId: "call_1",
  toolName: "lookup_issue",
  arguments: {},
  signal: new AbortController().signal,
};

test("defineTool() makes the JSON Schema of an arktype type at define time, without $schema", () => {
  const tool = defineTool("lookup_issue", {
    description: "Fetch an issue",
    parameters: type({ id: "string", "limit?": "number" }),
    handler: ({ id }) => id,
  });
  assert.equal(tool.name, "lookup_issue");
  assert.equal(tool.description, "Fetch an issue");
  assert.deepEqual(tool.parameters, {
    type: "object",
    properties: { id: { type: "string" }, limit: { type: "number" } },
    required: ["id"],
  });
  assert.equal("$schema" in tool.parameters!, false);
});

test("defineTool() check() returns the validated value for good arguments", () => {
  const tool = defineTool("lookup_issue", {
    parameters: type({ id: "string" }),
    handler: ({ id }) => id,
  });
  assert.ok(tool.check);
  assert.deepEqual(tool.check({ id: "42" }), { ok: true, value: { id: "42" } });
});

test("defineTool() check() fails with arktype's summary for bad arguments", () => {
  const parameters = type({ id: "string" });
  const tool = defineTool("lookup_issue", { parameters, handler: ({ id }) => id });
  const expected = parameters({ id: 1 });
  assert.ok(expected instanceof type.errors);
  assert.deepEqual(tool.check!({ id: 1 }), { ok: false, message: expected.summary });
  assert.deepEqual(tool.check!({ id: 1 }), {
    ok: false,
    message: "id must be a string (was a number)",
  });
});

test("defineTool() throws TypeError naming the tool for a Date type with no JSON Schema", () => {
  assert.throws(
    () => defineTool("schedule", { parameters: type({ d: "Date" }), handler: () => "" }),
    typeErrorMatching(/"schedule"/, /JSON Schema/),
  );
});

test("defineTool() throws TypeError naming the tool for a morph with no JSON Schema", () => {
  assert.throws(
    () =>
      defineTool("parse_number", { parameters: type("string.numeric.parse"), handler: () => "" }),
    typeErrorMatching(/"parse_number"/, /JSON Schema/),
  );
});

test("defineTool() keeps arktype's error as the cause of an unconvertible type", () => {
  assert.throws(
    () => defineTool("schedule", { parameters: type({ d: "Date" }), handler: () => "" }),
    (error: unknown) => {
      assert.ok(error instanceof TypeError);
      assert.ok(error.cause !== undefined, "expected a cause");
      return true;
    },
  );
});

for (const name of ["", "has space", "x".repeat(65), "dots.not.allowed", "ünïcode"]) {
  test(`defineTool() throws TypeError for the bad name ${JSON.stringify(name)}`, () => {
    assert.throws(
      () => defineTool(name, { handler: () => "" }),
      typeErrorMatching(/Cannot define tool/, /1-64 letters/),
    );
  });
}

test("defineTool() accepts a 64-character name of letters, digits, _ and -", () => {
  const name = "a_B-9".repeat(12) + "abcd";
  assert.equal(name.length, 64);
  assert.equal(defineTool(name, { handler: () => "" }).name, name);
});

test("defineTool() throws TypeError for a handler that is not a function, and declares a tool without one", () => {
  assert.throws(
    // @ts-expect-error: not a function
    () => defineTool("lookup_issue", { parameters: type({ id: "string" }), handler: "run" }),
    typeErrorMatching(/"lookup_issue"/, /"handler" must be a function/),
  );
  const declared = defineTool("lookup_issue", {
    parameters: type({ id: "string" }),
    defer: "never",
    metadata: { team: "infra" },
    isTerminal: true,
  });
  assert.equal(declared.handler, undefined);
  assert.equal(declared.defer, "never");
  assert.deepEqual(declared.metadata, { team: "infra" });
  assert.equal(declared.isTerminal, true);
  assert.throws(
    () => defineTool("x", { defer: "later" as "auto", handler: () => "" }),
    typeErrorMatching(/"defer" must be "auto" or "never"/),
  );
});

test("defineTool() throws TypeError for parameters that are neither a Type nor an object", () => {
  for (const parameters of [null, "string", [1, 2]]) {
    assert.throws(
      // deno-lint-ignore no-explicit-any
      () => defineTool("lookup_issue", { parameters: parameters as any, handler: () => "" }),
      typeErrorMatching(/"parameters" must be an arktype Type or a JSON Schema object/),
    );
  }
});

test("defineTool() keeps a plain JSON Schema object as is, with no check", () => {
  const parameters = {
    type: "object",
    properties: { id: { type: "string" } },
    required: ["id"],
  };
  const tool = defineTool<{ id: string }>("lookup_issue", {
    parameters,
    handler: ({ id }) => id,
    skipPermission: true,
    overridesBuiltInTool: true,
  });
  assert.equal(tool.parameters, parameters);
  assert.equal(tool.check, undefined);
  assert.equal(tool.skipPermission, true);
  assert.equal(tool.overridesBuiltInTool, true);
});

test("defineTool() without parameters has none", () => {
  const tool = defineTool("ping", { handler: () => "pong" });
  assert.equal(tool.parameters, undefined);
  assert.equal(tool.check, undefined);
});

test("normalizeTool() accepts a hand-written low-level tool", async () => {
  const handler = (args: { id: string }) => `Issue ${args.id}`;
  const tool = normalizeTool({
    name: "lookup_issue",
    description: "Fetch an issue",
    parameters: { type: "object", properties: { id: { type: "string" } } },
    handler,
  });
  assert.equal(tool.name, "lookup_issue");
  assert.equal(tool.description, "Fetch an issue");
  assert.deepEqual(tool.parameters, {
    type: "object",
    properties: { id: { type: "string" } },
  });
  assert.equal(tool.handler, handler);
  assert.equal(tool.check, undefined);
  assert.equal(await tool.handler({ id: "7" }, invocation), "Issue 7");
});

test("normalizeTool() keeps the check of a defineTool() tool", () => {
  const tool = defineTool("lookup_issue", {
    parameters: type({ id: "string" }),
    handler: ({ id }) => id,
  });
  const normalized = normalizeTool(tool);
  assert.equal(normalized.check, tool.check);
  assert.deepEqual(normalized.parameters, tool.parameters);
  assert.deepEqual(normalized.check!({ id: 1 }), {
    ok: false,
    message: "id must be a string (was a number)",
  });
});

test("normalizeTool() converts raw arktype parameters and adds a check", () => {
  const normalized = normalizeTool({
    name: "lookup_issue",
    // deno-lint-ignore no-explicit-any
    parameters: type({ id: "string" }) as any,
    handler: () => "",
  });
  assert.deepEqual(normalized.parameters, {
    type: "object",
    properties: { id: { type: "string" } },
    required: ["id"],
  });
  assert.deepEqual(normalized.check!({ id: "1" }), { ok: true, value: { id: "1" } });
});

test("normalizeTool() throws TypeError for a non-object, a bad name or a handler that is not a function", () => {
  // deno-lint-ignore no-explicit-any
  const bad: any[] = [null, "lookup_issue", { name: "has space", handler: () => "" }, {
    name: "ok",
    handler: 5,
  }];
  for (const tool of bad) assert.throws(() => normalizeTool(tool), TypeError);
  assert.equal(normalizeTool({ name: "declared_only" }).handler, undefined);
});

test("toToolResult() turns undefined and null into an empty string", () => {
  assert.equal(toToolResult(undefined), "");
  assert.equal(toToolResult(null), "");
});

test("toToolResult() passes strings through", () => {
  assert.equal(toToolResult("Sunny"), "Sunny");
  assert.equal(toToolResult(""), "");
});

test("toToolResult() passes a result object through", () => {
  const result = { textResultForLlm: "No such issue", resultType: "failure" as const };
  assert.equal(toToolResult(result), result);
});

test("toToolResult() completes a result object without textResultForLlm from its error or as JSON", () => {
  assert.deepEqual(toToolResult({ resultType: "failure", error: "Disk full" }), {
    resultType: "failure",
    error: "Disk full",
    textResultForLlm: "Disk full",
  });
  assert.deepEqual(toToolResult({ resultType: "success", rows: 2 }), {
    resultType: "success",
    rows: 2,
    textResultForLlm: '{"resultType":"success","rows":2}',
  });
});

test("toToolResult() turns a result object with an unknown resultType into a failure", () => {
  for (const value of [{ resultType: "bogus" }, { textResultForLlm: "x", resultType: "maybe" }]) {
    const result = toToolResult(value);
    assert.equal(typeof result === "object" && result.resultType, "failure");
    assert.match(typeof result === "object" ? result.textResultForLlm : "", /unknown resultType/);
  }
});

test("defineTool() refuses parameters that do not describe an object: the CLI would drop the tool", () => {
  for (
    const parameters of [type("string"), type({ a: "string" }).or({ b: "number" }), {
      type: "array",
    }, { properties: { a: { type: "string" } } }]
  ) {
    assert.throws(
      // deno-lint-ignore no-explicit-any
      () => defineTool("scalar", { parameters: parameters as any, handler: () => "" }),
      typeErrorMatching(/its parameters must describe an object \(JSON Schema "type": "object"\)/),
    );
  }
});

test("toToolResult() stringifies other JSON values", () => {
  assert.equal(toToolResult(42), "42");
  assert.equal(toToolResult(false), "false");
  assert.equal(toToolResult([1, "a"]), '[1,"a"]');
  assert.equal(toToolResult({ temperature: 22 }), '{"temperature":22}');
  // An object whose textResultForLlm is not a string is a plain value.
  assert.equal(toToolResult({ textResultForLlm: 1 }), '{"textResultForLlm":1}');
});

test("toToolResult() sends a BigInt as its digits, and an object JSON cannot hold (a cycle, a BigInt inside) as a failure", () => {
  assert.equal(toToolResult(10n), "10");
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  for (const value of [cyclic, { count: 1n }, [2n]]) {
    const result = toToolResult(value);
    assert.ok(typeof result === "object", JSON.stringify(result));
    assert.equal(result.resultType, "failure");
    assert.match(result.textResultForLlm, /cannot be sent as JSON/);
  }
});

test("toolFailure() is a failure result carrying the message", () => {
  assert.deepEqual(toolFailure("Disk full"), {
    textResultForLlm: "Disk full",
    resultType: "failure",
    error: "Disk full",
  });
});

// Type-level checks: `deno check` runs on this file; this function is never called.
function _handlerArgumentIsInferred(): Tool<{ city: string }> {
  return defineTool("get_weather", {
    parameters: type({ city: "string" }),
    handler: (args) => {
      const city: string = args.city;
      // @ts-expect-error: `country` is not part of the inferred argument type
      const country = args.country;
      // @ts-expect-error: `city` is a string, not a number
      const n: number = args.city;
      return `${city} ${country} ${n}`;
    },
  });
}
