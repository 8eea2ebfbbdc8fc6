// Compile-time checks of the public API's types (run by `deno check` and by
// `tsc` through scripts/tsc_check.mjs), plus one runtime test so every runner
// loads the file.

import assert from "node:assert/strict";
import type {
  CopilotClient,
  CopilotClientOptions,
  CopilotSession,
  MessageOptions,
  ModelInfo,
  ProviderConfig,
  ResumeSessionConfig,
  SessionConfig,
  SessionEvent,
  SessionEventOf,
  SessionMetadata,
  ToolResultType,
} from "../mod.ts";
import type {
  ProviderConfig as RpcProviderConfig,
  SessionMethods,
  SessionSendParams,
  ToolResultType as RpcToolResultType,
} from "../src/types.ts";
import * as official from "../mod.ts";
import { test } from "./_test.ts";

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true
  : false;
function assertType<T extends true>(_proof?: T): void {}

// Never called: only type-checked.
export function typeChecks(session: CopilotSession, client: CopilotClient): void {
  // on(type, handler) narrows the event.
  session.on("assistant.message", (event) => {
    assertType<Equals<typeof event.data.content, string>>();
  });
  session.on("assistant.message_delta", (event) => {
    assertType<Equals<typeof event.data.deltaContent, string>>();
  });
  // @ts-expect-error: a misspelt event type is a type error
  session.on("assistant.mesage", () => {});

  // Comparing event.type narrows event.data.
  session.on((event: SessionEvent) => {
    if (event.type === "session.error") {
      assertType<Equals<typeof event.data.message, string>>();
    }
    // @ts-expect-error: no such event type
    if (event.type === "assistant.mesage") return;
  });
  assertType<Equals<SessionEventOf<"session.idle">["type"], "session.idle">>();

  // Methods whose params are all optional can be called without any.
  void client.rpc.ping();
  void client.rpc.tools.list();
  void session.rpc.model.getCurrent();
  // @ts-expect-error: model.switchTo needs its modelId
  void session.rpc.model.switchTo();

  // The hand-written API is built on the generated types: whatever the CLI's
  // schema allows there is accepted here too.
  assertType<Equals<ToolResultType, RpcToolResultType>>();
  const fromSchema: MessageOptions = {} as SessionSendParams;
  const providerFromSchema: ProviderConfig = {} as RpcProviderConfig;
  const providerToSchema: RpcProviderConfig = {} as ProviderConfig;
  void [fromSchema, providerFromSchema, providerToSchema];

  // client.on(type, handler) narrows lifecycle events, the CLI's and the client's.
  client.on("session.created", (event) => {
    assertType<Equals<typeof event.sessionId, string>>();
    assertType<Equals<typeof event.type, "session.created">>();
  });
  client.on("cli.exited", (event) => {
    assertType<Equals<typeof event.willRestart, boolean>>();
  });
  client.on("cli.restarted", (event) => {
    assertType<Equals<typeof event.sessionIds, string[]>>();
  });
  // @ts-expect-error: no such lifecycle event type
  client.on("session.craeted", () => {});

  // session.rpc: params and results typed, the session id filled in.
  void session.rpc.model.switchTo({ modelId: "gpt-5" });
  // @ts-expect-error: misspelt param
  void session.rpc.model.switchTo({ modelid: "gpt-5" });
  // @ts-expect-error: the session id is filled in, not passed
  void session.rpc.model.switchTo({ modelId: "gpt-5", sessionId: "s" });
  void session.rpc.log({ message: "hi" }).then((r) => {
    assertType<Equals<typeof r, SessionMethods["session.log"]["result"]>>();
  });
  // @ts-expect-error: no such method
  void session.rpc.model.switchTwo({ modelId: "x" });

  // client.rpc: server methods.
  void client.rpc.tools.list({}).then((r) => {
    assertType<Equals<typeof r.tools[number]["name"], string>>();
  });
  // @ts-expect-error: no such group
  void client.rpc.nope.list();
}

test("api types: the type checks above compile (checked by deno check and tsc)", () => {
  assert.equal(typeof typeChecks, "function");
  assert.equal(typeof optionTypeChecks, "function");
});

