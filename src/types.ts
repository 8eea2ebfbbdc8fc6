/**
 * Every type of the Copilot CLI's JSON-RPC protocol: the params and results
 * of each method (generated from the CLI's schemas, `src/generated/`), the
 * methods the schemas leave out (typed by hand), and the shape of
 * `client.rpc` and `session.rpc`. Types only: importing this loads no code.
 *
 * @example The params of a call made through `session.rpc`
 * ```ts
 * import type { SessionModelSwitchToParams } from "@copilot-sdk/copilot/types";
 *
 * const params: SessionModelSwitchToParams = { modelId: "gpt-5" };
 * // await session.rpc.model.switchTo(params);
 * ```
 *
 * @module
 */

export type * from "./generated/rpc.ts";
export type * from "./generated/session_events.ts";
// The generated `SessionOpenResult` is shadowed by the hand-typed one below.
export type { SessionOpenResult as RpcSessionOpenResult } from "./generated/rpc.ts";
export type {
  CliNotifications,
  CliRequests,
  ConnectResult,
  HandTypedMethods,
  SdkMethods,
  SessionMethodsOnWire,
  SessionOpenResult,
  SuccessResult,
} from "./protocol.ts";
export type {
  RpcFunction,
  RpcGroupName,
  RpcLeafName,
  RpcMethodEntry,
  RpcRestName,
  RpcTree,
  ServerRpc,
  SessionRpc,
} from "./rpc_proxy.ts";
