// Compile-time checks of the public API's types (run by `deno check` and by
// `tsc` through scripts/tsc_check.mjs), plus one runtime test so every runner
// loads the file.

import assert from "node:assert/strict";
import type {
  CopilotClient,
  CopilotSession,
  MessageOptions,
  ProviderConfig,
  SessionEvent,
  SessionEventOf,
  ToolResultType,
} from "../mod.ts";
import type {
  ProviderConfig as RpcProviderConfig,
  SessionMethods,
  SessionSendParams,
  ToolResultType as RpcToolResultType,
} from "../src/types.ts";
import { test } from "./_test.ts";

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true
  : false;
function assertType<T extends true>(_proof?: T): void {}

// Never called: only type-checked.
export function typeChecks(session: CopilotSession, client: CopilotClient): void {
  // on(type, handler) narrows the event.
  session.on("assistant.message", (event) => {
    assertType<Equals<typeof event.data.content, string>>();
  });
  session.on("assistant.message_delta", (event) => {
    assertType<Equals<typeof event.data.deltaContent, string>>();
  });
  // @ts-expect-error: a misspelt event type is a type error
  session.on("assistant.mesage", () => {});

  // Comparing event.type narrows event.data.
  session.on((event: SessionEvent) => {
    if (event.type === "session.error") {
      assertType<Equals<typeof event.data.message, string>>();
    }
    // @ts-expect-error: no such event type
    if (event.type === "assistant.mesage") return;
  });
  assertType<Equals<SessionEventOf<"session.idle">["type"], "session.idle">>();

  // Methods whose params are all optional can be called without any.
  void client.rpc.ping();
  void client.rpc.tools.list();
  void session.rpc.model.getCurrent();
  // @ts-expect-error: model.switchTo needs its modelId
  void session.rpc.model.switchTo();

  // The hand-written API is built on the generated types: whatever the CLI's
  // schema allows there is accepted here too.
  assertType<Equals<ToolResultType, RpcToolResultType>>();
  const fromSchema: MessageOptions = {} as SessionSendParams;
  const providerFromSchema: ProviderConfig = {} as RpcProviderConfig;
  const providerToSchema: RpcProviderConfig = {} as ProviderConfig;
  void [fromSchema, providerFromSchema, providerToSchema];

  // client.on(type, handler) narrows lifecycle events, the CLI's and the client's.
  client.on("session.created", (event) => {
    assertType<Equals<typeof event.sessionId, string>>();
    assertType<Equals<typeof event.type, "session.created">>();
  });
  client.on("cli.exited", (event) => {
    assertType<Equals<typeof event.willRestart, boolean>>();
  });
  client.on("cli.restarted", (event) => {
    assertType<Equals<typeof event.sessionIds, string[]>>();
  });
  // @ts-expect-error: no such lifecycle event type
  client.on("session.craeted", () => {});

  // session.rpc: params and results typed, the session id filled in.
  void session.rpc.model.switchTo({ modelId: "gpt-5" });
  // @ts-expect-error: misspelt param
  void session.rpc.model.switchTo({ modelid: "gpt-5" });
  // @ts-expect-error: the session id is filled in, not passed
  void session.rpc.model.switchTo({ modelId: "gpt-5", sessionId: "s" });
  void session.rpc.log({ message: "hi" }).then((r) => {
    assertType<Equals<typeof r, SessionMethods["session.log"]["result"]>>();
  });
  // @ts-expect-error: no such method
  void session.rpc.model.switchTwo({ modelId: "x" });

  // client.rpc: server methods.
  void client.rpc.tools.list({}).then((r) => {
    assertType<Equals<typeof r.tools[number]["name"], string>>();
  });
  // @ts-expect-error: no such group
  void client.rpc.nope.list();
}

test("api types: the type checks above compile (checked by deno check and tsc)", () => {
  assert.equal(typeof typeChecks, "function");
});
