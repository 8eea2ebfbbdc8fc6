/**
 * A TypeScript SDK for the GitHub Copilot CLI: start (or attach to) the CLI,
 * open sessions, send prompts and follow the agent's events as they stream.
 * It runs on Deno, Bun and Node alike.
 *
 * - {@linkcode CopilotClient} starts the CLI (or attaches to one with
 *   `cliUrl`) and opens sessions; {@linkcode CopilotSession} sends prompts and
 *   delivers typed events ({@linkcode SessionEvent}).
 * - {@linkcode defineTool} gives the agent tools written in TypeScript, with
 *   arguments declared with arktype; {@linkcode PermissionHandler},
 *   {@linkcode UserInputHandler} and {@linkcode SessionHooks} decide what the
 *   agent may do.
 * - A `provider` in {@linkcode SessionConfig} runs the agent on a model of
 *   your own (OpenAI-compatible, Azure, Anthropic) with no GitHub account.
 * - Errors are {@linkcode SdkError}s with a `code` that means one thing.
 *
 * Two more entry points: `@copilot-sdk/copilot/types` has every type of the
 * CLI's JSON-RPC protocol (generated from its schemas), for `client.rpc` and
 * `session.rpc` calls; `@copilot-sdk/copilot/jsonrpc` has the JSON-RPC
 * engine itself (`Connection`, framing), for programs that speak to a CLI
 * their own way.
 *
 * The CLI is the npm package `@github/copilot`: install it beside the SDK,
 * put `copilot` on `PATH`, or pass `cliPath`.
 *
 * @example A streamed turn
 * ```ts ignore
 * import { CopilotClient } from "@copilot-sdk/copilot";
 *
 * const client = new CopilotClient();
 * await client.start();
 * const session = await client.createSession({ model: "gpt-5", streaming: true });
 * session.on("assistant.message_delta", (event) => console.log(event.data.deltaContent));
 * const reply = await session.sendAndWait({ prompt: "What is 2+2?" });
 * console.log(reply?.data.content);
 * await session.destroy();
 * await client.stop();
 * ```
 *
 * @example A tool, a permission handler and a local model
 * ```ts
 * import { type } from "arktype";
 * import { defineTool, type SessionConfig } from "@copilot-sdk/copilot";
 *
 * const getWeather = defineTool("get_weather", {
 *   description: "Get the current weather in a city",
 *   parameters: type({ city: "string" }),
 *   handler: ({ city }) => `Sunny in ${city}`, // `city` is a string, checked before the call
 * });
 * const config: SessionConfig = {
 *   model: "llama3.2",
 *   provider: { type: "openai", baseUrl: "http://127.0.0.1:11434/v1" },
 *   tools: [getWeather],
 *   onPermissionRequest: (request) =>
 *     request.kind === "custom-tool" ? { kind: "approve-once" } : { kind: "reject" },
 * };
 * // const session = await client.createSession(config);
 * ```
 *
 * @module
 */

