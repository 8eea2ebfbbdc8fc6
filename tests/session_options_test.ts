// The official SDK's session options, client options and methods, in-process:
// what the client sends the (scripted) CLI for each, with the official wire
// names and defaults (tests/_harness/scripted_cli.ts). The e2e tests
// (tests/e2e/options_test.ts) show the real CLI acting on a sample of them.

import assert from "node:assert/strict";
import { CopilotClient, type ModelInfo, type SessionConfig, SessionError } from "../mod.ts";
import { prepareSessionConfig } from "../src/session_config.ts";
import { runtimeEnv } from "../src/launch.ts";
import { ScriptedCli, settle } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

const UPDATE_OK = { "session.options.update": () => ({}) };

async function withClient(
  cli: ScriptedCli,
  body: (client: CopilotClient) => Promise<void>,
  options: Parameters<ScriptedCli["client"]>[0] = {},
): Promise<void> {
  const client = cli.client(options);
  try {
    await body(client);
  } finally {
    await client.stop();
  }
}

test("SessionConfig options reach session.create under the official wire names", async () => {
  const cli = new ScriptedCli(UPDATE_OK);
  await withClient(cli, async (client) => {
    const config: SessionConfig = {
      clientName: "my-app",
      reasoningSummary: "concise",
      contextTier: "long_context",
      modelCapabilities: { supports: { vision: false } },
      enableExperimentalMode: true,
      largeOutput: { maxSizeBytes: 100, outputDirectory: "/tmp/out" },
      configDirectory: "/tmp/config",
      enableConfigDiscovery: true,
      toolSearch: { enabled: false },
      excludedBuiltinAgents: ["explore"],
      providers: [{ name: "acme", baseUrl: "http://127.0.0.1:1/v1" }],
      models: [{ id: "m", provider: "acme" }],
      additionalDirectories: ["/tmp/a"],
      defaultAgent: { excludedTools: ["deploy"] },
      agent: "reviewer",
      pluginDirectories: ["/tmp/p"],
      instructionDirectories: ["/tmp/i"],
      disabledMcpServers: ["github"],
      memory: { enabled: false },
      enableSessionTelemetry: false,
      enableCitations: true,
      enableFileChangeTracking: true,
      sessionLimits: { maxAiCredits: 5 },
      mcpOAuthTokenStorage: "persistent",
      enableMcpApps: true,
      githubMcpToolConfig: { enableAllTools: true },
      enableManagedSettings: false,
      managedSettings: { permissions: { deny: ["Shell(rm *)"] } },
      skipEmbeddingRetrieval: true,
      embeddingCacheStorage: "in-memory",
      organizationCustomInstructions: "Be kind",
      enableOnDemandInstructionDiscovery: false,
      enableFileHooks: false,
      enableHostGitOperations: false,
      enableSessionStore: false,
      enableSkills: false,
      remoteSession: "off",
      askUserVariant: "elicitation",
      includedBuiltinSkills: ["customize-cloud-agent"],
      authClientIdMetadataUrl: "https://app.example.com/oauth/client.json",
      featureFlags: { SOME_FLAG: true },
      canvasProvider: { id: "acme-canvases" },
      extensionInfo: { source: "acme", name: "portal" },
    };
    await client.createSession(config);
    const [sent] = cli.calls("session.create");
    const { sessionId: _, ...rest } = sent;
    assert.deepEqual(rest, {
      clientName: "my-app",
      reasoningSummary: "concise",
      contextTier: "long_context",
      modelCapabilities: { supports: { vision: false } },
      isExperimentalMode: true,
      largeOutput: { maxSizeBytes: 100, outputDir: "/tmp/out" },
      configDir: "/tmp/config",
      enableConfigDiscovery: true,
      toolSearch: { enabled: false },
      excludedBuiltinAgents: ["explore"],
      providers: [{ name: "acme", baseUrl: "http://127.0.0.1:1/v1" }],
      models: [{ id: "m", provider: "acme" }],
      additionalDirectories: ["/tmp/a"],
      defaultAgent: { excludedTools: ["deploy"] },
      agent: "reviewer",
      pluginDirectories: ["/tmp/p"],
      instructionDirectories: ["/tmp/i"],
      disabledMcpServers: ["github"],
      memory: { enabled: false },
      enableSessionTelemetry: false,
      enableCitations: true,
      enableFileChangeTracking: true,
      sessionLimits: { maxAiCredits: 5 },
      mcpOAuthTokenStorage: "persistent",
      requestMcpApps: true,
      githubMcpToolConfig: { enableAllTools: true },
      enableManagedSettings: false,
      managedSettings: { permissions: { deny: ["Shell(rm *)"] } },
      skipEmbeddingRetrieval: true,
      embeddingCacheStorage: "in-memory",
      organizationCustomInstructions: "Be kind",
      enableOnDemandInstructionDiscovery: false,
      enableFileHooks: false,
      enableHostGitOperations: false,
      enableSessionStore: false,
      enableSkills: false,
      remoteSession: "off",
      askUserVariant: "elicitation",
      includedBuiltinSkills: ["customize-cloud-agent"],
      authClientIdMetadataUrl: "https://app.example.com/oauth/client.json",
      featureFlags: { SOME_FLAG: true },
      canvasProvider: { id: "acme-canvases" },
      extensionInfo: { source: "acme", name: "portal" },
      includeSubAgentStreamingEvents: true,
      envValueMode: "direct",
      toolFilterPrecedence: "excluded",
      requestPermission: false,
      requestUserInput: false,
      hooks: false,
      ...pick(
        sent,
        Object.keys(sent).filter((k) => k.startsWith("request") && k !== "requestMcpApps"),
      ),
    });
    assert.equal(cli.calls("session.options.update").length, 0);
  });
});

