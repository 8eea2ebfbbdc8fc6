/**
 * What a session is created with, what a message carries, and the checks
 * that refuse a bad configuration before anything is sent to the CLI.
 *
 * @module
 */

import type {
  ProviderConfig as GeneratedProviderConfig,
  ProviderConfigType,
  ProviderConfigWireApi,
  SendMode,
  SessionSendParams,
} from "./generated/rpc.ts";
import type { Attachment as GeneratedAttachment } from "./generated/session_events.ts";
import { hasHooks, type SessionHooks } from "./hooks.ts";
import type { PermissionHandler } from "./permissions.ts";
import { splitSystemMessage, type SystemMessageConfig } from "./system_message.ts";
import { normalizeTool, type Tool, toolDeclaration } from "./tools.ts";
import { ToolSet } from "./tool_set.ts";
import { checkMcpServers } from "./_checks.ts";
import { mapMcpServers } from "./_mcp_wire.ts";
import type { McpServerConfig } from "./mcp_server_config.ts";
import { mapSessionOptions } from "./_session_wire.ts";
import type { ResumeOptions, SessionOptions } from "./session_options.ts";
import type { UserInputHandler } from "./user_input.ts";
import { HANDLER_FUNCTIONS, type HandlerCallbacks, splitHandlers } from "./_session_handlers.ts";
import type { BearerTokenProvider, SessionHandlers } from "./handlers.ts";

/**
 * A model provider of your own ("bring your own key") instead of GitHub Copilot's models.
 *
 * @example OpenAI-compatible, Azure and Anthropic
 * ```ts
 * import type { ProviderConfig } from "@copilot-sdk/copilot";
 *
 * // Any OpenAI-compatible server: Ollama, vLLM, LiteLLM...
 * const ollama: ProviderConfig = { type: "openai", baseUrl: "http://127.0.0.1:11434/v1" };
 * // Azure OpenAI: the deployment name goes in `model`.
 * const azure: ProviderConfig = {
 *   type: "azure",
 *   baseUrl: "https://my-resource.openai.azure.com",
 *   apiKey: "<azure key>",
 *   azure: { apiVersion: "2024-10-21" },
 * };
 * // Anthropic.
 * const anthropic: ProviderConfig = {
 *   type: "anthropic",
 *   baseUrl: "https://api.anthropic.com",
 *   apiKey: "<anthropic key>",
 * };
 * // createSession({ model: "llama3.2", provider: ollama })
 * ```
 *
 * The fields below are the common ones; every other field of the CLI's own
 * provider schema (`headers`, `modelId`, `maxOutputTokens`...) is typed
 * too and passed through as it is.
 */
export interface ProviderConfig extends
  Omit<
    GeneratedProviderConfig,
    "type" | "baseUrl" | "apiKey" | "bearerToken" | "wireApi" | "azure"
  > {
  /**
   * The API family: `"openai"` for OpenAI and any OpenAI-compatible server
   * (Ollama, vLLM, LiteLLM...), `"azure"` for Azure OpenAI, `"anthropic"`.
   *
   * @default {"openai"}
   */
  type?: ProviderConfigType;
  /** The API base URL, e.g. `"http://127.0.0.1:11434/v1"`. */
  baseUrl: string;
  /** The API key, sent by the CLI to the provider. Never logged. */
  apiKey?: string;
  /** A bearer token, used instead of `apiKey`. Never logged. */
  bearerToken?: string;
  /**
   * Gives a bearer token before each model request, for tokens that expire
   * (managed identities...): the CLI asks for one each time
   * (`providerToken.getToken`), and this decides when to refresh.
   */
  bearerTokenProvider?: BearerTokenProvider;
  /** The OpenAI wire API: `"completions"` (chat completions) or `"responses"`. */
  wireApi?: ProviderConfigWireApi;
  /** Azure options. */
  azure?: {
    /** The Azure OpenAI API version, e.g. `"2024-10-21"`. */
    apiVersion?: string;
  };
}

/**
 * A custom agent the session's agent may hand work to.
 *
 * @example A reviewer agent
 * ```ts
 * import type { CustomAgentConfig } from "@copilot-sdk/copilot";
 *
 * const reviewer: CustomAgentConfig = {
 *   name: "reviewer",
 *   displayName: "Code reviewer",
 *   description: "Reviews a diff for bugs",
 *   tools: ["view", "grep"],
 *   prompt: "You review code changes. Point out bugs, not style.",
 * };
 * // createSession({ model, customAgents: [reviewer] })
 * ```
 */