export { CopilotClient, type LifecycleHandler } from "./src/client.ts";
export type { OnLifecycle } from "./src/_lifecycle.ts";
export type {
  ExtensionLaunch,
  ExtensionLauncher,
  ExtensionToLaunch,
} from "./src/extension_launcher.ts";
export {
  type ChildProcessRuntimeConnection,
  RuntimeConnection,
  type StdioRuntimeConnection,
  type TcpRuntimeConnection,
  type UriRuntimeConnection,
} from "./src/runtime_connection.ts";
export { PROTOCOL_VERSION } from "./src/_handshake.ts";
export type {
  CallOptions,
  ClientInfo,
  CopilotClientMode,
  CopilotClientOptions,
  LogLevel,
  SessionListFilter,
  TelemetryConfig,
  TraceContext,
} from "./src/client_options.ts";
export {
  type CopilotRequestContext,
  CopilotRequestHandler,
  type RequestHandler,
  type RequestHandlerContext,
} from "./src/request_handler.ts";
export type {
  CapiSessionOptions,
  CloudSessionOptions,
  ContextTier,
  DefaultAgentConfig,
  GitHubMcpToolConfig,
  LargeToolOutputConfig,
  LogOptions,
  ManagedSettings,
  ManagedSettingsPermissions,
  MemoryConfiguration,
  ModelCapabilitiesOverride,
  NamedProviderConfig,
  ProviderModelConfig,
  ReasoningSummary,
  RemoteSessionMode,
  ResumeOptions,
  SessionLimitsConfig,
  SessionLogLevel,
  SessionOptions,
  SetModelOptions,
  ToolSearchConfig,
} from "./src/session_options.ts";
export {
  type AssistantMessageEvent,
  CopilotSession,
  type EventsOptions,
  HOOK_ERROR_TYPE,
  type SendAndWaitOptions,
  type SessionEventHandler,
} from "./src/session.ts";
export type { ConnectionState } from "./src/_supervisor.ts";
export type {
  Attachment,
  CustomAgentConfig,
  DirectoryAttachment,
  FileAttachment,
  InfiniteSessionConfig,
  MessageOptions,
  ProviderConfig,
  ResumeSessionConfig,
  SelectionAttachment,
  SessionConfig,
} from "./src/session_config.ts";
export type {
  McpLocalServerConfig,
  McpRemoteServerConfig,
  McpServerConfig,
} from "./src/mcp_server_config.ts";
export {
  type ArgumentCheck,
  type ArkToolOptions,
  type ArkTypeLike,
  defineTool,
  type JsonSchema,
  type JsonSchemaToolOptions,
  type Tool,
  type ToolBinaryResult,
  type ToolHandler,
  type ToolInvocation,
  type ToolOptions,
  type ToolResultObject,
  type ToolResultType,
} from "./src/tools.ts";
export { BuiltInTools, ToolSet } from "./src/tool_set.ts";
export type {
  OutputOf,
  OutputSchema,
  RunOptions,
  ToolCallRecord,
  TurnResult,
  TurnUsage,
} from "./src/run.ts";
export { convertMcpCallToolResult, type McpCallToolResult } from "./src/mcp_result.ts";
export {
  approveAll,
  type AttributedPermissionResult,
  createAttributedPermissionResult,
  type PermissionHandler,
  type PermissionInvocation,
  type PermissionRequest,
  type PermissionResult,
} from "./src/permissions.ts";
export type {
  UserInputHandler,
  UserInputInvocation,
  UserInputRequest,
  UserInputResponse,
} from "./src/user_input.ts";
export type { HookHandler, HookInvocation, SessionHooks } from "./src/hooks.ts";
export type {
  AgentStopHookInput,
  AgentStopHookOutput,
  BaseHookInput,
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
} from "./src/hook_io.ts";
export type {
  AutoModeSwitchHandler,
  AutoModeSwitchRequest,
  AutoModeSwitchResponse,
  BearerTokenProvider,
  CommandContext,
  CommandDefinition,
  CommandHandler,
  ElicitationContext,
  ElicitationFieldValue,
  ElicitationHandler,
  ElicitationResult,
  ElicitationSchema,
  ElicitationSchemaField,
  ExitPlanModeHandler,
  ExitPlanModeRequest,
  ExitPlanModeResult,
  McpAuthHandler,
  McpAuthRequest,
  McpAuthResult,
  McpAuthToken,
  ProviderTokenArgs,
  SessionCapabilities,
  SessionHandlers,
  UiInputOptions,
} from "./src/handlers.ts";
export type {
  GitHubTokenGrant,
  GitHubTokenProvider,
  GitHubTokenProviderArgs,
  GitHubTokenProviderResult,
} from "./src/github_token.ts";
export { SessionUi } from "./src/session_ui.ts";
export {
  readTurnEvents,
  TURN_EVENT_TYPES,
  type TurnEndEvent,
  type TurnEndStatus,
  turnEventStream,
  turnResponse,
  type TurnResponseOptions,
  type TurnSession,
  type TurnStreamEvent,
  type TurnStreamOptions,
} from "./src/sse.ts";
export {
  type Canvas,
  type CanvasAction,
  type CanvasActionInvokeParams,
  type CanvasCloseParams,
  type CanvasDeclaration,
  CanvasError,
  type CanvasJsonSchema,
  type CanvasOpenParams,
  type CanvasOptions,
  type CanvasProviderOpenResult,
  createCanvas,
} from "./src/canvas.ts";
export {
  memorySessionFs,
  type SessionFsConfig,
  type SessionFsFileInfo,
  type SessionFsProvider,
  type SessionFsReaddirWithTypesEntry,
  type SessionFsSqliteProvider,
  type SessionFsSqliteQueryResult,
  type SessionFsSqliteQueryType,
  type SessionFsSqliteStatement,
  type SessionFsSqliteTransactionErrorClass,
  SessionFsSqliteTransactionFailure,
} from "./src/session_fs.ts";
export type {
  SessionLease,
  SessionSqlite,
  SessionSqliteImage,
  SessionStore,
  StoreChange,
  StoredFile,
  StoredSession,
} from "./src/session_store.ts";
export type {
  SectionOverride,
  SectionTransform,
  SystemMessageConfig,
  SystemMessageSection,
} from "./src/system_message.ts";
export type {
  AuthStatusResponse,
  ModelInfo,
  PingResponse,
  SessionMetadata,
  StatusResponse,
} from "./src/protocol.ts";
export type { ServerRpc, SessionRpc } from "./src/rpc_proxy.ts";
export {
  type CloseInfo,
  ConnectionClosedError,
  OutputError,
  ProcessError,
  ProtocolError,
  RpcError,
  SdkError,
  type SdkErrorCode,
  SessionError,
} from "./src/errors.ts";
export type {
  ClientLifecycleEvent,
  LifecycleEvent,
  LifecycleEventOf,
  LifecycleEventType,
  SessionEvent,
  SessionEventDataMap,
  SessionEventOf,
  SessionEventType,
  SessionLifecycleEvent,
  SessionLifecycleEventType,
  UnknownSessionEvent,
} from "./src/events.ts";
// The session event types, generated from the CLI's schema (types only: no
// code is loaded): the SessionEvent union, each event and its data. Their
// parts are in the `./types` entry with every other protocol type. Two
// generated names are taken by the SDK's own API and are exported under a
// prefixed name instead.
export type * from "./src/generated/session_event_types.ts";
export type {
  Attachment as EventAttachment,
  PermissionResult as EventPermissionResult,
} from "./src/generated/session_events.ts";
export {
  type CopilotClientInfo,
  createSessionFsAdapter,
  DisableBypassPermissionsModes,
  type GetAuthStatusResponse,
  type GetStatusResponse,
  type MCPHTTPServerConfig,
  type MCPServerConfig,
  type MCPStdioServerConfig,
  type PermissionRequestResult,
  type SectionOverrideAction,
  type SectionTransformFn,
  type SessionBackgroundEvent,
  type SessionCreatedEvent,
  type SessionDeletedEvent,
  type SessionEventPayload,
  type SessionForegroundEvent,
  type SessionLifecycleEventMetadata,
  type SessionLifecycleHandler,
  type SessionUiApi,
  type SessionUpdatedEvent,
  SYSTEM_MESSAGE_SECTIONS,
  type SystemMessageAppendConfig,
  type SystemMessageCustomizeConfig,
  type SystemMessageReplaceConfig,
  type TraceContextProvider,
  type TypedSessionEventHandler,
  type TypedSessionLifecycleHandler,
} from "./src/official_names.ts";
