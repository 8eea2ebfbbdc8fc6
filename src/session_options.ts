/**
 * The session options of the official `@github/copilot-sdk` beyond the
 * common ones of `SessionConfig`, with its names and defaults.
 * Some reach the CLI under another name (`enableExperimentalMode` is sent as
 * `isExperimentalMode`, `largeOutput.outputDirectory` as `outputDir`...):
 * `_session_wire.ts` does that mapping.
 *
 * @module
 */

import type {
  CapiSessionOptions,
  MemoryConfiguration,
  ModelCapabilitiesOverride,
  NamedProviderConfig,
  OpenCanvasInstance,
  ProviderModelConfig,
  RemoteSessionMode,
  SessionLogLevel,
} from "./generated/rpc.ts";
import type {
  ContextTier,
  GitHubMcpToolConfig,
  ReasoningSummary,
  SessionLimitsConfig,
} from "./generated/session_events.ts";
import type { CallOptions } from "./client_options.ts";

export type {
  CapiSessionOptions,
  ContextTier,
  GitHubMcpToolConfig,
  MemoryConfiguration,
  ModelCapabilitiesOverride,
  NamedProviderConfig,
  OpenCanvasInstance,
  ProviderModelConfig,
  ReasoningSummary,
  RemoteSessionMode,
  SessionLimitsConfig,
  SessionLogLevel,
};

/**
 * How large tool outputs are handled: an output over `maxSizeBytes` is
 * written to a file and the model gets a reference to it instead.
 *
 * @example Keep outputs over 4 KiB out of the context
 * ```ts
 * import type { LargeToolOutputConfig } from "@copilot-sdk/copilot";
 *
 * const largeOutput: LargeToolOutputConfig = {
 *   enabled: true,
 *   maxSizeBytes: 4096,
 *   outputDirectory: "/tmp/tool-outputs",
 * };
 * ```
 */
export interface LargeToolOutputConfig {
  /**
   * Whether large outputs go to files.
   *
   * @default {true}
   */
  enabled?: boolean;
  /**
   * The size in bytes above which an output goes to a file.
   *
   * @default {51200}
   */
  maxSizeBytes?: number;
  /** Where the files go (sent to the CLI as `outputDir`); default: the OS temp directory. */
  outputDirectory?: string;
}

/**
 * Tool search: past a number of tools, MCP and SDK tools are offered through
 * the built-in `tool_search_tool` instead of all at once.
 *
 * @example Always offer every tool
 * ```ts
 * import type { ToolSearchConfig } from "@copilot-sdk/copilot";
 *
 * const toolSearch: ToolSearchConfig = { enabled: false };
 * ```
 */
export interface ToolSearchConfig {
  /** Whether tool search is on. */
  enabled?: boolean;
  /**
   * The tool count above which MCP and SDK tools are deferred.
   *
   * @default {30}
   */
  deferThreshold?: number;
}

/**
 * The default agent (the one that handles turns when no custom agent is
 * selected).
 *
 * @example Leave a tool to a sub-agent
 * ```ts
 * import type { DefaultAgentConfig } from "@copilot-sdk/copilot";
 *
 * const defaultAgent: DefaultAgentConfig = { excludedTools: ["deploy"] };
 * ```
 */
export interface DefaultAgentConfig {
  /** Tools the default agent does not get; custom agents that list them still do. */
  excludedTools?: string[];
}

/**
 * The permission rules of {@linkcode ManagedSettings} (`"Read(**)"`,
 * `"Shell(git push *)"`...).
 *
 * @example Deny pushes
 * ```ts
 * import type { ManagedSettingsPermissions } from "@copilot-sdk/copilot";
 *
 * const permissions: ManagedSettingsPermissions = { deny: ["Shell(git push *)"] };
 * ```
 */
export interface ManagedSettingsPermissions {
  /**
   * `"disable"` turns off bypass-permissions mode, `"allow-auto-only"` allows
   * automatic bypass but not allow-all (see `DisableBypassPermissionsModes`);
   * a value the CLI does not know is sent as it is, so a newer policy fails
   * closed.
   */
  disableBypassPermissionsMode?: "disable" | "allow-auto-only" | (string & Record<never, never>);
  /** Operations always denied. */
  deny?: string[];
  /** Operations that always ask. */
  ask?: string[];
  /** Operations allowed without asking (every managed `allow` list must admit one). */
  allow?: string[];
}