export interface CustomAgentConfig {
  /** A unique name. */
  name: string;
  /** The name shown to people. */
  displayName?: string;
  /** What it is for. */
  description?: string;
  /** Which tools it may use; all when unset. */
  tools?: string[] | null;
  /** Its prompt. */
  prompt: string;
  /** MCP servers of its own. */
  mcpServers?: Record<string, McpServerConfig>;
  /** Whether the model may pick it by itself. */
  infer?: boolean;
}

/**
 * Automatic context compaction for long sessions.
 *
 * @example Compact earlier
 * ```ts
 * import type { InfiniteSessionConfig } from "@copilot-sdk/copilot";
 *
 * const infiniteSessions: InfiniteSessionConfig = {
 *   enabled: true,
 *   backgroundCompactionThreshold: 0.6,
 *   bufferExhaustionThreshold: 0.9,
 * };
 * ```
 */
export interface InfiniteSessionConfig {
  /**
   * Whether compaction is on.
   *
   * @default {true}
   */
  enabled?: boolean;
  /** Fraction of the context window (0-1) at which background compaction starts. */
  backgroundCompactionThreshold?: number;
  /** Fraction of the context window (0-1) at which the session blocks until compaction finishes. */
  bufferExhaustionThreshold?: number;
}

/**
 * The options of a new session; passed to the CLI with these camelCase names.
 *
 * @example A session on a local model, with a tool
 * ```ts
 * import { approveAll, defineTool, type SessionConfig } from "@copilot-sdk/copilot";
 *
 * const now = defineTool("current_time", {
 *   description: "The current time, ISO 8601",
 *   handler: () => new Date().toISOString(),
 * });
 * const config: SessionConfig = {
 *   model: "llama3.2",
 *   provider: { type: "openai", baseUrl: "http://127.0.0.1:11434/v1" },
 *   streaming: true,
 *   tools: [now],
 *   onPermissionRequest: approveAll,
 *   systemMessage: { content: "Answer in one sentence." },
 * };
 * // const session = await client.createSession(config);
 * ```
 */
export interface SessionConfig extends SessionOptions, SessionHandlers {
  /** Choose the session id yourself (e.g. to resume it later by name); default: a random UUID. */
  sessionId?: string;
  /** The model, e.g. `"gpt-5"`; required with `provider` unless it sets `modelId`. */
  model?: string;
  /** How hard the model should think, for models that support it. */
  reasoningEffort?: "low" | "medium" | "high" | "xhigh" | "max";
  /**
   * Emit `assistant.message_delta` and `assistant.reasoning_delta` events as
   * the reply is generated.
   *
   * @default {false}
   */
  streaming?: boolean;
  /** Append to or replace the system message. */
  systemMessage?: SystemMessageConfig;
  /** Your own model provider (BYOK). Needs `model`. */
  provider?: ProviderConfig;
  /** Automatic context compaction. */
  infiniteSessions?: InfiniteSessionConfig;
  /** The directory the agent works in; default: the CLI's working directory. */
  workingDirectory?: string;
  /**
   * Only these tools are offered (less those in `excludedTools`, which
   * wins): names, or filters by source built with a {@linkcode ToolSet}.
   */
  availableTools?: string[] | ToolSet;
  /** These tools are not offered: names, or a {@linkcode ToolSet}. */
  excludedTools?: string[] | ToolSet;
  /** MCP servers by name. */
  mcpServers?: Record<string, McpServerConfig>;
  /** Custom agents. */
  customAgents?: CustomAgentConfig[];
  /** Directories to load skills from. */
  skillDirectories?: string[];
  /** Skills not to load. */
  disabledSkills?: string[];
  /** The older name of `configDirectory`. */
  configDir?: string;
  /**
   * Tools the agent can call, made with `defineTool()`. A tool named like a
   * built-in CLI tool is refused unless it sets `overridesBuiltInTool`.
   */
  // deno-lint-ignore no-explicit-any
  tools?: Tool<any>[];
  /**
   * Decides the agent's permission requests (running your tools, shell
   * commands, writing files...). Without it nobody can be asked, so the CLI
   * denies every request that needs approval, your own tools included: give
   * those `skipPermission: true`, or pass a handler such as `approveAll`.
   */
  onPermissionRequest?: PermissionHandler;
  /** Answers the agent's questions; setting it turns on the built-in `ask_user` tool. */
  onUserInputRequest?: UserInputHandler;
  /** Callbacks at points of the session's life. */
  hooks?: SessionHooks;
}

/**
 * The options of a resumed session: like {@linkcode SessionConfig} without the id.
 *
 * @example Resume with the same provider
 * ```ts
 * import type { ResumeSessionConfig } from "@copilot-sdk/copilot";
 *
 * const config: ResumeSessionConfig = {
 *   model: "llama3.2",
 *   provider: { type: "openai", baseUrl: "http://127.0.0.1:11434/v1" },
 * };
 * // const session = await client.resumeSession("my-session-id", config);
 * ```
 */