// The official SDK's session options, client options and methods (issue 13):
// each accepted with its documented type, a wrong type refused.
export function optionTypeChecks(session: CopilotSession, client: CopilotClient): void {
  const full: SessionConfig = {
    clientName: "app",
    reasoningEffort: "max",
    reasoningSummary: "concise",
    contextTier: "long_context",
    modelCapabilities: { supports: { vision: true }, limits: { max_prompt_tokens: 1000 } },
    enableExperimentalMode: true,
    largeOutput: { enabled: true, maxSizeBytes: 1024, outputDirectory: "/tmp" },
    configDirectory: "/tmp/config",
    configDir: "/tmp/config",
    enableConfigDiscovery: false,
    toolSearch: { enabled: true, deferThreshold: 10 },
    excludedBuiltinAgents: ["explore"],
    providers: [{ name: "acme", type: "openai", baseUrl: "http://127.0.0.1:1/v1" }],
    models: [{ id: "m", provider: "acme", wireModel: "m-1" }],
    capi: { enableWebSocketResponses: false, autoTier: "balance" },
    additionalDirectories: ["/srv"],
    defaultAgent: { excludedTools: ["bash"] },
    agent: "reviewer",
    pluginDirectories: ["/plugins"],
    instructionDirectories: ["/instructions"],
    disabledSkills: ["x"],
    disabledMcpServers: ["github"],
    memory: { enabled: false },
    enableSessionTelemetry: false,
    enableCitations: true,
    enableFileChangeTracking: true,
    sessionLimits: { maxAiCredits: 10 },
    includeSubAgentStreamingEvents: false,
    mcpOAuthTokenStorage: "persistent",
    enableMcpApps: false,
    githubMcpToolConfig: { enableAllTools: true, additionalToolsets: ["actions"] },
    gitHubToken: "ghu_x",
    enableManagedSettings: true,
    managedSettings: {
      permissions: { disableBypassPermissionsMode: "disable", deny: ["Read(**)"] },
    },
    skipEmbeddingRetrieval: true,
    embeddingCacheStorage: "in-memory",
    organizationCustomInstructions: "Be kind",
    enableOnDemandInstructionDiscovery: false,
    enableFileHooks: false,
    enableHostGitOperations: false,
    enableSessionStore: false,
    enableSkills: false,
    remoteSession: "export",
    skipCustomInstructions: true,
    customAgentsLocalOnly: true,
    coauthorEnabled: false,
    manageScheduleEnabled: false,
    cloud: { repository: { owner: "octo", name: "app", branch: "main" } },
    provider: { baseUrl: "http://127.0.0.1:1/v1", modelId: "m" },
  };
  const resume: ResumeSessionConfig = { suppressResumeEvent: true, continuePendingWork: false };
  void full;
  void resume;
  // @ts-expect-error: cloud is for createSession only
  const noCloud: ResumeSessionConfig = { cloud: {} };
  // @ts-expect-error: suppressResumeEvent is for resumeSession only
  const noSuppress: SessionConfig = { suppressResumeEvent: true };
  // @ts-expect-error: enableSkills is a boolean
  const badSkills: SessionConfig = { enableSkills: "yes" };
  // @ts-expect-error: remoteSession is "off", "export" or "on"
  const badRemote: SessionConfig = { remoteSession: "maybe" };
  // @ts-expect-error: memory needs enabled
  const badMemory: SessionConfig = { memory: {} };
  // @ts-expect-error: largeOutput's directory is outputDirectory (outputDir is the wire name)
  const badLarge: SessionConfig = { largeOutput: { outputDir: "/tmp" } };
  // @ts-expect-error: mcpOAuthTokenStorage is "persistent" or "in-memory"
  const badStorage: SessionConfig = { mcpOAuthTokenStorage: "disk" };
  // @ts-expect-error: additionalDirectories is an array
  const badDirs: SessionConfig = { additionalDirectories: "/srv" };
  // @ts-expect-error: contextTier is "default" or "long_context"
  const badTier: SessionConfig = { contextTier: "huge" };
  void [
    noCloud,
    noSuppress,
    badSkills,
    badRemote,
    badMemory,
    badLarge,
    badStorage,
    badDirs,
    badTier,
  ];

  const options: CopilotClientOptions = {
    mode: "empty",
    baseDirectory: "/var/copilot",
    sessionIdleTimeoutSeconds: 600,
    enableRemoteSessions: false,
    telemetry: {
      otlpEndpoint: "http://127.0.0.1:4318",
      otlpProtocol: "http/protobuf",
      filePath: "/tmp/t.jsonl",
      exporterType: "file",
      sourceName: "app",
      captureContent: false,
    },
    onGetTraceContext: () => ({ traceparent: "00-1-2-01", tracestate: "k=v" }),
    onListModels: () => Promise.resolve([]),
    clientInfo: {
      editorName: "ed",
      editorVersion: "1.0",
      extensionName: "x",
      extensionVersion: "2",
    },
    logLevel: "debug",
    cliUrl: "127.0.0.1:9",
  };
  void options;
  // @ts-expect-error: mode is "copilot-cli" or "empty"
  const badMode: CopilotClientOptions = { mode: "full" };
  // @ts-expect-error: otlpProtocol is "http/json" or "http/protobuf"
  const badOtlp: CopilotClientOptions = { telemetry: { otlpProtocol: "grpc" } };
  // @ts-expect-error: onGetTraceContext returns a TraceContext
  const badTrace: CopilotClientOptions = { onGetTraceContext: () => "00-1-2-01" };
  void [badMode, badOtlp, badTrace];

  void session.setModel("gpt-5", { reasoningEffort: "high", contextTier: "default", timeout: 1 });
  void session.setAutoTier("efficiency");
  void session.setAutoTier(null);
  void session.log("hi", { level: "error", ephemeral: true }).then((id) => {
    assertType<Equals<typeof id, string>>();
  });
  // @ts-expect-error: log levels are info, warning and error
  void session.log("hi", { level: "debug" });
  // @ts-expect-error: no such auto tier
  void session.setAutoTier("smart");
  void client.listSessions({
    workingDirectory: "/w",
    gitRoot: "/w",
    repository: "o/r",
    branch: "b",
  });
  void client.getSessionMetadata("id").then((meta) => {
    assertType<Equals<typeof meta, SessionMetadata | undefined>>();
  });
  void client.listModels().then((models) => {
    assertType<Equals<typeof models, ModelInfo[]>>();
  });
  // @ts-expect-error: the filter has no such field
  void client.listSessions({ cwd: "/w" });
}

