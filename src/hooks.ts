/**
 * Hooks: callbacks the CLI runs at points of a session's life (before and
 * after a tool runs, when a prompt is submitted, when an error occurs...).
 * Their output can change what happens next.
 *
 * @module
 */

import type {
  AgentStopHookInput,
  AgentStopHookOutput,
  ErrorOccurredHookInput,
  ErrorOccurredHookOutput,
  PostToolUseFailureHookInput,
  PostToolUseFailureHookOutput,
  PostToolUseHookInput,
  PostToolUseHookOutput,
  PreMcpToolCallHookInput,
  PreMcpToolCallHookOutput,
  PreToolUseHookInput,
  PreToolUseHookOutput,
  SessionEndHookInput,
  SessionEndHookOutput,
  SessionStartHookInput,
  SessionStartHookOutput,
  UserPromptSubmittedHookInput,
  UserPromptSubmittedHookOutput,
  UserPromptTransformedHookInput,
  UserPromptTransformedHookOutput,
} from "./hook_io.ts";

/**
 * What every hook learns besides its input.
 *
 * @example One hook for many sessions
 * ```ts
 * import type { SessionHooks } from "@copilot-sdk/copilot";
 *
 * const hooks: SessionHooks = {
 *   onUserPromptSubmitted: (_input, { sessionId }) => {
 *     console.log(`prompt in ${sessionId}`);
 *   },
 * };
 * ```
 */
export interface HookInvocation {
  /** The session the hook runs for. */
  sessionId: string;
}

/**
 * A hook: returns its output, or nothing for "no change". It may be async.
 * A hook that throws counts as no output: the error goes to the client's
 * `onError` and into the session's history as a `session.error` event.
 *
 * @example A typed hook kept apart
 * ```ts
 * import type {
 *   HookHandler,
 *   PreToolUseHookInput,
 *   PreToolUseHookOutput,
 * } from "@copilot-sdk/copilot";
 *
 * const readOnly: HookHandler<PreToolUseHookInput, PreToolUseHookOutput> = ({ toolName }) =>
 *   ["edit", "create", "bash"].includes(toolName)
 *     ? { permissionDecision: "deny", permissionDecisionReason: "Read-only session" }
 *     : undefined;
 * // createSession({ model, hooks: { onPreToolUse: readOnly } })
 * ```
 */
export type HookHandler<I, O> = (
  input: I,
  invocation: HookInvocation,
) => O | void | Promise<O | void>;

/**
 * The hooks a session may set (`createSession({ hooks })`); each is
 * optional. Setting none means the CLI never calls back.
 *
 * @example Deny the shell and add to every prompt
 * ```ts
 * import type { SessionConfig } from "@copilot-sdk/copilot";
 *
 * const config: SessionConfig = {
 *   model: "gpt-5",
 *   hooks: {
 *     onPreToolUse: ({ toolName }) =>
 *       toolName === "bash"
 *         ? { permissionDecision: "deny", permissionDecisionReason: "No shell" }
 *         : undefined,
 *     onUserPromptSubmitted: ({ prompt }) => ({ modifiedPrompt: `${prompt}\nAnswer briefly.` }),
 *   },
 * };
 * // const session = await client.createSession(config);
 * ```
 */
export interface SessionHooks {
  /** Before a tool runs: allow, deny or change the call. */
  onPreToolUse?: HookHandler<PreToolUseHookInput, PreToolUseHookOutput>;
  /** After a tool ran: change its result or add context. */
  onPostToolUse?: HookHandler<PostToolUseHookInput, PostToolUseHookOutput>;
  /** After a tool failed. */
  onPostToolUseFailure?: HookHandler<PostToolUseFailureHookInput, PostToolUseFailureHookOutput>;
  /** When a prompt is submitted: change it or add context. */
  onUserPromptSubmitted?: HookHandler<UserPromptSubmittedHookInput, UserPromptSubmittedHookOutput>;
  /** After the CLI added its context to a prompt. */
  onUserPromptTransformed?: HookHandler<
    UserPromptTransformedHookInput,
    UserPromptTransformedHookOutput
  >;
  /** When the session starts. */
  onSessionStart?: HookHandler<SessionStartHookInput, SessionStartHookOutput>;
  /** When the session ends. */
  onSessionEnd?: HookHandler<SessionEndHookInput, SessionEndHookOutput>;
  /** When an error occurs: retry, skip or abort. */
  onErrorOccurred?: HookHandler<ErrorOccurredHookInput, ErrorOccurredHookOutput>;
  /** Before an MCP tool runs. */
  onPreMcpToolCall?: HookHandler<PreMcpToolCallHookInput, PreMcpToolCallHookOutput>;
  /** When the agent is about to stop: keep it going. */
  onAgentStop?: HookHandler<AgentStopHookInput, AgentStopHookOutput>;
}

/** The CLI's hook type names and the {@linkcode SessionHooks} key of each. */
const HOOK_KEYS: Record<string, keyof SessionHooks> = {
  preToolUse: "onPreToolUse",
  postToolUse: "onPostToolUse",
  postToolUseFailure: "onPostToolUseFailure",
  userPromptSubmitted: "onUserPromptSubmitted",
  userPromptTransformed: "onUserPromptTransformed",
  sessionStart: "onSessionStart",
  sessionEnd: "onSessionEnd",
  errorOccurred: "onErrorOccurred",
  preMcpToolCall: "onPreMcpToolCall",
  agentStop: "onAgentStop",
};

/**
 * Tells whether any hook is set, so the CLI is asked to call back.
 *
 * @param hooks The session's hooks.
 * @returns `true` when at least one is a function.
 */
export function hasHooks(hooks: SessionHooks | undefined): boolean {
  return !!hooks && Object.values(hooks).some((hook) => typeof hook === "function");
}

/**
 * Runs the hook the CLI asked for. The wire input's `timestamp` (ms) becomes
 * a `Date` and `cwd` becomes `workingDirectory`.
 *
 * @param hooks The session's hooks.
 * @param hookType The CLI's hook type, e.g. `"preToolUse"`.
 * @param input The wire input.
 * @param invocation The session.
 * @returns The hook's output, or `undefined` when none is set or it returned nothing.
 * @throws The hook's own error; the caller reports it and sends no output.
 */
export async function runHook(
  hooks: SessionHooks | undefined,
  hookType: string,
  input: unknown,
  invocation: HookInvocation,
): Promise<unknown> {
  const key = HOOK_KEYS[hookType];
  const hook = key ? hooks?.[key] : undefined;
  if (typeof hook !== "function") return undefined;
  const output = await (hook as HookHandler<unknown, unknown>)(fromWireInput(input), invocation);
  return output ?? undefined;
}

function fromWireInput(raw: unknown): unknown {
  if (raw === null || typeof raw !== "object") return raw;
  const { cwd, stop_hook_active, timestamp, ...rest } = raw as Record<string, unknown>;
  const input: Record<string, unknown> = { ...rest };
  if (timestamp !== undefined) {
    input.timestamp = new Date(typeof timestamp === "number" ? timestamp : String(timestamp));
  }
  if (cwd !== undefined) input.workingDirectory = cwd;
  // The CLI sends some errors as serialized Error objects ({name, message, stack}).
  const error = rest.error as { message?: unknown } | null | undefined;
  if (error !== null && typeof error === "object") {
    input.error = typeof error.message === "string" ? error.message : JSON.stringify(error);
  }
  if (stop_hook_active !== undefined) input.stopHookActive = stop_hook_active;
  return input;
}
