import assert from "node:assert/strict";
import { type } from "arktype";
import { test } from "./_test.ts";
import { InboundAnswers } from "../src/_inbound/answers.ts";
import { type ToolCallRequest, toolCallResponder } from "../src/_inbound/tool_call.ts";
import { defineTool, type Tool, type ToolInvocation } from "../src/tools.ts";

// The tool-call responder (src/_inbound/tool_call.ts) run by a session's
// InboundAnswers, as the router runs it for an `external_tool.requested`
// event, against a host that records what would go to the CLI.

/** What the runner needs from its session: where answers and errors go. */
interface ToolCallHost {
  request(method: string, params: unknown): Promise<unknown>;
  reportError(error: unknown): void;
}

// deno-lint-ignore no-explicit-any
type Json = any;

/** A host that records every request and reported error. */
interface FakeHost extends ToolCallHost {
  requests: Array<{ method: string; params: Json }>;
  errors: unknown[];
}

function fakeHost(answer: () => Promise<unknown> = () => Promise.resolve({})): FakeHost {
  const host: FakeHost = {
    requests: [],
    errors: [],
    request(method, params) {
      host.requests.push({ method, params });
      return answer();
    },
    reportError(error) {
      host.errors.push(error);
    },
  };
  return host;
}

interface Deferred<T = void> {
  promise: Promise<T>;
  resolve(value: T): void;
}

function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => resolve = r);
  return { promise, resolve };
}

/** Fails instead of hanging when `promise` does not settle in time. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A session's inbound runner with only the calls a test makes. */
class ToolCalls {
  #answers: InboundAnswers;
  readonly size: number;

  constructor(sessionId: string, tools: Map<string, Tool<unknown>>, host: ToolCallHost) {
    this.size = tools.size;
    this.#answers = new InboundAnswers({
      sessionId,
      callbacks: { tools },
      report: (error) => host.reportError(error),
      request: ((method: string, params: unknown) => host.request(method, params)) as never,
    });
  }

  run(request: ToolCallRequest): Promise<void> {
    return this.#answers.run(toolCallResponder, request);
  }

  completed(requestId: string): void {
    this.#answers.completed(requestId);
  }

  cancelAll(reason: string): Promise<void> {
    return this.#answers.cancelAll(reason);
  }

  abandonAll(error: Error): void {
    this.#answers.abandonAll(error);
  }
}

function toolsOf(...tools: Tool<Json>[]): Map<string, Tool<unknown>> {
  return new Map(tools.map((tool) => [tool.name, tool as Tool<unknown>]));
}

function call(requestId: string, toolName: string, args?: unknown): ToolCallRequest {
  return { requestId, toolCallId: `call_${requestId}`, toolName, arguments: args };
}

const lookup = (handler: (args: { id: string }, invocation: ToolInvocation) => unknown) =>
  defineTool("lookup_issue", { parameters: type({ id: "string" }), handler });

test("InboundAnswers.run(toolCallResponder) runs the handler and answers once with handlePendingToolCall", async () => {
  const host = fakeHost();
  const seen: Array<{ args: unknown; invocation: ToolInvocation }> = [];
  const calls = new ToolCalls(
    "s1",
    toolsOf(lookup((args, invocation) => {
      seen.push({ args, invocation });
      return `Issue ${args.id}: Fix the build`;
    })),
    host,
  );
  assert.equal(calls.size, 1);
  await calls.run(call("r1", "lookup_issue", { id: "42" }));
  assert.deepEqual(host.requests, [{
    method: "session.tools.handlePendingToolCall",
    params: { sessionId: "s1", requestId: "r1", result: "Issue 42: Fix the build" },
  }]);
  assert.equal(seen.length, 1);
  assert.deepEqual(seen[0].args, { id: "42" });
  assert.equal(seen[0].invocation.sessionId, "s1");
  assert.equal(seen[0].invocation.toolCallId, "call_r1");
  assert.equal(seen[0].invocation.toolName, "lookup_issue");
  assert.deepEqual(seen[0].invocation.arguments, { id: "42" });
  assert.equal(seen[0].invocation.signal.aborted, false);
  assert.deepEqual(host.errors, []);
});

