/**
 * The official SDK's (`@github/copilot-sdk`) names for types this SDK has
 * under other names, so that code written for it type-checks unchanged, and
 * its table of system message sections. Each is an alias: the type it names
 * is documented where it is defined.
 *
 * @module
 */

import type { AuthStatusResponse, SessionLifecycleEvent, StatusResponse } from "./protocol.ts";
import type { ClientInfo, TraceContext } from "./client_options.ts";
import type { SessionEventOf, SessionEventType } from "./events.ts";
import type { McpLocalServerConfig, McpRemoteServerConfig } from "./mcp_server_config.ts";
import type { PermissionResult } from "./permissions.ts";
import type {
  SectionOverride,
  SystemMessageConfig,
  SystemMessageSection,
} from "./system_message.ts";
import type { SessionUi } from "./session_ui.ts";
import type { SessionFsProvider } from "./session_fs.ts";

/** A handler of every session lifecycle event (the official name). */
export type SessionLifecycleHandler = (event: SessionLifecycleEvent) => void;

/** A handler of one session lifecycle event type (the official name). */
export type TypedSessionLifecycleHandler<K extends SessionLifecycleEvent["type"]> = (
  event: SessionLifecycleEvent & { type: K },
) => void;

/** A `session.created` lifecycle event (the official name). */
export type SessionCreatedEvent = SessionLifecycleEvent & { type: "session.created" };
/** A `session.deleted` lifecycle event (the official name). */
export type SessionDeletedEvent = SessionLifecycleEvent & { type: "session.deleted" };
/** A `session.updated` lifecycle event (the official name). */
export type SessionUpdatedEvent = SessionLifecycleEvent & { type: "session.updated" };
/** A `session.foreground` lifecycle event (the official name). */
export type SessionForegroundEvent = SessionLifecycleEvent & { type: "session.foreground" };
/** A `session.background` lifecycle event (the official name). */
export type SessionBackgroundEvent = SessionLifecycleEvent & { type: "session.background" };
/** The metadata of a lifecycle event (the official name). */
export type SessionLifecycleEventMetadata = NonNullable<SessionLifecycleEvent["metadata"]>;

/** The official name of {@linkcode AuthStatusResponse} (`getAuthStatus()`). */
export type GetAuthStatusResponse = AuthStatusResponse;
/** The official name of {@linkcode StatusResponse} (`getStatus()`). */
export type GetStatusResponse = StatusResponse;
/** The official name of {@linkcode ClientInfo} (the `clientInfo` option). */
export type CopilotClientInfo = ClientInfo;
/** The official name of the `onGetTraceContext` callback's type. */
export type TraceContextProvider = () => TraceContext | Promise<TraceContext>;

/** The official name of {@linkcode SessionEventOf}: the event of one type. */
export type SessionEventPayload<T extends SessionEventType> = SessionEventOf<T>;
/** A handler of one session event type (the official name). */
export type TypedSessionEventHandler<T extends SessionEventType> = (
  event: SessionEventOf<T>,
) => void;

/** The official name of the MCP server configurations' union. */
export type MCPServerConfig = McpLocalServerConfig | McpRemoteServerConfig;
/** The official name of {@linkcode McpLocalServerConfig}. */
export type MCPStdioServerConfig = McpLocalServerConfig;
/** The official name of {@linkcode McpRemoteServerConfig}. */
export type MCPHTTPServerConfig = McpRemoteServerConfig;

/** The official name of {@linkcode PermissionResult}. */
export type PermissionRequestResult = PermissionResult;

/** `systemMessage` in its `"append"` mode (the official name). */
export type SystemMessageAppendConfig = Extract<SystemMessageConfig, { mode?: "append" }>;
/** `systemMessage` in its `"replace"` mode (the official name). */
export type SystemMessageReplaceConfig = Extract<SystemMessageConfig, { mode: "replace" }>;
/** `systemMessage` in its `"customize"` mode (the official name). */
export type SystemMessageCustomizeConfig = Extract<SystemMessageConfig, { mode: "customize" }>;
/** The action of a {@linkcode SectionOverride} (the official name). */
export type SectionOverrideAction = SectionOverride["action"];
/** A callback that rewrites a section (the official name). */
export type SectionTransformFn = (currentContent: string) => string | Promise<string>;

/** The official name of {@linkcode SessionUi} (`session.ui`). */
export type SessionUiApi = SessionUi;

/**
 * The sections of the CLI's system message that `systemMessage`'s
 * `"customize"` mode can change, with what each holds (the official SDK's
 * table).
 *
 * @example List the sections
 * ```ts
 * import { SYSTEM_MESSAGE_SECTIONS } from "@copilot-sdk/copilot";
 *
 * for (const [name, { description }] of Object.entries(SYSTEM_MESSAGE_SECTIONS)) {
 *   console.log(`${name}: ${description}`);
 * }
 * ```
 */
export const SYSTEM_MESSAGE_SECTIONS: Readonly<
  Record<SystemMessageSection, { readonly description: string }>
> = Object.freeze({
  preamble: { description: "Who the agent is, and the mode it runs in" },
  identity: { description: "The group of the preamble and the sections after it (tone...)" },
  tone: { description: "How answers are written: length, style, formatting" },
  tool_efficiency: { description: "How to call tools: in parallel, batched" },
  environment_context: {
    description: "The working directory, OS, git root, files and tools at hand",
  },
  code_change_rules: { description: "Rules for changing code: linting, tests, style" },
  guidelines: { description: "Behaviour guidelines and tips" },
  safety: { description: "Limits of the environment, forbidden actions, security rules" },
  tool_instructions: { description: "Instructions for each tool" },
  custom_instructions: { description: "The repository's and organization's instructions" },
  runtime_instructions: {
    description:
      "Context the CLI adds as it runs: notifications, memories, workspace, mode, content exclusion",
  },
  last_instructions: { description: "The closing instructions" },
});

/**
 * The well-known values of `managedSettings.permissions.disableBypassPermissionsMode`
 * (the official SDK's table).
 *
 * @example Turn bypass-permissions mode off for a session
 * ```ts
 * import { DisableBypassPermissionsModes, type SessionConfig } from "@copilot-sdk/copilot";
 *
 * const config: SessionConfig = {
 *   managedSettings: {
 *     permissions: { disableBypassPermissionsMode: DisableBypassPermissionsModes.Disable },
 *   },
 * };
 * ```
 */
export const DisableBypassPermissionsModes: {
  /** Bypass-permissions mode is off. */
  readonly Disable: "disable";
  /** Automatic bypass is allowed, full allow-all is not. */
  readonly AllowAutoOnly: "allow-auto-only";
} = Object.freeze({ Disable: "disable", AllowAutoOnly: "allow-auto-only" });

/**
 * The official SDK wraps a session file system provider in an adapter
 * before giving it to the CLI; this SDK takes the provider itself, so this
 * returns it unchanged (for code written for the official SDK).
 *
 * @param provider The provider.
 * @returns The same provider.
 *
 * @example Code written for the official SDK
 * ```ts
 * import { createSessionFsAdapter, memorySessionFs } from "@copilot-sdk/copilot";
 *
 * const provider = memorySessionFs();
 * if (createSessionFsAdapter(provider) !== provider) throw new Error("unchanged");
 * ```
 */
export function createSessionFsAdapter<P extends SessionFsProvider>(provider: P): P {
  return provider;
}