// Code written for the official SDK: its type names and its shapes.
export function officialNames(client: CopilotClient, session: CopilotSession): void {
  const onCreated: official.TypedSessionLifecycleHandler<"session.created"> = (event) => {
    assertType<Equals<typeof event.type, "session.created">>();
  };
  const onAny: official.SessionLifecycleHandler = (event) => void event.sessionId;
  client.onLifecycle("session.created", onCreated);
  client.onLifecycle(onAny);
  const onMessage: official.TypedSessionEventHandler<"assistant.message"> = (event) => {
    assertType<Equals<typeof event.data.content, string>>();
  };
  session.on("assistant.message", onMessage);
  const mcp: Record<string, official.MCPServerConfig> = {
    files: { command: "mcp-files", args: [] } satisfies official.MCPStdioServerConfig,
    docs: { type: "http", url: "https://mcp.example.com" } satisfies official.MCPHTTPServerConfig,
  };
  const append: official.SystemMessageAppendConfig = { content: "Be brief." };
  const customize: official.SystemMessageCustomizeConfig = {
    mode: "customize",
    sections: { tone: { action: "remove" } },
  };
  const transform: official.SectionTransformFn = (text) => text.toUpperCase();
  const action: official.SectionOverrideAction = transform;
  const decision: official.PermissionRequestResult = { kind: "no-result" };
  const info: official.CopilotClientInfo = { applicationName: "acme", integrationVersion: "1" };
  const tokenProvider: official.GitHubTokenProvider = () => ({ kind: "cancelled" });
  const config: SessionConfig = {
    mcpServers: mcp,
    systemMessage: Math.random() > 0.5 ? append : customize,
    gitHubTokenProvider: tokenProvider,
  };
  const auth: Promise<official.GetAuthStatusResponse> = client.getAuthStatus();
  const status: Promise<official.GetStatusResponse> = client.getStatus();
  const ui: official.SessionUiApi = session.ui;
  void [config, action, decision, info, auth, status, ui];
  // @ts-expect-error: not a section
  void official.SYSTEM_MESSAGE_SECTIONS.persona;
}

test("SYSTEM_MESSAGE_SECTIONS (the official SDK's table) describes each section systemMessage's customize mode can change", () => {
  const sections = Object.keys(official.SYSTEM_MESSAGE_SECTIONS);
  assert.equal(sections.length, 12);
  assert.ok(sections.includes("tone") && sections.includes("last_instructions"), sections.join());
  for (const { description } of Object.values(official.SYSTEM_MESSAGE_SECTIONS)) {
    assert.ok(typeof description === "string" && description.length > 10);
  }
  assert.ok(Object.isFrozen(official.SYSTEM_MESSAGE_SECTIONS));
});

test("DisableBypassPermissionsModes and createSessionFsAdapter (the official SDK's): the policy values, and the provider itself", () => {
  assert.deepEqual({ ...official.DisableBypassPermissionsModes }, {
    Disable: "disable",
    AllowAutoOnly: "allow-auto-only",
  });
  const config: SessionConfig = {
    managedSettings: {
      permissions: {
        disableBypassPermissionsMode: official.DisableBypassPermissionsModes.AllowAutoOnly,
      },
    },
  };
  assert.equal(
    config.managedSettings?.permissions?.disableBypassPermissionsMode,
    "allow-auto-only",
  );
  const provider = official.memorySessionFs();
  assert.equal(official.createSessionFsAdapter(provider), provider);
});