/**
 * Enterprise managed settings supplied by the host (not kept: give them
 * again on resume).
 *
 * @example No bypass mode
 * ```ts
 * import type { ManagedSettings } from "@copilot-sdk/copilot";
 *
 * const managedSettings: ManagedSettings = {
 *   permissions: { disableBypassPermissionsMode: "disable" },
 * };
 * ```
 */
export interface ManagedSettings {
  /** The permission policy. */
  permissions?: ManagedSettingsPermissions;
}

/**
 * A cloud session: it runs remotely, and the server picks its id.
 *
 * @example A cloud session on a repository
 * ```ts
 * import type { CloudSessionOptions } from "@copilot-sdk/copilot";
 *
 * const cloud: CloudSessionOptions = { repository: { owner: "octo", name: "app" } };
 * ```
 */
export interface CloudSessionOptions {
  /** The repository the session works on. */
  repository?: {
    /** Its owner. */
    owner: string;
    /** Its name. */
    name: string;
    /** A branch. */
    branch?: string;
  };
}

/**
 * Session options beyond the common ones, with the official SDK's names.
 * Both `SessionConfig` and `ResumeSessionConfig` have them.
 *
 * @example A locked-down session
 * ```ts
 * import type { SessionConfig } from "@copilot-sdk/copilot";
 *
 * const config: SessionConfig = {
 *   model: "gpt-5",
 *   clientName: "my-app",
 *   memory: { enabled: false },
 *   enableSkills: false,
 *   enableHostGitOperations: false,
 *   largeOutput: { maxSizeBytes: 8192 },
 *   additionalDirectories: ["/srv/shared"],
 * };
 * ```
 */
