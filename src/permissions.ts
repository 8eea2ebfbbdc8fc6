/**
 * Permission requests: the agent asks before it runs a tool, a shell
 * command, writes a file, fetches a URL... and a handler of yours answers.
 *
 * @module
 */

import type {
  PermissionDecision,
  PermissionDecisionApproveForSessionApproval,
  PermissionDecisionContext,
} from "./generated/rpc.ts";
import type { PermissionRequest } from "./generated/session_events.ts";

// What the agent asks permission for, typed from the CLI's schema: `kind`
// (`"custom-tool"`, `"shell"`, `"write"`, `"read"`, `"mcp"`, `"url"`,
// `"memory"`, `"hook"`...) narrows the kind's fields, e.g. `toolName` for
// `custom-tool`, `fullCommandText` for `shell`, `fileName` for `write`.
// Re-exported as it is (not as an alias) so that the docs and the generated
// event types name one and the same type.
export type { PermissionRequest };

/**
 * The answer to a {@linkcode PermissionRequest}: any decision the CLI takes
 * (`approve-once`, `approve-for-session`, `approve-for-location`,
 * `approve-permanently`, `reject`, `user-not-available`, and the legacy
 * past-tense kinds such as `approved` or `denied-by-rules`), or
 * `{ kind: "no-result" }` to leave the request unanswered here, for another
 * client of the same CLI to answer.
 *
 * @example Refuse with a reason the model reads
 * ```ts
 * import type { PermissionResult } from "@copilot-sdk/copilot";
 *
 * const no: PermissionResult = { kind: "reject", feedback: "Use the read-only tools instead" };
 * const notMine: PermissionResult = { kind: "no-result" };
 * ```
 */
export type PermissionResult = PermissionDecision | { kind: "no-result" };

/**
 * A {@linkcode PermissionResult} with the context of how the decision was
 * made (informational: it never changes what the CLI does, but lets it
 * attribute the decision). Make one with
 * {@linkcode createAttributedPermissionResult}.
 *
 * @example Say a person decided, in your UI
 * ```ts
 * import { createAttributedPermissionResult } from "@copilot-sdk/copilot";
 *
 * const answer = createAttributedPermissionResult({ kind: "approve-once" }, {
 *   outcome: "prompted_user",
 *   source: "human_response",
 *   surface: "sdk",
 * });
 * console.log(answer.kind); // "attributed"
 * ```
 */
export interface AttributedPermissionResult {
  /** `"attributed"`. */
  kind: "attributed";
  /** The decision. */
  result: PermissionResult;
  /** How, where and by whom it was made. */
  decisionContext: PermissionDecisionContext;
}

/**
 * Attaches the context of a decision to a permission result (an attributed
 * result is unwrapped first).
 *
 * @param result The decision, or an attributed one.
 * @param decisionContext How, where and by whom it was made.
 * @returns The attributed result, for a {@linkcode PermissionHandler} to return.
 *
 * @example Attribute a rejection to a policy
 * ```ts
 * import { createAttributedPermissionResult } from "@copilot-sdk/copilot";
 *
 * const answer = createAttributedPermissionResult({ kind: "reject" }, {
 *   outcome: "autopilot_denied",
 *   source: "host_policy",
 *   surface: "sdk",
 * });
 * console.log(answer.result); // { kind: "reject" }
 * ```
 */
export function createAttributedPermissionResult(
  result: PermissionResult | AttributedPermissionResult,
  decisionContext: PermissionDecisionContext,
): AttributedPermissionResult {
  const inner = result.kind === "attributed" ? result.result : result;
  return { kind: "attributed", result: inner, decisionContext };
}

/**
 * What a permission handler learns besides the request.
 *
 * @example Log which session asks
 * ```ts
 * import type { PermissionHandler } from "@copilot-sdk/copilot";
 *
 * const onPermissionRequest: PermissionHandler = (request, { sessionId }) => {
 *   console.log(`${sessionId} asks for ${request.kind}`);
 *   return { kind: "approve-once" };
 * };
 * ```
 */
export interface PermissionInvocation {
  /** The session asking. */
  sessionId: string;
}

/**
 * Decides a permission request. A handler that throws (or returns nothing
 * usable) refuses the request; it is never left pending.
 *
 * The request is typed from the CLI's schema: `kind` (`"custom-tool"`,
 * `"shell"`, `"write"`, `"read"`, `"mcp"`, `"url"`, `"memory"`, `"hook"`...)
 * narrows it to the kind's fields, e.g. `toolName` for `custom-tool`,
 * `fullCommandText` for `shell`, `fileName` for `write`.
 *
 * @example Allow your own tools and reads, refuse the rest
 * ```ts
 * import type { PermissionHandler } from "@copilot-sdk/copilot";
 *
 * const onPermissionRequest: PermissionHandler = (request) => {
 *   switch (request.kind) {
 *     case "custom-tool":
 *       return { kind: "approve-once" };
 *     case "read":
 *       return { kind: "approve-for-session" };
 *     case "shell":
 *       return { kind: "reject", feedback: `No shell, please (${request.fullCommandText})` };
 *     default:
 *       return { kind: "reject" };
 *   }
 * };
 * // createSession({ model, onPermissionRequest })
 * ```
 */
