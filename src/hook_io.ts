/**
 * What each hook receives and may return: the input and output of every
 * hook of a session's `hooks` (`SessionHooks`, in `hooks.ts`).
 *
 * @module
 */

import type { ToolResultObject } from "./tools.ts";

/**
 * Fields every hook input has.
 *
 * @example Log when and where a hook ran
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onSessionStart: ({ sessionId, timestamp, workingDirectory }) => {
 *     console.log(`${sessionId} started at ${timestamp.toISOString()} in ${workingDirectory}`);
 *   },
 * };
 * ```
 */
export interface BaseHookInput {
  /** The session that triggered the hook (a sub-agent's may differ from the invocation's). */
  sessionId: string;
  /** When the CLI emitted the hook. */
  timestamp: Date;
  /** The session's working directory. */
  workingDirectory: string;
}

/**
 * Input of `onPreToolUse`.
 *
 * @example See every tool call before it runs
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onPreToolUse: ({ toolName, toolArgs }) => {
 *     console.log(`about to run ${toolName} ${JSON.stringify(toolArgs)}`);
 *   },
 * };
 * ```
 */
export interface PreToolUseHookInput extends BaseHookInput {
  /** The tool about to run. */
  toolName: string;
  /** Its arguments. */
  toolArgs: unknown;
}

/**
 * Output of `onPreToolUse`.
 *
 * @example Deny the shell, rewrite arguments
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onPreToolUse: ({ toolName, toolArgs }) => {
 *     if (toolName === "bash") {
 *       return { permissionDecision: "deny", permissionDecisionReason: "No shell here" };
 *     }
 *     if (toolName === "get_weather") {
 *       return { modifiedArgs: { ...(toolArgs as object), units: "metric" } };
 *     }
 *   },
 * };
 * ```
 */
export interface PreToolUseHookOutput {
  /** `"deny"` stops the call; `"allow"` skips the permission prompt; `"ask"` asks. */
  permissionDecision?: "allow" | "deny" | "ask";
  /** Why, told to the model on `"deny"`. */
  permissionDecisionReason?: string;
  /** Replacement arguments. */
  modifiedArgs?: unknown;
  /** Extra context for the model. */
  additionalContext?: string;
  /** Hide the hook's output from the session log. */
  suppressOutput?: boolean;
}

/**
 * Input of `onPostToolUse`.
 *
 * @example Log what a tool returned
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onPostToolUse: ({ toolName, toolResult }) => {
 *     console.log(`${toolName}: ${toolResult.resultType ?? "success"}`);
 *   },
 * };
 * ```
 */
export interface PostToolUseHookInput extends BaseHookInput {
  /** The tool that ran. */
  toolName: string;
  /** Its arguments. */
  toolArgs: unknown;
  /** What it returned. */
  toolResult: ToolResultObject;
}

/**
 * Output of `onPostToolUse`.
 *
 * @example Redact a result before the model sees it
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onPostToolUse: ({ toolResult }) => ({
 *     modifiedResult: {
 *       ...toolResult,
 *       textResultForLlm: toolResult.textResultForLlm.replace(/sk-\w+/g, "[redacted]"),
 *     },
 *   }),
 * };
 * ```
 */
export interface PostToolUseHookOutput {
  /** A replacement result for the model. */
  modifiedResult?: ToolResultObject;
  /** Extra context for the model. */
  additionalContext?: string;
  /** Hide the hook's output from the session log. */
  suppressOutput?: boolean;
}

/**
 * Input of `onPostToolUseFailure`.
 *
 * @example Log tool failures
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onPostToolUseFailure: ({ toolName, error }) => {
 *     console.error(`${toolName} failed: ${error}`);
 *   },
 * };
 * ```
 */
export interface PostToolUseFailureHookInput extends BaseHookInput {
  /** The tool that failed. */
  toolName: string;
  /** Its arguments. */
  toolArgs: unknown;
  /** The failure. */
  error: string;
}

/**
 * Output of `onPostToolUseFailure`.
 *
 * @example Give the model a hint after a failure
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onPostToolUseFailure: ({ toolName }) => ({
 *     additionalContext: `${toolName} is flaky: try once more before giving up.`,
 *   }),
 * };
 * ```
 */
export interface PostToolUseFailureHookOutput {
  /** Extra context for the model. */
  additionalContext?: string;
}

/**
 * Input of `onUserPromptSubmitted`.
 *
 * @example Log prompts
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onUserPromptSubmitted: ({ prompt }) => {
 *     console.log(`> ${prompt}`);
 *   },
 * };
 * ```
 */
export interface UserPromptSubmittedHookInput extends BaseHookInput {
  /** The prompt as sent. */
  prompt: string;
}

/**
 * Output of `onUserPromptSubmitted`.
 *
 * @example Add an instruction to every prompt
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onUserPromptSubmitted: ({ prompt }) => ({ modifiedPrompt: `${prompt}\nAnswer briefly.` }),
 * };
 * ```
 */
export interface UserPromptSubmittedHookOutput {
  /** A replacement prompt. */
  modifiedPrompt?: string;
  /** Extra context for the model. */
  additionalContext?: string;
  /** Hide the hook's output from the session log. */
  suppressOutput?: boolean;
}

/**
 * Input of `onUserPromptTransformed`.
 *
 * @example See what the CLI added to a prompt
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onUserPromptTransformed: ({ prompt, transformedPrompt }) => {
 *     console.log(`the CLI added ${transformedPrompt.length - prompt.length} characters`);
 *   },
 * };
 * ```
 */
export interface UserPromptTransformedHookInput extends BaseHookInput {
  /** The prompt as sent. */
  prompt: string;
  /** The prompt after the CLI added its context. */
  transformedPrompt: string;
}

