/**
 * Handlers for what the CLI asks besides tools, permissions, user input and
 * hooks: elicitation forms (`onElicitationRequest`), leaving plan mode
 * (`onExitPlanModeRequest`), switching to auto mode (`onAutoModeSwitchRequest`),
 * slash commands (`commands`) and MCP OAuth (`onMcpAuthRequest`). The names
 * and shapes follow the official `@github/copilot-sdk`.
 *
 * @module
 */

import type { SessionEvent } from "./events.ts";
import type { AutoModeSwitchResponse } from "./generated/session_events.ts";
import type { CopilotSession } from "./session.ts";
import type { SessionFsProvider } from "./session_fs.ts";
import type { Canvas } from "./canvas.ts";
import type { GitHubTokenProvider } from "./github_token.ts";

/**
 * One field of an elicitation form (MCP's primitive schema): a string (with
 * `enum` choices, or a `format`), a number, a boolean, or an array of
 * choices.
 *
 * @example A choice and a number
 * ```ts
 * import type { ElicitationSchemaField } from "@copilot-sdk/copilot";
 *
 * const region: ElicitationSchemaField = { type: "string", enum: ["eu", "us"], title: "Region" };
 * const replicas: ElicitationSchemaField = { type: "integer", minimum: 1, maximum: 9 };
 * ```
 */
export type ElicitationSchemaField =
  | {
    type: "string";
    title?: string;
    description?: string;
    enum?: string[];
    enumNames?: string[];
    oneOf?: { const: string; title: string }[];
    minLength?: number;
    maxLength?: number;
    format?: "email" | "uri" | "date" | "date-time";
    default?: string;
  }
  | {
    type: "number" | "integer";
    title?: string;
    description?: string;
    minimum?: number;
    maximum?: number;
    default?: number;
  }
  | { type: "boolean"; title?: string; description?: string; default?: boolean }
  | {
    type: "array";
    title?: string;
    description?: string;
    minItems?: number;
    maxItems?: number;
    items: { type: "string"; enum: string[] } | { anyOf: { const: string; title: string }[] };
    default?: string[];
  };

/**
 * The form an elicitation asks the user to fill in.
 *
 * @example A form with one required field
 * ```ts
 * import type { ElicitationSchema } from "@copilot-sdk/copilot";
 *
 * const schema: ElicitationSchema = {
 *   type: "object",
 *   properties: { name: { type: "string", title: "Your name" } },
 *   required: ["name"],
 * };
 * ```
 */
export interface ElicitationSchema {
  /** `"object"`. */
  type: "object";
  /** The fields by name. */
  properties: Record<string, ElicitationSchemaField>;
  /** The names of the fields that must be filled in. */
  required?: string[];
}

/**
 * A value the user entered in an elicitation form.
 *
 * @example Values by field
 * ```ts
 * import type { ElicitationFieldValue } from "@copilot-sdk/copilot";
 *
 * const content: Record<string, ElicitationFieldValue> = { name: "Ada", replicas: 3 };
 * ```
 */
export type ElicitationFieldValue = string | number | boolean | string[];

/**
 * The user's answer to an elicitation.
 *
 * @example Accept with values, or decline
 * ```ts
 * import type { ElicitationResult } from "@copilot-sdk/copilot";
 *
 * const yes: ElicitationResult = { action: "accept", content: { confirmed: true } };
 * const no: ElicitationResult = { action: "decline" };
 * ```
 */
export interface ElicitationResult {
  /** `"accept"` (submitted), `"decline"` (refused) or `"cancel"` (dismissed). */
  action: "accept" | "decline" | "cancel";
  /** The values, when accepted. */
  content?: Record<string, ElicitationFieldValue>;
}

/**
 * What an elicitation handler is asked: a form to fill in (`mode: "form"`),
 * or a URL to open (`mode: "url"`).
 *
 * @example Tell the two modes apart
 * ```ts
 * import type { ElicitationContext } from "@copilot-sdk/copilot";
 *
 * function describe(request: ElicitationContext): string {
 *   return request.mode === "url" ? `open ${request.url}` : `form: ${request.message}`;
 * }
 * ```
 */
export interface ElicitationContext {
  /** The session asking. */
  sessionId: string;
  /** What is needed from the user. */
  message: string;
  /** The form, in form mode. */
  requestedSchema?: ElicitationSchema;
  /** `"form"` or `"url"`. */
  mode?: "form" | "url";
  /** Who asks, e.g. an MCP server's name. */
  elicitationSource?: string;
  /** The URL to open, in url mode. */
  url?: string;
}