test("InboundAnswers.run(toolCallResponder) sends a handler's JSON value as JSON text", async () => {
  const host = fakeHost();
  const calls = new ToolCalls("s1", toolsOf(lookup(({ id }) => ({ id, open: true }))), host);
  await calls.run(call("r1", "lookup_issue", { id: "42" }));
  assert.equal(host.requests[0].params.result, '{"id":"42","open":true}');
});

test("InboundAnswers.run(toolCallResponder) answers invalid arguments with a failure and never runs the handler", async () => {
  const host = fakeHost();
  let ran = false;
  const calls = new ToolCalls("s1", toolsOf(lookup(() => ran = true)), host);
  await calls.run(call("r1", "lookup_issue", { id: 1 }));
  assert.equal(ran, false);
  assert.equal(host.requests.length, 1);
  const { result } = host.requests[0].params;
  assert.equal(result.resultType, "failure");
  assert.match(result.textResultForLlm, /id must be a string \(was a number\)/);
  assert.match(result.textResultForLlm, /"lookup_issue"/);
});

test("InboundAnswers.run(toolCallResponder) checks missing arguments as an empty object", async () => {
  const host = fakeHost();
  let ran = false;
  const calls = new ToolCalls("s1", toolsOf(lookup(() => ran = true)), host);
  await calls.run(call("r1", "lookup_issue"));
  assert.equal(ran, false);
  assert.match(
    host.requests[0].params.result.textResultForLlm,
    /id must be a string \(was missing\)/,
  );
});

test("InboundAnswers.run(toolCallResponder) answers a throwing handler with an error (which the CLI keeps from the model) and reports it", async () => {
  for (
    const handler of [
      () => {
        throw new Error("Issue tracker is down");
      },
      () => Promise.reject(new Error("Issue tracker is down")),
    ]
  ) {
    const host = fakeHost();
    const calls = new ToolCalls("s1", toolsOf(lookup(handler)), host);
    await calls.run(call("r1", "lookup_issue", { id: "1" }));
    assert.equal(host.requests.length, 1);
    const params = host.requests[0].params;
    assert.equal(params.result, undefined);
    assert.equal(params.error, "Issue tracker is down");
    assert.equal(host.errors.length, 1);
    assert.match(String(host.errors[0]), /Issue tracker is down/);
  }
});

test("InboundAnswers.run(toolCallResponder) answers a result JSON cannot hold (BigInt, a cycle) with a failure the CLI can read, and reports it", async () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  for (const value of [{ count: 1n }, { textResultForLlm: "x", toolTelemetry: cycle }]) {
    const host = fakeHost();
    const calls = new ToolCalls("s1", toolsOf(lookup(() => value)), host);
    await calls.run(call("r1", "lookup_issue", { id: "1" }));
    assert.equal(host.requests.length, 1);
    const { result } = host.requests[0].params;
    assert.equal(result.resultType, "failure");
    assert.match(result.textResultForLlm, /cannot be sent as JSON|its result could not be sent/);
    assert.doesNotThrow(() => JSON.stringify(host.requests[0].params));
  }
});

test("InboundAnswers sends the responder's fallback when the answer itself cannot be encoded (the host's request throws TypeError)", async () => {
  let first = true;
  const host = fakeHost(() => {
    if (!first) return Promise.resolve({});
    first = false;
    return Promise.reject(new TypeError("Cannot send: the value cannot be encoded as JSON"));
  });
  const calls = new ToolCalls("s1", toolsOf(lookup(() => "fine")), host);
  await calls.run(call("r1", "lookup_issue", { id: "1" }));
  assert.equal(host.requests.length, 2);
  assert.equal(host.requests[1].params.result.resultType, "failure");
  assert.equal(host.requests[1].params.requestId, "r1");
});

