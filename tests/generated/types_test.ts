// Tests of the generated types in src/generated/. Most of them are
// compile-time assertions, checked by `deno check` and by
// `node scripts/tsc_check.mjs` (tsc); the runtime tests check the method
// tables and that narrowing works on real values.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "../_test.ts";
import type {
  ClientGlobalMethods,
  ClientSessionMethods,
  LogResult,
  ModelList,
  RpcNotificationMethod,
  ServerMethods,
  SessionLogLevel,
  SessionMethods,
} from "../../src/generated/rpc.ts";
import {
  CLIENT_GLOBAL_RPC_METHODS,
  CLIENT_SESSION_RPC_METHODS,
  SERVER_RPC_METHODS,
  SESSION_RPC_METHODS,
} from "../../src/generated/rpc_methods.ts";
import type {
  AssistantMessageData,
  SessionEvent,
  SessionEventDataMap,
  SessionEventType,
} from "../../src/generated/session_events.ts";

// ---------------------------------------------------------------------------
// Compile-time helpers

/** `true` when `A` and `B` are the same type (not merely assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true
  : false;
/** Compiles only when `T` is `true`. */
type Assert<T extends true> = T;

/** The event of one type, as `session.on(type, handler)` would hand it over. */
type EventOf<K extends SessionEventType> = Extract<SessionEvent, { type: K }>;

// ---------------------------------------------------------------------------
// Events: narrowing on `type`

export type EventAssertions = [
  Assert<Equals<Extract<SessionEvent, { type: "assistant.message" }>["data"]["content"], string>>,
  Assert<Equals<EventOf<"assistant.message">["data"], AssistantMessageData>>,
  Assert<Equals<SessionEventDataMap["assistant.message"], AssistantMessageData>>,
  Assert<Equals<SessionEventDataMap["assistant.message_delta"]["deltaContent"], string>>,
  Assert<Equals<EventOf<"external_tool.requested">["data"]["toolName"], string>>,
  Assert<Equals<EventOf<"session.idle">["type"], "session.idle">>,
  // The map and the union agree on every event type.
  Assert<Equals<SessionEventType, keyof SessionEventDataMap>>,
  Assert<Equals<{ [E in SessionEvent as E["type"]]: E["data"] }, SessionEventDataMap>>,
  // Internal events are not in the union.
  Assert<Equals<Extract<SessionEvent, { type: "model.call_start" }>, never>>,
  Assert<Equals<Extract<SessionEvent, { type: "sandbox.decision" }>, never>>,
];

// @ts-expect-error: misspelt event type
export const misspeltEvent: SessionEventType = "assistant.mesage";
// @ts-expect-error: internal event types are left out of the map
export type InternalEventData = SessionEventDataMap["session.memory_changed"];

/** A stand-in for `session.on(type, handler)`, typed the way the SDK will type it. */
function on<K extends SessionEventType>(
  type: K,
  handler: (event: EventOf<K>) => void,
): (event: SessionEvent) => void {
  return (event) => {
    if (event.type === type) handler(event as EventOf<K>);
  };
}

/** Narrowing with `switch`, as an `on(handler)` for every event would do. */
function summarize(event: SessionEvent): string {
  switch (event.type) {
    case "assistant.message":
      return `message: ${event.data.content}`;
    case "assistant.message_delta":
      return `delta: ${event.data.deltaContent}`;
    case "session.idle":
      return "idle";
    default:
      return event.type;
  }
}

export function typeErrorsInHandlers(): void {
  // @ts-expect-error: misspelt event type
  on("assistant.mesage", () => {});
  on("assistant.message", (event) => {
    // @ts-expect-error: `deltaContent` belongs to "assistant.message_delta"
    event.data.deltaContent;
  });
}

// ---------------------------------------------------------------------------
// RPC: params and results

/** A stand-in for `session.rpc.<group>.<method>(params)`. */
function callSession<M extends keyof SessionMethods>(
  method: M,
  params: SessionMethods[M]["params"],
): { method: M; params: SessionMethods[M]["params"] } {
  return { method, params };
}

export type RpcAssertions = [
  Assert<Equals<SessionMethods["session.log"]["result"], LogResult>>,
  Assert<Equals<SessionMethods["session.log"]["params"]["level"], SessionLogLevel | undefined>>,
  Assert<Equals<SessionMethods["session.model.switchTo"]["params"]["modelId"], string>>,
  Assert<Equals<SessionMethods["session.model.getCurrent"]["params"], undefined>>,
  Assert<Equals<ServerMethods["models.list"]["result"], ModelList>>,
  Assert<Equals<ServerMethods["models.getBuiltInCatalog"]["params"], undefined>>,
  Assert<Equals<RpcNotificationMethod, "gitHubTelemetry.event">>,
  // The session id is filled in by the SDK, so it is not a param.
  Assert<Equals<"sessionId" extends keyof SessionMethods["session.log"]["params"] ? 1 : 0, 0>>,
  // ...but the CLI's requests to the client carry it.
  Assert<Equals<ClientSessionMethods["sessionFs.readFile"]["params"]["sessionId"], string>>,
  // Every method of a map is in its runtime table and the other way round.
  Assert<Equals<(typeof SERVER_RPC_METHODS)[number], keyof ServerMethods>>,
  Assert<Equals<(typeof SESSION_RPC_METHODS)[number], keyof SessionMethods>>,
  Assert<Equals<(typeof CLIENT_SESSION_RPC_METHODS)[number], keyof ClientSessionMethods>>,
  Assert<Equals<(typeof CLIENT_GLOBAL_RPC_METHODS)[number], keyof ClientGlobalMethods>>,
];