/**
 * Answers an elicitation (a form, or a URL to visit), usually by asking a
 * person. Setting it tells the CLI this client can show such dialogs
 * (`session.capabilities.ui.elicitation`). A handler that throws answers
 * `cancel`.
 *
 * @example Accept every confirmation
 * ```ts
 * import type { ElicitationHandler } from "@copilot-sdk/copilot";
 *
 * const onElicitationRequest: ElicitationHandler = ({ requestedSchema }) =>
 *   requestedSchema?.properties.confirmed
 *     ? { action: "accept", content: { confirmed: true } }
 *     : { action: "cancel" };
 * ```
 */
export type ElicitationHandler = (
  context: ElicitationContext,
) => ElicitationResult | Promise<ElicitationResult>;

/**
 * Options of `session.ui.input()`.
 *
 * @example An email field
 * ```ts
 * import type { UiInputOptions } from "@copilot-sdk/copilot";
 *
 * const options: UiInputOptions = { title: "Email", format: "email" };
 * // const email = await session.ui.input("Where should the report go?", options);
 * ```
 */
export interface UiInputOptions {
  /** The field's label. */
  title?: string;
  /** Text shown with the field. */
  description?: string;
  /** The fewest characters. */
  minLength?: number;
  /** The most characters. */
  maxLength?: number;
  /** What kind of text. */
  format?: "email" | "uri" | "date" | "date-time";
  /** The value filled in to begin with. */
  default?: string;
}

/**
 * What the CLI says this session's clients can do, from the create/resume
 * answer, updated by `capabilities.changed` events.
 *
 * @example Ask only when someone can answer
 * ```ts
 * import type { SessionCapabilities } from "@copilot-sdk/copilot";
 *
 * function canAsk(capabilities: SessionCapabilities): boolean {
 *   return capabilities.ui?.elicitation === true;
 * }
 * ```
 */
export interface SessionCapabilities {
  /** User-interface capabilities. */
  ui?: {
    /** Whether a client can show elicitation dialogs (`session.ui.*`). */
    elicitation?: boolean;
    /** Whether MCP Apps were accepted for the session. */
    mcpApps?: boolean;
    /** Whether a client renders canvases. */
    canvases?: boolean;
  };
  /** Others the CLI reports. */
  [key: string]: unknown;
}

/**
 * The agent asks to leave plan mode and go on with one of `actions`.
 *
 * @example Show the plan
 * ```ts
 * import type { ExitPlanModeRequest } from "@copilot-sdk/copilot";
 *
 * function show(request: ExitPlanModeRequest): string {
 *   return `${request.summary}\n(recommended: ${request.recommendedAction})`;
 * }
 * ```
 */
export interface ExitPlanModeRequest {
  /** A summary of the plan. */
  summary: string;
  /** The whole plan, when there is one. */
  planContent?: string;
  /** What the user may choose to do next. */
  actions: string[];
  /** The action the agent recommends. */
  recommendedAction: string;
}

/**
 * The answer to an {@linkcode ExitPlanModeRequest}.
 *
 * @example Approve with the recommended action
 * ```ts
 * import type { ExitPlanModeResult } from "@copilot-sdk/copilot";
 *
 * const result: ExitPlanModeResult = { approved: true, selectedAction: "autopilot" };
 * ```
 */
export interface ExitPlanModeResult {
  /** Whether to leave plan mode. */
  approved: boolean;
  /** The action chosen. */
  selectedAction?: string;
  /** Feedback for the agent, e.g. what to change in the plan. */
  feedback?: string;
}

/**
 * Decides whether the agent leaves plan mode. Setting it offers the agent
 * the `exit_plan_mode` tool (without it the CLI does not); without it the
 * answer is `{ approved: true }`, as in the official SDK.
 *
 * @example Keep planning until the plan mentions tests
 * ```ts
 * import type { ExitPlanModeHandler } from "@copilot-sdk/copilot";
 *
 * const onExitPlanModeRequest: ExitPlanModeHandler = ({ planContent, recommendedAction }) =>
 *   planContent?.includes("test")
 *     ? { approved: true, selectedAction: recommendedAction }
 *     : { approved: false, feedback: "Add a testing step" };
 * ```
 */
export type ExitPlanModeHandler = (
  request: ExitPlanModeRequest,
  invocation: { sessionId: string },
) => ExitPlanModeResult | Promise<ExitPlanModeResult>;

/**
 * The agent hit a rate limit and asks to switch to auto mode.
 *
 * @example Say when it resets
 * ```ts
 * import type { AutoModeSwitchRequest } from "@copilot-sdk/copilot";
 *
 * const describe = (r: AutoModeSwitchRequest) => `retry in ${r.retryAfterSeconds ?? "?"} s`;
 * ```
 */
export interface AutoModeSwitchRequest {
  /** The rate-limit error code. */
  errorCode?: string;
  /** Seconds until the limit resets, when known. */
  retryAfterSeconds?: number;
}