export interface SessionOptions {
  /** Names your application in the User-Agent of the CLI's API requests. */
  clientName?: string;
  /** The reasoning summary of models that have one: `"none"`, `"concise"` or `"detailed"`. */
  reasoningSummary?: ReasoningSummary;
  /** `"long_context"` pins the session to the model's long-context tier. */
  contextTier?: ContextTier;
  /** Overrides of the model's capabilities, merged over the CLI's. */
  modelCapabilities?: ModelCapabilitiesOverride;
  /**
   * Turns the CLI's experimental features on or off (sent as
   * `isExperimentalMode`).
   *
   * @default {the CLI decides; false with the client's mode "empty"}
   */
  enableExperimentalMode?: boolean;
  /** How large tool outputs are handled. */
  largeOutput?: LargeToolOutputConfig;
  /**
   * The directory the session keeps its configuration and state in (sent as
   * `configDir`; the older name `configDir` works too).
   */
  configDirectory?: string;
  /**
   * Let the CLI discover configuration (MCP servers, agents, instructions...)
   * from the working directory and home; what you pass wins.
   *
   * @default {false}
   */
  enableConfigDiscovery?: boolean;
  /** Tool search settings. */
  toolSearch?: ToolSearchConfig;
  /** Built-in agents to hide. */
  excludedBuiltinAgents?: string[];
  /**
   * Named BYOK providers, used by {@linkcode SessionOptions.models}; they
   * add to Copilot's models (not with `provider`). Experimental in the CLI.
   */
  providers?: NamedProviderConfig[];
  /** BYOK models of the named `providers`, selected as `"provider/id"`. Experimental in the CLI. */
  models?: ProviderModelConfig[];
  /** Options of the built-in Copilot API provider. */
  capi?: CapiSessionOptions;
  /** More directories the agent may use besides the working directory (give them again on resume). */
  additionalDirectories?: string[];
  /** The default agent's settings. */
  defaultAgent?: DefaultAgentConfig;
  /** The custom agent (by `name`, from `customAgents`) active from the start. */
  agent?: string;
  /** Plugin directories (Open Plugins format) to load. */
  pluginDirectories?: string[];
  /** More directories to look for custom instruction files in. */
  instructionDirectories?: string[];
  /** MCP servers (by exact name) not to start. */
  disabledMcpServers?: string[];
  /** The memory feature; default: the CLI's. */
  memory?: MemoryConfiguration;
  /** `false` turns off the CLI's own session telemetry (always off with a BYOK `provider`). */
  enableSessionTelemetry?: boolean;
  /** Native model citations, where the provider has them. Experimental in the CLI. */
  enableCitations?: boolean;
  /** Record file changes, for rewind and the session's diff. */
  enableFileChangeTracking?: boolean;
  /** Limits of the session's accounting window. Experimental in the CLI. */
  sessionLimits?: SessionLimitsConfig;
  /**
   * Forward sub-agents' streaming deltas (`assistant.message_delta`... with
   * an `agentId`).
   *
   * @default {true}
   */
  includeSubAgentStreamingEvents?: boolean;
  /**
   * Where MCP OAuth tokens are kept: the OS keychain (`"persistent"`) or
   * memory for the session's life.
   *
   * @default {"in-memory"}
   */
  mcpOAuthTokenStorage?: "persistent" | "in-memory";
  /**
   * MCP Apps UI passthrough (sent as `requestMcpApps`); only when you can
   * render `ui://` bundles, and only if the CLI has MCP Apps on.
   *
   * @default {false}
   */
  enableMcpApps?: boolean;
  /** The built-in GitHub MCP server's settings. */
  githubMcpToolConfig?: GitHubMcpToolConfig;
  /**
   * A GitHub token for this session's identity (several users on one CLI);
   * independent of the client's `githubToken`. Not with `provider`.
   */
  gitHubToken?: string;
  /** Have the CLI fetch enterprise managed settings with the session's `gitHubToken`. */
  enableManagedSettings?: boolean;
  /** Enterprise managed settings supplied by you (give them again on resume). */
  managedSettings?: ManagedSettings;
  /** Skip embedding-based retrieval (no shared embedding cache between sessions). */
  skipEmbeddingRetrieval?: boolean;
  /** Where embeddings are cached: on disk and shared, or in memory. */
  embeddingCacheStorage?: "persistent" | "in-memory";
  /** Organization instructions to add to the system prompt. */
  organizationCustomInstructions?: string;
  /** Discover instruction files (AGENTS.md...) near files the agent views. */
  enableOnDemandInstructionDiscovery?: boolean;
  /** Load file-based hooks from `.github/hooks/`. */
  enableFileHooks?: boolean;
  /** Let the CLI run git on the host for context (branch, status, history). */
  enableHostGitOperations?: boolean;
  /** Use the cross-session store (search across sessions). */
  enableSessionStore?: boolean;
  /** Load skills at all (built-in and `skillDirectories`). */
  enableSkills?: boolean;
  /** Remote behaviour: `"off"` (default), `"export"` or `"on"` (export and remote steering). */
  remoteSession?: RemoteSessionMode;
  /**
   * Start the session's extensions: the programs in the project's
   * `.github/extensions/<name>/extension.mjs` (and the CLI home's extensions
   * folder), which join the session with `joinSession()` from
   * `@copilot-sdk/copilot/extension` and add their tools. Needs a CLI with
   * extensions on (its feature flag: `COPILOT_CLI_ENABLED_FEATURE_FLAGS=EXTENSIONS`
   * in its environment). The CLI asks `onPermissionRequest` (kind
   * `"extension-permission-access"`) before an extension's tool may skip the
   * permission prompt.
   *
   * @default {false}
   */
  requestExtensions?: boolean;
  /**
   * The shape of the built-in `ask_user` tool the model sees: `"legacy"`
   * (a question with choices, answered by `onUserInputRequest`) or
   * `"elicitation"` (structured forms, answered by `onElicitationRequest`,
   * which you then also give).
   *
   * @default {"legacy"}
   */
  askUserVariant?: "legacy" | "elicitation";
  /**
   * Built-in skills to keep: with the client's mode `"empty"` no built-in
   * skill is on unless named here.
   */
  includedBuiltinSkills?: string[];
  /** The URL of your OAuth Client ID Metadata Document, naming your program to MCP servers' OAuth. */
  authClientIdMetadataUrl?: string;
  /** Feature flags you resolved for this session (give them again on resume). */
  featureFlags?: Record<string, boolean>;
  /**
   * A stable identity for the canvases this connection declares (`id` is
   * used as their extension id), so they survive a reconnect or CLI restart.
   */
  canvasProvider?: { id: string; name?: string };
  /**
   * A stable identity for this connection as an extension (`source:name`),
   * instead of one that changes on each reconnect.
   */
  extensionInfo?: { source: string; name: string };
  /**
   * A folder of the official SDK (`copilot-sdk/` with `index.js` and
   * `extension.js`) for the CLI to give this session's extensions instead
   * of the one it bundles; ignored when missing or invalid.
   */
  extensionSdkPath?: string;
  /**
   * Skip custom instruction files (`AGENTS.md`, `.github/copilot-instructions.md`...).
   * Applied right after the session opens (`session.options.update`).
   *
   * @default {false; true with the client's mode "empty"}
   */
  skipCustomInstructions?: boolean;
  /**
   * Run custom agents locally only.
   *
   * @default {false; true with the client's mode "empty"}
   */
  customAgentsLocalOnly?: boolean;
  /**
   * Have the agent add a `Co-authored-by` trailer to its commits. Applied
   * right after the session opens.
   *
   * @default {true; false with the client's mode "empty"}
   */
  coauthorEnabled?: boolean;
  /**
   * Offer the `manage_schedule` tool. Applied right after the session opens.
   *
   * @default {the CLI's; false with the client's mode "empty"}
   */
  manageScheduleEnabled?: boolean;
  /**
   * Create the session in the cloud; the server picks its id (unless
   * `sessionId` is given). `createSession` only.
   */
  cloud?: CloudSessionOptions;
}

