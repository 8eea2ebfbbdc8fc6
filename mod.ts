/**
 * A TypeScript SDK for the GitHub Copilot CLI: start (or attach to) the CLI,
 * open sessions, send prompts and follow the agent's events as they stream.
 * It runs on Deno, Bun and Node alike.
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
 * @module
 */

export {
  type ConnectionState,
  CopilotClient,
  type CopilotClientOptions,
  type LifecycleHandler,
  type LogLevel,
  PROTOCOL_VERSION,
} from "./src/client.ts";
export type {
  AuthStatusResponse,
  CliNotifications,
  CliRequests,
  ConnectResult,
  HandTypedMethods,
  ModelInfo,
  PingResponse,
  SessionMetadata,
  SessionOpenResult,
  StatusResponse,
  SuccessResult,
} from "./src/protocol.ts";
export type {
  RpcFunction,
  RpcMethodEntry,
  RpcTree,
  ServerRpc,
  SessionRpc,
} from "./src/rpc_proxy.ts";
export type {
  ClientGlobalMethods,
  ClientSessionMethods,
  ServerMethods,
  SessionMethods,
} from "./src/generated/rpc.ts";
export {
  type AssistantMessageEvent,
  CopilotSession,
  HOOK_ERROR_TYPE,
  type SendAndWaitOptions,
  type SessionEventHandler,
} from "./src/session.ts";
export type {
  Attachment,
  CustomAgentConfig,
  DirectoryAttachment,
  FileAttachment,
  InfiniteSessionConfig,
  McpLocalServerConfig,
  McpRemoteServerConfig,
  McpServerConfig,
  MessageOptions,
  ProviderConfig,
  ResumeSessionConfig,
  SelectionAttachment,
  SessionConfig,
} from "./src/session_config.ts";
export {
  type ArgumentCheck,
  type ArkToolOptions,
  type ArkTypeLike,
  defineTool,
  type JsonSchema,
  type JsonSchemaToolOptions,
  type Tool,
  type ToolHandler,
  type ToolInvocation,
  type ToolResultObject,
  type ToolResultType,
} from "./src/tools.ts";
export {
  approveAll,
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
export type {
  AgentStopHookInput,
  AgentStopHookOutput,
  BaseHookInput,
  ErrorOccurredHookInput,
  ErrorOccurredHookOutput,
  HookHandler,
  HookInvocation,
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
  SessionHooks,
  SessionStartHookInput,
  SessionStartHookOutput,
  UserPromptSubmittedHookInput,
  UserPromptSubmittedHookOutput,
  UserPromptTransformedHookInput,
  UserPromptTransformedHookOutput,
} from "./src/hooks.ts";
export type {
  SectionOverride,
  SectionTransform,
  SystemMessageConfig,
  SystemMessageSection,
} from "./src/system_message.ts";
export type {
  ClientLifecycleEvent,
  LifecycleEvent,
  SessionEvent,
  SessionEventDataMap,
  SessionEventOf,
  SessionEventType,
  SessionLifecycleEvent,
  SessionLifecycleEventType,
  UnknownSessionEvent,
} from "./src/events.ts";
export {
  type CloseInfo,
  ConnectionClosedError,
  ProcessError,
  ProtocolError,
  RpcError,
  SdkError,
  type SdkErrorCode,
  SessionError,
} from "./src/errors.ts";
export {
  Connection,
  type ConnectionOptions,
  type ConnectionTransport,
  type NotificationHandler,
  type RequestContext,
  type RequestHandler,
  type RequestOptions,
} from "./src/rpc/connection.ts";
export {
  DEFAULT_MAX_FRAME_BYTES,
  encodeFrame,
  type FrameDecoderOptions,
  FrameDecoderStream,
} from "./src/rpc/framing.ts";