// The answer to an AutoModeSwitchRequest ("yes", "yes_always" or "no"): the
// schema's own type, re-exported as it is.
export type { AutoModeSwitchResponse };

/**
 * Decides whether to switch to auto mode after a rate limit. Without it the
 * answer is `"no"`, as in the official SDK.
 *
 * @example Switch when the wait is long
 * ```ts
 * import type { AutoModeSwitchHandler } from "@copilot-sdk/copilot";
 *
 * const onAutoModeSwitchRequest: AutoModeSwitchHandler = ({ retryAfterSeconds }) =>
 *   (retryAfterSeconds ?? 0) > 60 ? "yes" : "no";
 * ```
 */
export type AutoModeSwitchHandler = (
  request: AutoModeSwitchRequest,
  invocation: { sessionId: string },
) => AutoModeSwitchResponse | Promise<AutoModeSwitchResponse>;

/**
 * What a slash command's handler gets.
 *
 * @example Read the arguments
 * ```ts
 * import type { CommandContext } from "@copilot-sdk/copilot";
 *
 * const target = (context: CommandContext) => context.args.trim() || "staging";
 * ```
 */
export interface CommandContext {
  /** The session. */
  sessionId: string;
  /** The whole command text, e.g. `"/deploy production"`. */
  command: string;
  /** The command's name, without the `/`. */
  commandName: string;
  /** The text after the name. */
  args: string;
}

/**
 * Runs a slash command. What it throws is told to the CLI as the command's error.
 *
 * @example Log the arguments
 * ```ts
 * import type { CommandHandler } from "@copilot-sdk/copilot";
 *
 * const handler: CommandHandler = ({ args }) => console.log(`deploying ${args}`);
 * ```
 */
export type CommandHandler = (context: CommandContext) => void | Promise<void>;

/**
 * A slash command the session offers (`/name args`).
 *
 * @example A deploy command
 * ```ts
 * import type { CommandDefinition } from "@copilot-sdk/copilot";
 *
 * const deploy: CommandDefinition = {
 *   name: "deploy",
 *   description: "Deploy the current branch",
 *   handler: ({ args }) => console.log(`deploying to ${args || "staging"}`),
 * };
 * // createSession({ model, commands: [deploy] })
 * ```
 */
export interface CommandDefinition {
  /** The name, without the `/`. */
  name: string;
  /** What it does, shown where commands are listed. */
  description?: string;
  /** Runs it. */
  handler: CommandHandler;
}

/**
 * An MCP server needs an OAuth token, and the program may provide one.
 *
 * @example Which server
 * ```ts
 * import type { McpAuthRequest } from "@copilot-sdk/copilot";
 *
 * const describe = (r: McpAuthRequest) => `${r.serverName} (${r.serverUrl}): ${r.reason}`;
 * ```
 */
export interface McpAuthRequest {
  /** The request's id. */
  requestId: string;
  /** The MCP server's name. */
  serverName: string;
  /** The MCP server's URL. */
  serverUrl: string;
  /** Why: `"initial"`, `"refresh"`, `"reauth"` or `"upscope"`. */
  reason: "initial" | "refresh" | "reauth" | "upscope";
  /** The server's `WWW-Authenticate` parameters, parsed. */
  wwwAuthenticateParams?: Record<string, unknown>;
  /** The server's protected-resource metadata (RFC 9728), as JSON text. */
  resourceMetadata?: string;
  /** The server's static OAuth client, if it has one. */
  staticClientConfig?: {
    clientId: string;
    clientSecret?: string;
    grantType?: "client_credentials";
    publicClient?: boolean;
  };
  /** The server's answer that asked for OAuth (its status, headers and body), when sent. */
  httpResponse?: {
    statusCode: number;
    headers: Array<{ name: string; value: string }>;
    body?: string;
  };
}

/**
 * A token for an MCP server.
 *
 * @example A bearer token
 * ```ts
 * import type { McpAuthToken } from "@copilot-sdk/copilot";
 *
 * const token: McpAuthToken = { accessToken: "<token>", expiresIn: 3600 };
 * ```
 */
export interface McpAuthToken {
  /** The access token. Never logged. */
  accessToken: string;
  /**
   * The token type.
   *
   * @default {"Bearer"}
   */
  tokenType?: string;
  /** Its lifetime in seconds, when known. */
  expiresIn?: number;
}

/**
 * The answer to an {@linkcode McpAuthRequest}.
 *
 * @example Cancel
 * ```ts
 * import type { McpAuthResult } from "@copilot-sdk/copilot";
 *
 * const cancel: McpAuthResult = { kind: "cancelled" };
 * ```
 */
export type McpAuthResult = ({ kind: "token" } & McpAuthToken) | { kind: "cancelled" };

