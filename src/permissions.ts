/**
 * Permission requests: the agent asks before it runs a tool, a shell
 * command, writes a file, fetches a URL... and a handler of yours answers.
 *
 * @module
 */

import type { PermissionDecisionApproveForSessionApproval } from "./generated/rpc.ts";
import type { PermissionRequest } from "./generated/session_events.ts";

// What the agent asks permission for, typed from the CLI's schema: `kind`
// (`"custom-tool"`, `"shell"`, `"write"`, `"read"`, `"mcp"`, `"url"`,
// `"memory"`, `"hook"`...) narrows the kind's fields, e.g. `toolName` for
// `custom-tool`, `fullCommandText` for `shell`, `fileName` for `write`.
// Re-exported as it is (not as an alias) so that the docs and the generated
// event types name one and the same type.
export type { PermissionRequest };

/**
 * The answer to a {@linkcode PermissionRequest}.
 *
 * @example Refuse with a reason the model reads
 * ```ts
 * import type { PermissionResult } from "@copilot-sdk/copilot";
 *
 * const no: PermissionResult = { kind: "reject", feedback: "Use the read-only tools instead" };
 * ```
 */
export type PermissionResult =
  | {
    /** Allow this one request. */
    kind: "approve-once";
  }
  | {
    /**
     * Allow this and similar requests for the rest of the session. What is
     * remembered is derived from the request (the tool, the shell commands,
     * the URL's domain...) unless `approval` or `domain` says otherwise.
     */
    kind: "approve-for-session";
    /** What to remember, when not what the request implies (tool prompts). */
    approval?: PermissionDecisionApproveForSessionApproval;
    /** The URL domain to remember, when not the request's (URL prompts). */
    domain?: string;
  }
  | {
    /** Refuse. */
    kind: "reject";
    /** Told to the model, e.g. why or what to do instead. */
    feedback?: string;
  }
  | {
    /** Nobody is there to decide: refused. */
    kind: "user-not-available";
  };

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
) => PermissionResult | Promise<PermissionResult>;

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

const KINDS = new Set(["approve-once", "approve-for-session", "reject", "user-not-available"]);

/**
 * Runs a permission handler and returns the decision to send: the handler's
 * when it is valid, else a refusal saying why.
 *
 * @param handler The handler.
 * @param request The request.
 * @param invocation The session.
 * @param report Receives the error of a handler that threw.
 * @returns The decision.
 */
export async function decidePermission(
  handler: PermissionHandler,
  request: PermissionRequest,
  invocation: PermissionInvocation,
  report: (error: unknown) => void,
): Promise<PermissionResult> {
  try {
    const result = await handler(request, invocation);
    if (result && typeof result === "object" && KINDS.has(result.kind)) {
      if (result.kind !== "approve-for-session" || result.approval || result.domain) return result;
      return { ...result, ...rememberedFor(request) };
    }
    report(
      new TypeError(
        `Permission handler returned ${
          JSON.stringify(result)
        }; return {kind: "approve-once" | "approve-for-session" | "reject"}`,
      ),
    );
    return { kind: "reject", feedback: "The permission handler gave no valid decision" };
  } catch (error) {
    report(error);
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "reject", feedback: `The permission handler failed: ${message}` };
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