test("InboundAnswers.run(toolCallResponder) runs two calls concurrently", async () => {
  const host = fakeHost();
  let started = 0;
  const bothStarted = deferred();
  const calls = new ToolCalls(
    "s1",
    toolsOf(lookup(async ({ id }) => {
      if (++started === 2) bothStarted.resolve();
      // Opens only once both handlers run: a serial runner never gets here.
      await bothStarted.promise;
      return `done ${id}`;
    })),
    host,
  );
  await within(
    Promise.all([
      calls.run(call("r1", "lookup_issue", { id: "1" })),
      calls.run(call("r2", "lookup_issue", { id: "2" })),
    ]),
    5_000,
    "both handlers to start",
  );
  const answers = host.requests.map((r) => [r.params.requestId, r.params.result]).sort();
  assert.deepEqual(answers, [["r1", "done 1"], ["r2", "done 2"]]);
});

test("InboundAnswers.completed() of a tool call aborts the handler's signal and suppresses the answer", async () => {
  const host = fakeHost();
  const started = deferred<AbortSignal>();
  const calls = new ToolCalls(
    "s1",
    toolsOf(lookup((_args, { signal }) => {
      started.resolve(signal);
      return new Promise((resolve) => {
        signal.addEventListener("abort", () => resolve("too late"), { once: true });
      });
    })),
    host,
  );
  const running = calls.run(call("r1", "lookup_issue", { id: "1" }));
  const signal = await started.promise;
  calls.completed("r1");
  assert.equal(signal.aborted, true);
  assert.ok(signal.reason instanceof DOMException);
  assert.equal(signal.reason.name, "AbortError");
  await running;
  assert.deepEqual(host.requests, []);
  // Unknown or repeated completions are ignored.
  calls.completed("r1");
  calls.completed("nope");
});

test("InboundAnswers.cancelAll() of tool calls answers every open call once and drops later results", async () => {
  const host = fakeHost();
  const release = deferred();
  const signals: AbortSignal[] = [];
  const calls = new ToolCalls(
    "s1",
    toolsOf(lookup(async ({ id }, { signal }) => {
      signals.push(signal);
      await release.promise;
      return `late ${id}`;
    })),
    host,
  );
  const running = [
    calls.run(call("r1", "lookup_issue", { id: "1" })),
    calls.run(call("r2", "lookup_issue", { id: "2" })),
  ];
  await calls.cancelAll("Session was destroyed");
  assert.equal(host.requests.length, 2);
  for (const { method, params } of host.requests) {
    assert.equal(method, "session.tools.handlePendingToolCall");
    assert.equal(params.sessionId, "s1");
    assert.equal(params.result.resultType, "failure");
    assert.equal(params.result.textResultForLlm, "Session was destroyed");
  }
  assert.deepEqual(host.requests.map((r) => r.params.requestId).sort(), ["r1", "r2"]);
  assert.deepEqual(signals.map((s) => s.aborted), [true, true]);
  release.resolve();
  await Promise.all(running);
  // Exactly one answer per requestId: the handlers' results were not sent.
  assert.equal(host.requests.length, 2);
  // Nothing is open any more.
  await calls.cancelAll("again");
  assert.equal(host.requests.length, 2);
});

test("InboundAnswers.abandonAll() of tool calls aborts open handlers without answering", async () => {
  const host = fakeHost();
  const started = deferred<AbortSignal>();
  const calls = new ToolCalls(
    "s1",
    toolsOf(lookup((_args, { signal }) => {
      started.resolve(signal);
      return new Promise((resolve) => signal.addEventListener("abort", () => resolve("x")));
    })),
    host,
  );
  const running = calls.run(call("r1", "lookup_issue", { id: "1" }));
  const signal = await started.promise;
  const error = new Error("CLI exited");
  calls.abandonAll(error);
  assert.equal(signal.reason, error);
  await running;
  assert.deepEqual(host.requests, []);
});

test("InboundAnswers.run(toolCallResponder) ignores a tool name the session does not have", async () => {
  const host = fakeHost();
  let ran = false;
  const calls = new ToolCalls("s1", toolsOf(lookup(() => ran = true)), host);
  await calls.run(call("r1", "other_tool", { id: "1" }));
  await calls.run(call("r2", "toString", { id: "1" }));
  assert.equal(ran, false);
  assert.deepEqual(host.requests, []);
});