/**
 * Options only a resumed session has.
 *
 * @example Resume quietly
 * ```ts
 * import type { ResumeSessionConfig } from "@copilot-sdk/copilot";
 *
 * const config: ResumeSessionConfig = { suppressResumeEvent: true, continuePendingWork: true };
 * ```
 */
export interface ResumeOptions {
  /**
   * Do not emit the `session.resume` event (sent as `disableResume`).
   *
   * @default {false}
   */
  suppressResumeEvent?: boolean;
  /**
   * Continue tool calls and permission prompts still pending when the
   * session was suspended, instead of treating them as interrupted.
   *
   * @default {false}
   */
  continuePendingWork?: boolean;
  /** The canvases that were open when the session was suspended, to open again. */
  openCanvases?: OpenCanvasInstance[];
}

/**
 * Options of `session.setModel()`: the new model's settings, and the call's
 * `signal` and `timeout`.
 *
 * @example Think harder on the new model
 * ```ts
 * import type { SetModelOptions } from "@copilot-sdk/copilot";
 *
 * const options: SetModelOptions = { reasoningEffort: "high", timeout: 10_000 };
 * // await session.setModel("gpt-5", options);
 * ```
 */
export interface SetModelOptions extends CallOptions {
  /** The reasoning effort, for models that have one. */
  reasoningEffort?: "low" | "medium" | "high" | "xhigh" | "max";
  /** The reasoning summary. */
  reasoningSummary?: ReasoningSummary;
  /** The context tier. */
  contextTier?: ContextTier;
  /** Capability overrides. */
  modelCapabilities?: ModelCapabilitiesOverride;
}

/**
 * Options of `session.log()`, and the call's `signal` and `timeout`.
 *
 * @example A warning that is not kept on disk
 * ```ts
 * import type { LogOptions } from "@copilot-sdk/copilot";
 *
 * const options: LogOptions = { level: "warning", ephemeral: true };
 * // await session.log("Disk almost full", options);
 * ```
 */
export interface LogOptions extends CallOptions {
  /**
   * The severity.
   *
   * @default {"info"}
   */
  level?: SessionLogLevel;
  /** Not kept in the session's history on disk; only sent to its clients. */
  ephemeral?: boolean;
}