function pick(from: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, from[key]]));
}

test("prepareSessionConfig() defaults includeSubAgentStreamingEvents to true, sends envValueMode direct, and leaves enableMcpApps false out", () => {
  const { wire } = prepareSessionConfig({ enableMcpApps: false }, "createSession");
  assert.equal(wire.includeSubAgentStreamingEvents, true);
  assert.equal(wire.envValueMode, "direct");
  assert.equal("requestMcpApps" in wire, false);
  assert.equal("enableMcpApps" in wire, false);
  const off = prepareSessionConfig({ includeSubAgentStreamingEvents: false }, "createSession");
  assert.equal(off.wire.includeSubAgentStreamingEvents, false);
});

test("prepareSessionConfig() keeps configDir (the older name) and refuses it with a different configDirectory", () => {
  assert.equal(prepareSessionConfig({ configDir: "/c" }, "createSession").wire.configDir, "/c");
  assert.throws(
    () => prepareSessionConfig({ configDir: "/c", configDirectory: "/d" }, "createSession"),
    /"configDirectory" and "configDir" name different directories/,
  );
});

test("prepareSessionConfig() refuses options of the wrong type, naming them", () => {
  const bad: Array<[Record<string, unknown>, RegExp]> = [
    [{ enableSkills: "yes" }, /"enableSkills" must be true or false/],
    [{ clientName: 3 }, /"clientName" must be a string/],
    [{ additionalDirectories: "/tmp" }, /"additionalDirectories" must be an array of strings/],
    [{ memory: true }, /"memory" must be an object/],
    [{ memory: {} }, /"memory.enabled" must be true or false/],
    [{ remoteSession: "maybe" }, /"remoteSession" must be one of "off", "export", "on"/],
    [{ askUserVariant: "form" }, /"askUserVariant" must be one of "legacy", "elicitation"/],
    [{ requestExtensions: true }, /"requestExtensions" needs "onPermissionRequest" .*approveAll/],
    [{ includedBuiltinSkills: "all" }, /"includedBuiltinSkills" must be an array of strings/],
    [{ featureFlags: "on" }, /"featureFlags" must be an object/],
    [{ authClientIdMetadataUrl: 1 }, /"authClientIdMetadataUrl" must be a string/],
    [{ largeOutput: { maxSizeBytes: -1 } }, /"largeOutput.maxSizeBytes"/],
    [{ providers: {} }, /"providers" must be an array/],
  ];
  for (const [config, message] of bad) {
    assert.throws(() => prepareSessionConfig(config as SessionConfig, "createSession"), message);
  }
});