export type ResumeSessionConfig = Omit<SessionConfig, "sessionId" | "cloud"> & ResumeOptions;

/**
 * A file attached to a message.
 *
 * @example Attach a file
 * ```ts
 * import type { MessageOptions } from "@copilot-sdk/copilot";
 *
 * const message: MessageOptions = {
 *   prompt: "Summarize these notes",
 *   attachments: [{ type: "file", path: "/home/me/notes.md", displayName: "notes" }],
 * };
 * ```
 */
export interface FileAttachment {
  /** `"file"`. */
  type: "file";
  /** Absolute path of the file. */
  path: string;
  /** A label shown for it. */
  displayName?: string;
}

/**
 * A directory attached to a message.
 *
 * @example Attach a directory
 * ```ts
 * import type { DirectoryAttachment } from "@copilot-sdk/copilot";
 *
 * const src: DirectoryAttachment = { type: "directory", path: "/home/me/project/src" };
 * ```
 */
export interface DirectoryAttachment {
  /** `"directory"`. */
  type: "directory";
  /** Absolute path of the directory. */
  path: string;
  /** A label shown for it. */
  displayName?: string;
}

/**
 * A range of a file attached to a message.
 *
 * @example Attach lines 10-20 of a file
 * ```ts
 * import type { SelectionAttachment } from "@copilot-sdk/copilot";
 *
 * const selection: SelectionAttachment = {
 *   type: "selection",
 *   filePath: "/home/me/project/src/app.ts",
 *   displayName: "app.ts:10-20",
 *   selection: { start: { line: 9, character: 0 }, end: { line: 19, character: 0 } },
 * };
 * ```
 */
export interface SelectionAttachment {
  /** `"selection"`. */
  type: "selection";
  /** Absolute path of the file. */
  filePath: string;
  /** A label shown for it. */
  displayName: string;
  /** The selected text. */
  text?: string;
  /** Where the selection is (0-based lines and characters). */
  selection?: {
    start: { line: number; character: number };
    end: { line: number; character: number };
  };
}

/**
 * Something attached to a message.
 *
 * @example Any of the three
 * ```ts
 * import type { Attachment } from "@copilot-sdk/copilot";
 *
 * const attachments: Attachment[] = [
 *   { type: "file", path: "/abs/README.md" },
 *   { type: "directory", path: "/abs/src" },
 * ];
 * ```
 */
export type Attachment = FileAttachment | DirectoryAttachment | SelectionAttachment;

/**
 * A message to send to a session. Besides the fields below, every other
 * field of the CLI's `session.send` (`displayPrompt`, `billable`,
 * `requiredTool`...) is typed and passed through as it is.
 *
 * @example Steer the turn in progress
 * ```ts
 * import type { MessageOptions } from "@copilot-sdk/copilot";
 *
 * const message: MessageOptions = { prompt: "Stop and explain first", mode: "immediate" };
 * // await session.send(message);
 * ```
 */
export interface MessageOptions extends Omit<SessionSendParams, "prompt" | "attachments" | "mode"> {
  /** The prompt. */
  prompt: string;
  /**
   * Files, directories or selections to attach (or any attachment kind of
   * the CLI's schema, such as `blob`).
   */
  attachments?: Array<Attachment | GeneratedAttachment>;
  /**
   * `"enqueue"` waits for the current turn; `"immediate"` steers the turn in progress.
   *
   * @default {"enqueue"}
   */
  mode?: SendMode;
}

/** The parts of a session's configuration that stay in this process. */
export interface SessionCallbacks extends HandlerCallbacks {
  /** Tools by name. */
  tools: Map<string, Tool<unknown>>;
  /** The permission handler. */
  onPermissionRequest?: PermissionHandler;
  /** The user input handler. */
  onUserInputRequest?: UserInputHandler;
  /** The hooks. */
  hooks?: SessionHooks;
  /** System message section transforms by section. */
  transforms?: Map<string, (content: string) => string | Promise<string>>;
  /** `availableTools` as sent, when the session limits its tools (`run()` extends it). */
  availableTools?: string[];
}

/** A checked session configuration: what is sent, and what stays here. */
export interface PreparedSessionConfig {
  /** The wire parameters. */
  wire: Record<string, unknown>;
  /** Options the CLI takes only after the session opens (`session.options.update`). */
  update: Record<string, unknown>;
  /** The local callbacks. */
  callbacks: SessionCallbacks;
}

/**
 * Checks a session configuration and splits it into what is sent to the
 * CLI and the callbacks that stay in this process.
 *
 * @param config The configuration.
 * @param what The call being checked, for messages (e.g. `"createSession"`).
 * @returns The wire parameters and the callbacks.
 * @throws {TypeError} The configuration is inconsistent; the message names the fix.
 */