// @ts-expect-error: internal methods are left out
export type Connect = ServerMethods["connect"];
// @ts-expect-error: internal methods are left out
export type QueueProcess = SessionMethods["session.queue.process"];
// @ts-expect-error: no such method
export type Misspelt = SessionMethods["session.model.switchToo"];

export function typeErrorsInCalls(): void {
  callSession("session.model.switchTo", { modelId: "gpt-5", reasoningEffort: "high" });
  callSession("session.log", { message: "hello", level: "warning" });
  callSession("session.model.getCurrent", undefined);

  // @ts-expect-error: `modelId` is a string
  callSession("session.model.switchTo", { modelId: 5 });
  // @ts-expect-error: `modelId` is required
  callSession("session.model.switchTo", {});
  // @ts-expect-error: unknown param
  callSession("session.model.switchTo", { modelId: "gpt-5", model: "gpt-5" });
  // @ts-expect-error: the SDK adds the session id
  callSession("session.log", { message: "hello", sessionId: "s1" });
  // @ts-expect-error: not a log level
  callSession("session.log", { message: "hello", level: "loud" });
  // @ts-expect-error: takes no params
  callSession("session.model.getCurrent", { sessionId: "s1" });
  // @ts-expect-error: misspelt method
  callSession("session.modle.switchTo", { modelId: "gpt-5" });
}

// ---------------------------------------------------------------------------
// Runtime tests

const ALL_TABLES = {
  server: SERVER_RPC_METHODS,
  session: SESSION_RPC_METHODS,
  clientSession: CLIENT_SESSION_RPC_METHODS,
  clientGlobal: CLIENT_GLOBAL_RPC_METHODS,
} as const;

test("SESSION_RPC_METHODS lists the session methods of the schema", () => {
  const methods: readonly string[] = SESSION_RPC_METHODS;
  for (
    const name of [
      "session.model.switchTo",
      "session.model.getCurrent",
      "session.model.list",
      "session.log",
      "session.send",
      "session.abort",
      "session.tools.handlePendingToolCall",
      "session.permissions.handlePendingPermissionRequest",
    ]
  ) {
    assert.ok(methods.includes(name), `missing ${name}`);
  }
  assert.ok(methods.every((name) => name.startsWith("session.")));
});

test("SERVER_RPC_METHODS lists the server methods of the schema", () => {
  const methods: readonly string[] = SERVER_RPC_METHODS;
  for (const name of ["ping", "models.list", "tools.list", "account.getQuota"]) {
    assert.ok(methods.includes(name), `missing ${name}`);
  }
  assert.ok(methods.every((name) => !name.startsWith("session.")));
});

test("RPC method tables leave out internal methods", () => {
  const all: string[] = Object.values(ALL_TABLES).flat();
  for (
    const name of [
      "connect",
      "sessions.delete",
      "session.queue.process",
      "session.schedule.add",
      "skillProvider.list",
      "hooks.invoke",
    ]
  ) {
    assert.ok(!all.includes(name), `internal method ${name} is listed`);
  }
});

test("RPC method tables hold each method once", () => {
  const all: string[] = Object.values(ALL_TABLES).flat();
  assert.equal(new Set(all).size, all.length);
  for (const [group, list] of Object.entries(ALL_TABLES)) {
    assert.ok(list.length > 0, `no methods in ${group}`);
  }
});

test("SessionEvent narrows on type", () => {
  const seen: string[] = [];
  const handler = on("assistant.message", (event) => seen.push(event.data.content));
  const events: SessionEvent[] = [
    {
      id: "e1",
      timestamp: "2026-01-01T00:00:00.000Z",
      parentId: null,
      ephemeral: true,
      type: "assistant.message_delta",
      data: { messageId: "m1", deltaContent: "Hel" },
    },
    {
      id: "e2",
      timestamp: "2026-01-01T00:00:01.000Z",
      parentId: "e1",
      type: "assistant.message",
      data: { messageId: "m1", content: "Hello" },
    },
  ];
  for (const event of events) handler(event);
  assert.deepEqual(seen, ["Hello"]);
  assert.deepEqual(events.map(summarize), ["delta: Hel", "message: Hello"]);
});

test("generated files open with their source, the command and a do-not-edit note", async () => {
  for (const name of ["rpc.ts", "rpc_methods.ts", "session_events.ts"]) {
    const url = new URL(`../../src/generated/${name}`, import.meta.url);
    const head = (await readFile(url, "utf8")).slice(0, 300);
    assert.match(head, /^\/\/ Generated from @github\/copilot-sdk-linux-x64@\d+\.\d+\.\d+ /);
    assert.match(head, /`deno run -A scripts\/generate_types\.ts`/);
    assert.match(head, /Do not edit by hand/);
  }
});