/**
 * Output of `onUserPromptTransformed`.
 *
 * @example Replace the transformed prompt
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onUserPromptTransformed: ({ transformedPrompt }) => ({
 *     modifiedTransformedPrompt: transformedPrompt.replace(/<reminder>[\s\S]*?<\/reminder>/g, ""),
 *   }),
 * };
 * ```
 */
export interface UserPromptTransformedHookOutput {
  /** A replacement for the transformed prompt. */
  modifiedTransformedPrompt?: string;
}

/**
 * Input of `onSessionStart`.
 *
 * @example Tell new sessions from resumed ones
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onSessionStart: ({ source }) => {
 *     console.log(source === "resume" ? "welcome back" : "new session");
 *   },
 * };
 * ```
 */
export interface SessionStartHookInput extends BaseHookInput {
  /** Why the session started. */
  source: "startup" | "resume" | "new";
  /** The first prompt, when known. */
  initialPrompt?: string;
}

/**
 * Output of `onSessionStart`.
 *
 * @example Give every session some context
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onSessionStart: () => ({ additionalContext: "The project uses Deno and tabs." }),
 * };
 * ```
 */
export interface SessionStartHookOutput {
  /** Extra context for the model. */
  additionalContext?: string;
  /** Configuration changes. */
  modifiedConfig?: Record<string, unknown>;
}

/**
 * Input of `onSessionEnd`.
 *
 * @example Log how a session ended
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onSessionEnd: ({ reason, error }) => {
 *     console.log(`session ended: ${reason}${error ? ` (${error})` : ""}`);
 *   },
 * };
 * ```
 */
export interface SessionEndHookInput extends BaseHookInput {
  /** Why it ended. */
  reason: "complete" | "error" | "abort" | "timeout" | "user_exit";
  /** The last message. */
  finalMessage?: string;
  /** The error, when it ended with one. */
  error?: string;
}

/**
 * Output of `onSessionEnd`.
 *
 * @example Keep a summary
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onSessionEnd: ({ finalMessage }) => ({ sessionSummary: finalMessage?.slice(0, 200) }),
 * };
 * ```
 */
export interface SessionEndHookOutput {
  /** Hide the hook's output from the session log. */
  suppressOutput?: boolean;
  /** Actions to run. */
  cleanupActions?: string[];
  /** A summary to keep. */
  sessionSummary?: string;
}

/**
 * Input of `onErrorOccurred`.
 *
 * @example Log errors with their context
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onErrorOccurred: ({ error, errorContext, recoverable }) => {
 *     console.error(`${errorContext}: ${error}${recoverable ? "" : " (fatal)"}`);
 *   },
 * };
 * ```
 */
export interface ErrorOccurredHookInput extends BaseHookInput {
  /** The error. */
  error: string;
  /** Where it happened. */
  errorContext: "model_call" | "tool_execution" | "system" | "user_input";
  /** Whether the CLI can go on. */
  recoverable: boolean;
}

/**
 * Output of `onErrorOccurred`.
 *
 * @example Retry failed model calls
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onErrorOccurred: ({ errorContext }) =>
 *     errorContext === "model_call" ? { errorHandling: "retry", retryCount: 2 } : undefined,
 * };
 * ```
 */
export interface ErrorOccurredHookOutput {
  /** Hide the hook's output from the session log. */
  suppressOutput?: boolean;
  /** Retry the failed step, skip it, or abort the turn. */
  errorHandling?: "retry" | "skip" | "abort";
  /** How many retries. */
  retryCount?: number;
  /** A message for the user. */
  userNotification?: string;
}

/**
 * Input of `onPreMcpToolCall`.
 *
 * @example See MCP calls
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onPreMcpToolCall: ({ serverName, toolName }) => {
 *     console.log(`MCP ${serverName}/${toolName}`);
 *   },
 * };
 * ```
 */
export interface PreMcpToolCallHookInput extends BaseHookInput {
  /** The call's id. */
  toolCallId?: string;
  /** The MCP server. */
  serverName: string;
  /** The MCP tool. */
  toolName: string;
  /** Its arguments. */
  arguments: unknown;
  /** MCP `_meta` of the call. */
  _meta?: Record<string, unknown>;
}

/**
 * Output of `onPreMcpToolCall`.
 *
 * @example Add `_meta` to an MCP call
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onPreMcpToolCall: ({ _meta }) => ({ metaToUse: { ..._meta, tenant: "acme" } }),
 * };
 * ```
 */
export interface PreMcpToolCallHookOutput {
  /** Replacement `_meta` (`null` removes it). */
  metaToUse?: Record<string, unknown> | null;
}

/**
 * Input of `onAgentStop`.
 *
 * @example Log why the agent stopped
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onAgentStop: ({ stopReason }) => {
 *     console.log(`agent stopped: ${stopReason ?? "done"}`);
 *   },
 * };
 * ```
 */
export interface AgentStopHookInput extends BaseHookInput {
  /** Why the agent stopped. */
  stopReason?: string;
  /** Where the transcript is. */
  transcriptPath?: string;
  /** Whether a stop hook already kept it going. */
  stopHookActive?: boolean;
}

/**
 * Output of `onAgentStop`.
 *
 * @example Keep the agent going once
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onAgentStop: ({ stopHookActive }) =>
 *     stopHookActive ? undefined : { decision: "block", reason: "Run the tests before you stop." },
 * };
 * ```
 */
export interface AgentStopHookOutput {
  /** `"block"` keeps the agent working. */
  decision?: "block";
  /** Why, told to the agent. */
  reason?: string;
}