test("InboundAnswers.run(toolCallResponder) ignores a request without a string requestId", async () => {
  const host = fakeHost();
  let ran = false;
  const calls = new ToolCalls("s1", toolsOf(lookup(() => ran = true)), host);
  await calls.run({
    ...call("r1", "lookup_issue", { id: "1" }),
    requestId: 7 as unknown as string,
  });
  assert.equal(ran, false);
  assert.deepEqual(host.requests, []);
});

test("InboundAnswers.run(toolCallResponder) ignores a duplicate requestId while the call is open", async () => {
  const host = fakeHost();
  const release = deferred();
  let runs = 0;
  const calls = new ToolCalls(
    "s1",
    toolsOf(lookup(async () => {
      runs++;
      await release.promise;
      return "once";
    })),
    host,
  );
  const first = calls.run(call("r1", "lookup_issue", { id: "1" }));
  const second = calls.run(call("r1", "lookup_issue", { id: "1" }));
  release.resolve();
  await within(Promise.all([first, second]), 5_000, "both runs to finish");
  assert.equal(runs, 1);
  assert.deepEqual(host.requests.map((r) => [r.params.requestId, r.params.result]), [[
    "r1",
    "once",
  ]]);
});

test("InboundAnswers.run(toolCallResponder) parses string arguments that are JSON", async () => {
  const host = fakeHost();
  const seen: Array<{ args: unknown; raw: unknown }> = [];
  const calls = new ToolCalls(
    "s1",
    toolsOf(lookup((args, invocation) => {
      seen.push({ args, raw: invocation.arguments });
      return args.id;
    })),
    host,
  );
  await calls.run(call("r1", "lookup_issue", '{"id":"42"}'));
  assert.deepEqual(seen, [{ args: { id: "42" }, raw: '{"id":"42"}' }]);
  assert.equal(host.requests[0].params.result, "42");
});

test("InboundAnswers.run(toolCallResponder) lets the check judge string arguments that are not JSON", async () => {
  const host = fakeHost();
  let ran = false;
  const calls = new ToolCalls("s1", toolsOf(lookup(() => ran = true)), host);
  await calls.run(call("r1", "lookup_issue", "{not json"));
  assert.equal(ran, false);
  assert.equal(host.requests[0].params.result.resultType, "failure");
  assert.match(host.requests[0].params.result.textResultForLlm, /must be an object/);
});

test("InboundAnswers.run(toolCallResponder) passes unchecked arguments of a JSON Schema tool as they are", async () => {
  const host = fakeHost();
  const seen: unknown[] = [];
  const raw = defineTool("raw", {
    parameters: { type: "object" },
    handler: (args) => {
      seen.push(args);
      return "ok";
    },
  });
  const calls = new ToolCalls("s1", toolsOf(raw), host);
  await calls.run(call("r1", "raw", { anything: [1] }));
  await calls.run(call("r2", "raw"));
  assert.deepEqual(seen, [{ anything: [1] }, {}]);
});

test("InboundAnswers.run(toolCallResponder) reports the host's request rejecting", async () => {
  const failure = new Error("Connection is closed");
  const host = fakeHost(() => Promise.reject(failure));
  const calls = new ToolCalls("s1", toolsOf(lookup(() => "ok")), host);
  await calls.run(call("r1", "lookup_issue", { id: "1" }));
  assert.equal(host.requests.length, 1);
  assert.deepEqual(host.errors, [failure]);
});

test("InboundAnswers.run(toolCallResponder) ignores a request id that was already answered", async () => {
  const host = fakeHost();
  let runs = 0;
  const calls = new ToolCalls("s1", toolsOf(defineTool("once", { handler: () => ++runs })), host);
  await calls.run(call("r1", "once", {}));
  await calls.run(call("r1", "once", {}));
  assert.equal(runs, 1);
  assert.equal(host.requests.length, 1);
});