test("prepareSessionConfig() accepts a provider with modelId and no model", () => {
  const { wire } = prepareSessionConfig(
    { provider: { baseUrl: "http://127.0.0.1:1/v1", modelId: "llama3.2" } },
    "createSession",
  );
  assert.equal((wire.provider as { modelId: string }).modelId, "llama3.2");
  assert.equal(wire.model, undefined);
  assert.throws(
    () => prepareSessionConfig({ provider: { baseUrl: "http://127.0.0.1:1/v1" } }, "createSession"),
    /"model" is missing/,
  );
});

test("CopilotClient.resumeSession() sends suppressResumeEvent as disableResume, and continuePendingWork", async () => {
  const cli = new ScriptedCli();
  await withClient(cli, async (client) => {
    await client.resumeSession("s1", { suppressResumeEvent: true, continuePendingWork: true });
    const [sent] = cli.calls("session.resume");
    assert.equal(sent.disableResume, true);
    assert.equal(sent.continuePendingWork, true);
    assert.equal("suppressResumeEvent" in sent, false);
    await assert.rejects(
      client.resumeSession("s2", { cloud: {} } as never),
      /"cloud" applies to createSession only/,
    );
  });
});

test("CopilotClient.createSession() applies skipCustomInstructions, customAgentsLocalOnly, coauthorEnabled and manageScheduleEnabled with session.options.update", async () => {
  const cli = new ScriptedCli(UPDATE_OK);
  await withClient(cli, async (client) => {
    const session = await client.createSession({
      skipCustomInstructions: true,
      customAgentsLocalOnly: true,
      coauthorEnabled: false,
      manageScheduleEnabled: true,
    });
    const [created] = cli.calls("session.create");
    assert.equal(created.customAgentsLocalOnly, true);
    for (const key of ["skipCustomInstructions", "coauthorEnabled", "manageScheduleEnabled"]) {
      assert.equal(key in created, false, key);
    }
    assert.deepEqual(cli.calls("session.options.update"), [{
      sessionId: session.sessionId,
      skipCustomInstructions: true,
      customAgentsLocalOnly: true,
      coauthorEnabled: false,
      manageScheduleEnabled: true,
    }]);
    // The create comes first.
    const order = cli.received.map((r) => r.method).filter((m) => m.startsWith("session."));
    assert.deepEqual(order.slice(0, 2), ["session.create", "session.options.update"]);
  });
});

test("CopilotClient.createSession() closes the session and rejects when session.options.update fails", async () => {
  const cli = new ScriptedCli({
    "session.options.update": () => {
      throw new Error("no such option");
    },
  });
  await withClient(cli, async (client) => {
    await assert.rejects(client.createSession({ coauthorEnabled: false }), /no such option/);
    const [created] = cli.calls("session.create");
    assert.deepEqual(cli.calls("session.destroy"), [{ sessionId: created.sessionId }]);
  });
});