export function prepareSessionConfig(
  config: SessionConfig | ResumeSessionConfig,
  what: string,
): PreparedSessionConfig {
  if (config === null || typeof config !== "object") {
    throw new TypeError(`Cannot ${what}: the configuration must be an object`);
  }
  const sessionId: unknown = (config as SessionConfig).sessionId;
  if (sessionId !== undefined && (typeof sessionId !== "string" || sessionId.trim() === "")) {
    throw new TypeError(
      `Cannot ${what}: "sessionId" must be a non-empty string (or left out for a random UUID)`,
    );
  }
  checkMcpServers(config.mcpServers, what, "mcpServers");
  for (const [i, agent] of (config.customAgents ?? []).entries()) {
    checkMcpServers(agent?.mcpServers, what, `customAgents[${i}].mcpServers`);
  }
  const provider = config.provider;
  if (provider) {
    if (typeof provider.baseUrl !== "string" || provider.baseUrl === "") {
      throw new TypeError(
        `Cannot ${what}: "provider.baseUrl" is missing; set it to your provider's API URL, e.g. "http://127.0.0.1:11434/v1"`,
      );
    }
    if (!config.model && !provider.modelId) {
      throw new TypeError(
        `Cannot ${what}: "provider" is set but "model" is missing; pass the provider's model name as "model" (or "provider.modelId")`,
      );
    }
    let host = "";
    try {
      host = new URL(provider.baseUrl).hostname;
    } catch {
      throw new TypeError(
        `Cannot ${what}: "provider.baseUrl" is not a valid URL (${
          JSON.stringify(redactUrl(provider.baseUrl))
        })`,
      );
    }
    if ((provider.type ?? "openai") === "openai" && host.endsWith(".openai.azure.com")) {
      throw new TypeError(
        `Cannot ${what}: "provider.baseUrl" is an Azure OpenAI endpoint (${host}) but "provider.type" is "openai"; set "provider.type" to "azure"`,
      );
    }
  }
  if (config.infiniteSessions) {
    for (
      const key of ["backgroundCompactionThreshold", "bufferExhaustionThreshold"] as const
    ) {
      const value = config.infiniteSessions[key];
      if (value !== undefined && !(value >= 0 && value <= 1)) {
        throw new RangeError(
          `Cannot ${what}: "infiniteSessions.${key}" must be between 0 and 1 (was ${value})`,
        );
      }
    }
  }
  for (const key of ["onPermissionRequest", "onUserInputRequest"] as const) {
    if (config[key] !== undefined && typeof config[key] !== "function") {
      throw new TypeError(`Cannot ${what}: "${key}" must be a function`);
    }
  }
  const tools = new Map<string, Tool<unknown>>();
  for (const tool of config.tools ?? []) {
    const normalized = normalizeTool(tool);
    if (tools.has(normalized.name)) {
      throw new TypeError(
        `Cannot ${what}: two tools are named ${
          JSON.stringify(normalized.name)
        }; tool names must be unique`,
      );
    }
    tools.set(normalized.name, normalized);
  }
  const system = splitSystemMessage(config.systemMessage);
  const { tools: _tools, onPermissionRequest, onUserInputRequest, hooks, ...rest } = config;
  const wire: Record<string, unknown> = { ...rest };
  mapMcpServers(wire, what);
  const update = mapSessionOptions(config, wire, what);
  if (provider) wire.provider = { ...provider, type: provider.type ?? "openai" };
  const handlers = splitHandlers(
    { ...config, provider: wire.provider, providers: wire.providers },
    what,
  );
  for (const key of HANDLER_FUNCTIONS) delete wire[key];
  Object.assign(wire, handlers.wire);
  if (system.wire !== undefined) wire.systemMessage = system.wire;
  for (const key of ["availableTools", "excludedTools"] as const) {
    const list = wire[key];
    if (list instanceof ToolSet) wire[key] = list.toArray();
  }
  if (tools.size) {
    wire.tools = [...tools.values()].map(toolDeclaration);
  }
  wire.requestPermission = onPermissionRequest !== undefined;
  wire.requestUserInput = onUserInputRequest !== undefined;
  wire.hooks = hasHooks(hooks);
  return {
    wire,
    update,
    callbacks: {
      ...handlers.callbacks,
      tools,
      onPermissionRequest,
      onUserInputRequest,
      hooks,
      transforms: system.transforms,
      availableTools: Array.isArray(wire.availableTools) ? [...wire.availableTools] : undefined,
    },
  };
}

/** Hides what may hold a secret in a URL shown in an error: credentials and the query. */
function redactUrl(url: string): string {
  return url.replace(/\/\/[^/@]*@/, "//***@").replace(/[?#].*$/s, "?***").slice(0, 200);
}
