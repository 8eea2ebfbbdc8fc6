/**
 * Permission requests: the agent asks before it runs a tool, a shell
 * command, writes a file, fetches a URL... and a handler of yours answers.
 *
 * @module
 */

import type { PermissionRequest as GeneratedPermissionRequest } from "./generated/session_events.ts";

/**
 * What the agent asks permission for, typed from the CLI's schema: `kind`
 * (`"custom-tool"`, `"shell"`, `"write"`, `"read"`, `"mcp"`, `"url"`,
 * `"memory"`, `"hook"`...) narrows the kind's fields, e.g. `toolName` for
 * `custom-tool`, `fullCommandText` for `shell`, `fileName` for `write`.
 */
export type PermissionRequest = GeneratedPermissionRequest;

/** The answer to a {@linkcode PermissionRequest}. */
export type PermissionResult =
  | {
    /** Allow this one request. */
    kind: "approve-once";
  }
  | {
    /** Allow this and similar requests for the rest of the session. */
    kind: "approve-for-session";
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

/** What a permission handler learns besides the request. */
export interface PermissionInvocation {
  /** The session asking. */
  sessionId: string;
}

/**
 * Decides a permission request. A handler that throws (or returns nothing
 * usable) refuses the request; it is never left pending.
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
 * @example
 * ```ts ignore
 * const session = await client.createSession({ model: "gpt-5", onPermissionRequest: approveAll });
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
    if (result && typeof result === "object" && KINDS.has(result.kind)) return result;
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