test("CopilotClient mode 'empty' needs baseDirectory and availableTools, turns optional features off and removes environment_context", async () => {
  assert.throws(
    () => new ScriptedCli().client({ mode: "empty" }),
    /mode "empty" needs "baseDirectory"/,
  );
  const cli = new ScriptedCli(UPDATE_OK);
  await withClient(cli, async (client) => {
    await assert.rejects(client.createSession({}), /"availableTools"/);
    await client.createSession({ availableTools: ["view"], enableSkills: true });
    const [sent] = cli.calls("session.create");
    assert.equal(sent.isExperimentalMode, false);
    assert.equal(sent.enableSkills, true); // the session's own choice wins
    assert.equal(sent.enableSessionStore, false);
    assert.deepEqual(sent.memory, { enabled: false });
    assert.equal(sent.customAgentsLocalOnly, true);
    assert.deepEqual(sent.systemMessage, {
      mode: "customize",
      sections: { environment_context: { action: "remove" } },
    });
    const [update] = cli.calls("session.options.update");
    assert.deepEqual(update, {
      sessionId: sent.sessionId,
      skipCustomInstructions: true,
      customAgentsLocalOnly: true,
      coauthorEnabled: false,
      manageScheduleEnabled: false,
      installedPlugins: [],
    });
    await client.createSession({ availableTools: [], systemMessage: { content: "Be brief" } });
    assert.deepEqual(cli.calls("session.create")[1].systemMessage, {
      mode: "customize",
      content: "Be brief",
      sections: { environment_context: { action: "remove" } },
    });
    await client.createSession({
      availableTools: [],
      systemMessage: { mode: "replace", content: "Only this" },
    });
    assert.deepEqual(cli.calls("session.create")[2].systemMessage, {
      mode: "replace",
      content: "Only this",
    });
  }, { mode: "empty", baseDirectory: "/tmp/copilot-empty" });
});

test("runtimeEnv() sets COPILOT_HOME, the keychain switch of mode 'empty' and the OpenTelemetry variables", () => {
  assert.deepEqual(runtimeEnv({}), {});
  assert.deepEqual(
    runtimeEnv({
      baseDirectory: "/b",
      mode: "empty",
      telemetry: {
        otlpEndpoint: "http://127.0.0.1:4318",
        otlpProtocol: "http/json",
        filePath: "/t.jsonl",
        exporterType: "file",
        sourceName: "app",
        captureContent: false,
      },
    }),
    {
      COPILOT_HOME: "/b",
      COPILOT_DISABLE_KEYTAR: "1",
      COPILOT_OTEL_ENABLED: "true",
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318",
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      COPILOT_OTEL_FILE_EXPORTER_PATH: "/t.jsonl",
      COPILOT_OTEL_EXPORTER_TYPE: "file",
      COPILOT_OTEL_SOURCE_NAME: "app",
      OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: "false",
    },
  );
});

test("CopilotClient options: logLevel is accepted with cliUrl; spawn-only new options are not; bad values are refused", () => {
  const cli = new ScriptedCli();
  cli.client({ cliUrl: "127.0.0.1:9", logLevel: "debug" });
  for (
    const key of ["baseDirectory", "telemetry", "enableRemoteSessions", "sessionIdleTimeoutSeconds"]
  ) {
    const value = key === "telemetry"
      ? {}
      : key === "enableRemoteSessions"
      ? true
      : key === "baseDirectory"
      ? "/b"
      : 5;
    assert.throws(
      () => cli.client({ cliUrl: "127.0.0.1:9", [key]: value }),
      new RegExp(`"${key}"`),
    );
  }
  assert.throws(
    () => cli.client({ mode: "full" as never }),
    /"mode" must be "copilot-cli" or "empty"/,
  );
  assert.throws(() => cli.client({ sessionIdleTimeoutSeconds: -1 }), /"sessionIdleTimeoutSeconds"/);
  assert.throws(
    () => cli.client({ onListModels: [] as never }),
    /"onListModels" must be a function/,
  );
  // mode "empty" with cliUrl: that server keeps its own state.
  cli.client({ cliUrl: "127.0.0.1:9", mode: "empty" });
});