export type PermissionHandler = (
  request: PermissionRequest,
  invocation: PermissionInvocation,
) =>
  | PermissionResult
  | AttributedPermissionResult
  | Promise<PermissionResult | AttributedPermissionResult>;

/**
 * A {@linkcode PermissionHandler} that approves every request once. Use it
 * only where the agent may do anything the CLI's tools can (shell, files,
 * network).
 *
 * @returns `{ kind: "approve-once" }`.
 *
 * @example Approve everything in a sandbox
 * ```ts
 * import { approveAll, type SessionConfig } from "@copilot-sdk/copilot";
 *
 * const config: SessionConfig = { model: "gpt-5", onPermissionRequest: approveAll };
 * console.log(approveAll()); // { kind: "approve-once" }
 * // const session = await client.createSession(config);
 * ```
 */
export function approveAll(): PermissionResult {
  return { kind: "approve-once" };
}

/**
 * Every decision kind the CLI takes: `satisfies` fails to compile when the
 * schema drops one, `_allKinds` when it adds one.
 */
const KIND_LIST = [
  "approve-once",
  "approve-for-session",
  "approve-for-location",
  "approve-permanently",
  "reject",
  "user-not-available",
  "approved",
  "approved-for-session",
  "approved-for-location",
  "cancelled",
  "denied-by-rules",
  "denied-no-approval-rule-and-could-not-request-from-user",
  "denied-interactively-by-user",
  "denied-by-content-exclusion-policy",
  "denied-by-permission-request-hook",
] as const satisfies readonly PermissionDecision["kind"][];
const KINDS = new Set<string>(KIND_LIST);
const _allKinds: [PermissionDecision["kind"]] extends [typeof KIND_LIST[number]] ? true : never =
  true;

/** What to send for a permission request: the decision, and its context if any. */
export interface PermissionAnswer {
  /** The decision. */
  result: PermissionDecision;
  /** How it was made, when the handler said. */
  decisionContext?: PermissionDecisionContext;
}

/**
 * Runs a permission handler and returns what to send: the handler's
 * decision when it is one the CLI takes, else a refusal saying why; or
 * `undefined` for `no-result` (the request is left for another client).
 *
 * @param handler The handler.
 * @param request The request.
 * @param invocation The session.
 * @param report Receives the error of a handler that threw.
 * @returns The answer, or `undefined` to send none.
 */
export async function decidePermission(
  handler: PermissionHandler,
  request: PermissionRequest,
  invocation: PermissionInvocation,
  report: (error: unknown) => void,
): Promise<PermissionAnswer | undefined> {
  try {
    const answer = await handler(request, invocation);
    const attributed = answer?.kind === "attributed";
    const result = attributed ? answer.result : answer;
    const decisionContext = attributed ? answer.decisionContext : undefined;
    if (result?.kind === "no-result") return undefined;
    if (result && typeof result === "object" && KINDS.has(result.kind)) {
      const remembered = result.kind === "approve-for-session" && !result.approval &&
          !result.domain
        ? { ...result, ...rememberedFor(request) }
        : result;
      return decisionContext ? { result: remembered, decisionContext } : { result: remembered };
    }
    report(
      new TypeError(
        `Permission handler returned ${
          JSON.stringify(answer)
        }; return {kind: "approve-once" | "approve-for-session" | "reject" | ...} or {kind: "no-result"}`,
      ),
    );
    return {
      result: { kind: "reject", feedback: "The permission handler gave no valid decision" },
    };
  } catch (error) {
    report(error);
    const message = error instanceof Error ? error.message : String(error);
    return { result: { kind: "reject", feedback: `The permission handler failed: ${message}` } };
  }
}

/**
 * What an `approve-for-session` answer makes the CLI remember for a request:
 * without it, the CLI approves the one request and asks again next time.
 *
 * @param request The request approved.
 * @returns The `approval` (tool prompts) or `domain` (URL prompts) to send.
 */
export function rememberedFor(
  request: PermissionRequest,
): { approval?: PermissionDecisionApproveForSessionApproval; domain?: string } {
  switch (request.kind) {
    case "custom-tool":
      return { approval: { kind: "custom-tool", toolName: request.toolName } };
    case "shell":
      return {
        approval: {
          kind: "commands",
          commandIdentifiers: (request.commands ?? []).map((command) => command.identifier),
        },
      };
    case "read":
    case "write":
    case "memory":
      return { approval: { kind: request.kind } };
    case "mcp":
      return {
        approval: { kind: "mcp", serverName: request.serverName, toolName: request.toolName },
      };
    case "url":
      try {
        return { domain: new URL(request.url).hostname };
      } catch {
        return {};
      }
    case "extension-management":
      return { approval: { kind: "extension-management", operation: request.operation } };
    case "factory":
      return { approval: { kind: "factory", approvalKey: request.approvalKey } };
    case "extension-permission-access":
      return {
        approval: { kind: "extension-permission-access", extensionName: request.extensionName },
      };
    case "extension-env-access":
      return {
        approval: {
          kind: "extension-env-access",
          extensionName: request.extensionName,
          environmentVariables: request.environmentVariables,
        },
      };
    default:
      return {};
  }
}