/**
 * Provides OAuth tokens for MCP servers. Return a token (or
 * `{ kind: "token", ... }`), or nothing / `{ kind: "cancelled" }` to cancel;
 * a handler that throws cancels.
 *
 * @example A token from your own store
 * ```ts
 * import type { McpAuthHandler } from "@copilot-sdk/copilot";
 *
 * const tokens = new Map([["docs", "<token>"]]);
 * const onMcpAuthRequest: McpAuthHandler = ({ serverName }) => {
 *   const accessToken = tokens.get(serverName);
 *   return accessToken ? { accessToken } : undefined;
 * };
 * ```
 */
export type McpAuthHandler = (
  request: McpAuthRequest,
  context: { sessionId: string },
) =>
  | McpAuthResult
  | McpAuthToken
  | null
  | undefined
  | Promise<McpAuthResult | McpAuthToken | null | undefined>;

/**
 * What a {@linkcode BearerTokenProvider} is asked for.
 *
 * @example Pick a scope by provider
 * ```ts
 * import type { ProviderTokenArgs } from "@copilot-sdk/copilot";
 *
 * const scopeOf = (args: ProviderTokenArgs) =>
 *   args.providerName === "default" ? "https://cognitiveservices.azure.com/.default" : "";
 * ```
 */
export interface ProviderTokenArgs {
  /** The provider: `"default"` for the singular `provider`, else a named provider's `name`. */
  providerName: string;
  /** The session the model request is for. */
  sessionId: string;
}

/**
 * Gives a bearer token for a BYOK provider, asked before each model request
 * (the CLI does not cache it: cache and refresh here). The token goes to the
 * CLI over JSON-RPC only; it is never logged.
 *
 * @example A token from your identity library, cached
 * ```ts
 * import type { BearerTokenProvider } from "@copilot-sdk/copilot";
 *
 * let cached: { token: string; until: number } | undefined;
 * const bearerTokenProvider: BearerTokenProvider = async () => {
 *   if (!cached || cached.until < Date.now()) {
 *     cached = { token: "<token from your identity library>", until: Date.now() + 50 * 60_000 };
 *   }
 *   return cached.token;
 * };
 * // provider: { type: "azure", baseUrl, bearerTokenProvider }
 * ```
 */
export type BearerTokenProvider = (args: ProviderTokenArgs) => string | Promise<string>;

/**
 * The handlers of a session beyond tools, permissions, user input and
 * hooks; part of `SessionConfig`.
 *
 * @example Plan mode and a slash command
 * ```ts
 * import type { SessionConfig } from "@copilot-sdk/copilot";
 *
 * const config: SessionConfig = {
 *   model: "gpt-5",
 *   onExitPlanModeRequest: ({ recommendedAction }) => ({
 *     approved: true,
 *     selectedAction: recommendedAction,
 *   }),
 *   commands: [{ name: "status", handler: () => console.log("all good") }],
 *   onEvent: (event) => console.log(event.type),
 * };
 * ```
 */
export interface SessionHandlers {
  /**
   * Receives every event of the session, from the first: also
   * `session.start`/`session.resume`, which the CLI sends before
   * `createSession()`/`resumeSession()` return (too early for `session.on`).
   */
  onEvent?: (event: SessionEvent) => void;
  /** Answers elicitation forms and URLs; turns on `session.capabilities.ui.elicitation`. */
  onElicitationRequest?: ElicitationHandler;
  /** Decides leaving plan mode; offers the agent the `exit_plan_mode` tool. */
  onExitPlanModeRequest?: ExitPlanModeHandler;
  /** Decides switching to auto mode after a rate limit. */
  onAutoModeSwitchRequest?: AutoModeSwitchHandler;
  /** Gives OAuth tokens for MCP servers. */
  onMcpAuthRequest?: McpAuthHandler;
  /**
   * Gives the session's GitHub token whenever the CLI asks (at start and
   * before each expiry), instead of a fixed `gitHubToken`. Not with
   * `gitHubToken` or a BYOK `provider`.
   */
  gitHubTokenProvider?: GitHubTokenProvider;
  /** Slash commands the session offers. */
  commands?: CommandDefinition[];
  /**
   * Where the CLI keeps this session's files, when the client has a
   * `sessionFs`: called once per open session (required then).
   */
  createSessionFsProvider?: (session: CopilotSession) => SessionFsProvider;
  /**
   * Canvases the agent may open (made with `createCanvas`); the CLI offers
   * it `open_canvas`, `invoke_canvas_action` and `list_canvas_capabilities`.
   */
  canvases?: Canvas[];
  /**
   * This client shows canvases to a person (`session.capabilities.ui.canvases`):
   * the CLI then lets the agent open them.
   */
  requestCanvasRenderer?: boolean;
}