test("CopilotClient sends clientInfo in the connect handshake", async () => {
  const cli = new ScriptedCli();
  await withClient(cli, async (client) => {
    await client.start();
    assert.deepEqual(cli.calls("connect"), [{ clientInfo: { editorName: "my-editor" } }]);
  }, { clientInfo: { editorName: "my-editor" } });
});

test("CopilotClient clientInfo takes the official SDK's names (applicationName...) and sends the wire's (editorName...); a field given under both names, differently, is refused", async () => {
  const cli = new ScriptedCli();
  assert.throws(
    () => cli.client({ clientInfo: { applicationName: "a", editorName: "b" } }),
    /"clientInfo\.applicationName" and "clientInfo\.editorName" .* differ; give one/,
  );
  await withClient(cli, async (client) => {
    await client.start();
    assert.deepEqual(cli.calls("connect"), [{
      clientInfo: { editorName: "acme", editorVersion: "2.4.0", extensionName: "bot" },
    }]);
  }, {
    clientInfo: { applicationName: "acme", applicationVersion: "2.4.0", integrationName: "bot" },
  });
});

test("SessionConfig mcpServers: the official workingDirectory is sent as cwd (also in customAgents), tools and args may be left out; both cwd and workingDirectory, different, are refused", async () => {
  const cli = new ScriptedCli();
  await withClient(cli, async (client) => {
    await client.createSession({
      mcpServers: { files: { command: "mcp-files", workingDirectory: "/w" } },
      customAgents: [{
        name: "a",
        prompt: "p",
        mcpServers: { web: { type: "http", url: "http://127.0.0.1:9/mcp" } },
      }, {
        name: "b",
        prompt: "p",
        mcpServers: { local: { command: "x", workingDirectory: "/v", tools: [] } },
      }],
    });
    const sent = cli.calls("session.create")[0];
    assert.deepEqual(sent.mcpServers, { files: { command: "mcp-files", cwd: "/w" } });
    assert.deepEqual(sent.customAgents[0].mcpServers, {
      web: { type: "http", url: "http://127.0.0.1:9/mcp" },
    });
    assert.deepEqual(sent.customAgents[1].mcpServers, {
      local: { command: "x", cwd: "/v", tools: [] },
    });
    await assert.rejects(
      client.createSession({
        mcpServers: { files: { command: "mcp-files", cwd: "/a", workingDirectory: "/b" } },
      }),
      /"mcpServers\.files" has both "cwd" and "workingDirectory" .*give one/,
    );
    assert.equal(cli.calls("session.create").length, 1);
  });
});

test("CopilotClient onGitHubTelemetry opts into forwarding in the connect handshake and receives gitHubTelemetry.event; a throwing handler goes to onError", async () => {
  const cli = new ScriptedCli();
  const received: unknown[] = [];
  const errors: unknown[] = [];
  const notification = {
    sessionId: "s",
    restricted: false,
    event: { kind: "session_start", properties: {} },
  };
  await withClient(cli, async (client) => {
    await client.start();
    assert.deepEqual(cli.calls("connect"), [{ enableGitHubTelemetryForwarding: true }]);
    await cli.notify("gitHubTelemetry.event", notification);
    await cli.notify("gitHubTelemetry.event", { ...notification, restricted: true });
    await settle(5);
    assert.deepEqual(received, [notification]);
    assert.match(String(errors[0]), /telemetry store down/);
  }, {
    onError: (error) => errors.push(error),
    onGitHubTelemetry: (n) => {
      if (n.restricted) throw new Error("telemetry store down");
      received.push(n);
    },
  });
  // Without the handler, nothing is asked for.
  const plain = new ScriptedCli();
  await withClient(plain, async (client) => {
    await client.start();
    assert.deepEqual(plain.calls("connect"), [{}]);
  });
});

