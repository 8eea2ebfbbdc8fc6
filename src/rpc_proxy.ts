/**
 * The typed RPC surface: `client.rpc.<group>.<method>(params)` for every
 * `server` method of the CLI's schema and `session.rpc.<group>.<method>(params)`
 * for every `session` method, built at run time from the generated method
 * table (a list of names), typed from the generated method maps.
 *
 * @module
 */

import type { ServerMethods, SessionMethods } from "./generated/rpc.ts";
import { SERVER_RPC_METHODS, SESSION_RPC_METHODS } from "./generated/rpc_methods.ts";
import type { CallOptions } from "./client_options.ts";

/** One method of a generated method map. */
export interface RpcMethodEntry {
  /** The parameters (`undefined` when it takes none). */
  params: unknown;
  /** The result. */
  result: unknown;
}

/**
 * A callable RPC method: params (optional when the method takes none, or
 * when every one of them is optional), then call options.
 */
export type RpcFunction<E extends RpcMethodEntry> = undefined extends E["params"] ? (
    params?: E["params"],
    options?: CallOptions,
  ) => Promise<E["result"]>
  // deno-lint-ignore ban-types
  : {} extends E["params"] ? (
      params?: E["params"],
      options?: CallOptions,
    ) => Promise<E["result"]>
  : (params: E["params"], options?: CallOptions) => Promise<E["result"]>;

/**
 * The first segments (groups) of the dotted names in `K`.
 *
 * @example Groups of method names
 * ```ts
 * import type { RpcGroupName } from "@copilot-sdk/copilot/types";
 *
 * const group: RpcGroupName<"model.switchTo" | "model.getCurrent" | "log"> = "model";
 * ```
 */
export type RpcGroupName<K extends string> = K extends `${infer H}.${string}` ? H : never;

/**
 * What follows `H.` in the dotted names of `K`.
 *
 * @example The methods of one group
 * ```ts
 * import type { RpcRestName } from "@copilot-sdk/copilot/types";
 *
 * const rest: RpcRestName<"model.switchTo" | "log", "model"> = "switchTo";
 * ```
 */
export type RpcRestName<K extends string, H extends string> = K extends `${H}.${infer R}` ? R
  : never;

/**
 * The names in `K` that have no dot (the methods at this level of the tree).
 *
 * @example Methods without a group
 * ```ts
 * import type { RpcLeafName } from "@copilot-sdk/copilot/types";
 *
 * const leaf: RpcLeafName<"model.switchTo" | "log"> = "log";
 * ```
 */
export type RpcLeafName<K extends string> = K extends `${string}.${string}` ? never : K;

/** Dotted method names `K` (after `P`) of map `M`, as nested objects of {@linkcode RpcFunction}s. */
export type RpcTree<M, K extends string, P extends string> =
  & {
    [L in RpcLeafName<K>]: M[Extract<`${P}${L}`, keyof M>] extends infer E extends RpcMethodEntry
      ? RpcFunction<E>
      : never;
  }
  & { [H in RpcGroupName<K>]: RpcTree<M, RpcRestName<K, H>, `${P}${H}.`> };

/** `client.rpc`: every server-level method of the CLI. */
export type ServerRpc = RpcTree<ServerMethods, keyof ServerMethods & string, "">;

/** `session.rpc`: every session-level method of the CLI, with the session id filled in. */
export type SessionRpc = RpcTree<
  SessionMethods,
  RpcRestName<keyof SessionMethods & string, "session">,
  "session."
>;

/** Sends one call. */
export type RpcCall = (
  method: string,
  params: unknown,
  options?: CallOptions,
) => Promise<unknown>;

/**
 * Builds `client.rpc`.
 *
 * @param call Sends a server-level call.
 * @returns The tree of methods.
 */
export function createServerRpc(call: RpcCall): ServerRpc {
  return buildTree(SERVER_RPC_METHODS, "", call) as ServerRpc;
}

/**
 * Builds `session.rpc`; each call gets the session's id.
 *
 * @param sessionId The session.
 * @param call Sends a call.
 * @returns The tree of methods.
 */
export function createSessionRpc(sessionId: string, call: RpcCall): SessionRpc {
  return buildTree(
    SESSION_RPC_METHODS,
    "session.",
    (method, params, options) =>
      call(method, { ...(params as Record<string, unknown> | undefined), sessionId }, options),
  ) as SessionRpc;
}

function buildTree(methods: readonly string[], prefix: string, call: RpcCall): object {
  const root: Record<string, unknown> = {};
  for (const method of methods) {
    const path = method.slice(prefix.length).split(".");
    let node = root;
    for (const segment of path.slice(0, -1)) {
      node = (node[segment] ??= {}) as Record<string, unknown>;
    }
    node[path[path.length - 1]] = (params?: unknown, options?: CallOptions) =>
      call(method, params ?? {}, options);
  }
  return root;
}