test("CopilotClient builtinPluginDirectories are registered with plugins.builtin.set after the handshake, before the client is started; relative paths are refused", async () => {
  const cli = new ScriptedCli({ "plugins.builtin.set": () => null });
  await withClient(cli, async (client) => {
    await client.start();
    assert.deepEqual(cli.calls("plugins.builtin.set"), [{ paths: ["/opt/app/plugins"] }]);
  }, { builtinPluginDirectories: ["/opt/app/plugins"] });
  assert.throws(
    () => cli.client({ builtinPluginDirectories: ["plugins"] }),
    /"builtinPluginDirectories" must be an array of absolute paths/,
  );
});

test("CopilotClient extensionLauncher registers with registerExtensionLaunchProvider at start and answers extensionLaunchProvider.resolve; nothing leaves the extension unstarted, a bad answer or a throw is an error reported to onError", async () => {
  const cli = new ScriptedCli({ "registerExtensionLaunchProvider": () => null });
  const errors: Error[] = [];
  const answers: unknown[] = [
    { executable: "deno", args: ["run", "-A", "/p/extension.ts"] },
    undefined,
    { args: ["x"] },
    { executable: "x", env: { PORT: 8080 } },
  ];
  await withClient(cli, async (client) => {
    await client.start();
    assert.equal(cli.calls("registerExtensionLaunchProvider").length, 1);
    const extension = {
      id: "project:clock",
      name: "clock",
      modulePath: "/p/extension.mjs",
      source: "project",
    };
    const resolve = () => cli.request("extensionLaunchProvider.resolve", extension);
    assert.deepEqual(await resolve(), {
      launch: { executable: "deno", args: ["run", "-A", "/p/extension.ts"], env: {} },
    });
    assert.deepEqual(await resolve(), {});
    await assert.rejects(resolve(), /must give \{ executable, args\?, env\? \}/);
    await assert.rejects(resolve(), /must give \{ executable, args\?, env\? \}/);
    await assert.rejects(resolve(), /extensionLauncher failed for "project:clock"/);
    assert.equal(errors.length, 3);
    assert.match(errors[2].message, /launcher down/);
  }, {
    onError: (error) => errors.push(error as Error),
    extensionLauncher: () => {
      if (!answers.length) throw new Error("launcher down");
      return answers.shift() as never;
    },
  });
});

test("CopilotClient takes the official spelling gitHubToken for githubToken, and refuses the two when they differ", () => {
  const cli = new ScriptedCli();
  cli.client({ gitHubToken: "ghp_a", githubToken: "ghp_a" });
  assert.throws(
    () => cli.client({ gitHubToken: "ghp_a", githubToken: "ghp_b" }),
    /"githubToken" and "gitHubToken" \(the same option, two spellings\) differ; give one/,
  );
  assert.throws(
    () => new CopilotClient({ cliUrl: "127.0.0.1:9", gitHubToken: "ghp_a" }),
    /"cliUrl" cannot be combined with "gitHubToken"/,
  );
});

test("CopilotClient.listModels() shares one request between concurrent calls, caches per connection and gives copies", async () => {
  const model = {
    id: "m1",
    name: "Model 1",
    capabilities: { supports: {}, limits: {} },
  } as ModelInfo;
  const cli = new ScriptedCli({ "models.list": () => ({ models: [model] }) });
  await withClient(cli, async (client) => {
    const [a, b] = await Promise.all([client.listModels(), client.listModels()]);
    assert.equal(cli.calls("models.list").length, 1);
    assert.deepEqual(a, [model]);
    assert.notEqual(a, b);
    a[0].name = "changed";
    a.push({ ...model, id: "m2" });
    assert.deepEqual(await client.listModels(), [model]);
    assert.equal(cli.calls("models.list").length, 1);
    await cli.crash(1);
    await client.start();
    await client.listModels();
    assert.equal(cli.calls("models.list").length, 2); // a new connection asks again
  });
});

test("CopilotClient.listModels() does not keep a failure, and calls onListModels instead of the CLI", async () => {
  let fail = true;
  const cli = new ScriptedCli({
    "models.list": () => {
      if (fail) throw new Error("not signed in");
      return { models: [] };
    },
  });
  await withClient(cli, async (client) => {
    await assert.rejects(client.listModels(), /not signed in/);
    fail = false;
    assert.deepEqual(await client.listModels(), []);
  });
  let asked = 0;
  const own = new ScriptedCli();
  await withClient(own, async (client) => {
    const models = await Promise.all([client.listModels(), client.listModels()]);
    assert.equal(asked, 1);
    assert.equal(models[0][0].id, "byok");
    assert.equal(own.calls("models.list").length, 0);
  }, {
    onListModels: () => {
      asked++;
      return [{ id: "byok", name: "BYOK" } as ModelInfo];
    },
  });
});

test("CopilotClient.listSessions(filter) sends workingDirectory as cwd; getSessionMetadata() returns one or undefined", async () => {
  const meta = { sessionId: "s1", startTime: "t", modifiedTime: "t", isRemote: false };
  const cli = new ScriptedCli({
    "session.getMetadata": (params) => (params.sessionId === "s1" ? { session: meta } : {}),
  });
  await withClient(cli, async (client) => {
    await client.listSessions();
    await client.listSessions({ workingDirectory: "/w", branch: "main" });
    assert.deepEqual(cli.calls("session.list"), [{}, { filter: { cwd: "/w", branch: "main" } }]);
    await assert.rejects(
      client.listSessions({ signal: AbortSignal.abort() } as never),
      /pass \{ signal, timeout \} second/,
    );
    assert.deepEqual(await client.getSessionMetadata("s1"), meta);
    assert.equal(await client.getSessionMetadata("nope"), undefined);
  });
});

test("CopilotSession.setModel(), setAutoTier() and log() send their methods with the session id", async () => {
  const cli = new ScriptedCli({
    "session.model.switchTo": () => ({}),
    "session.model.switchAutoTier": () => ({ status: "pending" }),
    "session.log": () => ({ eventId: "e1" }),
  });
  await withClient(cli, async (client) => {
    const session = await client.createSession({});
    const id = session.sessionId;
    await session.setModel("gpt-5", { reasoningEffort: "high", timeout: 5000 });
    await session.setAutoTier("balance");
    assert.equal(await session.log("hello", { level: "warning", ephemeral: true }), "e1");
    assert.deepEqual(cli.calls("session.model.switchTo"), [{
      modelId: "gpt-5",
      reasoningEffort: "high",
      sessionId: id,
    }]);
    assert.deepEqual(cli.calls("session.model.switchAutoTier"), [{
      autoTier: "balance",
      sessionId: id,
    }]);
    assert.deepEqual(cli.calls("session.log"), [{
      message: "hello",
      level: "warning",
      ephemeral: true,
      sessionId: id,
    }]);
  });
});

test("CopilotClient onGetTraceContext adds traceparent and tracestate to create, resume and send only", async () => {
  const traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
  const errors: unknown[] = [];
  let fail = false;
  const cli = new ScriptedCli();
  await withClient(cli, async (client) => {
    const session = await client.createSession({});
    await session.send("hi");
    await client.resumeSession("other");
    await client.listSessions();
    for (const method of ["session.create", "session.send", "session.resume"]) {
      const [params] = cli.calls(method);
      assert.equal(params.traceparent, traceparent, method);
      assert.equal(params.tracestate, "k=v", method);
    }
    assert.deepEqual(cli.calls("session.list"), [{}]);
    fail = true;
    await session.send("again"); // a throwing callback does not stop the call
    assert.equal(cli.calls("session.send")[1].traceparent, undefined);
    assert.equal(errors.length, 1);
  }, {
    onError: (error) => errors.push(error),
    onGetTraceContext: () => {
      if (fail) throw new Error("no tracer");
      return { traceparent, tracestate: "k=v" };
    },
  });
  assert.ok(SessionError); // the import is used
});
