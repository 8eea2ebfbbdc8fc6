// Generated from @github/copilot-sdk-linux-x64@1.0.14 schemas/api.schema.json
// by `deno run -A scripts/generate_types.ts`. Do not edit by hand: run the command again.
//
// Types only: import them with `import type`, so that no runtime loads this file. The method
// names, needed at run time, are in ./rpc_methods.ts.

import type {
  AbortReason,
  AgentModelPolicy,
  Attachment,
  AutoTier,
  ContextTier,
  EmbeddedBlobResourceContents,
  EmbeddedTextResourceContents,
  McpOauthHttpResponse,
  McpOauthWWWAuthenticateParams,
  McpServerMetadata,
  McpServerSource,
  McpServerStatus,
  ModelChangeSource,
  PermissionDecisionSource,
  PermissionMode,
  PermissionPromptRequest,
  PermissionRule,
  ReasoningSummary,
  RemediationAction,
  SessionEvent,
  SessionLimitsConfig,
  SessionMode,
  ShutdownType,
  SkillSource,
  TaskCompleteData,
  TaskCompletionOutcome,
  UserToolSessionApproval,
  Verbosity,
} from "./session_events.ts";

/**
 * Methods the client calls on the CLI server, keyed by wire method name. `params` is `undefined` for a method that takes none; `result` is `void` where the schema gives none.
 */
export interface ServerMethods {
  /**
   * Checks server responsiveness and returns protocol information.
   */
  ping: {
    params: PingRequest;
    result: PingResult;
  };
  /**
   * Discovers hook actions enabled under server-side discovery settings from user, repository, plugin, and managed-policy sources.
   */
  "hooks.discover": {
    params: HooksDiscoverRequest;
    result: HooksDiscoverResult;
  };
  /**
   * Lists Copilot models available to the authenticated user.
   */
  "models.list": {
    params: ModelsListRequest;
    result: ModelList;
  };
  /**
   * Returns the running runtime's complete catalog of well-known built-in model IDs without authentication or network access.
   */
  "models.getBuiltInCatalog": {
    params: undefined;
    result: BuiltInModelCatalog;
  };
  /**
   * Lists built-in tools available for a model.
   */
  "tools.list": {
    params: ToolsListRequest;
    result: ToolList;
  };
  /**
   * Gets Copilot quota usage for the current or opaquely selected authenticated user.
   */
  "account.getQuota": {
    params: AccountGetQuotaRequest;
    result: AccountGetQuotaResult;
  };
  /**
   * Gets the currently active authentication credentials from the global auth manager.
   */
  "account.getCurrentAuth": {
    params: undefined;
    result: AccountGetCurrentAuthResult;
  };
  /**
   * Gets all authenticated users available for account switching.
   */
  "account.getAllUsers": {
    params: undefined;
    /**
     * Items: Authenticated account entry returned by `account.getAllUsers`.
     */
    result: AccountAllUsers[];
  };
  /**
   * Validates and stores authentication credentials. When login is omitted, resolves the authenticated user from the token before persistence.
   */
  "account.login": {
    params: AccountLoginRequest;
    result: AccountLoginResult;
  };
  /**
   * Removes user authentication from keychain and persisted state.
   */
  "account.logout": {
    params: AccountLogoutRequest;
    result: AccountLogoutResult;
  };
  /**
   * Registers secret values for redaction in session logs and exports. The SDK calls this to inject dynamically generated secret values (e.g., OIDC tokens).
   */
  "secrets.addFilterValues": {
    params: SecretsAddFilterValuesRequest;
    result: SecretsAddFilterValuesResult;
  };
  /**
   * Lists MCP servers from user configuration.
   */
  "mcp.config.list": {
    params: undefined;
    result: McpConfigList;
  };
  /**
   * Adds an MCP server to user configuration.
   */
  "mcp.config.add": {
    params: McpConfigAddRequest;
    result: null;
  };
  /**
   * Updates an MCP server in user configuration.
   */
  "mcp.config.update": {
    params: McpConfigUpdateRequest;
    result: null;
  };
  /**
   * Removes an MCP server from user configuration.
   */
  "mcp.config.remove": {
    params: McpConfigRemoveRequest;
    result: null;
  };
  /**
   * Enables MCP servers in user configuration for new sessions.
   */
  "mcp.config.enable": {
    params: McpConfigEnableRequest;
    result: null;
  };
  /**
   * Disables MCP servers in user configuration for new sessions.
   */
  "mcp.config.disable": {
    params: McpConfigDisableRequest;
    result: null;
  };
  /**
   * Drops this runtime process's in-memory MCP server-definition cache so the next MCP config read observes disk.
   */
  "mcp.config.reload": {
    params: undefined;
    result: null;
  };
  /**
   * Discovers MCP servers from user, workspace, plugin, and builtin sources.
   */
  "mcp.discover": {
    params: McpDiscoverRequest;
    result: McpDiscoverResult;
  };
  /**
   * Requests a side-effect-free MCP install plan from a catalog candidate handle or a caller-supplied card. This host-implemented server method is available through SDK/TUI hosts; standalone and C-ABI runtimes whose host does not implement server-method dispatch return JSON-RPC MethodNotFound. A runtime with planning available returns a normalised plan and opaque single-use plan handle; a runtime without it returns the typed planning-unavailable result. A completed plan reports resource identity, provenance, eligible transport choices, the user-scope target, required typed values and secret placeholders, the policy result, the configuration changes installing would make, and whether a reload would be needed. Planning never writes configuration, stores a secret, or reloads MCP servers, so abandoning a plan needs no call and leaves nothing behind.
   */
  "mcp.planInstall": {
    params: McpPlanInstallRequest;
    result: McpPlanInstallResult;
  };
  /**
   * Discovers user and enabled installed-plugin extensions from persisted Copilot home state, including enablement preferences. Launch-scoped additional plugins are not included.
   */
  "extensions.discover": {
    params: undefined;
    result: DiscoveredExtensions;
  };
  /**
   * Persistently enables extension IDs for future sessions. Active sessions are unchanged; use session.extensions.enable to update them.
   */
  "extensions.enable": {
    params: DiscoveredExtensionsEnableRequest;
    result: null;
  };
  /**
   * Persistently disables extension IDs for future sessions. Active sessions are unchanged; use session.extensions.disable to update them.
   */
  "extensions.disable": {
    params: DiscoveredExtensionsDisableRequest;
    result: null;
  };
  /**
   * Registers the calling SDK client as the per-entrypoint extension launch provider. Call before creating any sessions. When omitted, the runtime uses its built-in extension launcher.
   */
  registerExtensionLaunchProvider: {
    params: undefined;
    result: null;
  };
  /**
   * Requests a bounded catalog search. This host-implemented server method is available through SDK/TUI hosts; standalone and C-ABI runtimes whose host does not implement server-method dispatch return JSON-RPC MethodNotFound. A runtime with search available returns inert candidate summaries, each with an opaque single-use handle scoped to this runtime instance; a runtime without it returns the typed search-unavailable result. Public authorities may be searched anonymously, while an authority that requires credentials yields the typed authentication-required result. All returned text, URLs, and package metadata are untrusted external data and can never trigger instructions, tools, or installation. Read-only: nothing is installed, configured, or persisted.
   */
  "catalog.search": {
    params: CatalogSearchRequest;
    result: CatalogSearchResult;
  };
  /**
   * Lists plugins installed in user/global state.
   */
  "plugins.list": {
    params: undefined;
    result: PluginListResult;
  };
  /**
   * Installs a plugin from a marketplace, GitHub repo, URL, or local path.
   */
  "plugins.install": {
    params: PluginsInstallRequest;
    result: PluginInstallResult;
  };
  /**
   * Uninstalls an installed plugin.
   */
  "plugins.uninstall": {
    params: PluginsUninstallRequest;
    result: null;
  };
  /**
   * Updates an installed plugin to its latest published version.
   */
  "plugins.update": {
    params: PluginsUpdateRequest;
    result: PluginUpdateResult;
  };
  /**
   * Updates every installed plugin to its latest published version.
   */
  "plugins.updateAll": {
    params: undefined;
    result: PluginUpdateAllResult;
  };
  /**
   * Enables installed plugins for new sessions.
   */
  "plugins.enable": {
    params: PluginsEnableRequest;
    result: null;
  };
  /**
   * Disables installed plugins for new sessions.
   */
  "plugins.disable": {
    params: PluginsDisableRequest;
    result: null;
  };
  /**
   * Replaces this server's trusted built-in plugin directories while no sessions are active.
   */
  "plugins.builtin.set": {
    params: PluginsBuiltinSetRequest;
    result: null;
  };
  /**
   * Lists all registered marketplaces (defaults + user-added).
   */
  "plugins.marketplaces.list": {
    params: undefined;
    result: MarketplaceListResult;
  };
  /**
   * Registers a new marketplace from a source (owner/repo, URL, or local path).
   */
  "plugins.marketplaces.add": {
    params: PluginsMarketplacesAddRequest;
    result: MarketplaceAddResult;
  };
  /**
   * Removes a previously-registered marketplace. When the marketplace has dependent plugins and `force` is not set, the marketplace is left intact and the result lists the dependents so the caller can decide whether to retry with `force=true`.
   */
  "plugins.marketplaces.remove": {
    params: PluginsMarketplacesRemoveRequest;
    result: MarketplaceRemoveResult;
  };
  /**
   * Lists plugins advertised by a registered marketplace.
   */
  "plugins.marketplaces.browse": {
    params: PluginsMarketplacesBrowseRequest;
    result: MarketplaceBrowseResult;
  };
  /**
   * Re-fetches one or all registered marketplace catalogs.
   */
  "plugins.marketplaces.refresh": {
    params: PluginsMarketplacesRefreshRequest;
    result: MarketplaceRefreshResult;
  };
  /**
   * Replaces the global list of disabled skills.
   */
  "skills.config.setDisabledSkills": {
    params: SkillsConfigSetDisabledSkillsRequest;
    result: null;
  };
  /**
   * Atomically adds or removes one skill from the disabled list.
   */
  "skills.config.setSkillDisabled": {
    params: SkillsConfigSetSkillDisabledRequest;
    result: null;
  };
  /**
   * Discovers skills across global and project sources.
   */
  "skills.discover": {
    params: SkillsDiscoverRequest;
    result: ServerSkillList;
  };
  /**
   * Returns the canonical directories where a client may create skills that the runtime will recognize, including ones that do not exist yet. Project directories become active once created.
   */
  "skills.getDiscoveryPaths": {
    params: SkillsGetDiscoveryPathsRequest;
    result: SkillDiscoveryPathList;
  };
  /**
   * Discovers custom agents across user, project, plugin, and remote sources.
   */
  "agents.discover": {
    params: AgentsDiscoverRequest;
    result: ServerAgentList;
  };
  /**
   * Returns the canonical directories where a client may create custom agents that the runtime will recognize, including ones that do not exist yet. Project directories become active once created.
   */
  "agents.getDiscoveryPaths": {
    params: AgentsGetDiscoveryPathsRequest;
    result: AgentDiscoveryPathList;
  };
  /**
   * Discovers instruction sources across user, repository, and plugin sources.
   */
  "instructions.discover": {
    params: InstructionsDiscoverRequest;
    result: ServerInstructionSourceList;
  };
  /**
   * Returns the canonical files and directories where a client may create custom instructions that the runtime will recognize, including ones that do not exist yet. Repository targets become active once created.
   */
  "instructions.getDiscoveryPaths": {
    params: InstructionsGetDiscoveryPathsRequest;
    result: InstructionDiscoveryPathList;
  };
  /**
   * Lists the well-known built-in slash commands that work as the first message in a new session (e.g. /plan, /env), without requiring an active session. Commands that depend on session state, authentication, or a synced session are omitted.
   */
  "commands.list": {
    params: undefined;
    result: CommandList;
  };
  /**
   * Drops this runtime process's in-memory user settings cache so the next settings read observes disk.
   */
  "user.settings.reload": {
    params: undefined;
    result: null;
  };
  /**
   * Lists every known user setting (settings.json overlaid with the legacy config.json, config.json wins), each with its effective value, its default, and whether it is at the default — so settings the user has never set still appear with their default value. Does not include repository- or enterprise-managed overrides that the runtime layers on top at session time.
   */
  "user.settings.get": {
    params: undefined;
    result: UserSettingsGetResult;
  };
  /**
   * Writes one or more user settings to settings.json, replacing each provided top-level key. A key whose value is null is removed. Returns the keys whose new value is shadowed by a legacy config.json entry (config.json wins on read), which the runtime leaves in place — such writes do not take effect until the legacy value is removed.
   */
  "user.settings.set": {
    params: UserSettingsSetRequest;
    result: UserSettingsSetResult;
  };
  /**
   * Discovers device-managed settings from production MDM and managed-file sources, validates them against the runtime-owned managed-settings schema, and returns the canonical JSON without requiring a session.
   */
  "managedSettings.read": {
    params: undefined;
    result: ManagedSettingsReadResult;
  };
  /**
   * Force-refreshes enterprise managed settings for every account: wipes the persistent server-policy cache (the whole `<cacheHome>/managed-settings` directory) and drops this runtime process's in-memory retained server policy. It does not itself fetch policy — the effect is that the next time a session resolves managed settings for an account, that resolution re-fetches the account's org policy from the network instead of serving a cached response. Note that `managedSettings.read` returns only device/MDM settings and never triggers the account server-policy fetch, so a host implementing "sync account policy" should start a fresh session resolution rather than treat a subsequent `managedSettings.read` as the refreshed org policy. Mirrors the invalidation a sign-out performs, broadened from the one signing-out account to all of them; device/MDM layers describe the machine, not the account, and are left untouched. Rejects if the on-disk cache cannot be removed.
   */
  "managedSettings.clearCache": {
    params: undefined;
    result: null;
  };
  /**
   * Gracefully shuts down an SDK-owned runtime. The response is sent only after cleanup completes; callers may then terminate the owned runtime process.
   */
  "runtime.shutdown": {
    params: undefined;
    result: null;
  };
  /**
   * Registers an SDK client as the session filesystem provider.
   */
  "sessionFs.setProvider": {
    params: SessionFsSetProviderRequest;
    result: SessionFsSetProviderResult;
  };
  /**
   * Registers an SDK client as the LLM inference callback provider.
   */
  "llmInference.setProvider": {
    params: undefined;
    result: LlmInferenceSetProviderResult;
  };
  /**
   * Delivers the response head (status + headers) for an in-flight request, correlated by the requestId the runtime supplied in httpRequestStart. Must be called exactly once per request before any httpResponseChunk frames.
   */
  "llmInference.httpResponseStart": {
    params: LlmInferenceHttpResponseStartRequest;
    result: LlmInferenceHttpResponseStartResult;
  };
  /**
   * Delivers a body byte range (or a terminal transport error) for an in-flight response, correlated by requestId. Set `end` true on the last chunk. When `error` is set the response terminates with a transport-level failure and the runtime raises an APIConnectionError.
   */
  "llmInference.httpResponseChunk": {
    params: LlmInferenceHttpResponseChunkRequest;
    result: LlmInferenceHttpResponseChunkResult;
  };
  /**
   * Creates or resumes a local session and returns the opened session ID.
   */
  "sessions.open": {
    params: SessionOpenParams;
    result: SessionOpenResult;
  };
  /**
   * Creates a new session by forking persisted history from an existing session.
   */
  "sessions.fork": {
    params: SessionsForkRequest;
    result: SessionsForkResult;
  };
  /**
   * Connects to an existing remote session and exposes it as an SDK session.
   */
  "sessions.connect": {
    params: ConnectRemoteSessionParams;
    result: RemoteSessionConnectionResult;
  };
  /**
   * Lists sessions, optionally filtered by source and working-directory context. Returned entries are discriminated by `isRemote`: local entries carry only the lightweight `LocalSessionMetadataValue` shape; remote entries carry the full `RemoteSessionMetadataValue` shape (repository, PR number, taskType, etc.).
   */
  "sessions.list": {
    params: SessionsListRequest;
    result: SessionList;
  };
  /**
   * Reads client-owned metadata for multiple persisted local sessions without opening them. Results preserve request order and report missing, corrupt, unsupported, or temporarily unavailable sessions independently.
   */
  "sessions.getClientMetadata": {
    params: SessionsGetClientMetadataRequest;
    result: SessionsGetClientMetadataResult;
  };
  /**
   * Reads a page of durable events directly from a local session's persisted journal without creating, resuming, or activating the session. The first read pins the currently opened journal generation and its byte-length boundary; opaque cursor continuations remain on that generation across runtime-owned compaction, truncation, and rewrite operations, which replace the live path atomically, and events appended after the boundary are excluded. For cold hydration, await the first successful page before activation and establish lossless live-event buffering before resume; merge subsequent live events by ID, preserving persisted order and letting live payloads win. Continuations are process-local, single-use capabilities bound to the originating session and storage context and must be paged sequentially; concurrent or repeated use of the same cursor expires that duplicate read rather than reading the generation twice. A complete snapshot has cursorStatus 'ok' and hasMore false. Snapshots expire after five idle minutes, with at most eight retained per process and idle-only eviction under pressure; completion and cancelled-worker exit release their handles. No transcript copy is created, but retained handles may keep replaced files' disk blocks alive until release. Pages have a soft 1 MiB serialized event-array budget including resolved binary assets; one oversized event is returned alone to guarantee progress. Working memory also includes a record/lookahead and asset resolution; resolving the first binary reference may scan the full pinned generation to build a bounded offset index. If the snapshot expires, is evicted, is cancelled before a continuation is established, or becomes unreadable after an observable unsupported in-place shortening, the continuation returns cursorStatus 'expired' with an empty terminal page and never falls back to a different generation. A missing or initially unreadable journal is an RPC error. Persisted history excludes ephemeral events and may omit payloads that are reconstructed only for an active session; use the active session event stream for post-resume live events.
   */
  "sessions.readPersistedEvents": {
    params: SessionsReadPersistedEventsRequest;
    result: EventsReadResult;
  };
  /**
   * Finds the local session bound to a GitHub task ID, if any.
   */
  "sessions.findByTaskId": {
    params: SessionsFindByTaskIDRequest;
    result: SessionsFindByTaskIDResult;
  };
  /**
   * Resolves a UUID prefix to a unique session ID, if exactly one session matches.
   */
  "sessions.findByPrefix": {
    params: SessionsFindByPrefixRequest;
    result: SessionsFindByPrefixResult;
  };
  /**
   * Returns the most-relevant prior session for a given working-directory context.
   */
  "sessions.getLastForContext": {
    params: SessionsGetLastForContextRequest;
    result: SessionsGetLastForContextResult;
  };
  /**
   * Returns the on-disk byte size of each session's workspace directory.
   */
  "sessions.getSizes": {
    params: undefined;
    result: SessionSizes;
  };
  /**
   * Returns the subset of the supplied session IDs that are currently held by another running process.
   */
  "sessions.checkInUse": {
    params: SessionsCheckInUseRequest;
    result: SessionsCheckInUseResult;
  };
  /**
   * Closes a session: emits shutdown, flushes pending events, releases the in-use lock, and disposes the active session.
   */
  "sessions.close": {
    params: SessionsCloseRequest;
    result: SessionsCloseResult;
  };
  /**
   * Closes, deactivates, and deletes a set of sessions, returning the bytes freed per session.
   */
  "sessions.bulkDelete": {
    params: SessionsBulkDeleteRequest;
    result: SessionBulkDeleteResult;
  };
  /**
   * Deletes sessions older than the given threshold, with optional dry-run and exclusion list.
   */
  "sessions.pruneOld": {
    params: SessionsPruneOldRequest;
    result: SessionPruneResult;
  };
  /**
   * Flushes a session's pending events to disk.
   */
  "sessions.save": {
    params: SessionsSaveRequest;
    result: SessionsSaveResult;
  };
  /**
   * Releases the in-use lock held by this process for a session.
   */
  "sessions.releaseLock": {
    params: SessionsReleaseLockRequest;
    result: SessionsReleaseLockResult;
  };
  /**
   * Backfills missing summary and context fields on the supplied session metadata records.
   */
  "sessions.enrichMetadata": {
    params: SessionsEnrichMetadataRequest;
    result: SessionEnrichMetadataResult;
  };
  /**
   * Reloads user, plugin, and (optionally) repo hooks on the active session.
   */
  "sessions.reloadPluginHooks": {
    params: SessionsReloadPluginHooksRequest;
    result: SessionsReloadPluginHooksResult;
  };
  /**
   * Loads previously-deferred repo-level hooks on the active session, returning queued startup prompts.
   */
  "sessions.loadDeferredRepoHooks": {
    params: SessionsLoadDeferredRepoHooksRequest;
    result: SessionLoadDeferredRepoHooksResult;
  };
  /**
   * Replaces the manager-wide additional plugins registered with the session manager.
   */
  "sessions.setAdditionalPlugins": {
    params: SessionsSetAdditionalPluginsRequest;
    result: SessionsSetAdditionalPluginsResult;
  };
  /**
   * Attaches the runtime-managed remote-control singleton to a session, awaiting initial setup. If remote control is already attached to a different session, the singleton is transferred (preserving the underlying Mission Control connection). Returns the final status.
   */
  "sessions.startRemoteControl": {
    params: SessionsStartRemoteControlRequest;
    result: RemoteControlStatusResult;
  };
  /**
   * Atomically rebinds the remote-control singleton to a different session, preserving the underlying Mission Control connection. When `expectedFromSessionId` is provided and does not match the singleton's current `attachedSessionId`, the transfer is rejected with `transferred: false` and the current status is returned unchanged.
   */
  "sessions.transferRemoteControl": {
    params: SessionsTransferRemoteControlRequest;
    result: RemoteControlTransferResult;
  };
  /**
   * Patches the steering state of the active remote-control singleton. When remote control is off, this is a no-op and the off status is returned. Today only `enabled: true` is actionable on the underlying exporter; passing `false` is reserved for future use.
   */
  "sessions.setRemoteControlSteering": {
    params: SessionsSetRemoteControlSteeringRequest;
    result: RemoteControlStatusResult;
  };
  /**
   * Stops the remote-control singleton. When `expectedSessionId` is provided and does not match the singleton's current `attachedSessionId`, the stop is rejected with `stopped: false` and the current status is returned unchanged (unless `force` is set, in which case the singleton is unconditionally torn down).
   */
  "sessions.stopRemoteControl": {
    params: SessionsStopRemoteControlRequest;
    result: RemoteControlStopResult;
  };
  /**
   * Returns the current state of the remote-control singleton, including the attached session id and frontend URL when active.
   */
  "sessions.getRemoteControlStatus": {
    params: undefined;
    result: RemoteControlStatusResult;
  };
  /**
   * Spawns a managed-server child with the supplied configuration and returns a discriminated-union result. The caller (typically the CLI controller) is responsible for attaching to the spawned child and sending any follow-up prompt. When the controller-local spawn gate is closed the server returns JSON-RPC MethodNotFound.
   */
  "agentRegistry.spawn": {
    params: AgentRegistrySpawnRequest;
    result: AgentRegistrySpawnResult;
  };
}

/**
 * Methods the client calls on one session, keyed by wire method name. `params` leaves out `sessionId`, which goes on the wire as `{ ...params, sessionId }`; it is `undefined` when the session id is the only parameter.
 */
export interface SessionMethods {
  /**
   * Suspends the session while preserving persisted state for later resume.
   */
  "session.suspend": {
    params: undefined;
    result: null;
  };
  /**
   * Sends a user message to the session and returns its message ID.
   */
  "session.send": {
    params: SessionSendParams;
    result: SendResult;
  };
  /**
   * Sends zero or more user messages to the session in a single turn and returns their message IDs. All provided messages are appended to the conversation in order, then exactly one agent turn runs over the resulting history. When the list is empty, one turn runs over the existing history with no new user message. Remote-backed (Mission Control) sessions do not support this method and will return an error.
   */
  "session.sendMessages": {
    params: SessionSendMessagesParams;
    result: SendMessagesResult;
  };
  /**
   * Returns whether managed policy requires sandbox enforcement and whether an enforcement failure has permanently blocked the session.
   */
  "session.sandbox.getEnforcementStatus": {
    params: undefined;
    result: SandboxEnforcementStatus;
  };
  /**
   * Disables sandboxing for the remainder of the current session and approves the referenced pending sandbox-bypass permission request. The request is rejected unless the exact request is still pending and the effective sandbox policy permits bypass.
   */
  "session.sandbox.disableForSession": {
    params: SessionSandboxDisableForSessionParams;
    result: SandboxDisableForSessionResult;
  };
  /**
   * Aborts the current agent turn.
   */
  "session.abort": {
    params: SessionAbortParams;
    result: AbortResult;
  };
  /**
   * Interrupts the current main agent turn while leaving running background work (subagents, sidekicks, and promoted attached shells) alive. No-op when the main loop is not processing.
   */
  "session.interruptMainTurn": {
    params: SessionInterruptMainTurnParams;
    result: InterruptMainTurnResult;
  };
  /**
   * Cancels every running background agent (task-registry subagents plus sidekick agents) without interrupting the main agent loop. Promoted attached shells are left running.
   */
  "session.cancelAllBackgroundAgents": {
    params: undefined;
    result: number;
  };
  /**
   * Shuts down the session and persists its final state. Awaits any deferred sessionEnd hooks before resolving so user-supplied hook scripts complete before the runtime tears down.
   */
  "session.shutdown": {
    params: SessionShutdownParams;
    result: null;
  };
  /**
   * Gets authentication status and account metadata for the session.
   */
  "session.gitHubAuth.getStatus": {
    params: undefined;
    result: SessionAuthStatus;
  };
  /**
   * Updates the session's auth credentials used for outbound model and API requests.
   */
  "session.gitHubAuth.setCredentials": {
    params: SessionGitHubAuthSetCredentialsParams;
    result: SessionSetCredentialsResult;
  };
  /**
   * Collects a session debug log bundle into a local archive or staging directory. Logs are redacted by default; redaction can be configured per caller-provided diagnostic entry. The runtime includes session-owned logs by default and accepts caller-provided diagnostic entries so host applications can add their own files without changing this API shape.
   */
  "session.debug.collectLogs": {
    params: SessionDebugCollectLogsParams;
    result: DebugCollectLogsResult;
  };
  /**
   * Lists canvases declared for the session.
   */
  "session.canvas.list": {
    params: undefined;
    result: CanvasList;
  };
  /**
   * Lists currently open canvas instances for the live session.
   */
  "session.canvas.listOpen": {
    params: undefined;
    result: CanvasListOpenResult;
  };
  /**
   * Opens or focuses a canvas instance.
   */
  "session.canvas.open": {
    params: SessionCanvasOpenParams;
    result: OpenCanvasInstance;
  };
  /**
   * Closes an open canvas instance.
   */
  "session.canvas.close": {
    params: SessionCanvasCloseParams;
    result: null;
  };
  /**
   * Invokes an action on an open canvas instance.
   */
  "session.canvas.action.invoke": {
    params: SessionCanvasActionInvokeParams;
    result: CanvasActionInvokeResult;
  };
  /**
   * Runs a registered factory by name at the top level.
   */
  "session.factory.run": {
    params: SessionFactoryRunParams;
    result: FactoryRunResult;
  };
  /**
   * Resumes a factory run using its persisted name, arguments, journal, and accounting.
   */
  "session.factory.resume": {
    params: SessionFactoryResumeParams;
    result: FactoryResumeResult;
  };
  /**
   * Gets the current or settled envelope for a factory run.
   */
  "session.factory.getRun": {
    params: SessionFactoryGetRunParams;
    result: FactoryRunResult;
  };
  /**
   * Lists durable factory runs for this session in creation order.
   */
  "session.factory.listRuns": {
    params: SessionFactoryListRunsParams;
    result: FactoryListRunsResult;
  };
  /**
   * Gets durable and live observability detail for one factory run.
   */
  "session.factory.getRunDetail": {
    params: SessionFactoryGetRunDetailParams;
    result: FactoryRunDetail;
  };
  /**
   * Pages durable progress for one factory run.
   */
  "session.factory.getRunProgress": {
    params: SessionFactoryGetRunProgressParams;
    result: FactoryProgressPage;
  };
  /**
   * Requests cancellation of a factory run and returns its run envelope.
   */
  "session.factory.cancel": {
    params: SessionFactoryCancelParams;
    result: FactoryRunResult;
  };
  /**
   * Pauses a running factory and returns its settled run envelope.
   */
  "session.factory.pause": {
    params: SessionFactoryPauseParams;
    result: FactoryRunResult;
  };
  /**
   * Records a batch of ordered factory progress lines.
   */
  "session.factory.log": {
    params: SessionFactoryLogParams;
    result: FactoryAckResult;
  };
  /**
   * Runs one factory-scoped subagent and returns its result.
   */
  "session.factory.agent": {
    params: SessionFactoryAgentParams;
    result: FactoryAgentResult;
  };
  /**
   * Reads a memoized factory journal entry.
   */
  "session.factory.journal.get": {
    params: SessionFactoryJournalGetParams;
    result: FactoryJournalGetResult;
  };
  /**
   * Stores a memoized factory journal entry.
   */
  "session.factory.journal.put": {
    params: SessionFactoryJournalPutParams;
    result: FactoryAckResult;
  };
  /**
   * Gets the session's authoritative model snapshot, including the committed Auto preference and any newer unclaimed Auto preference waiting for a future user turn.
   */
  "session.model.getCurrent": {
    params: undefined;
    result: CurrentModel;
  };
  /**
   * Switches the session to a model and optional reasoning configuration.
   */
  "session.model.switchTo": {
    params: SessionModelSwitchToParams;
    result: ModelSwitchToResult;
  };
  /**
   * Requests an Auto preference change without changing the session's selected model. The latest unclaimed request wins; the runtime commits it only after a later prompt using the `auto` model mints a usable model and token pair. A `pending` response confirms that the request was accepted, not that it committed. Observe eventual success through `session.model_change`, failure through the ephemeral `session.auto_tier_switch_failed` event, or current unclaimed state through `session.model.getCurrent`.
   */
  "session.model.switchAutoTier": {
    params: SessionModelSwitchAutoTierParams;
    result: ModelSwitchAutoTierResult;
  };
  /**
   * Replaces or clears the host-supplied model allowlist for a running session.
   */
  "session.model.setAllowedModels": {
    params: SessionModelSetAllowedModelsParams;
    result: ModelSetAllowedModelsResult;
  };
  /**
   * Updates the session's reasoning effort without changing the selected model.
   */
  "session.model.setReasoningEffort": {
    params: SessionModelSetReasoningEffortParams;
    result: ModelSetReasoningEffortResult;
  };
  /**
   * Lists models available to this session using its own auth and integration context. Connected hosts (CLI TUI, GitHub App) should call this through the session client so remote sessions return the remote CLI's available models rather than the caller's.
   */
  "session.model.list": {
    params: SessionModelListParams;
    result: SessionModelList;
  };
  /**
   * Gets the current agent interaction mode.
   */
  "session.mode.get": {
    params: undefined;
    result: SessionMode;
  };
  /**
   * Sets the current agent interaction mode.
   */
  "session.mode.set": {
    params: SessionModeSetParams;
    result: ModeSetResult;
  };
  /**
   * Gets the session's friendly name.
   */
  "session.name.get": {
    params: undefined;
    result: NameGetResult;
  };
  /**
   * Sets the session's friendly name.
   */
  "session.name.set": {
    params: SessionNameSetParams;
    result: null;
  };
  /**
   * Persists an auto-generated session summary as the session's name when no user-set name exists.
   */
  "session.name.setAuto": {
    params: SessionNameSetAutoParams;
    result: NameSetAutoResult;
  };
  /**
   * Reads the session plan file from the workspace.
   */
  "session.plan.read": {
    params: undefined;
    result: PlanReadResult;
  };
  /**
   * Writes new content to the session plan file.
   */
  "session.plan.update": {
    params: SessionPlanUpdateParams;
    result: null;
  };
  /**
   * Deletes the session plan file from the workspace.
   */
  "session.plan.delete": {
    params: undefined;
    result: null;
  };
  /**
   * Reads todo rows from the session SQL database for plan rendering.
   */
  "session.plan.readSqlTodos": {
    params: undefined;
    result: PlanReadSqlTodosResult;
  };
  /**
   * Reads todo rows AND dependency edges from the session SQL database for structured progress UI. Same defensive behavior as readSqlTodos — returns empty arrays when the database, tables, or columns aren't available. Clients should call this on session start and after every `session.todos_changed` event to refresh structured-UI rendering.
   */
  "session.plan.readSqlTodosWithDependencies": {
    params: undefined;
    result: PlanReadSqlTodosWithDependenciesResult;
  };
  /**
   * Gets current workspace metadata for the session.
   */
  "session.workspaces.getWorkspace": {
    params: undefined;
    result: WorkspacesGetWorkspaceResult;
  };
  /**
   * Updates workspace metadata for a local session and returns the refreshed workspace.
   */
  "session.workspaces.updateMetadata": {
    params: SessionWorkspacesUpdateMetadataParams;
    result: WorkspacesGetWorkspaceResult;
  };
  /**
   * Ensures a local session workspace exists and returns it.
   */
  "session.workspaces.ensure": {
    params: SessionWorkspacesEnsureParams;
    result: WorkspacesGetWorkspaceResult;
  };
  /**
   * Lists files stored in the session workspace files directory.
   */
  "session.workspaces.listFiles": {
    params: undefined;
    result: WorkspacesListFilesResult;
  };
  /**
   * Reads a file from the session workspace files directory.
   */
  "session.workspaces.readFile": {
    params: SessionWorkspacesReadFileParams;
    result: WorkspacesReadFileResult;
  };
  /**
   * Creates or overwrites a file in the session workspace files directory.
   */
  "session.workspaces.createFile": {
    params: SessionWorkspacesCreateFileParams;
    result: null;
  };
  /**
   * Returns metadata for a file or directory in the session workspace files directory.
   */
  "session.workspaces.statFile": {
    params: SessionWorkspacesStatFileParams;
    result: WorkspacesStatFileResult;
  };
  /**
   * Creates a directory in the session workspace files directory.
   */
  "session.workspaces.createDirectory": {
    params: SessionWorkspacesCreateDirectoryParams;
    result: null;
  };
  /**
   * Removes a file or directory from the session workspace files directory.
   */
  "session.workspaces.removePath": {
    params: SessionWorkspacesRemovePathParams;
    result: null;
  };
  /**
   * Renames a file or directory within the session workspace files directory.
   */
  "session.workspaces.renamePath": {
    params: SessionWorkspacesRenamePathParams;
    result: null;
  };
  /**
   * Lists workspace checkpoints in chronological order.
   */
  "session.workspaces.listCheckpoints": {
    params: undefined;
    result: WorkspacesListCheckpointsResult;
  };
  /**
   * Reads the content of a workspace checkpoint by number.
   */
  "session.workspaces.readCheckpoint": {
    params: SessionWorkspacesReadCheckpointParams;
    result: WorkspacesReadCheckpointResult;
  };
  /**
   * Adds a compaction summary checkpoint to the local session workspace.
   */
  "session.workspaces.addSummary": {
    params: SessionWorkspacesAddSummaryParams;
    result: WorkspacesAddSummaryResult;
  };
  /**
   * Truncates local workspace compaction summaries after a rollback.
   */
  "session.workspaces.truncateSummaries": {
    params: SessionWorkspacesTruncateSummariesParams;
    result: WorkspacesGetWorkspaceResult;
  };
  /**
   * Reads the autopilot objective state file from the local session workspace.
   */
  "session.workspaces.readAutopilotObjective": {
    params: undefined;
    result: WorkspacesReadAutopilotObjectiveResult;
  };
  /**
   * Writes the autopilot objective state file in the local session workspace.
   */
  "session.workspaces.writeAutopilotObjective": {
    params: SessionWorkspacesWriteAutopilotObjectiveParams;
    result: WorkspacesWriteAutopilotObjectiveResult;
  };
  /**
   * Deletes the autopilot objective state file from the local session workspace.
   */
  "session.workspaces.deleteAutopilotObjective": {
    params: undefined;
    result: WorkspacesDeleteAutopilotObjectiveResult;
  };
  /**
   * Checks whether the local session workspace has an autopilot objective state file.
   */
  "session.workspaces.autopilotObjectiveExists": {
    params: undefined;
    result: WorkspacesAutopilotObjectiveExistsResult;
  };
  /**
   * Saves pasted content as a UTF-8 file in the session workspace.
   */
  "session.workspaces.saveLargePaste": {
    params: SessionWorkspacesSaveLargePasteParams;
    result: WorkspacesSaveLargePasteResult;
  };
  /**
   * Computes a diff for the session workspace. Never rejects for a busy session: a `session`-mode diff that cannot read the session's file-change captures falls back to an unstaged git diff with `isFallback: true` and reports why in `unavailableReason`.
   */
  "session.workspaces.diff": {
    params: SessionWorkspacesDiffParams;
    result: WorkspaceDiffResult;
  };
  /**
   * Reads the current canonical autopilot objective state for this session.
   */
  "session.autopilotObjective.getState": {
    params: undefined;
    result: AutopilotObjectiveGetStateResult;
  };
  /**
   * Gets the characters that should trigger host-driven completions for the session. Empty disables host-driven completions (e.g. local sessions, or a relay host that does not advertise them).
   */
  "session.completions.getTriggerCharacters": {
    params: undefined;
    result: CompletionsGetTriggerCharactersResult;
  };
  /**
   * Requests host-driven completion items for the current composer input. Returns an empty list when the host has no items or does not support completions.
   */
  "session.completions.request": {
    params: SessionCompletionsRequestParams;
    result: CompletionsRequestResult;
  };
  /**
   * Gets instruction sources loaded for the session.
   */
  "session.instructions.getSources": {
    params: undefined;
    result: InstructionsGetSourcesResult;
  };
  /**
   * Starts fleet mode by submitting the fleet orchestration prompt to the session.
   */
  "session.fleet.start": {
    params: SessionFleetStartParams;
    result: FleetStartResult;
  };
  /**
   * Lists agents available to the session. Defaults to custom agents only; pass includeBuiltInAgents to include the effective built-in agents.
   */
  "session.agent.list": {
    params: SessionAgentListParams;
    result: AgentList;
  };
  /**
   * Sets an in-memory authored prompt override for an available agent. For built-in agents, this replaces only the static base prompt while preserving runtime-owned dynamic prompt composition and behavior. The special `general-purpose` agent is not overrideable. Overrides are not persisted; resumed and forked sessions start without them, so the host must re-apply them.
   */
  "session.agent.setPrompt": {
    params: SessionAgentSetPromptParams;
    result: null;
  };
  /**
   * Gets the currently selected custom agent for the session.
   */
  "session.agent.getCurrent": {
    params: undefined;
    result: AgentGetCurrentResult;
  };
  /**
   * Selects a custom agent for subsequent turns in the session.
   */
  "session.agent.select": {
    params: SessionAgentSelectParams;
    result: AgentSelectResult;
  };
  /**
   * Clears the selected custom agent and returns the session to the default agent.
   */
  "session.agent.deselect": {
    params: undefined;
    result: null;
  };
  /**
   * Reloads custom agent definitions and returns the refreshed list.
   */
  "session.agent.reload": {
    params: undefined;
    result: AgentReloadResult;
  };
  /**
   * Starts a background agent task in the session.
   */
  "session.tasks.startAgent": {
    params: SessionTasksStartAgentParams;
    result: TasksStartAgentResult;
  };
  /**
   * Lists background tasks tracked by the session.
   */
  "session.tasks.list": {
    params: undefined;
    result: TaskList;
  };
  /**
   * Registers a client-owned task, or reclaims an orphaned task belonging to the same extension principal.
   */
  "session.tasks.register": {
    params: SessionTasksRegisterParams;
    result: TasksRegisterResult;
  };
  /**
   * Publishes generic progress or a terminal outcome for a client-owned task.
   */
  "session.tasks.update": {
    params: SessionTasksUpdateParams;
    result: TasksUpdateResult;
  };
  /**
   * Refreshes metadata for any detached background shells the runtime knows about.
   */
  "session.tasks.refresh": {
    params: undefined;
    result: TasksRefreshResult;
  };
  /**
   * Waits for all in-flight background tasks and any follow-up turns to settle.
   */
  "session.tasks.waitForPending": {
    params: undefined;
    result: TasksWaitForPendingResult;
  };
  /**
   * Returns progress information for a background task by ID.
   */
  "session.tasks.getProgress": {
    params: SessionTasksGetProgressParams;
    result: TasksGetProgressResult;
  };
  /**
   * Returns the first sync-waiting task that can currently be promoted to background mode.
   */
  "session.tasks.getCurrentPromotable": {
    params: undefined;
    result: TasksGetCurrentPromotableResult;
  };
  /**
   * Promotes an eligible synchronously-waited task so it continues running in the background.
   */
  "session.tasks.promoteToBackground": {
    params: SessionTasksPromoteToBackgroundParams;
    result: TasksPromoteToBackgroundResult;
  };
  /**
   * Atomically promotes the first promotable sync-waiting task to background mode and returns it.
   */
  "session.tasks.promoteCurrentToBackground": {
    params: undefined;
    result: TasksPromoteCurrentToBackgroundResult;
  };
  /**
   * Cancels a background task.
   */
  "session.tasks.cancel": {
    params: SessionTasksCancelParams;
    result: TasksCancelResult;
  };
  /**
   * Removes a completed or cancelled background task from tracking.
   */
  "session.tasks.remove": {
    params: SessionTasksRemoveParams;
    result: TasksRemoveResult;
  };
  /**
   * Sends a message to a background agent task.
   */
  "session.tasks.sendMessage": {
    params: SessionTasksSendMessageParams;
    result: TasksSendMessageResult;
  };
  /**
   * Lists skills available to the session.
   */
  "session.skills.list": {
    params: undefined;
    result: SkillList;
  };
  /**
   * Returns the skills that have been invoked during this session.
   */
  "session.skills.getInvoked": {
    params: undefined;
    result: SkillsGetInvokedResult;
  };
  /**
   * Enables a skill for the session.
   */
  "session.skills.enable": {
    params: SessionSkillsEnableParams;
    result: null;
  };
  /**
   * Disables a skill for the session.
   */
  "session.skills.disable": {
    params: SessionSkillsDisableParams;
    result: null;
  };
  /**
   * Reloads skill definitions for the session.
   */
  "session.skills.reload": {
    params: undefined;
    result: SkillsLoadDiagnostics;
  };
  /**
   * Ensures the session's skill definitions have been loaded from disk.
   */
  "session.skills.ensureLoaded": {
    params: undefined;
    result: null;
  };
  /**
   * Lists MCP servers configured for the session, their connection status, and host-level state. The host-level state (disabled/filtered servers, failed/needs-auth/pending connections, mcp3p policy, full config) is empty/zero when no MCP host has been initialized for the session.
   */
  "session.mcp.list": {
    params: undefined;
    result: McpServerList;
  };
  /**
   * Lists the tools exposed by a connected MCP server on this session's host. This performs a live `tools/list` request. Tool UI metadata is returned independently of whether MCP Apps rendering is enabled for the session.
   */
  "session.mcp.listTools": {
    params: SessionMcpListToolsParams;
    result: McpListToolsResult;
  };
  /**
   * Enables an MCP server for the session.
   */
  "session.mcp.enable": {
    params: SessionMcpEnableParams;
    result: null;
  };
  /**
   * Disables an MCP server for the session.
   */
  "session.mcp.disable": {
    params: SessionMcpDisableParams;
    result: null;
  };
  /**
   * Reloads MCP server connections for the session.
   */
  "session.mcp.reload": {
    params: undefined;
    result: null;
  };
  /**
   * Releases any turns waiting on an in-flight MCP load without cancelling the load, letting the agent proceed while MCP servers finish connecting in the background. No-op when no MCP load is in flight or waiting turns were already released.
   */
  "session.mcp.moveLoadingToBackground": {
    params: undefined;
    result: MoveMcpLoadingToBackgroundResult;
  };
  /**
   * Runs an MCP sampling inference on behalf of an MCP server.
   */
  "session.mcp.executeSampling": {
    params: SessionMcpExecuteSamplingParams;
    result: McpSamplingExecutionResult;
  };
  /**
   * Cancels an in-flight MCP sampling execution by request ID.
   */
  "session.mcp.cancelSamplingExecution": {
    params: SessionMcpCancelSamplingExecutionParams;
    result: McpCancelSamplingExecutionResult;
  };
  /**
   * Sets how environment-variable values supplied to MCP servers are resolved (direct or indirect).
   */
  "session.mcp.setEnvValueMode": {
    params: SessionMcpSetEnvValueModeParams;
    result: McpSetEnvValueModeResult;
  };
  /**
   * Removes the auto-managed `github` MCP server when present.
   */
  "session.mcp.removeGitHub": {
    params: undefined;
    result: McpRemoveGitHubResult;
  };
  /**
   * Starts an individual MCP server on the live session. Omit `config` for a config-free start-by-name of an already-configured server (reuses the server's already-registered configuration); supply `config` to start from a caller-supplied configuration. Session-scoped and ephemeral: the server is added to this session's running set only and is reaped when the session ends. Does NOT modify persistent user configuration (`mcp.config.*`), so it does not affect future sessions. The server surfaces through `session.mcp.list` and the `session.mcp_servers_loaded` / `session.mcp_server_status_changed` events like any other server.
   */
  "session.mcp.startServer": {
    params: SessionMcpStartServerParams;
    result: null;
  };
  /**
   * Restarts an individual MCP server on the live session (stops then starts). Omit `config` for a config-free restart-by-name of an already-configured server; supply `config` to restart with a replacement configuration. Session-scoped and ephemeral: does NOT modify persistent user configuration (`mcp.config.*`).
   */
  "session.mcp.restartServer": {
    params: SessionMcpRestartServerParams;
    result: null;
  };
  /**
   * Stops an individual MCP server on the session's host.
   */
  "session.mcp.stopServer": {
    params: SessionMcpStopServerParams;
    result: null;
  };
  /**
   * Checks whether a named MCP server is currently running on the session's host.
   */
  "session.mcp.isServerRunning": {
    params: SessionMcpIsServerRunningParams;
    result: McpIsServerRunningResult;
  };
  /**
   * Resolves a pending MCP OAuth request with a host-provided token or cancellation. The pending request is emitted as mcp.oauth_required with the data necessary to authorize the request.
   */
  "session.mcp.oauth.handlePendingRequest": {
    params: SessionMcpOauthHandlePendingRequestParams;
    result: McpOauthHandlePendingResult;
  };
  /**
   * Notifies the session that MCP OAuth authentication succeeded and updated credentials were persisted, so cached tool definitions can be refreshed.
   */
  "session.mcp.oauth.authenticationStateChanged": {
    params: SessionMcpOauthAuthenticationStateChangedParams;
    result: null;
  };
  /**
   * Starts OAuth authentication for a remote MCP server.
   */
  "session.mcp.oauth.login": {
    params: SessionMcpOauthLoginParams;
    result: McpOauthLoginResult;
  };
  /**
   * Passively probes a configured remote MCP server to classify whether OAuth is required or a cached/override token is accepted. Does not start OAuth, emit pending OAuth requests, or mutate MCP connection state.
   */
  "session.mcp.oauth.probe": {
    params: SessionMcpOauthProbeParams;
    result: McpOauthProbeResult;
  };
  /**
   * Responds to a pending MCP OAuth authorization request by its request id.
   */
  "session.mcp.oauth.respond": {
    params: SessionMcpOauthRespondParams;
    result: McpOauthRespondResult;
  };
  /**
   * Responds to a pending MCP dynamic headers refresh request. Hosts that subscribe to `mcp.headers_refresh_required` use this to provide short-lived per-server headers or to indicate that no dynamic headers are available for this refresh.
   */
  "session.mcp.headers.handlePendingHeadersRefreshRequest": {
    params: SessionMcpHeadersHandlePendingHeadersRefreshRequestParams;
    result: McpHeadersHandlePendingHeadersRefreshRequestResult;
  };
  /**
   * Fetch an MCP resource (typically a `ui://` MCP App bundle, per SEP-1865) from a connected server. Requires the `mcp-apps` session capability.
   */
  "session.mcp.apps.readResource": {
    params: SessionMcpAppsReadResourceParams;
    result: McpAppsReadResourceResult;
  };
  /**
   * List tools that an MCP App view is allowed to call (SEP-1865 visibility filter). Returns tools whose `_meta.ui.visibility` is unset (default `["model","app"]`) or includes `"app"`.
   */
  "session.mcp.apps.listTools": {
    params: SessionMcpAppsListToolsParams;
    result: McpAppsListToolsResult;
  };
  /**
   * Call an MCP tool from an MCP App view (SEP-1865). Enforces the visibility check that prevents an app iframe from invoking model-only tools. Returns the standard MCP `CallToolResult`.
   */
  "session.mcp.apps.callTool": {
    params: SessionMcpAppsCallToolParams;
    result: SessionMcpAppsCallToolResult;
  };
  /**
   * Replace the host context returned to MCP App guests on `ui/initialize`. Hosts use this to advertise theme, locale, or other metadata to the guest UI.
   */
  "session.mcp.apps.setHostContext": {
    params: SessionMcpAppsSetHostContextParams;
    result: null;
  };
  /**
   * Read the current host context advertised to MCP App guests.
   */
  "session.mcp.apps.getHostContext": {
    params: undefined;
    result: McpAppsHostContext;
  };
  /**
   * Diagnose MCP Apps wiring for a specific MCP server. Reports the session capability, feature-flag state, advertised extension, and how many tools have `_meta.ui` populated.
   */
  "session.mcp.apps.diagnose": {
    params: SessionMcpAppsDiagnoseParams;
    result: McpAppsDiagnoseResult;
  };
  /**
   * Fetch an MCP resource from a connected server by URI (proxies MCP `resources/read`).
   */
  "session.mcp.resources.read": {
    params: SessionMcpResourcesReadParams;
    result: McpResourcesReadResult;
  };
  /**
   * Enumerate one page of resources a connected MCP server exposes (proxies MCP `resources/list`). Pass `cursor` to continue from a prior result's `nextCursor`.
   */
  "session.mcp.resources.list": {
    params: SessionMcpResourcesListParams;
    result: McpResourcesListResult;
  };
  /**
   * Enumerate one page of resource templates a connected MCP server exposes (proxies MCP `resources/templates/list`). Pass `cursor` to continue from a prior result's `nextCursor`.
   */
  "session.mcp.resources.listTemplates": {
    params: SessionMcpResourcesListTemplatesParams;
    result: McpResourcesListTemplatesResult;
  };
  /**
   * Lists plugins installed for the session.
   */
  "session.plugins.list": {
    params: undefined;
    result: PluginList;
  };
  /**
   * Reloads the session's plugin set, refreshing MCP servers, custom agents, hooks, and skills cache so SDK-driven changes via `server.plugins.*` take effect immediately.
   */
  "session.plugins.reload": {
    params: SessionPluginsReloadParams;
    result: null;
  };
  /**
   * Returns the provider endpoint and credentials the session is currently configured to talk to, so the caller can make inference calls directly against the same backend the session uses.
   */
  "session.provider.getEndpoint": {
    params: SessionProviderGetEndpointParams;
    result: ProviderEndpoint;
  };
  /**
   * Adds BYOK providers and/or models to the session's registry at runtime, extending the additive registry built from the session's `providers`/`models` options. Both fields are optional, so a call may add providers only, models only, or both. Within a single call providers are registered before models, so a model may reference a provider added in the same call; across calls a model may reference any provider already registered (from session creation or a prior add). A model whose referenced provider is not registered by the end of the call is rejected. Newly added models become selectable via `model.list` / `model.switchTo` and are inherited by sub-agents spawned afterwards.
   */
  "session.provider.add": {
    params: SessionProviderAddParams;
    result: ProviderAddResult;
  };
  /**
   * Patches the genuinely-mutable subset of session options.
   */
  "session.options.update": {
    params: SessionOptionsUpdateParams;
    result: SessionUpdateOptionsResult;
  };
  /**
   * Loads the merged LSP configuration set for the session's working directory.
   */
  "session.lsp.initialize": {
    params: SessionLspInitializeParams;
    result: null;
  };
  /**
   * Lists extensions discovered for the session and their current status.
   */
  "session.extensions.list": {
    params: undefined;
    result: ExtensionList;
  };
  /**
   * Enables an extension for the session.
   */
  "session.extensions.enable": {
    params: SessionExtensionsEnableParams;
    result: null;
  };
  /**
   * Disables an extension for the session.
   */
  "session.extensions.disable": {
    params: SessionExtensionsDisableParams;
    result: null;
  };
  /**
   * Reloads extension definitions and processes for the session.
   */
  "session.extensions.reload": {
    params: undefined;
    result: null;
  };
  /**
   * Push attachments into the next user-message turn from an extension. The host should surface them as composer pills and forward them via the next session.send call. Callable only by extension-owned connections.
   */
  "session.extensions.sendAttachmentsToMessage": {
    params: SessionExtensionsSendAttachmentsToMessageParams;
    result: null;
  };
  /**
   * Executes one tool from the session's currently offered tool set through the native invocation pipeline.
   */
  "session.tools.execute": {
    params: SessionToolsExecuteParams;
    result: ToolResult;
  };
  /**
   * Returns the Rust-owned built-in tool descriptors used to construct the session's offered tool set.
   */
  "session.tools.getBuiltinDescriptors": {
    params: SessionToolsGetBuiltinDescriptorsParams;
    result: ToolsGetBuiltinDescriptorsResult;
  };
  /**
   * Projects a completed task_complete tool call into its label-safe session event payload.
   */
  "session.tools.taskCompleteEventData": {
    params: SessionToolsTaskCompleteEventDataParams;
    result: TaskCompleteData;
  };
  /**
   * Provides the result for a pending external tool call.
   */
  "session.tools.handlePendingToolCall": {
    params: SessionToolsHandlePendingToolCallParams;
    result: HandlePendingToolCallResult;
  };
  /**
   * Resolves, builds, and validates the runtime tool list for the session.
   */
  "session.tools.initializeAndValidate": {
    params: undefined;
    result: ToolsInitializeAndValidateResult;
  };
  /**
   * Returns lightweight metadata for the session's currently initialized tools.
   */
  "session.tools.getCurrentMetadata": {
    params: undefined;
    result: ToolsGetCurrentMetadataResult;
  };
  /**
   * Atomically replaces the complete externally implemented tool list supplied by the calling connection. Built-in, MCP/plugin, extension-discovered, subagent, and tools supplied by other connections remain unchanged.
   */
  "session.tools.set": {
    params: SessionToolsSetParams;
    result: ToolsSetResult;
  };
  /**
   * Sets the current session's live subagent settings override, which takes precedence over persisted user settings until cleared. Persisted user settings remain the source of truth for future sessions.
   */
  "session.tools.updateSubagentSettings": {
    params: SessionToolsUpdateSubagentSettingsParams;
    result: ToolsUpdateSubagentSettingsResult;
  };
  /**
   * Lists slash commands available in the session.
   */
  "session.commands.list": {
    params: SessionCommandsListParams;
    result: CommandList;
  };
  /**
   * Invokes a slash command in the session.
   */
  "session.commands.invoke": {
    params: SessionCommandsInvokeParams;
    result: SlashCommandInvocationResult;
  };
  /**
   * Reports completion of a pending client-handled slash command.
   */
  "session.commands.handlePendingCommand": {
    params: SessionCommandsHandlePendingCommandParams;
    result: CommandsHandlePendingCommandResult;
  };
  /**
   * Executes a slash command synchronously and returns any error.
   */
  "session.commands.execute": {
    params: SessionCommandsExecuteParams;
    result: ExecuteCommandResult;
  };
  /**
   * Enqueues a slash command for FIFO processing on the local session.
   */
  "session.commands.enqueue": {
    params: SessionCommandsEnqueueParams;
    result: EnqueueCommandResult;
  };
  /**
   * Reports whether the host actually executed a queued command and whether to continue processing.
   */
  "session.commands.respondToQueuedCommand": {
    params: SessionCommandsRespondToQueuedCommandParams;
    result: CommandsRespondToQueuedCommandResult;
  };
  /**
   * Gets the telemetry engagement ID currently associated with the session, when available.
   */
  "session.telemetry.getEngagementId": {
    params: undefined;
    result: SessionTelemetryEngagement;
  };
  /**
   * Sets feature override key/value pairs to attach to subsequent telemetry events for the session.
   */
  "session.telemetry.setFeatureOverrides": {
    params: SessionTelemetrySetFeatureOverridesParams;
    result: null;
  };
  /**
   * Runs a transient no-tools model query against the current conversation context.
   */
  "session.ui.ephemeralQuery": {
    params: SessionUiEphemeralQueryParams;
    result: UIEphemeralQueryResult;
  };
  /**
   * Requests structured input from a UI-capable client.
   */
  "session.ui.elicitation": {
    params: SessionUiElicitationParams;
    result: UIElicitationResponse;
  };
  /**
   * Provides the user response for a pending elicitation request.
   */
  "session.ui.handlePendingElicitation": {
    params: SessionUiHandlePendingElicitationParams;
    result: UIElicitationResult;
  };
  /**
   * Resolves a pending `user_input.requested` event with the user's response.
   */
  "session.ui.handlePendingUserInput": {
    params: SessionUiHandlePendingUserInputParams;
    result: UIHandlePendingResult;
  };
  /**
   * Resolves a pending `sampling.requested` event with a sampling result, or rejects it.
   */
  "session.ui.handlePendingSampling": {
    params: SessionUiHandlePendingSamplingParams;
    result: UIHandlePendingResult;
  };
  /**
   * Resolves a pending `auto_mode_switch.requested` event with the user's accept/decline decision.
   */
  "session.ui.handlePendingAutoModeSwitch": {
    params: SessionUiHandlePendingAutoModeSwitchParams;
    result: UIHandlePendingResult;
  };
  /**
   * Resolves a pending `session_limits_exhausted.requested` event with the user's selected limit action.
   */
  "session.ui.handlePendingSessionLimitsExhausted": {
    params: SessionUiHandlePendingSessionLimitsExhaustedParams;
    result: UIHandlePendingResult;
  };
  /**
   * Resolves a pending `exit_plan_mode.requested` event with the user's response.
   */
  "session.ui.handlePendingExitPlanMode": {
    params: SessionUiHandlePendingExitPlanModeParams;
    result: UIHandlePendingResult;
  };
  /**
   * Registers an in-process handler for auto-mode-switch requests so the server bridge skips dispatch.
   */
  "session.ui.registerDirectAutoModeSwitchHandler": {
    params: undefined;
    result: UIRegisterDirectAutoModeSwitchHandlerResult;
  };
  /**
   * Unregisters a previously-registered in-process auto-mode-switch handler by its opaque handle.
   */
  "session.ui.unregisterDirectAutoModeSwitchHandler": {
    params: SessionUiUnregisterDirectAutoModeSwitchHandlerParams;
    result: UIUnregisterDirectAutoModeSwitchHandlerResult;
  };
  /**
   * Replaces selected permission policy fields (rules, paths, URLs, exclusions, allow-all flags) on the session.
   */
  "session.permissions.configure": {
    params: SessionPermissionsConfigureParams;
    result: PermissionsConfigureResult;
  };
  /**
   * Provides a decision for a pending tool permission request.
   */
  "session.permissions.handlePendingPermissionRequest": {
    params: SessionPermissionsHandlePendingPermissionRequestParams;
    result: PermissionRequestResult;
  };
  /**
   * Reconstructs the set of pending tool permission requests from the session's event history.
   */
  "session.permissions.pendingRequests": {
    params: undefined;
    result: PendingPermissionRequestList;
  };
  /**
   * Enables or disables automatic approval of tool permission requests for the session.
   */
  "session.permissions.setApproveAll": {
    params: SessionPermissionsSetApproveAllParams;
    result: PermissionsSetApproveAllResult;
  };
  /**
   * Sets the permission mode for the session. `manual` follows the normal approval flow, `assisted` attaches LLM safety recommendations, and `allow-all` automatically approves permission requests. The result returns the authoritative post-mutation mode so callers can update local state without racing the `session.permissions_changed` notification.
   */
  "session.permissions.setMode": {
    params: SessionPermissionsSetModeParams;
    result: PermissionsSetModeResult;
  };
  /**
   * Returns the current permission mode for the session.
   */
  "session.permissions.getMode": {
    params: undefined;
    result: PermissionsGetModeResult;
  };
  /**
   * Adds or removes session-scoped or location-scoped permission rules.
   */
  "session.permissions.modifyRules": {
    params: SessionPermissionsModifyRulesParams;
    result: PermissionsModifyRulesResult;
  };
  /**
   * Sets whether the client wants permission prompts bridged into session events.
   */
  "session.permissions.setRequired": {
    params: SessionPermissionsSetRequiredParams;
    result: PermissionsSetRequiredResult;
  };
  /**
   * Clears session-scoped tool permission approvals.
   */
  "session.permissions.resetSessionApprovals": {
    params: SessionPermissionsResetSessionApprovalsParams;
    result: PermissionsResetSessionApprovalsResult;
  };
  /**
   * Notifies the runtime that a permission prompt UI has been shown to the user.
   */
  "session.permissions.notifyPromptShown": {
    params: SessionPermissionsNotifyPromptShownParams;
    result: PermissionsNotifyPromptShownResult;
  };
  /**
   * Returns the session's allowed directories and primary working directory.
   */
  "session.permissions.paths.list": {
    params: undefined;
    result: PermissionPathsList;
  };
  /**
   * Adds a directory to the session's allow-list and activates conventional skill and agent definitions under it.
   */
  "session.permissions.paths.add": {
    params: SessionPermissionsPathsAddParams;
    result: PermissionsPathsAddResult;
  };
  /**
   * Updates the session's primary working directory used by the permission policy.
   */
  "session.permissions.paths.updatePrimary": {
    params: SessionPermissionsPathsUpdatePrimaryParams;
    result: PermissionsPathsUpdatePrimaryResult;
  };
  /**
   * Reports whether a path falls within any of the session's allowed directories.
   */
  "session.permissions.paths.isPathWithinAllowedDirectories": {
    params: SessionPermissionsPathsIsPathWithinAllowedDirectoriesParams;
    result: PermissionPathsAllowedCheckResult;
  };
  /**
   * Reports whether a path falls within the session's workspace (primary) directory.
   */
  "session.permissions.paths.isPathWithinWorkspace": {
    params: SessionPermissionsPathsIsPathWithinWorkspaceParams;
    result: PermissionPathsWorkspaceCheckResult;
  };
  /**
   * Resolves the permission location key and type for a working directory.
   */
  "session.permissions.locations.resolve": {
    params: SessionPermissionsLocationsResolveParams;
    result: PermissionLocationResolveResult;
  };
  /**
   * Applies persisted location-scoped tool approvals and allowed directories for a working directory to this session's permission service.
   */
  "session.permissions.locations.apply": {
    params: SessionPermissionsLocationsApplyParams;
    result: PermissionLocationApplyResult;
  };
  /**
   * Persists a tool approval for a permission location and applies its rules to this session's live permission service.
   */
  "session.permissions.locations.addToolApproval": {
    params: SessionPermissionsLocationsAddToolApprovalParams;
    result: PermissionsLocationsAddToolApprovalResult;
  };
  /**
   * Reports whether a folder is trusted according to the user's folder trust state.
   */
  "session.permissions.folderTrust.isTrusted": {
    params: SessionPermissionsFolderTrustIsTrustedParams;
    result: FolderTrustCheckResult;
  };
  /**
   * Adds a folder to the user's trusted folders list.
   */
  "session.permissions.folderTrust.addTrusted": {
    params: SessionPermissionsFolderTrustAddTrustedParams;
    result: PermissionsFolderTrustAddTrustedResult;
  };
  /**
   * Toggles the runtime's URL-permission policy between unrestricted and restricted modes.
   */
  "session.permissions.urls.setUnrestrictedMode": {
    params: SessionPermissionsUrlsSetUnrestrictedModeParams;
    result: PermissionsUrlsSetUnrestrictedModeResult;
  };
  /**
   * Emits a user-visible session log event.
   */
  "session.log": {
    params: SessionLogParams;
    result: LogResult;
  };
  /**
   * Returns a snapshot of the session's identifying metadata, mode, agent, and remote info.
   */
  "session.metadata.snapshot": {
    params: undefined;
    result: SessionMetadataSnapshot;
  };
  /**
   * Returns the client-owned string metadata persisted with this local session. The metadata is not included in model context, events, telemetry, snapshots, or remote exports.
   */
  "session.metadata.getClientMetadata": {
    params: undefined;
    result: ClientMetadata;
  };
  /**
   * Atomically patches the client-owned string metadata persisted with this local session and returns the committed bag.
   */
  "session.metadata.updateClientMetadata": {
    params: SessionMetadataUpdateClientMetadataParams;
    result: ClientMetadata;
  };
  /**
   * Reports whether the local session is currently processing user/agent messages.
   */
  "session.metadata.isProcessing": {
    params: undefined;
    result: MetadataIsProcessingResult;
  };
  /**
   * Returns a snapshot of activity flags for the session.
   */
  "session.metadata.activity": {
    params: undefined;
    result: SessionActivity;
  };
  /**
   * Returns the token breakdown for the session's current context window for a given model.
   */
  "session.metadata.contextInfo": {
    params: SessionMetadataContextInfoParams;
    result: MetadataContextInfoResult;
  };
  /**
   * Returns the experimental per-source attribution breakdown of the session's current context window as a flat list of entries (skills, subagents, MCP servers, built-in tools, plugin rollups, system/tool-definition costs, with nesting via parentId), plus the successful compaction count. The heaviest individual messages are available separately via `metadata.getContextHeaviestMessages`. Returns null until the session has initialized its system prompt and tool metadata.
   */
  "session.metadata.getContextAttribution": {
    params: undefined;
    result: MetadataContextAttributionResult;
  };
  /**
   * Returns the largest individual messages currently in the session's context window, most-expensive first. Companion to `metadata.getContextAttribution`. Returns an empty list until the session has initialized.
   */
  "session.metadata.getContextHeaviestMessages": {
    params: SessionMetadataGetContextHeaviestMessagesParams;
    result: MetadataContextHeaviestMessagesResult;
  };
  /**
   * Records a working-directory/git context change and emits a `session.context_changed` event. For a local session, a report whose `cwd` diverges from the session's current working directory is ignored (the call still succeeds but records nothing and emits no event): a local session's working directory is authoritative and is moved via `metadata.setWorkingDirectory` (or an SDK `session.resume` that supplies a `workingDirectory`), not by this method.
   */
  "session.metadata.recordContextChange": {
    params: SessionMetadataRecordContextChangeParams;
    result: MetadataRecordContextChangeResult;
  };
  /**
   * Updates the session's working directory. For local sessions the target is validated first (an absolute path that exists on disk) and the permission primary directory is re-based; a rejected validation fails the call before any session state changes.
   */
  "session.metadata.setWorkingDirectory": {
    params: SessionMetadataSetWorkingDirectoryParams;
    result: MetadataSetWorkingDirectoryResult;
  };
  /**
   * Re-tokenizes the session's existing messages against a model and returns aggregate token totals.
   */
  "session.metadata.recomputeContextTokens": {
    params: SessionMetadataRecomputeContextTokensParams;
    result: MetadataRecomputeContextTokensResult;
  };
  /**
   * Checks local file system absolute paths within the session working directory against its content-exclusion policy. Results preserve input order. Unsupported paths/filesystems and unavailable policy evaluation return available false, and callers must treat every requested path as excluded.
   */
  "session.contentExclusion.checkPaths": {
    params: SessionContentExclusionCheckPathsParams;
    result: ContentExclusionCheckPathsResult;
  };
  /**
   * Starts a shell command and streams output through session notifications. The command runs as the leader of its own process group (POSIX) or in a dedicated job object (Windows), so a forced termination — via "shell.kill", the request timeout, or session disposal — signals that whole group/job rather than only the direct child. Two gaps are worth planning for: a command that exits on its own does not trigger that teardown, and on POSIX a descendant that moves itself into a new session or process group (for example via "setsid") leaves the signalled group, so either can leave a background process running.
   */
  "session.shell.exec": {
    params: SessionShellExecParams;
    result: ShellExecResult;
  };
  /**
   * Sends a signal to a shell process previously started via "shell.exec". The signal targets the command's whole process group (POSIX) or job object (Windows), so descendants still in that group are signalled too, not just the direct child. On POSIX a descendant that moved itself into a new session or process group (for example via "setsid") is no longer in the signalled group and survives.
   */
  "session.shell.kill": {
    params: SessionShellKillParams;
    result: ShellKillResult;
  };
  /**
   * Executes a user-requested shell command through the session runtime.
   */
  "session.shell.executeUserRequested": {
    params: SessionShellExecuteUserRequestedParams;
    result: UserRequestedShellCommandResult;
  };
  /**
   * Cancels a user-requested shell command by request ID.
   */
  "session.shell.cancelUserRequested": {
    params: SessionShellCancelUserRequestedParams;
    result: CancelUserRequestedShellCommandResult;
  };
  /**
   * Compacts the session history to reduce context usage.
   */
  "session.history.compact": {
    params: SessionHistoryCompactParams;
    result: HistoryCompactResult;
  };
  /**
   * Truncates persisted session history to a specific event.
   */
  "session.history.truncate": {
    params: SessionHistoryTruncateParams;
    result: HistoryTruncateResult;
  };
  /**
   * Lists the user turns that the session can rewind to. Never rejects for a busy session: rewind reads need the session's file-change captures to be settled, so a session that still holds active work answers with `unavailableReason: "session-busy"` and no points, which the caller can retry.
   */
  "session.history.listRewindPoints": {
    params: undefined;
    result: HistoryListRewindPointsResult;
  };
  /**
   * Previews the files that a conversation-and-files rewind would restore.
   */
  "session.history.previewRewind": {
    params: SessionHistoryPreviewRewindParams;
    result: HistoryPreviewRewindResult;
  };
  /**
   * Rewinds the session conversation, optionally restoring files changed by the discarded turns. Not crash-atomic: file restore and conversation truncation are separate stores, applied in that order, so a process crash between them can leave the workspace rewound while the conversation still contains the discarded turns. There is no recovery journal; re-running the same rewind is the recovery path for a crash before truncation lands, since file restore is idempotent (already-restored files are reported as skipped) and truncation is re-derived from the still-retained boundary event. After truncation lands that boundary no longer exists, so the same request is rejected; the only stage that can still be outstanding is snapshot pruning, whose failure leaves orphan snapshots the capture store tolerates. The reverse inconsistency cannot occur, because truncation is never applied before file restore succeeds.
   */
  "session.history.rewind": {
    params: SessionHistoryRewindParams;
    result: HistoryRewindResult;
  };
  /**
   * Cancels any in-progress background compaction on a local session.
   */
  "session.history.cancelBackgroundCompaction": {
    params: undefined;
    result: HistoryCancelBackgroundCompactionResult;
  };
  /**
   * Aborts any in-progress manual compaction on a local session.
   */
  "session.history.abortManualCompaction": {
    params: undefined;
    result: HistoryAbortManualCompactionResult;
  };
  /**
   * Produces a markdown summary of the session's conversation context for hand-off scenarios.
   */
  "session.history.summarizeForHandoff": {
    params: undefined;
    result: HistorySummarizeForHandoffResult;
  };
  /**
   * Clears the session's conversation history, keeping only system and developer messages, and seeds the fresh context window with a first user message. Must be called from inside a tool handler: the clear has to drop the results of the tool calls its wipe orphans, and it rejects when no tool call is in flight.
   */
  "session.history.clearContext": {
    params: SessionHistoryClearContextParams;
    result: HistoryClearContextResult;
  };
  /**
   * Returns the local session's pending user-facing queued items and steering messages.
   */
  "session.queue.pendingItems": {
    params: undefined;
    result: QueuePendingItemsResult;
  };
  /**
   * Moves an addressable queued item to a public visible position.
   */
  "session.queue.moveItem": {
    params: SessionQueueMoveItemParams;
    result: QueueMoveItemResult;
  };
  /**
   * Inserts a new queued message at a public visible position.
   */
  "session.queue.insertAt": {
    params: SessionQueueInsertAtParams;
    result: QueueInsertAtResult;
  };
  /**
   * Removes an addressable queued item by its stable id.
   */
  "session.queue.removeAt": {
    params: SessionQueueRemoveAtParams;
    result: QueueRemoveAtResult;
  };
  /**
   * Updates the text of an addressable single-message queue item.
   */
  "session.queue.updateText": {
    params: SessionQueueUpdateTextParams;
    result: QueueUpdateTextResult;
  };
  /**
   * Duplicates an addressable queued item immediately after its source.
   */
  "session.queue.duplicateAt": {
    params: SessionQueueDuplicateAtParams;
    result: QueueDuplicateAtResult;
  };
  /**
   * Acquires or releases the queued-lane drain pause.
   */
  "session.queue.setDrainPaused": {
    params: SessionQueueSetDrainPausedParams;
    result: null;
  };
  /**
   * Moves an addressable queued message into the live turn's steering lane.
   */
  "session.queue.sendNow": {
    params: SessionQueueSendNowParams;
    result: QueueSendNowResult;
  };
  /**
   * Removes the most recently queued user-facing item (LIFO).
   */
  "session.queue.removeMostRecent": {
    params: undefined;
    result: QueueRemoveMostRecentResult;
  };
  /**
   * Clears all pending queued items on the local session.
   */
  "session.queue.clear": {
    params: undefined;
    result: null;
  };
  /**
   * Reads a batch of session events from a cursor, optionally waiting for new events. Supports tail-first reads via `direction: backward`.
   */
  "session.eventLog.read": {
    params: SessionEventLogReadParams;
    result: EventsReadResult;
  };
  /**
   * Returns a snapshot of the current tail cursor without consuming events.
   */
  "session.eventLog.tail": {
    params: undefined;
    result: EventLogTailResult;
  };
  /**
   * Registers consumer interest in an event type for runtime gating purposes.
   */
  "session.eventLog.registerInterest": {
    params: SessionEventLogRegisterInterestParams;
    result: RegisterEventInterestResult;
  };
  /**
   * Releases a consumer's previously-registered interest in an event type.
   */
  "session.eventLog.releaseInterest": {
    params: SessionEventLogReleaseInterestParams;
    result: EventLogReleaseInterestResult;
  };
  /**
   * Gets accumulated usage metrics for the session.
   */
  "session.usage.getMetrics": {
    params: undefined;
    result: UsageGetMetricsResult;
  };
  /**
   * Predicts an AI-credit session limit for the session's resolved model. Returns an unavailable result instead of falling back when the current model is unresolved auto.
   */
  "session.limitPrediction.predict": {
    params: SessionLimitPredictionPredictParams;
    result: SessionLimitPredictionResult;
  };
  /**
   * Enables remote session export or steering.
   */
  "session.remote.enable": {
    params: SessionRemoteEnableParams;
    result: RemoteEnableResult;
  };
  /**
   * Disables remote session export and steering.
   */
  "session.remote.disable": {
    params: undefined;
    result: null;
  };
  /**
   * Persists a remote-steerability change emitted by the host as a session event.
   */
  "session.remote.notifySteerableChanged": {
    params: SessionRemoteNotifySteerableChangedParams;
    result: RemoteNotifySteerableChangedResult;
  };
  /**
   * Returns the session's current Mission Control sharing status and shareable GitHub URL. Reflects whether the synced session is visible to repository readers ("repo") or restricted to its creator and collaborators ("unshared").
   */
  "session.visibility.get": {
    params: undefined;
    result: VisibilityGetResult;
  };
  /**
   * Sets the session's Mission Control sharing status, controlling whether the synced session is visible to repository readers. Returns the effective status and shareable GitHub URL after the change.
   */
  "session.visibility.set": {
    params: SessionVisibilitySetParams;
    result: VisibilitySetResult;
  };
  /**
   * Lists the session's currently active scheduled prompts.
   */
  "session.schedule.list": {
    params: undefined;
    result: ScheduleList;
  };
  /**
   * Removes a scheduled prompt by id.
   */
  "session.schedule.stop": {
    params: SessionScheduleStopParams;
    result: ScheduleStopResult;
  };
}

/**
 * Requests the CLI sends to the client on behalf of one session (the client answers them), keyed by wire method name. `params` includes `sessionId`.
 */
export interface ClientSessionMethods {
  /**
   * Asks the SDK client to get a bearer token for a BYOK provider whose config set `hasBearerTokenProvider: true`. Session-scoped: the runtime calls it back on the connection that most recently supplied that provider's config for the session (the creating connection, or a resuming connection if the session was resumed — distinct providers may be owned by different connections), passing the provider name, and uses the returned token as the Authorization header for the outbound model request. The runtime does no caching — it calls this once per outbound request; the SDK consumer owns token acquisition, caching, and refresh.
   */
  "providerToken.getToken": {
    params: ProviderTokenGetTokenParams;
    result: ProviderTokenAcquireResult;
  };
  /**
   * Asks the owning extension connection to execute a registered factory closure.
   */
  "factory.execute": {
    params: FactoryExecuteParams;
    result: FactoryExecuteResult;
  };
  /**
   * Asks the owning extension connection to abort a running factory cooperatively.
   */
  "factory.abort": {
    params: FactoryAbortParams;
    result: FactoryAckResult;
  };
  /**
   * Asks the client currently bound to a client-owned session task to confirm that its external work stopped.
   */
  "tasks.cancel": {
    params: TasksCancelParams;
    result: ClientTaskCancelResult;
  };
  /**
   * Reads a file from the client-provided session filesystem.
   */
  "sessionFs.readFile": {
    params: SessionFsReadFileParams;
    result: SessionFsReadFileResult;
  };
  /**
   * Writes a file in the client-provided session filesystem.
   */
  "sessionFs.writeFile": {
    params: SessionFsWriteFileParams;
    result: SessionFsWriteFileResult;
  };
  /**
   * Appends content to a file in the client-provided session filesystem, creating parent directories as needed.
   */
  "sessionFs.appendFile": {
    params: SessionFsAppendFileParams;
    result: SessionFsAppendFileResult;
  };
  /**
   * Checks whether a path exists in the client-provided session filesystem.
   */
  "sessionFs.exists": {
    params: SessionFsExistsParams;
    result: SessionFsExistsResult;
  };
  /**
   * Gets metadata for a path in the client-provided session filesystem.
   */
  "sessionFs.stat": {
    params: SessionFsStatParams;
    result: SessionFsStatResult;
  };
  /**
   * Creates a directory in the client-provided session filesystem.
   */
  "sessionFs.mkdir": {
    params: SessionFsMkdirParams;
    result: SessionFsMkdirResult;
  };
  /**
   * Lists entry names in a directory from the client-provided session filesystem.
   */
  "sessionFs.readdir": {
    params: SessionFsReaddirParams;
    result: SessionFsReaddirResult;
  };
  /**
   * Lists directory entries with type information from the client-provided session filesystem.
   */
  "sessionFs.readdirWithTypes": {
    params: SessionFsReaddirWithTypesParams;
    result: SessionFsReaddirWithTypesResult;
  };
  /**
   * Removes a file or directory from the client-provided session filesystem.
   */
  "sessionFs.rm": {
    params: SessionFsRmParams;
    result: SessionFsRmResult;
  };
  /**
   * Renames or moves a path in the client-provided session filesystem.
   */
  "sessionFs.rename": {
    params: SessionFsRenameParams;
    result: SessionFsRenameResult;
  };
  /**
   * Executes a SQLite query against the per-session database. Providers apply busy handling for every call.
   */
  "sessionFs.sqliteQuery": {
    params: SessionFsSqliteQueryParams;
    result: SessionFsSqliteQueryResult;
  };
  /**
   * Executes SQLite statements atomically on the provider-owned connection.
   */
  "sessionFs.sqliteTransaction": {
    params: SessionFsSqliteTransactionParams;
    result: SessionFsSqliteTransactionResult;
  };
  /**
   * Checks whether the per-session SQLite database already exists, without creating it.
   */
  "sessionFs.sqliteExists": {
    params: SessionFsSqliteExistsParams;
    result: SessionFsSqliteExistsResult;
  };
  /**
   * Opens a canvas instance on the provider.
   */
  "canvas.open": {
    params: CanvasOpenParams;
    result: CanvasProviderOpenResult;
  };
  /**
   * Closes a canvas instance on the provider.
   */
  "canvas.close": {
    params: CanvasCloseParams;
    result: null;
  };
  /**
   * Invokes an action on an open canvas instance via the provider.
   */
  "canvas.action.invoke": {
    params: CanvasActionInvokeParams;
    result: {
      [k: string]: unknown;
    };
  };
}

/**
 * Requests and notifications the CLI sends to the client outside any one session, keyed by wire method name.
 */
export interface ClientGlobalMethods {
  /**
   * Asks the registered SDK client to resolve an opaque process launch profile for one discovered extension entrypoint immediately before launch or reload. The provider must respond within 15 seconds.
   */
  "extensionLaunchProvider.resolve": {
    params: ExtensionLaunchProviderResolveRequest;
    result: ExtensionLaunchProviderResolveResult;
  };
  /**
   * Announces an outbound model-layer HTTP request the runtime wants the SDK client to service. Carries the request head only; the body always follows as one or more httpRequestChunk frames keyed by the same requestId, even when the body is empty (a single chunk with end=true).
   */
  "llmInference.httpRequestStart": {
    params: LlmInferenceHttpRequestStartRequest;
    result: LlmInferenceHttpRequestStartResult;
  };
  /**
   * Delivers a body byte range (or a cancellation signal) for a request previously announced via httpRequestStart, correlated by requestId. The runtime fires at least one chunk per request — when there is no body, a single chunk with empty data and end=true. Mid-stream the runtime may send a chunk with cancel=true to abort the request; the SDK then stops issuing httpResponseChunk frames and may emit a terminal httpResponseChunk with error set.
   */
  "llmInference.httpRequestChunk": {
    params: LlmInferenceHttpRequestChunkRequest;
    result: LlmInferenceHttpRequestChunkResult;
  };
  /**
   * Forwards a single GitHub telemetry event to a host connection that opted into telemetry forwarding during the `server.connect` handshake. Opted-in connections receive every event the runtime emits after the handshake — across all sessions, plus sessionless events (for example, `server.sendTelemetry` calls with no session id).
   *
   * Sent as a notification: there is no response.
   */
  "gitHubTelemetry.event": {
    params: GitHubTelemetryNotification;
    result: null;
  };
  /**
   * Asks the SDK client to mint a GitHub access token for a session whose configuration supplied a GitHub token provider. The runtime acquires the initial token during bootstrap and refreshes it during expiry preflight when one hour or less remains.
   */
  "gitHubToken.getToken": {
    params: GitHubTokenAcquireRequest;
    result: GitHubTokenAcquireResult;
  };
}

/**
 * The methods in the maps above that are notifications, not requests.
 */
export type RpcNotificationMethod = "gitHubTelemetry.event";

/**
 * Result of aborting the current turn
 */
export interface AbortResult {
  /**
   * Whether the abort completed successfully
   */
  success: boolean;
  /**
   * Error message if the abort failed
   */
  error?: string;
}

/**
 * Authenticated account entry returned by `account.getAllUsers`.
 */
export interface AccountAllUsers {
  /**
   * Authentication information for this user
   */
  authInfo: AuthInfo;
  /**
   * Opaque identifier accepted by account and model selection APIs
   */
  selectionId?: string;
  /**
   * Associated token, if available
   */
  token?: string;
}

/**
 * Current authentication state
 */
export interface AccountGetCurrentAuthResult {
  /**
   * Current authentication information, if authenticated
   */
  authInfo?: AuthInfo;
  /**
   * Authentication errors from the last auth attempt, if any
   */
  authErrors?: string[];
}

/**
 * Optional opaque account selection or compatibility GitHub token used to look up quota.
 */
export type AccountGetQuotaRequest = undefined | {
  /**
   * Opaque account identifier returned by `account.getAllUsers`. When omitted, the current account is used.
   */
  selectionId?: string;
  /**
   * GitHub token accepted for compatibility with existing SDK clients. When provided, resolves this token instead of using the current account.
   */
  gitHubToken?: string;
};

/**
 * Quota usage snapshots for the resolved user, keyed by quota type.
 */
export interface AccountGetQuotaResult {
  /**
   * Quota snapshots keyed by type (e.g., chat, completions, premium_interactions)
   */
  quotaSnapshots: {
    /**
     * Quota usage snapshot for a Copilot quota type, including entitlement, used requests, overage, reset date, and remaining percentage.
     */
    [k: string]: AccountQuotaSnapshot;
  };
}

/**
 * Credentials to validate and store. Omit login to resolve the authenticated user from the token.
 */
export interface AccountLoginRequest {
  /**
   * GitHub host URL
   */
  host: string;
  /**
   * User login/username. When omitted, the runtime validates the token and resolves the login from GitHub.
   */
  login?: string;
  /**
   * GitHub authentication token
   */
  token: string;
}

/**
 * Result of a successful login; throws on failure
 */
export interface AccountLoginResult {
  /**
   * Whether the credential was persisted to a secure store (system keychain, or the config file when plaintext storage is enabled). False when no secure store was available and the token was not saved, so the consumer can decide how to proceed.
   */
  storedInVault: boolean;
}

/**
 * User to log out
 */
export type AccountLogoutRequest = {
  [k: string]: unknown;
} & {
  /**
   * Opaque account identifier returned by `account.getAllUsers`
   */
  selectionId?: string;
  /**
   * Authentication information for the user to log out
   */
  authInfo?: AuthInfo;
};

/**
 * Logout result indicating if more users remain
 */
export interface AccountLogoutResult {
  /**
   * Whether other authenticated users remain after logout
   */
  hasMoreUsers: boolean;
}

/**
 * Quota usage snapshot for a Copilot quota type, including entitlement, used requests, overage, reset date, and remaining percentage.
 */
export interface AccountQuotaSnapshot {
  /**
   * Whether the user has an unlimited usage entitlement
   */
  isUnlimitedEntitlement: boolean;
  /**
   * Number of requests included in the entitlement, or -1 for unlimited entitlements
   */
  entitlementRequests: number;
  /**
   * Number of requests used so far this period
   */
  usedRequests: number;
  /**
   * Whether usage is still permitted after quota exhaustion
   */
  usageAllowedWithExhaustedQuota: boolean;
  /**
   * Percentage of entitlement remaining
   */
  remainingPercentage: number;
  /**
   * Number of additional usage requests made this period
   */
  overage: number;
  /**
   * Whether additional usage is allowed when quota is exhausted
   */
  overageAllowedWithExhaustedQuota: boolean;
  /**
   * Date when the quota resets (ISO 8601 string)
   */
  resetDate?: string;
}

/**
 * Resolved Anthropic adaptive-thinking capability for a model.
 */
export type AdaptiveThinkingSupport = "unsupported" | "optional" | "required" | "adaptive_only";

/**
 * Canonical directory where custom agents can be discovered or created, with scope, preference, and optional project path.
 */
export interface AgentDiscoveryPath {
  /**
   * Absolute path of the search/create directory (may not exist on disk yet)
   */
  path: string;
  /**
   * Which tier this directory belongs to
   */
  scope: AgentDiscoveryPathScope;
  /**
   * Whether this is the canonical directory to create a new agent in its tier. At most one entry per tier is preferred.
   */
  preferredForCreation: boolean;
  /**
   * The input project path this directory was derived from (only for project scope)
   */
  projectPath?: string;
}

/**
 * Canonical locations where custom agents can be created so the runtime will recognize them.
 */
export interface AgentDiscoveryPathList {
  /**
   * Canonical agent create/discovery directories, in priority order
   *
   * Items: Canonical directory where custom agents can be discovered or created, with scope, preference, and optional project path.
   */
  paths: AgentDiscoveryPath[];
}

/**
 * Which tier this directory belongs to
 */
export type AgentDiscoveryPathScope = "user" | "project";

/**
 * The currently selected custom agent, or null when using the default agent.
 */
export interface AgentGetCurrentResult {
  /**
   * Currently selected custom agent, or null if using the default agent
   */
  agent: AgentInfo;
}

/**
 * Agent metadata, including identifiers, display details, source, tools, model, models, MCP servers, skills, and file path.
 */
export interface AgentInfo {
  /**
   * Name of the agent. Use `id` as the stable selection identifier.
   */
  name: string;
  /**
   * Human-readable display name
   */
  displayName: string;
  /**
   * Description of the agent's purpose
   */
  description: string;
  /**
   * Absolute local file path of the agent definition. Only set for file-based agents loaded from disk; remote agents do not have a path.
   */
  path?: string;
  /**
   * Stable identifier for selection. For most agents this is the same as `name`; for plugin/builtin agents it may differ. Always populated; defaults to `name` when no distinct id was assigned.
   */
  id: string;
  /**
   * Where the agent definition was loaded from
   */
  source?: AgentInfoSource;
  /**
   * Whether the agent can be selected directly by the user. Agents marked `false` are subagent-only.
   */
  userInvocable?: boolean;
  /**
   * Whether model-driven invocation is disabled for this agent.
   */
  disableModelInvocation?: boolean;
  /**
   * Allowed tool names for this agent. Empty array means none; omitted means inherit defaults.
   */
  tools?: string[];
  /**
   * Authored preferred model id for this agent. Runtime model selection may choose a different model; omitted means no authored preference.
   */
  model?: string;
  /**
   * Authored preferred model ids for this agent, in priority order. Runtime model selection chooses the first available model; omitted means no authored preference.
   */
  models?: string[];
  /**
   * Whether authored models are preferences or required constraints.
   */
  modelPolicy?: AgentModelPolicy;
  /**
   * MCP server configurations attached to this agent, keyed by server name. Server config shape mirrors the MCP `mcpServers` schema.
   */
  mcpServers?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * Skill names preloaded into this agent's context. Omitted means none.
   */
  skills?: string[];
  /**
   * Authored base prompt for the agent. Runtime prompt assembly may add dynamic context at invocation time. Omitted from `session.agent.list` unless `includePrompt` is true.
   */
  prompt?: string;
}

/**
 * Where the agent definition was loaded from
 */
export type AgentInfoSource = "user" | "project" | "inherited" | "remote" | "plugin" | "builtin";

/**
 * Agents available to the session.
 */
export interface AgentList {
  /**
   * Available agents
   *
   * Items: Agent metadata, including identifiers, display details, source, tools, model, models, MCP servers, skills, and file path.
   */
  agents: AgentInfo[];
}

/**
 * Full registry entry for the spawned child. Lets the controller call `handleLiveTargetSelected(entry)` directly without re-reading the registry (avoids a TOCTOU window).
 */
export interface AgentRegistryLiveTargetEntry {
  /**
   * Registry entry schema version (1 = ui-server, 2 = managed-server)
   */
  schemaVersion: number;
  /**
   * Process kind tag for the registry entry
   */
  kind: AgentRegistryLiveTargetEntryKind;
  /**
   * Operating-system pid of the process owning this entry
   */
  pid: number;
  /**
   * Bind host for the entry's JSON-RPC server
   */
  host: string;
  /**
   * TCP port the entry's JSON-RPC server is listening on
   */
  port: number;
  /**
   * Session ID of the foreground session for this entry
   */
  sessionId?: string;
  /**
   * Friendly session name (when set)
   */
  sessionName?: string;
  /**
   * Working directory of the session (when known)
   */
  cwd?: string;
  /**
   * Git branch of the session (when known)
   */
  branch?: string;
  /**
   * Model identifier currently selected for the session
   */
  model?: string;
  /**
   * Coarse lifecycle status of the foreground session
   */
  status?: AgentRegistryLiveTargetEntryStatus;
  /**
   * Kind of attention required when status === "attention". Meaningful only when status === "attention".
   */
  attentionKind?: AgentRegistryLiveTargetEntryAttentionKind;
  /**
   * Monotonic per-publisher revision counter incremented on every status update. Lets watchers detect transient flips.
   */
  statusRevision?: number;
  /**
   * How the most recent turn ended (clean vs aborted). Lets the renderer distinguish done from done_cancelled.
   */
  lastTerminalEvent?: AgentRegistryLiveTargetEntryLastTerminalEvent;
  /**
   * ISO 8601 timestamp captured at registration
   */
  startedAt: string;
  /**
   * Copilot CLI version that wrote the entry
   */
  copilotVersion: string;
  /**
   * Wall-clock milliseconds since the watcher last observed this entry (heartbeat freshness)
   */
  lastSeenMs: number;
}

/**
 * Kind of attention required when status === "attention". Meaningful only when status === "attention".
 */
export type AgentRegistryLiveTargetEntryAttentionKind =
  | "error"
  | "permission"
  | "exit_plan"
  | "elicitation"
  | "user_input";

/**
 * Process kind tag for the registry entry
 */
export type AgentRegistryLiveTargetEntryKind = "ui-server" | "managed-server";

/**
 * How the most recent turn ended (clean vs aborted). Lets the renderer distinguish done from done_cancelled.
 */
export type AgentRegistryLiveTargetEntryLastTerminalEvent = "turn_end" | "abort";

/**
 * Coarse lifecycle status of the foreground session
 */
export type AgentRegistryLiveTargetEntryStatus = "working" | "waiting" | "done" | "attention";

/**
 * Per-spawn log-capture outcome; populated from spawnLiveTarget.
 */
export interface AgentRegistryLogCapture {
  /**
   * Whether per-spawn log capture is on (false when env-disabled or open failed)
   */
  enabled: boolean;
  /**
   * Absolute path to the per-spawn log file (only set when enabled)
   */
  path?: string;
  /**
   * Human-readable open failure message (only set when enabled === false AND the env-disable opt-out was NOT used)
   */
  openError?: string;
  /**
   * Categorized reason for log-open failure
   */
  openErrorReason?: AgentRegistryLogCaptureOpenErrorReason;
}

/**
 * Categorized reason for log-open failure
 */
export type AgentRegistryLogCaptureOpenErrorReason = "permission" | "disk_full" | "other";

/**
 * `child_process.spawn` itself failed before the child entered the registry.
 */
export interface AgentRegistrySpawnError {
  /**
   * Discriminator: child_process.spawn itself failed
   */
  kind: "spawn-error";
  /**
   * Human-readable error message
   */
  message: string;
  /**
   * Underlying errno code (e.g. ENOENT, EACCES) when available
   */
  code?: string;
}

/**
 * Permission posture for the new session. 'yolo' requires the controller-local session to currently be in allow-all mode.
 */
export type AgentRegistrySpawnPermissionMode = "default" | "yolo";

/**
 * Spawn succeeded but the child did not publish a matching managed-server entry within the timeout.
 */
export interface AgentRegistrySpawnRegistryTimeout {
  /**
   * Discriminator: spawn succeeded but child never registered
   */
  kind: "registry-timeout";
  /**
   * Process ID of the orphaned child (so the caller can offer 'kill the pid' guidance)
   */
  childPid: number;
  /**
   * Per-spawn log-capture outcome; populated from spawnLiveTarget.
   */
  logCapture?: AgentRegistryLogCapture;
}

/**
 * Inputs to spawn a managed-server child via the controller's spawn delegate.
 */
export interface AgentRegistrySpawnRequest {
  /**
   * Working directory for the spawned child (must be an existing directory)
   */
  cwd: string;
  /**
   * Custom or built-in agent name (e.g. 'explore'). When omitted, the child uses its own default.
   */
  agentName?: string;
  /**
   * Model identifier to apply to the new session
   */
  model?: string;
  /**
   * Friendly session name. Must satisfy validateSessionName: non-empty, no leading/trailing whitespace, <=100 chars, no control chars, no double quotes.
   */
  name?: string;
  /**
   * Permission posture for the new session. 'yolo' requires the controller-local session to currently be in allow-all mode.
   */
  permissionMode?: AgentRegistrySpawnPermissionMode;
  /**
   * Optional first user message. Forwarded to the caller (the CLI's spawn wrapper sends it post-attach via the standard LocalRpcSession.send path).
   */
  initialPrompt?: string;
}

/**
 * Outcome of an agentRegistry.spawn call.
 */
export type AgentRegistrySpawnResult =
  | AgentRegistrySpawnSpawned
  | AgentRegistrySpawnError
  | AgentRegistrySpawnRegistryTimeout
  | AgentRegistrySpawnValidationError;

/**
 * Managed-server child was spawned and registered successfully.
 */
export interface AgentRegistrySpawnSpawned {
  /**
   * Discriminator: managed-server child spawned successfully
   */
  kind: "spawned";
  /**
   * Full registry entry for the spawned child. Lets the controller call `handleLiveTargetSelected(entry)` directly without re-reading the registry (avoids a TOCTOU window).
   */
  entry: AgentRegistryLiveTargetEntry;
  /**
   * Whether the delegate already sent the initial prompt. Always omitted in the current wiring: the controller sends the prompt post-attach via the standard LocalRpcSession.send path.
   */
  initialPromptSent?: boolean;
  /**
   * If the delegate attempted to send the initial prompt and failed, the categorized error message.
   */
  initialPromptError?: string;
  /**
   * Per-spawn log-capture outcome; populated from spawnLiveTarget.
   */
  logCapture?: AgentRegistryLogCapture;
}

/**
 * Synchronous pre-validation rejected the spawn request.
 */
export interface AgentRegistrySpawnValidationError {
  /**
   * Discriminator: synchronous pre-validation rejected the request
   */
  kind: "validation-error";
  /**
   * Categorized reason for the rejection. Low-cardinality enum so telemetry can aggregate by reason without leaking raw paths or agent/model names.
   */
  reason: AgentRegistrySpawnValidationErrorReason;
  /**
   * Which parameter field was invalid. Omitted when the rejection is not field-specific.
   */
  field?: AgentRegistrySpawnValidationErrorField;
  /**
   * Human-readable explanation; safe to surface in the UI banner. Never logged to unrestricted telemetry.
   */
  message: string;
}

/**
 * Which parameter field was invalid. Omitted when the rejection is not field-specific.
 */
export type AgentRegistrySpawnValidationErrorField =
  | "cwd"
  | "name"
  | "agentName"
  | "model"
  | "permissionMode";

/**
 * Categorized reason for the rejection. Low-cardinality enum so telemetry can aggregate by reason without leaking raw paths or agent/model names.
 */
export type AgentRegistrySpawnValidationErrorReason =
  | "cwd-not-found"
  | "cwd-not-directory"
  | "invalid-name"
  | "unknown-agent"
  | "unknown-model"
  | "yolo-not-allowed";

/**
 * Custom agents available to the session after reloading definitions from disk.
 */
export interface AgentReloadResult {
  /**
   * Reloaded custom agents
   *
   * Items: Agent metadata, including identifiers, display details, source, tools, model, models, MCP servers, skills, and file path.
   */
  agents: AgentInfo[];
}

/**
 * The newly selected custom agent.
 */
export interface AgentSelectResult {
  /**
   * The newly selected custom agent
   */
  agent: AgentInfo;
}

/**
 * Optional project paths to include in agent discovery.
 */
export interface AgentsDiscoverRequest {
  /**
   * Optional list of project directory paths to scan for project-scoped agents. When omitted or empty, only user/plugin/remote-independent agents are returned (no project scan).
   */
  projectPaths?: string[];
  /**
   * When true, omit the host's agents (the user-level agent directory and all plugin agents), leaving only project and remote agents. For multitenant deployments.
   */
  excludeHostAgents?: boolean;
}

/**
 * Optional project paths to include when enumerating agent discovery directories.
 */
export interface AgentsGetDiscoveryPathsRequest {
  /**
   * Optional list of project directory paths. When omitted or empty, only the user-level directory is returned.
   */
  projectPaths?: string[];
  /**
   * When true, omit the host's user-level agent directory, leaving only project directories. For multitenant deployments (mirrors `discover`'s `excludeHostAgents`).
   */
  excludeHostAgents?: boolean;
}

/**
 * Authentication-info input variant for API-key authentication to a non-GitHub LLM provider, carrying the secret `apiKey` and host.
 */
export interface ApiKeyAuthInfo {
  /**
   * API-key authentication for non-GitHub LLM providers (e.g. when running BYOM-style).
   */
  type: "api-key";
  /**
   * The API key. Treat as a secret.
   */
  apiKey: string;
  /**
   * Authentication host.
   */
  host: string;
  /**
   * Snapshot of the authenticated user's Copilot subscription info, if known. Mirrors the GitHub API `/copilot_internal/v2/token` user response shape — the runtime trusts this verbatim and does not re-fetch when set.
   */
  copilotUser?: CopilotUserResponse;
}

/**
 * Authentication credentials accepted only at native protocol ingress. Runtime outputs use credential-free `AuthIdentity` metadata.
 */
export type AuthInfo =
  | HMACAuthInfo
  | EnvAuthInfo
  | TokenAuthInfo
  | TokenProviderAuthInfo
  | CopilotApiTokenAuthInfo
  | UserAuthInfo
  | GhCliAuthInfo
  | ApiKeyAuthInfo;

/**
 * Authentication type
 */
export type AuthInfoType =
  | "hmac"
  | "env"
  | "user"
  | "gh-cli"
  | "api-key"
  | "token"
  | "token-provider"
  | "copilot-api-token";

/**
 * Current per-window credit limit and consumption for an autopilot objective.
 */
export interface AutopilotObjectiveCreditLimit {
  /**
   * Configured AI-credit cap, when one is set.
   */
  credits?: number;
  /**
   * Window consumption in fractional AI credits, for display.
   */
  creditsUsed: number;
  /**
   * Exact window consumption in non-negative integer nano-AIU, encoded as a decimal string.
   */
  creditsUsedNanoAiu: string;
}

/**
 * Canonical runtime state for the session's current autopilot objective.
 */
export interface AutopilotObjectiveGetStateResult {
  /**
   * Current objective state, or `null` when the session has no objective.
   */
  state: AutopilotObjectiveState | null;
}

/**
 * Public, persistence-independent projection of an autopilot objective.
 */
export interface AutopilotObjectiveState {
  /**
   * Session-local objective identifier.
   */
  id: number;
  /**
   * User-provided objective text.
   */
  objective: string;
  /**
   * Current normalized lifecycle status.
   */
  status: AutopilotObjectiveStatus;
  /**
   * Number of objective turns started.
   */
  turnCount: number;
  /**
   * Optional reason the objective is paused.
   */
  pauseReason?: string;
  /**
   * Optional summary recorded when the objective completed.
   */
  completionSummary?: string;
  /**
   * Exact lifetime AI-credit consumption in non-negative integer nano-AIU, encoded as a decimal string.
   */
  creditCountNanoAiu: string;
  /**
   * Current per-window consumption and optional cap, when a credit-tracking window is present.
   */
  creditLimit?: AutopilotObjectiveCreditLimit;
}

/**
 * Current normalized autopilot objective lifecycle status.
 */
export type AutopilotObjectiveStatus = "active" | "paused" | "completed";

/**
 * The running runtime's complete catalog of well-known built-in model IDs, including supported models and additional IDs with built-in metadata.
 */
export interface BuiltInModelCatalog {
  /**
   * Built-in model entries.
   *
   * Items: A well-known model in the runtime's built-in catalog.
   */
  models: BuiltInModelCatalogEntry[];
}

/**
 * A well-known model in the runtime's built-in catalog.
 */
export interface BuiltInModelCatalogEntry {
  /**
   * Well-known runtime model ID suitable for provider or provider-model metadata. This is not necessarily the provider-facing deployment or model name and does not indicate CAPI entitlement or provider availability.
   */
  id: string;
}

/**
 * Rust-owned metadata and input schema for a built-in tool.
 */
export interface BuiltinToolDescriptor {
  /**
   * Stable name used to invoke the built-in tool.
   */
  name: string;
  /**
   * Optional human-readable title for the tool.
   */
  title: string | null;
  /**
   * Model-facing description of the tool's behavior.
   */
  description: string;
  /**
   * JSON Schema for the tool input, or null when the tool uses a custom format.
   */
  inputSchema: BuiltinToolInputSchema | null;
  /**
   * Optional supplemental usage instructions for the tool.
   */
  instructions: string | null;
  /**
   * Optional tool category discriminator.
   */
  type: string | null;
  /**
   * Optional custom input format used instead of a JSON Schema.
   */
  format: BuiltinToolFormat | null;
  /**
   * Policy describing which tool metadata may be recorded without obfuscation.
   */
  safeForTelemetry: BuiltinToolSafeForTelemetry;
  /**
   * Whether the tool executes commands in a terminal.
   */
  isTerminal: boolean;
  /**
   * Whether the tool provides a specialized intention summary.
   */
  hasSummariseIntention: boolean;
}

/**
 * Custom grammar input format accepted by a built-in tool.
 */
export interface BuiltinToolFormat {
  /**
   * Custom input-format discriminator.
   */
  type: BuiltinToolFormatType;
  /**
   * Grammar syntax used by the format definition.
   */
  syntax: string;
  /**
   * Grammar definition accepted by the tool.
   */
  definition: string;
}

/**
 * Custom input-format kind.
 */
export type BuiltinToolFormatType = "grammar";

/**
 * JSON Schema object accepted by a built-in tool.
 */
export interface BuiltinToolInputSchema {
  /**
   * Root type of the tool input schema.
   */
  type: BuiltinToolInputSchemaType;
  /** Other properties. */
  [k: string]: {
    [k: string]: unknown;
  } | BuiltinToolInputSchemaType;
}

/**
 * Root JSON Schema type for a built-in tool input.
 */
export type BuiltinToolInputSchemaType = "object";

/**
 * Telemetry-safety policy for a built-in tool.
 */
export type BuiltinToolSafeForTelemetry = boolean | BuiltinToolSafeTelemetryFields;

/**
 * Per-field telemetry-safety policy for a built-in tool.
 */
export interface BuiltinToolSafeTelemetryFields {
  /**
   * Whether the tool name may be included in telemetry without obfuscation.
   */
  name?: boolean;
  /**
   * Whether tool input names may be included in telemetry without obfuscation.
   */
  inputsNames?: boolean;
}

/**
 * Cancellation result for a user-requested shell command.
 */
export interface CancelUserRequestedShellCommandResult {
  /**
   * Whether an in-flight execution was found and signalled to cancel
   */
  cancelled: boolean;
}

/**
 * Canvas action that the agent or host can invoke. To discover the input schema for a particular action, call the list_canvas_capabilities tool.
 */
export interface CanvasAction {
  /**
   * Action name exposed by the canvas provider
   */
  name: string;
  /**
   * Description of the action
   */
  description?: string;
  /**
   * JSON Schema for the action input
   */
  inputSchema?: CanvasJsonSchema;
}

/**
 * Canvas action invocation parameters sent to the provider.
 */
export interface CanvasActionInvokeParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Owning provider identifier
   */
  extensionId: string;
  /**
   * Provider-local canvas identifier
   */
  canvasId: string;
  /**
   * Canvas instance identifier
   */
  instanceId: string;
  /**
   * Action name to invoke
   */
  actionName: string;
  /**
   * Action input
   */
  input?: {
    [k: string]: unknown;
  };
  /**
   * Host context supplied by the runtime.
   */
  host?: CanvasHostContext;
  /**
   * Session context supplied by the runtime.
   */
  session?: CanvasSessionContext;
}

/**
 * Canvas action invocation result.
 */
export interface CanvasActionInvokeResult {
  /**
   * Provider-supplied action result
   */
  result?: {
    [k: string]: unknown;
  };
}

/**
 * Canvas close parameters sent to the provider.
 */
export interface CanvasCloseParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Owning provider identifier
   */
  extensionId: string;
  /**
   * Provider-local canvas identifier
   */
  canvasId: string;
  /**
   * Canvas instance identifier
   */
  instanceId: string;
  /**
   * Host context supplied by the runtime.
   */
  host?: CanvasHostContext;
  /**
   * Session context supplied by the runtime.
   */
  session?: CanvasSessionContext;
}

/**
 * Host context supplied by the runtime.
 */
export interface CanvasHostContext {
  /**
   * Host capabilities
   */
  capabilities?: CanvasHostContextCapabilities;
}

/**
 * Host capabilities
 */
export interface CanvasHostContextCapabilities {
  /**
   * Whether canvas rendering is supported
   */
  canvases?: boolean;
}

/**
 * JSON Schema for canvas open input
 */
export interface CanvasJsonSchema {
  /** Entries, by key. */
  [k: string]: unknown;
}

/**
 * Declared canvases available in this session.
 */
export interface CanvasList {
  /**
   * Declared canvases available in this session
   *
   * Items: Canvas available in the current session.
   */
  canvases: DiscoveredCanvas[];
}

/**
 * Live open-canvas snapshot.
 */
export interface CanvasListOpenResult {
  /**
   * Currently open canvas instances
   *
   * Items: Open canvas instance snapshot.
   */
  openCanvases: OpenCanvasInstance[];
}

/**
 * Canvas open parameters sent to the provider.
 */
export interface CanvasOpenParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Owning provider identifier
   */
  extensionId: string;
  /**
   * Provider-local canvas identifier
   */
  canvasId: string;
  /**
   * Stable caller-supplied canvas instance identifier
   */
  instanceId: string;
  /**
   * Canvas open input
   */
  input?: {
    [k: string]: unknown;
  };
  /**
   * Host context supplied by the runtime.
   */
  host?: CanvasHostContext;
  /**
   * Session context supplied by the runtime.
   */
  session?: CanvasSessionContext;
}

/**
 * Canvas open result returned by the provider.
 */
export interface CanvasProviderOpenResult {
  /**
   * URL for web-rendered canvases
   */
  url?: string;
  /**
   * Provider-supplied title
   */
  title?: string;
  /**
   * Provider-supplied status text
   */
  status?: string;
}

/**
 * Session context supplied by the runtime.
 */
export interface CanvasSessionContext {
  /**
   * Active session working directory, when known.
   */
  workingDirectory?: string;
}

/**
 * Options scoped to the built-in CAPI (Copilot API) provider.
 */
export interface CapiSessionOptions {
  /**
   * Routing preference for sessions whose model is `auto`. On create or cold resume, this establishes the preference sent as `tier` on CAPI `/auto` requests; when omitted on cold resume, the runtime restores the last committed preference. On resident resume, a different value requests a safe switch after resume succeeds and cannot change an in-flight turn. Successful switches are persisted for later cold resume. When no preference is supplied or restored, CAPI default routing is used. `fast` is an integrator-only latency preset, not a first-party GitHub Copilot product preference.
   */
  autoTier?: AutoTier;
  /**
   * Whether to use WebSocket transport for the CAPI Responses API. Enabled by default when the model advertises `ws:/responses` support; set to `false` to force the HTTP Responses transport in environments where WebSockets are blocked (e.g. behind a proxy). Setting this to `false` is equivalent to the `COPILOT_CLI_DISABLE_WEBSOCKET_RESPONSES` environment variable.
   */
  enableWebSocketResponses?: boolean;
}

/**
 * Semantic digest of a strictly parsed and schema-validated JSON MCP card. Both URL-backed and embedded cards are canonicalised with RFC 8785 JSON Canonicalization Scheme, encoded as UTF-8, and hashed with SHA-256.
 */
export interface CardDigest {
  /**
   * Digest algorithm and canonical representation
   */
  algorithm: CardDigestAlgorithm;
  /**
   * SHA-256 digest of the RFC 8785 canonical UTF-8 bytes, encoded as exactly 64 lowercase hexadecimal characters.
   */
  value: CardDigestValue;
}

/**
 * Canonical digest algorithm for a validated MCP card
 */
export type CardDigestAlgorithm = "sha256-rfc8785";

/**
 * SHA-256 digest encoded as exactly 64 lowercase hexadecimal characters.
 */
export type CardDigestValue = string;

/**
 * An inert AI skill catalog result. AI skills are discovery-only and cannot be represented as installable through this surface.
 */
export interface CatalogAiSkillCandidate {
  /**
   * Opaque, runtime-instance scoped, TTL-bound, single-use handle for this candidate. Carries no readable information and is rejected when stale, replayed, or presented to a different runtime instance. Never logged.
   */
  handle: string;
  /**
   * ISO 8601 timestamp after which the handle is stale and will be rejected.
   */
  handleExpiresAt: string;
  /**
   * Discriminator: this candidate describes an AI skill
   */
  kind: "ai-skill";
  /**
   * Media type of the underlying AI skill card
   */
  mediaType: "application/ai-skill";
  /**
   * AI skills are discovery-only and cannot be installed through this surface
   */
  installability: "not-installable-kind";
  /**
   * Display name taken verbatim from the card. Inert untrusted text.
   */
  displayName: string;
  /**
   * Description taken verbatim from the card. Inert untrusted text.
   */
  description?: string;
  /**
   * Publisher taken verbatim from the card. Inert untrusted text.
   */
  publisher?: string;
  /**
   * Where the card came from: exactly one of a URL or embedded data, encoded as a tagged union so neither both nor neither can be represented.
   */
  source: CatalogCandidateSource;
  /**
   * Where the catalog reference was observed, without the card itself or any content digest.
   */
  provenance: CatalogAiSkillCandidateProvenance;
  /**
   * Versioned trust metadata observed from the catalog authority. Optional for protocol-3 compatibility with runtimes that predate trust snapshots. A trust-capable runtime emits an explicit snapshot even when the authority omitted or malformed its trust field.
   */
  trust?: CatalogTrustSnapshot;
}

/**
 * Where and when an AI skill catalog reference was observed. Discovery provenance deliberately carries no content digest because search does not establish the exact validated content a later plan will bind.
 */
export interface CatalogAiSkillCandidateProvenance {
  /**
   * Host of the catalog authority that advertised the reference, without path, query, or credentials. Inert untrusted data.
   */
  authority: string;
  /**
   * ISO 8601 timestamp at which the runtime observed the catalog reference. This is not a retrieval or validation timestamp.
   */
  observedAt: string;
  /**
   * Media type advertised for the referenced AI skill card
   */
  mediaType: "application/ai-skill";
}

/**
 * An optional catalog authentication exchange did not establish the caller's identity. Anonymous search remains supported; this refusal is reserved for an operation that cannot continue after the attempted exchange. It is distinct from `policy-rejected` and from a network failure, and the reason identifies the recovery action.
 */
export interface CatalogAuthenticationRequiredError {
  /**
   * Discriminator: the caller is not authenticated
   */
  kind: "authentication-required";
  /**
   * Why authentication failed. Only an expired credential justifies attempting a silent refresh; an absent or rejected credential requires sign-in.
   */
  reason: CatalogAuthenticationRequiredReason;
  /**
   * Human-readable explanation, safe to surface. Never contains a credential or token, nor a query, URL, handle, or secret.
   */
  message: string;
}

/**
 * Why the catalog authority did not accept the caller's identity
 */
export type CatalogAuthenticationRequiredReason =
  | "no-credential"
  | "credential-expired"
  | "credential-rejected";

/**
 * One inert catalog result, represented as an MCP server or discovery-only AI skill variant so kind, media type, provenance, and installability cannot contradict each other.
 */
export type CatalogCandidate = CatalogMcpServerCandidate | CatalogAiSkillCandidate;

/**
 * What kind of resource a catalog candidate describes
 */
export type CatalogCandidateKind = "mcp-server" | "ai-skill";

/**
 * Where a candidate's card came from. Exactly one of a URL or embedded data: the union has no variant carrying both, and no variant carrying neither, so the rule holds structurally rather than by validation.
 */
export type CatalogCandidateSource = CatalogCandidateSourceUrl | CatalogCandidateSourceEmbedded;

/**
 * Candidate whose card reference arrived inline. The document and its content-derived properties stay behind the runtime boundary.
 */
export interface CatalogCandidateSourceEmbedded {
  /**
   * Discriminator: the card is embedded, and carries no URL
   */
  kind: "embedded";
}

/**
 * Candidate whose card is retrieved from a URL through the runtime's hardened fetch boundary.
 */
export interface CatalogCandidateSourceUrl {
  /**
   * Discriminator: the card is URL-backed, and carries no embedded data
   */
  kind: "url";
  /**
   * Card URL as advertised. Inert untrusted data: the runtime retrieves it only through its own hardened boundary, and it is never logged.
   */
  url: string;
}

/**
 * A wire feature a caller can require of the catalog surface, negotiated per request. A grant means the runtime understands the feature's contract, not that the deployment has enabled the operation; typed unavailable results report availability separately.
 */
export type CatalogCapability =
  | "mcp-server-card"
  | "legacy-mcp-server-card"
  | "ai-skill-discovery"
  | "mcp-install-planning"
  | "multiple-transport-choice"
  | "trust-snapshot";

/**
 * Bounded extensible wire-feature identifier. Known values are described by `CatalogCapability`; newer callers may send future identifiers so an older runtime can return a typed negotiation refusal instead of failing schema validation. Capability negotiation establishes contract understanding, while each operation's result separately reports runtime availability.
 */
export type CatalogCapabilityId = string;

/**
 * The protocol version and capability set a caller requires, supplied on every catalog request so negotiation cannot be skipped by omission.
 */
export interface CatalogClientContract {
  /**
   * SDK protocol version the caller was generated against. A caller below the runtime's minimum supported version is refused rather than served a partial result.
   */
  protocolVersion: number;
  /**
   * Wire features the caller requires the runtime to understand. Identifiers are bounded but extensible so a newer caller can negotiate with an older runtime. Requiring an unknown feature yields a typed refusal listing what is understood, never a partial grant. A grant does not promise that a deployment has enabled the operation; typed unavailable results report that separately.
   *
   * @maxItems 32
   *
   * Items: Bounded extensible wire-feature identifier. Known values are described by `CatalogCapability`; newer callers may send future identifiers so an older runtime can return a typed negotiation refusal instead of failing schema validation. Capability negotiation establishes contract understanding, while each operation's result separately reports runtime availability.
   */
  requiredCapabilities: CatalogCapabilityId[];
}

/**
 * An upstream catalog response broke the wire contract. Most importantly, every result must carry exactly one of a URL or embedded data: a result carrying both, or neither, is refused here rather than being guessed at.
 */
export interface CatalogContractViolationError {
  /**
   * Discriminator: the upstream response broke the contract
   */
  kind: "contract-violation";
  /**
   * Which rule the response broke.
   */
  reason: CatalogContractViolationReason;
  /**
   * Human-readable explanation, safe to surface. Never echoes response content, nor a query, URL, handle, or secret.
   */
  message: string;
}

/**
 * Which wire-contract rule an upstream response broke
 */
export type CatalogContractViolationReason =
  | "both-url-and-data"
  | "neither-url-nor-data"
  | "duplicate-identity"
  | "unknown-media-type";

/**
 * A presented handle was not accepted. Handles are runtime-instance scoped, TTL-bound, and single-use, so each way of failing is reported distinctly.
 */
export interface CatalogHandleRejectedError {
  /**
   * Discriminator: a handle was rejected
   */
  kind: "handle-rejected";
  /**
   * Which kind of handle was presented.
   */
  handleType: CatalogHandleType;
  /**
   * Why the handle was rejected.
   */
  reason: CatalogHandleRejectionReason;
  /**
   * Human-readable explanation, safe to surface. Never contains the handle itself, nor a query, URL, or secret.
   */
  message: string;
}

/**
 * Why a presented handle was rejected
 */
export type CatalogHandleRejectionReason = "invalid" | "stale" | "replayed" | "foreign";

/**
 * Which kind of opaque handle was presented
 */
export type CatalogHandleType = "candidate" | "plan";

/**
 * The request was rejected before any work was done, because a bounded field fell outside its permitted range or a required field was unusable.
 */
export interface CatalogInvalidRequestError {
  /**
   * Discriminator: the request itself was invalid
   */
  kind: "invalid-request";
  /**
   * Which request field was rejected.
   */
  field: CatalogInvalidRequestField;
  /**
   * Human-readable explanation, safe to surface. Never echoes the offending value, nor a query, URL, handle, or secret.
   */
  message: string;
}

/**
 * Which request field was rejected before any work was done
 */
export type CatalogInvalidRequestField =
  | "query"
  | "limit"
  | "kinds"
  | "contract"
  | "source"
  | "card"
  | "scope";

/**
 * A card could not be parsed or did not satisfy its declared media type's schema.
 */
export interface CatalogMalformedCardError {
  /**
   * Discriminator: the card was malformed
   */
  kind: "malformed-card";
  /**
   * How the card failed validation.
   */
  reason: CatalogMalformedCardReason;
  /**
   * Media type the card was interpreted as, when it declared one this runtime recognises.
   */
  mediaType?: CatalogMediaType;
  /**
   * Human-readable explanation, safe to surface. Never echoes card content, nor a query, URL, handle, or secret.
   */
  message: string;
}

/**
 * How a card failed validation
 */
export type CatalogMalformedCardReason =
  | "invalid-json"
  | "schema-violation"
  | "unsupported-media-type"
  | "missing-required-field"
  | "size-limit-exceeded";

/**
 * An inert MCP server catalog result. Every free-text field is untrusted external data and must never be treated as an instruction, and the handle is the only way to refer to the candidate in a later operation.
 */
export interface CatalogMcpServerCandidate {
  /**
   * Opaque, runtime-instance scoped, TTL-bound, single-use handle for this candidate. Carries no readable information and is rejected when stale, replayed, or presented to a different runtime instance. Never logged.
   */
  handle: string;
  /**
   * ISO 8601 timestamp after which the handle is stale and will be rejected.
   */
  handleExpiresAt: string;
  /**
   * Discriminator: this candidate describes an MCP server
   */
  kind: "mcp-server";
  /**
   * JSON MCP media type of the underlying card.
   */
  mediaType: McpServerCardMediaType;
  /**
   * Whether this MCP server can be planned for installation, and if policy prevents it.
   */
  installability: CatalogMcpServerInstallability;
  /**
   * Display name taken verbatim from the card. Inert untrusted text.
   */
  displayName: string;
  /**
   * Description taken verbatim from the card. Inert untrusted text.
   */
  description?: string;
  /**
   * Publisher taken verbatim from the card. Inert untrusted text.
   */
  publisher?: string;
  /**
   * Where the card came from: exactly one of a URL or embedded data, encoded as a tagged union so neither both nor neither can be represented.
   */
  source: CatalogCandidateSource;
  /**
   * Where the catalog reference was observed, without the card itself or any content digest.
   */
  provenance: CatalogMcpServerCandidateProvenance;
  /**
   * Versioned trust metadata observed from the catalog authority. Optional for protocol-3 compatibility with runtimes that predate trust snapshots. A trust-capable runtime emits an explicit snapshot even when the authority omitted or malformed its trust field.
   */
  trust?: CatalogTrustSnapshot;
}

/**
 * Where and when an MCP server catalog reference was observed. Discovery provenance deliberately carries no content digest because search does not establish the exact validated content a later plan will bind.
 */
export interface CatalogMcpServerCandidateProvenance {
  /**
   * Host of the catalog authority that advertised the reference, without path, query, or credentials. Inert untrusted data.
   */
  authority: string;
  /**
   * ISO 8601 timestamp at which the runtime observed the catalog reference. This is not a retrieval or validation timestamp.
   */
  observedAt: string;
  /**
   * JSON MCP media type advertised for the referenced card.
   */
  mediaType: McpServerCardMediaType;
}

/**
 * Whether an MCP server candidate can be planned for installation
 */
export type CatalogMcpServerInstallability = "installable" | "not-installable-policy";

/**
 * Media type a catalog card is interpreted as
 */
export type CatalogMediaType =
  | "application/mcp-server-card+json"
  | "application/mcp-server+json"
  | "application/ai-skill";

/**
 * The protocol version and capability set the runtime actually honoured for a successful catalog operation.
 */
export interface CatalogNegotiatedContract {
  /**
   * Protocol version of the runtime that served the request.
   */
  runtimeProtocolVersion: number;
  /**
   * Wire features the runtime understood for this operation. Always a superset of the caller's required features, because any shortfall is a refusal instead. Operation availability remains a separate typed result.
   *
   * Items: A wire feature a caller can require of the catalog surface, negotiated per request. A grant means the runtime understands the feature's contract, not that the deployment has enabled the operation; typed unavailable results report availability separately.
   */
  grantedCapabilities: CatalogCapability[];
}

/**
 * The caller's protocol version or required capabilities cannot be honoured. Returned instead of a partial or ambiguous success.
 */
export interface CatalogNegotiationRefusedError {
  /**
   * Discriminator: capability or protocol-version negotiation failed
   */
  kind: "negotiation-refused";
  /**
   * Whether the version or the capability set was the problem.
   */
  reason: CatalogNegotiationRefusedReason;
  /**
   * Protocol version of the runtime that refused the request.
   */
  runtimeProtocolVersion: number;
  /**
   * Lowest caller protocol version this runtime will serve.
   */
  minimumSupportedProtocolVersion: number;
  /**
   * Capabilities this runtime can safely advertise to this caller. The complete five-capability protocol-3 legacy set is always present; every capability added after that baseline appears only when the caller required it, so an older closed-enum decoder can still consume a refusal. This list does not imply that every deployment has enabled every operation.
   *
   * @maxItems 32
   *
   * Items: Bounded extensible wire-feature identifier. Known values are described by `CatalogCapability`; newer callers may send future identifiers so an older runtime can return a typed negotiation refusal instead of failing schema validation. Capability negotiation establishes contract understanding, while each operation's result separately reports runtime availability.
   */
  supportedCapabilities: CatalogCapabilityId[];
  /**
   * The subset of the caller's bounded extensible capability identifiers this runtime cannot honour.
   *
   * @maxItems 32
   *
   * Items: Bounded extensible wire-feature identifier. Known values are described by `CatalogCapability`; newer callers may send future identifiers so an older runtime can return a typed negotiation refusal instead of failing schema validation. Capability negotiation establishes contract understanding, while each operation's result separately reports runtime availability.
   */
  unsupportedCapabilities: CatalogCapabilityId[];
  /**
   * Human-readable explanation, safe to surface. Never contains a query, URL, handle, or secret.
   */
  message: string;
}

/**
 * Why capability and protocol-version negotiation refused a caller
 */
export type CatalogNegotiationRefusedReason =
  | "unsupported-protocol-version"
  | "unsupported-capability";

/**
 * The runtime could not reach the catalog authority or retrieve a card. Covers being offline as well as transport-level failure.
 */
export interface CatalogNetworkFailureError {
  /**
   * Discriminator: the network operation failed
   */
  kind: "network-failure";
  /**
   * Categorised failure, low cardinality so it can be aggregated without carrying a URL.
   */
  reason: CatalogNetworkFailureReason;
  /**
   * HTTP status code, when the failure was a rejected response.
   */
  statusCode?: number;
  /**
   * Bounded cooldown in seconds before another catalog request should be attempted, when the authority supplied a numeric Retry-After value or the runtime applied its documented fallback.
   */
  retryAfterSeconds?: number;
  /**
   * Human-readable explanation, safe to surface. Never contains a query, URL, handle, or secret.
   */
  message: string;
}

/**
 * Categorised network failure, low cardinality so it can be aggregated without carrying a URL
 */
export type CatalogNetworkFailureReason =
  | "offline"
  | "dns"
  | "timeout"
  | "tls"
  | "connection-refused"
  | "proxy-authentication-required"
  | "rate-limited"
  | "service-unavailable"
  | "http-status"
  | "response-too-large"
  | "redirect-rejected";

/**
 * The candidate is discoverable but cannot be installed. `application/ai-skill` resolves here, because it stays searchable while remaining typed non-installable.
 */
export interface CatalogNotInstallableError {
  /**
   * Discriminator: the candidate cannot be installed
   */
  kind: "not-installable";
  /**
   * Why the candidate cannot be installed.
   */
  reason: CatalogNotInstallableReason;
  /**
   * Human-readable explanation, safe to surface. Never contains a query, URL, handle, or secret.
   */
  message: string;
}

/**
 * Why a discoverable candidate cannot be installed
 */
export type CatalogNotInstallableReason =
  | "kind-not-installable"
  | "ai-skill-not-installable"
  | "policy-forbids";

/**
 * Registry or enterprise policy refused the operation.
 */
export interface CatalogPolicyRejectedError {
  /**
   * Discriminator: policy refused the operation
   */
  kind: "policy-rejected";
  /**
   * Which authority produced the decision.
   */
  source: McpPlanPolicySource;
  /**
   * Human-readable explanation, safe to surface. Never contains a query, URL, handle, or secret.
   */
  message: string;
}

/**
 * A bounded catalog search. Both the query length and the result count are capped by the schema so a caller cannot request an unbounded scan.
 */
export interface CatalogSearchRequest {
  /**
   * Protocol version and capabilities the caller requires.
   */
  contract: CatalogClientContract;
  /**
   * Free-text search query. Persisted as tool input for session continuity, but omitted from telemetry.
   */
  query: string;
  /**
   * Maximum number of candidates to return. Defaults to 10 when omitted.
   */
  limit?: number;
  /**
   * Restrict results to these candidate kinds. When omitted, every kind the runtime supports is searched.
   *
   * @minItems 1
   * @maxItems 2
   *
   * Items: What kind of resource a catalog candidate describes
   */
  kinds?: CatalogCandidateKind[];
}

/**
 * Outcome of a catalog.search call: either bounded inert candidates, or one typed refusal. Never a partial success.
 */
export type CatalogSearchResult =
  | CatalogSearchSucceeded
  | CatalogNegotiationRefusedError
  | CatalogUnsupportedKindError
  | CatalogInvalidRequestError
  | CatalogAuthenticationRequiredError
  | CatalogPolicyRejectedError
  | CatalogNetworkFailureError
  | CatalogUnsafeRetrievalError
  | CatalogMalformedCardError
  | CatalogContractViolationError
  | CatalogUnavailableError;

/**
 * A completed catalog search: inert candidate summaries, each carrying a single-use handle.
 */
export interface CatalogSearchSucceeded {
  /**
   * Discriminator: the search completed
   */
  kind: "succeeded";
  /**
   * Pseudonymous identifier for this search, issued by the runtime or by the catalog authority it queried and never by the caller, so it cannot be forged or replayed to attribute an install to a search that never happened. Always present on a success, so a result set can be tied to the installs it leads to. It identifies a search rather than a person: it is derived from no user, account, device, or query data, and must never be joined with user identity to re-identify anyone.
   */
  searchId: string;
  /**
   * Matching candidates, never more than the requested limit. All text is inert untrusted data.
   *
   * @maxItems 50
   *
   * Items: One inert catalog result, represented as an MCP server or discovery-only AI skill variant so kind, media type, provenance, and installability cannot contradict each other.
   */
  candidates: CatalogCandidate[];
  /**
   * Whether further matches existed beyond the requested limit.
   */
  truncated: boolean;
  /**
   * Protocol version and capabilities the runtime honoured.
   */
  negotiated: CatalogNegotiatedContract;
}

/**
 * Authority-computed exposure eligibility, kept separate from tier. The current tier-only Agent Finder response maps to `unknown`, never to a locally inferred eligibility.
 */
export type CatalogTrustEligibility = "default" | "expanded" | "hidden" | "unknown";

/**
 * Where and when the runtime observed the trust metadata. Observation time is not the authority's evaluation time and must not be used to infer staleness.
 */
export interface CatalogTrustProvenance {
  /**
   * Bounded authority that supplied the trust field.
   */
  source: CatalogTrustSource;
  /**
   * ISO 8601 timestamp with a timezone offset at which the runtime observed the search result carrying this trust field.
   */
  observedAt: string;
}

/**
 * A versioned, bounded trust observation carried unchanged with a catalog candidate and its private handle context. Current observations require a recognised T1/T2 tier; every non-current state structurally forbids a tier. Eligibility remains `unknown` while Agent Finder supplies no exposure decision, and states absent from its current wire are never inferred from age, relevance, popularity, or a tier transition.
 */
export type CatalogTrustSnapshot =
  | CatalogTrustSnapshotCurrent
  | CatalogTrustSnapshotAbsent
  | CatalogTrustSnapshotStale
  | CatalogTrustSnapshotDowngraded
  | CatalogTrustSnapshotRevoked
  | CatalogTrustSnapshotUnsupported
  | CatalogTrustSnapshotMalformed;

/**
 * Discriminator: the authority omitted trust metadata.
 */
export interface CatalogTrustSnapshotAbsent {
  /**
   * Schema version of this runtime-owned snapshot envelope.
   */
  schemaVersion: CatalogTrustSnapshotSchemaVersion;
  /**
   * Discriminator: the authority omitted trust metadata.
   */
  status: CatalogTrustSnapshotAbsentStatus;
  /**
   * Service-computed exposure eligibility. `unknown` is required while Agent Finder returns no explicit eligibility field.
   */
  eligibility: CatalogTrustEligibility;
  /**
   * Bounded source and observation time for this snapshot. This is distinct from evidence used by the authority to calculate trust.
   */
  provenance: CatalogTrustProvenance;
}

/**
 * The authority omitted trust metadata.
 */
export type CatalogTrustSnapshotAbsentStatus = "absent";

/**
 * A recognised current Agent Finder T1 or T2 trust tier.
 */
export interface CatalogTrustSnapshotCurrent {
  /**
   * Schema version of this runtime-owned snapshot envelope.
   */
  schemaVersion: CatalogTrustSnapshotSchemaVersion;
  /**
   * Discriminator: a recognised current trust tier was observed.
   */
  status: CatalogTrustSnapshotCurrentStatus;
  /**
   * Service-computed T1 or T2 trust tier.
   */
  tier: CatalogTrustTier;
  /**
   * Service-computed exposure eligibility. `unknown` is required while Agent Finder returns no explicit eligibility field.
   */
  eligibility: CatalogTrustEligibility;
  /**
   * Bounded source and observation time for this snapshot. This is distinct from evidence used by the authority to calculate trust.
   */
  provenance: CatalogTrustProvenance;
}

/**
 * A recognised T1 or T2 service tier was observed.
 */
export type CatalogTrustSnapshotCurrentStatus = "current";

/**
 * Discriminator: the authority explicitly reported a downgraded assessment.
 */
export interface CatalogTrustSnapshotDowngraded {
  /**
   * Schema version of this runtime-owned snapshot envelope.
   */
  schemaVersion: CatalogTrustSnapshotSchemaVersion;
  /**
   * Discriminator: the authority explicitly reported a downgraded assessment.
   */
  status: CatalogTrustSnapshotDowngradedStatus;
  /**
   * Service-computed exposure eligibility. `unknown` is required while Agent Finder returns no explicit eligibility field.
   */
  eligibility: CatalogTrustEligibility;
  /**
   * Bounded source and observation time for this snapshot. This is distinct from evidence used by the authority to calculate trust.
   */
  provenance: CatalogTrustProvenance;
}

/**
 * The authority explicitly reported a downgraded assessment.
 */
export type CatalogTrustSnapshotDowngradedStatus = "downgraded";

/**
 * Discriminator: the trust field was empty, unbounded, or had the wrong JSON type.
 */
export interface CatalogTrustSnapshotMalformed {
  /**
   * Schema version of this runtime-owned snapshot envelope.
   */
  schemaVersion: CatalogTrustSnapshotSchemaVersion;
  /**
   * Discriminator: the trust field was empty, unbounded, or had the wrong JSON type.
   */
  status: CatalogTrustSnapshotMalformedStatus;
  /**
   * Service-computed exposure eligibility. `unknown` is required while Agent Finder returns no explicit eligibility field.
   */
  eligibility: CatalogTrustEligibility;
  /**
   * Bounded source and observation time for this snapshot. This is distinct from evidence used by the authority to calculate trust.
   */
  provenance: CatalogTrustProvenance;
}

/**
 * The trust field was empty, unbounded, or had the wrong JSON type.
 */
export type CatalogTrustSnapshotMalformedStatus = "malformed";

/**
 * Discriminator: the authority explicitly revoked the assessment.
 */
export interface CatalogTrustSnapshotRevoked {
  /**
   * Schema version of this runtime-owned snapshot envelope.
   */
  schemaVersion: CatalogTrustSnapshotSchemaVersion;
  /**
   * Discriminator: the authority explicitly revoked the assessment.
   */
  status: CatalogTrustSnapshotRevokedStatus;
  /**
   * Service-computed exposure eligibility. `unknown` is required while Agent Finder returns no explicit eligibility field.
   */
  eligibility: CatalogTrustEligibility;
  /**
   * Bounded source and observation time for this snapshot. This is distinct from evidence used by the authority to calculate trust.
   */
  provenance: CatalogTrustProvenance;
}

/**
 * The authority explicitly revoked its assessment.
 */
export type CatalogTrustSnapshotRevokedStatus = "revoked";

/**
 * Schema version of the catalogue trust snapshot envelope
 */
export type CatalogTrustSnapshotSchemaVersion = "v1";

/**
 * Discriminator: the authority explicitly marked the assessment stale.
 */
export interface CatalogTrustSnapshotStale {
  /**
   * Schema version of this runtime-owned snapshot envelope.
   */
  schemaVersion: CatalogTrustSnapshotSchemaVersion;
  /**
   * Discriminator: the authority explicitly marked the assessment stale.
   */
  status: CatalogTrustSnapshotStaleStatus;
  /**
   * Service-computed exposure eligibility. `unknown` is required while Agent Finder returns no explicit eligibility field.
   */
  eligibility: CatalogTrustEligibility;
  /**
   * Bounded source and observation time for this snapshot. This is distinct from evidence used by the authority to calculate trust.
   */
  provenance: CatalogTrustProvenance;
}

/**
 * The authority explicitly marked its assessment stale.
 */
export type CatalogTrustSnapshotStaleStatus = "stale";

/**
 * Discriminator: the authority supplied a bounded trust value this runtime does not understand.
 */
export interface CatalogTrustSnapshotUnsupported {
  /**
   * Schema version of this runtime-owned snapshot envelope.
   */
  schemaVersion: CatalogTrustSnapshotSchemaVersion;
  /**
   * Discriminator: the authority supplied a bounded trust value this runtime does not understand.
   */
  status: CatalogTrustSnapshotUnsupportedStatus;
  /**
   * Service-computed exposure eligibility. `unknown` is required while Agent Finder returns no explicit eligibility field.
   */
  eligibility: CatalogTrustEligibility;
  /**
   * Bounded source and observation time for this snapshot. This is distinct from evidence used by the authority to calculate trust.
   */
  provenance: CatalogTrustProvenance;
}

/**
 * The authority supplied a bounded trust value this runtime does not understand.
 */
export type CatalogTrustSnapshotUnsupportedStatus = "unsupported";

/**
 * Bounded authority that supplied a catalogue trust observation
 */
export type CatalogTrustSource = "agent-finder";

/**
 * Service-computed trust tier currently emitted by Agent Finder. It is independent of search score, popularity, and client-side ranking.
 */
export type CatalogTrustTier = "T1" | "T2";

/**
 * The operation is not available on this runtime. Distinct from a network failure: nothing was attempted.
 */
export interface CatalogUnavailableError {
  /**
   * Discriminator: the operation is not available
   */
  kind: "unavailable";
  /**
   * Why the operation is unavailable.
   */
  reason: CatalogUnavailableReason;
  /**
   * Human-readable explanation, safe to surface. Never contains a query, URL, handle, or secret.
   */
  message: string;
}

/**
 * Why a catalog operation is not available on this runtime
 */
export type CatalogUnavailableReason =
  | "search-unavailable"
  | "planning-unavailable"
  | "authority-not-configured"
  | "disabled-by-policy";

/**
 * No transport this runtime can use is available for the requested server.
 */
export interface CatalogUnavailableTransportError {
  /**
   * Discriminator: no usable transport is available
   */
  kind: "unavailable-transport";
  /**
   * Why no transport could be offered.
   */
  reason: CatalogUnavailableTransportReason;
  /**
   * Human-readable explanation, safe to surface. Never contains a query, URL, handle, or secret.
   */
  message: string;
}

/**
 * Why no usable transport could be offered
 */
export type CatalogUnavailableTransportReason =
  | "no-eligible-transport"
  | "transport-not-supported"
  | "remote-enumeration-unavailable";

/**
 * Retrieval was refused by the runtime's hardened fetch boundary before any request left the process, or before a redirect was followed.
 */
export interface CatalogUnsafeRetrievalError {
  /**
   * Discriminator: retrieval was refused as unsafe
   */
  kind: "unsafe-retrieval";
  /**
   * Which control refused the retrieval, low cardinality so it can be aggregated without carrying a URL.
   */
  reason: CatalogUnsafeRetrievalReason;
  /**
   * Human-readable explanation, safe to surface. Never contains the refused URL, nor a query, handle, or secret.
   */
  message: string;
}

/**
 * Which hardened-fetch control refused a retrieval
 */
export type CatalogUnsafeRetrievalReason =
  | "blocked-scheme"
  | "credentials-in-url"
  | "blocked-address"
  | "redirect-to-blocked-address"
  | "proxy-rejected"
  | "host-not-permitted";

/**
 * The request asked for a candidate kind this runtime does not serve.
 */
export interface CatalogUnsupportedKindError {
  /**
   * Discriminator: an unsupported candidate kind was requested
   */
  kind: "unsupported-kind";
  /**
   * The kinds from the request that are not supported.
   *
   * Items: What kind of resource a catalog candidate describes
   */
  requestedKinds: CatalogCandidateKind[];
  /**
   * Every candidate kind this runtime can serve.
   *
   * Items: What kind of resource a catalog candidate describes
   */
  supportedKinds: CatalogCandidateKind[];
  /**
   * Human-readable explanation, safe to surface. Never contains a query, URL, handle, or secret.
   */
  message: string;
}

/**
 * Client-owned, case-sensitive string metadata persisted with a local session. Clients should namespace keys by owner. Keys must be non-empty and at most 256 UTF-8 bytes; keys under `copilot/` and `github/` are reserved. Values may contain at most 16 KiB of UTF-8 data. A bag may contain at most 128 entries and its serialized sidecar may contain at most 64 KiB. The runtime stores but never interprets these values.
 */
export interface ClientMetadata {
  /** Entries, by key. */
  [k: string]: string;
}

/**
 * Why the runtime requests client-task cancellation.
 */
export type ClientTaskCancelReason = "cancel_requested" | "session_shutdown";

/**
 * Whether the client authoritatively confirmed its external work stopped.
 */
export interface ClientTaskCancelResult {
  /**
   * True only when the owner confirms that external work stopped before responding
   */
  cancelled: boolean;
}

/**
 * Slash commands available in the session, after applying any include/exclude filters.
 */
export interface CommandList {
  /**
   * Commands available in this session
   *
   * Items: Slash-command metadata with name, aliases, description, kind, input hint, execution allowance, and schedulability.
   */
  commands: SlashCommandInfo[];
}

/**
 * Indicates whether the pending client-handled command was completed successfully.
 */
export interface CommandsHandlePendingCommandResult {
  /**
   * Whether the command was handled successfully
   */
  success: boolean;
}

/**
 * Part of {@linkcode SessionCommandsInvokeParams} (the schema does not describe it).
 */
export type CommandsInvocationOrigin = "settings";

/**
 * Indicates whether the queued-command response was matched to a pending request.
 */
export interface CommandsRespondToQueuedCommandResult {
  /**
   * Whether a pending queued command with the given request ID was found and resolved. False when the request was already resolved, cancelled, or unknown.
   */
  success: boolean;
}

/**
 * Characters that, when typed in the composer, should trigger a `completions.request`. Empty when the session has no host-driven completions (e.g. local sessions, or a relay host that does not advertise `completionTriggerCharacters`).
 */
export interface CompletionsGetTriggerCharactersResult {
  /**
   * Trigger characters advertised by the host (e.g. `["@", "#"]`). Empty disables host-driven completions for the session.
   */
  triggerCharacters: string[];
}

/**
 * Host-driven completion items for the current composer input. Empty when the host returns no items or does not support completions.
 */
export interface CompletionsRequestResult {
  /**
   * Completion items in host-ranked order.
   *
   * Items: A single host-driven completion. Accepting an item replaces `[rangeStart, rangeEnd)` (UTF-16 code units) in the composer with `insertText`; when the range is absent, the active token around the cursor is replaced.
   */
  items: SessionCompletionItem[];
}

/**
 * Remote session connection parameters.
 */
export interface ConnectRemoteSessionParams {
  /**
   * Session ID to connect to.
   */
  sessionId: string;
}

/**
 * Metadata for a connected remote session.
 */
export interface ConnectedRemoteSessionMetadata {
  /**
   * SDK session ID for the connected remote session.
   */
  sessionId: string;
  /**
   * Optional friendly session name.
   */
  name?: string;
  /**
   * Optional session summary.
   */
  summary?: string;
  /**
   * Session start time as an ISO 8601 string.
   */
  startTime: string;
  /**
   * Last session update time as an ISO 8601 string.
   */
  modifiedTime: string;
  /**
   * Repository associated with the connected remote session.
   */
  repository: ConnectedRemoteSessionMetadataRepository;
  /**
   * Pull request number associated with the session.
   */
  pullRequestNumber?: number;
  /**
   * Original remote resource identifier.
   */
  resourceId?: string;
  /**
   * Neutral SDK discriminator for the connected remote session kind.
   */
  kind: ConnectedRemoteSessionMetadataKind;
  /**
   * Remote session staleness deadline as an ISO 8601 string.
   */
  staleAt?: string;
  /**
   * Remote session state returned by the backing service.
   */
  state?: string;
}

/**
 * Neutral SDK discriminator for the connected remote session kind.
 */
export type ConnectedRemoteSessionMetadataKind = "remote-session" | "coding-agent";

/**
 * Repository associated with the connected remote session.
 */
export interface ConnectedRemoteSessionMetadataRepository {
  /**
   * Repository owner or organization login.
   */
  owner: string;
  /**
   * Repository name.
   */
  name: string;
  /**
   * Branch associated with the remote session.
   */
  branch: string;
}

/**
 * Batch content-exclusion result. Callers must fail closed when policy evaluation is unavailable.
 */
export interface ContentExclusionCheckPathsResult {
  /**
   * Whether the session's policy service was available for the complete batch. When false, checks is empty and callers must treat every requested path as excluded.
   */
  available: boolean;
  /**
   * Per-path decisions in request order. Empty when available is false.
   *
   * Items: Content-exclusion decision for one requested path.
   */
  checks: ContentExclusionPathCheck[];
}

/**
 * Content-exclusion decision for one requested path.
 */
export interface ContentExclusionPathCheck {
  /**
   * The path supplied by the caller.
   */
  path: string;
  /**
   * Whether the session's complete content-exclusion policy excludes the path.
   */
  excluded: boolean;
}

/**
 * Controls how MCP tool result content is filtered: none leaves content unchanged, markdown sanitizes HTML while preserving Markdown-friendly output, and hidden_characters removes characters that can hide directives.
 */
export type ContentFilterMode = "none" | "markdown" | "hidden_characters";

/**
 * A single large message currently in context.
 */
export interface ContextHeaviestMessage {
  /**
   * Stable identifier for this message within the snapshot.
   */
  id: string;
  /**
   * Human-readable source label, e.g. `tool: bash` or `skill: tmux`. Presentation-only.
   */
  label: string;
  /**
   * Role of the chat message (`user`, `assistant`, or `tool`).
   */
  role: string;
  /**
   * Token count currently in context for this individual message.
   */
  tokens: number;
}

/**
 * Authentication-info variant for direct Copilot API token auth sourced from environment variables, with public GitHub host.
 */
export interface CopilotApiTokenAuthInfo {
  /**
   * Direct Copilot API authentication via the `GITHUB_COPILOT_API_TOKEN` + `COPILOT_API_URL` environment-variable pair. The token itself is read from the environment by the runtime, not carried in this struct.
   */
  type: "copilot-api-token";
  /**
   * Authentication host (always the public GitHub host).
   */
  host: "https://github.com";
  /**
   * Snapshot of the authenticated user's Copilot subscription info, if known. Mirrors the GitHub API `/copilot_internal/v2/token` user response shape — the runtime trusts this verbatim and does not re-fetch when set.
   */
  copilotUser?: CopilotUserResponse;
}

/**
 * Snapshot of the authenticated user's Copilot subscription info, if known. Mirrors the GitHub API `/copilot_internal/v2/token` user response shape — the runtime trusts this verbatim and does not re-fetch when set.
 */
export interface CopilotUserResponse {
  /**
   * GitHub login of the authenticated user.
   */
  login?: string;
  /**
   * Copilot access SKU identifier (e.g. `free_limited_copilot`, `copilot_for_business_seat_quota`) used to gate model and feature access.
   */
  access_type_sku?: string;
  /**
   * Opaque analytics tracking identifier for the user, forwarded from the Copilot API.
   */
  analytics_tracking_id?: string;
  /**
   * Date the Copilot seat was assigned to the user, if applicable.
   */
  assigned_date?: (undefined | string) | null;
  /**
   * Whether the user is eligible to sign up for the free/limited Copilot tier.
   */
  can_signup_for_limited?: boolean;
  /**
   * Whether Copilot chat is enabled for the user.
   */
  chat_enabled?: boolean;
  /**
   * Copilot plan name for the user (e.g. `individual`, `business`, `enterprise`).
   */
  copilot_plan?: string;
  /**
   * Whether `.copilotignore` content-exclusion support is enabled for the user.
   */
  copilotignore_enabled?: boolean;
  /**
   * Endpoint URLs from the raw Copilot `/copilot_internal/v2/token` user-response passthrough.
   */
  endpoints?: CopilotUserResponseEndpoints;
  /**
   * Logins of the organizations the user belongs to.
   */
  organization_login_list?: string[];
  /**
   * Organizations the user belongs to, each with an optional ID, login, and display name.
   */
  organization_list?:
    | (undefined | ({
      /**
       * Numeric database ID of the organization.
       */
      id?: number;
      /**
       * GitHub login of the organization.
       */
      login?: (undefined | string) | null;
      /**
       * Display name of the organization.
       */
      name?: (undefined | string) | null;
    } | null)[])
    | null;
  /**
   * Whether the Codex agent is enabled for the user.
   */
  codex_agent_enabled?: boolean;
  /**
   * Whether MCP (Model Context Protocol) support is enabled for the user.
   */
  is_mcp_enabled?: (undefined | boolean) | null;
  /**
   * Date the user's usage quota next resets, as a raw string from the Copilot API; see `quota_reset_date_utc` for the UTC-normalized value.
   */
  quota_reset_date?: string;
  /**
   * Quota snapshot map from the raw Copilot user-response passthrough, with chat, completions, premium-interactions, and other entries.
   */
  quota_snapshots?: CopilotUserResponseQuotaSnapshots;
  /**
   * Whether the user's telemetry is subject to restricted-data handling.
   */
  restricted_telemetry?: boolean;
  /**
   * Whether the user is a GitHub/Microsoft staff member.
   */
  is_staff?: boolean;
  /**
   * Raw passthrough of the Copilot API `te` flag for the user (an opaque server-side eligibility signal surfaced in telemetry); not otherwise interpreted by the runtime.
   */
  te?: boolean;
  /**
   * Whether the account is on usage-based (token/AI-credit) billing rather than a fixed premium-request quota.
   */
  token_based_billing?: boolean;
  /**
   * Whether the user is able to upgrade their Copilot plan.
   */
  can_upgrade_plan?: boolean;
  /**
   * UTC-normalized form of `quota_reset_date` (the date the user's usage quota next resets).
   */
  quota_reset_date_utc?: string;
  /**
   * Per-category quota allotments for free/limited-tier users, keyed by quota category.
   */
  limited_user_quotas?: {
    [k: string]: number;
  };
  /**
   * Date the free/limited-tier user's quotas next reset, as a raw string from the Copilot API.
   */
  limited_user_reset_date?: string;
  /**
   * Per-category monthly quota allotments, keyed by quota category.
   */
  monthly_quotas?: {
    [k: string]: number;
  };
  /**
   * Whether cloud session storage is enabled for the user.
   */
  cloud_session_storage_enabled?: boolean;
  /**
   * Whether CLI remote control is enabled for the user.
   */
  cli_remote_control_enabled?: boolean;
}

/**
 * Endpoint URLs from the raw Copilot `/copilot_internal/v2/token` user-response passthrough.
 */
export interface CopilotUserResponseEndpoints {
  /**
   * Copilot API endpoint URL.
   */
  api?: string;
  /**
   * Origin-tracker endpoint URL.
   */
  "origin-tracker"?: string;
  /**
   * Copilot proxy endpoint URL.
   */
  proxy?: string;
  /**
   * Copilot telemetry endpoint URL.
   */
  telemetry?: string;
  /**
   * Experimental-service endpoint URL.
   */
  exp?: string;
}

/**
 * Quota snapshot map from the raw Copilot user-response passthrough, with chat, completions, premium-interactions, and other entries.
 */
export interface CopilotUserResponseQuotaSnapshots {
  /**
   * Chat quota snapshot from the raw Copilot user-response passthrough, with entitlement, overage, remaining quota, reset, and billing fields.
   */
  chat?: CopilotUserResponseQuotaSnapshotsChat;
  /**
   * Completions quota snapshot from the raw Copilot user-response passthrough, with entitlement, overage, remaining quota, reset, and billing fields.
   */
  completions?: CopilotUserResponseQuotaSnapshotsCompletions;
  /**
   * Premium-interactions quota snapshot from the raw Copilot user-response passthrough, with entitlement, overage, remaining quota, reset, and billing fields.
   */
  premium_interactions?: CopilotUserResponseQuotaSnapshotsPremiumInteractions;
  /** Other properties. */
  [k: string]:
    | {
      entitlement?: number;
      overage_count?: number;
      overage_permitted?: boolean;
      percent_remaining?: number;
      quota_id?: string;
      quota_remaining?: number;
      remaining?: number;
      unlimited?: boolean;
      timestamp_utc?: string;
      has_quota?: boolean;
      quota_reset_at?: number;
      token_based_billing?: boolean;
    }
    | null
    | CopilotUserResponseQuotaSnapshotsChat
    | CopilotUserResponseQuotaSnapshotsCompletions
    | CopilotUserResponseQuotaSnapshotsPremiumInteractions
    | undefined;
}

/**
 * Chat quota snapshot from the raw Copilot user-response passthrough, with entitlement, overage, remaining quota, reset, and billing fields.
 */
export interface CopilotUserResponseQuotaSnapshotsChat {
  /**
   * Number of requests/units included in the entitlement for this period; `-1` denotes an unlimited entitlement.
   */
  entitlement?: number;
  /**
   * Count of additional pay-per-request usage consumed this period beyond the entitlement.
   */
  overage_count?: number;
  /**
   * Whether usage may continue at pay-per-request rates once the entitlement is exhausted.
   */
  overage_permitted?: boolean;
  /**
   * Percentage of the entitlement remaining at the snapshot timestamp.
   */
  percent_remaining?: number;
  /**
   * Identifier of the quota bucket this snapshot describes.
   */
  quota_id?: string;
  /**
   * Amount of quota remaining at the snapshot timestamp.
   */
  quota_remaining?: number;
  /**
   * Remaining entitlement/quota amount at the snapshot timestamp.
   */
  remaining?: number;
  /**
   * Whether the entitlement for this category is unlimited.
   */
  unlimited?: boolean;
  /**
   * UTC timestamp when this snapshot was captured.
   */
  timestamp_utc?: string;
  /**
   * Whether the user currently has quota available; when `false` and not unlimited, further requests are blocked until the quota resets.
   */
  has_quota?: boolean;
  /**
   * Unix epoch time, in seconds, when this quota next resets.
   */
  quota_reset_at?: number;
  /**
   * Whether this category uses usage-based (token/AI-credit) billing rather than a fixed premium-request count.
   */
  token_based_billing?: boolean;
}

/**
 * Completions quota snapshot from the raw Copilot user-response passthrough, with entitlement, overage, remaining quota, reset, and billing fields.
 */
export interface CopilotUserResponseQuotaSnapshotsCompletions {
  /**
   * Number of requests/units included in the entitlement for this period; `-1` denotes an unlimited entitlement.
   */
  entitlement?: number;
  /**
   * Count of additional pay-per-request usage consumed this period beyond the entitlement.
   */
  overage_count?: number;
  /**
   * Whether usage may continue at pay-per-request rates once the entitlement is exhausted.
   */
  overage_permitted?: boolean;
  /**
   * Percentage of the entitlement remaining at the snapshot timestamp.
   */
  percent_remaining?: number;
  /**
   * Identifier of the quota bucket this snapshot describes.
   */
  quota_id?: string;
  /**
   * Amount of quota remaining at the snapshot timestamp.
   */
  quota_remaining?: number;
  /**
   * Remaining entitlement/quota amount at the snapshot timestamp.
   */
  remaining?: number;
  /**
   * Whether the entitlement for this category is unlimited.
   */
  unlimited?: boolean;
  /**
   * UTC timestamp when this snapshot was captured.
   */
  timestamp_utc?: string;
  /**
   * Whether the user currently has quota available; when `false` and not unlimited, further requests are blocked until the quota resets.
   */
  has_quota?: boolean;
  /**
   * Unix epoch time, in seconds, when this quota next resets.
   */
  quota_reset_at?: number;
  /**
   * Whether this category uses usage-based (token/AI-credit) billing rather than a fixed premium-request count.
   */
  token_based_billing?: boolean;
}

/**
 * Premium-interactions quota snapshot from the raw Copilot user-response passthrough, with entitlement, overage, remaining quota, reset, and billing fields.
 */
export interface CopilotUserResponseQuotaSnapshotsPremiumInteractions {
  /**
   * Number of requests/units included in the entitlement for this period; `-1` denotes an unlimited entitlement.
   */
  entitlement?: number;
  /**
   * Count of additional pay-per-request usage consumed this period beyond the entitlement.
   */
  overage_count?: number;
  /**
   * Whether usage may continue at pay-per-request rates once the entitlement is exhausted.
   */
  overage_permitted?: boolean;
  /**
   * Percentage of the entitlement remaining at the snapshot timestamp.
   */
  percent_remaining?: number;
  /**
   * Identifier of the quota bucket this snapshot describes.
   */
  quota_id?: string;
  /**
   * Amount of quota remaining at the snapshot timestamp.
   */
  quota_remaining?: number;
  /**
   * Remaining entitlement/quota amount at the snapshot timestamp.
   */
  remaining?: number;
  /**
   * Whether the entitlement for this category is unlimited.
   */
  unlimited?: boolean;
  /**
   * UTC timestamp when this snapshot was captured.
   */
  timestamp_utc?: string;
  /**
   * Whether the user currently has quota available; when `false` and not unlimited, further requests are blocked until the quota resets.
   */
  has_quota?: boolean;
  /**
   * Unix epoch time, in seconds, when this quota next resets.
   */
  quota_reset_at?: number;
  /**
   * Whether this category uses usage-based (token/AI-credit) billing rather than a fixed premium-request count.
   */
  token_based_billing?: boolean;
}

/**
 * The session's authoritative model snapshot. Auto preference fields are configuration for the virtual `auto` model and do not change the selected model identifier. The context tier reflects `Session.getContextTier()`, restored from the session journal on resume.
 */
export interface CurrentModel {
  /**
   * Currently active model identifier
   */
  modelId?: string;
  /**
   * Reasoning effort level currently applied to the active model, when one is set. Reads `Session.getReasoningEffort()` synchronously after `getSelectedModel()` resolves so the two values are reported as a snapshot.
   */
  reasoningEffort?: string;
  /**
   * Context tier for models that support multiple context-window sizes.
   */
  contextTier?: ContextTier;
  /**
   * Auto preference currently committed for the session. This can remain available while another model is selected so a later switch to `auto` can reuse it.
   */
  autoTier?: AutoTier;
  /**
   * Latest unclaimed Auto preference waiting for a future user turn. Null means the pending request is returning to provider-default routing.
   */
  pendingAutoTier?: AutoTier | null;
  /**
   * Auto preference currently claimed by an in-progress activation. Null means the activation is returning to provider-default routing.
   */
  activatingAutoTier?: AutoTier | null;
}

/**
 * Lightweight metadata for a currently initialized session tool
 */
export interface CurrentToolMetadata {
  /**
   * Model-facing tool name
   */
  name: string;
  /**
   * Optional MCP/config namespaced tool name
   */
  namespacedName?: string;
  /**
   * MCP server name for MCP-backed tools
   */
  mcpServerName?: string;
  /**
   * Raw MCP tool name for MCP-backed tools
   */
  mcpToolName?: string;
  /**
   * Tool description
   */
  description: string;
  /**
   * JSON Schema for tool input
   */
  input_schema?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * Whether the tool is loaded on demand via tool search
   */
  deferLoading?: boolean;
}

/**
 * A file included in the session debug bundle.
 */
export interface DebugCollectLogsCollectedEntry {
  /**
   * Relative path of the file in the staged bundle/archive.
   */
  bundlePath: string;
  /**
   * Source category for this entry.
   */
  source: DebugCollectLogsSource;
  /**
   * Redacted output size in bytes.
   */
  sizeBytes: number;
}

/**
 * Destination for the session debug bundle.
 */
export type DebugCollectLogsDestination = {
  /**
   * Absolute or server-relative path for the .tgz archive to create.
   */
  outputPath: string;
  /**
   * When true, create the archive atomically without overwriting an existing file by appending ` (N)` before the extension as needed. Defaults to false.
   */
  noOverwrite?: boolean;
  /**
   * Destination variant discriminator.
   */
  kind: "archive";
} | {
  /**
   * Directory where files should be staged. The directory is created if needed.
   */
  outputDirectory: string;
  /**
   * Destination variant discriminator.
   */
  kind: "directory";
};

/**
 * A caller-provided server-local file or directory to include in the debug bundle.
 */
export interface DebugCollectLogsEntry {
  /**
   * Kind of source path to include.
   */
  kind: DebugCollectLogsEntryKind;
  /**
   * Server-local source path to read.
   */
  path: string;
  /**
   * Relative path to use inside the staged bundle/archive.
   */
  bundlePath: string;
  /**
   * How text content from this entry should be redacted. Defaults to plain-text. With none, no redaction is applied; the caller must ensure any necessary redaction is performed before this call.
   */
  redaction?: DebugCollectLogsRedaction;
  /**
   * When true, collection fails if this entry cannot be read. Defaults to false, which records the entry in `skippedEntries`.
   */
  required?: boolean;
}

/**
 * Kind of caller-provided debug log entry.
 */
export type DebugCollectLogsEntryKind = "file" | "directory";

/**
 * Built-in session diagnostics to include in the bundle. Omitted fields default to true.
 */
export interface DebugCollectLogsInclude {
  /**
   * Include the session event log (`events.jsonl`). Defaults to true.
   */
  events?: boolean;
  /**
   * Include process logs for the session. Defaults to true.
   */
  processLogs?: boolean;
  /**
   * Include interactive shell logs written under the session's `shell-logs` directory. Defaults to true.
   */
  shellLogs?: boolean;
  /**
   * Server-local path to the session's events.jsonl file. Internal callers normally omit this and let the runtime derive it from the session.
   */
  eventsPath?: string;
  /**
   * Server-local path to the current process log. When set, it is included as `process.log` and its directory is searched for prior logs from the same session.
   */
  currentProcessLogPath?: string;
  /**
   * Server-local process log directory to search when `currentProcessLogPath` is unavailable, useful for collecting logs for inactive sessions.
   */
  processLogDirectory?: string;
  /**
   * Maximum number of previous process logs to include. Defaults to 5.
   */
  previousProcessLogLimit?: number;
}

/**
 * How a collected debug entry should be redacted before being staged.
 */
export type DebugCollectLogsRedaction = "plain-text" | "events-jsonl" | "none";

/**
 * Result of collecting a session debug bundle.
 */
export interface DebugCollectLogsResult {
  /**
   * Destination kind that was written.
   */
  kind: DebugCollectLogsResultKind;
  /**
   * Actual archive path or staging directory path written. This may differ from the requested path when no-overwrite suffixing or fallback-to-temp-directory was needed.
   */
  path: string;
  /**
   * Files included in the bundle.
   *
   * Items: A file included in the session debug bundle.
   */
  entries: DebugCollectLogsCollectedEntry[];
  /**
   * Optional files or directories that could not be included.
   *
   * Items: An optional debug bundle entry that could not be included.
   */
  skippedEntries?: DebugCollectLogsSkippedEntry[];
}

/**
 * Destination kind that was written.
 */
export type DebugCollectLogsResultKind = "archive" | "directory";

/**
 * An optional debug bundle entry that could not be included.
 */
export interface DebugCollectLogsSkippedEntry {
  /**
   * Relative path requested for this bundle entry.
   */
  bundlePath: string;
  /**
   * Server-local source path that could not be read.
   */
  path?: string;
  /**
   * Reason the entry was skipped.
   */
  reason: string;
}

/**
 * Source category for a collected debug bundle entry.
 */
export type DebugCollectLogsSource = "events" | "process-log" | "shell-log" | "additional";

/**
 * Canvas available in the current session.
 */
export interface DiscoveredCanvas {
  /**
   * Human-readable canvas name
   */
  displayName: string;
  /**
   * Short, single-sentence description shown to the agent in canvas catalogs.
   */
  description: string;
  /**
   * Host-local PNG path for the canvas icon, when supplied
   */
  icon?: string;
  /**
   * JSON Schema for canvas open input
   */
  inputSchema?: CanvasJsonSchema;
  /**
   * Actions the agent or host may invoke on an open instance
   *
   * Items: Canvas action that the agent or host can invoke. To discover the input schema for a particular action, call the list_canvas_capabilities tool.
   */
  actions?: CanvasAction[];
  /**
   * Owning provider identifier
   */
  extensionId: string;
  /**
   * Owning extension display name, when available
   */
  extensionName?: string;
  /**
   * Provider-local canvas identifier
   */
  canvasId: string;
}

/**
 * Discovered extension metadata and persistent enablement state.
 */
export interface DiscoveredExtension {
  /**
   * Source-qualified ID accepted by both server and session extension enablement methods
   */
  id: string;
  /**
   * Human-readable extension name
   */
  name: string;
  /**
   * Absolute path to the extension entry module, suitable for revealing it in a file manager
   */
  path: string;
  /**
   * Discovery source
   */
  source: DiscoveredExtensionSource;
  /**
   * Whether this extension's persistent per-ID preference is enabled
   */
  enabled: boolean;
  /**
   * Containing plugin metadata for plugin-contributed extensions
   */
  plugin?: DiscoveredExtensionPlugin;
}

/**
 * Effective extension loading and agent-management mode
 */
export type DiscoveredExtensionMode = "disabled" | "load_only" | "load_and_augment";

/**
 * Installed plugin that contributes a discovered extension.
 */
export interface DiscoveredExtensionPlugin {
  /**
   * Installed plugin name
   */
  name: string;
}

/**
 * Persisted extension discovery source
 */
export type DiscoveredExtensionSource = "user" | "plugin";

/**
 * Extensions discovered from persisted Copilot home state and their effective loading mode. Launch-scoped additional plugins are not included.
 */
export interface DiscoveredExtensions {
  /**
   * Discovered user and enabled installed-plugin extensions from persisted Copilot home state
   *
   * Items: Discovered extension metadata and persistent enablement state.
   */
  extensions: DiscoveredExtension[];
  /**
   * Effective extension loading mode. Defaults to load_and_augment when unset.
   */
  mode: DiscoveredExtensionMode;
}

/**
 * Source-qualified extension identifiers to persistently disable for future sessions.
 */
export interface DiscoveredExtensionsDisableRequest {
  /**
   * Source-qualified user or plugin extension IDs to disable
   */
  ids: string[];
}

/**
 * Source-qualified extension identifiers to persistently enable for future sessions.
 */
export interface DiscoveredExtensionsEnableRequest {
  /**
   * Source-qualified user or plugin extension IDs to enable
   */
  ids: string[];
}

/**
 * One server-discovered hook action from user, repository, plugin, or managed-policy configuration.
 */
export interface DiscoveredHook {
  /**
   * Deterministic identifier for this server-discovered action row. It remains stable while the project, origin, source, event, action content, and duplicate ordinal are unchanged. This is row identity, not the key persisted in disabledHooks.
   */
  id: string;
  /**
   * Hook event that invokes this action.
   */
  hookType: HookType;
  /**
   * Configuration tier that contributed this hook action.
   */
  origin: HookOrigin;
  /**
   * Human-readable source label, such as a hook file path, settings source, or plugin name.
   */
  source?: string;
  /**
   * Input project path for which this server-side action was resolved. Set on every row returned for project-scoped discovery, including repeated user and policy actions.
   */
  projectPath?: string;
  /**
   * Whether this action is enabled under the server-side discovery settings. Concrete sessions may differ because they can add session-specific directories, plugins, or trust. False when its disable key is present in the user's disabled-hooks setting or disable-all settings suppress the action.
   */
  enabled: boolean;
  /**
   * Durable content hash used by hook enablement. Identical actions may intentionally share this key. Omitted when changing the user's disabled-hooks setting cannot change the action's current server-discovered state, including managed-policy hooks, session-start prompt actions, actions suppressed by disable-all settings, and projectless plugin actions that require project-directory expansion.
   */
  disableKey?: string;
}

/**
 * MCP server discovered by `mcp.discover`, with config source, optional plugin source, transport type, and enabled state.
 */
export interface DiscoveredMcpServer {
  /**
   * Server name (config key)
   */
  name: string;
  /**
   * Server transport type: stdio, http, sse (deprecated), or memory
   */
  type?: DiscoveredMcpServerType;
  /**
   * Configuration source: user, workspace, plugin, or builtin
   */
  source: McpServerSource;
  /**
   * Plugin name that provided this server, when source is plugin.
   */
  sourcePlugin?: string;
  /**
   * Plugin version that provided this server, when source is plugin.
   */
  sourcePluginVersion?: string;
  /**
   * Canonical identity and location of the effective server declaration.
   */
  effectiveSource?: McpSourceRef;
  /**
   * Whether the server is enabled (not in the disabled list)
   */
  enabled: boolean;
}

/**
 * Server transport type: stdio, http, sse (deprecated), or memory
 */
export type DiscoveredMcpServerType = "stdio" | "http" | "sse" | "memory";

/**
 * Indicates whether the command was accepted into the local execution queue.
 */
export interface EnqueueCommandResult {
  /**
   * True when the command was accepted into the local execution queue. False when the call targets a session that does not support local command queueing (e.g. remote sessions).
   */
  queued: boolean;
}

/**
 * Authentication-info input variant for a token sourced from an environment variable, with host, optional login, token, and env var name.
 */
export interface EnvAuthInfo {
  /**
   * Personal access token (PAT) or server-to-server token sourced from an environment variable.
   */
  type: "env";
  /**
   * Authentication host (e.g. https://github.com or a GHES host).
   */
  host: string;
  /**
   * User login associated with the token. Undefined for server-to-server tokens (those starting with `ghs_`).
   */
  login?: string;
  /**
   * The token value itself. Treat as a secret.
   */
  token: string;
  /**
   * Name of the environment variable the token was sourced from.
   */
  envVar: string;
  /**
   * Snapshot of the authenticated user's Copilot subscription info, if known. Mirrors the GitHub API `/copilot_internal/v2/token` user response shape — the runtime trusts this verbatim and does not re-fetch when set.
   */
  copilotUser?: CopilotUserResponse;
}

/**
 * Indicates whether the operation succeeded.
 */
export interface EventLogReleaseInterestResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
}

/**
 * Snapshot of the current tail cursor without returning any events. Use this when a consumer wants to subscribe to live events going forward without first paginating through the entire persisted history (which would happen if `read` were called without a cursor on a long-lived session).
 */
export interface EventLogTailResult {
  /**
   * Opaque cursor pointing at the current tail of the session's persisted-events history. Pass back to `read` to receive only events that arrive AFTER this snapshot. When the session has no events, this returns the same sentinel as an unset cursor (i.e. equivalent to omitting the cursor on a first read).
   */
  cursor: string;
}

/**
 * Either '*' to receive all event types, or a non-empty list of event types to receive
 */
export type EventLogTypes = "*" | string[];

/**
 * Agent-scope filter: 'primary' returns only main-agent events plus events whose type starts with 'subagent.' (matching the typed-subscription default behavior); 'all' returns events from all agents (matching wildcard-subscription behavior). Default is 'all' to preserve wildcard semantics for catch-up callers.
 */
export type EventsAgentScope = "primary" | "all";

/**
 * Cursor status: 'ok' means the read succeeded against the requested history; 'expired' means the requested continuation is unavailable. Recovery is endpoint-specific: session.eventLog.read returns a boundary window of remaining active history that may overlap prior pages, while sessions.readPersistedEvents returns an empty terminal page and never switches journal generations. An expired persisted read is not successful completion; a complete persisted snapshot requires cursorStatus 'ok' and hasMore false.
 */
export type EventsCursorStatus = "ok" | "expired";

/**
 * Direction to page through the session's persisted event history. 'forward' pages from the cursor toward newer events; 'backward' returns the newest window first (tail-first) and pages toward older events. Events within a returned batch are always chronological (oldest-to-newest), even for a backward read.
 */
export type EventsReadDirection = "forward" | "backward";

/**
 * Batch of session events returned by a read, with cursor and continuation metadata.
 */
export interface EventsReadResult {
  /**
   * Session events for this batch, merged into a single stream in creation order: durable (persisted) events and ephemeral events interleave exactly as they were emitted. Set `includeEphemeral: false` to receive only durable events. Ephemeral events are never replayable once pruned from the in-memory ring, so a consumer that needs them should keep reading with a non-zero `waitMs`. For a backward (tail-first) read, the returned window contains persisted events only, still in chronological (oldest-to-newest) append order.
   */
  events: SessionEvent[];
  /**
   * Opaque cursor for the next read. Pass back unchanged in the next read.cursor to continue from where this read left off. Always present, even when no events were returned. For a backward read this cursor pages toward OLDER events; keep passing `direction: backward` with it (the cursor is also self-describing, so backward paging continues correctly).
   */
  cursor: string;
  /**
   * True when more events are available in the read's direction. For a backward read, true means older persisted events remain before the returned window. A persisted-event page may contain fewer than `max` events because of its byte budget while still reporting hasMore true; continue according to this flag rather than the event count.
   */
  hasMore: boolean;
  /**
   * Cursor status: 'ok' means the cursor was applied successfully. For session.eventLog.read, 'expired' means the cursor referred to an event that no longer exists in active history and the read fell back to a boundary of the remaining history: the beginning for a forward read or the newest window for a backward read. That fallback may overlap already rendered events, so active-session consumers should reset, rebase, or deduplicate before continuing. sessions.readPersistedEvents has stricter snapshot semantics: 'expired' returns an empty terminal page and never switches to a replacement journal generation. Other persisted-read I/O failures are RPC errors with diagnostics, not cursor expiry.
   */
  cursorStatus: EventsCursorStatus;
}

/**
 * Error message produced while executing the command, if any.
 */
export interface ExecuteCommandResult {
  /**
   * Error message produced while executing the command, if any. Omitted when the handler succeeded.
   */
  error?: string;
}

/**
 * Discovered extension metadata, including source-qualified ID, name, discovery source, status, and optional process ID.
 */
export interface Extension {
  /**
   * Source-qualified ID (e.g., 'project:my-ext', 'user:auth-helper', 'plugin:my-plugin:my-ext')
   */
  id: string;
  /**
   * Extension name (directory name)
   */
  name: string;
  /**
   * Discovery source: project (.github/extensions/), user (~/.copilot/extensions/), plugin (installed plugin), or session (session-state/<id>/extensions/)
   */
  source: ExtensionSource;
  /**
   * Current status: running, disabled, failed, or starting
   */
  status: ExtensionStatus;
  /**
   * Process ID if the extension is running
   */
  pid?: number;
}

/**
 * Slim input shape for extension_context attachments; identity fields are runtime-derived.
 */
export interface ExtensionContextPushInput {
  /**
   * Attachment type discriminator
   */
  type: "extension_context";
  /**
   * Human-readable composer pill label
   */
  title: string;
  /**
   * Caller-supplied JSON payload (required, may be null but not undefined)
   */
  payload: {
    [k: string]: unknown;
  };
}

/**
 * Opaque integrator-owned process launch profile for one extension entrypoint.
 */
export interface ExtensionLaunchProfile {
  /**
   * Executable used to launch the extension entrypoint.
   */
  executable: string;
  /**
   * Opaque integrator-defined arguments passed to the executable. The runtime does not append the extension entrypoint.
   */
  args: string[];
  /**
   * Opaque integrator-defined environment variables. Runtime-owned COPILOT_SDK_PATH, SESSION_ID, and COPILOT_EXTENSION_PARENT_PID values take precedence.
   */
  env: {
    [k: string]: string;
  };
}

/**
 * A discovered extension entrypoint that the registered integrator may classify and resolve to an opaque launch profile.
 */
export interface ExtensionLaunchProviderResolveRequest {
  /**
   * Source-qualified extension identifier.
   */
  id: string;
  /**
   * Human-readable extension name.
   */
  name: string;
  /**
   * Absolute path to the discovered extension entrypoint.
   */
  modulePath: string;
  /**
   * Discovery source for the extension entrypoint.
   */
  source: ExtensionSource;
}

/**
 * The launch profile for a supported entrypoint. Omit launch when the provider does not support the entrypoint.
 */
export interface ExtensionLaunchProviderResolveResult {
  /**
   * Opaque launch profile, omitted when this provider does not support the entrypoint.
   */
  launch?: ExtensionLaunchProfile;
}

/**
 * Extensions discovered for the session, with their current status.
 */
export interface ExtensionList {
  /**
   * Discovered extensions and their current status
   *
   * Items: Discovered extension metadata, including source-qualified ID, name, discovery source, status, and optional process ID.
   */
  extensions: Extension[];
}

/**
 * Discovery source: project (.github/extensions/), user (~/.copilot/extensions/), plugin (installed plugin), or session (session-state/<id>/extensions/)
 */
export type ExtensionSource = "project" | "user" | "plugin" | "session";

/**
 * Current status: running, disabled, failed, or starting
 */
export type ExtensionStatus = "running" | "disabled" | "failed" | "starting";

/**
 * Tool call result (string or expanded result object)
 */
export type ExternalToolResult = string | ExternalToolTextResultForLlm;

/**
 * Expanded external tool result payload
 */
export interface ExternalToolTextResultForLlm {
  /**
   * Text result returned to the model
   */
  textResultForLlm: string;
  /**
   * Execution outcome classification. Optional for back-compat; normalized to 'success' (or 'failure' when error is present) when missing or unrecognized.
   */
  resultType?: string;
  /**
   * Optional error message for failed executions
   */
  error?: string;
  /**
   * Detailed log content for timeline display
   */
  sessionLog?: string;
  /**
   * Optional tool-specific telemetry
   */
  toolTelemetry?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * Base64-encoded binary results returned to the model
   *
   * Items: Binary result returned by a tool for the model
   */
  binaryResultsForLlm?: ExternalToolTextResultForLlmBinaryResultsForLlm[];
  /**
   * Structured content blocks from the tool
   *
   * Items: A content block within a tool result, which may be text, terminal output, image, audio, or a resource
   */
  contents?: ExternalToolTextResultForLlmContent[];
  /**
   * Tool references returned by a tool-search override: names of deferred tools to surface to the model. When set, the tool result is materialized as `tool_reference` content blocks (rather than plain text) so the model knows which deferred tools are now available.
   */
  toolReferences?: string[];
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Binary result returned by a tool for the model
 */
export interface ExternalToolTextResultForLlmBinaryResultsForLlm {
  /**
   * Binary result type discriminator. Use "image" for images and "resource" for other binary data.
   */
  type: ExternalToolTextResultForLlmBinaryResultsForLlmType;
  /**
   * Base64-encoded binary data
   */
  data: string;
  /**
   * MIME type of the binary data
   */
  mimeType: string;
  /**
   * Human-readable description of the binary data
   */
  description?: string;
  /**
   * Optional metadata from the producing tool.
   */
  metadata?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}

/**
 * Binary result type discriminator. Use "image" for images and "resource" for other binary data.
 */
export type ExternalToolTextResultForLlmBinaryResultsForLlmType = "image" | "resource";

/**
 * A content block within a tool result, which may be text, terminal output, image, audio, or a resource
 */
export type ExternalToolTextResultForLlmContent =
  | ExternalToolTextResultForLlmContentText
  | ExternalToolTextResultForLlmContentTerminal
  | ExternalToolTextResultForLlmContentShellExit
  | ExternalToolTextResultForLlmContentImage
  | ExternalToolTextResultForLlmContentAudio
  | ExternalToolTextResultForLlmContentResourceLink
  | ExternalToolTextResultForLlmContentResource;

/**
 * Audio content block with base64-encoded data
 */
export interface ExternalToolTextResultForLlmContentAudio {
  /**
   * Content block type discriminator
   */
  type: "audio";
  /**
   * Base64-encoded audio data
   */
  data: string;
  /**
   * MIME type of the audio (e.g., audio/wav, audio/mpeg)
   */
  mimeType: string;
}

/**
 * Image content block with base64-encoded data
 */
export interface ExternalToolTextResultForLlmContentImage {
  /**
   * Content block type discriminator
   */
  type: "image";
  /**
   * Base64-encoded image data
   */
  data: string;
  /**
   * MIME type of the image (e.g., image/png, image/jpeg)
   */
  mimeType: string;
}

/**
 * Embedded resource content block with inline text or binary data
 */
export interface ExternalToolTextResultForLlmContentResource {
  /**
   * Content block type discriminator
   */
  type: "resource";
  /**
   * The embedded resource contents, either text or base64-encoded binary
   */
  resource: ExternalToolTextResultForLlmContentResourceDetails;
}

/**
 * The embedded resource contents, either text or base64-encoded binary
 */
export type ExternalToolTextResultForLlmContentResourceDetails =
  | EmbeddedTextResourceContents
  | EmbeddedBlobResourceContents;

/**
 * Resource link content block referencing an external resource
 */
export interface ExternalToolTextResultForLlmContentResourceLink {
  /**
   * Icons associated with this resource
   *
   * Items: Icon image for a resource
   */
  icons?: ExternalToolTextResultForLlmContentResourceLinkIcon[];
  /**
   * Resource name identifier
   */
  name: string;
  /**
   * Human-readable display title for the resource
   */
  title?: string;
  /**
   * URI identifying the resource
   */
  uri: string;
  /**
   * Human-readable description of the resource
   */
  description?: string;
  /**
   * MIME type of the resource content
   */
  mimeType?: string;
  /**
   * Size of the resource in bytes
   */
  size?: number;
  /**
   * Content block type discriminator
   */
  type: "resource_link";
}

/**
 * Icon image for a resource
 */
export interface ExternalToolTextResultForLlmContentResourceLinkIcon {
  /**
   * URL or path to the icon image
   */
  src: string;
  /**
   * MIME type of the icon image
   */
  mimeType?: string;
  /**
   * Available icon sizes (e.g., ['16x16', '32x32'])
   */
  sizes?: string[];
  /**
   * Theme variant this icon is intended for
   */
  theme?: ExternalToolTextResultForLlmContentResourceLinkIconTheme;
}

/**
 * Theme variant this icon is intended for
 */
export type ExternalToolTextResultForLlmContentResourceLinkIconTheme = "light" | "dark";

/**
 * Shell command exit metadata with optional output preview
 */
export interface ExternalToolTextResultForLlmContentShellExit {
  /**
   * Content block type discriminator
   */
  type: "shell_exit";
  /**
   * Shell id, as assigned by Copilot runtime
   */
  shellId: string;
  /**
   * Exit code from the completed shell command
   */
  exitCode: number;
  /**
   * Working directory where the shell command was executed
   */
  cwd?: string;
  /**
   * Output associated with this shell command, if available. May be partial, truncated, or a preview; not guaranteed to be full output.
   */
  outputPreview?: string;
  /**
   * Whether outputPreview is known to be incomplete or truncated
   */
  outputTruncated?: boolean;
  /**
   * Path reported in the shell session's filesystem namespace when shell output exceeded the configured large-output threshold.
   */
  outputFilePath?: string;
}

/**
 * Terminal/shell output content block with optional exit code and working directory
 */
export interface ExternalToolTextResultForLlmContentTerminal {
  /**
   * Content block type discriminator
   */
  type: "terminal";
  /**
   * Terminal/shell output text
   */
  text: string;
  /**
   * Process exit code, if the command has completed
   */
  exitCode?: number;
  /**
   * Working directory where the command was executed
   */
  cwd?: string;
}

/**
 * Plain text content block
 */
export interface ExternalToolTextResultForLlmContentText {
  /**
   * Content block type discriminator
   */
  type: "text";
  /**
   * The text content
   */
  text: string;
}

/**
 * Parameters for cooperatively aborting a factory body.
 */
export interface FactoryAbortParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Opaque token identifying the execution attempt to abort.
   */
  executionToken: string;
}

/**
 * Acknowledgement that a factory request was accepted.
 */
export type FactoryAckResult = Record<string, never>;

/**
 * Options for one factory-scoped subagent call.
 */
export interface FactoryAgentOptions {
  /**
   * Optional label distinguishing otherwise identical memoized agent calls.
   */
  label?: string;
  /**
   * Optional JSON Schema for structured agent output.
   */
  schema?: {
    [k: string]: unknown;
  };
  /**
   * Optional model identifier for the subagent.
   */
  model?: string;
  /**
   * Optional reasoning effort override for the subagent.
   */
  reasoningEffort?: string;
  /**
   * Optional context tier override for the subagent.
   */
  contextTier?: ContextTier;
  /**
   * Optional built-in or custom agent name whose definition configures the subagent.
   */
  agent?: string;
}

/**
 * Result of one factory-scoped subagent call.
 */
export interface FactoryAgentResult {
  /**
   * Agent result, omitted when the agent produced no result.
   */
  result?: {
    [k: string]: unknown;
  };
}

/**
 * Prompt-safe durable identity and live status for a direct factory agent.
 */
export interface FactoryAgentSummary {
  /**
   * Stable direct-agent identifier.
   */
  agentId: string;
  /**
   * Tool-call identifier that launched the agent.
   */
  toolCallId: string;
  /**
   * Owning factory run identifier.
   */
  runId: string;
  /**
   * Phase identifier active when the agent was launched, or null.
   */
  phaseId: string | null;
  /**
   * Friendly, non-unique name intended for display
   */
  label: string;
  /**
   * Friendly, non-unique name intended for display
   */
  displayName?: string;
  /**
   * Registered agent type.
   */
  agentType: string;
  /**
   * Current durable or live agent status.
   */
  status: string;
  /**
   * Model requested when the agent was launched.
   */
  requestedModel?: string;
  /**
   * Concrete model resolved for the agent.
   */
  resolvedModel?: string;
  /**
   * Epoch milliseconds when the agent started.
   */
  startedAt?: number;
  /**
   * Epoch milliseconds when the agent completed.
   */
  completedAt?: number;
  /**
   * Accumulated active agent time in milliseconds.
   */
  activeMs: number;
  /**
   * Prompt-safe live activity text.
   */
  activity?: string;
}

/**
 * Current factory phase identity.
 */
export interface FactoryCurrentPhase {
  /**
   * Current phase identifier.
   */
  id: string;
  /**
   * Zero-based declared phase ordinal, or null for an undeclared phase.
   */
  ordinal: number | null;
}

/**
 * Declared or approved factory resource ceilings.
 */
export interface FactoryDeclaredLimits {
  /**
   * Maximum concurrently active subagents.
   */
  maxConcurrentSubagents?: number;
  /**
   * Maximum total subagents spawned by the run.
   */
  maxTotalSubagents?: number;
  /**
   * Maximum accumulated active execution time in seconds.
   */
  timeoutSeconds?: number;
  /**
   * Maximum AI credits consumed by subagents and descendants.
   */
  maxAiCredits?: number;
}

/**
 * Execution-critical factory storage operation.
 */
export type FactoryDurableOperation =
  | "createRun"
  | "markRunStarted"
  | "finishRun"
  | "reserveAgent"
  | "releaseAgent"
  | "chargeCredit"
  | "addElapsed"
  | "reconcileCreditTotal"
  | "journalGet"
  | "journalPut"
  | "refreshLease";

/**
 * Parameters sent to the owning extension to execute a factory closure.
 */
export interface FactoryExecuteParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Registered factory name.
   */
  name: string;
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Opaque token identifying this factory execution attempt.
   */
  executionToken: string;
  /**
   * Factory input value.
   */
  args: {
    [k: string]: unknown;
  };
}

/**
 * Result returned by an extension factory closure.
 */
export interface FactoryExecuteResult {
  /**
   * Factory result value.
   */
  result?: {
    [k: string]: unknown;
  };
}

/**
 * Result of reading a factory journal entry.
 */
export interface FactoryJournalGetResult {
  /**
   * Whether the journal contained the requested key.
   */
  hit: boolean;
  /**
   * Cached JSON result. The hit field distinguishes a cached JSON null from a miss.
   */
  resultJson?: {
    [k: string]: unknown;
  };
}

/**
 * A page of factory runs in durable creation order.
 */
export interface FactoryListRunsResult {
  /**
   * Factory run summaries in durable creation order.
   *
   * Items: Durable factory run summary with read-time live overlays.
   */
  runs: FactoryRunSummary[];
  /**
   * Oldest terminal-run cursor in this page, or null when the terminal window is empty.
   */
  oldestSeq?: number | null;
  /**
   * Newest terminal-run cursor in this page, or null when the terminal window is empty.
   */
  newestSeq?: number | null;
  /**
   * Whether terminal runs newer than this page exist.
   */
  hasMoreNewer?: boolean;
  /**
   * Number of terminal runs older than this page.
   */
  omittedOlder?: number;
}

/**
 * One ordered factory progress line.
 */
export interface FactoryLogLine {
  /**
   * Monotonic sequence number within the factory run.
   */
  seq: number;
  /**
   * Progress line kind.
   */
  kind: FactoryLogLineKind;
  /**
   * Progress text.
   */
  text: string;
}

/**
 * Kind of factory progress line.
 */
export type FactoryLogLineKind = "log" | "phase";

/**
 * Durable metadata describing who initiated a factory pause.
 */
export type FactoryPauseInfo = {
  /**
   * Factory pause initiator discriminator.
   */
  type: "user";
  [k: string]: unknown;
} | {
  /**
   * Stable author-defined checkpoint key that initiated the pause.
   */
  key: string;
  /**
   * Factory pause initiator discriminator.
   */
  type: "checkpoint";
  [k: string]: unknown;
};

/**
 * Durable lifecycle and timing for one factory phase.
 */
export interface FactoryPhaseObservation {
  /**
   * Phase identifier.
   */
  id: string;
  /**
   * Zero-based declared phase ordinal, or null for an undeclared phase.
   */
  ordinal: number | null;
  /**
   * Human-readable phase title.
   */
  title: string;
  /**
   * Optional human-readable phase detail.
   */
  detail?: string;
  /**
   * Derived lifecycle state of the phase.
   */
  status: FactoryPhaseStatus;
  /**
   * Most recent run attempt that entered this phase, or `0` if the phase has never been entered.
   */
  lastEnteredRunAttempt: number;
  /**
   * Number of times execution entered this phase.
   */
  entryCount: number;
  /**
   * Epoch milliseconds when this phase first started; for a skipped phase, the synthetic skip timestamp (equal to `completedAt`).
   */
  startedAt?: number;
  /**
   * Epoch milliseconds when this phase completed; for a skipped phase, the synthetic skip timestamp (equal to `startedAt`).
   */
  completedAt?: number;
  /**
   * Completed active time accumulated by this phase in milliseconds.
   */
  accumulatedActiveMs: number;
  /**
   * Current live active time for this phase in milliseconds.
   */
  currentActiveMs: number;
  /**
   * Total direct agents associated with this phase.
   */
  totalAgentCount: number;
  /**
   * Direct agents in this phase that are currently live.
   */
  liveAgentCount: number;
}

/**
 * Derived lifecycle state of a factory phase.
 */
export type FactoryPhaseStatus = "pending" | "active" | "completed" | "skipped";

/**
 * One durable factory progress record.
 */
export interface FactoryProgressLine {
  /**
   * Global monotonic sequence number within the run.
   */
  seq: number;
  /**
   * Resume attempt that emitted this record.
   */
  attempt: number;
  /**
   * Phase active when the record was emitted, or null before any phase.
   */
  phaseId: string | null;
  /**
   * Epoch milliseconds when the record was persisted.
   */
  recordedAt: number;
  /**
   * Progress record kind.
   */
  kind: FactoryLogLineKind;
  /**
   * Prompt-safe progress text.
   */
  text: string;
}

/**
 * A bidirectional page of factory progress.
 */
export interface FactoryProgressPage {
  /**
   * Progress records in sequence order.
   *
   * Items: One durable factory progress record.
   */
  records: FactoryProgressLine[];
  /**
   * Oldest sequence number in this page, or null when empty.
   */
  oldestSeq: number | null;
  /**
   * Newest sequence number in this page, or null when empty.
   */
  newestSeq: number | null;
  /**
   * Whether progress records older than this page exist.
   */
  hasMoreOlder: boolean;
  /**
   * Whether progress records newer than this page exist.
   */
  hasMoreNewer: boolean;
  /**
   * Run revision reflected by this page.
   */
  revision: number;
}

/**
 * Resolved persisted factory identity and resumed run envelope.
 */
export interface FactoryResumeResult {
  /**
   * Persisted factory name resolved for the resumed run.
   */
  factoryName: string;
  /**
   * Terminal resumed run envelope.
   */
  run: FactoryRunResult;
}

/**
 * Durable factory resource consumption.
 */
export interface FactoryRunConsumed {
  /**
   * Accumulated active execution time in milliseconds.
   */
  activeMs: number;
  /**
   * Total subagents spawned by the run.
   */
  subagents: number;
  /**
   * AI usage consumed by the run in nano-AIU.
   */
  nanoAiu: number;
}

/**
 * Full factory run observability detail.
 */
export interface FactoryRunDetail {
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Registered factory name.
   */
  factoryName: string;
  /**
   * Human-readable factory description.
   */
  description: string;
  /**
   * Current factory run status.
   */
  status: FactoryRunStatus;
  /**
   * Monotonic durable run revision.
   */
  revision: number;
  /**
   * Epoch milliseconds when the run was created.
   */
  createdAt: number;
  /**
   * Epoch milliseconds when execution first started, or null before start.
   */
  startedAt: number | null;
  /**
   * Epoch milliseconds when the durable run was last updated.
   */
  updatedAt: number;
  /**
   * Epoch milliseconds when the run completed, or null while nonterminal.
   */
  completedAt: number | null;
  /**
   * Current phase identity, or null before any phase is entered.
   */
  currentPhase: FactoryCurrentPhase | null;
  /**
   * Number of phases declared by the factory.
   */
  declaredPhaseCount: number;
  /**
   * Number of direct factory agents currently live.
   */
  liveAgentCount: number;
  /**
   * Total direct factory agents spawned across all attempts.
   */
  totalSpawnedAgentCount: number;
  /**
   * Durable resource consumption.
   */
  consumed: FactoryRunConsumed;
  /**
   * Resource ceilings declared by the factory.
   */
  declaredLimits: FactoryDeclaredLimits;
  /**
   * Approved effective resource ceilings, or null until approved.
   */
  approved: FactoryDeclaredLimits | null;
  /**
   * Epoch milliseconds when this live-overlay snapshot was observed.
   */
  observedAt: number;
  /**
   * Epoch milliseconds when the current active segment started, or null while inactive.
   */
  activeSegmentStartedAt: number | null;
  /**
   * Terminal run outcome, or null while nonterminal.
   */
  terminal: FactoryRunTerminal | null;
  /**
   * Whether the durable run state currently passes runtime resume eligibility checks.
   */
  canResume: boolean;
  /**
   * Lifecycle and timing observations for each factory phase.
   *
   * Items: Durable lifecycle and timing for one factory phase.
   */
  phases: FactoryPhaseObservation[];
  /**
   * Durable identities and live statuses for direct factory agents.
   *
   * Items: Prompt-safe durable identity and live status for a direct factory agent.
   */
  agents: FactoryAgentSummary[];
  /**
   * Bidirectional page of durable factory progress.
   */
  progress: FactoryProgressPage;
}

/**
 * Machine-readable factory run failure.
 */
export type FactoryRunFailure = {
  /**
   * Resource ceiling that stopped the run.
   */
  kind: FactoryRunFailureKind;
  /**
   * Approved effective ceiling that was reached.
   */
  value: number;
  /**
   * Suggested larger ceiling when the runtime can derive one safely.
   */
  suggestedValue?: number;
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Factory failure variant discriminator.
   */
  type: "factory_limit_reached";
} | {
  /**
   * Factory run identifier whose changed limits were declined.
   */
  runId: string;
  /**
   * Human-readable reason the resume did not proceed.
   */
  reason: string;
  /**
   * Factory failure variant discriminator.
   */
  type: "factory_resume_declined";
} | {
  /**
   * Stable failure code.
   */
  code: string;
  /**
   * Execution-critical durable operation that failed.
   */
  operation: FactoryDurableOperation;
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Factory failure variant discriminator.
   */
  type: "factory_durable_failure";
} | {
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Confirmed usage in nano-AIU, representing the floor of what the run spent.
   */
  drainedNanoAiu: number;
  /**
   * Factory failure variant discriminator.
   */
  type: "factory_accounting_incomplete";
} | {
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Factory failure variant discriminator.
   */
  type: "factory_provider_disconnected";
};

/**
 * Cumulative resource ceiling that stopped a factory run.
 */
export type FactoryRunFailureKind = "maxTotalSubagents" | "timeoutSeconds" | "maxAiCredits";

/**
 * Wire-only per-invocation factory resource ceiling overrides.
 */
export interface FactoryRunLimits {
  /**
   * Maximum number of factory subagents that may run concurrently.
   */
  maxConcurrentSubagents?: number | null;
  /**
   * Maximum total number of factory subagents that may be admitted.
   */
  maxTotalSubagents?: number | null;
  /**
   * Maximum accumulated active-execution time in seconds. Active execution includes the entire extension body, subprocess waits, queued-agent waits, and sleeps; time between resumed attempts is not counted.
   */
  timeoutSeconds?: number | null;
  /**
   * Maximum AI credits consumed by factory subagents and their descendants. The post-paid ceiling is soft: parallel turns can settle beyond it before the run stops.
   */
  maxAiCredits?: number | null;
}

/**
 * Complete current or terminal factory run envelope.
 */
export interface FactoryRunResult {
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * One-based execution attempt represented by this envelope. Absent before the first attempt starts or when returned by an older runtime.
   */
  attempt?: number;
  /**
   * Current or terminal factory run status.
   */
  status: FactoryRunStatus;
  /**
   * Completed factory result.
   */
  result?: {
    [k: string]: unknown;
  };
  /**
   * Error message for an errored run.
   */
  error?: string;
  /**
   * Machine-readable failure details for a halted or errored run.
   */
  failure?: FactoryRunFailure;
  /**
   * Reason for a halted or cancelled run.
   */
  reason?: string;
  /**
   * Partial journal and progress snapshot for a halted, cancelled, or errored run.
   */
  snapshot?: {
    [k: string]: unknown;
  };
  /**
   * Structured pause initiator metadata for a paused attempt.
   */
  pauseInfo?: FactoryPauseInfo;
}

/**
 * Current or terminal state of a factory run.
 */
export type FactoryRunStatus =
  | "pending"
  | "running"
  | "completed"
  | "halted"
  | "paused"
  | "cancelled"
  | "error";

/**
 * Durable factory run summary with read-time live overlays.
 */
export interface FactoryRunSummary {
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Registered factory name.
   */
  factoryName: string;
  /**
   * Human-readable factory description.
   */
  description: string;
  /**
   * Current factory run status.
   */
  status: FactoryRunStatus;
  /**
   * Monotonic durable run revision.
   */
  revision: number;
  /**
   * Epoch milliseconds when the run was created.
   */
  createdAt: number;
  /**
   * Epoch milliseconds when execution first started, or null before start.
   */
  startedAt: number | null;
  /**
   * Epoch milliseconds when the durable run was last updated.
   */
  updatedAt: number;
  /**
   * Epoch milliseconds when the run completed, or null while nonterminal.
   */
  completedAt: number | null;
  /**
   * Current phase identity, or null before any phase is entered.
   */
  currentPhase: FactoryCurrentPhase | null;
  /**
   * Number of phases declared by the factory.
   */
  declaredPhaseCount: number;
  /**
   * Number of direct factory agents currently live.
   */
  liveAgentCount: number;
  /**
   * Total direct factory agents spawned across all attempts.
   */
  totalSpawnedAgentCount: number;
  /**
   * Durable resource consumption.
   */
  consumed: FactoryRunConsumed;
  /**
   * Resource ceilings declared by the factory.
   */
  declaredLimits: FactoryDeclaredLimits;
  /**
   * Approved effective resource ceilings, or null until approved.
   */
  approved: FactoryDeclaredLimits | null;
  /**
   * Epoch milliseconds when this live-overlay snapshot was observed.
   */
  observedAt: number;
  /**
   * Epoch milliseconds when the current active segment started, or null while inactive.
   */
  activeSegmentStartedAt: number | null;
  /**
   * Terminal run outcome, or null while nonterminal.
   */
  terminal: FactoryRunTerminal | null;
  /**
   * Whether the durable run state currently passes runtime resume eligibility checks.
   */
  canResume: boolean;
}

/**
 * Prompt-safe terminal factory outcome.
 */
export interface FactoryRunTerminal {
  /**
   * Human-readable terminal reason.
   */
  reason?: string;
  /**
   * Machine-readable terminal failure.
   */
  failure?: FactoryRunFailure;
  /**
   * Human-readable terminal error.
   */
  error?: string;
  /**
   * Prompt-safe preview of the completed result.
   */
  resultPreview?: string;
  /**
   * Pause initiator metadata, or null when the run did not pause.
   */
  pauseInfo: FactoryPauseInfo | null;
}

/**
 * Content filtering mode to apply to all tools, or a map of tool name to content filtering mode.
 */
export type FilterMapping = {
  /**
   * Controls how MCP tool result content is filtered: none leaves content unchanged, markdown sanitizes HTML while preserving Markdown-friendly output, and hidden_characters removes characters that can hide directives.
   */
  [k: string]: ContentFilterMode;
} | ContentFilterMode;

/**
 * Indicates whether fleet mode was successfully activated.
 */
export interface FleetStartResult {
  /**
   * Whether fleet mode was successfully activated
   */
  started: boolean;
}

/**
 * Folder trust check result.
 */
export interface FolderTrustCheckResult {
  /**
   * Whether the folder is trusted
   */
  trusted: boolean;
}

/**
 * Authentication-info input variant for GitHub CLI credentials, carrying host, login, and the `gh auth token` value.
 */
export interface GhCliAuthInfo {
  /**
   * Authentication via the `gh` CLI's saved credentials.
   */
  type: "gh-cli";
  /**
   * Authentication host.
   */
  host: string;
  /**
   * User login as reported by `gh auth status`.
   */
  login: string;
  /**
   * The token returned by `gh auth token`. Treat as a secret.
   */
  token: string;
  /**
   * Snapshot of the authenticated user's Copilot subscription info, if known. Mirrors the GitHub API `/copilot_internal/v2/token` user response shape — the runtime trusts this verbatim and does not re-fetch when set.
   */
  copilotUser?: CopilotUserResponse;
}

/**
 * Client environment metadata describing the process that produced a telemetry event.
 */
export interface GitHubTelemetryClientInfo {
  /**
   * Copilot CLI version string.
   */
  cli_version: string;
  /**
   * Operating system platform (e.g. darwin, linux, win32).
   */
  os_platform: string;
  /**
   * Operating system version string.
   */
  os_version: string;
  /**
   * Operating system architecture (e.g. arm64, x64).
   */
  os_arch: string;
  /**
   * Node.js runtime version string.
   */
  node_version: string;
  /**
   * Copilot subscription plan, when known.
   */
  copilot_plan?: string;
  /**
   * Type of client.
   */
  client_type?: string;
  /**
   * Name of the client application.
   */
  client_name?: string;
  /**
   * Whether the user is a GitHub/Microsoft staff member.
   */
  is_staff?: boolean;
  /**
   * Stable machine identifier for the device.
   */
  dev_device_id?: string;
  /**
   * Distinct CPU model names for the host, comma-separated.
   */
  cpu_model?: string;
  /**
   * Number of logical CPU cores on the host.
   */
  cpu_count?: number;
}

/**
 * A single telemetry event in the runtime's native GitHub-shaped telemetry format, forwarded verbatim to opted-in hosts. The `restricted` flag on the enclosing GitHubTelemetryNotification distinguishes standard from restricted events; the payload shape is identical for both.
 */
export interface GitHubTelemetryEvent {
  /**
   * Event type/kind (e.g. get_completion_with_tools_turn, tool_call_executed).
   */
  kind: string;
  /**
   * Timestamp when the event was created (ISO 8601 format).
   */
  created_at?: string;
  /**
   * Reference to the model call that produced this event.
   */
  model_call_id?: string;
  /**
   * String-valued properties as a map from key to value.
   */
  properties: {
    [k: string]: string;
  };
  /**
   * Numeric metrics as a map from key to value.
   */
  metrics: {
    [k: string]: number;
  };
  /**
   * Experiment assignment context.
   */
  exp_assignment_context?: string;
  /**
   * Feature flags enabled for this session, as a map from flag to value.
   */
  features?: {
    [k: string]: string;
  };
  /**
   * Session identifier the event belongs to.
   */
  session_id?: string;
  /**
   * Copilot tracking ID for user-level attribution.
   */
  copilot_tracking_id?: string;
  /**
   * Client environment metadata.
   */
  client?: GitHubTelemetryClientInfo;
}

/**
 * Payload for a `gitHubTelemetry.event` notification: a single GitHub telemetry event the runtime forwards to a host connection that opted into telemetry forwarding during the `server.connect` handshake.
 */
export interface GitHubTelemetryNotification {
  /**
   * Session the telemetry event belongs to, when it is session-scoped. Omitted for sessionless events (for example, `server.sendTelemetry` calls with no session id), which are still forwarded to opted-in connections.
   */
  sessionId?: string;
  /**
   * Whether this is a restricted telemetry event (cli.restricted_telemetry). Hosts must route restricted events to first-party Microsoft stores only.
   */
  restricted: boolean;
  /**
   * The telemetry event, in the runtime's native GitHub-shaped telemetry format.
   */
  event: GitHubTelemetryEvent;
}

/**
 * Why the runtime is requesting a GitHub credential.
 */
export type GitHubTokenAcquireReason = "initial" | "refresh";

/**
 * Asks the SDK client to acquire a GitHub access token from an opaque callback registration.
 */
export interface GitHubTokenAcquireRequest {
  /**
   * Opaque identifier generated by the SDK for this callback registration.
   */
  registrationId: string;
  /**
   * Effective GitHub host for which the callback must return a token.
   */
  host: string;
  /**
   * Session receiving the token. Absent only before a cloud session has been assigned its id.
   */
  sessionId?: string;
  /**
   * Why the runtime is requesting a GitHub credential.
   */
  reason: GitHubTokenAcquireReason;
}

/**
 * SDK host response to a GitHub credential request.
 */
export type GitHubTokenAcquireResult = {
  /**
   * GitHub access token acquired by the SDK host.
   */
  accessToken: string;
  /**
   * OAuth token type. Defaults to bearer when omitted.
   */
  tokenType?: string;
  /**
   * Remaining token lifetime in seconds when callback execution completes. It must exceed the one-hour preflight refresh threshold.
   */
  expiresIn: number;
  /**
   * GitHub credential response variant discriminator.
   */
  kind: "token";
  [k: string]: unknown;
} | {
  /**
   * GitHub credential response variant discriminator.
   */
  kind: "cancelled";
  [k: string]: unknown;
};

/**
 * Authentication-info input variant for GitHub-internal HMAC auth, carrying the public GitHub host and HMAC secret.
 */
export interface HMACAuthInfo {
  /**
   * HMAC-based authentication used by GitHub-internal services.
   */
  type: "hmac";
  /**
   * Authentication host. HMAC auth always targets the public GitHub host.
   */
  host: "https://github.com";
  /**
   * HMAC secret used to sign requests.
   */
  hmac: string;
  /**
   * Snapshot of the authenticated user's Copilot subscription info, if known. Mirrors the GitHub API `/copilot_internal/v2/token` user response shape — the runtime trusts this verbatim and does not re-fetch when set.
   */
  copilotUser?: CopilotUserResponse;
}

/**
 * Indicates whether the external tool call result was handled successfully.
 */
export interface HandlePendingToolCallResult {
  /**
   * Whether the tool call result was handled successfully
   */
  success: boolean;
}

/**
 * Indicates whether an in-progress manual compaction was aborted.
 */
export interface HistoryAbortManualCompactionResult {
  /**
   * Whether an in-progress manual compaction was aborted. False when no manual compaction was running, when its abort controller was already aborted, or when the session is remote.
   */
  aborted: boolean;
}

/**
 * Indicates whether an in-progress background compaction was cancelled.
 */
export interface HistoryCancelBackgroundCompactionResult {
  /**
   * Whether an in-progress background compaction was cancelled. False when no compaction was running, when the session is remote, or when the underlying processor was unavailable.
   */
  cancelled: boolean;
}

/**
 * What a successful clear removed. A clear that could not be applied rejects instead of reporting a count.
 */
export interface HistoryClearContextResult {
  /**
   * Number of non-system, non-developer messages that were removed from the conversation. Zero only when the window already held no conversation.
   */
  messagesCleared: number;
}

/**
 * Post-compaction context window usage breakdown
 */
export interface HistoryCompactContextWindow {
  /**
   * Maximum token count for the model's context window
   */
  tokenLimit: number;
  /**
   * Current total tokens in the context window (system + conversation + tool definitions)
   */
  currentTokens: number;
  /**
   * Current number of messages in the conversation
   */
  messagesLength: number;
  /**
   * Token count from system message(s)
   */
  systemTokens?: number;
  /**
   * Token count from non-system messages (user, assistant, tool)
   */
  conversationTokens?: number;
  /**
   * Token count from tool definitions
   */
  toolDefinitionsTokens?: number;
}

/**
 * Compaction outcome with the number of tokens and messages removed, summary text, and the resulting context window breakdown.
 */
export interface HistoryCompactResult {
  /**
   * Whether compaction completed successfully
   */
  success: boolean;
  /**
   * Number of tokens freed by compaction
   */
  tokensRemoved: number;
  /**
   * Number of messages removed during compaction
   */
  messagesRemoved: number;
  /**
   * Summary text produced by compaction. Omitted when compaction did not produce a summary (e.g. failure path).
   */
  summaryContent?: string;
  /**
   * Post-compaction context window usage breakdown
   */
  contextWindow?: HistoryCompactContextWindow;
}

/**
 * Reason a captured file was not restored.
 */
export type HistoryFileRestoreSkipReason = "user-modified" | "skipped-capture";

/**
 * Rewind points and file-change-tracking availability for the session.
 */
export interface HistoryListRewindPointsResult {
  /**
   * Whether this session captured file changes from its first turn.
   */
  fileChangeTrackingEnabled: boolean;
  /**
   * Why the listed points could not be produced, when applicable; the points list is empty whenever it is set. `unsupported-remote-session` is permanent for the session and comes with `fileChangeTrackingEnabled: false`. `session-busy` is transient and only ever reported by a session that *is* tracking (`fileChangeTrackingEnabled: true`), because the file-change captures cannot be read while work that may still mutate them is in flight; the same request succeeds once the session settles, so a client that wants points should retry rather than treat it as a failure. It is never `file-change-tracking-disabled`: an untracked local session still lists conversation-only points and reports that through `fileChangeTrackingEnabled: false`.
   */
  unavailableReason?: HistoryRewindUnavailableReason;
  /**
   * Root user turns in chronological order. Empty when `unavailableReason` is set.
   *
   * Items: A root user turn that the session can rewind to.
   */
  points: HistoryRewindPoint[];
}

/**
 * Files and aggregate changes for a prospective rewind.
 */
export interface HistoryPreviewRewindResult {
  /**
   * Whether file restore is available for this session. This is authoritative: switch on it and read `reason` only when it is false.
   */
  available: boolean;
  /**
   * Why file restore is unavailable, when applicable. Populated only when `available` is false and never set when `available` is true.
   */
  reason?: HistoryRewindUnavailableReason;
  /**
   * Number of unique files in the preview.
   */
  fileCount: number;
  /**
   * Files ordered by path.
   *
   * Items: A file that a conversation-and-files rewind would restore.
   */
  files: HistoryRewindFilePreview[];
}

/**
 * Aggregate file change represented by a rewind preview.
 */
export type HistoryRewindChangeType = "created" | "deleted" | "modified";

/**
 * A file that a conversation-and-files rewind would restore.
 */
export interface HistoryRewindFilePreview {
  /**
   * Absolute path of the captured file.
   */
  path: string;
  /**
   * Aggregate change made across the discarded turns.
   */
  changeType: HistoryRewindChangeType;
  /**
   * Lines added across the discarded turns.
   */
  linesAdded: number;
  /**
   * Lines removed across the discarded turns.
   */
  linesRemoved: number;
}

/**
 * Scope of a rewind operation.
 */
export type HistoryRewindMode = "conversation" | "conversation-and-files";

/**
 * Outcome of a rewind request.
 */
export type HistoryRewindOutcome =
  | "success"
  | "session-busy"
  | "file-change-tracking-disabled"
  | "unsupported-remote-session"
  | "files-rolled-back"
  | "rollback-incomplete"
  | "truncation-failed"
  | "checkpoint-cleanup-failed"
  | "snapshot-prune-failed";

/**
 * A root user turn that the session can rewind to.
 */
export interface HistoryRewindPoint {
  /**
   * ID of the user.message event that begins the discarded suffix.
   */
  eventId: string;
  /**
   * User-visible message text for the turn.
   */
  userMessage: string;
  /**
   * ISO timestamp of the user turn.
   */
  timestamp: string;
  /**
   * Whether at least one file in this turn or a later turn can be restored.
   */
  canRestoreFiles: boolean;
  /**
   * Number of unique files in this turn and all later turns that have captured changes.
   */
  fileCount: number;
  /**
   * Whether this turn itself captured any file changes.
   */
  turnChangedFiles: boolean;
  /**
   * Lines added by this turn's captured file changes.
   */
  linesAdded: number;
  /**
   * Lines removed by this turn's captured file changes.
   */
  linesRemoved: number;
  /**
   * Whether this turn was an automatically injected autopilot continuation.
   */
  isAutopilotContinuation: boolean;
}

/**
 * Structured outcome of a rewind request.
 */
export interface HistoryRewindResult {
  /**
   * Overall rewind outcome. This discriminates the result: it governs which of the remaining fields are populated, so consumers must switch on it before reading `eventsRemoved`, `restoredFiles`, `skippedFiles`, or `error`. See each field for the outcomes that populate it.
   */
  outcome: HistoryRewindOutcome;
  /**
   * Number of persisted events removed by conversation truncation. Present only when truncation succeeded (outcomes `success`, `checkpoint-cleanup-failed`, and `snapshot-prune-failed`); omitted for every unavailable outcome (`session-busy`, `file-change-tracking-disabled`, `unsupported-remote-session`) and for `truncation-failed`, `files-rolled-back`, and `rollback-incomplete`.
   */
  eventsRemoved?: number;
  /**
   * Absolute paths restored to their captured preimages. Always empty for conversation-only rewinds and for the unavailable outcomes (`session-busy`, `file-change-tracking-disabled`, `unsupported-remote-session`); only conversation-and-files outcomes that reached the file-restore stage populate it.
   */
  restoredFiles: string[];
  /**
   * Captured files intentionally left unchanged. Always empty for conversation-only rewinds and for the unavailable outcomes (`session-busy`, `file-change-tracking-disabled`, `unsupported-remote-session`); only conversation-and-files outcomes that reached the file-restore stage populate it.
   *
   * Items: A captured file that rewind intentionally left unchanged.
   */
  skippedFiles: HistorySkippedFileRestore[];
  /**
   * Failure detail. Set only for the failure and partial-failure outcomes (`files-rolled-back`, `rollback-incomplete`, `truncation-failed`, `checkpoint-cleanup-failed`, `snapshot-prune-failed`); omitted for `success` and for the unavailable outcomes (`session-busy`, `file-change-tracking-disabled`, `unsupported-remote-session`).
   */
  error?: string;
}

/**
 * Reason a rewind read (rewind points, file-restore preview, or session diff) could not be answered from the session's file-change captures.
 */
export type HistoryRewindUnavailableReason =
  | "file-change-tracking-disabled"
  | "session-busy"
  | "unsupported-remote-session";

/**
 * A captured file that rewind intentionally left unchanged.
 */
export interface HistorySkippedFileRestore {
  /**
   * Absolute path of the skipped file.
   */
  path: string;
  /**
   * Reason the file was not restored.
   */
  reason: HistoryFileRestoreSkipReason;
}

/**
 * Markdown summary of the conversation context (empty when not available).
 */
export interface HistorySummarizeForHandoffResult {
  /**
   * Markdown summary of the conversation context produced by an LLM. Empty string when there are no messages or when the session does not support local summarization.
   */
  summary: string;
}

/**
 * Number of events that were removed by the truncation.
 */
export interface HistoryTruncateResult {
  /**
   * Number of events that were removed
   */
  eventsRemoved: number;
  /**
   * True when conversation truncation succeeded but post-truncation workspace checkpoint cleanup failed. History is already truncated; callers may still prune snapshots but should report a checkpoint-cleanup rather than a truncation failure.
   */
  checkpointCleanupFailed?: boolean;
  /**
   * Failure detail when checkpointCleanupFailed is true.
   */
  checkpointCleanupError?: string;
}

/**
 * Configuration tier that contributed a discovered hook action.
 */
export type HookOrigin = "user" | "repository" | "plugin" | "policy";

/**
 * Hook event name. Discovery emits the file-configurable subset; SDK callbacks additionally support callback-only events.
 */
export type HookType =
  | "preToolUse"
  | "preMcpToolCall"
  | "postToolUse"
  | "postToolUseFailure"
  | "userPromptSubmitted"
  | "userPromptTransformed"
  | "sessionStart"
  | "sessionEnd"
  | "postResult"
  | "prePRDescription"
  | "errorOccurred"
  | "agentStop"
  | "subagentStart"
  | "subagentStop"
  | "preCompact"
  | "permissionRequest"
  | "notification";

/**
 * Optional project paths and host-exclusion behavior for server-scoped hook discovery.
 */
export interface HooksDiscoverRequest {
  /**
   * Optional project directory paths whose trusted repository and project-expanded plugin hooks should be discovered. When omitted or empty, user, managed-policy, and globally enabled installed or explicit plugin hooks are returned without project expansion.
   */
  projectPaths?: string[];
  /**
   * When true, omit host-owned user and plugin hook rows and their diagnostics. Managed-policy hooks and trusted repository hooks remain visible, and host disabledHooks still contribute to each remaining row's effective enabled state. This filters sources rather than simulating a host with no settings.
   */
  excludeHostHooks?: boolean;
}

/**
 * Server-discovered hook actions and partial-load diagnostics from user, repository, plugin, and managed-policy sources. Concrete sessions may include additional session-specific hook sources.
 */
export interface HooksDiscoverResult {
  /**
   * All discovered hook actions. Byte-identical actions remain separate rows even when they share a disable key.
   *
   * Items: One server-discovered hook action from user, repository, plugin, or managed-policy configuration.
   */
  hooks: DiscoveredHook[];
  /**
   * Non-fatal source-loading warnings. Discovery remains complete for the affected source, although the source had a recoverable issue. Repository-settings warnings are prefixed with their project path when attribution is available.
   */
  warnings: string[];
  /**
   * Errors for hook sources or actions that could not be loaded, making the result partially incomplete. Other valid actions are still returned. Project-resolution and repository-settings errors are prefixed with their project path.
   */
  errors: string[];
}

/**
 * Installed plugin record from global state, with marketplace, version, install time, enabled state, cache path, and source.
 */
export interface InstalledPlugin {
  /**
   * Plugin name
   */
  name: string;
  /**
   * Marketplace the plugin came from (empty string for direct repo installs)
   */
  marketplace: string;
  /**
   * Version installed (if available)
   */
  version?: string;
  /**
   * Installation timestamp
   */
  installed_at: string;
  /**
   * Whether the plugin is currently enabled
   */
  enabled: boolean;
  /**
   * Path where the plugin is cached locally
   */
  cache_path?: string;
  /**
   * Source for direct repo installs (when marketplace is empty)
   */
  source?: InstalledPluginSource;
  /**
   * Per-plugin source fingerprint (a SHA-256 hash of the plugin's catalog source spec plus its resolved source subtree — NOT a Git commit SHA) captured at marketplace install/update time. Auto-update compares it against the freshly recomputed fingerprint to detect a content change that does not bump the version. Absent for pre-existing installs and for direct (non-marketplace) installs.
   */
  source_sha?: string;
  /**
   * Absolute path of the marketplace directory a live plugin was resolved from. Present only on live, never-persisted records — those synthesized at session start for a directory/local marketplace, whose cache_path points at the real plugin directory on disk rather than a copy under the installed-plugins cache. Its presence is what marks a record as live, and no record carrying it is ever written to the persisted installedPlugins key.
   */
  installed_from?: string;
}

/**
 * Information about an installed plugin tracked in global state.
 */
export interface InstalledPluginInfo {
  /**
   * Plugin name
   */
  name: string;
  /**
   * Marketplace the plugin came from. Empty string ("") for direct repo / URL / local installs.
   */
  marketplace: string;
  /**
   * Opaque, stable hash identifying a direct (non-marketplace) install source. Present only for direct repo / URL / local installs; absent for marketplace plugins. Same source yields the same id; distinct sources never collide.
   */
  directSourceId?: string;
  /**
   * Installed version (when reported by the plugin manifest)
   */
  version?: string;
  /**
   * Whether the plugin is currently enabled for new sessions
   */
  enabled: boolean;
  /**
   * Absolute path of the marketplace directory a live plugin was resolved from. Present only on live, never-persisted records — a plugin belonging to a directory/local marketplace, which is loaded from its real directory on every pass instead of a copy under the installed-plugins cache. Its presence is what marks a listed plugin as live: such a plugin is always present on disk, so `enabled` is its only meaningful state and it is never "not installed".
   */
  installedFrom?: string;
  /**
   * Runtime-reported plugin provenance. Currently set to "builtin" only for plugins registered through the trusted host built-in boundary; absent for installed, marketplace, direct, and live plugins.
   */
  source?: string;
}

/**
 * Source for direct repo installs (when marketplace is empty)
 */
export type InstalledPluginSource =
  | string
  | InstalledPluginSourceGitHub
  | InstalledPluginSourceUrl
  | InstalledPluginSourceLocal;

/**
 * Source descriptor for a direct GitHub plugin install, with `owner/repo`, optional ref or full commit SHA, and optional subpath.
 */
export interface InstalledPluginSourceGitHub {
  /**
   * Constant value. Always "github".
   */
  source: "github";
  /**
   * GitHub repository in `owner/repo` form.
   */
  repo: string;
  /**
   * Optional Git ref to resolve.
   */
  ref?: string;
  /**
   * Optional full 40-character hexadecimal commit SHA.
   */
  sha?: string;
  /**
   * Optional repository-relative path to the plugin.
   */
  path?: string;
}

/**
 * Source descriptor for a direct local plugin install, with a local filesystem path.
 */
export interface InstalledPluginSourceLocal {
  /**
   * Constant value. Always "local".
   */
  source: "local";
  /**
   * Local filesystem path to the plugin.
   */
  path: string;
}

/**
 * Source descriptor for a direct URL plugin install, with URL, optional ref or full commit SHA, and optional subpath.
 */
export interface InstalledPluginSourceUrl {
  /**
   * Constant value. Always "url".
   */
  source: "url";
  /**
   * URL of the plugin source.
   */
  url: string;
  /**
   * Optional Git ref to resolve.
   */
  ref?: string;
  /**
   * Optional full 40-character hexadecimal commit SHA.
   */
  sha?: string;
  /**
   * Optional source-relative path to the plugin.
   */
  path?: string;
}

/**
 * Canonical file or directory where custom instructions can be discovered or created, with location, kind, preference, and project path.
 */
export interface InstructionDiscoveryPath {
  /**
   * Absolute path of the file or directory (may not exist on disk yet)
   */
  path: string;
  /**
   * Which tier this target belongs to
   */
  location: InstructionDiscoveryPathLocation;
  /**
   * Whether the target is a single file or a directory of instruction files
   */
  kind: InstructionDiscoveryPathKind;
  /**
   * Whether this is the canonical target to create new instructions in its tier. At most one entry per tier is preferred.
   */
  preferredForCreation: boolean;
  /**
   * The input project path this target was derived from (only for repository targets)
   */
  projectPath?: string;
}

/**
 * Whether the target is a single file or a directory of instruction files
 */
export type InstructionDiscoveryPathKind = "file" | "directory";

/**
 * Canonical files and directories where custom instructions can be created so the runtime will recognize them.
 */
export interface InstructionDiscoveryPathList {
  /**
   * Canonical instruction create/discovery files and directories, in priority order
   *
   * Items: Canonical file or directory where custom instructions can be discovered or created, with location, kind, preference, and project path.
   */
  paths: InstructionDiscoveryPath[];
}

/**
 * Which tier this target belongs to
 */
export type InstructionDiscoveryPathLocation =
  | "user"
  | "repository"
  | "working-directory"
  | "plugin";

/**
 * Loaded instruction source for a session, including path, content, category, location, applicability, and optional description.
 */
export interface InstructionSource {
  /**
   * Unique identifier for this source (used for toggling)
   */
  id: string;
  /**
   * Human-readable label
   */
  label: string;
  /**
   * File path relative to repo or absolute for home
   */
  sourcePath: string;
  /**
   * Raw content of the instruction file
   */
  content: string;
  /**
   * Category of instruction source — used for merge logic
   */
  type: InstructionSourceType;
  /**
   * Where this source lives — used for UI grouping
   */
  location: InstructionSourceLocation;
  /**
   * Glob pattern(s) from frontmatter — when set, this instruction applies only to matching files
   */
  applyTo?: string[];
  /**
   * Short description (body after frontmatter) for use in instruction tables
   */
  description?: string;
  /**
   * When true, this source starts disabled and must be toggled on by the user
   */
  defaultDisabled?: boolean;
  /**
   * The project path this source was discovered from. Only set by sessionless discovery for repository, working-directory, and project-scoped plugin sources, where it disambiguates sources across multiple workspace roots. The session-scoped getSources leaves it unset.
   */
  projectPath?: string;
}

/**
 * Where this source lives — used for UI grouping
 */
export type InstructionSourceLocation = "user" | "repository" | "working-directory" | "plugin";

/**
 * Category of instruction source — used for merge logic
 */
export type InstructionSourceType =
  | "home"
  | "repo"
  | "model"
  | "vscode"
  | "nested-agents"
  | "child-instructions"
  | "plugin";

/**
 * Optional project paths to include in instruction discovery.
 */
export interface InstructionsDiscoverRequest {
  /**
   * Optional list of project directory paths to scan for repository/working-directory instruction sources. When omitted or empty, only user-level and plugin instruction sources are returned (no project scan).
   */
  projectPaths?: string[];
  /**
   * When true, omit the host's instruction sources (user/home-level files and plugin rules), leaving only repository and working-directory sources. For multitenant deployments.
   */
  excludeHostInstructions?: boolean;
}

/**
 * Optional project paths to include when enumerating instruction discovery targets.
 */
export interface InstructionsGetDiscoveryPathsRequest {
  /**
   * Optional list of project directory paths. When omitted or empty, only the user-level targets are returned.
   */
  projectPaths?: string[];
  /**
   * When true, omit the host's user-level instruction targets, leaving only repository targets. For multitenant deployments (mirrors `discover`'s `excludeHostInstructions`).
   */
  excludeHostInstructions?: boolean;
}

/**
 * Instruction sources loaded for the session, in merge order.
 */
export interface InstructionsGetSourcesResult {
  /**
   * Instruction sources for the session
   *
   * Items: Loaded instruction source for a session, including path, content, category, location, applicability, and optional description.
   */
  sources: InstructionSource[];
}

/**
 * Result of interrupting the main agent turn.
 */
export interface InterruptMainTurnResult {
  /**
   * Whether an in-flight main agent turn was interrupted. False when the main loop was not processing.
   */
  interrupted: boolean;
}

/**
 * A JSON Schema output contract. OpenAI receives the name, description, schema and strict setting; Anthropic receives the schema in output_config.format and always uses its native strict enforcement.
 */
export interface JsonSchemaResponseFormat {
  /**
   * Name of the output schema, subject to the provider's naming restrictions.
   */
  name: string;
  /**
   * JSON Schema passed unchanged to the inference provider. Schemas larger than 32 MiB when JSON-encoded are rejected before admission, using the runtime's existing request-size ceiling. This is not a guarantee that the entire model request fits. Supported keywords and schema restrictions are determined by the provider.
   */
  schema: {
    [k: string]: unknown;
  };
  /**
   * Optional description passed to OpenAI providers.
   */
  description?: string;
  /**
   * Optional strict enforcement setting for OpenAI providers. Omitted uses the provider default. Anthropic always enforces its supported schema subset.
   */
  strict?: boolean;
}

/**
 * HTTP headers as a map from lowercased header name to a list of values. Multi-valued headers (e.g. Set-Cookie) preserve all values.
 */
export interface LlmInferenceHeaders {
  /** Entries, by key. */
  [k: string]: string[];
}

/**
 * A request body chunk or cancellation signal.
 */
export interface LlmInferenceHttpRequestChunkRequest {
  /**
   * Matches the requestId from the originating httpRequestStart frame.
   */
  requestId: string;
  /**
   * Body byte range. UTF-8 text when `binary` is absent or false; base64-encoded bytes when `binary` is true. May be empty.
   */
  data: string;
  /**
   * When true, `data` is base64-encoded bytes. When absent or false, `data` is UTF-8 text.
   */
  binary?: boolean;
  /**
   * When true, this is the final body chunk for the request. The SDK may rely on having received an end-marked chunk before treating the request body as complete.
   */
  end?: boolean;
  /**
   * When true, the runtime is cancelling the in-flight request (e.g. upstream consumer aborted). `data` is ignored. Implies end-of-request.
   */
  cancel?: boolean;
  /**
   * Optional human-readable reason for the cancellation, propagated for logging.
   */
  cancelReason?: string;
  /**
   * Identity of the agent invocation (one agentic loop) this body chunk belongs to, matching the `agentInvocationId` semantics on httpRequestStart. Carried per chunk so a persistent transport can attribute successive turns correctly: when a WebSocket connection is reused across turns, the httpRequestStart identity reflects only the turn that opened the connection, so each later turn stamps its own invocation id here. Absent when the runtime has no invocation context for the request, or on the plain-HTTP transport where every request has its own httpRequestStart.
   */
  agentInvocationId?: string;
}

/**
 * Acknowledgement. The SDK is free to ignore the ack and treat chunk delivery as fire-and-forget.
 */
export type LlmInferenceHttpRequestChunkResult = Record<string, never>;

/**
 * The head of an outbound model-layer HTTP request.
 */
export interface LlmInferenceHttpRequestStartRequest {
  /**
   * Opaque runtime-minted id, unique per in-flight request. The SDK uses this to correlate httpRequestChunk frames and to address its httpResponseStart / httpResponseChunk replies back to the runtime.
   */
  requestId: string;
  /**
   * Id of the runtime session that triggered this request, when one is in scope. Absent for requests issued outside any session (e.g. startup model-catalog or capability resolution). This is a payload field — not a dispatch key — because the client-global API is registered process-wide rather than per session.
   */
  sessionId?: string;
  /**
   * HTTP method, e.g. GET, POST.
   */
  method: string;
  /**
   * Absolute request URL.
   */
  url: string;
  /**
   * HTTP request headers, preserving multiple values per name.
   */
  headers: LlmInferenceHeaders;
  /**
   * Transport the runtime would otherwise use for this request. `http` (the default when absent) covers plain HTTP and SSE responses; `websocket` indicates a full-duplex message channel where each body chunk maps to one WebSocket message and the `binary` flag distinguishes text from binary frames. The SDK consumer uses this to decide whether to service the request with an HTTP client or a WebSocket client. It is the one piece of request metadata the consumer cannot reliably infer from the URL or headers alone.
   */
  transport?: LlmInferenceHttpRequestStartTransport;
  /**
   * Stable identity of the agent trajectory that issued this request. Present when the request originates from an agent turn; absent for requests outside any agent context. This is the same identity used by lifecycle and bridged session events and remains constant across turns and retries.
   */
  agentId?: string;
  /**
   * Stable identity of the immediate parent trajectory. Present for child trajectories such as subagents and conversation-sampling requests; absent for root-agent and non-agent requests.
   */
  parentAgentId?: string;
  /**
   * Identity of the agent invocation (one agentic loop) that issued this request. It remains fixed across physical retries within the invocation and is distinct from the stable trajectory `agentId`. A caller-supplied invocation id always takes precedence (this covers auxiliary calls that have no model call id). Otherwise, first-party CAPI requests fall back to the runtime's agent task id — the same value the runtime emits as the `X-Agent-Task-Id` header — while custom-provider requests fall back to the model call id.
   */
  agentInvocationId?: string;
  /**
   * Coarse classification of the interaction that produced this request. Open string for forward-compatibility; known values include `conversation-agent`, `conversation-subagent`, `conversation-sampling`, `conversation-background`, `conversation-compaction`, and `conversation-user`. Absent when the runtime did not classify the request. Comes from the runtime's per-request agent context independently of transport; on the CAPI transport the runtime derives the upstream `X-Interaction-Type` header from this same context.
   */
  interactionType?: string;
}

/**
 * Acknowledgement. Returning successfully simply means the SDK accepted the start frame; it does not imply the request will succeed.
 */
export type LlmInferenceHttpRequestStartResult = Record<string, never>;

/**
 * Transport the runtime would otherwise use for this request. `http` (the default when absent) covers plain HTTP and SSE responses; `websocket` indicates a full-duplex message channel where each body chunk maps to one WebSocket message and the `binary` flag distinguishes text from binary frames. The SDK consumer uses this to decide whether to service the request with an HTTP client or a WebSocket client. It is the one piece of request metadata the consumer cannot reliably infer from the URL or headers alone.
 */
export type LlmInferenceHttpRequestStartTransport = "http" | "websocket";

/**
 * Set to terminate the response with a transport-level failure. Implies end-of-stream; any further chunks for this requestId are ignored.
 */
export interface LlmInferenceHttpResponseChunkError {
  /**
   * Human-readable failure description.
   */
  message: string;
  /**
   * Optional machine-readable error code.
   */
  code?: string;
}

/**
 * A response body chunk or terminal error.
 */
export interface LlmInferenceHttpResponseChunkRequest {
  /**
   * Matches the requestId from the originating httpRequestStart frame.
   */
  requestId: string;
  /**
   * Body byte range. UTF-8 text when `binary` is absent or false; base64-encoded bytes when `binary` is true. May be empty (e.g. when the response body is empty: send a single chunk with empty data and end=true).
   */
  data: string;
  /**
   * When true, `data` is base64-encoded bytes. When absent or false, `data` is UTF-8 text.
   */
  binary?: boolean;
  /**
   * When true, this is the final body chunk for the response. The runtime treats the response body as complete after receiving an end-marked chunk.
   */
  end?: boolean;
  /**
   * Set to terminate the response with a transport-level failure. Implies end-of-stream; any further chunks for this requestId are ignored.
   */
  error?: LlmInferenceHttpResponseChunkError;
}

/**
 * Whether the chunk was accepted.
 */
export interface LlmInferenceHttpResponseChunkResult {
  /**
   * True when the chunk was matched to a pending request; false when unknown.
   */
  accepted: boolean;
}

/**
 * Response head.
 */
export interface LlmInferenceHttpResponseStartRequest {
  /**
   * Matches the requestId from the originating httpRequestStart frame.
   */
  requestId: string;
  /**
   * HTTP status code.
   */
  status: number;
  /**
   * Optional HTTP status reason phrase.
   */
  statusText?: string;
  /**
   * HTTP response headers, preserving multiple values per name.
   */
  headers: LlmInferenceHeaders;
}

/**
 * Whether the start frame was accepted.
 */
export interface LlmInferenceHttpResponseStartResult {
  /**
   * True when the response start was matched to a pending request; false when unknown.
   */
  accepted: boolean;
}

/**
 * Indicates whether the calling client was registered as the LLM inference provider.
 */
export interface LlmInferenceSetProviderResult {
  /**
   * Whether the provider was set successfully
   */
  success: boolean;
}

/**
 * Persisted local session metadata, including identifiers, timestamps, summary/name, client, context, detached state, and task ID.
 */
export interface LocalSessionMetadataValue {
  /**
   * Stable session identifier
   */
  sessionId: string;
  /**
   * Session creation time as an ISO 8601 timestamp
   */
  startTime: string;
  /**
   * Last-modified time of the session's persisted state, as ISO 8601
   */
  modifiedTime: string;
  /**
   * Short summary of the session, when one has been derived
   */
  summary?: string;
  /**
   * Optional human-friendly name set via /rename
   */
  name?: string;
  /**
   * Runtime client name that created/last resumed this session
   */
  clientName?: string;
  /**
   * Always false for local sessions.
   */
  isRemote: false;
  /**
   * True for detached maintenance sessions that should be hidden from normal resume lists.
   */
  isDetached?: boolean;
  /**
   * Pre-resolved working-directory context for session startup.
   */
  context?: SessionContext;
  /**
   * GitHub task ID, when this local session is bound to one. Only present for local sessions exported to remote control.
   */
  mcTaskId?: string;
}

/**
 * Identifier of the session event that was emitted for the log message.
 */
export interface LogResult {
  /**
   * The unique identifier of the emitted session event
   */
  eventId: string;
}

/**
 * Non-secret host-managed HTTP MCP server configuration. The containing map key is the stable managed identity; credentials are supplied dynamically by the host.
 */
export interface ManagedMcpServerConfig {
  /**
   * Human-readable catalog display name.
   */
  displayName: string;
  /**
   * Hosted MCP streamable HTTP endpoint.
   */
  url: string;
  /**
   * Tools to include. Defaults to all tools when omitted.
   */
  tools?: string[];
  /**
   * Timeout in milliseconds for tool discovery and tool calls.
   */
  timeout?: number;
  /**
   * Maximum dynamic-header cache lifetime in milliseconds.
   */
  headersRefreshTtlMs?: number;
}

/**
 * Validated device-managed settings discovered before a session exists.
 */
export interface ManagedSettingsReadResult {
  /**
   * Validated, canonical managed-settings JSON. Omitted when no managed settings were discovered or when discovered settings failed validation.
   */
  settingsJson?: {
    [k: string]: unknown;
  };
  /**
   * Discovery or validation error text when managed settings could not be read safely.
   */
  errorMessage?: string;
}

/**
 * Result of registering a new marketplace.
 */
export interface MarketplaceAddResult {
  /**
   * Final name of the marketplace as resolved from its manifest
   */
  name: string;
}

/**
 * Plugins advertised by the marketplace.
 */
export interface MarketplaceBrowseResult {
  /**
   * Plugins advertised by the marketplace
   *
   * Items: Plugin entry advertised by a marketplace.
   */
  plugins: MarketplacePluginInfo[];
}

/**
 * Registered marketplace summary.
 */
export interface MarketplaceInfo {
  /**
   * Marketplace name (matches the @marketplace suffix in plugin specs)
   */
  name: string;
  /**
   * Human-readable description of where the marketplace data is fetched from (e.g. "GitHub: owner/repo").
   */
  source: string;
  /**
   * True when this is a default marketplace shipped with the runtime. Defaults are not removable.
   */
  isDefault?: boolean;
}

/**
 * All registered marketplaces, including built-in defaults.
 */
export interface MarketplaceListResult {
  /**
   * Registered marketplaces
   *
   * Items: Registered marketplace summary.
   */
  marketplaces: MarketplaceInfo[];
}

/**
 * Plugin entry advertised by a marketplace.
 */
export interface MarketplacePluginInfo {
  /**
   * Plugin name as listed in the marketplace catalog
   */
  name: string;
  /**
   * Short description from the marketplace catalog, when present
   */
  description?: string;
}

/**
 * Per-marketplace refresh result, including marketplace name, success flag, and optional failure error.
 */
export interface MarketplaceRefreshEntry {
  /**
   * Marketplace name that was refreshed
   */
  name: string;
  /**
   * Whether the refresh succeeded
   */
  success: boolean;
  /**
   * Error message (failure only)
   */
  error?: string;
}

/**
 * Result of refreshing one or more marketplace catalogs.
 */
export interface MarketplaceRefreshResult {
  /**
   * Per-marketplace refresh results in deterministic order.
   *
   * Items: Per-marketplace refresh result, including marketplace name, success flag, and optional failure error.
   */
  results: MarketplaceRefreshEntry[];
}

/**
 * Outcome of the remove attempt, including dependent-plugin info when applicable.
 */
export interface MarketplaceRemoveResult {
  /**
   * True when the marketplace was actually removed. False when removal was skipped because the marketplace has dependent plugins and `force` was not set.
   */
  removed: boolean;
  /**
   * Names of installed plugins that prevented removal. Populated only when `removed=false`.
   */
  dependentPlugins?: string[];
}

/**
 * Capability negotiation snapshot
 */
export interface McpAppsDiagnoseCapability {
  /**
   * Whether the session has the `mcp-apps` capability
   */
  sessionHasMcpApps: boolean;
  /**
   * Whether the MCP_APPS feature flag (or COPILOT_MCP_APPS env override) is on
   */
  featureFlagEnabled: boolean;
  /**
   * Whether the runtime advertises `extensions.io.modelcontextprotocol/ui` to MCP servers
   */
  advertised: boolean;
}

/**
 * Diagnostic snapshot of MCP Apps wiring for the named server.
 */
export interface McpAppsDiagnoseResult {
  /**
   * Capability negotiation snapshot
   */
  capability: McpAppsDiagnoseCapability;
  /**
   * What the server returned for this session
   */
  server: McpAppsDiagnoseServer;
}

/**
 * What the server returned for this session
 */
export interface McpAppsDiagnoseServer {
  /**
   * Whether the named server is currently connected
   */
  connected: boolean;
  /**
   * Total tools returned by the server's tools/list
   */
  toolCount: number;
  /**
   * Tools whose `_meta.ui` is populated (resourceUri and/or visibility set)
   */
  toolsWithUiMeta: number;
  /**
   * Up to 5 tool names with `_meta.ui` for quick inspection
   */
  sampleToolNames: string[];
}

/**
 * Current host context advertised to MCP App guests.
 */
export interface McpAppsHostContext {
  /**
   * Current host context
   */
  context: McpAppsHostContextDetails;
}

/**
 * Current host context
 */
export interface McpAppsHostContextDetails {
  /**
   * UI theme preference per SEP-1865
   */
  theme?: McpAppsHostContextDetailsTheme;
  /**
   * BCP-47 locale, e.g. 'en-US'
   */
  locale?: string;
  /**
   * IANA timezone, e.g. 'America/New_York'
   */
  timeZone?: string;
  /**
   * Current display mode (SEP-1865)
   */
  displayMode?: McpAppsHostContextDetailsDisplayMode;
  /**
   * Display modes the host supports
   */
  availableDisplayModes?: McpAppsHostContextDetailsAvailableDisplayMode[];
  /**
   * Platform type for responsive design
   */
  platform?: McpAppsHostContextDetailsPlatform;
  /**
   * Host application identifier
   */
  userAgent?: string;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Allowed values for the `McpAppsHostContextDetailsAvailableDisplayMode` enumeration.
 */
export type McpAppsHostContextDetailsAvailableDisplayMode = "inline" | "fullscreen" | "pip";

/**
 * Current display mode (SEP-1865)
 */
export type McpAppsHostContextDetailsDisplayMode = "inline" | "fullscreen" | "pip";

/**
 * Platform type for responsive design
 */
export type McpAppsHostContextDetailsPlatform = "web" | "desktop" | "mobile";

/**
 * UI theme preference per SEP-1865
 */
export type McpAppsHostContextDetailsTheme = "light" | "dark";

/**
 * App-callable tools from the named MCP server.
 */
export interface McpAppsListToolsResult {
  /**
   * App-callable tools from the server
   */
  tools: {
    [k: string]: {
      [k: string]: unknown;
    };
  }[];
}

/**
 * Resource contents returned by the MCP server.
 */
export interface McpAppsReadResourceResult {
  /**
   * Resource contents returned by the server
   *
   * Items: MCP Apps resource content with URI, optional MIME type, text or base64 blob, and resource metadata.
   */
  contents: McpAppsResourceContent[];
}

/**
 * MCP Apps resource content with URI, optional MIME type, text or base64 blob, and resource metadata.
 */
export interface McpAppsResourceContent {
  /**
   * The resource URI (typically ui://...)
   */
  uri: string;
  /**
   * MIME type of the content
   */
  mimeType?: string;
  /**
   * Text content (e.g. HTML)
   */
  text?: string;
  /**
   * Base64-encoded binary content
   */
  blob?: string;
  /**
   * Resource-level metadata (CSP, permissions, etc.)
   */
  _meta?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}

/**
 * Host context advertised to MCP App guests
 */
export interface McpAppsSetHostContextDetails {
  /**
   * UI theme preference per SEP-1865
   */
  theme?: McpAppsSetHostContextDetailsTheme;
  /**
   * BCP-47 locale, e.g. 'en-US'
   */
  locale?: string;
  /**
   * IANA timezone, e.g. 'America/New_York'
   */
  timeZone?: string;
  /**
   * Current display mode (SEP-1865)
   */
  displayMode?: McpAppsSetHostContextDetailsDisplayMode;
  /**
   * Display modes the host supports
   */
  availableDisplayModes?: McpAppsSetHostContextDetailsAvailableDisplayMode[];
  /**
   * Platform type for responsive design
   */
  platform?: McpAppsSetHostContextDetailsPlatform;
  /**
   * Host application identifier
   */
  userAgent?: string;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Allowed values for the `McpAppsSetHostContextDetailsAvailableDisplayMode` enumeration.
 */
export type McpAppsSetHostContextDetailsAvailableDisplayMode = "inline" | "fullscreen" | "pip";

/**
 * Current display mode (SEP-1865)
 */
export type McpAppsSetHostContextDetailsDisplayMode = "inline" | "fullscreen" | "pip";

/**
 * Platform type for responsive design
 */
export type McpAppsSetHostContextDetailsPlatform = "web" | "desktop" | "mobile";

/**
 * UI theme preference per SEP-1865
 */
export type McpAppsSetHostContextDetailsTheme = "light" | "dark";

/**
 * Indicates whether an in-flight sampling execution with the given requestId was found and cancelled.
 */
export interface McpCancelSamplingExecutionResult {
  /**
   * True if an in-flight execution with the given requestId was found and signalled to cancel. False when no such execution is in flight (already completed, never started, or cancelled by another caller).
   */
  cancelled: boolean;
}

/**
 * MCP server name and configuration to add to user configuration.
 */
export interface McpConfigAddRequest {
  /**
   * Unique name for the MCP server
   */
  name: string;
  /**
   * MCP server configuration (stdio process or remote HTTP/SSE)
   */
  config: McpSerializableServerConfig;
}

/**
 * MCP server names to disable for new sessions.
 */
export interface McpConfigDisableRequest {
  /**
   * Names of MCP servers to disable. Each server is added to the persisted disabled list so new sessions skip it. Already-disabled names are ignored. Active sessions keep their current connections until they end.
   *
   * Items: MCP server name used as a configuration key.
   */
  names: string[];
}

/**
 * MCP server names to enable for new sessions.
 */
export interface McpConfigEnableRequest {
  /**
   * Names of MCP servers to enable. Each server is removed from the persisted disabled list so new sessions spawn it. Unknown or already-enabled names are ignored.
   *
   * Items: MCP server name used as a configuration key.
   */
  names: string[];
}

/**
 * User-configured MCP servers, keyed by server name.
 */
export interface McpConfigList {
  /**
   * All MCP servers from user config, keyed by name
   */
  servers: {
    /**
     * MCP server configuration (stdio process or remote HTTP/SSE)
     */
    [k: string]: McpSerializableServerConfig;
  };
}

/**
 * MCP server name to remove from user configuration.
 */
export interface McpConfigRemoveRequest {
  /**
   * Name of the MCP server to remove
   */
  name: string;
  /**
   * OAuth Client ID Metadata Document URL whose persisted credentials should also be removed.
   */
  authClientIdMetadataUrl?: string;
}

/**
 * MCP server name and replacement configuration to write to user configuration.
 */
export interface McpConfigUpdateRequest {
  /**
   * Name of the MCP server to update
   */
  name: string;
  /**
   * MCP server configuration (stdio process or remote HTTP/SSE)
   */
  config: McpSerializableServerConfig;
}

/**
 * Optional working directory used as context for MCP server discovery.
 */
export interface McpDiscoverRequest {
  /**
   * Working directory used as context for discovery (e.g., plugin resolution)
   */
  workingDirectory?: string;
  /**
   * Whether to include canonical effectiveSource metadata for each discovered server. Callers must opt in so protocol-3 clients retain the legacy closed response shape.
   */
  includeEffectiveSource?: boolean;
}

/**
 * MCP servers discovered from user, workspace, plugin, and built-in sources.
 */
export interface McpDiscoverResult {
  /**
   * MCP servers discovered from all sources
   *
   * Items: MCP server discovered by `mcp.discover`, with config source, optional plugin source, transport type, and enabled state.
   */
  servers: DiscoveredMcpServer[];
}

/**
 * Structured MCP elicitation mode.
 */
export type McpElicitationFormMode = "form";

/**
 * Raw MCP CreateMessageRequest params, as received in the `sampling.requested` event. Treated as opaque at the schema layer; the runtime converts the embedded MCP messages into the OpenAI chat-completion shape internally.
 */
export interface McpExecuteSamplingRequest {
  /** Entries, by key. */
  [k: string]: unknown;
}

/**
 * MCP CreateMessageResult payload (with optional 'tools' extension), present when action='success'. Treated as opaque at the schema layer; consumers should construct/consume it per the MCP CreateMessageResult shape.
 */
export interface McpExecuteSamplingResult {
  /** Entries, by key. */
  [k: string]: unknown;
}

/**
 * Host response: supply dynamic headers or decline this refresh.
 */
export type McpHeadersHandlePendingHeadersRefreshRequest = {
  /**
   * Headers to overlay onto the MCP request. Dynamic headers override static config headers but do not replace SDK-managed request headers.
   */
  headers: {
    [k: string]: string;
  };
  /**
   * Optional lifetime in milliseconds for these returned headers. The runtime clamps its configured cache lifetime to this value.
   */
  ttlMs?: number;
  /**
   * Headers-refresh response variant discriminator.
   */
  kind: "headers";
  [k: string]: unknown;
} | {
  /**
   * Headers-refresh response variant discriminator.
   */
  kind: "none";
  [k: string]: unknown;
} | {
  /**
   * Host credential broker failure, denial, or revocation reason.
   */
  message: string;
  /**
   * Headers-refresh response variant discriminator.
   */
  kind: "error";
  [k: string]: unknown;
};

/**
 * Indicates whether the pending MCP headers refresh response was accepted.
 */
export interface McpHeadersHandlePendingHeadersRefreshRequestResult {
  /**
   * Whether the response was accepted. False if the request was unknown, timed out, or already resolved.
   */
  success: boolean;
}

/**
 * Host-level state, omitted when no MCP host is initialized.
 */
export interface McpHostState {
  /**
   * Whether third-party MCP servers are policy-enabled for this session.
   */
  mcp3pEnabled: boolean;
  /**
   * Configured servers that are explicitly disabled.
   */
  disabledServers: string[];
  /**
   * Configured servers filtered out by MCP server policy.
   */
  filteredServers: string[];
  /**
   * Names of currently-connected MCP clients.
   */
  clients: string[];
  /**
   * Names of servers with in-flight connection attempts.
   */
  pendingConnections: string[];
  /**
   * Map of server name to recorded connection failure.
   */
  failedServers: {
    /**
     * Recorded MCP server connection failure.
     */
    [k: string]: McpServerFailureInfo;
  };
  /**
   * Map of server name to recorded pending-auth state.
   */
  needsAuthServers: {
    /**
     * Recorded MCP server pending-auth state.
     */
    [k: string]: McpServerNeedsAuthInfo;
  };
}

/**
 * A normalised, inert description of what installing an MCP server would involve. Carries no raw card, no install specification, and no secret value.
 */
export interface McpInstallPlan {
  /**
   * Opaque, runtime-instance scoped, TTL-bound, single-use handle for this plan. Rejected when stale, replayed, or presented to a different runtime instance. Never logged.
   */
  planHandle: string;
  /**
   * ISO 8601 timestamp after which the plan handle is stale and will be rejected. Abandoning a plan needs no call: an unused handle simply expires, so cancellation before commit is side-effect free.
   */
  planHandleExpiresAt: string;
  /**
   * Normalised identity of the server the plan would install.
   */
  identity: McpPlanResourceIdentity;
  /**
   * Origin and semantic digest of the exact validated JSON MCP card content bound to this plan.
   */
  provenance: McpPlanProvenance;
  /**
   * Every eligible transport, so a host can present an explicit choice. A completed plan always has at least one; when none is eligible, planning returns `CatalogUnavailableTransportError` instead.
   *
   * @minItems 1
   * @maxItems 50
   *
   * Items: One eligible way to run the server, represented as a tagged package or remote variant so package identity and endpoint states cannot contradict the install method.
   */
  transportChoices: McpPlanTransportChoice[];
  /**
   * Identifier of the choice the runtime would pick by default. Omitted when there is no eligible transport, or when the runtime expresses no preference.
   */
  recommendedTransportChoiceId?: string;
  /**
   * Configuration scope and key the plan would write to.
   */
  target: McpPlanTarget;
  /**
   * Outcome of evaluating the server against registry and enterprise policy.
   */
  policy: McpPlanPolicyResult;
  /**
   * The configuration changes installing would make, described rather than serialised, so the mutable configuration payload stays behind the runtime boundary.
   *
   * Items: One change applying the plan would make, described rather than serialised so the configuration payload stays behind the runtime boundary.
   */
  configurationChanges: McpPlanConfigurationChange[];
  /**
   * Whether applying this plan would require an MCP reload to take effect. Planning itself never reloads.
   */
  reloadRequired: boolean;
  /**
   * Whether the plan cannot be applied without further input, because a required value has no default or a secret must be supplied.
   */
  requiresInteractiveConfiguration: boolean;
}

/**
 * Whether the named MCP server is running.
 */
export interface McpIsServerRunningResult {
  /**
   * True if the server has an active client and transport.
   */
  running: boolean;
}

/**
 * Tools exposed by the connected MCP server. Throws when the server is not connected.
 */
export interface McpListToolsResult {
  /**
   * Tools exposed by the server.
   *
   * Items: MCP tool metadata with tool name, optional description, and normalized MCP Apps discovery metadata.
   */
  tools: McpTools[];
}

/**
 * Indicates whether the pending MCP OAuth response was accepted.
 */
export interface McpOauthHandlePendingResult {
  /**
   * Whether the response was accepted. False if the request was unknown, timed out, or already resolved.
   */
  success: boolean;
}

/**
 * OAuth grant type override for this login.
 */
export type McpOauthLoginGrantType = "authorization_code" | "client_credentials";

/**
 * OAuth authorization URL the caller should open, or empty when cached tokens already authenticated the server.
 */
export interface McpOauthLoginResult {
  /**
   * URL the caller should open in a browser to complete OAuth. Omitted when cached tokens were still valid and no browser interaction was needed — the server is already reconnected in that case. When present, the runtime starts the callback listener before returning and continues the flow in the background; completion is signaled via session.mcp_server_status_changed.
   */
  authorizationUrl?: string;
}

/**
 * Host response to the pending OAuth request.
 */
export type McpOauthPendingRequestResponse = {
  /**
   * Access token acquired by the SDK host
   */
  accessToken: string;
  /**
   * OAuth token type. Defaults to bearer when omitted.
   */
  tokenType?: string;
  /**
   * Token lifetime in seconds, if known.
   */
  expiresIn?: number;
  /**
   * OAuth response variant discriminator.
   */
  kind: "token";
  [k: string]: unknown;
} | {
  /**
   * OAuth response variant discriminator.
   */
  kind: "cancelled";
  [k: string]: unknown;
};

/**
 * Why a passive MCP OAuth probe determined authentication is needed.
 */
export type McpOauthProbeNeedsAuthReason = "initial" | "refresh" | "upscope";

/**
 * Passive MCP OAuth probe result. `authenticated` means the server accepted the probe request while an OAuth-origin access token was attached; it does not prove the server required or independently validated that token. The probe does not make a second unauthenticated request. Failed is an expected probe-domain outcome; JSON-RPC errors are reserved for API-call failures.
 */
export type McpOauthProbeResult = {
  /**
   * HTTP response returned by the server.
   */
  httpResponse: McpOauthHttpResponse;
  /**
   * Probe outcome variant discriminator.
   */
  status: "no-auth-required";
  [k: string]: unknown;
} | {
  /**
   * HTTP response returned by the server.
   */
  httpResponse: McpOauthHttpResponse;
  /**
   * Probe outcome variant discriminator.
   */
  status: "authenticated";
  [k: string]: unknown;
} | {
  /**
   * HTTP 401 or 403 response returned by the server.
   */
  httpResponse: McpOauthHttpResponse;
  /**
   * Why authentication is needed.
   */
  reason: McpOauthProbeNeedsAuthReason;
  /**
   * Parsed WWW-Authenticate challenge parameters, when present and parseable.
   */
  wwwAuthenticateParams?: McpOauthWWWAuthenticateParams;
  /**
   * Probe outcome variant discriminator.
   */
  status: "needs-auth";
  [k: string]: unknown;
} | {
  /**
   * Human-readable probe failure detail.
   */
  error: string;
  /**
   * HTTP response returned by the server, when the probe reached the server and captured the complete response.
   */
  httpResponse?: McpOauthHttpResponse;
  /**
   * Probe outcome variant discriminator.
   */
  status: "failed";
  [k: string]: unknown;
};

/**
 * Indicates whether the pending MCP OAuth response was accepted.
 */
export interface McpOauthRespondResult {
  /**
   * Whether the response was accepted. False if the request was unknown, timed out, or already resolved.
   */
  success: boolean;
}

/**
 * One change applying the plan would make, described rather than serialised so the configuration payload stays behind the runtime boundary.
 */
export interface McpPlanConfigurationChange {
  /**
   * Whether the change would create a new entry or modify an existing one.
   */
  operation: McpPlanConfigurationOperation;
  /**
   * Scope the change would be written to.
   */
  scope: McpPlanScope;
  /**
   * Configuration key the change applies to.
   */
  configKey: string;
  /**
   * Names of the configuration fields the change would set, without their values.
   */
  changedFields: string[];
  /**
   * Secret placeholders the written configuration would reference. The constrained placeholder type cannot carry a literal secret value.
   *
   * Items: A runtime-assigned secret placeholder. The identifier is carried once, inside the placeholder, so it cannot contradict a separate secret-id field.
   */
  secretReferences: McpPlanSecretReference[];
}

/**
 * Whether a planned configuration change would create or modify an entry
 */
export type McpPlanConfigurationOperation = "add" | "update";

/**
 * Discriminator for an enumerated required value
 */
export type McpPlanEnumValueType = "enum";

/**
 * A computed MCP install plan. Nothing has been applied: the plan describes what installing would change, and the plan handle is what a later apply operation would consume.
 */
export interface McpPlanInstallPlanned {
  /**
   * Discriminator: a plan was computed and nothing was changed
   */
  kind: "planned";
  /**
   * The normalised plan.
   */
  plan: McpInstallPlan;
  /**
   * Protocol version and capabilities the runtime honoured.
   */
  negotiated: CatalogNegotiatedContract;
}

/**
 * A side-effect-free request for an MCP install plan. Computing a plan never writes configuration, stores a secret, or reloads MCP servers.
 */
export interface McpPlanInstallRequest {
  /**
   * Protocol version and capabilities the caller requires.
   */
  contract: CatalogClientContract;
  /**
   * What to plan: either a candidate handle from a previous search, or a card supplied directly.
   */
  source: McpPlanInstallSource;
  /**
   * Configuration scope the plan targets. Defaults to user scope when omitted.
   */
  scope?: McpPlanScope;
}

/**
 * Outcome of an mcp.planInstall call: either a normalised plan, or one typed refusal. Nothing is written in either case.
 */
export type McpPlanInstallResult =
  | McpPlanInstallPlanned
  | CatalogNegotiationRefusedError
  | CatalogHandleRejectedError
  | CatalogInvalidRequestError
  | CatalogAuthenticationRequiredError
  | CatalogPolicyRejectedError
  | CatalogNetworkFailureError
  | CatalogUnsafeRetrievalError
  | CatalogMalformedCardError
  | CatalogContractViolationError
  | CatalogUnavailableTransportError
  | CatalogNotInstallableError
  | CatalogUnavailableError;

/**
 * What an install plan is computed from: a candidate handle from a previous search, or a card supplied directly.
 */
export type McpPlanInstallSource = McpPlanInstallSourceCandidate | McpPlanInstallSourceCard;

/**
 * Plan from a candidate returned by a previous catalog search.
 */
export interface McpPlanInstallSourceCandidate {
  /**
   * Discriminator: plan from a previously returned candidate
   */
  kind: McpPlanInstallSourceCandidateKind;
  /**
   * Single-use candidate handle. Consumed by this call, so a replay of the same handle is rejected.
   */
  candidateHandle: string;
  /**
   * The runtime- or authority-minted `searchId` returned with the search that produced this candidate. A search implementation binds it to private candidate-handle context; a planning implementation must verify that context before returning a plan. The unavailable planning implementation in this contract layer validates presence but does not claim the verification has occurred. It identifies a search rather than a person and must never be joined with user identity to re-identify anyone.
   */
  searchId: string;
}

/**
 * Discriminator for a candidate-backed install-plan source
 */
export type McpPlanInstallSourceCandidateKind = "candidate";

/**
 * Plan from a card supplied directly by the caller, without a preceding search.
 */
export interface McpPlanInstallSourceCard {
  /**
   * Discriminator: plan from a caller-supplied card
   */
  kind: McpPlanInstallSourceCardKind;
  /**
   * The card to plan from: exactly one of a URL or embedded data.
   */
  card: McpServerCardReference;
}

/**
 * Discriminator for a caller-supplied-card install-plan source
 */
export type McpPlanInstallSourceCardKind = "card";

/**
 * Discriminator for a package-backed transport choice
 */
export type McpPlanPackageInstallMethod = "package";

/**
 * Transport exposed by a locally launched package
 */
export type McpPlanPackageTransport = "stdio";

/**
 * What policy decided for a planned server
 */
export type McpPlanPolicyDecision = "allowed" | "blocked" | "requires-approval";

/**
 * Outcome of evaluating the planned server against registry and enterprise policy. Evaluation is read-only.
 */
export interface McpPlanPolicyResult {
  /**
   * What policy decided for this server.
   */
  decision: McpPlanPolicyDecision;
  /**
   * Which authority produced the decision.
   */
  source: McpPlanPolicySource;
  /**
   * Human-readable explanation, safe to surface. Never contains a query, URL, handle, or secret.
   */
  reason?: string;
}

/**
 * Which authority produced a policy decision
 */
export type McpPlanPolicySource =
  | "none"
  | "enterprise-allowlist"
  | "registry-policy"
  | "local-trust";

/**
 * Provenance of the exact validated JSON MCP card content bound privately to a completed plan and its opaque handle.
 */
export interface McpPlanProvenance {
  /**
   * Authority associated with the validated card, without path, query, or credentials. Inert untrusted data.
   */
  authority: string;
  /**
   * ISO 8601 timestamp at which the runtime completed strict parsing and schema validation of the card content.
   */
  validatedAt: string;
  /**
   * Semantic digest of the exact validated JSON content bound to the plan handle.
   */
  cardDigest: CardDigest;
  /**
   * JSON MCP media type the validated card was interpreted as.
   */
  mediaType: McpServerCardMediaType;
}

/**
 * Discriminator for a remote-endpoint transport choice
 */
export type McpPlanRemoteInstallMethod = "remote";

/**
 * Transport exposed by a remote endpoint
 */
export type McpPlanRemoteTransport = "http" | "streamable-http" | "sse";

/**
 * One non-secret value a transport choice needs, represented as a scalar or enumerated variant so enum values cannot be missing or attached to another type.
 */
export type McpPlanRequiredValue = McpPlanRequiredValueScalar | McpPlanRequiredValueEnum;

/**
 * One enumerated non-secret value a transport choice needs before it can be applied. The permitted values are structurally required.
 */
export interface McpPlanRequiredValueEnum {
  /**
   * Discriminator: this required value uses a fixed enumeration.
   */
  kind: McpPlanRequiredValueEnumKind;
  /**
   * Key the value is supplied under. Inert untrusted data.
   */
  key: string;
  /**
   * Where the value is applied when the server is launched.
   */
  category: McpPlanValueCategory;
  /**
   * Discriminator: the value must be one of `enumValues`.
   */
  valueType: McpPlanEnumValueType;
  /**
   * Whether the value must be present for the plan to be applicable.
   */
  required: boolean;
  /**
   * Default supplied by the card, when the value can be resolved without input. Presence is the authoritative indication that a default exists. Inert untrusted data.
   */
  defaultValue?: string;
  /**
   * Human-readable label from the card. Inert untrusted text.
   */
  title?: string;
  /**
   * Human-readable explanation from the card. Inert untrusted text.
   */
  description?: string;
  /**
   * Non-empty permitted value set. Inert untrusted data.
   *
   * @minItems 1
   */
  enumValues: string[];
  /**
   * Whether the value may be supplied more than once.
   */
  isRepeated: boolean;
}

/**
 * Discriminator for an enumerated required value
 */
export type McpPlanRequiredValueEnumKind = "enum";

/**
 * One non-secret scalar value a transport choice needs before it can be applied.
 */
export interface McpPlanRequiredValueScalar {
  /**
   * Discriminator: this required value uses a scalar type.
   */
  kind: McpPlanRequiredValueScalarKind;
  /**
   * Key the value is supplied under. Inert untrusted data.
   */
  key: string;
  /**
   * Where the value is applied when the server is launched.
   */
  category: McpPlanValueCategory;
  /**
   * Scalar type the value must conform to.
   */
  valueType: McpPlanScalarValueType;
  /**
   * Whether the value must be present for the plan to be applicable.
   */
  required: boolean;
  /**
   * Default supplied by the card, when the value can be resolved without input. Presence is the authoritative indication that a default exists. Inert untrusted data.
   */
  defaultValue?: string;
  /**
   * Human-readable label from the card. Inert untrusted text.
   */
  title?: string;
  /**
   * Human-readable explanation from the card. Inert untrusted text.
   */
  description?: string;
  /**
   * Whether the value may be supplied more than once.
   */
  isRepeated: boolean;
}

/**
 * Discriminator for a scalar required value
 */
export type McpPlanRequiredValueScalarKind = "scalar";

/**
 * Normalised identity of the MCP server a plan targets, independent of how the card spelled it.
 */
export interface McpPlanResourceIdentity {
  /**
   * Canonical, normalised name of the server, for example `io.github.owner/server`.
   */
  canonicalName: string;
  /**
   * Local configuration key the server would be recorded under.
   */
  serverName: string;
  /**
   * Version advertised by the card, when it declares one.
   */
  version?: string;
  /**
   * Registry identifier of the server, when it came from a registry.
   */
  registryId?: string;
}

/**
 * Scalar type a required value must conform to
 */
export type McpPlanScalarValueType = "string" | "number" | "boolean" | "path";

/**
 * Configuration scope an MCP install plan targets
 */
export type McpPlanScope = "user";

/**
 * A secret a transport choice needs, referenced by placeholder. No secret value ever appears in a plan, and the placeholder resolves against the keychain only when a plan is applied.
 */
export interface McpPlanSecretPlaceholder {
  /**
   * Key the secret is supplied under. Inert untrusted data.
   */
  key: string;
  /**
   * The runtime-assigned `${secret:<id>}` placeholder written into configuration in place of the value.
   */
  placeholder: McpPlanSecretReference;
  /**
   * Human-readable label from the card. Inert untrusted text.
   */
  title?: string;
}

/**
 * A runtime-assigned secret placeholder. The identifier is carried once, inside the placeholder, so it cannot contradict a separate secret-id field.
 */
export type McpPlanSecretReference = string;

/**
 * Where a plan would be written.
 */
export interface McpPlanTarget {
  /**
   * Configuration scope the plan targets.
   */
  scope: McpPlanScope;
  /**
   * Configuration key the server would be recorded under within that scope.
   */
  configKey: string;
}

/**
 * One eligible way to run the server, represented as a tagged package or remote variant so package identity and endpoint states cannot contradict the install method.
 */
export type McpPlanTransportChoice = McpPlanTransportChoicePackage | McpPlanTransportChoiceRemote;

/**
 * An eligible local-package transport choice. Package identity is required and a remote endpoint cannot be represented.
 */
export interface McpPlanTransportChoicePackage {
  /**
   * Stable identifier for this choice within the plan, used to select it when the plan is applied.
   */
  choiceId: string;
  /**
   * Local process transport this package choice would use.
   */
  transport: McpPlanPackageTransport;
  /**
   * Discriminator: this choice runs a local package
   */
  installMethod: McpPlanPackageInstallMethod;
  /**
   * Packaging ecosystem, for example `oci` or `npm`.
   */
  packageType: string;
  /**
   * Package identifier. Inert untrusted data.
   */
  packageIdentifier: string;
  /**
   * Typed values this choice requires, excluding secrets.
   *
   * Items: One non-secret value a transport choice needs, represented as a scalar or enumerated variant so enum values cannot be missing or attached to another type.
   */
  requiredValues: McpPlanRequiredValue[];
  /**
   * Secrets this choice requires, referenced by placeholder only.
   *
   * Items: A secret a transport choice needs, referenced by placeholder. No secret value ever appears in a plan, and the placeholder resolves against the keychain only when a plan is applied.
   */
  secretPlaceholders: McpPlanSecretPlaceholder[];
}

/**
 * An eligible remote-endpoint transport choice. The endpoint is required and package identity cannot be represented.
 */
export interface McpPlanTransportChoiceRemote {
  /**
   * Stable identifier for this choice within the plan, used to select it when the plan is applied.
   */
  choiceId: string;
  /**
   * Endpoint transport this remote choice would use.
   */
  transport: McpPlanRemoteTransport;
  /**
   * Discriminator: this choice connects to a remote endpoint
   */
  installMethod: McpPlanRemoteInstallMethod;
  /**
   * Endpoint URL. Inert untrusted data.
   */
  endpoint: string;
  /**
   * Typed values this choice requires, excluding secrets.
   *
   * Items: One non-secret value a transport choice needs, represented as a scalar or enumerated variant so enum values cannot be missing or attached to another type.
   */
  requiredValues: McpPlanRequiredValue[];
  /**
   * Secrets this choice requires, referenced by placeholder only.
   *
   * Items: A secret a transport choice needs, referenced by placeholder. No secret value ever appears in a plan, and the placeholder resolves against the keychain only when a plan is applied.
   */
  secretPlaceholders: McpPlanSecretPlaceholder[];
}

/**
 * Where a required value is applied when the planned server is launched
 */
export type McpPlanValueCategory =
  | "environment-variable"
  | "runtime-argument"
  | "package-argument"
  | "header"
  | "url-variable";

/**
 * Indicates whether the auto-managed `github` MCP server was removed (false when nothing to remove).
 */
export interface McpRemoveGitHubResult {
  /**
   * True when the auto-managed `github` MCP server was removed; false when no removal happened (e.g. user has explicitly configured a `github` server, or the server was not registered).
   */
  removed: boolean;
}

/**
 * An MCP resource descriptor (spec `Resource`): URI, name, and optional title, description, MIME type, size, icons, annotations, and metadata. Server-provided fields outside the standard descriptor shape are exposed under `additionalProperties`.
 */
export interface McpResource {
  /**
   * The resource URI (e.g. ui://... or file:///...)
   */
  uri: string;
  /**
   * The programmatic name of the resource
   */
  name: string;
  /**
   * Optional human-readable display title
   */
  title?: string;
  /**
   * Optional description of what this resource represents
   */
  description?: string;
  /**
   * MIME type of the resource, if known
   */
  mimeType?: string;
  /**
   * Resource size in bytes, when known
   */
  size?: number;
  /**
   * Icons associated with this resource
   *
   * Items: A resource icon descriptor plus preserved non-standard icon fields.
   */
  icons?: McpResourceIcon[];
  /**
   * Model/client annotations associated with this resource
   */
  annotations?: McpResourceAnnotations;
  /**
   * Resource-level metadata
   */
  _meta?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * Server-provided non-standard descriptor fields preserved from the MCP response
   */
  additionalProperties?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}

/**
 * Standard MCP resource annotations plus preserved non-standard annotation fields.
 */
export interface McpResourceAnnotations {
  /**
   * Intended audience roles for this resource
   */
  audience?: string[];
  /**
   * Priority hint for model/client use
   */
  priority?: number;
  /**
   * Last-modified timestamp hint
   */
  lastModified?: string;
  /**
   * Server-provided non-standard annotation fields preserved from the MCP response
   */
  additionalProperties?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}

/**
 * MCP resource content with URI, optional MIME type, text or base64 blob, and resource metadata.
 */
export interface McpResourceContent {
  /**
   * The resource URI
   */
  uri: string;
  /**
   * MIME type of the content
   */
  mimeType?: string;
  /**
   * Text content (e.g. HTML)
   */
  text?: string;
  /**
   * Base64-encoded binary content
   */
  blob?: string;
  /**
   * Resource-level metadata (CSP, permissions, etc.)
   */
  _meta?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}

/**
 * A resource icon descriptor plus preserved non-standard icon fields.
 */
export interface McpResourceIcon {
  /**
   * Icon URI
   */
  src: string;
  /**
   * Icon MIME type, when known
   */
  mimeType?: string;
  /**
   * Icon sizes hint
   */
  sizes?: string;
  /**
   * Theme hint for this icon
   */
  theme?: string;
  /**
   * Server-provided non-standard icon fields preserved from the MCP response
   */
  additionalProperties?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}

/**
 * An MCP resource template descriptor (spec `ResourceTemplate`): an RFC 6570 URI template, name, and optional title, description, MIME type, icons, annotations, and metadata. Server-provided fields outside the standard descriptor shape are exposed under `additionalProperties`.
 */
export interface McpResourceTemplate {
  /**
   * An RFC 6570 URI template for constructing resource URIs
   */
  uriTemplate: string;
  /**
   * The programmatic name of the resource template
   */
  name: string;
  /**
   * Optional human-readable display title
   */
  title?: string;
  /**
   * Optional description of what this template is for
   */
  description?: string;
  /**
   * MIME type for resources matching this template, if uniform
   */
  mimeType?: string;
  /**
   * Icons associated with resources matching this template
   *
   * Items: A resource icon descriptor plus preserved non-standard icon fields.
   */
  icons?: McpResourceIcon[];
  /**
   * Model/client annotations associated with this template
   */
  annotations?: McpResourceAnnotations;
  /**
   * Resource-template-level metadata
   */
  _meta?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * Server-provided non-standard descriptor fields preserved from the MCP response
   */
  additionalProperties?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}

/**
 * One page of resources advertised by the named MCP server.
 */
export interface McpResourcesListResult {
  /**
   * Resources advertised by the server (proxied MCP `resources/list`)
   *
   * Items: An MCP resource descriptor (spec `Resource`): URI, name, and optional title, description, MIME type, size, icons, annotations, and metadata. Server-provided fields outside the standard descriptor shape are exposed under `additionalProperties`.
   */
  resources: McpResource[];
  /**
   * Opaque cursor for the next page, if the server has more resources
   */
  nextCursor?: string;
}

/**
 * One page of resource templates advertised by the named MCP server.
 */
export interface McpResourcesListTemplatesResult {
  /**
   * Resource templates advertised by the server (proxied MCP `resources/templates/list`)
   *
   * Items: An MCP resource template descriptor (spec `ResourceTemplate`): an RFC 6570 URI template, name, and optional title, description, MIME type, icons, annotations, and metadata. Server-provided fields outside the standard descriptor shape are exposed under `additionalProperties`.
   */
  resourceTemplates: McpResourceTemplate[];
  /**
   * Opaque cursor for the next page, if the server has more resource templates
   */
  nextCursor?: string;
}

/**
 * Resource contents returned by the MCP server.
 */
export interface McpResourcesReadResult {
  /**
   * Resource contents returned by the server
   *
   * Items: MCP resource content with URI, optional MIME type, text or base64 blob, and resource metadata.
   */
  contents: McpResourceContent[];
}

/**
 * Telemetry-obfuscation policy for an MCP server's tools.
 */
export type McpSafeForTelemetry = boolean | McpSafeForTelemetryFields;

/**
 * Per-field MCP telemetry-obfuscation policy.
 */
export interface McpSafeForTelemetryFields {
  /**
   * Whether the MCP tool name may be included in telemetry without obfuscation.
   */
  name: boolean;
  /**
   * Whether MCP tool input names may be included in telemetry without obfuscation.
   */
  inputsNames: boolean;
}

/**
 * Outcome of the sampling inference. 'success' produced a response; 'failure' encountered an error (including agent-side rejection by content filter or criteria); 'cancelled' the caller cancelled this execution via cancelSamplingExecution.
 */
export type McpSamplingExecutionAction = "success" | "failure" | "cancelled";

/**
 * Outcome of an MCP sampling execution: success result, failure error, or cancellation.
 */
export interface McpSamplingExecutionResult {
  /**
   * Outcome of the sampling inference. 'success' produced a response; 'failure' encountered an error (including agent-side rejection by content filter or criteria); 'cancelled' the caller cancelled this execution via cancelSamplingExecution.
   */
  action: McpSamplingExecutionAction;
  /**
   * MCP CreateMessageResult payload (with optional 'tools' extension), present when action='success'. Treated as opaque at the schema layer; consumers should construct/consume it per the MCP CreateMessageResult shape.
   */
  result?: McpExecuteSamplingResult;
  /**
   * Error description, present when action='failure'.
   */
  error?: string;
}

/**
 * Serializable MCP server configuration (stdio process or remote HTTP/SSE)
 */
export type McpSerializableServerConfig = McpServerConfigStdio | McpServerConfigHttp;

/**
 * MCP server status entry, including config source/plugin source and any connection error.
 */
export interface McpServer {
  /**
   * Server name (config key)
   */
  name: string;
  /**
   * Connection status: connected, failed, needs-auth, pending, disabled, stopped, or not_configured
   */
  status: McpServerStatus;
  /**
   * Configuration source: user, workspace, plugin, builtin, or managed
   */
  source?: McpServerSource;
  /**
   * Plugin name that provided this server, when source is plugin.
   */
  sourcePlugin?: string;
  /**
   * Plugin version that provided this server, when source is plugin.
   */
  sourcePluginVersion?: string;
  /**
   * Human-readable display name supplied by a managed server catalog.
   */
  displayName?: string;
  /**
   * Error message if the server failed to connect
   */
  error?: string;
  /**
   * Server-advertised metadata for a connected server. Omitted when no live connection metadata is available, including while pending or when failed, disabled, stopped, or not configured.
   */
  serverMetadata?: McpServerMetadata;
}

/**
 * Set to `true` to use defaults, or provide an object with additional auth or OIDC settings.
 */
export type McpServerAuthConfig = boolean | McpServerAuthConfigRedirectPort;

/**
 * Authentication settings with optional redirect port configuration.
 */
export interface McpServerAuthConfigRedirectPort {
  /**
   * Fixed port for the OAuth redirect callback server.
   */
  redirectPort?: number;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * An MCP server card supplied inline as an inert document.
 */
export interface McpServerCardEmbedded {
  /**
   * Discriminator: the card is embedded, and carries no URL
   */
  kind: McpServerCardEmbeddedKind;
  /**
   * Media type the card is expected to conform to.
   */
  mediaType: McpServerCardMediaType;
  /**
   * The card document verbatim, treated as inert untrusted bytes. The runtime parses and validates it; the host is not expected to interpret it. Never logged.
   */
  data: string;
}

/**
 * Discriminator for an embedded MCP server card
 */
export type McpServerCardEmbeddedKind = "embedded";

/**
 * JSON MCP card media type accepted for install planning
 */
export type McpServerCardMediaType =
  | "application/mcp-server-card+json"
  | "application/mcp-server+json";

/**
 * A card supplied directly by the caller. Exactly one of a URL or embedded data, encoded structurally so neither both nor neither can be expressed.
 */
export type McpServerCardReference = McpServerCardUrl | McpServerCardEmbedded;

/**
 * An MCP server card to be retrieved from a URL through the runtime's hardened fetch boundary.
 */
export interface McpServerCardUrl {
  /**
   * Discriminator: the card is URL-backed, and carries no embedded data
   */
  kind: McpServerCardUrlKind;
  /**
   * Media type the card is expected to conform to.
   */
  mediaType: McpServerCardMediaType;
  /**
   * Card URL. Retrieved only through the runtime's hardened boundary, with scheme, credential, address-range, redirect, timeout, and response-size controls applied. Never logged.
   */
  url: string;
}

/**
 * Discriminator for a URL-backed MCP server card
 */
export type McpServerCardUrlKind = "url";

/**
 * Controls if tools provided by this server can be loaded on demand via tool search (auto) or always included in the initial tool list (never)
 */
export type McpServerConfigDeferTools = "auto" | "never";

/**
 * Remote MCP server configuration accessed over HTTP or SSE.
 */
export interface McpServerConfigHttp {
  /**
   * Optional human-readable server name.
   */
  displayName?: string;
  /**
   * Telemetry-obfuscation policy for this server's tools.
   */
  safeForTelemetry?: McpSafeForTelemetry;
  /**
   * Tools to include. Defaults to all tools if not specified.
   */
  tools?: string[];
  /**
   * Remote transport type. Defaults to "http" when omitted.
   */
  type?: McpServerConfigHttpType;
  /**
   * Whether this server is a built-in fallback used when the user has not configured their own server.
   */
  isDefaultServer?: boolean;
  /**
   * Content filtering mode to apply to all tools, or a map of tool name to content filtering mode.
   */
  filterMapping?: FilterMapping;
  /**
   * Timeout in milliseconds for tool discovery and tool calls.
   */
  timeout?: number;
  /**
   * Set to `true` to use defaults, or provide an object with additional auth or OIDC settings.
   */
  oidc?: McpServerAuthConfig;
  /**
   * Set to `true` to use defaults, or provide an object with additional auth or OIDC settings.
   */
  auth?: McpServerAuthConfig;
  /**
   * Controls if tools provided by this server can be loaded on demand via tool search (auto) or always included in the initial tool list (never)
   */
  deferTools?: McpServerConfigDeferTools;
  /**
   * Set to true to disable persisted MCP tool snapshots for this server. Live tool discovery is unaffected.
   */
  disableToolCache?: boolean;
  /**
   * Whether secret masking is disabled for calls to this server.
   */
  disableSecretMasking?: boolean;
  /**
   * Tool names excluded after the include filter is applied.
   */
  excludeTools?: string[];
  /**
   * Event types this server receives as Copilot notifications.
   */
  events?: string[];
  /**
   * Copilot notification types this server may send to the host.
   */
  notifications?: string[];
  /**
   * The origin of this server configuration.
   */
  source?: McpServerSource;
  /**
   * Plugin that provided this server.
   */
  sourcePlugin?: string;
  /**
   * Version of the plugin that provided this server.
   */
  sourcePluginVersion?: string;
  /**
   * Whether the providing plugin uses the Open Plugin Spec.
   */
  sourcePluginSpec?: boolean;
  /**
   * Source file path recorded while loading the config.
   */
  sourcePath?: string;
  /**
   * Configuration warnings recorded while loading the server.
   */
  configWarnings?: string[];
  /**
   * URL of the remote MCP server endpoint.
   */
  url: string;
  /**
   * HTTP headers to include in requests to the remote MCP server.
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * Dynamic-header refresh cache lifetime in milliseconds.
   */
  headersRefreshTtlMs?: number;
  /**
   * OAuth client ID for a pre-registered remote MCP OAuth client.
   */
  oauthClientId?: string;
  /**
   * Whether the configured OAuth client is public and does not require a client secret.
   */
  oauthPublicClient?: boolean;
  /**
   * OAuth grant type to use when authenticating to the remote MCP server.
   */
  oauthGrantType?: McpServerConfigHttpOauthGrantType;
}

/**
 * OAuth grant type to use when authenticating to the remote MCP server.
 */
export type McpServerConfigHttpOauthGrantType = "authorization_code" | "client_credentials";

/**
 * Remote transport type. Defaults to "http" when omitted.
 */
export type McpServerConfigHttpType = "http" | "sse";

/**
 * Stdio MCP server configuration launched as a child process.
 */
export interface McpServerConfigStdio {
  /**
   * Optional human-readable server name.
   */
  displayName?: string;
  /**
   * Telemetry-obfuscation policy for this server's tools.
   */
  safeForTelemetry?: McpSafeForTelemetry;
  /**
   * Tools to include. Defaults to all tools if not specified.
   */
  tools?: string[];
  /**
   * Whether this server is a built-in fallback used when the user has not configured their own server.
   */
  isDefaultServer?: boolean;
  /**
   * Content filtering mode to apply to all tools, or a map of tool name to content filtering mode.
   */
  filterMapping?: FilterMapping;
  /**
   * Timeout in milliseconds for tool discovery and tool calls.
   */
  timeout?: number;
  /**
   * Set to `true` to use defaults, or provide an object with additional auth or OIDC settings.
   */
  oidc?: McpServerAuthConfig;
  /**
   * Set to `true` to use defaults, or provide an object with additional auth or OIDC settings.
   */
  auth?: McpServerAuthConfig;
  /**
   * Controls if tools provided by this server can be loaded on demand via tool search (auto) or always included in the initial tool list (never)
   */
  deferTools?: McpServerConfigDeferTools;
  /**
   * Set to true to disable persisted MCP tool snapshots for this server. Live tool discovery is unaffected.
   */
  disableToolCache?: boolean;
  /**
   * Whether secret masking is disabled for calls to this server.
   */
  disableSecretMasking?: boolean;
  /**
   * Tool names excluded after the include filter is applied.
   */
  excludeTools?: string[];
  /**
   * Event types this server receives as Copilot notifications.
   */
  events?: string[];
  /**
   * Copilot notification types this server may send to the host.
   */
  notifications?: string[];
  /**
   * The origin of this server configuration.
   */
  source?: McpServerSource;
  /**
   * Plugin that provided this server.
   */
  sourcePlugin?: string;
  /**
   * Version of the plugin that provided this server.
   */
  sourcePluginVersion?: string;
  /**
   * Whether the providing plugin uses the Open Plugin Spec.
   */
  sourcePluginSpec?: boolean;
  /**
   * Source file path recorded while loading the config.
   */
  sourcePath?: string;
  /**
   * Configuration warnings recorded while loading the server.
   */
  configWarnings?: string[];
  /**
   * Executable command used to start the Stdio MCP server process.
   */
  command: string;
  /**
   * Command-line arguments passed to the Stdio MCP server process.
   */
  args?: string[];
  /**
   * Working directory for the Stdio MCP server process.
   */
  cwd?: string;
  /**
   * Environment variables to pass to the Stdio MCP server process.
   */
  env?: {
    [k: string]: string;
  };
  /**
   * Local transport type. Defaults to stdio when omitted.
   */
  type?: McpServerConfigStdioType;
}

/**
 * Local MCP transport type.
 */
export type McpServerConfigStdioType = "local" | "stdio";

/**
 * Recorded MCP server connection failure.
 */
export interface McpServerFailureInfo {
  /**
   * Failure message produced when the MCP server connection failed.
   */
  message: string;
  /**
   * epoch-ms timestamp at which the failure was recorded.
   */
  timestamp: number;
}

/**
 * MCP servers configured for the session, with their connection status and host-level state.
 */
export interface McpServerList {
  /**
   * Configured MCP servers
   *
   * Items: MCP server status entry, including config source/plugin source and any connection error.
   */
  servers: McpServer[];
  /**
   * Host-level state, omitted when no MCP host is initialized.
   */
  host?: McpHostState;
}

/**
 * Recorded MCP server pending-auth state.
 */
export interface McpServerNeedsAuthInfo {
  /**
   * epoch-ms timestamp at which the server signalled it needs authentication.
   */
  timestamp: number;
}

/**
 * How environment-variable values supplied to MCP servers are resolved. "direct" passes literal string values; "indirect" treats values as references (e.g. names of environment variables on the host) that the runtime resolves before launch. Defaults to the runtime's startup mode; clients that intentionally launch MCP servers with literal values (e.g. CLI prompt mode and ACP) set this to "direct".
 */
export type McpSetEnvValueModeDetails = "direct" | "indirect";

/**
 * Env-value mode recorded on the session after the update.
 */
export interface McpSetEnvValueModeResult {
  /**
   * Mode recorded on the session after the update
   */
  mode: McpSetEnvValueModeDetails;
}

/**
 * Concrete configuration file containing an MCP server declaration.
 */
export interface McpSourceFile {
  /**
   * Canonical file URI for the configuration document
   */
  uri: string;
  /**
   * RFC 6901 JSON Pointer to the server declaration, when known
   */
  jsonPointer?: string;
}

/**
 * Plugin identity associated with an MCP server declaration.
 */
export interface McpSourcePlugin {
  /**
   * Canonical plugin identity
   */
  id: string;
  /**
   * Human-readable plugin name, when available
   */
  name?: string;
  /**
   * Plugin version, when available
   */
  version?: string;
}

/**
 * Canonical identity and location of the effective MCP server declaration. The declaration is uniquely addressed by this source id together with the discovered server name.
 */
export interface McpSourceRef {
  /**
   * Open source-kind identifier. Known values include user, workspace, invocation, plugin, builtin, and device-registry.
   */
  kind: string;
  /**
   * Opaque stable identity for the configuration source. Clients must not parse this value.
   */
  id: string;
  /**
   * Open semantic editability identifier. Known values are editable and read-only.
   */
  editability: string;
  /**
   * Configuration file location, when the declaration is file-backed.
   */
  file?: McpSourceFile;
  /**
   * Plugin identity, when the declaration is plugin-provided.
   */
  plugin?: McpSourcePlugin;
}

/**
 * Metadata controlling an MCP task's lifetime.
 */
export interface McpTaskMetadata {
  /**
   * Task time-to-live.
   */
  ttl?: number;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Normalized MCP Apps discovery metadata from a tool's `_meta.ui` block.
 */
export interface McpToolUi {
  /**
   * URI of the tool's MCP App resource, typically a `ui://` resource identifier. Use `session.mcp.resources.read` to fetch its HTML and resource metadata.
   */
  resourceUri?: string;
  /**
   * Tool visibility advertised by the server. When absent, MCP Apps defaults apply.
   *
   * Items: Consumer allowed to call an MCP tool.
   */
  visibility?: McpToolUiVisibility[];
}

/**
 * Consumer allowed to call an MCP tool.
 */
export type McpToolUiVisibility = "model" | "app";

/**
 * MCP tool metadata with tool name, optional description, and normalized MCP Apps discovery metadata.
 */
export interface McpTools {
  /**
   * Tool name.
   */
  name: string;
  /**
   * Tool description, when provided.
   */
  description?: string;
  /**
   * Normalized MCP Apps discovery metadata. An empty object indicates that a valid `_meta.ui` block was present without recognized fields.
   */
  ui?: McpToolUi;
}

/**
 * Memory configuration for this session.
 */
export interface MemoryConfiguration {
  /**
   * Whether memory is enabled for the session.
   */
  enabled: boolean;
}

/**
 * Per-source attribution breakdown for the session's current context window, or null if uninitialized.
 */
export interface MetadataContextAttributionResult {
  /**
   * Per-source context-window attribution, or null if the session has not yet been initialized (no system prompt or tool metadata cached).
   */
  contextAttribution: SessionContextAttribution;
}

/**
 * The heaviest individual messages in the session's context window, most-expensive first.
 */
export interface MetadataContextHeaviestMessagesResult {
  /**
   * Total token count of the current context window, so callers can compute each message's share without a second call.
   */
  totalTokens: number;
  /**
   * Heaviest messages, most-expensive first.
   *
   * Items: A single large message currently in context.
   */
  messages: ContextHeaviestMessage[];
}

/**
 * Token breakdown for the session's current context window, or null if uninitialized.
 */
export interface MetadataContextInfoResult {
  /**
   * Token breakdown for the current context window, or null if the session has not yet been initialized (no system prompt or tool metadata cached).
   */
  contextInfo: SessionContextInfo;
}

/**
 * Indicates whether the local session is currently processing a turn or background continuation.
 */
export interface MetadataIsProcessingResult {
  /**
   * Whether the session is currently processing user/agent messages. False for non-local sessions (which don't run a local agentic loop). Reflects an in-flight turn or background continuation.
   */
  processing: boolean;
}

/**
 * Re-tokenize the session's existing messages against `modelId` and return the token totals. Useful for hosts that want an initial estimate of context usage on session resume, before the next agent turn fires `session.context_info_changed` events. Returns zeros for an empty session.
 */
export interface MetadataRecomputeContextTokensResult {
  /**
   * Sum of tokens across chat-context and system-context messages currently held by the session.
   */
  totalTokens: number;
  /**
   * Tokens contributed by user/assistant/tool messages (excludes system/developer prompts).
   */
  messagesTokenCount: number;
  /**
   * Tokens contributed by system/developer prompt snapshots.
   */
  systemTokenCount: number;
}

/**
 * Notify the session that its working directory context has changed. Emits a `session.context_changed` event so consumers (telemetry, OTel tracker, ACP, the timeline UI) can react. Use this when the host has detected a cwd/branch/repo change outside the session's normal lifecycle (e.g., after a shell command in interactive mode). For a local session, a report whose `cwd` diverges from the session's current working directory is ignored (the call still succeeds but records nothing and emits no event); move a local session's working directory via `metadata.setWorkingDirectory` instead.
 */
export type MetadataRecordContextChangeResult = Record<string, never>;

/**
 * Update the session's working directory. Used by the host when the user explicitly changes cwd (e.g., the `/cd` slash command). The host is responsible for any related side-effects (file index, etc.); it does NOT change the process working directory (a session's cwd is per-session, not process-global). For local sessions the runtime validates the target first (an absolute path that exists on disk) and re-bases the permission primary directory; a rejected validation fails the call before anything is mutated, persisted, or emitted. Location-scoped permission rules are then re-keyed to the new directory (best-effort). Remote sessions only record the path.
 */
export interface MetadataSetWorkingDirectoryResult {
  /**
   * Working directory after the update
   */
  workingDirectory: string;
}

/**
 * The current agent mode for this session (e.g., 'interactive', 'plan', 'autopilot')
 */
export type MetadataSnapshotCurrentMode = "interactive" | "plan" | "autopilot";

/**
 * Remote-session-specific metadata. Populated only when `isRemote` is true. Fields are immutable for the lifetime of the session.
 */
export interface MetadataSnapshotRemoteMetadata {
  /**
   * The original resource identifier (task ID or PR node ID), preserved across event-replay reconstructions. Falls back to `sessionId` when absent.
   */
  resourceId?: string;
  /**
   * The repository the remote session targets.
   */
  repository: MetadataSnapshotRemoteMetadataRepository;
  /**
   * The pull request number the remote session is associated with, if any.
   */
  pullRequestNumber?: number;
  /**
   * Whether the remote task originated from Copilot Coding Agent (cca) or a CLI `--remote` invocation.
   */
  taskType?: MetadataSnapshotRemoteMetadataTaskType;
}

/**
 * The repository the remote session targets.
 */
export interface MetadataSnapshotRemoteMetadataRepository {
  /**
   * The GitHub owner (user or organization) of the target repository.
   */
  owner: string;
  /**
   * The GitHub repository name (without owner).
   */
  name: string;
  /**
   * The branch the remote session is operating on.
   */
  branch: string;
}

/**
 * Whether the remote task originated from Copilot Coding Agent (cca) or a CLI `--remote` invocation.
 */
export type MetadataSnapshotRemoteMetadataTaskType = "cca" | "cli";

/**
 * Outcome of a session mode change, including any model switch it triggered and follow-up the host must perform.
 */
export interface ModeSetResult {
  /**
   * Lifecycle status of the requested mode change.
   */
  status: string;
  /**
   * Whether applying the mode changed the active model.
   */
  modelChanged: boolean;
  /**
   * Whether the requested mode was applied to the session. False only when an 'expectedMode' precondition did not hold, in which case any model change reported alongside it was still applied.
   */
  modeApplied?: boolean;
  /**
   * Compaction confirmation required before the mode change can complete.
   */
  confirmation?: ModelSwitchConfirmation;
  /**
   * User-facing warning produced while applying the mode change.
   */
  warning?: string;
  /**
   * User-facing outcome message for the model switch triggered by the mode change.
   */
  message?: string;
  /**
   * Deprecation warnings associated with the model selected by the mode change.
   */
  deprecationWarnings?: string[];
  /**
   * Whether the host must defer implementing the requested mode change.
   */
  deferImplementation?: boolean;
  /**
   * Whether the host should arm an interactive continuation after the mode change.
   */
  armInteractiveContinuation?: boolean;
}

/**
 * Copilot model metadata, including identifier, display name, capabilities, policy, billing, reasoning efforts, and picker categories.
 */
export interface Model {
  /**
   * Model identifier (e.g., "claude-sonnet-4.5")
   */
  id: string;
  /**
   * Display name
   */
  name: string;
  /**
   * Model capabilities and limits
   */
  capabilities: ModelCapabilities;
  /**
   * Provider-supplied model metadata. Keys and JSON-compatible values are preserved unchanged. This is factual metadata published by the model provider; it carries no picker or UX semantics.
   */
  metadata?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * Policy state (if applicable)
   */
  policy?: ModelPolicy;
  /**
   * Billing information
   */
  billing?: ModelBilling;
  /**
   * Supported reasoning effort levels (only present if model supports reasoning effort)
   */
  supportedReasoningEfforts?: string[];
  /**
   * Default reasoning effort level (only present if model supports reasoning effort)
   */
  defaultReasoningEffort?: string;
  /**
   * Context-window tiers this model offers, when the provider advertises them independently of tiered token pricing. Copilot models carry their tiers in `billing.tokenPrices`; a provider that has no pricing to publish (an agent host reached over AHP, for example) declares them here instead, so the model picker can still offer the tier toggle.
   */
  supportedContextTiers?: string[];
  /**
   * Model capability category for grouping in the model picker
   */
  modelPickerCategory?: ModelPickerCategory;
  /**
   * Relative cost tier for token-based billing users
   */
  modelPickerPriceCategory?: ModelPickerPriceCategory;
  /**
   * Warning text the service requires hosts to surface for this model. Present only when the service published at least one warning.
   */
  warningText?: ModelWarningText;
  /**
   * Informational notices the service published for this model, such as an upcoming change or a recommended alternative. Present only when the service published at least one notice. Hosts should surface these without implying anything is wrong with the model.
   *
   * Items: A service-published message about a model, carrying a stable machine-readable code alongside human-readable text.
   */
  infoMessages?: ModelMessage[];
  /**
   * Warnings the service published for this model, such as a deprecated client version. Present only when the service published at least one warning. The model remains usable; hosts should surface these as advisory rather than blocking.
   *
   * Items: A service-published message about a model, carrying a stable machine-readable code alongside human-readable text.
   */
  warningMessages?: ModelMessage[];
}

/**
 * Billing information
 */
export interface ModelBilling {
  /**
   * Billing cost multiplier relative to the base rate
   */
  multiplier?: number;
  /**
   * Token-level pricing information for this model
   */
  tokenPrices?: ModelBillingTokenPrices;
  /**
   * Whole-number percentage discount (0-100) applied to usage billed through this model. Populated for the synthetic `auto` model, where requests routed by auto-mode are billed at a reduced rate; absent for concrete models.
   */
  discountPercent?: number;
  /**
   * Active server-driven promotion for this model, if any. Present when the model is being promoted with a discount, which may be time-boxed or open-ended.
   */
  promo?: ModelBillingPromo;
}

/**
 * Active server-driven promotion for a model, including its discount and optional expiry.
 */
export interface ModelBillingPromo {
  /**
   * Stable identifier for the promotion campaign.
   */
  id?: string;
  /**
   * Percentage discount (0-100) applied while the promotion is active. May be fractional.
   */
  discountPercent?: number;
  /**
   * UTC ISO 8601 timestamp marking when the promotion ends. Optional: an open-ended promotion omits this field. When present, the API only surfaces a promo whose expiry parses and is in the future, so consumers should treat a past value as expired.
   */
  endsAt?: string;
  /**
   * Human-readable promotion message. Does not include the expiry timestamp; consumers may format endsAt and append it when present.
   */
  message?: string;
  /**
   * Whether the service asked hosts to give this promotion a prominent surface, such as a dedicated banner, in addition to listing it with the model. `true` requests that surface and `false` asks for the model list only. Absent means the service expressed no preference — for example a response that predates the field — so hosts should apply their own default rather than read it as `false`.
   */
  showBanner?: boolean;
}

/**
 * Token-level pricing information for this model
 */
export interface ModelBillingTokenPrices {
  /**
   * AI Credits cost per billing batch of input tokens
   */
  inputPrice?: number;
  /**
   * AI Credits cost per billing batch of output tokens
   */
  outputPrice?: number;
  /**
   * @deprecated
   * Use cacheReadPrice instead. AI Credits cost per billing batch of cached tokens
   */
  cachePrice?: number;
  /**
   * AI Credits cost per billing batch of cached (read) tokens
   */
  cacheReadPrice?: number;
  /**
   * AI Credits cost per billing batch of cache-write (cache creation) tokens.
   */
  cacheWritePrice?: number;
  /**
   * AI Credits cost per billing batch of 1-hour cache-write (cache creation) tokens.
   */
  cacheWrite1hPrice?: number;
  /**
   * Number of tokens per standard billing batch
   */
  batchSize?: number;
  /**
   * @deprecated
   * Use maxPromptTokens instead. Prompt token budget for the default tier. The total context window is this value plus the model's max_output_tokens.
   */
  contextMax?: number;
  /**
   * Prompt token budget for the default tier. The total context window is this value plus the model's max_output_tokens.
   */
  maxPromptTokens?: number;
  /**
   * Long context tier pricing (available for models with extended context windows)
   */
  longContext?: ModelBillingTokenPricesLongContext;
}

/**
 * Long context tier pricing (available for models with extended context windows)
 */
export interface ModelBillingTokenPricesLongContext {
  /**
   * AI Credits cost per billing batch of input tokens
   */
  inputPrice?: number;
  /**
   * AI Credits cost per billing batch of output tokens
   */
  outputPrice?: number;
  /**
   * @deprecated
   * Use cacheReadPrice instead. AI Credits cost per billing batch of cached tokens
   */
  cachePrice?: number;
  /**
   * AI Credits cost per billing batch of cached (read) tokens
   */
  cacheReadPrice?: number;
  /**
   * AI Credits cost per billing batch of cache-write (cache creation) tokens.
   */
  cacheWritePrice?: number;
  /**
   * AI Credits cost per billing batch of 1-hour cache-write (cache creation) tokens.
   */
  cacheWrite1hPrice?: number;
  /**
   * @deprecated
   * Use maxPromptTokens instead. Prompt token budget for the long context tier. The total context window is this value plus the model's max_output_tokens.
   */
  contextMax?: number;
  /**
   * Prompt token budget for the long context tier. The total context window is this value plus the model's max_output_tokens.
   */
  maxPromptTokens?: number;
}

/**
 * Model capabilities and limits
 */
export interface ModelCapabilities {
  /**
   * Feature flags indicating what the model supports
   */
  supports?: ModelCapabilitiesSupports;
  /**
   * Token limits for prompts, outputs, and context window
   */
  limits?: ModelCapabilitiesLimits;
}

/**
 * Token limits for prompts, outputs, and context window
 */
export interface ModelCapabilitiesLimits {
  /**
   * Maximum number of prompt/input tokens
   */
  max_prompt_tokens?: number;
  /**
   * Maximum number of output/completion tokens
   */
  max_output_tokens?: number;
  /**
   * Maximum total context window size in tokens
   */
  max_context_window_tokens?: number;
  /**
   * Vision-specific limits
   */
  vision?: ModelCapabilitiesLimitsVision;
}

/**
 * Vision-specific limits
 */
export interface ModelCapabilitiesLimitsVision {
  /**
   * MIME types the model accepts
   */
  supported_media_types: string[];
  /**
   * Maximum number of images per prompt
   */
  max_prompt_images: number;
  /**
   * Maximum image size in bytes
   */
  max_prompt_image_size: number;
}

/**
 * Optional capability overrides (vision, tool_calls, reasoning, etc.).
 */
export interface ModelCapabilitiesOverride {
  /**
   * Feature flags indicating what the model supports
   */
  supports?: ModelCapabilitiesOverrideSupports;
  /**
   * Token limits for prompts, outputs, and context window
   */
  limits?: ModelCapabilitiesOverrideLimits;
}

/**
 * Token limits for prompts, outputs, and context window
 */
export interface ModelCapabilitiesOverrideLimits {
  /**
   * Maximum number of prompt/input tokens
   */
  max_prompt_tokens?: number;
  /**
   * Maximum number of output/completion tokens
   */
  max_output_tokens?: number;
  /**
   * Maximum total context window size in tokens
   */
  max_context_window_tokens?: number;
  /**
   * Vision-specific limits
   */
  vision?: ModelCapabilitiesOverrideLimitsVision;
}

/**
 * Vision-specific limits
 */
export interface ModelCapabilitiesOverrideLimitsVision {
  /**
   * MIME types the model accepts
   */
  supported_media_types?: string[];
  /**
   * Maximum number of images per prompt
   */
  max_prompt_images?: number;
  /**
   * Maximum image size in bytes
   */
  max_prompt_image_size?: number;
}

/**
 * Feature flags indicating what the model supports
 */
export interface ModelCapabilitiesOverrideSupports {
  /**
   * Whether this model supports vision/image input
   */
  vision?: boolean;
  /**
   * Whether this model supports reasoning effort configuration
   */
  reasoningEffort?: boolean;
  /**
   * Resolved Anthropic adaptive-thinking capability — unsupported / optional / required / adaptive_only. 'required' models reject thinking.type='enabled' with HTTP 400 but still accept 'disabled' (e.g. opus-4.7/4.8/5, sonnet-5); 'adaptive_only' models accept nothing but 'adaptive' (e.g. fable, mythos).
   */
  adaptive_thinking?: AdaptiveThinkingSupport;
}

/**
 * Feature flags indicating what the model supports
 */
export interface ModelCapabilitiesSupports {
  /**
   * Whether this model supports vision/image input
   */
  vision?: boolean;
  /**
   * Whether this model supports reasoning effort configuration
   */
  reasoningEffort?: boolean;
  /**
   * Resolved Anthropic adaptive-thinking capability — unsupported / optional / required / adaptive_only. 'required' models reject thinking.type='enabled' with HTTP 400 but still accept 'disabled' (e.g. opus-4.7/4.8/5, sonnet-5); 'adaptive_only' models accept nothing but 'adaptive' (e.g. fable, mythos).
   */
  adaptive_thinking?: AdaptiveThinkingSupport;
}

/**
 * List of Copilot models available to the resolved user, including capabilities and billing metadata.
 */
export interface ModelList {
  /**
   * List of available models with full metadata
   *
   * Items: Copilot model metadata, including identifier, display name, capabilities, policy, billing, reasoning efforts, and picker categories.
   */
  models: Model[];
}

/**
 * A service-published message about a model, carrying a stable machine-readable code alongside human-readable text.
 */
export interface ModelMessage {
  /**
   * Stable machine-readable identifier for the message, such as `client_version_deprecated`. Hosts can key custom presentation off this; unrecognized codes should fall back to displaying `message`.
   */
  code: string;
  /**
   * Human-readable message text intended for display to the user.
   */
  message: string;
}

/**
 * Model capability category for grouping in the model picker
 */
export type ModelPickerCategory = "lightweight" | "versatile" | "powerful";

/**
 * Part of {@linkcode SessionModelSwitchToParams} (the schema does not describe it).
 */
export interface ModelPickerPersistenceRequest {
  /**
   * Filesystem and environment context used to resolve settings persistence.
   */
  settingsContext: ModelPickerSettingsContext;
  /**
   * Whether reasoning effort was explicitly selected and should be persisted.
   */
  reasoningEffortExplicit?: boolean;
  /**
   * Whether context tier was explicitly selected and should be persisted.
   */
  contextTierExplicit?: boolean;
}

/**
 * Relative cost tier for token-based billing users
 */
export type ModelPickerPriceCategory = "low" | "medium" | "high" | "very_high";

/**
 * Filesystem and environment context used to resolve model-picker settings.
 */
export interface ModelPickerSettingsContext {
  /**
   * Optional Copilot configuration directory containing persisted settings.
   */
  configDir?: string;
  /**
   * User home directory used when resolving persisted settings.
   */
  homeDirectory: string;
  /**
   * Environment variables consulted while resolving model-picker settings.
   */
  environment: {
    [k: string]: unknown;
  };
}

/**
 * Policy state (if applicable)
 */
export interface ModelPolicy {
  /**
   * Current policy state for this model
   */
  state: ModelPolicyState;
  /**
   * Usage terms or conditions for this model
   */
  terms?: string;
}

/**
 * Current policy state for this model
 */
export type ModelPolicyState = "enabled" | "disabled" | "unconfigured";

/**
 * The applied host allowlist and effective session model policy after intersection.
 */
export interface ModelSetAllowedModelsResult {
  /**
   * Normalized host allowlist. Omitted when the host restriction was cleared, or when a relay client does not return the host policy.
   */
  allowedModels?: string[];
  /**
   * Effective exact IDs or repository policy patterns after applying the host restriction. Omitted by relay clients that do not return the host policy.
   */
  effectiveAllowedModels?: string[];
  /**
   * Effective deterministic fallback model, when the policy defines one.
   */
  fallbackModel?: string;
  /**
   * Selected session model after reconciling a now-disallowed concrete selection.
   */
  modelId?: string;
}

/**
 * Update the session's reasoning effort without changing the selected model. Use `switchTo` instead when you also need to change the model. The runtime stores the effort on the session and applies it to subsequent turns.
 */
export interface ModelSetReasoningEffortResult {
  /**
   * Reasoning effort level recorded on the session after the update
   */
  reasoningEffort: string;
}

/**
 * Immediate acknowledgement and Auto preference snapshot after a switch request. This result never implies that a pending preference committed.
 */
export interface ModelSwitchAutoTierResult {
  /**
   * Immediate request status. `pending` means accepted but not committed.
   */
  status: ModelSwitchAutoTierStatus;
  /**
   * Auto preference currently committed for the session.
   */
  effectiveAutoTier?: AutoTier;
  /**
   * Latest unclaimed Auto preference waiting for a future user turn.
   */
  pendingAutoTier?: AutoTier | null;
  /**
   * Auto preference currently claimed by an in-progress activation. Null means the activation is returning to provider-default routing.
   */
  activatingAutoTier?: AutoTier | null;
  /**
   * Earlier unclaimed preference replaced by this request. This can be present with either status, including when selecting the effective preference cancels pending work.
   */
  supersededAutoTier?: AutoTier | null;
}

/**
 * Whether the requested preference was already effective or was accepted for later transactional activation.
 */
export type ModelSwitchAutoTierStatus = "unchanged" | "pending";

/**
 * Part of {@linkcode ModeSetResult} and {@linkcode ModelSwitchToResult} (the schema does not describe it).
 */
export interface ModelSwitchConfirmation {
  /**
   * Display name of the model that requires compaction confirmation.
   */
  targetModelDisplayName: string;
  /**
   * Current conversation token count before switching models.
   */
  currentTokens: number;
  /**
   * Target model token limit used by the compaction preflight.
   */
  targetLimit: number;
}

/**
 * The model identifier active on the session after the switch.
 */
export interface ModelSwitchToResult {
  /**
   * Currently active model identifier after the switch
   */
  modelId?: string;
  /**
   * True when the switch was deferred (enqueued as a cancellable `/model` command) because a turn was active or another model change was already queued, rather than applied immediately. When true, the session's live model is unchanged until the queued change drains.
   */
  deferred?: boolean;
  /**
   * Lifecycle result for the requested switch
   */
  status?: string;
  /**
   * Compaction confirmation projection when status is confirmation_required
   */
  confirmation?: ModelSwitchConfirmation;
  /**
   * Persistence failure encountered after applying the model switch.
   */
  persistenceError?: string;
  /**
   * User-facing outcome message for the model switch.
   */
  message?: string;
  /**
   * User-facing warning produced while applying the model switch.
   */
  warning?: string;
  /**
   * Deprecation warnings associated with the selected model or options.
   */
  deprecationWarnings?: string[];
  /**
   * Authoritative model and Auto preference state after an immediate switch. For deferred switches this remains the current state until the queued change drains.
   */
  modelState?: CurrentModel;
}

/**
 * Service-published warning text that hosts should display when presenting a model.
 */
export interface ModelWarningText {
  /**
   * Data-retention warning for the model. The text may contain Markdown links and should be rendered as Markdown when supported.
   */
  dataRetention?: string;
}

/**
 * Optional opaque account selection or compatibility GitHub token used to list models.
 */
export type ModelsListRequest = undefined | {
  /**
   * Opaque account identifier returned by `account.getAllUsers`. When omitted, the current account is used.
   */
  selectionId?: string;
  /**
   * GitHub token accepted for compatibility with existing SDK clients. When provided, resolves this token instead of using the current account.
   */
  gitHubToken?: string;
};

/**
 * Result of moving in-flight MCP loading to the background.
 */
export interface MoveMcpLoadingToBackgroundResult {
  /**
   * Whether an in-flight MCP load was moved to the background, releasing turns that were waiting on it. False when no MCP load was in flight or the waiting turns had already been released.
   */
  movedToBackground: boolean;
}

/**
 * The session's friendly name, or null when not yet set.
 */
export interface NameGetResult {
  /**
   * The session name (user-set or auto-generated), or null if not yet set
   */
  name: string | null;
}

/**
 * Indicates whether the auto-generated summary was applied as the session's name.
 */
export interface NameSetAutoResult {
  /**
   * Whether the auto-generated summary was persisted. False if the session already has a user-set name, the summary normalized to empty, or the session does not have a workspace.
   */
  applied: boolean;
}

/**
 * External SDK input for a named custom model provider. Ingested by the native protocol boundary before host dispatch.
 */
export interface NamedProviderConfig {
  /**
   * Unique provider name used to qualify model selection IDs.
   */
  name: string;
  /**
   * Provider protocol family.
   */
  type?: ProviderConfigType;
  /**
   * Wire API used to communicate with the provider.
   */
  wireApi?: ProviderConfigWireApi;
  /**
   * Transport used to communicate with the provider.
   */
  transport?: ProviderConfigTransport;
  /**
   * Base URL for provider API requests.
   */
  baseUrl: string;
  /**
   * Static API key used to authenticate provider requests.
   */
  apiKey?: string;
  /**
   * Static bearer token used to authenticate provider requests.
   */
  bearerToken?: string;
  /**
   * Azure authentication configuration for the provider.
   */
  azure?: ProviderConfigAzure;
  /**
   * Additional HTTP headers included with provider requests.
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * Whether the host supplies bearer tokens dynamically.
   */
  hasBearerTokenProvider?: boolean;
}

/**
 * Open canvas instance snapshot.
 */
export interface OpenCanvasInstance {
  /**
   * Stable caller-supplied canvas instance identifier
   */
  instanceId: string;
  /**
   * Owning provider identifier
   */
  extensionId: string;
  /**
   * Owning extension display name, when available
   */
  extensionName?: string;
  /**
   * Provider-local canvas identifier
   */
  canvasId: string;
  /**
   * Host-local PNG path for the canvas icon, when supplied
   */
  icon?: string;
  /**
   * Rendered title
   */
  title?: string;
  /**
   * Provider-supplied status text
   */
  status?: string;
  /**
   * URL for web-rendered canvases
   */
  url?: string;
  /**
   * Input supplied when the instance was opened
   */
  input?: {
    [k: string]: unknown;
  };
}

/**
 * Content-exclusion policy supplied to `session.options.update`, with rules, last-updated data, and scope.
 */
export interface OptionsUpdateAdditionalContentExclusionPolicy {
  /**
   * Content-exclusion rules to apply.
   *
   * Items: Single content-exclusion rule supplied to `session.options.update`, with paths, match conditions, and source.
   */
  rules: OptionsUpdateAdditionalContentExclusionPolicyRule[];
  /**
   * Opaque policy update timestamp supplied by the host.
   */
  last_updated_at: {
    [k: string]: unknown;
  };
  /**
   * Allowed values for the `OptionsUpdateAdditionalContentExclusionPolicyScope` enumeration.
   */
  scope: OptionsUpdateAdditionalContentExclusionPolicyScope;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Single content-exclusion rule supplied to `session.options.update`, with paths, match conditions, and source.
 */
export interface OptionsUpdateAdditionalContentExclusionPolicyRule {
  /**
   * Path patterns covered by this rule.
   */
  paths: string[];
  /**
   * Conditions of which at least one must match.
   */
  ifAnyMatch?: string[];
  /**
   * Conditions none of which may match.
   */
  ifNoneMatch?: string[];
  /**
   * Source descriptor for a `session.options.update` content-exclusion rule, with source name and type.
   */
  source: OptionsUpdateAdditionalContentExclusionPolicyRuleSource;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Source descriptor for a `session.options.update` content-exclusion rule, with source name and type.
 */
export interface OptionsUpdateAdditionalContentExclusionPolicyRuleSource {
  /**
   * Name of the policy source.
   */
  name: string;
  /**
   * Type of the policy source.
   */
  type: string;
}

/**
 * Allowed values for the `OptionsUpdateAdditionalContentExclusionPolicyScope` enumeration.
 */
export type OptionsUpdateAdditionalContentExclusionPolicyScope = "repo" | "all";

/**
 * Context tier for models with tiered pricing. The session uses this to derive effective `modelCapabilitiesOverrides` so compaction, truncation, token display, and request limits honor the selected tier.
 */
export type OptionsUpdateContextTier = "default" | "long_context";

/**
 * How env values are passed to MCP servers (`direct` inlines literal values; `indirect` resolves at launch).
 */
export type OptionsUpdateEnvValueMode = "direct" | "indirect";

/**
 * Reasoning summary mode for supported model clients.
 */
export type OptionsUpdateReasoningSummary = "none" | "concise" | "detailed";

/**
 * Controls how availableTools (allowlist) and excludedTools (denylist) combine when both are set.
 */
export type OptionsUpdateToolFilterPrecedence = "available" | "excluded";

/**
 * Pending permission prompt reconstructed from event history, with request ID and user-facing prompt details.
 */
export interface PendingPermissionRequest {
  /**
   * Unique identifier for the pending permission request
   */
  requestId: string;
  /**
   * The user-facing permission prompt details (commands, write, read, mcp, url, memory, custom-tool, path, hook)
   */
  request: PermissionPromptRequest;
}

/**
 * List of pending permission requests reconstructed from event history.
 */
export interface PendingPermissionRequestList {
  /**
   * Pending permission prompts reconstructed from the session's event history. Equivalent to the set of `permission.requested` events that have not yet been followed by a matching `permission.completed` event. Used by clients (e.g. the CLI) to hydrate UI for prompts that were emitted before the client attached to the session.
   *
   * Items: Pending permission prompt reconstructed from event history, with request ID and user-facing prompt details.
   */
  items: PendingPermissionRequest[];
}

/**
 * The client's response to the pending permission prompt
 */
export type PermissionDecision =
  | PermissionDecisionApproveOnce
  | PermissionDecisionApproveForSession
  | PermissionDecisionApproveForLocation
  | PermissionDecisionApprovePermanently
  | PermissionDecisionReject
  | PermissionDecisionUserNotAvailable
  | PermissionDecisionApproved
  | PermissionDecisionApprovedForSession
  | PermissionDecisionApprovedForLocation
  | PermissionDecisionCancelled
  | PermissionDecisionDeniedByRules
  | PermissionDecisionDeniedNoApprovalRuleAndCouldNotRequestFromUser
  | PermissionDecisionDeniedInteractivelyByUser
  | PermissionDecisionDeniedByContentExclusionPolicy
  | PermissionDecisionDeniedByPermissionRequestHook;

/**
 * Permission-decision request variant to approve and persist a permission for a project location, with approval details and location key.
 */
export interface PermissionDecisionApproveForLocation {
  /**
   * Approve and persist for this project location
   */
  kind: "approve-for-location";
  /**
   * Approval to persist for this location
   */
  approval: PermissionDecisionApproveForLocationApproval;
  /**
   * Location key (git root or cwd) to persist the approval to
   */
  locationKey: string;
}

/**
 * Approval to persist for this location
 */
export type PermissionDecisionApproveForLocationApproval =
  | PermissionDecisionApproveForLocationApprovalCommands
  | PermissionDecisionApproveForLocationApprovalRead
  | PermissionDecisionApproveForLocationApprovalWrite
  | PermissionDecisionApproveForLocationApprovalMcp
  | PermissionDecisionApproveForLocationApprovalMcpSampling
  | PermissionDecisionApproveForLocationApprovalMemory
  | PermissionDecisionApproveForLocationApprovalCustomTool
  | PermissionDecisionApproveForLocationApprovalExtensionManagement
  | PermissionDecisionApproveForLocationApprovalFactory
  | PermissionDecisionApproveForLocationApprovalExtensionPermissionAccess
  | PermissionDecisionApproveForLocationApprovalExtensionEnvAccess;

/**
 * Location-scoped approval details for specific command identifiers.
 */
export interface PermissionDecisionApproveForLocationApprovalCommands {
  /**
   * Approval scoped to specific command identifiers.
   */
  kind: "commands";
  /**
   * Command identifiers covered by this approval.
   */
  commandIdentifiers: string[];
}

/**
 * Location-scoped approval details for a custom tool, keyed by tool name.
 */
export interface PermissionDecisionApproveForLocationApprovalCustomTool {
  /**
   * Approval covering a custom tool.
   */
  kind: "custom-tool";
  /**
   * Custom tool name.
   */
  toolName: string;
}

/**
 * Location-scoped approval details for an extension's access to sensitive environment variables, keyed by extension name and the exact set of variable names.
 */
export interface PermissionDecisionApproveForLocationApprovalExtensionEnvAccess {
  /**
   * Approval covering an extension's request to read sensitive environment variables.
   */
  kind: "extension-env-access";
  /**
   * Extension name.
   */
  extensionName: string;
  /**
   * Names of the sensitive environment variables this approval covers. Values are never persisted.
   *
   * @minItems 1
   */
  environmentVariables: string[];
}

/**
 * Location-scoped approval details for extension-management operations, optionally narrowed by operation.
 */
export interface PermissionDecisionApproveForLocationApprovalExtensionManagement {
  /**
   * Approval covering extension lifecycle operations such as enable, disable, or reload.
   */
  kind: "extension-management";
  /**
   * Optional operation identifier; when omitted, the approval covers all extension management operations.
   */
  operation?: string;
}

/**
 * Location-scoped approval details for an extension's permission-gated capability access, keyed by extension name.
 */
export interface PermissionDecisionApproveForLocationApprovalExtensionPermissionAccess {
  /**
   * Approval covering an extension's request to access a permission-gated capability.
   */
  kind: "extension-permission-access";
  /**
   * Extension name.
   */
  extensionName: string;
}

/**
 * Location-scoped factory approval, optionally narrowed by approval key.
 */
export interface PermissionDecisionApproveForLocationApprovalFactory {
  /**
   * Approval covering factory operations.
   */
  kind: "factory";
  /**
   * Optional factory operation name or canonical approval key; when omitted, the approval covers all factory operations.
   */
  approvalKey?: string;
}

/**
 * Location-scoped approval details for an MCP server tool, or all tools on the server when `toolName` is null.
 */
export interface PermissionDecisionApproveForLocationApprovalMcp {
  /**
   * Approval covering an MCP tool.
   */
  kind: "mcp";
  /**
   * MCP server name.
   */
  serverName: string;
  /**
   * MCP tool name, or null to cover every tool on the server.
   */
  toolName: string | null;
}

/**
 * Location-scoped approval details for MCP sampling requests from a server.
 */
export interface PermissionDecisionApproveForLocationApprovalMcpSampling {
  /**
   * Approval covering MCP sampling requests for a server.
   */
  kind: "mcp-sampling";
  /**
   * MCP server name.
   */
  serverName: string;
}

/**
 * Location-scoped approval details for writes to long-term memory.
 */
export interface PermissionDecisionApproveForLocationApprovalMemory {
  /**
   * Approval covering writes to long-term memory.
   */
  kind: "memory";
}

/**
 * Location-scoped approval details for read-only filesystem operations.
 */
export interface PermissionDecisionApproveForLocationApprovalRead {
  /**
   * Approval covering read-only filesystem operations.
   */
  kind: "read";
}

/**
 * Location-scoped approval details for filesystem write operations.
 */
export interface PermissionDecisionApproveForLocationApprovalWrite {
  /**
   * Approval covering filesystem write operations.
   */
  kind: "write";
}

/**
 * Permission-decision request variant to approve for the rest of the session, with optional tool approval or URL domain.
 */
export interface PermissionDecisionApproveForSession {
  /**
   * Approve and remember for the rest of the session
   */
  kind: "approve-for-session";
  /**
   * Session-scoped approval to remember (tool prompts only; omitted for path/url prompts)
   */
  approval?: PermissionDecisionApproveForSessionApproval;
  /**
   * URL domain to approve for the rest of the session (URL prompts only)
   */
  domain?: string;
}

/**
 * Session-scoped approval to remember (tool prompts only; omitted for path/url prompts)
 */
export type PermissionDecisionApproveForSessionApproval =
  | PermissionDecisionApproveForSessionApprovalCommands
  | PermissionDecisionApproveForSessionApprovalRead
  | PermissionDecisionApproveForSessionApprovalWrite
  | PermissionDecisionApproveForSessionApprovalMcp
  | PermissionDecisionApproveForSessionApprovalMcpSampling
  | PermissionDecisionApproveForSessionApprovalMemory
  | PermissionDecisionApproveForSessionApprovalCustomTool
  | PermissionDecisionApproveForSessionApprovalExtensionManagement
  | PermissionDecisionApproveForSessionApprovalFactory
  | PermissionDecisionApproveForSessionApprovalExtensionPermissionAccess
  | PermissionDecisionApproveForSessionApprovalExtensionEnvAccess;

/**
 * Session-scoped approval details for specific command identifiers.
 */
export interface PermissionDecisionApproveForSessionApprovalCommands {
  /**
   * Approval scoped to specific command identifiers.
   */
  kind: "commands";
  /**
   * Command identifiers covered by this approval.
   */
  commandIdentifiers: string[];
}

/**
 * Session-scoped approval details for a custom tool, keyed by tool name.
 */
export interface PermissionDecisionApproveForSessionApprovalCustomTool {
  /**
   * Approval covering a custom tool.
   */
  kind: "custom-tool";
  /**
   * Custom tool name.
   */
  toolName: string;
}

/**
 * Session-scoped approval details for an extension's access to sensitive environment variables, keyed by extension name and the exact set of variable names.
 */
export interface PermissionDecisionApproveForSessionApprovalExtensionEnvAccess {
  /**
   * Approval covering an extension's request to read sensitive environment variables.
   */
  kind: "extension-env-access";
  /**
   * Extension name.
   */
  extensionName: string;
  /**
   * Names of the sensitive environment variables this approval covers. Values are never persisted.
   *
   * @minItems 1
   */
  environmentVariables: string[];
}

/**
 * Session-scoped approval details for extension-management operations, optionally narrowed by operation.
 */
export interface PermissionDecisionApproveForSessionApprovalExtensionManagement {
  /**
   * Approval covering extension lifecycle operations such as enable, disable, or reload.
   */
  kind: "extension-management";
  /**
   * Optional operation identifier; when omitted, the approval covers all extension management operations.
   */
  operation?: string;
}

/**
 * Session-scoped approval details for an extension's permission-gated capability access, keyed by extension name.
 */
export interface PermissionDecisionApproveForSessionApprovalExtensionPermissionAccess {
  /**
   * Approval covering an extension's request to access a permission-gated capability.
   */
  kind: "extension-permission-access";
  /**
   * Extension name.
   */
  extensionName: string;
}

/**
 * Session-scoped factory approval, optionally narrowed by approval key.
 */
export interface PermissionDecisionApproveForSessionApprovalFactory {
  /**
   * Approval covering factory operations.
   */
  kind: "factory";
  /**
   * Optional factory operation name or canonical approval key; when omitted, the approval covers all factory operations.
   */
  approvalKey?: string;
}

/**
 * Session-scoped approval details for an MCP server tool, or all tools on the server when `toolName` is null.
 */
export interface PermissionDecisionApproveForSessionApprovalMcp {
  /**
   * Approval covering an MCP tool.
   */
  kind: "mcp";
  /**
   * MCP server name.
   */
  serverName: string;
  /**
   * MCP tool name, or null to cover every tool on the server.
   */
  toolName: string | null;
}

/**
 * Session-scoped approval details for MCP sampling requests from a server.
 */
export interface PermissionDecisionApproveForSessionApprovalMcpSampling {
  /**
   * Approval covering MCP sampling requests for a server.
   */
  kind: "mcp-sampling";
  /**
   * MCP server name.
   */
  serverName: string;
}

/**
 * Session-scoped approval details for writes to long-term memory.
 */
export interface PermissionDecisionApproveForSessionApprovalMemory {
  /**
   * Approval covering writes to long-term memory.
   */
  kind: "memory";
}

/**
 * Session-scoped approval details for read-only filesystem operations.
 */
export interface PermissionDecisionApproveForSessionApprovalRead {
  /**
   * Approval covering read-only filesystem operations.
   */
  kind: "read";
}

/**
 * Session-scoped approval details for filesystem write operations.
 */
export interface PermissionDecisionApproveForSessionApprovalWrite {
  /**
   * Approval covering filesystem write operations.
   */
  kind: "write";
}

/**
 * Permission-decision request variant to approve only the current permission request.
 */
export interface PermissionDecisionApproveOnce {
  /**
   * Approve this single request only
   */
  kind: "approve-once";
  /**
   * True only when a host surfaced this request to a user who approved it.
   */
  approvedInteractively?: boolean;
}

/**
 * Permission-decision request variant to permanently approve a URL domain across sessions.
 */
export interface PermissionDecisionApprovePermanently {
  /**
   * Approve and persist across sessions (URL prompts only)
   */
  kind: "approve-permanently";
  /**
   * URL domain to approve permanently
   */
  domain: string;
}

/**
 * Permission-decision variant indicating the request was approved.
 */
export interface PermissionDecisionApproved {
  /**
   * The permission request was approved
   */
  kind: "approved";
}

/**
 * Permission-decision variant indicating approval was persisted for a project location, with approval details and location key.
 */
export interface PermissionDecisionApprovedForLocation {
  /**
   * Approved and persisted for this project location
   */
  kind: "approved-for-location";
  /**
   * The approval to persist for this location
   */
  approval: UserToolSessionApproval;
  /**
   * The location key (git root or cwd) to persist the approval to
   */
  locationKey: string;
}

/**
 * Permission-decision variant indicating approval was remembered for the session, with approval details.
 */
export interface PermissionDecisionApprovedForSession {
  /**
   * Approved and remembered for the rest of the session
   */
  kind: "approved-for-session";
  /**
   * The approval to add as a session-scoped rule
   */
  approval: UserToolSessionApproval;
}

/**
 * Permission-decision variant indicating the request was cancelled before use, with an optional reason.
 */
export interface PermissionDecisionCancelled {
  /**
   * The permission request was cancelled before a response was used
   */
  kind: "cancelled";
  /**
   * Optional explanation of why the request was cancelled
   */
  reason?: string;
}

/**
 * Optional informational context describing how and where the permission decision was made. This does not affect permission behavior.
 */
export interface PermissionDecisionContext {
  /**
   * Disposition of the permission request as observed by the responding client.
   */
  outcome: PermissionDecisionOutcome;
  /**
   * Controlled reason or actor responsible for the response.
   */
  source: PermissionDecisionSource;
  /**
   * Client surface that submitted the response.
   */
  surface: PermissionDecisionSurface;
  /**
   * Whether the responding client could ask a user interactively, was running headlessly, or had no response path. Omit when the client cannot determine this authoritatively.
   */
  responseCapability?: PermissionResponseCapability;
}

/**
 * Permission-decision variant indicating denial by content-exclusion policy, with path and message.
 */
export interface PermissionDecisionDeniedByContentExclusionPolicy {
  /**
   * Denied by the organization's content exclusion policy
   */
  kind: "denied-by-content-exclusion-policy";
  /**
   * File path that triggered the exclusion
   */
  path: string;
  /**
   * Human-readable explanation of why the path was excluded
   */
  message: string;
}

/**
 * Permission-decision variant indicating denial by a permission request hook, with optional message and interrupt flag.
 */
export interface PermissionDecisionDeniedByPermissionRequestHook {
  /**
   * Denied by a permission request hook registered by an extension or plugin
   */
  kind: "denied-by-permission-request-hook";
  /**
   * Optional message from the hook explaining the denial
   */
  message?: string;
  /**
   * Whether to interrupt the current agent turn
   */
  interrupt?: boolean;
}

/**
 * Permission-decision variant indicating explicit denial by permission rules, with the matching rules.
 */
export interface PermissionDecisionDeniedByRules {
  /**
   * Denied because approval rules explicitly blocked it
   */
  kind: "denied-by-rules";
  /**
   * Rules that denied the request
   *
   * Items: A permission approval or denial rule matched against a tool request, identified by a rule kind with an optional argument value.
   */
  rules: PermissionRule[];
}

/**
 * Permission-decision variant indicating the user denied an interactive prompt, with optional feedback and force-reject flag.
 */
export interface PermissionDecisionDeniedInteractivelyByUser {
  /**
   * Denied by the user during an interactive prompt
   */
  kind: "denied-interactively-by-user";
  /**
   * Optional feedback from the user explaining the denial
   */
  feedback?: string;
  /**
   * Whether to force-reject the current agent turn
   */
  forceReject?: boolean;
}

/**
 * Permission-decision variant indicating no approval rule matched and user confirmation was unavailable.
 */
export interface PermissionDecisionDeniedNoApprovalRuleAndCouldNotRequestFromUser {
  /**
   * Denied because no approval rule matched and user confirmation was unavailable
   */
  kind: "denied-no-approval-rule-and-could-not-request-from-user";
}

/**
 * Disposition of a permission request as observed by the responding client.
 */
export type PermissionDecisionOutcome = "auto_approved" | "autopilot_denied" | "prompted_user";

/**
 * Permission-decision request variant to reject a pending permission request, with optional feedback.
 */
export interface PermissionDecisionReject {
  /**
   * Reject the request
   */
  kind: "reject";
  /**
   * Optional feedback explaining the rejection
   */
  feedback?: string;
}

/**
 * Client surface that submitted a permission response.
 */
export type PermissionDecisionSurface = "tui" | "prompt_mode" | "copilot_app" | "acp" | "sdk";

/**
 * Permission-decision variant indicating no user was available to confirm the request.
 */
export interface PermissionDecisionUserNotAvailable {
  /**
   * No user is available to confirm the request
   */
  kind: "user-not-available";
}

/**
 * Summary of persisted location permissions applied to the session.
 */
export interface PermissionLocationApplyResult {
  /**
   * Location key used in the location-permissions store
   */
  locationKey: string;
  /**
   * Whether the location is a git repo or directory
   */
  locationType: PermissionLocationType;
  /**
   * Whether a different location was applied since the previous apply call
   */
  changed: boolean;
  /**
   * Number of location-scoped rules added to the live permission service
   */
  appliedRuleCount: number;
  /**
   * Number of persisted allowed directories added to the live path manager
   */
  appliedDirectoryCount: number;
  /**
   * Location-scoped rules applied to the live permission service
   *
   * Items: A permission approval or denial rule matched against a tool request, identified by a rule kind with an optional argument value.
   */
  appliedRules: PermissionRule[];
}

/**
 * Resolved location-permissions key and type.
 */
export interface PermissionLocationResolveResult {
  /**
   * Location key used in the location-permissions store
   */
  locationKey: string;
  /**
   * Whether the location is a git repo or directory
   */
  locationType: PermissionLocationType;
}

/**
 * Whether the location is a git repo or directory
 */
export type PermissionLocationType = "repo" | "dir";

/**
 * Optional source for permission-mode telemetry. Defaults to `rpc` when omitted for SDK callers.
 */
export type PermissionModeSource =
  | "cli_flag"
  | "slash_command"
  | "autopilot_confirmation"
  | "user_setting"
  | "organization_targeting"
  | "rpc";

/**
 * Indicates whether the supplied path is within the session's allowed directories.
 */
export interface PermissionPathsAllowedCheckResult {
  /**
   * Whether the path is within the session's allowed directories
   */
  allowed: boolean;
}

/**
 * If specified, replaces the session's path-permission policy. The runtime constructs the appropriate PathManager based on these inputs (rooted at the session's working directory). Omit to leave the current path policy unchanged.
 */
export interface PermissionPathsConfig {
  /**
   * If true, the runtime allows access to all paths without prompting. Equivalent to constructing an UnrestrictedPathManager.
   */
  unrestricted?: boolean;
  /**
   * Additional directories to allow tool access to (in addition to the session's working directory). Conventional `.github/skills/` and `.github/agents/` definitions under them also join the session catalogs when their subsystem gates are enabled, so supplying a directory is a trust decision for configuration stored there. When `unrestricted` is true, these are still pre-populated on the UnrestrictedPathManager so they remain visible via getDirectories() (e.g. for @-mention completion).
   */
  additionalDirectories?: string[];
  /**
   * Whether to include the system temp directory in the allowed list (defaults to true). Ignored when `unrestricted` is true.
   */
  includeTempDirectory?: boolean;
  /**
   * Workspace root path (special-cased to be allowed even before the directory exists). Ignored when `unrestricted` is true.
   */
  workspacePath?: string;
}

/**
 * Snapshot of the session's allow-listed directories and primary working directory.
 */
export interface PermissionPathsList {
  /**
   * All directories currently allowed for tool access on this session.
   */
  directories: string[];
  /**
   * The primary working directory for this session.
   */
  primary: string;
}

/**
 * Indicates whether the supplied path is within the session's workspace directory.
 */
export interface PermissionPathsWorkspaceCheckResult {
  /**
   * Whether the path is within the session workspace directory
   */
  allowed: boolean;
}

/**
 * Indicates whether the permission decision was applied; false when the request was already resolved.
 */
export interface PermissionRequestResult {
  /**
   * Whether the permission request was handled successfully
   */
  success: boolean;
}

/**
 * Response capability available to the client when it settled a permission request.
 */
export type PermissionResponseCapability = "interactive" | "headless" | "none";

/**
 * If specified, replaces the session's approved/denied permission rules. Omit to leave the current rules unchanged.
 */
export interface PermissionRulesSet {
  /**
   * Rules that auto-approve matching requests
   *
   * Items: A permission approval or denial rule matched against a tool request, identified by a rule kind with an optional argument value.
   */
  approved: PermissionRule[];
  /**
   * Rules that auto-deny matching requests
   *
   * Items: A permission approval or denial rule matched against a tool request, identified by a rule kind with an optional argument value.
   */
  denied: PermissionRule[];
}

/**
 * If specified, replaces the session's URL-permission policy. The runtime constructs a fresh DefaultUrlManager based on these inputs. Omit to leave the current URL policy unchanged.
 */
export interface PermissionUrlsConfig {
  /**
   * If true, the runtime allows access to all URLs without prompting. Initial allow-list is ignored when this is true.
   */
  unrestricted?: boolean;
  /**
   * Initial list of allowed URL/domain patterns. Patterns may include path components. Ignored when `unrestricted` is true.
   */
  initialAllowed?: string[];
}

/**
 * Content-exclusion policy supplied to `session.permissions.configure`, with rules, last-updated data, and scope.
 */
export interface PermissionsConfigureAdditionalContentExclusionPolicy {
  /**
   * Content-exclusion rules to apply.
   *
   * Items: Single content-exclusion rule supplied to `session.permissions.configure`, with paths, match conditions, and source.
   */
  rules: PermissionsConfigureAdditionalContentExclusionPolicyRule[];
  /**
   * Opaque policy update timestamp supplied by the host.
   */
  last_updated_at: {
    [k: string]: unknown;
  };
  /**
   * Allowed values for the `PermissionsConfigureAdditionalContentExclusionPolicyScope` enumeration.
   */
  scope: PermissionsConfigureAdditionalContentExclusionPolicyScope;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Single content-exclusion rule supplied to `session.permissions.configure`, with paths, match conditions, and source.
 */
export interface PermissionsConfigureAdditionalContentExclusionPolicyRule {
  /**
   * Path patterns covered by this rule.
   */
  paths: string[];
  /**
   * Conditions of which at least one must match.
   */
  ifAnyMatch?: string[];
  /**
   * Conditions none of which may match.
   */
  ifNoneMatch?: string[];
  /**
   * Source descriptor for a `session.permissions.configure` content-exclusion rule, with source name and type.
   */
  source: PermissionsConfigureAdditionalContentExclusionPolicyRuleSource;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Source descriptor for a `session.permissions.configure` content-exclusion rule, with source name and type.
 */
export interface PermissionsConfigureAdditionalContentExclusionPolicyRuleSource {
  /**
   * Name of the policy source.
   */
  name: string;
  /**
   * Type of the policy source.
   */
  type: string;
}

/**
 * Allowed values for the `PermissionsConfigureAdditionalContentExclusionPolicyScope` enumeration.
 */
export type PermissionsConfigureAdditionalContentExclusionPolicyScope = "repo" | "all";

/**
 * Indicates whether the operation succeeded.
 */
export interface PermissionsConfigureResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
}

/**
 * Indicates whether the operation succeeded.
 */
export interface PermissionsFolderTrustAddTrustedResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
}

/**
 * Current permission mode.
 */
export interface PermissionsGetModeResult {
  /**
   * Current permission mode
   */
  mode: PermissionMode;
}

/**
 * Tool approval to persist and apply
 */
export type PermissionsLocationsAddToolApprovalDetails =
  | PermissionsLocationsAddToolApprovalDetailsCommands
  | PermissionsLocationsAddToolApprovalDetailsRead
  | PermissionsLocationsAddToolApprovalDetailsWrite
  | PermissionsLocationsAddToolApprovalDetailsMcp
  | PermissionsLocationsAddToolApprovalDetailsMcpSampling
  | PermissionsLocationsAddToolApprovalDetailsMemory
  | PermissionsLocationsAddToolApprovalDetailsCustomTool
  | PermissionsLocationsAddToolApprovalDetailsExtensionManagement
  | PermissionsLocationsAddToolApprovalDetailsFactory
  | PermissionsLocationsAddToolApprovalDetailsExtensionPermissionAccess
  | PermissionsLocationsAddToolApprovalDetailsExtensionEnvAccess;

/**
 * Location-persisted tool approval details for specific command identifiers.
 */
export interface PermissionsLocationsAddToolApprovalDetailsCommands {
  /**
   * Approval scoped to specific command identifiers.
   */
  kind: "commands";
  /**
   * Command identifiers covered by this approval.
   */
  commandIdentifiers: string[];
}

/**
 * Location-persisted tool approval details for a custom tool, keyed by tool name.
 */
export interface PermissionsLocationsAddToolApprovalDetailsCustomTool {
  /**
   * Approval covering a custom tool.
   */
  kind: "custom-tool";
  /**
   * Custom tool name.
   */
  toolName: string;
}

/**
 * Location-persisted tool approval details for an extension's access to sensitive environment variables, keyed by extension name and the exact set of variable names.
 */
export interface PermissionsLocationsAddToolApprovalDetailsExtensionEnvAccess {
  /**
   * Approval covering an extension's request to read sensitive environment variables.
   */
  kind: "extension-env-access";
  /**
   * Extension name.
   */
  extensionName: string;
  /**
   * Names of the sensitive environment variables this approval covers. Values are never persisted.
   *
   * @minItems 1
   */
  environmentVariables: string[];
}

/**
 * Location-persisted tool approval details for extension-management operations, optionally narrowed by operation.
 */
export interface PermissionsLocationsAddToolApprovalDetailsExtensionManagement {
  /**
   * Approval covering extension lifecycle operations such as enable, disable, or reload.
   */
  kind: "extension-management";
  /**
   * Optional operation identifier; when omitted, the approval covers all extension management operations.
   */
  operation?: string;
}

/**
 * Location-persisted tool approval details for an extension's permission-gated capability access, keyed by extension name.
 */
export interface PermissionsLocationsAddToolApprovalDetailsExtensionPermissionAccess {
  /**
   * Approval covering an extension's request to access a permission-gated capability.
   */
  kind: "extension-permission-access";
  /**
   * Extension name.
   */
  extensionName: string;
}

/**
 * Location-persisted factory approval, optionally narrowed by approval key.
 */
export interface PermissionsLocationsAddToolApprovalDetailsFactory {
  /**
   * Approval covering factory operations.
   */
  kind: "factory";
  /**
   * Optional factory operation name or canonical approval key; when omitted, the approval covers all factory operations.
   */
  approvalKey?: string;
}

/**
 * Location-persisted tool approval details for an MCP server tool, or all tools when `toolName` is null.
 */
export interface PermissionsLocationsAddToolApprovalDetailsMcp {
  /**
   * Approval covering an MCP tool.
   */
  kind: "mcp";
  /**
   * MCP server name.
   */
  serverName: string;
  /**
   * MCP tool name, or null to cover every tool on the server.
   */
  toolName: string | null;
}

/**
 * Location-persisted tool approval details for MCP sampling requests from a server.
 */
export interface PermissionsLocationsAddToolApprovalDetailsMcpSampling {
  /**
   * Approval covering MCP sampling requests for a server.
   */
  kind: "mcp-sampling";
  /**
   * MCP server name.
   */
  serverName: string;
}

/**
 * Location-persisted tool approval details for writes to long-term memory.
 */
export interface PermissionsLocationsAddToolApprovalDetailsMemory {
  /**
   * Approval covering writes to long-term memory.
   */
  kind: "memory";
}

/**
 * Location-persisted tool approval details for read-only filesystem operations.
 */
export interface PermissionsLocationsAddToolApprovalDetailsRead {
  /**
   * Approval covering read-only filesystem operations.
   */
  kind: "read";
}

/**
 * Location-persisted tool approval details for filesystem write operations.
 */
export interface PermissionsLocationsAddToolApprovalDetailsWrite {
  /**
   * Approval covering filesystem write operations.
   */
  kind: "write";
}

/**
 * Indicates whether the operation succeeded.
 */
export interface PermissionsLocationsAddToolApprovalResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
}

/**
 * Indicates whether the operation succeeded.
 */
export interface PermissionsModifyRulesResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
}

/**
 * Whether the change applies to ephemeral session-scoped rules (cleared at session end) or to location-scoped rules persisted via the location-permissions config file.
 */
export type PermissionsModifyRulesScope = "session" | "location";

/**
 * Indicates whether the operation succeeded.
 */
export interface PermissionsNotifyPromptShownResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
}

/**
 * Indicates whether the operation succeeded.
 */
export interface PermissionsPathsAddResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
}

/**
 * Indicates whether the operation succeeded.
 */
export interface PermissionsPathsUpdatePrimaryResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
}

/**
 * Indicates whether the operation succeeded.
 */
export interface PermissionsResetSessionApprovalsResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
}

/**
 * Indicates whether the operation succeeded.
 */
export interface PermissionsSetApproveAllResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
}

/**
 * Optional source for allow-all telemetry. Defaults to `rpc` when omitted for SDK callers.
 */
export type PermissionsSetApproveAllSource =
  | "cli_flag"
  | "slash_command"
  | "autopilot_confirmation"
  | "user_setting"
  | "rpc";

/**
 * Indicates whether the requested permission mode was applied and reports the authoritative post-mutation mode.
 */
export interface PermissionsSetModeResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
  /**
   * Authoritative permission mode after the mutation
   */
  mode: PermissionMode;
}

/**
 * Indicates whether the operation succeeded.
 */
export interface PermissionsSetRequiredResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
}

/**
 * Indicates whether the operation succeeded.
 */
export interface PermissionsUrlsSetUnrestrictedModeResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
}

/**
 * Optional message to echo back to the caller.
 */
export interface PingRequest {
  /**
   * Optional message to echo back
   */
  message?: string;
}

/**
 * Server liveness response, including the echoed message, current server timestamp, and protocol version.
 */
export interface PingResult {
  /**
   * Echoed message (or default greeting)
   */
  message: string;
  /**
   * ISO 8601 timestamp when the server handled the ping
   */
  timestamp: string;
  /**
   * Server protocol version number
   */
  protocolVersion: number;
}

/**
 * Existence, contents, and resolved path of the session plan file.
 */
export interface PlanReadResult {
  /**
   * Whether the plan file exists in the workspace
   */
  exists: boolean;
  /**
   * The content of the plan file, or null if it does not exist
   */
  content: string | null;
  /**
   * Absolute file path of the plan file, or null if workspace is not enabled
   */
  path: string | null;
}

/**
 * Todo rows read from the session SQL database. Empty when no session database is available.
 */
export interface PlanReadSqlTodosResult {
  /**
   * Rows from the session SQL todos table, ordered by creation time with insertion order used to break ties when available and id used for WITHOUT ROWID tables.
   *
   * Items: A single todo row read from the session SQL `todos` table. All fields are optional because the SQL schema is best-effort and the agent may not have populated every column.
   */
  rows: PlanSqlTodosRow[];
}

/**
 * Todo rows + dependency edges read from the session SQL database.
 */
export interface PlanReadSqlTodosWithDependenciesResult {
  /**
   * Rows from the session SQL todos table, ordered by creation time with insertion order used to break ties when available and id used for WITHOUT ROWID tables. Empty when no database, no todos table, or the SELECT failed.
   *
   * Items: A single todo row read from the session SQL `todos` table. All fields are optional because the SQL schema is best-effort and the agent may not have populated every column.
   */
  rows: PlanSqlTodosRow[];
  /**
   * Edges from the session SQL todo_deps table. Empty when no database, no todo_deps table, or the SELECT failed. Read independently from `rows`, so a broken todo_deps table does not affect the rows result and vice versa.
   *
   * Items: A single dependency edge read from the session SQL `todo_deps` table, indicating that one todo must complete before another.
   */
  dependencies: PlanSqlTodoDependency[];
}

/**
 * A single dependency edge read from the session SQL `todo_deps` table, indicating that one todo must complete before another.
 */
export interface PlanSqlTodoDependency {
  /**
   * ID of the todo that has the dependency.
   */
  todoId: string;
  /**
   * ID of the todo it depends on.
   */
  dependsOn: string;
}

/**
 * A single todo row read from the session SQL `todos` table. All fields are optional because the SQL schema is best-effort and the agent may not have populated every column.
 */
export interface PlanSqlTodosRow {
  /**
   * Todo identifier.
   */
  id?: string;
  /**
   * Todo title.
   */
  title?: string;
  /**
   * Todo description.
   */
  description?: string;
  /**
   * Todo status.
   */
  status?: string;
  /**
   * Todo creation time, as stored by the session SQL schema's `datetime('now')` default: `YYYY-MM-DD HH:MM:SS` in UTC. Lets clients attribute todos to the work item that created them (e.g. scoping a goal's progress to the todos it produced) rather than to the whole session.
   */
  createdAt?: string;
}

/**
 * Session plugin metadata, with name, marketplace, optional version, and enabled state.
 */
export interface Plugin {
  /**
   * Plugin name
   */
  name: string;
  /**
   * Marketplace the plugin came from
   */
  marketplace: string;
  /**
   * Installed version
   */
  version?: string;
  /**
   * Whether the plugin is currently enabled
   */
  enabled: boolean;
}

/**
 * Result of installing a plugin.
 */
export interface PluginInstallResult {
  /**
   * The newly installed plugin's metadata
   */
  plugin: InstalledPluginInfo;
  /**
   * Number of skills discovered and installed from the plugin
   */
  skillsInstalled: number;
  /**
   * Where the completed plugin tree was staged before atomic promotion
   */
  stagingMode?: PluginInstallStagingMode;
  /**
   * Optional post-install message provided by the plugin (e.g. setup instructions)
   */
  postInstallMessage?: string;
  /**
   * Set when the install path is deprecated (e.g. direct repo / URL / local installs). Callers should surface this to end users.
   */
  deprecationWarning?: string;
}

/**
 * Where completed plugin content was staged before atomic promotion.
 */
export type PluginInstallStagingMode = "external" | "destination_sibling";

/**
 * Plugins installed for the session, with their enabled state and version metadata.
 */
export interface PluginList {
  /**
   * Installed plugins
   *
   * Items: Session plugin metadata, with name, marketplace, optional version, and enabled state.
   */
  plugins: Plugin[];
}

/**
 * Plugins installed in user/global state.
 */
export interface PluginListResult {
  /**
   * Installed plugins
   *
   * Items: Information about an installed plugin tracked in global state.
   */
  plugins: InstalledPluginInfo[];
}

/**
 * Per-plugin result from updating all plugins, with versions, skills installed, success flag, and optional error.
 */
export interface PluginUpdateAllEntry {
  /**
   * Plugin name that was updated
   */
  name: string;
  /**
   * Marketplace the plugin came from. Empty string ("") for direct installs.
   */
  marketplace: string;
  /**
   * Whether the update succeeded for this plugin
   */
  success: boolean;
  /**
   * Previously installed version, when available
   */
  previousVersion?: string;
  /**
   * Version after the update, when available
   */
  newVersion?: string;
  /**
   * Number of skills installed after the update (success only)
   */
  skillsInstalled?: number;
  /**
   * Error message (failure only)
   */
  error?: string;
}

/**
 * Result of updating all installed plugins.
 */
export interface PluginUpdateAllResult {
  /**
   * Per-plugin update results in deterministic order.
   *
   * Items: Per-plugin result from updating all plugins, with versions, skills installed, success flag, and optional error.
   */
  results: PluginUpdateAllEntry[];
}

/**
 * Result of updating a single plugin.
 */
export interface PluginUpdateResult {
  /**
   * Version that was previously installed, when available
   */
  previousVersion?: string;
  /**
   * Version after the update, when reported by the plugin manifest
   */
  newVersion?: string;
  /**
   * Number of skills discovered and installed after the update
   */
  skillsInstalled: number;
}

/**
 * Trusted built-in plugin directories to use for this runtime process.
 */
export interface PluginsBuiltinSetRequest {
  /**
   * Complete replacement set of trusted built-in plugin directories. Every entry must be an absolute local filesystem path no longer than 4096 characters.
   *
   * @maxItems 64
   */
  paths: string[];
}

/**
 * Plugin names (or specs) to disable, plus the optional working directory the repository-controlled guard is evaluated against.
 */
export interface PluginsDisableRequest {
  /**
   * Plugin names or "plugin@marketplace" specs to disable. Unknown names are ignored. Non-marketplace direct installs cannot be disabled via this API; uninstall them instead. Plugin-owned MCP servers are stopped in active sessions immediately; other plugin contributions remain available until each session reloads plugins.
   */
  names: string[];
  /**
   * Working directory whose repository `enabledPlugins` overlay decides whether this mutation is repository-controlled. Hosts that serve sessions across several repositories (the SDK server) should pass the session's directory; otherwise the guard is evaluated against the server process's own working directory, which may belong to a different repository. Defaults to the server's current working directory.
   */
  workingDirectory?: string;
}

/**
 * Plugin names (or specs) to enable, plus the optional working directory the repository-controlled guard is evaluated against.
 */
export interface PluginsEnableRequest {
  /**
   * Plugin names or "plugin@marketplace" specs to enable. Unknown names are ignored. Non-marketplace direct installs are always enabled and cannot be toggled via this API.
   */
  names: string[];
  /**
   * Working directory whose repository `enabledPlugins` overlay decides whether this mutation is repository-controlled. Hosts that serve sessions across several repositories (the SDK server) should pass the session's directory; otherwise the guard is evaluated against the server process's own working directory, which may belong to a different repository. Defaults to the server's current working directory.
   */
  workingDirectory?: string;
}

/**
 * Plugin source and optional working directory for relative-path resolution.
 */
export interface PluginsInstallRequest {
  /**
   * Plugin install spec. Accepts the same forms as the CLI: "plugin@marketplace" (marketplace install), "owner/repo" or "owner/repo:subpath" (GitHub direct), an http/https/ssh URL, or a local path. Direct (non-marketplace) installs are deprecated and will produce a deprecationWarning in the result.
   */
  source: string;
  /**
   * Working directory used to resolve relative local paths in `source`. Defaults to the server's current working directory.
   */
  workingDirectory?: string;
}

/**
 * Marketplace source and optional working directory for relative-path resolution.
 */
export interface PluginsMarketplacesAddRequest {
  /**
   * Marketplace source. Accepts the same forms as the CLI: "owner/repo" or "owner/repo#ref" (GitHub), an http/https/ssh URL (optionally with #ref), a git scp-style URL (user@host:path), or a local path. The marketplace's own name (from its manifest) is used as the registration key.
   */
  source: string;
  /**
   * Working directory used to resolve relative local paths in `source`. Defaults to the server's current working directory.
   */
  workingDirectory?: string;
}

/**
 * Name of the marketplace whose plugin catalog to fetch.
 */
export interface PluginsMarketplacesBrowseRequest {
  /**
   * Marketplace name to browse
   */
  name: string;
}

/**
 * Optional marketplace name; omit to refresh all.
 */
export type PluginsMarketplacesRefreshRequest = undefined | {
  /**
   * Marketplace name to refresh. When omitted, every registered marketplace is refreshed.
   */
  name?: string;
};

/**
 * Name of the marketplace to remove and an optional force flag.
 */
export interface PluginsMarketplacesRemoveRequest {
  /**
   * Marketplace name to remove
   */
  name: string;
  /**
   * When true, also uninstall every plugin sourced from this marketplace. When false (default), removal is a no-op if any plugin from this marketplace is installed and the dependent plugin names are returned in the result.
   */
  force?: boolean;
}

/**
 * Name (or spec) of the plugin to uninstall.
 */
export interface PluginsUninstallRequest {
  /**
   * Plugin name or "plugin@marketplace" spec to uninstall. When ambiguous, prefer the fully-qualified spec.
   */
  name: string;
  /**
   * Stable source identity for a direct (non-marketplace) install. Disambiguates uninstall when multiple installed plugins share the same name.
   */
  directSourceId?: string | null;
}

/**
 * Name (or spec) of the plugin to update.
 */
export interface PluginsUpdateRequest {
  /**
   * Plugin name or "plugin@marketplace" spec to update.
   */
  name: string;
}

/**
 * Part of {@linkcode ProtocolSystemMessageAppendConfig} (the schema does not describe it).
 */
export type ProtocolAppendMode = "append";

/**
 * Part of {@linkcode ProtocolSystemMessageCustomizeConfig} (the schema does not describe it).
 */
export type ProtocolCustomizeMode = "customize";

/**
 * Controls whether the runtime may defer loading an external tool definition.
 */
export type ProtocolExternalToolDefer = "auto" | "never";

/**
 * Serializable definition of a caller-implemented tool whose execution is handled over the SDK connection.
 */
export interface ProtocolExternalToolDefinition {
  /**
   * Unique model-visible tool name.
   */
  name: string;
  /**
   * Model-visible explanation of what the tool does.
   */
  description: string;
  /**
   * Optional human-readable display title.
   */
  title?: string;
  /**
   * JSON Schema describing the tool's input arguments.
   */
  parameters?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * Whether this definition replaces a built-in tool with the same name.
   */
  overridesBuiltInTool?: boolean;
  /**
   * Whether execution bypasses the normal tool permission prompt.
   */
  skipPermission?: boolean;
  /**
   * Tool-loading deferral policy.
   */
  defer?: ProtocolExternalToolDefer;
  /**
   * Whether the tool executes commands in a terminal.
   */
  isTerminal?: boolean;
  /**
   * Optional caller-defined metadata associated with the tool.
   */
  metadata?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}

/**
 * Part of {@linkcode ProtocolSectionOverride} (the schema does not describe it).
 */
export type ProtocolMarkerSectionOverride = {
  /**
   * Section override action discriminator.
   */
  action: "transform";
} | {
  /**
   * Section override action discriminator.
   */
  action: "preserve";
};

/**
 * Part of {@linkcode ProtocolSystemMessageReplaceConfig} (the schema does not describe it).
 */
export type ProtocolReplaceMode = "replace";

/**
 * Part of {@linkcode ProtocolSystemMessageCustomizeConfig} (the schema does not describe it).
 */
export type ProtocolSectionOverride = ProtocolStaticSectionOverride | ProtocolMarkerSectionOverride;

/**
 * Part of {@linkcode ProtocolStaticSectionOverride} (the schema does not describe it).
 */
export type ProtocolStaticSectionAction = "replace" | "remove" | "append" | "prepend";

/**
 * Part of {@linkcode ProtocolSectionOverride} (the schema does not describe it).
 */
export interface ProtocolStaticSectionOverride {
  /**
   * Declarative operation applied to the section.
   */
  action: ProtocolStaticSectionAction;
  /**
   * Optional content used by replace, append, and prepend operations.
   */
  content?: string;
}

/**
 * Part of {@linkcode ProtocolSystemMessageConfig} (the schema does not describe it).
 */
export interface ProtocolSystemMessageAppendConfig {
  /**
   * Append-mode discriminator. Omission also selects append mode.
   */
  mode?: ProtocolAppendMode;
  /**
   * Text appended to the standard system prompt.
   */
  content?: string;
}

/**
 * Part of {@linkcode ProviderModelConfig} (the schema does not describe it).
 */
export type ProtocolSystemMessageConfig =
  | ProtocolSystemMessageAppendConfig
  | ProtocolSystemMessageReplaceConfig
  | ProtocolSystemMessageCustomizeConfig;

/**
 * Part of {@linkcode ProtocolSystemMessageConfig} (the schema does not describe it).
 */
export interface ProtocolSystemMessageCustomizeConfig {
  /**
   * Customize-mode discriminator.
   */
  mode: ProtocolCustomizeMode;
  /**
   * Named standard-prompt section overrides.
   */
  sections?: {
    [k: string]: ProtocolSectionOverride;
  };
  /**
   * Text appended after the customized sections.
   */
  content?: string;
}

/**
 * Part of {@linkcode ProtocolSystemMessageConfig} (the schema does not describe it).
 */
export interface ProtocolSystemMessageReplaceConfig {
  /**
   * Replace-mode discriminator.
   */
  mode: ProtocolReplaceMode;
  /**
   * Complete replacement system-message text.
   */
  content: string;
  /**
   * Optional structured blocks corresponding to the replacement content.
   */
  contentBlocks?: SystemMessageBlock[];
}

/**
 * The selectable model entries synthesized for the models added by this call.
 */
export interface ProviderAddResult {
  /**
   * Synthesized selectable model entries for the newly added BYOK models, each under its provider-qualified selection id (`provider/id`). Empty when only providers were added.
   */
  models: {
    [k: string]: unknown;
  }[];
}

/**
 * Custom model-provider configuration (BYOK).
 */
export interface ProviderConfig {
  /**
   * Provider type. Defaults to "openai" for generic OpenAI-compatible APIs.
   */
  type?: ProviderConfigType;
  /**
   * Wire API format (openai/azure only). Defaults to "completions".
   */
  wireApi?: ProviderConfigWireApi;
  /**
   * Provider transport. Defaults to "http".
   */
  transport?: ProviderConfigTransport;
  /**
   * API endpoint URL.
   */
  baseUrl: string;
  /**
   * API key. Optional for local providers like Ollama.
   */
  apiKey?: string;
  /**
   * Bearer token for authentication. Sets the Authorization header directly. Takes precedence over apiKey when both are set.
   */
  bearerToken?: string;
  /**
   * Azure-specific provider options.
   */
  azure?: ProviderConfigAzure;
  /**
   * Well-known model ID used for capability lookup. When set, agent behavior config and token limits are inferred from this model.
   */
  modelId?: string;
  /**
   * Overrides for model capabilities when they cannot be inferred from modelId.
   */
  modelCapabilities?: ModelCapabilitiesOverride;
  /**
   * Provider name used for model and telemetry attribution.
   */
  providerName?: string;
  /**
   * The model identifier sent to the provider API for inference (the "wire" model), as opposed to modelId which is the well-known base.
   */
  wireModel?: string;
  /**
   * Maximum prompt/input tokens for the model.
   */
  maxPromptTokens?: number;
  /**
   * Maximum context window tokens for the model.
   */
  maxContextWindowTokens?: number;
  /**
   * Maximum output tokens for the model.
   */
  maxOutputTokens?: number;
  /**
   * Custom HTTP headers to include in all outbound requests to the provider.
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * When true, the SDK client supplies bearer tokens on demand: the runtime calls the client-session `providerToken.getToken` callback before each request and applies the returned token as an `Authorization: Bearer <token>` header. This is the bearer/OAuth scheme used by Azure AD / managed-identity tokens and provider OAuth access tokens (including Anthropic's), not a provider-specific API-key header such as Anthropic's `x-api-key`. The token-acquiring function itself stays on the SDK side and is never serialized; only this flag crosses the wire. When set alongside `apiKey`/`bearerToken`, the callback takes precedence: the runtime applies the token returned by `providerToken.getToken` as the `Authorization: Bearer` header for each request and does not send the static credential.
   */
  hasBearerTokenProvider?: boolean;
}

/**
 * Azure-specific provider options.
 */
export interface ProviderConfigAzure {
  /**
   * API version. When set, uses the versioned deployment route. When omitted, uses the GA versionless v1 route.
   */
  apiVersion?: string;
}

/**
 * Provider transport. Defaults to "http".
 */
export type ProviderConfigTransport = "http" | "websockets";

/**
 * Provider type. Defaults to "openai" for generic OpenAI-compatible APIs.
 */
export type ProviderConfigType = "openai" | "azure" | "anthropic";

/**
 * Wire API format (openai/azure only). Defaults to "completions".
 */
export type ProviderConfigWireApi = "completions" | "responses";

/**
 * A snapshot of the provider endpoint the session is currently configured to talk to.
 */
export interface ProviderEndpoint {
  /**
   * Provider family. Matches the `type` field of a BYOK provider config.
   */
  type: ProviderEndpointType;
  /**
   * Wire API to be used, when required for the provider type.
   */
  wireApi?: ProviderEndpointWireApi;
  /**
   * Transport to be used for provider requests.
   */
  transport?: ProviderEndpointTransport;
  /**
   * Base URL to pass to the LLM client library.
   */
  baseUrl: string;
  /**
   * A credential the caller should use with this endpoint. Omitted only when the endpoint accepts unauthenticated requests.
   */
  apiKey?: string;
  /**
   * HTTP headers the caller must include on every outbound request.
   */
  headers: {
    [k: string]: string;
  };
  /**
   * Short-lived, rotating credential the caller must send on every request, in addition to `apiKey` if one is present. Omitted when the endpoint does not require one.
   */
  sessionToken?: ProviderSessionToken;
}

/**
 * Transport to be used for provider requests.
 */
export type ProviderEndpointTransport = "http" | "websockets";

/**
 * Provider family. Matches the `type` field of a BYOK provider config.
 */
export type ProviderEndpointType = "openai" | "azure" | "anthropic";

/**
 * Wire API to be used, when required for the provider type.
 */
export type ProviderEndpointWireApi = "completions" | "responses";

/**
 * A BYOK model definition referencing a named provider.
 */
export interface ProviderModelConfig {
  /**
   * Provider-local model id, unique within its provider. The session-wide selection id (shown in the model list and passed to switchTo) is the provider-qualified `provider/id`.
   */
  id: string;
  /**
   * Name of the configured provider that serves this model.
   */
  provider: string;
  /**
   * The model name sent to the provider API for inference. Defaults to `id`.
   */
  wireModel?: string;
  /**
   * Well-known base model id used for behavior/capability/config lookup. Defaults to `id`.
   */
  modelId?: string;
  /**
   * Display name for model pickers. Defaults to the provider-qualified selection id (`provider/id`).
   */
  name?: string;
  /**
   * Maximum prompt/input tokens for the model.
   */
  maxPromptTokens?: number;
  /**
   * Maximum context window tokens for the model.
   */
  maxContextWindowTokens?: number;
  /**
   * Maximum output tokens for the model.
   */
  maxOutputTokens?: number;
  /**
   * Optional capability overrides (vision, tool_calls, reasoning, etc.).
   */
  capabilities?: ModelCapabilitiesOverride;
  /**
   * System-message configuration used when the runtime builds the standard prompt for this provider-qualified model, including general-purpose subagents. It uses the same object hierarchy as session-level systemMessage configuration, except transform actions are rejected because the current callback protocol is not model-scoped. When present, it overrides the session-wide configuration on those prompt paths. Selected custom-agent and specialized-subagent prompts remain authoritative.
   */
  systemMessage?: ProtocolSystemMessageConfig;
}

/**
 * Short-lived, rotating credential the caller must send on every request, in addition to `apiKey` if one is present. Omitted when the endpoint does not require one.
 */
export interface ProviderSessionToken {
  /**
   * The short-lived token value.
   */
  token: string;
  /**
   * HTTP header name the token must be sent under.
   */
  header: string;
  /**
   * The model the token is bound to, when applicable. When set, the token is only valid for requests against this model.
   */
  model?: string;
  /**
   * When the token expires, if known. Callers should refresh by calling `getEndpoint` again before this time, or reactively on any 401/403 response from `baseUrl`.
   */
  expiresAt?: string;
}

/**
 * A bearer token supplied by the SDK client for a BYOK provider. The runtime sets it as `Authorization: Bearer <token>` on the outbound request and does no caching; the SDK consumer owns token caching and refresh.
 */
export interface ProviderTokenAcquireResult {
  /**
   * The bearer token value (without the `Bearer ` prefix).
   */
  token: string;
}

/**
 * Asks the SDK client to acquire a bearer token for a BYOK provider whose config set `hasBearerTokenProvider: true`. Issued by the runtime before each outbound model request; the runtime does no caching, so this is sent once per request.
 */
export interface ProviderTokenGetTokenParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Name of the BYOK provider needing a token. For the legacy whole-session provider this is the implicit provider name; for named providers it is the configured provider name.
   */
  providerName: string;
}

/**
 * Attachment union accepted by push input, covering files, directories, GitHub objects, blobs, snippets, and extension context.
 */
export type PushAttachment =
  | PushAttachmentFile
  | PushAttachmentDirectory
  | PushAttachmentSelection
  | PushAttachmentGitHubReference
  | PushAttachmentGitHubCommit
  | PushAttachmentGitHubRelease
  | PushAttachmentGitHubActionsJob
  | PushAttachmentGitHubRepository
  | PushAttachmentGitHubFileDiff
  | PushAttachmentGitHubTreeComparison
  | PushAttachmentGitHubUrl
  | PushAttachmentGitHubFile
  | PushAttachmentGitHubSnippet
  | PushAttachmentBlob
  | ExtensionContextPushInput;

/**
 * Blob attachment with inline base64-encoded data
 */
export interface PushAttachmentBlob {
  /**
   * Attachment type discriminator
   */
  type: "blob";
  /**
   * Base64-encoded content
   */
  data: string;
  /**
   * MIME type of the inline data
   */
  mimeType: string;
  /**
   * User-facing display name for the attachment
   */
  displayName?: string;
}

/**
 * Directory attachment
 */
export interface PushAttachmentDirectory {
  /**
   * Attachment type discriminator
   */
  type: "directory";
  /**
   * Absolute directory path
   */
  path: string;
  /**
   * User-facing display name for the attachment
   */
  displayName: string;
}

/**
 * File attachment
 */
export interface PushAttachmentFile {
  /**
   * Attachment type discriminator
   */
  type: "file";
  /**
   * Absolute file path
   */
  path: string;
  /**
   * User-facing display name for the attachment
   */
  displayName: string;
  /**
   * Optional line range to scope the attachment to a specific section of the file
   */
  lineRange?: PushAttachmentFileLineRange;
}

/**
 * Optional line range to scope the attachment to a specific section of the file
 */
export interface PushAttachmentFileLineRange {
  /**
   * Start line number (1-based)
   */
  start: number;
  /**
   * End line number (1-based, inclusive)
   */
  end: number;
}

/**
 * Pointer to a GitHub Actions job.
 */
export interface PushAttachmentGitHubActionsJob {
  /**
   * Attachment type discriminator
   */
  type: "github_actions_job";
  /**
   * Repository the workflow run belongs to
   */
  repo: PushGitHubRepoRef;
  /**
   * Job id within the workflow run
   */
  jobId: number;
  /**
   * Display name of the job
   */
  jobName: string;
  /**
   * Display name of the workflow the job ran in
   */
  workflowName: string;
  /**
   * URL to the job on GitHub
   */
  url: string;
  /**
   * Terminal conclusion of the job when finished (e.g., success, failure, cancelled). Absent for in-progress jobs.
   */
  conclusion?: string;
}

/**
 * Pointer to a GitHub commit.
 */
export interface PushAttachmentGitHubCommit {
  /**
   * Attachment type discriminator
   */
  type: "github_commit";
  /**
   * Repository the commit belongs to
   */
  repo: PushGitHubRepoRef;
  /**
   * Full commit SHA
   */
  oid: string;
  /**
   * First line of the commit message
   */
  message: string;
  /**
   * URL to the commit on GitHub
   */
  url: string;
}

/**
 * Pointer to a file in a GitHub repository at a specific ref.
 */
export interface PushAttachmentGitHubFile {
  /**
   * Attachment type discriminator
   */
  type: "github_file";
  /**
   * Repository the file lives in
   */
  repo: PushGitHubRepoRef;
  /**
   * Git ref the file is read at (branch, tag, or commit SHA)
   */
  ref: string;
  /**
   * Repository-relative path to the file
   */
  path: string;
  /**
   * URL to the file on GitHub
   */
  url: string;
}

/**
 * Pointer to a single-file diff. At least one of `head` and `base` must be present.
 */
export interface PushAttachmentGitHubFileDiff {
  /**
   * Attachment type discriminator
   */
  type: "github_file_diff";
  /**
   * URL to the diff on GitHub (e.g., a commit, compare, or PR-file URL)
   */
  url: string;
  /**
   * File location on the head side of the diff. Absent for deletions.
   */
  head?: PushAttachmentGitHubFileDiffSide;
  /**
   * File location on the base side of the diff. Absent for additions.
   */
  base?: PushAttachmentGitHubFileDiffSide;
}

/**
 * One side of a file diff (head or base)
 */
export interface PushAttachmentGitHubFileDiffSide {
  /**
   * Repository the file lives in
   */
  repo: PushGitHubRepoRef;
  /**
   * Git ref (branch, tag, or commit SHA) the file is read at
   */
  ref: string;
  /**
   * Repository-relative path to the file
   */
  path: string;
}

/**
 * GitHub issue, pull request, or discussion reference
 */
export interface PushAttachmentGitHubReference {
  /**
   * Attachment type discriminator
   */
  type: "github_reference";
  /**
   * Issue, pull request, or discussion number
   */
  number: number;
  /**
   * Title of the referenced item
   */
  title: string;
  /**
   * Type of GitHub reference
   */
  referenceType: PushAttachmentGitHubReferenceType;
  /**
   * Current state of the referenced item (e.g., open, closed, merged)
   */
  state: string;
  /**
   * URL to the referenced item on GitHub
   */
  url: string;
}

/**
 * Type of GitHub reference
 */
export type PushAttachmentGitHubReferenceType = "issue" | "pr" | "discussion";

/**
 * Pointer to a GitHub release.
 */
export interface PushAttachmentGitHubRelease {
  /**
   * Attachment type discriminator
   */
  type: "github_release";
  /**
   * Repository the release belongs to
   */
  repo: PushGitHubRepoRef;
  /**
   * Git tag the release is anchored to
   */
  tagName: string;
  /**
   * Human-readable release name
   */
  name: string;
  /**
   * URL to the release on GitHub
   */
  url: string;
}

/**
 * Pointer to a GitHub repository.
 */
export interface PushAttachmentGitHubRepository {
  /**
   * Attachment type discriminator
   */
  type: "github_repository";
  /**
   * Repository pointer
   */
  repo: PushGitHubRepoRef;
  /**
   * URL to the repository on GitHub
   */
  url: string;
  /**
   * Short description of the repository
   */
  description?: string;
  /**
   * Git ref this attachment is anchored at (branch, tag, or commit). When absent the default branch is implied.
   */
  ref?: string;
}

/**
 * Pointer to a line range inside a file in a GitHub repository.
 */
export interface PushAttachmentGitHubSnippet {
  /**
   * Attachment type discriminator
   */
  type: "github_snippet";
  /**
   * Repository the file lives in
   */
  repo: PushGitHubRepoRef;
  /**
   * Git ref the file is read at (branch, tag, or commit SHA)
   */
  ref: string;
  /**
   * Repository-relative path to the file
   */
  path: string;
  /**
   * URL to the snippet on GitHub (with line anchor)
   */
  url: string;
  /**
   * Line range the snippet covers
   */
  lineRange: PushAttachmentFileLineRange;
}

/**
 * Pointer to a comparison between two git revisions.
 */
export interface PushAttachmentGitHubTreeComparison {
  /**
   * Attachment type discriminator
   */
  type: "github_tree_comparison";
  /**
   * URL to the comparison on GitHub
   */
  url: string;
  /**
   * Base side of the comparison
   */
  base: PushAttachmentGitHubTreeComparisonSide;
  /**
   * Head side of the comparison
   */
  head: PushAttachmentGitHubTreeComparisonSide;
}

/**
 * One side of a tree comparison (head or base)
 */
export interface PushAttachmentGitHubTreeComparisonSide {
  /**
   * Repository the revision belongs to
   */
  repo: PushGitHubRepoRef;
  /**
   * Git revision (branch, tag, or commit SHA)
   */
  revision: string;
}

/**
 * Generic GitHub URL reference.
 */
export interface PushAttachmentGitHubUrl {
  /**
   * Attachment type discriminator
   */
  type: "github_url";
  /**
   * URL to the GitHub resource
   */
  url: string;
}

/**
 * Code selection attachment from an editor
 */
export interface PushAttachmentSelection {
  /**
   * Attachment type discriminator
   */
  type: "selection";
  /**
   * Absolute path to the file containing the selection
   */
  filePath: string;
  /**
   * User-facing display name for the selection
   */
  displayName: string;
  /**
   * The selected text content
   */
  text: string;
  /**
   * Position range of the selection within the file
   */
  selection: PushAttachmentSelectionDetails;
}

/**
 * Position range of the selection within the file
 */
export interface PushAttachmentSelectionDetails {
  /**
   * Start position of the selection
   */
  start: PushAttachmentSelectionDetailsStart;
  /**
   * End position of the selection
   */
  end: PushAttachmentSelectionDetailsEnd;
}

/**
 * End position of the selection
 */
export interface PushAttachmentSelectionDetailsEnd {
  /**
   * End line number (0-based)
   */
  line: number;
  /**
   * End character offset within the line (0-based)
   */
  character: number;
}

/**
 * Start position of the selection
 */
export interface PushAttachmentSelectionDetailsStart {
  /**
   * Start line number (0-based)
   */
  line: number;
  /**
   * Start character offset within the line (0-based)
   */
  character: number;
}

/**
 * Pointer to a GitHub repository.
 */
export interface PushGitHubRepoRef {
  /**
   * Numeric GitHub repository id
   */
  id?: number;
  /**
   * Repository name (without owner)
   */
  name: string;
  /**
   * Repository owner login (user or organization)
   */
  owner: string;
}

/**
 * Result of duplicating a queued item.
 */
export interface QueueDuplicateAtResult {
  /**
   * Fresh stable opaque id assigned to the duplicate.
   */
  id: string;
}

/**
 * Result of inserting a queued message.
 */
export interface QueueInsertAtResult {
  /**
   * Fresh stable opaque id assigned to the inserted item.
   */
  id: string;
}

/**
 * Serializable message fields accepted by queue.insertAt.
 */
export interface QueueInsertMessage {
  /**
   * The user message text.
   */
  prompt: string;
  /**
   * Optional user-facing display text.
   */
  displayPrompt?: string;
  /**
   * Optional attachments for the message.
   *
   * Items: A user message attachment — a file, directory, code selection, blob, GitHub-anchored pointer, or extension-supplied context payload
   */
  attachments?: Attachment[];
  /**
   * Optional explicit agent mode. When omitted, the session's current mode is assigned.
   */
  agentMode?: SendAgentMode;
  /**
   * Optional provenance source. `system` is rejected: it would hide the inserted row from `pendingItems` and make it unaddressable while still executing, so inserted items must stay visible.
   */
  source?: string;
  /**
   * Whether the message is billable.
   */
  billable?: boolean;
  /**
   * Required tool name for the turn, when any.
   */
  requiredTool?: string;
  /**
   * Per-turn request headers.
   */
  requestHeaders?: {
    [k: string]: string;
  };
  /**
   * Accepted for SendOptions compatibility but ignored; inserted items always use queued delivery semantics.
   */
  mode?: SendMode;
  /**
   * Accepted for SendOptions compatibility but ignored; the requested public position controls placement.
   */
  prepend?: boolean;
  /**
   * Accepted for SendOptions compatibility but ignored; insertion scheduling is controlled by the queue drain state.
   */
  wait?: boolean;
  /**
   * Accepted for internal SendOptions compatibility but ignored; delivery is derived from current session activity.
   */
  delivery?: string;
}

/**
 * Result of moving a queued item.
 */
export interface QueueMoveItemResult {
  /**
   * True when the item changed position; false when it was already at the requested position.
   */
  changed: boolean;
}

/**
 * User-facing pending queue entry, with kind and display text for a queued message, slash command, or model change.
 */
export interface QueuePendingItems {
  /**
   * Stable opaque id for the canonical queued item. Batch rows share one id.
   */
  id: string;
  /**
   * Stable identity of the queued user message. Present for message rows and absent for slash commands and model changes.
   */
  messageId?: string;
  /**
   * Whether this item is a queued user message or a queued slash command / model change
   */
  kind: QueuePendingItemsKind;
  /**
   * Human-readable text to display for this queue entry in the UI
   */
  displayText: string;
  /**
   * Agent mode stored on this queued entry, as stamped when it was enqueued. Items without an explicit mode report interactive. This is not necessarily the mode that will constrain the turn: a plan or autopilot session applies its own write gate, continuation loop and permission posture to every drained item regardless of the mode stored here.
   */
  agentMode: SendAgentMode;
}

/**
 * Whether this item is a queued user message or a queued slash command / model change
 */
export type QueuePendingItemsKind = "message" | "command";

/**
 * Snapshot of the session's pending queued items and immediate-steering messages.
 */
export interface QueuePendingItemsResult {
  /**
   * Pending queued items in submission order. Includes user messages, queued slash commands, and queued model changes; omits internal system items.
   *
   * Items: User-facing pending queue entry, with kind and display text for a queued message, slash command, or model change.
   */
  items: QueuePendingItems[];
  /**
   * Display text for messages currently in the immediate steering queue (interjections sent during a running turn).
   */
  steeringMessages: string[];
  /**
   * How many leading entries of `steeringMessages` have already been folded into the running turn (and so have an emitted `user.message`), as opposed to still waiting for one. Absent for hosts that do not distinguish the two.
   */
  inFlightSteeringCount?: number;
}

/**
 * Result of removing a queued item.
 */
export interface QueueRemoveAtResult {
  /**
   * True when the addressed item was removed.
   */
  removed: boolean;
}

/**
 * Indicates whether a user-facing pending item was removed.
 */
export interface QueueRemoveMostRecentResult {
  /**
   * True if a user-facing pending item was removed (LIFO across both queues); false when no removable items remained.
   */
  removed: boolean;
}

/**
 * Result of trying to steer a queued message into a live turn.
 */
export interface QueueSendNowResult {
  /**
   * True when the item was accepted into the steering lane; false when no main turn was live.
   */
  steered: boolean;
}

/**
 * Result of editing a queued message.
 */
export interface QueueUpdateTextResult {
  /**
   * True when the stored text changed.
   */
  updated: boolean;
}

/**
 * Queued-command response indicating the host executed the command, with an optional flag to stop queue processing.
 */
export interface QueuedCommandHandled {
  /**
   * The host actually executed the queued command.
   */
  handled: true;
  /**
   * When true, the runtime will not process subsequent queued commands until a new request comes in.
   */
  stopProcessingQueue?: boolean;
}

/**
 * Queued-command response indicating the host did not execute the command and the queue may continue.
 */
export interface QueuedCommandNotHandled {
  /**
   * The host did not execute the queued command. Unblocks the queue without claiming the command was processed (e.g. when the handler threw before completing).
   */
  handled: false;
}

/**
 * Result of the queued command execution.
 */
export type QueuedCommandResult = QueuedCommandHandled | QueuedCommandNotHandled;

/**
 * Opaque handle representing an event-type interest registration.
 */
export interface RegisterEventInterestResult {
  /**
   * Opaque handle for this registration. Pass to releaseInterest to release. Each call to registerInterest produces a fresh handle, even when the same eventType is registered multiple times.
   */
  handle: string;
}

/**
 * Configuration for the runtime-managed remote-control singleton.
 */
export interface RemoteControlConfig {
  /**
   * Whether remote export should be enabled.
   */
  remote: boolean;
  /**
   * Whether the MC session may steer the local session (write mode).
   */
  steerable: boolean;
  /**
   * Whether the user explicitly requested remote (vs. implicit session-sync). Controls warning surfacing for missing-repo cases.
   */
  explicit: boolean;
  /**
   * When true, suppresses timeline messages on successful setup.
   */
  silent: boolean;
  /**
   * Existing Mission Control task ID to attach the exported session to.
   */
  taskId?: string;
  /**
   * Reattach to an existing MC session without creating a new one.
   */
  existingMcSession?: RemoteControlConfigExistingMcSession;
}

/**
 * Reattach to an existing MC session without creating a new one.
 */
export interface RemoteControlConfigExistingMcSession {
  /**
   * Existing MC session ID to reattach to.
   */
  mcSessionId: string;
  /**
   * Existing MC task ID for the reattached session.
   */
  mcTaskId: string;
}

/**
 * State of the runtime-managed remote-control singleton.
 */
export type RemoteControlStatus =
  | RemoteControlStatusOff
  | RemoteControlStatusConnecting
  | RemoteControlStatusActive
  | RemoteControlStatusError;

/**
 * Remote control is connected to a local session.
 */
export interface RemoteControlStatusActive {
  /**
   * Remote control state tag: active.
   */
  state: "active";
  /**
   * Session id remote control is pointed at.
   */
  attachedSessionId: string;
  /**
   * MC frontend URL for this session, when known.
   */
  frontendUrl?: string;
  /**
   * Whether the MC session may steer this session.
   */
  isSteerable: boolean;
}

/**
 * Remote control is in the middle of initial setup.
 */
export interface RemoteControlStatusConnecting {
  /**
   * Remote control state tag: connecting.
   */
  state: "connecting";
  /**
   * Session id the connection is attaching to.
   */
  attachedSessionId: string;
}

/**
 * The last setup attempt failed. The singleton is otherwise off.
 */
export interface RemoteControlStatusError {
  /**
   * Remote control state tag: setup failed.
   */
  state: "error";
  /**
   * Human-readable error message from the last setup attempt.
   */
  error: string;
  /**
   * Session id the failing setup attempt targeted, when known.
   */
  attachedSessionId?: string;
}

/**
 * Remote control is not connected.
 */
export interface RemoteControlStatusOff {
  /**
   * Remote control state tag: not connected.
   */
  state: "off";
}

/**
 * Wrapper for the singleton's current status.
 */
export interface RemoteControlStatusResult {
  /**
   * State of the runtime-managed remote-control singleton.
   */
  status: RemoteControlStatus;
}

/**
 * Outcome of a stopRemoteControl call.
 */
export interface RemoteControlStopResult {
  /**
   * State of the runtime-managed remote-control singleton.
   */
  status: RemoteControlStatus;
  /**
   * Whether the singleton was actually torn down by this call.
   */
  stopped: boolean;
}

/**
 * Outcome of a transferRemoteControl call.
 */
export interface RemoteControlTransferResult {
  /**
   * State of the runtime-managed remote-control singleton.
   */
  status: RemoteControlStatus;
  /**
   * Whether the rebinding actually happened.
   */
  transferred: boolean;
}

/**
 * GitHub URL for the session and a flag indicating whether remote steering is enabled.
 */
export interface RemoteEnableResult {
  /**
   * GitHub frontend URL for this session
   */
  url?: string;
  /**
   * Whether remote steering is enabled
   */
  remoteSteerable: boolean;
}

/**
 * Persist a steerability change as a `session.remote_steerable_changed` event. Used by the host (CLI / SDK consumer) when it has just finished enabling or disabling steering on a remote exporter that the runtime does not directly own.
 */
export type RemoteNotifySteerableChangedResult = Record<string, never>;

/**
 * Remote session connection result.
 */
export interface RemoteSessionConnectionResult {
  /**
   * SDK session ID for the connected remote session.
   */
  sessionId: string;
  /**
   * Metadata for a connected remote session.
   */
  metadata: ConnectedRemoteSessionMetadata;
}

/**
 * What a remote host says one of its sessions is doing right now. Deliberately coarse: this is what a host can report for EVERY session in a catalogue listing, without a client subscribing to each one. AHP's `SessionSummary.status` is the source today; `input-needed` covers both a permission prompt and an `ask_user` question, since the summary does not say which.
 */
export type RemoteSessionHostStatus = "idle" | "working" | "input-needed" | "error";

/**
 * GitHub repository the remote session belongs to.
 */
export interface RemoteSessionMetadataRepository {
  /**
   * Repository owner.
   */
  owner: string;
  /**
   * Repository name.
   */
  name: string;
  /**
   * Branch associated with the remote session.
   */
  branch: string;
}

/**
 * Whether the remote task originated from CCA or CLI `--remote`.
 */
export type RemoteSessionMetadataTaskType = "cca" | "cli";

/**
 * Remote session metadata for the session to hand off (typically obtained from `sessions.list` with `source: "remote"`).
 */
export interface RemoteSessionMetadataValue {
  /**
   * Stable session identifier.
   */
  sessionId: string;
  /**
   * Session creation time as an ISO 8601 timestamp.
   */
  startTime: string;
  /**
   * Last-modified time as an ISO 8601 timestamp.
   */
  modifiedTime: string;
  /**
   * Short summary of the session, when one has been derived.
   */
  summary?: string;
  /**
   * Optional human-friendly name set via /rename.
   */
  name?: string;
  /**
   * Always true for remote sessions.
   */
  isRemote: true;
  /**
   * Most recent working directory context.
   */
  context?: SessionContext;
  /**
   * GitHub repository the remote session belongs to.
   */
  repository: RemoteSessionMetadataRepository;
  /**
   * Backing remote session IDs (most recent first).
   */
  remoteSessionIds: string[];
  /**
   * Pull request number associated with the session.
   */
  pullRequestNumber?: number;
  /**
   * Original remote resource identifier (task ID or PR node ID).
   */
  resourceId?: string;
  /**
   * Whether the remote task originated from CCA or CLI `--remote`.
   */
  taskType?: RemoteSessionMetadataTaskType;
  /**
   * Deadline (ISO 8601) at which a CLI remote session becomes stale without further heartbeats.
   */
  staleAt?: string;
  /**
   * Server-side task state returned by GitHub.
   */
  state?: string;
  /**
   * Live status as the owning host reports it in its session listing, so a row for a session running elsewhere can show that it is running. Absent for hosts that publish no such status (the cloud task managers), which read as idle.
   */
  hostStatus?: RemoteSessionHostStatus;
  /**
   * Host-supplied human description of what the session is doing right now ("running tests", "waiting for approval"). Optional in the protocol and absent on hosts that do not publish it, so never rely on it -- it enriches `hostStatus`, it does not replace it.
   */
  hostActivity?: string;
}

/**
 * Per-session remote mode. "off" disables remote, "export" exports session events to GitHub without enabling remote steering, "on" enables both export and remote steering.
 */
export type RemoteSessionMode = "off" | "export" | "on";

/**
 * Repository context for the remote session.
 */
export interface RemoteSessionRepository {
  /**
   * Repository owner or organization login.
   */
  owner: string;
  /**
   * Repository name.
   */
  name: string;
  /**
   * Optional branch associated with the remote session.
   */
  branch?: string;
}

/**
 * Provider-native structured output format. JSON Schema is forwarded without rewriting or validating the schema or the generated output.
 */
export type ResponseFormat = {
  /**
   * JSON Schema and provider options for the turn's output.
   */
  jsonSchema: JsonSchemaResponseFormat;
  /**
   * Output format discriminator. Currently only json_schema is supported.
   */
  type: "json_schema";
};

/**
 * Options controlling factory invocation.
 */
export interface RunOptions {
  /**
   * Per-invocation resource ceiling overrides.
   */
  limits?: FactoryRunLimits;
  /**
   * Whether to notify the originating session when the factory completes.
   */
  notifyOnComplete?: boolean;
  /**
   * Whether to emit factory phase names to the session transcript.
   */
  logPhaseNames?: boolean;
  /**
   * Run identifier whose journal and progress should seed this resumed run.
   */
  resumeFromRunId?: string;
}

/**
 * Resolved sandbox configuration.
 */
export interface SandboxConfig {
  /**
   * Whether sandboxing is enabled for the session.
   */
  enabled: boolean;
  /**
   * User-managed sandbox policy fragment merged into the auto-discovered base policy.
   */
  userPolicy?: SandboxConfigUserPolicy;
  /**
   * Whether to auto-add the current working directory to readwritePaths. Default: true.
   */
  addCurrentWorkingDirectory?: boolean;
  /**
   * Whether MCP servers the session launches are confined by the sandbox. Only an explicit `false` opts out; doing so also lets remote-MCP egress leave the sandbox, so the flag and `enabled` are always read together. Ignored while `enabled` is false. Default: true (enabled by default; set to false to opt out).
   */
  sandboxMcpServers?: boolean;
  /**
   * Whether language servers the session launches are confined by the sandbox. Only an explicit `false` opts out. Ignored while `enabled` is false. Default: true (enabled by default; set to false to opt out).
   */
  sandboxLspServers?: boolean;
  /**
   * Whether the agent may request that an individual command run outside the sandbox, which the host then approves or denies through the usual permission flow. A host capability flag rather than part of the policy: it is stripped from the effective spawn policy and only has an effect while `enabled` is true. Fail-closed, unlike the opt-out flags on this object: omitting it offers no bypass. Default: false (opt-in).
   */
  allowBypass?: boolean;
  /**
   * Credential-injection capability flags.
   */
  auth?: SandboxConfigAuth;
  /**
   * Whether to auto-grant read access to tool directories discovered on PATH and in toolchain environment variables (GOROOT, JAVA_HOME, VIRTUAL_ENV, and similar), and to common developer-tool caches, config, and toolchains. Writable grants cover scratch caches, the Unix GitHub CLI cache, and Cargo's registry, git store, and lock/tracker files. A relocated CARGO_HOME gets the same narrow split: registry and git are read-write; bin is read-only; the home root, config.toml, and credentials.toml stay ungranted. Set to false to disable every grant listed above; user-installed toolchains and caches then need explicit userPolicy.filesystem readonlyPaths and readwritePaths entries. The working directory (see addCurrentWorkingDirectory), temporary storage, session log paths, and system locations follow their own rules and stay granted. Default: true (enabled by default; set to false to opt out).
   */
  allowDevToolAccess?: boolean;
}

/**
 * Credential-injection capability flags applied while the sandbox is enabled. For the same capability independent of sandboxing, and matched to the credential's GitHub host, see `shell.credentials`; the two are additive.
 */
export interface SandboxConfigAuth {
  /**
   * Whether to inject git credentials as an `http.<url>.extraheader` so authenticated HTTPS git works inside the sandbox without the shell-based credential helper the sandbox blocks. github.com is served by the Copilot token; every other forge (Azure DevOps, GitHub Enterprise Server, GitLab, ...) by a credential the host resolves from the user's own helper before the sandbox is applied. Default: false (opt-in).
   */
  git?: boolean;
  /**
   * Whether to export `GH_TOKEN` so the `gh` CLI authenticates inside the sandbox without the OS keyring the sandbox blocks. Default: false (opt-in).
   */
  gh?: boolean;
}

/**
 * User-managed sandbox policy fragment merged into the auto-discovered base policy.
 */
export interface SandboxConfigUserPolicy {
  /**
   * Filesystem rules to merge into the base policy.
   */
  filesystem?: SandboxConfigUserPolicyFilesystem;
  /**
   * Network rules to merge into the base policy.
   */
  network?: SandboxConfigUserPolicyNetwork;
  /**
   * macOS seatbelt options to merge into the base policy.
   */
  seatbelt?: SandboxConfigUserPolicySeatbelt;
  /**
   * Deprecated legacy location for `seatbelt`; read only when the top-level `seatbelt` is absent.
   */
  experimental?: SandboxConfigUserPolicyExperimental;
}

/**
 * Platform-specific experimental policy fields.
 */
export interface SandboxConfigUserPolicyExperimental {
  /**
   * macOS seatbelt experimental options.
   */
  seatbelt?: SandboxConfigUserPolicyExperimentalSeatbelt;
}

/**
 * macOS seatbelt experimental options.
 */
export interface SandboxConfigUserPolicyExperimentalSeatbelt {
  /**
   * Whether the macOS seatbelt profile may access the keychain.
   */
  keychainAccess?: boolean;
}

/**
 * Filesystem rules to merge into the base policy.
 */
export interface SandboxConfigUserPolicyFilesystem {
  /**
   * Paths granted read/write access.
   */
  readwritePaths?: string[];
  /**
   * Paths granted read-only access.
   */
  readonlyPaths?: string[];
  /**
   * Paths explicitly denied.
   */
  deniedPaths?: string[];
  /**
   * Whether to clear the policy when the session exits.
   */
  clearPolicyOnExit?: boolean;
}

/**
 * Network rules to merge into the base policy.
 */
export interface SandboxConfigUserPolicyNetwork {
  /**
   * Hosts allowed through the built-in sandbox proxy. A non-empty list denies unmatched hosts; an absent or empty list allows all hosts not blocked. Supports exact hostnames, IP addresses, and *.example.com for strict subdomains. Host rules do not override the outbound or local-network toggles.
   */
  allowedHosts?: string[];
  /**
   * Hosts denied by the built-in sandbox proxy. Deny rules take precedence over allowedHosts. A domain also denies all its subdomains. IP addresses match exactly; *.example.com matches strict subdomains, and * denies every host.
   */
  blockedHosts?: string[];
  /**
   * Whether outbound network traffic is allowed at all.
   */
  allowOutbound?: boolean;
  /**
   * Whether traffic to local/loopback addresses is allowed.
   */
  allowLocalNetwork?: boolean;
  /**
   * HTTP(S) proxy for sandboxed traffic. With host rules, this is the built-in local proxy's upstream; credentials stay in the runtime, and Linux and macOS restrict the child to the local listener. Without host rules, Linux restricts egress to this endpoint but rejects credentials, and macOS proxying is cooperative. Windows enforcement depends on the application's networking stack. Configure credentials in the separate username/password fields. The transient local listener URL is never persisted.
   */
  proxy?: SandboxConfigUserPolicyNetworkProxy;
}

/**
 * HTTP proxy configuration for sandboxed traffic.
 */
export interface SandboxConfigUserPolicyNetworkProxy {
  /**
   * Proxy URL (e.g. http://proxy.example.com:8080). The port is optional and defaults to the scheme's standard port when omitted; an explicit port must be between 1 and 65535. Credentials must not be embedded here — a `user:pass@` authority is rejected; put them in the separate `username`/`password` fields. A credential-free http:// loopback proxy URL is routed through the localhost proxy automatically; loopback covers localhost and any *.localhost subdomain, the whole 127.0.0.0/8 range, ::1, and IPv4-mapped loopback (::ffff:127.0.0.1). An https:// URL, or one with a username/password set, is used as-is.
   */
  url: string;
  /**
   * Optional username for proxy authentication. Combined with the URL (and `password`) into `user:pass@host` when the sandboxed process routes through the proxy.
   */
  username?: string;
  /**
   * Optional password for proxy authentication, combined with the URL at spawn time. The persisted value may be a literal password, a `${secret:…}` reference resolved from the OS keychain, or a `${VAR}`/`$VAR` environment reference; it is resolved just before the sandboxed process routes through the proxy. The /sandbox dialog stores a real password in the OS keychain and persists only a `${secret:…}` placeholder (never plaintext in settings.json); the field is masked in the dialog and redacted by /settings show.
   */
  password?: string;
}

/**
 * macOS seatbelt-specific options.
 */
export interface SandboxConfigUserPolicySeatbelt {
  /**
   * Whether the macOS seatbelt profile may access the keychain.
   */
  keychainAccess?: boolean;
}

/**
 * Result of attempting to disable sandboxing for the current session.
 */
export interface SandboxDisableForSessionResult {
  /**
   * Whether this call resolved the pending request and applied the session opt-out.
   */
  success: boolean;
  /**
   * The authoritative sandbox enabled state after the operation.
   */
  enabled: boolean;
}

/**
 * Managed sandbox enforcement state for a session.
 */
export interface SandboxEnforcementStatus {
  /**
   * Whether the effective managed policy requires an available sandbox backend.
   */
  required: boolean;
  /**
   * Whether an enforcement failure has permanently blocked the session.
   */
  blocked: boolean;
  /**
   * The first sandbox enforcement failure that blocked the session.
   */
  reason?: string;
}

/**
 * A session-scoped sandbox transition applied while handling a slash command
 */
export type SandboxSessionChange = "disabled" | "restored";

/**
 * Scheduled prompt entry with ID, timing (`intervalMs`, `cron`, or `at`), prompt text, recurrence, and next run time.
 */
export interface ScheduleEntry {
  /**
   * Sequential id assigned by the runtime within the session. Stable across resumes (rebuilt from the event log).
   */
  id: number;
  /**
   * Interval between scheduled ticks, in milliseconds (relative-interval schedules).
   */
  intervalMs?: number;
  /**
   * 5-field cron expression for a recurring calendar schedule, evaluated in `tz`.
   */
  cron?: string;
  /**
   * IANA timezone the `cron` expression is evaluated in.
   */
  tz?: string;
  /**
   * Absolute fire time (epoch milliseconds) for a one-shot calendar schedule.
   */
  at?: number;
  /**
   * Prompt text that gets enqueued on every tick.
   */
  prompt: string;
  /**
   * Whether the schedule re-arms after each tick (`/every`) or fires once (`/after`).
   */
  recurring: boolean;
  /**
   * True for a self-paced (`dynamic`) schedule: no fixed cadence; the model arms each next run via the `manage_schedule` `wakeup` action. `nextRunAt` is model-controlled.
   */
  selfPaced?: boolean;
  /**
   * Display-only label for the prompt as shown in the UI (e.g. `/skill-name` for a skill-invocation schedule). The actual enqueued prompt is `prompt`.
   */
  displayPrompt?: string;
  /**
   * ISO 8601 timestamp when the next tick is scheduled to fire.
   */
  nextRunAt: string;
}

/**
 * Snapshot of the currently active recurring prompts for this session.
 */
export interface ScheduleList {
  /**
   * Active scheduled prompts, ordered by id.
   *
   * Items: Scheduled prompt entry with ID, timing (`intervalMs`, `cron`, or `at`), prompt text, recurrence, and next run time.
   */
  entries: ScheduleEntry[];
}

/**
 * Remove a scheduled prompt by id. The result entry is omitted if the id was unknown.
 */
export interface ScheduleStopResult {
  /**
   * The removed entry, or omitted if no entry matched.
   */
  entry?: ScheduleEntry;
}

/**
 * Secret values to add to the redaction filter.
 */
export interface SecretsAddFilterValuesRequest {
  /**
   * Raw secret values to register for redaction
   */
  values: string[];
}

/**
 * Confirmation that the secret values were registered.
 */
export interface SecretsAddFilterValuesResult {
  /**
   * Whether the values were successfully registered
   */
  ok: true;
}

/**
 * The UI mode the agent was in when this message was sent. Defaults to the session's current mode.
 */
export type SendAgentMode = "interactive" | "plan" | "autopilot" | "shell";

/**
 * A single user message to append to the session as part of a `session.sendMessages` turn
 */
export interface SendMessageItem {
  /**
   * The user message text
   */
  prompt: string;
  /**
   * If provided, this is shown in the timeline instead of `prompt`
   */
  displayPrompt?: string;
  /**
   * Optional attachments (files, directories, selections, blobs, GitHub references) to include with this message
   *
   * Items: A user message attachment — a file, directory, code selection, blob, GitHub-anchored pointer, or extension-supplied context payload
   */
  attachments?: Attachment[];
  /**
   * If set, the request will fail if the named tool is not available when this message is among the user messages at the start of the current exchange
   */
  requiredTool?: string;
}

/**
 * Result of sending zero or more user messages
 */
export interface SendMessagesResult {
  /**
   * Unique identifiers assigned to the messages, one per provided message in order. For a batch that starts a run, assistant messages use the final ID as originatingMessageId throughout that run, including tool iterations and stop-hook corrections. Immediate steering does not replace the active run's origin. Empty when no messages were provided; that run has no originatingMessageId.
   */
  messageIds: string[];
}

/**
 * How to deliver the message. `enqueue` (default) appends to the message queue. `immediate` interjects during an in-progress turn.
 */
export type SendMode = "enqueue" | "immediate";

/**
 * Result of sending a user message
 */
export interface SendResult {
  /**
   * Unique identifier assigned to the message
   */
  messageId: string;
}

/**
 * Agents discovered across user, project, plugin, and remote sources.
 */
export interface ServerAgentList {
  /**
   * All discovered agents across all sources
   *
   * Items: Agent metadata, including identifiers, display details, source, tools, model, models, MCP servers, skills, and file path.
   */
  agents: AgentInfo[];
}

/**
 * Instruction sources discovered across user, repository, and plugin sources.
 */
export interface ServerInstructionSourceList {
  /**
   * All discovered instruction sources
   *
   * Items: Loaded instruction source for a session, including path, content, category, location, applicability, and optional description.
   */
  sources: InstructionSource[];
}

/**
 * Server-side skill metadata, including name, description, source, enabled/invocable state, path, project path, and argument hint.
 */
export interface ServerSkill {
  /**
   * Unique identifier for the skill
   */
  name: string;
  /**
   * Canonical slash command name used to invoke the skill, without the leading '/'
   */
  commandName?: string;
  /**
   * Description of what the skill does
   */
  description: string;
  /**
   * Source location type (e.g., project, personal-copilot, plugin, builtin)
   */
  source: SkillSource;
  /**
   * Whether the skill can be invoked by the user as a slash command
   */
  userInvocable: boolean;
  /**
   * Whether the skill is currently enabled (based on global config)
   */
  enabled: boolean;
  /**
   * Absolute path to the skill file
   */
  path?: string;
  /**
   * The project path this skill belongs to (only for project/inherited skills)
   */
  projectPath?: string;
  /**
   * Optional freeform hint describing the skill's expected arguments, from the `argument-hint` frontmatter field
   */
  argumentHint?: string;
}

/**
 * Skills discovered across global and project sources.
 */
export interface ServerSkillList {
  /**
   * All discovered skills across all sources
   *
   * Items: Server-side skill metadata, including name, description, source, enabled/invocable state, path, project path, and argument hint.
   */
  skills: ServerSkill[];
  /**
   * Messages for skills that failed to load (e.g. malformed SKILL.md). Empty when host skills are excluded so host-local paths are not disclosed to multitenant callers.
   */
  errors?: string[];
}

/**
 * Parameters for aborting the current turn
 */
export interface SessionAbortParams {
  /**
   * Finite reason code describing why the current turn was aborted
   */
  reason?: AbortReason;
}

/**
 * Current activity flags for the session.
 */
export interface SessionActivity {
  /**
   * Whether an in-flight operation can currently be aborted.
   */
  abortable: boolean;
  /**
   * Whether the session currently has active work, including running turns or tasks.
   */
  hasActiveWork: boolean;
}

/**
 * Controls whether built-in agents and authored prompt text are included.
 */
export interface SessionAgentListParams {
  /**
   * When true, request the session's configured built-in agents alongside custom agents. Listing applies feature, context, inclusion, exclusion, and user-disabled-agent policy, but does not evaluate transient invocation requirements such as model availability. Built-in metadata may be omitted when the session cannot project it, such as a relay session.
   */
  includeBuiltInAgents?: boolean;
  /**
   * When true, request authored base prompt text on each AgentInfo. Prompt text may be omitted when unavailable, such as for agents projected through a relay session.
   */
  includePrompt?: boolean;
}

/**
 * Name of the custom agent to select for subsequent turns.
 */
export interface SessionAgentSelectParams {
  /**
   * Name of the custom agent to select
   */
  name: string;
}

/**
 * An in-memory authored prompt override for an available agent.
 */
export interface SessionAgentSetPromptParams {
  /**
   * Stable effective agent id. Plugin namespace separators are normalized.
   */
  id: string;
  /**
   * Replacement authored prompt. Empty text is valid.
   */
  prompt: string;
}

/**
 * Authentication status and account metadata for the session.
 */
export interface SessionAuthStatus {
  /**
   * Whether the session has resolved authentication
   */
  isAuthenticated: boolean;
  /**
   * Authentication type
   */
  authType?: AuthInfoType;
  /**
   * Authentication host URL
   */
  host?: string;
  /**
   * Authenticated login/username, if available
   */
  login?: string;
  /**
   * Human-readable authentication status description
   */
  statusMessage?: string;
  /**
   * Copilot plan tier (e.g., individual_pro, business)
   */
  copilotPlan?: string;
}

/**
 * Map of sessionId -> bytes freed by removing the session's workspace directory.
 */
export interface SessionBulkDeleteResult {
  /**
   * Map of sessionId -> bytes freed by removing the session's workspace directory. Sessions whose deletion failed are omitted from this map (failures are logged on the server but not surfaced per-id; check the map for absent IDs to detect them).
   */
  freedBytes: {
    [k: string]: number;
  };
}

/**
 * Canvas action invocation parameters.
 */
export interface SessionCanvasActionInvokeParams {
  /**
   * Open canvas instance identifier
   */
  instanceId: string;
  /**
   * Action name to invoke
   */
  actionName: string;
  /**
   * Action input
   */
  input?: {
    [k: string]: unknown;
  };
}

/**
 * Canvas close parameters.
 */
export interface SessionCanvasCloseParams {
  /**
   * Open canvas instance identifier
   */
  instanceId: string;
}

/**
 * Canvas open parameters.
 */
export interface SessionCanvasOpenParams {
  /**
   * Owning provider identifier. Optional when the canvasId is unique across providers; required to disambiguate when multiple providers register the same canvasId.
   */
  extensionId?: string;
  /**
   * Provider-local canvas identifier
   */
  canvasId: string;
  /**
   * Caller-supplied stable instance identifier
   */
  instanceId: string;
  /**
   * Canvas open input
   */
  input?: {
    [k: string]: unknown;
  };
}

/**
 * Session capability enabled for this session
 */
export type SessionCapability =
  | "tui-hints"
  | "plan-mode"
  | "memory"
  | "cli-documentation"
  | "ask-user"
  | "interactive-mode"
  | "system-notifications"
  | "elicitation"
  | "session-store"
  | "mcp-apps"
  | "canvas-renderer";

/**
 * Slash-prefixed command string to enqueue for FIFO processing.
 */
export interface SessionCommandsEnqueueParams {
  /**
   * Slash-prefixed command string to enqueue, e.g. '/compact' or '/model gpt-4'. Queued FIFO with any in-flight items; if the session is idle, processing kicks off immediately.
   */
  command: string;
  /**
   * Optional user-facing text for the queue row. The command string is shown when omitted.
   */
  displayText?: string | null;
}

/**
 * Slash command name and argument string to execute synchronously.
 */
export interface SessionCommandsExecuteParams {
  /**
   * Name of the slash command to invoke (without the leading '/').
   */
  commandName: string;
  /**
   * Argument string to pass to the command (empty string if none).
   */
  args: string;
}

/**
 * Pending command request ID and an optional error if the client handler failed.
 */
export interface SessionCommandsHandlePendingCommandParams {
  /**
   * Request ID from the command invocation event
   */
  requestId: string;
  /**
   * Error message if the command handler failed
   */
  error?: string;
}

/**
 * Slash command name and optional raw input string to invoke.
 */
export interface SessionCommandsInvokeParams {
  /**
   * Command name. Leading slashes are stripped and the name is matched case-insensitively.
   */
  name: string;
  /**
   * Raw input after the command name
   */
  input?: string;
  /**
   * Optional client surface that initiated the invocation
   */
  origin?: CommandsInvocationOrigin;
}

/**
 * Optional filters controlling which command sources to include in the listing.
 */
export interface SessionCommandsListParams {
  /**
   * Include runtime built-in commands
   */
  includeBuiltins?: boolean;
  /**
   * Include enabled user-invocable skills and commands
   */
  includeSkills?: boolean;
  /**
   * Include commands registered by protocol clients, including SDK clients and extensions
   */
  includeClientCommands?: boolean;
}

/**
 * Queued-command request ID and the result indicating whether the host executed it (and whether to stop processing further queued commands).
 */
export interface SessionCommandsRespondToQueuedCommandParams {
  /**
   * Request ID from the `command.queued` event the host is responding to.
   */
  requestId: string;
  /**
   * Result of the queued command execution.
   */
  result: QueuedCommandResult;
}

/**
 * A single host-driven completion. Accepting an item replaces `[rangeStart, rangeEnd)` (UTF-16 code units) in the composer with `insertText`; when the range is absent, the active token around the cursor is replaced.
 */
export interface SessionCompletionItem {
  /**
   * Text spliced into the composer when the item is accepted.
   */
  insertText: string;
  /**
   * Start of the replacement range in `text`, in UTF-16 code units.
   */
  rangeStart?: number;
  /**
   * End (exclusive) of the replacement range in `text`, in UTF-16 code units.
   */
  rangeEnd?: number;
  /**
   * Primary display label for the picker row. Falls back to `insertText` when absent.
   */
  label?: string;
  /**
   * Render-kind hint for the picker row (e.g. `"document"`, `"directory"`), derived from the host's display kind.
   */
  kind?: string;
}

/**
 * Request host-driven completions for the current composer input.
 */
export interface SessionCompletionsRequestParams {
  /**
   * The full composed composer input.
   */
  text: string;
  /**
   * Cursor offset within `text`, in UTF-16 code units.
   */
  offset: number;
}

/**
 * Local file system absolute paths within the session working directory to check against its content-exclusion policy.
 */
export interface SessionContentExclusionCheckPathsParams {
  /**
   * Local file system absolute paths within the session working directory to check. Results are returned in the same order, including duplicates.
   */
  paths: string[];
}

/**
 * Pre-resolved working-directory context for session startup.
 */
export interface SessionContext {
  /**
   * Most recent working directory for this session
   */
  cwd: string;
  /**
   * Git repository root, if the cwd was inside a git repo
   */
  gitRoot?: string;
  /**
   * Repository slug in `owner/name` form, when known
   */
  repository?: string;
  /**
   * Repository host type
   */
  hostType?: SessionContextHostType;
  /**
   * Active git branch
   */
  branch?: string;
}

/**
 * Per-source context-window attribution, or null if the session has not yet been initialized (no system prompt or tool metadata cached).
 */
export type SessionContextAttribution = {
  /**
   * Total token count of the current context window the entries are measured against (system message + conversation messages + tool definitions — the same total reported by /context). Divide an entry's `tokens` by this to derive its share.
   */
  totalTokens: number;
  /**
   * The concrete model id the entire breakdown was tokenized against (feeds the per-model token multiplier). Under `Auto` (Free/Student) this is the resolved model, not the literal `auto` sentinel, so totals are not undercounted. A single-model approximation of a potentially multi-model Auto session.
   */
  modelId: string;
  /**
   * How `modelId` was chosen. Not a closed set — tolerate unknown values. Known values today: `autoResolved` (the model Auto resolved to), `selected` (the user's explicitly selected model), `default` (a fallback before any model is known).
   */
  modelSource: string;
  /**
   * Maximum prompt tokens the resolved model accepts — the denominator for a `##k/###k` context-usage display. Mirrors `SessionContextInfo.promptTokenLimit`.
   */
  promptTokenLimit: number;
  /**
   * Prompt limit plus the model's output reserve: the full context window `categories.freeSpace` and `categories.buffer` are measured against. Mirrors `SessionContextInfo.limit`.
   */
  limit: number;
  /**
   * Output reserve plus the tokens past the buffer-exhaustion blocking threshold. Mirrors `SessionContextInfo.bufferTokens`.
   */
  bufferTokens: number;
  /**
   * Token count at which background compaction starts. Mirrors `SessionContextInfo.compactionThreshold`.
   */
  compactionThreshold: number;
  /**
   * The six normalized `/context` header buckets, computed from the same tokenization as `entries` so the two never disagree. Convenience rollups: `freeSpace` and `buffer` describe window capacity rather than occupied context, so the values do not sum to `totalTokens`.
   */
  categories: {
    /**
     * System prompt tokens, excluding custom instructions.
     */
    systemPrompt: number;
    /**
     * Custom-instructions tokens (0 when none are configured).
     */
    customInstructions: number;
    /**
     * Non-MCP tool-definition tokens.
     */
    systemTools: number;
    /**
     * MCP tool-definition tokens.
     */
    mcpTools: number;
    /**
     * Conversation (user/assistant/tool) message tokens.
     */
    messages: number;
    /**
     * Remaining unused window capacity (clamped at 0).
     */
    freeSpace: number;
    /**
     * Output reserve plus post-blocking-threshold buffer.
     */
    buffer: number;
  };
  /**
   * Flat list of per-source attribution entries. Group by `kind` and render unrecognized kinds generically. Nesting and rollups are expressed via `parentId`.
   */
  entries: {
    /**
     * Source category for this entry. Not a closed set — tolerate unknown values. Known values today: `skill`, `subagent`, `mcpServer`, `tool`, `system`, `toolDefinition`, `plugin`.
     */
    kind: string;
    /**
     * Identifier for this entry, formed by joining its `kind` and source name (e.g. `tool:bash`, `skill:tmux`, `toolDefinition:bash`); unique within the snapshot. Use it to match the same entry across snapshots, to correlate with other APIs (skill/agent/MCP registries), and as the `parentId` target for nesting. Distinct from the human-facing `label`.
     */
    id: string;
    /**
     * Human-readable display label, e.g. `bash` or `skill: tmux`. Presentation-only; may be localized/reformatted without notice — do not key off it.
     */
    label: string;
    /**
     * Token count currently in context attributable to this entry.
     */
    tokens: number;
    /**
     * Optional `id` of the parent entry: e.g. a `plugin` entry parenting its `skill`/`mcpServer` entries, or the `system` entry parenting `toolDefinition` entries. Omitted for top-level entries.
     */
    parentId?: string;
    /**
     * Supplementary per-entry metadata (e.g. `messageCount`, `role`, `evictable`, `pluginSource`). Values are stringified; parse as needed and ignore unrecognized keys.
     */
    attributes?: {
      [k: string]: string;
    };
  }[];
  /**
   * Successful compaction history for the session.
   */
  compactions: {
    /**
     * Number of successful compactions in this session.
     */
    count: number;
  };
} | null;

/**
 * Repository host type
 */
export type SessionContextHostType = "github" | "ado";

/**
 * Token breakdown for the current context window, or null if the session has not yet been initialized (no system prompt or tool metadata cached).
 */
export type SessionContextInfo = {
  /**
   * The model used for token counting
   */
  modelName: string;
  /**
   * Tokens consumed by the system prompt
   */
  systemTokens: number;
  /**
   * Tokens consumed by user/assistant/tool messages
   */
  conversationTokens: number;
  /**
   * Tokens consumed by tool definitions sent to the model (excludes deferred tools)
   */
  toolDefinitionsTokens: number;
  /**
   * Tokens consumed by MCP tool definitions (subset of toolDefinitionsTokens, excludes deferred tools)
   */
  mcpToolsTokens: number;
  /**
   * Sum of system, conversation and tool-definition tokens
   */
  totalTokens: number;
  /**
   * Maximum prompt tokens allowed by the model (or DEFAULT_TOKEN_LIMIT if unspecified)
   */
  promptTokenLimit: number;
  /**
   * Token count at which background compaction starts (configurable percentage of promptTokenLimit)
   */
  compactionThreshold: number;
  /**
   * Prompt token limit plus the model's full output token limit.
   */
  limit: number;
  /**
   * Output reserve plus tokens after the buffer-exhaustion blocking threshold (default 95%)
   */
  bufferTokens: number;
} | null;

/**
 * Options for collecting a session debug bundle with configurable redaction.
 */
export interface SessionDebugCollectLogsParams {
  /**
   * Where the bundle should be written. Use `archive` to produce a .tgz, or `directory` to stage files for caller-managed upload/post-processing.
   */
  destination: DebugCollectLogsDestination;
  /**
   * Which built-in session diagnostics to include. Omitted fields default to true.
   */
  include?: DebugCollectLogsInclude;
  /**
   * Caller-provided server-local files or directories to include in addition to the runtime's built-in session diagnostics. This lets host applications add their own diagnostics without changing the API shape.
   *
   * Items: A caller-provided server-local file or directory to include in the debug bundle.
   */
  additionalEntries?: DebugCollectLogsEntry[];
}

/**
 * The enriched metadata records, with summary and context fields backfilled where available. Sessions confirmed empty and unnamed are omitted.
 */
export interface SessionEnrichMetadataResult {
  /**
   * Enriched records, with summary and context backfilled. Sessions confirmed empty and unnamed may be omitted.
   *
   * Items: Persisted local session metadata, including identifiers, timestamps, summary/name, client, context, detached state, and task ID.
   */
  sessions: LocalSessionMetadataValue[];
}

/**
 * Cursor, batch size, and optional long-poll/filter parameters for reading session events.
 */
export interface SessionEventLogReadParams {
  /**
   * Opaque cursor returned by a previous read. Omit on the first call to start from the beginning of the session's persisted history.
   */
  cursor?: string;
  /**
   * Maximum number of events to return in this batch (1–1000, default 200).
   */
  max?: number;
  /**
   * Milliseconds to wait for new events when the cursor is at the tail of history. 0 (default) returns immediately even if no events are available. Capped at 30000ms. Ephemeral events that arrive during the wait are delivered in this batch but are NOT replayable on a subsequent read (use a non-zero waitMs in your next call to capture future ephemerals as they happen). This applies to forward reads only: a backward read always returns immediately and ignores `waitMs`, because backward paging covers persisted history only while new events append at the tail (the opposite end from a backward page), so no blocking or ephemeral delivery can occur.
   */
  waitMs?: number;
  /**
   * Either '*' to receive all event types, or a non-empty list of event types to receive
   */
  types?: EventLogTypes;
  /**
   * Agent-scope filter: 'primary' returns only main-agent events plus events whose type starts with 'subagent.' (matching the typed-subscription default behavior); 'all' returns events from all agents (matching wildcard-subscription behavior). Default is 'all' to preserve wildcard semantics for catch-up callers.
   */
  agentScope?: EventsAgentScope;
  /**
   * Optional non-empty list of subagent identifiers. When provided, only events owned by one of these agents are returned; ownership recognizes the event envelope's agentId plus legacy data.agentId and data.parentToolCallId markers. This filter takes precedence over agentScope.
   *
   * @minItems 1
   */
  agentIds?: string[];
  /**
   * Direction to page through the session's persisted event history. 'forward' (default) pages from the cursor toward newer events (or from the start of history when no cursor is given). 'backward' enables tail-first reads: with no cursor it returns the NEWEST `max` events, and the returned cursor pages toward OLDER events on subsequent backward reads. Events within a returned batch are always in chronological (oldest-to-newest) order, even for a backward read. Backward reads cover PERSISTED history only; ephemeral events are never returned by a backward read. `direction` selects the INITIAL read only: the returned cursor is self-describing, so a continuation read pages in the cursor's own direction regardless of the `direction` passed alongside it — a forward cursor always pages forward and a backward cursor always pages backward. Pass the direction that matches the cursor to avoid confusion.
   */
  direction?: EventsReadDirection;
  /**
   * When false, skip ephemeral events entirely and return only durable (persisted) events. History-backfill callers that discard ephemerals anyway should set this so the read is bounded by the durable log length instead of racing the ephemeral ring on a busy session. Defaults to true (ephemerals are interleaved with durable events in creation order). Ignored by backward reads, which always cover persisted history only.
   */
  includeEphemeral?: boolean;
}

/**
 * Event type to register consumer interest for, used by runtime gating logic.
 */
export interface SessionEventLogRegisterInterestParams {
  /**
   * The event type the consumer wants the runtime to treat as 'observed' for behavior-switching gating. Some runtime code paths inspect whether any consumer is interested in a specific event type and choose a different implementation accordingly (e.g. `mcp.oauth_required`: when interest is registered the runtime delegates interactive OAuth token acquisition to the consumer via `mcp.oauth_required` events; when no interest is registered the runtime still attempts non-interactive reconnect from cached or refreshable tokens, and only marks the server `needs-auth` if usable credentials are unavailable — it does not open a browser or start interactive OAuth without a consumer). SDK clients that long-poll events do NOT automatically appear as listeners to these gating checks — they must explicitly call `registerInterest` for each event type they want the runtime to count as having a consumer. Multiple registrations for the same event type from the same or different consumers are tracked independently and must each be released. See: `mcp.oauth_required`, `sampling.requested`, `auto_mode_switch.requested`, `session_limits_exhausted.requested`, `user_input.requested`, `elicitation.requested`, `command.queued`, `exit_plan_mode.requested`.
   */
  eventType: string;
}

/**
 * Opaque handle previously returned by `registerInterest` to release.
 */
export interface SessionEventLogReleaseInterestParams {
  /**
   * Handle returned by a previous `registerInterest` call. Idempotent: releasing an unknown or already-released handle is a no-op (returns success). When the last outstanding handle for an event type is released, the runtime reverts to its 'no consumer' code path for that event type.
   */
  handle: string;
}

/**
 * Source-qualified extension identifier to disable for the session.
 */
export interface SessionExtensionsDisableParams {
  /**
   * Source-qualified extension ID to disable
   */
  id: string;
}

/**
 * Source-qualified extension identifier to enable for the session.
 */
export interface SessionExtensionsEnableParams {
  /**
   * Source-qualified extension ID to enable
   */
  id: string;
}

/**
 * Parameters for session.extensions.sendAttachmentsToMessage.
 */
export interface SessionExtensionsSendAttachmentsToMessageParams {
  /**
   * Optional canvas instance binding the push for provenance. When supplied, the runtime resolves the canvas, verifies it is owned by the calling extension, and stamps canvasId/instanceId onto each extension_context entry. When omitted, no resolution runs and those fields stay unset on the attachment.
   */
  instanceId?: string;
  /**
   * Attachments to push into the next user-message turn. extension_context entries take the slim shape; standard variants take their full AttachmentSchema shape.
   *
   * Items: Attachment union accepted by push input, covering files, directories, GitHub objects, blobs, snippets, and extension context.
   */
  attachments: PushAttachment[];
}

/**
 * Parameters for one factory-scoped subagent call.
 */
export interface SessionFactoryAgentParams {
  /**
   * Factory run identifier that owns the subagent.
   */
  factoryRunId: string;
  /**
   * Opaque token identifying the current factory execution attempt.
   */
  executionToken: string;
  /**
   * Prompt to send to the subagent.
   */
  prompt: string;
  /**
   * Subagent execution options.
   */
  opts: FactoryAgentOptions;
}

/**
 * Parameters for cancelling a factory run.
 */
export interface SessionFactoryCancelParams {
  /**
   * Factory run identifier.
   */
  runId: string;
}

/**
 * Parameters for retrieving a factory run.
 */
export interface SessionFactoryGetRunDetailParams {
  /**
   * Factory run identifier.
   */
  runId: string;
}

/**
 * Parameters for retrieving a factory run.
 */
export interface SessionFactoryGetRunParams {
  /**
   * Factory run identifier.
   */
  runId: string;
}

/**
 * Parameters for paging factory progress.
 */
export interface SessionFactoryGetRunProgressParams {
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Optional phase identifier used to scope records and cursors.
   */
  phaseId?: string;
  /**
   * Exclusive forward cursor.
   */
  afterSeq?: number;
  /**
   * Exclusive backward cursor.
   */
  beforeSeq?: number;
  /**
   * Maximum records to return. Defaults to 200 and is capped at 500.
   */
  limit?: number;
}

/**
 * Parameters for reading a factory journal entry.
 */
export interface SessionFactoryJournalGetParams {
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Opaque token identifying the current factory execution attempt.
   */
  executionToken: string;
  /**
   * Namespaced journal key.
   */
  key: string;
}

/**
 * Parameters for storing a factory journal entry.
 */
export interface SessionFactoryJournalPutParams {
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Opaque token identifying the current factory execution attempt.
   */
  executionToken: string;
  /**
   * Namespaced journal key.
   */
  key: string;
  /**
   * JSON result to memoize.
   */
  resultJson: {
    [k: string]: unknown;
  };
}

/**
 * Parameters for paging factory runs.
 */
export interface SessionFactoryListRunsParams {
  /**
   * Exclusive forward cursor.
   */
  afterSeq?: number;
  /**
   * Exclusive backward cursor.
   */
  beforeSeq?: number;
  /**
   * Maximum terminal runs to return. Defaults to 200 and is capped at 500.
   */
  limit?: number;
}

/**
 * Parameters for recording factory progress.
 */
export interface SessionFactoryLogParams {
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Opaque token identifying the current factory execution attempt.
   */
  executionToken: string;
  /**
   * Ordered progress lines to append.
   *
   * Items: One ordered factory progress line.
   */
  lines: FactoryLogLine[];
}

/**
 * Parameters for pausing a running factory.
 */
export interface SessionFactoryPauseParams {
  /**
   * Factory run identifier.
   */
  runId: string;
}

/**
 * Parameters for resuming a factory run from its persisted identity.
 */
export interface SessionFactoryResumeParams {
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Optional per-invocation resource ceiling overrides.
   */
  limits?: FactoryRunLimits;
  /**
   * Whether to notify the originating session when the factory completes.
   */
  notifyOnComplete?: boolean;
  /**
   * Whether to emit factory phase names to the session transcript.
   */
  logPhaseNames?: boolean;
}

/**
 * Parameters for invoking a registered factory.
 */
export interface SessionFactoryRunParams {
  /**
   * Registered factory name.
   */
  name: string;
  /**
   * Factory input value.
   */
  args: {
    [k: string]: unknown;
  };
  /**
   * Factory invocation options.
   */
  options?: RunOptions;
}

/**
 * Parameters for starting fleet orchestration: an optional user prompt combined with the fleet instructions, plus the send options forwarded to the resulting turn.
 */
export interface SessionFleetStartParams {
  /**
   * Optional user prompt to combine with fleet instructions
   */
  prompt?: string;
  /**
   * Optional attachments (files, directories, selections, blobs, GitHub references) to include with the fleet request
   *
   * Items: A user message attachment — a file, directory, code selection, blob, GitHub-anchored pointer, or extension-supplied context payload
   */
  attachments?: Attachment[];
  /**
   * If true, await completion of the agentic loop for this fleet request before returning. Defaults to false.
   */
  wait?: boolean;
}

/**
 * File path, content to append, and optional mode for the client-provided session filesystem. Implementations create parent directories as needed.
 */
export interface SessionFsAppendFileParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Path using SessionFs conventions
   */
  path: string;
  /**
   * Content to append
   */
  content: string;
  /**
   * Optional POSIX-style mode for newly created files
   */
  mode?: number;
}

/**
 * Describes a filesystem error.
 */
export type SessionFsAppendFileResult = undefined | SessionFsError;

/**
 * Describes a filesystem error.
 */
export interface SessionFsError {
  /**
   * Error classification
   */
  code: SessionFsErrorCode;
  /**
   * Free-form detail about the error, for logging/diagnostics
   */
  message?: string;
}

/**
 * Error classification
 */
export type SessionFsErrorCode = "ENOENT" | "UNKNOWN";

/**
 * Path to test for existence in the client-provided session filesystem.
 */
export interface SessionFsExistsParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Path using SessionFs conventions
   */
  path: string;
}

/**
 * Indicates whether the requested path exists in the client-provided session filesystem.
 */
export interface SessionFsExistsResult {
  /**
   * Whether the path exists
   */
  exists: boolean;
}

/**
 * Directory path to create in the client-provided session filesystem, with options for recursive creation and POSIX mode.
 */
export interface SessionFsMkdirParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Path using SessionFs conventions
   */
  path: string;
  /**
   * Create parent directories as needed
   */
  recursive?: boolean;
  /**
   * Optional POSIX-style mode for newly created directories
   */
  mode?: number;
}

/**
 * Describes a filesystem error.
 */
export type SessionFsMkdirResult = undefined | SessionFsError;

/**
 * Path of the file to read from the client-provided session filesystem.
 */
export interface SessionFsReadFileParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Path using SessionFs conventions
   */
  path: string;
}

/**
 * File content as a UTF-8 string, or a filesystem error if the read failed.
 */
export interface SessionFsReadFileResult {
  /**
   * File content as UTF-8 string
   */
  content: string;
  /**
   * Describes a filesystem error.
   */
  error?: SessionFsError;
}

/**
 * Directory path whose entries should be listed from the client-provided session filesystem.
 */
export interface SessionFsReaddirParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Path using SessionFs conventions
   */
  path: string;
}

/**
 * Names of entries in the requested directory, or a filesystem error if the read failed.
 */
export interface SessionFsReaddirResult {
  /**
   * Entry names in the directory
   */
  entries: string[];
  /**
   * Describes a filesystem error.
   */
  error?: SessionFsError;
}

/**
 * Directory entry returned by session filesystem `readdirWithTypes`, with name and entry type.
 */
export interface SessionFsReaddirWithTypesEntry {
  /**
   * Entry name
   */
  name: string;
  /**
   * Entry type
   */
  type: SessionFsReaddirWithTypesEntryType;
}

/**
 * Entry type
 */
export type SessionFsReaddirWithTypesEntryType = "file" | "directory";

/**
 * Directory path whose entries (with type information) should be listed from the client-provided session filesystem.
 */
export interface SessionFsReaddirWithTypesParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Path using SessionFs conventions
   */
  path: string;
}

/**
 * Entries in the requested directory paired with file/directory type information, or a filesystem error if the read failed.
 */
export interface SessionFsReaddirWithTypesResult {
  /**
   * Directory entries with type information
   *
   * Items: Directory entry returned by session filesystem `readdirWithTypes`, with name and entry type.
   */
  entries: SessionFsReaddirWithTypesEntry[];
  /**
   * Describes a filesystem error.
   */
  error?: SessionFsError;
}

/**
 * Source and destination paths for renaming or moving an entry in the client-provided session filesystem.
 */
export interface SessionFsRenameParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Source path using SessionFs conventions
   */
  src: string;
  /**
   * Destination path using SessionFs conventions
   */
  dest: string;
}

/**
 * Describes a filesystem error.
 */
export type SessionFsRenameResult = undefined | SessionFsError;

/**
 * Path to remove from the client-provided session filesystem, with options for recursive removal and force.
 */
export interface SessionFsRmParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Path using SessionFs conventions
   */
  path: string;
  /**
   * Remove directories and their contents recursively
   */
  recursive?: boolean;
  /**
   * Ignore errors if the path does not exist
   */
  force?: boolean;
}

/**
 * Describes a filesystem error.
 */
export type SessionFsRmResult = undefined | SessionFsError;

/**
 * Optional capabilities declared by the provider
 */
export interface SessionFsSetProviderCapabilities {
  /**
   * Whether the provider supports SQLite query/exists operations
   */
  sqlite?: boolean;
}

/**
 * Path conventions used by this filesystem
 */
export type SessionFsSetProviderConventions = "windows" | "posix";

/**
 * Initial working directory, session-state path layout, and path conventions used to register the calling SDK client as the session filesystem provider.
 */
export interface SessionFsSetProviderRequest {
  /**
   * Initial working directory for sessions
   */
  initialCwd: string;
  /**
   * Path within each session's SessionFs where the runtime stores files for that session
   */
  sessionStatePath: string;
  /**
   * Path conventions used by this filesystem
   */
  conventions: SessionFsSetProviderConventions;
  /**
   * Optional capabilities declared by the provider
   */
  capabilities?: SessionFsSetProviderCapabilities;
}

/**
 * Indicates whether the calling client was registered as the session filesystem provider.
 */
export interface SessionFsSetProviderResult {
  /**
   * Whether the provider was set successfully
   */
  success: boolean;
}

/**
 * Identifies the target session.
 */
export interface SessionFsSqliteExistsParams {
  /**
   * Target session identifier
   */
  sessionId: string;
}

/**
 * Indicates whether the per-session SQLite database already exists.
 */
export interface SessionFsSqliteExistsResult {
  /**
   * Whether the session database already exists
   */
  exists: boolean;
}

/**
 * SQL query, query type, and optional bind parameters for executing a SQLite query against the per-session database. The provider applies its SQLite busy timeout for every call.
 */
export interface SessionFsSqliteQueryParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * SQL query to execute
   */
  query: string;
  /**
   * How to execute the query: 'exec' for DDL/multi-statement (no results), 'query' for SELECT (returns rows), 'run' for INSERT/UPDATE/DELETE (returns rowsAffected)
   */
  queryType: SessionFsSqliteQueryType;
  /**
   * Optional named bind parameters
   */
  params?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}

/**
 * Query results including rows, columns, and rows affected, or a filesystem error if execution failed.
 */
export interface SessionFsSqliteQueryResult {
  /**
   * For SELECT: array of row objects. For others: empty array.
   */
  rows: {
    [k: string]: {
      [k: string]: unknown;
    };
  }[];
  /**
   * Column names from the result set
   */
  columns: string[];
  /**
   * Number of rows affected (for INSERT/UPDATE/DELETE)
   */
  rowsAffected: number;
  /**
   * SQLite last_insert_rowid() value for INSERT.
   */
  lastInsertRowid?: number;
  /**
   * Describes a filesystem error.
   */
  error?: SessionFsError;
}

/**
 * How to execute the query: 'exec' for DDL/multi-statement (no results), 'query' for SELECT (returns rows), 'run' for INSERT/UPDATE/DELETE (returns rowsAffected)
 */
export type SessionFsSqliteQueryType = "exec" | "query" | "run";

/**
 * Classified SQLite transaction failure. busyOrLocked guarantees rollback; postCommitAmbiguous must never be retried.
 */
export interface SessionFsSqliteTransactionError {
  /**
   * Machine-readable classification of the transaction failure.
   */
  errorClass: SessionFsSqliteTransactionErrorClass;
  /**
   * Human-readable transaction failure message.
   */
  message: string;
}

/**
 * SQLite transaction failure classification.
 */
export type SessionFsSqliteTransactionErrorClass = "busyOrLocked" | "fatal" | "postCommitAmbiguous";

/**
 * Statements to execute atomically. Providers apply busy handling for every call.
 */
export interface SessionFsSqliteTransactionParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Ordered SQL statements to execute in one transaction.
   *
   * Items: One statement in an atomic SQLite transaction.
   */
  statements: SessionFsSqliteTransactionStatement[];
}

/**
 * Per-statement results, or a classified transaction error.
 */
export interface SessionFsSqliteTransactionResult {
  /**
   * Per-statement query results in input order.
   *
   * Items: Query results including rows, columns, and rows affected, or a filesystem error if execution failed.
   */
  results: SessionFsSqliteQueryResult[];
  /**
   * Classified transaction failure, when execution did not succeed.
   */
  error?: SessionFsSqliteTransactionError;
}

/**
 * One statement in an atomic SQLite transaction.
 */
export interface SessionFsSqliteTransactionStatement {
  /**
   * SQL statement to execute.
   */
  query: string;
  /**
   * How to execute the statement.
   */
  queryType: SessionFsSqliteQueryType;
  /**
   * Optional named bind parameters.
   */
  params?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}

/**
 * Path whose metadata should be returned from the client-provided session filesystem.
 */
export interface SessionFsStatParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Path using SessionFs conventions
   */
  path: string;
}

/**
 * Filesystem metadata for the requested path, or a filesystem error if the stat failed.
 */
export interface SessionFsStatResult {
  /**
   * Whether the path is a file
   */
  isFile: boolean;
  /**
   * Whether the path is a directory
   */
  isDirectory: boolean;
  /**
   * File size in bytes
   */
  size: number;
  /**
   * ISO 8601 timestamp of last modification
   */
  mtime: string;
  /**
   * ISO 8601 timestamp of creation
   */
  birthtime: string;
  /**
   * Describes a filesystem error.
   */
  error?: SessionFsError;
}

/**
 * File path, content to write, and optional mode for the client-provided session filesystem.
 */
export interface SessionFsWriteFileParams {
  /**
   * Target session identifier
   */
  sessionId: string;
  /**
   * Path using SessionFs conventions
   */
  path: string;
  /**
   * Content to write
   */
  content: string;
  /**
   * Optional POSIX-style mode for newly created files
   */
  mode?: number;
}

/**
 * Describes a filesystem error.
 */
export type SessionFsWriteFileResult = undefined | SessionFsError;

/**
 * New auth credentials to install on the session. Omit to leave credentials unchanged.
 */
export interface SessionGitHubAuthSetCredentialsParams {
  /**
   * The new auth credentials to install on the session. When omitted or `undefined`, the call is a no-op and the session's existing credentials are preserved. The runtime installs the supplied value immediately for outbound model/API requests. When the credential carries a raw token (`token`, `env`, or `gh-cli`) but no `copilotUser`, the runtime additionally re-resolves `copilotUser` server-side (best-effort, asynchronously, after the synchronous install) so plan/quota/billing metadata regains fidelity; on resolution failure the verbatim credential remains installed. It does NOT otherwise validate the credential. Several variants carry secret material; treat this method's params as containing secrets at rest and in transit.
   */
  credentials?: SettableAuthInfo;
}

/**
 * Parameters for clearing the conversation and seeding the window that replaces it.
 */
export interface SessionHistoryClearContextParams {
  /**
   * First user message of the fresh context window. Required: a cleared window holding only system and developer messages is not a conversation a model can answer, so every clear seeds the window it creates. Delivered by the enclosing turn driver once the agentic loop exits, which is why the call must be made from inside a tool handler.
   */
  prompt: string;
}

/**
 * Optional compaction parameters.
 */
export interface SessionHistoryCompactParams {
  /**
   * Optional user-provided instructions to focus the compaction summary
   */
  customInstructions?: string;
  /**
   * What initiated this compaction request, recorded as the `trigger` on the persisted `session.compaction_start` / `session.compaction_complete` events. When absent, the compaction is persisted without trigger attribution (initiator unknown).
   */
  trigger?: "manual" | "model_switch";
  /**
   * Context window token limit this compaction is targeting, recorded as the `tokenLimit` on the persisted `session.compaction_start` / `session.compaction_complete` events. Set it when the compaction targets a window other than the compacting model's own, e.g. switching to a model with a smaller context window: the compaction still runs on the current model, so the limit that motivated it would otherwise be lost. When absent, the events record the compacting model's own resolved limit. Attribution metadata only - it does not change how much the compaction removes.
   */
  tokenLimit?: number;
}

/**
 * Event boundary to preview for conversation-and-files rewind.
 */
export interface SessionHistoryPreviewRewindParams {
  /**
   * ID of the user.message event that begins the discarded suffix.
   */
  eventId: string;
}

/**
 * Boundary and mode for rewinding session history.
 */
export interface SessionHistoryRewindParams {
  /**
   * ID of the user.message event that begins the discarded suffix.
   */
  eventId: string;
  /**
   * Whether to rewind only conversation history or also restore captured files.
   */
  mode: HistoryRewindMode;
}

/**
 * Identifier of the event to truncate to; this event and all later events are removed.
 */
export interface SessionHistoryTruncateParams {
  /**
   * Event ID to truncate to. This event and all events after it are removed from the session.
   */
  eventId: string;
}

/**
 * Installed plugin record for a session, with marketplace, version, install time, enabled state, cache path, and source.
 */
export interface SessionInstalledPlugin {
  /**
   * Plugin name
   */
  name: string;
  /**
   * Marketplace the plugin came from (empty string for direct repo installs)
   */
  marketplace: string;
  /**
   * Installed version, if known
   */
  version?: string;
  /**
   * Installation timestamp (ISO-8601)
   */
  installed_at: string;
  /**
   * Whether the plugin is currently enabled
   */
  enabled: boolean;
  /**
   * Path where the plugin is cached locally
   */
  cache_path?: string;
  /**
   * Source descriptor for direct repo installs (when marketplace is empty)
   */
  source?: SessionInstalledPluginSource;
  /**
   * Per-plugin source fingerprint (a SHA-256 hash of the plugin's catalog source spec plus its resolved source subtree — NOT a Git commit SHA) captured at marketplace install/update time. Auto-update compares it against the freshly recomputed fingerprint to detect a content change that does not bump the version. Absent for pre-existing installs and for direct (non-marketplace) installs.
   */
  source_sha?: string;
  /**
   * Absolute path of the marketplace directory a live plugin was resolved from. Present only on live, never-persisted records — those synthesized at session start for a directory/local marketplace, whose cache_path points at the real plugin directory on disk rather than a copy under the installed-plugins cache. Its presence is what marks a record as live, and no record carrying it is ever written to the persisted installedPlugins key.
   */
  installed_from?: string;
}

/**
 * Source descriptor for direct repo installs (when marketplace is empty)
 */
export type SessionInstalledPluginSource =
  | string
  | SessionInstalledPluginSourceGitHub
  | SessionInstalledPluginSourceUrl
  | SessionInstalledPluginSourceLocal;

/**
 * Source descriptor for a direct GitHub plugin install, with `owner/repo`, optional ref or full commit SHA, and optional subpath.
 */
export interface SessionInstalledPluginSourceGitHub {
  /**
   * Constant value. Always "github".
   */
  source: "github";
  /**
   * GitHub repository in `owner/repo` form.
   */
  repo: string;
  /**
   * Optional Git ref to resolve.
   */
  ref?: string;
  /**
   * Optional full 40-character hexadecimal commit SHA.
   */
  sha?: string;
  /**
   * Optional repository-relative path to the plugin.
   */
  path?: string;
}

/**
 * Source descriptor for a direct local plugin install, with a local filesystem path.
 */
export interface SessionInstalledPluginSourceLocal {
  /**
   * Constant value. Always "local".
   */
  source: "local";
  /**
   * Local filesystem path to the plugin.
   */
  path: string;
}

/**
 * Source descriptor for a direct URL plugin install, with URL, optional ref or full commit SHA, and optional subpath.
 */
export interface SessionInstalledPluginSourceUrl {
  /**
   * Constant value. Always "url".
   */
  source: "url";
  /**
   * URL of the plugin source.
   */
  url: string;
  /**
   * Optional Git ref to resolve.
   */
  ref?: string;
  /**
   * Optional full 40-character hexadecimal commit SHA.
   */
  sha?: string;
  /**
   * Optional source-relative path to the plugin.
   */
  path?: string;
}

/**
 * Parameters for interrupting the main agent turn.
 */
export interface SessionInterruptMainTurnParams {
  /**
   * When true, the user's queued prompts are preserved and run as the next turn once the interrupted turn unwinds; when false (the default), the queue is cleared like a plain abort.
   */
  flushQueued?: boolean;
}

/**
 * Baseline data provenance for a prediction.
 */
export interface SessionLimitPredictionBaselineData {
  /**
   * Start of the baseline data slice.
   */
  windowStart: string;
  /**
   * End of the baseline data slice.
   */
  windowEnd: string;
}

/**
 * Client population used for the prediction baseline.
 */
export type SessionLimitPredictionClientType = "cli-interactive" | "cli-prompt";

/**
 * Explainable AI-credit session-limit prediction.
 */
export interface SessionLimitPredictionDetails {
  /**
   * Client population used for the prediction.
   */
  clientType: SessionLimitPredictionClientType;
  /**
   * Model identifier used for lookup.
   */
  modelId: string;
  /**
   * Baseline fallback level used to create the prediction.
   */
  source: SessionLimitPredictionSource;
  /**
   * Key matched at the source level, such as a model id, family id, or `global`.
   */
  sourceKey: string;
  /**
   * Resolved model family when known.
   */
  family?: string;
  /**
   * Ordered usage tiers and their AI-credit caps.
   *
   * Items: Semantic usage tier and its AI-credit cap.
   */
  tiers: SessionLimitPredictionTierOption[];
  /**
   * Baseline data provenance.
   */
  baselineData: SessionLimitPredictionBaselineData;
  /**
   * Tier chosen as the recommended cap.
   */
  recommendedTier: SessionLimitPredictionTier;
  /**
   * Recommended maximum AI credits for this session.
   */
  recommendedCap: number;
}

/**
 * Parameters for predicting an AI-credit session limit. Omitting `modelId` uses the session's currently selected model.
 */
export interface SessionLimitPredictionPredictParams {
  /**
   * Optional model identifier override. If omitted, the session's current model is used.
   */
  modelId?: string;
  /**
   * Client type to size for. Defaults to `cli-interactive`.
   */
  clientType?: SessionLimitPredictionClientType;
}

/**
 * Prediction result. Available results include prediction details; unavailable results include an explicit reason.
 */
export type SessionLimitPredictionResult = {
  /**
   * Predicted session limit details.
   */
  prediction: SessionLimitPredictionDetails;
  /**
   * Prediction result variant discriminator.
   */
  kind: "available";
} | {
  /**
   * Reason no prediction is available.
   */
  reason: SessionLimitPredictionUnavailableReason;
  /**
   * Prediction result variant discriminator.
   */
  kind: "unavailable";
};

/**
 * Baseline fallback level used to create the prediction.
 */
export type SessionLimitPredictionSource = "model" | "family" | "global";

/**
 * Semantic usage tier used for a recommended cap or additional headroom.
 */
export type SessionLimitPredictionTier =
  | "recommended"
  | "additional_headroom"
  | "generous_headroom"
  | "maximum_headroom";

/**
 * Semantic usage tier and its AI-credit cap.
 */
export interface SessionLimitPredictionTierOption {
  /**
   * Semantic usage tier.
   */
  tier: SessionLimitPredictionTier;
  /**
   * AI-credit cap for this tier.
   */
  cap: number;
}

/**
 * Reason a prediction could not be computed.
 */
export type SessionLimitPredictionUnavailableReason = "auto_unresolved" | "no_model";

/**
 * Sessions matching the filter, ordered most-recently-modified first.
 */
export interface SessionList {
  /**
   * Sessions ordered most-recently-modified first. Discriminated by `isRemote`.
   *
   * Items: Local or remote session metadata entry. Narrow on `isRemote` to access source-specific fields.
   */
  sessions: SessionListEntry[];
}

/**
 * Local or remote session metadata entry. Narrow on `isRemote` to access source-specific fields.
 */
export type SessionListEntry = LocalSessionMetadataValue | RemoteSessionMetadataValue;

/**
 * Optional filter applied to the returned sessions
 */
export interface SessionListFilter {
  /**
   * Match sessions whose context.cwd equals this value
   */
  cwd?: string;
  /**
   * Match sessions whose context.gitRoot equals this value
   */
  gitRoot?: string;
  /**
   * Match sessions whose context.repository equals this value
   */
  repository?: string;
  /**
   * Match sessions whose context.branch equals this value
   */
  branch?: string;
}

/**
 * Queued repo-level startup prompts and the total hook command count after loading.
 */
export interface SessionLoadDeferredRepoHooksResult {
  /**
   * Repo-level startup prompts queued from repo hook configs. Empty on resume, when no repo configs were pending, or when disableAllHooks is set.
   */
  startupPrompts: string[];
  /**
   * Total hook command count (user + plugin + repo) loaded for the session by this call. Captured atomically with startupPrompts so callers don't need to read a separate counter.
   */
  hookCount: number;
}

/**
 * Log severity level. Determines how the message is displayed in the timeline. Defaults to "info".
 */
export type SessionLogLevel = "info" | "warning" | "error";

/**
 * Message text, optional severity level, persistence flag, optional follow-up URL, and optional tip.
 */
export interface SessionLogParams {
  /**
   * Human-readable message
   */
  message: string;
  /**
   * Log severity level. Determines how the message is displayed in the timeline. Defaults to "info".
   */
  level?: SessionLogLevel;
  /**
   * Domain category for this log entry (e.g., "mcp", "subscription", "policy", "model"). Maps to `infoType`/`warningType`/`errorType` on the emitted event. Defaults to "notification".
   */
  type?: string;
  /**
   * When true, the message is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Optional URL the user can open in their browser for more details
   */
  url?: string;
  /**
   * Optional actionable tip displayed alongside the message. Only honored on `level: "info"`.
   */
  tip?: string;
}

/**
 * Parameters for (re)loading the merged LSP configuration set.
 */
export interface SessionLspInitializeParams {
  /**
   * Working directory used to load project-level LSP configs. Defaults to the session working directory when omitted.
   */
  workingDirectory?: string;
  /**
   * Git root used as the boundary when traversing for project-level LSP configs (supports monorepos).
   */
  gitRoot?: string;
  /**
   * Force re-initialization even when LSP configs were already loaded for the working directory.
   */
  force?: boolean;
}

/**
 * Enterprise permission policy expressed with the runtime's managed permission-rule syntax.
 */
export interface SessionManagedPermissions {
  /**
   * When set to `disable`, prevents bypass/allow-all permission modes. `allow-auto-only` blocks full allow-all but permits advisory auto-approval. Any other value is accepted rather than failing the session, but is enforced as `disable`: the key is only present to restrict something, so a mode this runtime cannot interpret fails closed to the most restrictive one it knows. Omit the key entirely to impose no restriction.
   */
  disableBypassPermissionsMode?: string;
  /**
   * Permission rules that block matching operations. Deny has highest precedence.
   */
  deny?: string[];
  /**
   * Permission rules that require explicit human approval.
   */
  ask?: string[];
  /**
   * Permission rules that allow matching operations unless another managed source, deny, or ask rule restricts them.
   */
  allow?: string[];
}

/**
 * Managed settings an SDK host may inject at session startup. Only permissions are accepted in this initial contract.
 */
export interface SessionManagedSettings {
  /**
   * Managed permission policy injected by the SDK host.
   */
  permissions?: SessionManagedPermissions;
}

/**
 * MCP server, tool name, and arguments to invoke from an MCP App view.
 */
export interface SessionMcpAppsCallToolParams {
  /**
   * MCP server hosting the tool
   */
  serverName: string;
  /**
   * MCP tool name
   */
  toolName: string;
  /**
   * Tool arguments
   */
  arguments?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * **Required.** Server whose ui:// view issued the request. Per SEP-1865 ('callable by the app from this server only'), the call is rejected when this differs from `serverName`, and rejected outright when missing.
   */
  originServerName: string;
}

/**
 * Standard MCP CallToolResult
 */
export interface SessionMcpAppsCallToolResult {
  /** Entries, by key. */
  [k: string]: {
    [k: string]: unknown;
  };
}

/**
 * MCP server to diagnose MCP Apps wiring for.
 */
export interface SessionMcpAppsDiagnoseParams {
  /**
   * MCP server to probe
   */
  serverName: string;
}

/**
 * MCP server to list app-callable tools for.
 */
export interface SessionMcpAppsListToolsParams {
  /**
   * MCP server hosting the app
   */
  serverName: string;
  /**
   * **Required.** Server whose ui:// view issued the request. Per SEP-1865 ('callable by the app from this server only'), the call is rejected when this differs from `serverName`, and rejected outright when missing.
   */
  originServerName: string;
}

/**
 * MCP server and resource URI to fetch.
 */
export interface SessionMcpAppsReadResourceParams {
  /**
   * Name of the MCP server hosting the resource
   */
  serverName: string;
  /**
   * Resource URI (typically ui://...)
   */
  uri: string;
}

/**
 * Host context to advertise to MCP App guests.
 */
export interface SessionMcpAppsSetHostContextParams {
  /**
   * Host context advertised to MCP App guests
   */
  context: McpAppsSetHostContextDetails;
}

/**
 * The requestId previously passed to executeSampling that should be cancelled.
 */
export interface SessionMcpCancelSamplingExecutionParams {
  /**
   * The requestId previously passed to executeSampling that should be cancelled
   */
  requestId: string;
}

/**
 * Name of the MCP server to disable for the session.
 */
export interface SessionMcpDisableParams {
  /**
   * Name of the MCP server to disable
   */
  serverName: string;
}

/**
 * Name of the MCP server to enable for the session.
 */
export interface SessionMcpEnableParams {
  /**
   * Name of the MCP server to enable
   */
  serverName: string;
}

/**
 * Identifiers and raw MCP CreateMessageRequest params used to run a sampling inference.
 */
export interface SessionMcpExecuteSamplingParams {
  /**
   * Caller-provided unique identifier for this sampling execution. Use this same ID with cancelSamplingExecution to cancel the in-flight call. Must be unique within the session for the lifetime of the call.
   */
  requestId: string;
  /**
   * Name of the MCP server that initiated the sampling request
   */
  serverName: string;
  /**
   * The original MCP JSON-RPC request ID (string or number). Used by the runtime to correlate the inference with the originating MCP request for telemetry; this is distinct from `requestId` (which is the schema-level cancellation handle).
   */
  mcpRequestId: {
    [k: string]: unknown;
  };
  /**
   * Raw MCP CreateMessageRequest params, as received in the `sampling.requested` event. Treated as opaque at the schema layer; the runtime converts the embedded MCP messages into the OpenAI chat-completion shape internally.
   */
  request: McpExecuteSamplingRequest;
}

/**
 * MCP headers refresh request id and the host response.
 */
export interface SessionMcpHeadersHandlePendingHeadersRefreshRequestParams {
  /**
   * Headers refresh request identifier from mcp.headers_refresh_required
   */
  requestId: string;
  /**
   * Host response: supply dynamic headers or decline this refresh.
   */
  result: McpHeadersHandlePendingHeadersRefreshRequest;
}

/**
 * Server name to check running status for.
 */
export interface SessionMcpIsServerRunningParams {
  /**
   * Name of the MCP server to check
   */
  serverName: string;
}

/**
 * Server name whose tool list should be returned.
 */
export interface SessionMcpListToolsParams {
  /**
   * Name of the connected MCP server whose tools to list.
   */
  serverName: string;
}

/**
 * Identifies the MCP server whose persisted OAuth credentials were updated.
 */
export interface SessionMcpOauthAuthenticationStateChangedParams {
  /**
   * Name of the MCP server whose OAuth credentials were updated. Omit only when the host cannot identify the server.
   */
  serverName?: string;
  /**
   * Whether the target session must mint a session-scoped access token instead of reusing a shared access token persisted by another session.
   */
  refreshSessionToken?: boolean;
}

/**
 * Pending MCP OAuth request ID and host-provided token or cancellation response.
 */
export interface SessionMcpOauthHandlePendingRequestParams {
  /**
   * OAuth request identifier from the mcp.oauth_required event
   */
  requestId: string;
  /**
   * Host response to the pending OAuth request.
   */
  result: McpOauthPendingRequestResponse;
}

/**
 * Remote MCP server name and optional overrides controlling reauthentication, OAuth client display name, callback success-page copy, and static OAuth client selection.
 */
export interface SessionMcpOauthLoginParams {
  /**
   * Name of the remote MCP server to authenticate
   */
  serverName: string;
  /**
   * When true, clears any cached OAuth token for the server and runs a full new authorization. Use when the user explicitly wants to switch accounts or believes their session is stuck.
   */
  forceReauth?: boolean;
  /**
   * Optional override for the OAuth client display name shown on the consent screen. Applies to newly registered dynamic clients only — existing registrations keep the name they were created with. When omitted, the runtime applies a neutral fallback; callers driving interactive auth should pass their own surface-specific label so the consent screen matches the product the user sees.
   */
  clientName?: string;
  /**
   * Optional override for the body text shown on the OAuth loopback callback success page. When omitted, the runtime applies a neutral fallback; callers driving interactive auth should pass surface-specific copy telling the user where to return.
   */
  callbackSuccessMessage?: string;
  /**
   * Optional OAuth client ID override for this login. When set, the runtime uses this pre-registered static client instead of dynamic client registration.
   */
  clientId?: string;
  /**
   * Optional OAuth client secret override for this login. The runtime treats this as an ephemeral host-owned secret, uses it for this authentication attempt and does not persist it.
   */
  clientSecret?: string;
  /**
   * Optional override indicating whether the static OAuth client is public. When false, the runtime treats it as confidential and uses the per-login clientSecret if provided, otherwise retrieving the client secret from the MCP OAuth secret store.
   */
  publicClient?: boolean;
  /**
   * Optional OAuth grant type override for this login. Defaults to the server configuration, or authorization_code when no grant type is specified.
   */
  grantType?: McpOauthLoginGrantType;
}

/**
 * Remote MCP server name for a passive OAuth status probe.
 */
export interface SessionMcpOauthProbeParams {
  /**
   * Name of the configured remote MCP server to probe.
   */
  serverName: string;
}

/**
 * Pending MCP OAuth request id to respond to.
 */
export interface SessionMcpOauthRespondParams {
  /**
   * OAuth request identifier from the mcp.oauth_required event
   */
  requestId: string;
}

/**
 * MCP server whose resources to enumerate.
 */
export interface SessionMcpResourcesListParams {
  /**
   * Name of the MCP server whose resources to enumerate
   */
  serverName: string;
  /**
   * Opaque MCP pagination cursor from a prior `nextCursor` value
   */
  cursor?: string;
}

/**
 * MCP server whose resource templates to enumerate.
 */
export interface SessionMcpResourcesListTemplatesParams {
  /**
   * Name of the MCP server whose resource templates to enumerate
   */
  serverName: string;
  /**
   * Opaque MCP pagination cursor from a prior `nextCursor` value
   */
  cursor?: string;
}

/**
 * MCP server and resource URI to fetch.
 */
export interface SessionMcpResourcesReadParams {
  /**
   * Name of the MCP server hosting the resource
   */
  serverName: string;
  /**
   * Resource URI
   */
  uri: string;
}

/**
 * Server name and optional replacement configuration for an individual MCP server restart. Omit `config` for a config-free restart-by-name of an already-configured server.
 */
export interface SessionMcpRestartServerParams {
  /**
   * Name of the MCP server to restart
   */
  serverName: string;
  /**
   * Replacement MCP server configuration (stdio process or remote HTTP/SSE). Omit to restart the server with its already-registered configuration (config-free restart-by-name).
   */
  config?: McpSerializableServerConfig;
}

/**
 * Mode controlling how MCP server env values are resolved (`direct` or `indirect`).
 */
export interface SessionMcpSetEnvValueModeParams {
  /**
   * How environment-variable values supplied to MCP servers are resolved. "direct" passes literal string values; "indirect" treats values as references (e.g. names of environment variables on the host) that the runtime resolves before launch. Defaults to the runtime's startup mode; clients that intentionally launch MCP servers with literal values (e.g. CLI prompt mode and ACP) set this to "direct".
   */
  mode: McpSetEnvValueModeDetails;
}

/**
 * Server name and optional configuration for an individual MCP server start. Omit `config` for a config-free start-by-name of an already-configured server.
 */
export interface SessionMcpStartServerParams {
  /**
   * Name of the MCP server to start
   */
  serverName: string;
  /**
   * MCP server configuration (stdio process or remote HTTP/SSE). Omit to start the server with its already-registered configuration (config-free start-by-name).
   */
  config?: McpSerializableServerConfig;
}

/**
 * Server name for an individual MCP server stop.
 */
export interface SessionMcpStopServerParams {
  /**
   * Name of the MCP server to stop
   */
  serverName: string;
}

/**
 * Model identifier and token limits used to compute the context-info breakdown.
 */
export interface SessionMetadataContextInfoParams {
  /**
   * Maximum prompt tokens allowed by the target model. Pass 0 to use the runtime default.
   */
  promptTokenLimit: number;
  /**
   * Maximum output tokens allowed by the target model. Pass 0 if unknown.
   */
  outputTokenLimit: number;
  /**
   * Model identifier used for tokenization. Omit to use the session default. Used both for token counting and to compute display values.
   */
  selectedModel?: string;
}

/**
 * Parameters for the heaviest-messages query.
 */
export interface SessionMetadataGetContextHeaviestMessagesParams {
  /**
   * Maximum number of messages to return, most-expensive first. Omit for the server default.
   */
  limit?: number;
}

/**
 * Model identifier to use when re-tokenizing the session's existing messages.
 */
export interface SessionMetadataRecomputeContextTokensParams {
  /**
   * Model identifier used for tokenization. The runtime token-counts both chat-context and system-context messages against this model.
   */
  modelId: string;
}

/**
 * Updated working-directory/git context to record on the session.
 */
export interface SessionMetadataRecordContextChangeParams {
  /**
   * Updated working directory and git context. Emitted as the new payload of `session.context_changed`.
   */
  context: SessionWorkingDirectoryContext;
}

/**
 * Absolute path to set as the session's new working directory. For local sessions the path must be absolute and exist on disk: it is validated before any session state changes, and a failing validation rejects the call with nothing mutated, persisted, or emitted. Remote sessions record the path as-is.
 */
export interface SessionMetadataSetWorkingDirectoryParams {
  /**
   * Absolute path to set as the session's working directory. The runtime updates the session's recorded cwd so subsequent operations (shell tools, file lookups, telemetry) anchor to it.
   */
  workingDirectory: string;
}

/**
 * Point-in-time snapshot of slow-changing session identifier and state fields
 */
export interface SessionMetadataSnapshot {
  /**
   * The unique identifier of the session
   */
  sessionId: string;
  /**
   * ISO 8601 timestamp of when the session started
   */
  startTime: string;
  /**
   * ISO 8601 timestamp of when the session's persisted state was last modified on disk. For new sessions, equals startTime. For resumed sessions, reflects the previous modification time at construction.
   */
  modifiedTime: string;
  /**
   * Whether this is a remote session (i.e., one whose runtime executes elsewhere and is steered through this process)
   */
  isRemote: boolean;
  /**
   * True when the session was detected to be in use by another process at construction time. Local consumers may surface a confirmation prompt before fully attaching. Always false for new sessions.
   */
  alreadyInUse: boolean;
  /**
   * Absolute path to the session's workspace directory on disk, or null if the session has no associated workspace
   */
  workspacePath: string | null;
  /**
   * User-provided name supplied at session construction (via `--name`), if any. Immutable after construction.
   */
  initialName?: string;
  /**
   * Runtime client name associated with the session (telemetry identifier).
   */
  clientName?: string;
  /**
   * Remote-session-specific metadata. Populated only when `isRemote` is true. Fields are immutable for the lifetime of the session.
   */
  remoteMetadata?: MetadataSnapshotRemoteMetadata;
  /**
   * Short human-readable summary of the session, if known. Omitted when no summary has been generated.
   */
  summary?: string;
  /**
   * Absolute path to the session's current working directory
   */
  workingDirectory: string;
  /**
   * The current agent mode for this session (e.g., 'interactive', 'plan', 'autopilot')
   */
  currentMode: MetadataSnapshotCurrentMode;
  /**
   * Currently selected model identifier, if any
   */
  selectedModel?: string;
  /**
   * Current session limits, or null when no limits are active
   */
  sessionLimits: SessionLimitsConfig | null;
  /**
   * Public-facing workspace metadata for this session, or null if the session has no associated workspace. Excludes runtime-internal fields (GitHub IDs, summary count, internal flags).
   */
  workspace: WorkspaceSummary;
}

/**
 * Atomic patch for client-owned session metadata. Operations apply in clear, remove, then set order. The resulting bag must satisfy the ClientMetadata entry and serialized-size limits. Local storage coordinates concurrent runtime processes; custom SessionFs providers must serialize writers that access the same session from multiple processes.
 */
export interface SessionMetadataUpdateClientMetadataParams {
  /**
   * Remove every existing client metadata entry before applying remove and set. Defaults to false.
   */
  clear?: boolean;
  /**
   * Case-sensitive keys to remove. Missing keys are ignored. Each key must be non-empty, at most 256 UTF-8 bytes, and outside the reserved `copilot/` and `github/` namespaces.
   *
   * @maxItems 128
   */
  remove?: string[];
  /**
   * String entries to add or replace. Set wins when a key also appears in remove. Each key must be non-empty, at most 256 UTF-8 bytes, and outside the reserved `copilot/` and `github/` namespaces. Each value may contain at most 16 KiB of UTF-8 data.
   */
  set?: {
    [k: string]: string;
  };
}

/**
 * Agent interaction mode to apply to the session.
 */
export interface SessionModeSetParams {
  /**
   * The session mode the agent is operating in
   */
  mode: SessionMode;
  /**
   * Mode the session must currently be in for the change to apply. When set and the session is in a different mode the request is a no-op and reports status 'unchanged'.
   */
  expectedMode?: SessionMode;
  /**
   * Session whose plan-mode base state should be inherited.
   */
  inheritPlanBaseFromSessionId?: string;
  /**
   * Whether a dedicated plan model is configured.
   */
  planModelConfigured?: boolean;
  /**
   * Dedicated model to use in plan mode, when configured.
   */
  planModel?: string;
  /**
   * Reasoning effort to use with the dedicated plan model.
   */
  planReasoningEffort?: string;
  /**
   * Context tier to use with the dedicated plan model.
   */
  planContextTier?: string;
  /**
   * Explicit response to a model-switch compaction preflight.
   */
  compactionDecision?: string;
  /**
   * Whether leaving plan mode should restore the session's previous model.
   */
  restorePlanModel?: boolean;
  /**
   * Whether the selected plan model should be persisted.
   */
  persistPlanSelection?: boolean;
  /**
   * Settings context used when persisting the selected plan model.
   */
  pickerSettingsContext?: ModelPickerSettingsContext;
  /**
   * Action to perform when leaving plan mode.
   */
  planExitAction?: string;
}

/**
 * The list of models available to this session.
 */
export interface SessionModelList {
  /**
   * Available models, ordered with the most preferred default first. Includes both Copilot (CAPI) models and any registry BYOK models; a BYOK model appears under its provider-qualified selection id (`provider/id`).
   */
  list: {
    [k: string]: unknown;
  }[];
  /**
   * Cost categories for the full CAPI catalog, including picker-disabled models that Auto may select. Metadata only; entries absent from `list` are not manually selectable.
   *
   * Items: Cost-category metadata for a CAPI model.
   */
  modelPriceCategories?: SessionModelPriceCategory[];
  /**
   * Per-quota snapshots returned alongside the model list, keyed by quota type.
   */
  quotaSnapshots?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}

/**
 * Optional listing options.
 */
export interface SessionModelListParams {
  /**
   * If true, bypasses the per-session model list cache and re-fetches from CAPI.
   */
  skipCache?: boolean;
}

/**
 * Cost-category metadata for a CAPI model.
 */
export interface SessionModelPriceCategory {
  /**
   * CAPI model identifier.
   */
  id: string;
  /**
   * Cost category assigned to the model.
   */
  priceCategory: ModelPickerPriceCategory;
}

/**
 * Host-supplied exact model selection IDs to allow for this running session. CAPI IDs are intersected with repository `.github/allowed_models.txt` policy; provider-qualified IDs remain exempt from repository-only policy but are restricted by this host list. Omit or pass null to clear the host restriction; an explicit empty or disjoint list is rejected. Validation and pre-selection fallback failures preserve the previous restriction. Failures after a fallback selection commits retain the new restriction and selected model; callers should inspect current session state after such an error.
 */
export interface SessionModelSetAllowedModelsParams {
  /**
   * Exact model IDs to permit, or null to clear the host restriction.
   */
  allowedModels?: string[] | null;
}

/**
 * Reasoning effort level to apply to the currently selected model.
 */
export interface SessionModelSetReasoningEffortParams {
  /**
   * Reasoning effort level to apply to the currently selected model. The host is responsible for validating the value against the model's supported levels before calling.
   */
  reasoningEffort: string;
}

/**
 * An Auto preference request for the session. This updates Auto configuration only; it does not change the selected model to `auto`.
 */
export interface SessionModelSwitchAutoTierParams {
  /**
   * Auto preference to activate when a future user turn using the `auto` model safely mints a replacement model and token pair. Pass null to return to provider-default Auto routing.
   */
  autoTier: AutoTier | null;
  /**
   * Origin to record on the effective `session.model_change` event. Defaults to `sdk` when omitted.
   */
  source?: ModelChangeSource;
}

/**
 * Target model identifier and optional reasoning effort, summary, capability overrides, and context tier.
 */
export interface SessionModelSwitchToParams {
  /**
   * Model selection id to switch to, as returned by `list`. A bare id (e.g. `claude-sonnet-4.6`) names a Copilot (CAPI) model; a provider-qualified id (`provider/id`, e.g. `acme/claude-sonnet`) targets a registry BYOK model.
   */
  modelId: string;
  /**
   * Optional Auto routing preference to stage atomically with selecting `auto`. Pass null to return to provider-default Auto routing. This field is rejected when `modelId` is not `auto`.
   */
  autoTier?: AutoTier | null;
  /**
   * Reasoning effort level to use for the model. CAPI values are model-defined and validated against the selected model; BYOK providers may define additional values. "none" disables reasoning. When omitted, no effort override is applied.
   */
  reasoningEffort?: string;
  /**
   * Reasoning summary mode to request for supported model clients
   */
  reasoningSummary?: ReasoningSummary;
  /**
   * Output verbosity level to request for supported models
   */
  verbosity?: Verbosity;
  /**
   * Override individual model capabilities resolved by the runtime
   */
  modelCapabilities?: ModelCapabilitiesOverride;
  /**
   * Explicit context tier for the selected model. `"default"` / `"long_context"` apply the requested tier; omit this field to use normal model behavior with no explicit tier.
   */
  contextTier?: ContextTier;
  /**
   * Origin to record on the effective `session.model_change` event for trusted in-process calls. Transport SDK calls are always recorded as `sdk`, regardless of this value.
   */
  source?: ModelChangeSource;
  /**
   * When true, defer this switch (enqueue it) if another model change is already queued, even when no turn is active — so it drains last (FIFO) and wins over the already-queued change. Intended for genuine user-initiated model selections; internal restore/reapply switches omit it and apply immediately when no turn is active. When no other model change is queued this has no effect (a switch still applies immediately unless a turn is active).
   */
  deferIfModelChangeQueued?: boolean;
  /**
   * Explicit response to a model-switch compaction preflight. Omit to request a confirmation projection when compaction is necessary.
   */
  compactionDecision?: string;
  /**
   * When true, evaluate context-window compaction policy before applying the switch.
   */
  runCompactionPreflight?: boolean;
  /**
   * Optional repository settings scope to persist after the switch commits.
   */
  repoScope?: string;
  /**
   * Settings scope used when persisting the selected model.
   */
  modelChangeScope?: string;
  /**
   * Require the target to be currently available and enabled before applying the switch.
   */
  requireAvailable?: boolean;
  /**
   * Optional settings context and explicit-override flags used to persist a picker selection.
   */
  pickerPersistence?: ModelPickerPersistenceRequest;
}

/**
 * Auto-generated session summary to apply as the session's name when no user-set name exists.
 */
export interface SessionNameSetAutoParams {
  /**
   * Auto-generated session summary. Empty/whitespace-only values are ignored; values are trimmed before persisting.
   */
  summary: string;
}

/**
 * New friendly name to apply to the session.
 */
export interface SessionNameSetParams {
  /**
   * New session name (1–100 characters, trimmed of leading/trailing whitespace)
   */
  name: string;
}

/**
 * Session construction options.
 */
export interface SessionOpenOptions {
  /**
   * Optional stable session identifier to use for a new session.
   */
  sessionId?: string;
  /**
   * Optional human-friendly session name.
   */
  name?: string;
  /**
   * Initial model identifier.
   */
  model?: string;
  /**
   * Initial reasoning effort level. CAPI values are model-defined and validated against the selected model; BYOK providers may define additional values. When omitted, no effort override is applied.
   */
  reasoningEffort?: string;
  /**
   * Initial reasoning summary mode for supported model clients.
   */
  reasoningSummary?: SessionOpenOptionsReasoningSummary;
  /**
   * Initial output verbosity level for supported models.
   */
  verbosity?: Verbosity;
  /**
   * Identifier of the client driving the session.
   */
  clientName?: string;
  /**
   * OAuth Client ID Metadata Document URL used by this host for MCP authorization.
   */
  authClientIdMetadataUrl?: string;
  /**
   * Structured client kind used for runtime behavior gates.
   */
  clientKind?: string;
  /**
   * Identifier sent to LSP-style integrations.
   */
  lspClientName?: string;
  /**
   * Stable integration identifier for analytics.
   */
  integrationId?: string;
  /**
   * Opt-in: self-fetch and enforce enterprise managed settings, including managed hook policies, at session bootstrap.
   */
  enableManagedSettings?: boolean;
  /**
   * Permissions-only enterprise policy injected by the SDK host at session create or resume. Composes restrictively with self-fetched and device policy and is not persisted.
   */
  managedSettings?: SessionManagedSettings;
  /**
   * Opt in to capturing file changes for session rewind and session diff. Capture cannot reconstruct changes made before it was enabled. On create it starts capture from the first turn. It is also honored on resume: for a session that already has tracked prior turns, tracking continues automatically even if this is omitted; passing it on resume additionally enables tracking for an eligible session that has no prior root turn yet. Resuming a session whose prior root turns were never tracked has no restorable baseline, so tracking stays disabled for it and rewind reports file change tracking as unavailable; the resume itself still succeeds, so sessions that predate tracking remain loadable. The opt-in is only rejected when the session can never track (a subagent session, or one without local session storage). It is intentionally absent from the mutable options update because enabling it after edits have occurred would create an incomplete, misleading baseline. Subagents share the parent session's capture store and are not tracked as separate rewind points: a file a subagent writes is attributed to whichever root user turn was open when the capture was staged, just before the tool body ran. A turn cannot open while a staged capture is still in flight, so a subagent tool that staged under the spawning turn stays attributed to it however late the write lands, while a capture it stages after the user's next message belongs to that later turn. Attribution decides which turn's rewind point counts and file preview include that write; it does not narrow which rewinds revert it, because a rewind restores every capture from the selected turn onward, so the earlier spawning turn reverts it as well.
   */
  enableFileChangeTracking?: boolean;
  /**
   * Feature-flag values resolved by the host.
   */
  featureFlags?: {
    [k: string]: boolean;
  };
  /**
   * Whether experimental behavior is enabled.
   */
  isExperimentalMode?: boolean;
  /**
   * Initial authentication info for the session.
   */
  authInfo?: AuthInfo;
  /**
   * Custom model-provider configuration (BYOK).
   */
  provider?: ProviderConfig;
  /**
   * Options scoped to the built-in CAPI (Copilot API) provider.
   */
  capi?: CapiSessionOptions;
  /**
   * Named BYOK provider connections, additive to CAPI auth. Combining with `provider` is rejected.
   *
   * Items: External SDK input for a named custom model provider. Ingested by the native protocol boundary before host dispatch.
   */
  providers?: NamedProviderConfig[];
  /**
   * BYOK model definitions added to the selectable model list, each referencing a provider name.
   *
   * Items: A BYOK model definition referencing a named provider.
   */
  models?: ProviderModelConfig[];
  /**
   * Working directory to anchor the session.
   */
  workingDirectory?: string;
  /**
   * Additional directories the agent may access beyond the working directory. Each entry is granted to the session's file-access allow-list and surfaced to the model (system prompt context and `@`-mention completion). Conventional `.github/skills/` and `.github/agents/` definitions under each directory also join the session's project catalogs when their existing subsystem gates are enabled: added-root skills require both `enableConfigDiscovery` and effective `enableSkills`; added-root agents require `enableConfigDiscovery`. Supplying a directory therefore activates configuration from it and should be treated as a trust decision. Absolute paths are recommended; a relative path is resolved against the session's working directory. Nonexistent or unresolvable entries are skipped with a warning. This is applied during session creation and cold resume and is not persisted, so a cold resume must re-supply the directories.
   */
  additionalDirectories?: string[];
  /**
   * Pre-resolved working-directory context for session startup.
   */
  workingDirectoryContext?: SessionContext;
  /**
   * Whether this session supports remote steering.
   */
  remoteSteerable?: boolean;
  /**
   * Telemetry-only remote exporting flag.
   */
  remoteExporting?: boolean;
  /**
   * Telemetry-only remote-defaulted flag.
   */
  remoteDefaultedOn?: boolean;
  /**
   * Parent session ID for detached child telemetry rollup.
   */
  detachedFromSpawningParentSessionId?: string;
  /**
   * Parent engagement ID for detached child telemetry rollup.
   */
  detachedFromSpawningParentEngagementId?: string;
  /**
   * Allowlist of available tool names.
   */
  availableTools?: string[];
  /**
   * Denylist of tool names.
   */
  excludedTools?: string[];
  /**
   * Built-in subagent names to include in this session. When specified, only these built-ins are available, subject to runtime availability and exclusions. Custom agents with the same name remain available.
   */
  includedBuiltinAgents?: string[];
  /**
   * Built-in subagent names to exclude from this session. Excluded built-ins are hidden from agent discovery and cannot be dispatched unless a custom agent with the same name is available.
   */
  excludedBuiltinAgents?: string[];
  /**
   * Whether shell-script safety heuristics are enabled.
   */
  enableScriptSafety?: boolean;
  /**
   * Per-session settings for built-in shell tools.
   */
  shell?: ShellOptions;
  /**
   * @deprecated
   * Use shell.initProfile instead. Shell init profile.
   */
  shellInitProfile?: string;
  /**
   * PowerShell process flags applied to built-in and user-requested shell commands.
   */
  shellProcessFlags?: string[];
  /**
   * Resolved sandbox configuration.
   */
  sandboxConfig?: SandboxConfig;
  /**
   * Whether interactive shell sessions are logged.
   */
  logInteractiveShells?: boolean;
  /**
   * How MCP server environment values are interpreted.
   */
  envValueMode?: SessionOpenOptionsEnvValueMode;
  /**
   * MCP server names disabled for this session. Disabled servers are not started or authenticated on create or cold resume.
   */
  disabledMcpServers?: string[];
  /**
   * Non-secret host-managed HTTP MCP servers keyed by stable managed identity. Managed provenance is runtime-established from this separate field and credentials are supplied through dynamic-header refresh.
   */
  managedMcpServers?: {
    /**
     * Non-secret host-managed HTTP MCP server configuration. The containing map key is the stable managed identity; credentials are supplied dynamically by the host.
     */
    [k: string]: ManagedMcpServerConfig;
  };
  /**
   * Whether to include instructions from every MCP server in the system prompt instead of only allowlisted servers.
   */
  allowAllMcpServerInstructions?: boolean;
  /**
   * Additional directories to search for skills.
   */
  skillDirectories?: string[];
  /**
   * Whether skill loading is enabled. When omitted, an SDK skill provider enables skills by default.
   */
  enableSkills?: boolean;
  /**
   * Built-in skill names to include in this session. When specified, only these runtime-bundled skills are available. Skills from other sources with the same name remain available.
   */
  includedBuiltinSkills?: string[];
  /**
   * Skill IDs disabled for this session.
   */
  disabledSkills?: string[];
  /**
   * Installed plugins visible to the session.
   *
   * Items: Installed plugin record from global state, with marketplace, version, install time, enabled state, cache path, and source.
   */
  installedPlugins?: InstalledPlugin[];
  /**
   * Whether custom agents default to local-only execution.
   */
  customAgentsLocalOnly?: boolean;
  /**
   * Whether to skip custom instruction sources.
   */
  skipCustomInstructions?: boolean;
  /**
   * Whether to invalidate cached custom-instruction discovery before constructing the session. Use when instruction files may have changed earlier in the same runtime process.
   */
  refreshCustomInstructions?: boolean;
  /**
   * Instruction source IDs disabled for this session.
   */
  disabledInstructionSources?: string[];
  /**
   * Whether commit-message coauthor trailers are enabled.
   */
  coauthorEnabled?: boolean;
  /**
   * Optional trajectory output file path.
   */
  trajectoryFile?: string;
  /**
   * Whether model responses stream as delta events.
   */
  enableStreaming?: boolean;
  /**
   * Experimental: enable native model citations for supported Anthropic and OpenAI models, normalized onto the `assistant.message` event. Off by default; may change or be removed while the citations surface is experimental.
   */
  enableCitations?: boolean;
  /**
   * Override URL for the Copilot API endpoint.
   */
  copilotUrl?: string;
  /**
   * Whether ask_user is explicitly disabled.
   */
  askUserDisabled?: boolean;
  /**
   * Whether auto-mode continuation is enabled.
   */
  continueOnAutoMode?: boolean;
  /**
   * Whether the host is an interactive UI.
   */
  runningInInteractiveMode?: boolean;
  /**
   * Whether on-demand custom instruction discovery is enabled.
   */
  enableOnDemandInstructionDiscovery?: boolean;
  /**
   * Maximum decoded byte size of a single inline model-facing binary tool result persisted in session events (default 10 MB).
   */
  maxInlineBinaryBytes?: number;
  /**
   * Initial model capability overrides.
   */
  modelCapabilitiesOverrides?: ModelCapabilitiesOverride;
  /**
   * Initial session limits.
   */
  sessionLimits?: SessionLimitsConfig;
  /**
   * Runtime context discriminator for agent filtering.
   */
  agentContext?: string;
  /**
   * Override directory for session event logs.
   */
  eventsLogDirectory?: string;
  /**
   * Whether subagent callback events should be forwarded into the session event log sink.
   */
  eventsLogIncludesSubagents?: boolean;
  /**
   * Override Copilot configuration directory.
   */
  configDir?: string;
  /**
   * Additional content-exclusion policies to merge into the session policy set.
   *
   * Items: Content-exclusion policy supplied to `sessions.open` options, with rules, last-updated data, and scope.
   */
  additionalContentExclusionPolicies?: SessionOpenOptionsAdditionalContentExclusionPolicy[];
  /**
   * Memory configuration for this session.
   */
  memory?: MemoryConfiguration;
  /**
   * Capabilities enabled for this session.
   *
   * Items: Session capability enabled for this session
   */
  sessionCapabilities?: SessionCapability[];
}

/**
 * Content-exclusion policy supplied to `sessions.open` options, with rules, last-updated data, and scope.
 */
export interface SessionOpenOptionsAdditionalContentExclusionPolicy {
  /**
   * Content-exclusion rules to apply.
   *
   * Items: Single content-exclusion rule supplied to `sessions.open` options, with paths, match conditions, and source.
   */
  rules: SessionOpenOptionsAdditionalContentExclusionPolicyRule[];
  /**
   * Opaque policy update timestamp supplied by the host.
   */
  last_updated_at: {
    [k: string]: unknown;
  };
  /**
   * Allowed values for the `SessionOpenOptionsAdditionalContentExclusionPolicyScope` enumeration.
   */
  scope: SessionOpenOptionsAdditionalContentExclusionPolicyScope;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Single content-exclusion rule supplied to `sessions.open` options, with paths, match conditions, and source.
 */
export interface SessionOpenOptionsAdditionalContentExclusionPolicyRule {
  /**
   * Path patterns covered by this rule.
   */
  paths: string[];
  /**
   * Conditions of which at least one must match.
   */
  ifAnyMatch?: string[];
  /**
   * Conditions none of which may match.
   */
  ifNoneMatch?: string[];
  /**
   * Source descriptor for a `sessions.open` content-exclusion rule, with source name and type.
   */
  source: SessionOpenOptionsAdditionalContentExclusionPolicyRuleSource;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Source descriptor for a `sessions.open` content-exclusion rule, with source name and type.
 */
export interface SessionOpenOptionsAdditionalContentExclusionPolicyRuleSource {
  /**
   * Name of the policy source.
   */
  name: string;
  /**
   * Type of the policy source.
   */
  type: string;
}

/**
 * Allowed values for the `SessionOpenOptionsAdditionalContentExclusionPolicyScope` enumeration.
 */
export type SessionOpenOptionsAdditionalContentExclusionPolicyScope = "repo" | "all";

/**
 * How MCP server environment values are interpreted.
 */
export type SessionOpenOptionsEnvValueMode = "direct" | "indirect";

/**
 * Initial reasoning summary mode for supported model clients.
 */
export type SessionOpenOptionsReasoningSummary = "none" | "concise" | "detailed";

/**
 * Open a session by creating, resuming, attaching, connecting to a remote, or handing off.
 */
export type SessionOpenParams =
  | SessionsOpenCreate
  | SessionsOpenResume
  | SessionsOpenResumeLast
  | SessionsOpenAttach
  | SessionsOpenRemote
  | SessionsOpenCloud
  | SessionsOpenHandoff;

/**
 * Result of opening a session.
 */
export interface SessionOpenResult {
  /**
   * Outcome of the open request.
   */
  status: SessionsOpenStatus;
  /**
   * Opened session ID. Omitted when status is `not_found`.
   */
  sessionId?: string;
  /**
   * Startup prompts queued by user-level hook configs at session creation. Only populated when status is `created`; resumed sessions return an empty array.
   */
  startupPrompts?: string[];
  /**
   * Remote session ID, present when status is `connected`.
   */
  remoteSessionId?: string;
  /**
   * Remote session metadata, present when status is `connected`.
   */
  metadata?: RemoteSessionMetadataValue;
  /**
   * Handoff progress steps, present when status is `handed_off`.
   *
   * Items: `sessions.open` handoff progress update with step, status, and optional message.
   */
  progress?: SessionsOpenProgress[];
}

/**
 * Patch of mutable session options to apply to the running session.
 */
export interface SessionOptionsUpdateParams {
  /**
   * The model ID to use for assistant turns.
   */
  model?: string;
  /**
   * Per-property model capability overrides for the selected model.
   */
  modelCapabilitiesOverrides?: ModelCapabilitiesOverride;
  /**
   * Reasoning effort for the selected model. CAPI values are model-defined and validated against the selected model; BYOK providers may define additional values. When omitted, no effort override is applied.
   */
  reasoningEffort?: string;
  /**
   * Reasoning summary mode for supported model clients.
   */
  reasoningSummary?: OptionsUpdateReasoningSummary;
  /**
   * Output verbosity level for supported models.
   */
  verbosity?: Verbosity;
  /**
   * Identifier of the client driving the session.
   */
  clientName?: string;
  /**
   * Identifier sent to LSP-style integrations.
   */
  lspClientName?: string;
  /**
   * Stable integration identifier used for analytics and rate-limit attribution.
   */
  integrationId?: string;
  /**
   * Map of feature-flag IDs to their boolean enabled state.
   */
  featureFlags?: {
    [k: string]: boolean;
  };
  /**
   * Whether experimental capabilities are enabled.
   */
  isExperimentalMode?: boolean;
  /**
   * Custom model-provider configuration (BYOK).
   */
  provider?: ProviderConfig;
  /**
   * Options scoped to the built-in CAPI (Copilot API) provider.
   */
  capi?: CapiSessionOptions;
  /**
   * Absolute working-directory path for shell tools.
   */
  workingDirectory?: string;
  /**
   * Allowlist of tool names available to this session.
   */
  availableTools?: string[];
  /**
   * Denylist of tool names for this session.
   */
  excludedTools?: string[];
  /**
   * Built-in subagent names to include in this session. When specified, only these built-ins are available, subject to runtime availability and exclusions. Custom agents with the same name remain available. Set to null to remove the allowlist restriction.
   */
  includedBuiltinAgents?: string[] | null;
  /**
   * Built-in subagent names to exclude from this session. Excluded built-ins are hidden from agent discovery and cannot be dispatched unless a custom agent with the same name is available.
   */
  excludedBuiltinAgents?: string[];
  /**
   * Controls how availableTools (allowlist) and excludedTools (denylist) combine when both are set.
   */
  toolFilterPrecedence?: OptionsUpdateToolFilterPrecedence;
  /**
   * Whether shell-script safety heuristics are enabled.
   */
  enableScriptSafety?: boolean;
  /**
   * Per-session settings for built-in shell tools.
   */
  shell?: ShellOptions;
  /**
   * @deprecated
   * Use shell.initProfile instead. Shell init profile (`None` or `NonInteractive`).
   */
  shellInitProfile?: string;
  /**
   * PowerShell process flags applied to built-in and user-requested shell commands.
   */
  shellProcessFlags?: string[];
  /**
   * Resolved sandbox configuration.
   */
  sandboxConfig?: SandboxConfig;
  /**
   * Whether interactive shell sessions are logged.
   */
  logInteractiveShells?: boolean;
  /**
   * How env values are passed to MCP servers (`direct` inlines literal values; `indirect` resolves at launch).
   */
  envValueMode?: OptionsUpdateEnvValueMode;
  /**
   * Whether to include instructions from every MCP server in the system prompt instead of only allowlisted servers.
   */
  allowAllMcpServerInstructions?: boolean;
  /**
   * Additional directories to search for skills.
   */
  skillDirectories?: string[];
  /**
   * Built-in skill names to include in this session. When specified, only these runtime-bundled skills are available. Skills from other sources with the same name remain available. Set to null to remove the allowlist restriction.
   */
  includedBuiltinSkills?: string[] | null;
  /**
   * Skill IDs that should be excluded from this session.
   */
  disabledSkills?: string[];
  /**
   * Whether to discover custom instructions on demand after successful file views (AGENTS.md / CLAUDE.md / .github/copilot-instructions.md surfacing). Combined with `skipCustomInstructions`.
   */
  enableOnDemandInstructionDiscovery?: boolean;
  /**
   * Maximum decoded byte size of a single model-facing binary tool result (e.g. an image) persisted inline in session events and re-presented to the model on later turns / resume. Larger results are persisted as a metadata-only marker and shown to the model as a short text note. Defaults to 10 MB.
   */
  maxInlineBinaryBytes?: number;
  /**
   * Full set of installed plugins for the session. Replaces the existing list; the runtime invalidates the skills cache only when the list materially changes.
   *
   * Items: Installed plugin record for a session, with marketplace, version, install time, enabled state, cache path, and source.
   */
  installedPlugins?: SessionInstalledPlugin[];
  /**
   * Whether to default custom agents to local-only execution.
   */
  customAgentsLocalOnly?: boolean;
  /**
   * When true, the selected custom agent's prompt is not injected into the user message (skill context is still injected). Used by automation triggers where the agent prompt is already in the problem statement.
   */
  suppressCustomAgentPrompt?: boolean;
  /**
   * Whether to skip loading custom instruction sources.
   */
  skipCustomInstructions?: boolean;
  /**
   * Instruction source IDs to exclude from the system prompt.
   */
  disabledInstructionSources?: string[];
  /**
   * Whether to include the `Co-authored-by` trailer in commit messages.
   */
  coauthorEnabled?: boolean;
  /**
   * Optional path for trajectory output.
   */
  trajectoryFile?: string;
  /**
   * Whether to stream model responses.
   */
  enableStreaming?: boolean;
  /**
   * Override URL for the Copilot API endpoint.
   */
  copilotUrl?: string;
  /**
   * Whether to disable the `ask_user` tool (encourages autonomous behavior).
   */
  askUserDisabled?: boolean;
  /**
   * Whether to allow auto-mode continuation across turns.
   */
  continueOnAutoMode?: boolean;
  /**
   * Whether the session is running in an interactive UI.
   */
  runningInInteractiveMode?: boolean;
  /**
   * Whether to surface reasoning-summary events from the model.
   */
  enableReasoningSummaries?: boolean;
  /**
   * Runtime context discriminator (e.g., `cli`, `actions`).
   */
  agentContext?: string;
  /**
   * Override directory for the session-events log. When unset, the runtime's default events log directory is used.
   */
  eventsLogDirectory?: string;
  /**
   * Whether subagent callback events should be forwarded into the session event log sink.
   */
  eventsLogIncludesSubagents?: boolean;
  /**
   * Additional content-exclusion policies to merge into the session's policy set.
   *
   * Items: Content-exclusion policy supplied to `session.options.update`, with rules, last-updated data, and scope.
   */
  additionalContentExclusionPolicies?: OptionsUpdateAdditionalContentExclusionPolicy[];
  /**
   * Whether to expose the `manage_schedule` tool to the agent. The runtime always owns the per-session schedule registry; this flag only controls tool exposure (typically gated to staff users).
   */
  manageScheduleEnabled?: boolean;
  /**
   * Replaces the session's capability set with the given list. Use to enable or disable capabilities mid-session (e.g., remove `memory` for reproducible scripted runs). Omit the field to leave the existing capability set unchanged.
   *
   * Items: Session capability id
   */
  sessionCapabilities?: SessionCapability[];
  /**
   * Whether to skip embedding retrieval pipeline initialization and execution.
   */
  skipEmbeddingRetrieval?: boolean;
  /**
   * Organization-level custom instructions to inject into the system prompt.
   */
  organizationCustomInstructions?: string;
  /**
   * Whether to enable loading of `.github/hooks/` filesystem hooks. Separate from the SDK callback hook mechanism.
   */
  enableFileHooks?: boolean;
  /**
   * Whether to enable host git operations (context resolution, child repo scanning, git info in system prompt).
   */
  enableHostGitOperations?: boolean;
  /**
   * Whether to enable cross-session store writes and reads.
   */
  enableSessionStore?: boolean;
  /**
   * Whether skill loading is enabled. Explicit false disables every source, including a bound SDK provider; changing the value invalidates the loaded skill snapshot. When omitted, creation falls back to enableConfigDiscovery unless an SDK skill provider is registered.
   */
  enableSkills?: boolean;
  /**
   * Context tier for models with tiered pricing. The session uses this to derive effective `modelCapabilitiesOverrides` so compaction, truncation, token display, and request limits honor the selected tier.
   */
  contextTier?: OptionsUpdateContextTier;
  /**
   * Optional session limits. Pass null to clear the session limits.
   */
  sessionLimits?: SessionLimitsConfig | null;
}

/**
 * Patch of permission policy fields to apply (omit a field to leave it unchanged).
 */
export interface SessionPermissionsConfigureParams {
  /**
   * If specified, sets whether tool permission requests are auto-approved without prompting. Omit to leave the current value unchanged.
   */
  approveAllToolPermissionRequests?: boolean;
  /**
   * If specified, sets whether path/URL read permission requests are auto-approved. Omit to leave the current value unchanged.
   */
  approveAllReadPermissionRequests?: boolean;
  /**
   * If specified, replaces the session's approved/denied permission rules. Omit to leave the current rules unchanged.
   */
  rules?: PermissionRulesSet;
  /**
   * If specified, replaces the session's path-permission policy. The runtime constructs the appropriate PathManager based on these inputs (rooted at the session's working directory). Omit to leave the current path policy unchanged.
   */
  paths?: PermissionPathsConfig;
  /**
   * If specified, replaces the session's URL-permission policy. The runtime constructs a fresh DefaultUrlManager based on these inputs. Omit to leave the current URL policy unchanged.
   */
  urls?: PermissionUrlsConfig;
  /**
   * If specified, replaces the host-supplied GitHub Content Exclusion policies on the session (combined with natively-discovered policies when evaluating tool/file access). Omit to leave the current policies unchanged.
   *
   * Items: Content-exclusion policy supplied to `session.permissions.configure`, with rules, last-updated data, and scope.
   */
  additionalContentExclusionPolicies?: PermissionsConfigureAdditionalContentExclusionPolicy[];
}

/**
 * Folder path to add to trusted folders.
 */
export interface SessionPermissionsFolderTrustAddTrustedParams {
  /**
   * Folder path to mark as trusted
   */
  path: string;
}

/**
 * Folder path to check for trust.
 */
export interface SessionPermissionsFolderTrustIsTrustedParams {
  /**
   * Folder path to check
   */
  path: string;
}

/**
 * Pending permission request ID and the decision to apply (approve/reject and scope).
 */
export interface SessionPermissionsHandlePendingPermissionRequestParams {
  /**
   * Request ID of the pending permission request
   */
  requestId: string;
  /**
   * The client's response to the pending permission prompt
   */
  result: PermissionDecision;
  /**
   * Optional informational context describing how and where this response was made. Omit it to preserve legacy behavior without attributing an origin.
   */
  decisionContext?: PermissionDecisionContext;
}

/**
 * Location-scoped tool approval to persist.
 */
export interface SessionPermissionsLocationsAddToolApprovalParams {
  /**
   * Location key (git root or cwd) to persist the approval to
   */
  locationKey: string;
  /**
   * Tool approval to persist and apply
   */
  approval: PermissionsLocationsAddToolApprovalDetails;
}

/**
 * Working directory to load persisted location permissions for.
 */
export interface SessionPermissionsLocationsApplyParams {
  /**
   * Working directory whose persisted location permissions should be applied
   */
  workingDirectory: string;
}

/**
 * Working directory to resolve into a location-permissions key.
 */
export interface SessionPermissionsLocationsResolveParams {
  /**
   * Working directory whose permission location should be resolved
   */
  workingDirectory: string;
}

/**
 * Scope and add/remove instructions for modifying session- or location-scoped permission rules.
 */
export interface SessionPermissionsModifyRulesParams {
  /**
   * Whether the change applies to ephemeral session-scoped rules (cleared at session end) or to location-scoped rules persisted via the location-permissions config file.
   */
  scope: PermissionsModifyRulesScope;
  /**
   * Rules to add to the scope. Applied before `remove`/`removeAll`.
   *
   * Items: A permission approval or denial rule matched against a tool request, identified by a rule kind with an optional argument value.
   */
  add?: PermissionRule[];
  /**
   * Specific rules to remove from the scope. Ignored when `removeAll` is true.
   *
   * Items: A permission approval or denial rule matched against a tool request, identified by a rule kind with an optional argument value.
   */
  remove?: PermissionRule[];
  /**
   * When true, removes every rule currently in the scope (after any `add` is applied). Useful for clearing the location scope wholesale.
   */
  removeAll?: boolean;
}

/**
 * Notification payload describing the permission prompt that the client just rendered.
 */
export interface SessionPermissionsNotifyPromptShownParams {
  /**
   * Human-readable description of the prompt the user is being asked to approve. Used by the runtime to fire the registered `permission_prompt` notification hook (e.g. terminal bell, desktop notification).
   */
  message: string;
}

/**
 * Directory path to add to the session's allowed directories.
 */
export interface SessionPermissionsPathsAddParams {
  /**
   * Directory to add to the allow-list. The runtime resolves and validates the path before adding, then loads conventional `.github/skills/` and `.github/agents/` definitions under it when their subsystem gates are enabled. Adding the directory is therefore also a trust decision for configuration stored there.
   */
  path: string;
}

/**
 * Path to evaluate against the session's allowed directories.
 */
export interface SessionPermissionsPathsIsPathWithinAllowedDirectoriesParams {
  /**
   * Path to check against the session's allowed directories
   */
  path: string;
}

/**
 * Path to evaluate against the session's workspace (primary) directory.
 */
export interface SessionPermissionsPathsIsPathWithinWorkspaceParams {
  /**
   * Path to check against the session workspace directory
   */
  path: string;
}

/**
 * Directory path to set as the session's new primary working directory.
 */
export interface SessionPermissionsPathsUpdatePrimaryParams {
  /**
   * Directory to set as the new primary working directory for the session's permission policy.
   */
  path: string;
}

/**
 * Clears session-scoped tool permission approvals, and optionally the location-scoped ones.
 */
export interface SessionPermissionsResetSessionApprovalsParams {
  /**
   * Whether location-scoped approvals are cleared too. Defaults to `true`.
   */
  includeLocation?: boolean;
}

/**
 * Allow-all toggle for tool permission requests, with an optional telemetry source.
 */
export interface SessionPermissionsSetApproveAllParams {
  /**
   * Whether to auto-approve all tool permission requests
   */
  enabled: boolean;
  /**
   * Optional source for allow-all telemetry. Defaults to `rpc` when omitted for SDK callers.
   */
  source?: PermissionsSetApproveAllSource;
}

/**
 * Permission mode to apply for the session.
 */
export interface SessionPermissionsSetModeParams {
  /**
   * Permission mode to apply
   */
  mode: PermissionMode;
  /**
   * Optional judge model id for assisted mode. When omitted, the session resolves the provider default: `gpt-5.5` for CAPI sessions and the active session model for BYOK sessions.
   */
  assistedApprovalModel?: string;
  /**
   * Optional source for permission-mode telemetry. Defaults to `rpc` when omitted for SDK callers.
   */
  source?: PermissionModeSource;
}

/**
 * Toggles whether permission prompts should be bridged into session events for this client.
 */
export interface SessionPermissionsSetRequiredParams {
  /**
   * Whether the client wants `permission.requested` events bridged from the session-owned permission service. CLI clients that render prompt UI set this to `true` for as long as their listener is mounted; headless callers leave it unset (the default is `false`).
   */
  required: boolean;
}

/**
 * Whether the URL-permission policy should run in unrestricted mode.
 */
export interface SessionPermissionsUrlsSetUnrestrictedModeParams {
  /**
   * Whether to allow access to all URLs without prompting. Toggles the runtime's URL-permission policy in place.
   */
  enabled: boolean;
}

/**
 * Replacement contents to write to the session plan file.
 */
export interface SessionPlanUpdateParams {
  /**
   * The new content for the plan file
   */
  content: string;
}

/**
 * Optional flags controlling which side effects the reload performs.
 */
export interface SessionPluginsReloadParams {
  /**
   * Reload MCP server connections after refreshing plugins. Defaults to true.
   */
  reloadMcp?: boolean;
  /**
   * Re-run custom-agent discovery after refreshing plugins. Defaults to true.
   */
  reloadCustomAgents?: boolean;
  /**
   * Re-load user, plugin, and (subject to `deferRepoHooks`) repo hooks. Defaults to true. Has no effect when the host has not registered a hook reloader (e.g. remote sessions).
   */
  reloadHooks?: boolean;
  /**
   * Re-discover and relaunch subprocess extensions (including plugin-shipped extensions) after refreshing plugins. Defaults to true. Has no effect when the session has no active extension controller (e.g. extensions were not requested for the session).
   */
  reloadExtensions?: boolean;
  /**
   * When true, skip repo-level hooks during the hook reload. Use before folder trust is confirmed; load them post-trust via `sessions.loadDeferredRepoHooks`.
   */
  deferRepoHooks?: boolean;
}

/**
 * BYOK providers and/or models to add to the session's registry at runtime. Both fields are optional; provide providers, models, or both.
 */
export interface SessionProviderAddParams {
  /**
   * Named BYOK provider connections to register, additive to any providers already in the registry. Each name must be unique across the registry and must not contain '/'.
   *
   * Items: External SDK input for a named custom model provider. Ingested by the native protocol boundary before host dispatch.
   */
  providers?: NamedProviderConfig[];
  /**
   * BYOK model definitions to register. Each must reference a provider that is already registered or included in this same call. Selection ids (`provider/id`) must be unique across the registry.
   *
   * Items: A BYOK model definition referencing a named provider.
   */
  models?: ProviderModelConfig[];
}

/**
 * Optional model identifier to scope the endpoint snapshot to.
 */
export interface SessionProviderGetEndpointParams {
  /**
   * Model identifier the caller intends to use against the returned endpoint. Used to pick the correct wire shape. Omit to use whichever model the session is currently using.
   */
  modelId?: string;
}

/**
 * Outcome of the prune operation: deleted IDs, dry-run candidates, skipped IDs, total bytes freed, and the dry-run flag.
 */
export interface SessionPruneResult {
  /**
   * Session IDs that were deleted (always empty in dry-run mode)
   */
  deleted: string[];
  /**
   * Session IDs that would be deleted in dry-run mode (always empty otherwise)
   */
  candidates: string[];
  /**
   * Session IDs that were skipped (e.g., named sessions)
   */
  skipped: string[];
  /**
   * Total bytes freed (actual when not dry-run, projected when dry-run)
   */
  freedBytes: number;
  /**
   * True when no deletions were actually performed
   */
  dryRun: boolean;
}

/**
 * Parameters for duplicating a queued item.
 */
export interface SessionQueueDuplicateAtParams {
  /**
   * Stable opaque ID of the queued item to duplicate.
   */
  id: string;
}

/**
 * Parameters for inserting a queued message at a public visible position.
 */
export interface SessionQueueInsertAtParams {
  /**
   * Zero-based position in the public visible queue. Values outside the queue clamp to an end.
   */
  position: number;
  /**
   * Queued message contents and delivery metadata.
   */
  message: QueueInsertMessage;
}

/**
 * Parameters for moving a queued item by stable id.
 */
export interface SessionQueueMoveItemParams {
  /**
   * Stable opaque queued-item id.
   */
  id: string;
  /**
   * Zero-based target position in the public visible queue. Values outside the queue clamp to an end.
   */
  toPosition: number;
}

/**
 * Parameters for removing a queued item by stable id.
 */
export interface SessionQueueRemoveAtParams {
  /**
   * Stable opaque ID of the queued item to remove.
   */
  id: string;
}

/**
 * Parameters for steering a queued message into a live turn.
 */
export interface SessionQueueSendNowParams {
  /**
   * Stable opaque ID of the queued item to steer into the live turn.
   */
  id: string;
}

/**
 * Parameters for acquiring or releasing the queued-lane drain pause. Acquisition is exclusive and non-idempotent: `paused: true` against an already-paused session fails with `queue_already_paused`. The pause is never released automatically — it is not tied to the caller's lifetime, so a client that exits without sending `paused: false` leaves the lane frozen. Release is unowned: `paused: false` clears the pause for any caller, including one that never acquired it.
 */
export interface SessionQueueSetDrainPausedParams {
  /**
   * Whether queued-lane draining should be paused.
   */
  paused: boolean;
}

/**
 * Parameters for editing a single queued message.
 */
export interface SessionQueueUpdateTextParams {
  /**
   * Stable opaque ID of the queued item to edit.
   */
  id: string;
  /**
   * Replacement prompt sent to the model.
   */
  prompt: string;
  /**
   * Optional replacement prompt displayed to the user.
   */
  displayPrompt?: string;
}

/**
 * Optional remote session mode ("off", "export", or "on"); defaults to enabling both export and remote steering.
 */
export interface SessionRemoteEnableParams {
  /**
   * Per-session remote mode. "off" disables remote, "export" exports session events to GitHub without enabling remote steering, "on" enables both export and remote steering.
   */
  mode?: RemoteSessionMode;
}

/**
 * New remote-steerability state to persist as a `session.remote_steerable_changed` event.
 */
export interface SessionRemoteNotifySteerableChangedParams {
  /**
   * Whether the session now supports remote steering via GitHub. The runtime persists this as a `session.remote_steerable_changed` event so resume/replay sees the up-to-date capability.
   */
  remoteSteerable: boolean;
}

/**
 * Request to disable sandboxing for the current session while resolving an active sandbox-bypass permission prompt.
 */
export interface SessionSandboxDisableForSessionParams {
  /**
   * Identifier of the exact pending sandbox-bypass permission request that authorized the session opt-out.
   */
  requestId: string;
  /**
   * Optional attribution for the permission decision.
   */
  decisionContext?: PermissionDecisionContext;
}

/**
 * Identifier of the scheduled prompt to remove.
 */
export interface SessionScheduleStopParams {
  /**
   * Id of the scheduled prompt to remove.
   */
  id: number;
}

/**
 * Parameters for sending zero or more user messages to the session in a single turn. Remote-backed (Mission Control) sessions do not support this method and will return an error.
 */
export interface SessionSendMessagesParams {
  /**
   * The user messages to append to the conversation, in order, before running one agent loop. When the batch starts a run, its final message is the primary initiating message; earlier messages provide context, not separate runs or replies. May be empty, in which case a single turn runs over the existing history with no new user message or originatingMessageId.
   *
   * Items: A single user message to append to the session as part of a `session.sendMessages` turn
   */
  messages: SendMessageItem[];
  /**
   * How to deliver the messages. `enqueue` (default) appends to the message queue. `immediate` interjects during an in-progress turn.
   */
  mode?: SendMode;
  /**
   * If true, adds the messages to the front of the queue instead of the end
   */
  prepend?: boolean;
  /**
   * The UI mode the agent was in when these messages were sent. Defaults to the session's current mode.
   */
  agentMode?: SendAgentMode;
  /**
   * Custom HTTP headers to include in outbound model requests for this turn. Merged with session-level provider headers; per-turn headers augment and overwrite session-level headers with the same key.
   */
  requestHeaders?: {
    [k: string]: string;
  };
  /**
   * Provider-native output format for the whole turn, including an empty message batch and all tool-call iterations. Not inherited by later turns or subagents. Ordinary steering inherits the active format; specifying responseFormat with mode: immediate is an error, even while idle. Returned assistant content remains text; the runtime does not parse or validate it. Unsupported models or schemas produce provider errors.
   */
  responseFormat?: ResponseFormat;
  /**
   * W3C Trace Context traceparent header for distributed tracing of this agent turn
   */
  traceparent?: string;
  /**
   * W3C Trace Context tracestate header for distributed tracing
   */
  tracestate?: string;
  /**
   * If true, await completion of the agentic loop for this turn before returning. Defaults to false (fire-and-forget). When true, the result still contains the same `messageIds`; the caller can rely on the agent having processed the messages before the call resolves. Transport-dependent tail semantics: on a LOCAL (in-process) session the wait additionally blocks until the completed turn's event tail has been dispatched to this session's in-process subscribers, so a subsequent read of subscriber state already reflects the turn; on a REMOTE session the wait resolves once the loop completes and mirrored delivery follows over the wire. Callers that need the stronger local guarantee on remote sessions should await the event stream explicitly.
   */
  wait?: boolean;
}

/**
 * Parameters for sending a user message to the session
 */
export interface SessionSendParams {
  /**
   * The user message text
   */
  prompt: string;
  /**
   * If provided, this is shown in the timeline instead of `prompt`
   */
  displayPrompt?: string;
  /**
   * Optional attachments (files, directories, selections, blobs, GitHub references) to include with the message
   *
   * Items: A user message attachment — a file, directory, code selection, blob, GitHub-anchored pointer, or extension-supplied context payload
   */
  attachments?: Attachment[];
  /**
   * How to deliver the message. `enqueue` (default) appends to the message queue. `immediate` interjects during an in-progress turn.
   */
  mode?: SendMode;
  /**
   * If true, adds the message to the front of the queue instead of the end
   */
  prepend?: boolean;
  /**
   * If false, this message will not trigger a Premium Request Unit charge. User messages default to billable.
   */
  billable?: boolean;
  /**
   * If set, the request will fail if the named tool is not available when this message is among the user messages at the start of the current exchange
   */
  requiredTool?: string;
  /**
   * The UI mode the agent was in when this message was sent. Defaults to the session's current mode.
   */
  agentMode?: SendAgentMode;
  /**
   * Custom HTTP headers to include in outbound model requests for this turn. Merged with session-level provider headers; per-turn headers augment and overwrite session-level headers with the same key.
   */
  requestHeaders?: {
    [k: string]: string;
  };
  /**
   * Provider-native output format for this turn, including all tool-call iterations. Not inherited by later turns or subagents. Ordinary steering inherits the active format; specifying responseFormat with mode: immediate is an error, even while idle. Returned assistant content remains text; the runtime does not parse or validate it. Unsupported models or schemas produce provider errors.
   */
  responseFormat?: ResponseFormat;
  /**
   * W3C Trace Context traceparent header for distributed tracing of this agent turn
   */
  traceparent?: string;
  /**
   * W3C Trace Context tracestate header for distributed tracing
   */
  tracestate?: string;
  /**
   * If true, await completion of the agentic loop for this message before returning. Defaults to false (fire-and-forget). When true, the result still contains the same `messageId`; the caller can rely on the agent having processed the message before the call resolves. Transport-dependent tail semantics: on a LOCAL (in-process) session the wait additionally blocks until the completed turn's event tail has been dispatched to this session's in-process subscribers, so a subsequent read of subscriber state already reflects the turn; on a REMOTE session the wait resolves once the loop completes and mirrored delivery follows over the wire. Callers that need the stronger local guarantee on remote sessions should await the event stream explicitly.
   */
  wait?: boolean;
}

/**
 * Indicates whether the credential update succeeded.
 */
export interface SessionSetCredentialsResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
  /**
   * Whether the session ended up with a populated `copilotUser` for the installed credentials. `true` when the supplied credential already carried `copilotUser` or it was successfully re-resolved server-side. `false` when the credential is installed without `copilotUser` — either re-resolution failed, or the variant cannot be re-resolved from the credential alone (only the raw-token variants `token`, `env`, and `gh-cli` can). In both `false` cases the token swap still applied, but plan/quota/billing metadata is degraded. Present whenever a credential was supplied; omitted only when no credential was supplied (no-op call).
   */
  copilotUserResolved?: boolean;
}

/**
 * User-requested shell execution cancellation handle.
 */
export interface SessionShellCancelUserRequestedParams {
  /**
   * Request ID previously passed to executeUserRequested
   */
  requestId: string;
}

/**
 * Shell command to run, with optional working directory and timeout in milliseconds.
 */
export interface SessionShellExecParams {
  /**
   * Shell command to execute
   */
  command: string;
  /**
   * Working directory (defaults to session working directory)
   */
  cwd?: string;
  /**
   * Timeout in milliseconds (default: 30000)
   */
  timeout?: number;
}

/**
 * User-requested shell command and cancellation handle.
 */
export interface SessionShellExecuteUserRequestedParams {
  /**
   * Caller-provided cancellation handle for this execution
   */
  requestId: string;
  /**
   * Shell command to execute
   */
  command: string;
}

/**
 * Identifier of a process previously returned by "shell.exec" and the signal to send.
 */
export interface SessionShellKillParams {
  /**
   * Process identifier returned by shell.exec
   */
  processId: string;
  /**
   * Signal to send (default: SIGTERM)
   */
  signal?: ShellKillSignal;
}

/**
 * Parameters for shutting down the session
 */
export interface SessionShutdownParams {
  /**
   * Why the session is being shut down. Defaults to "routine" when omitted.
   */
  type?: ShutdownType;
  /**
   * Optional human-readable reason. Typically the message of the error that triggered shutdown when type is 'error'.
   */
  reason?: string;
  /**
   * Dispatch deferred sessionEnd hooks in the background with their full per-hook timeoutSec instead of awaiting them under the short shared shutdown budget. Set this when the host process keeps running after the session closes (for example the CLI's /clear), so a slow hook neither blocks the close nor is aborted. Hooks still detached when the process later exits are terminated with it. Defaults to false.
   */
  detachSessionEndHooks?: boolean;
}

/**
 * Map of sessionId -> on-disk size in bytes for each session's workspace directory.
 */
export interface SessionSizes {
  /**
   * Map of sessionId -> on-disk size in bytes for the session's workspace directory
   */
  sizes: {
    [k: string]: number;
  };
}

/**
 * Name of the skill to disable for the session.
 */
export interface SessionSkillsDisableParams {
  /**
   * Name of the skill to disable
   */
  name: string;
}

/**
 * Name of the skill to enable for the session.
 */
export interface SessionSkillsEnableParams {
  /**
   * Name of the skill to enable
   */
  name: string;
}

/**
 * Which session sources to include. Defaults to `local` for backward compatibility.
 */
export type SessionSource = "local" | "remote" | "all";

/**
 * Identifier of the background task to cancel.
 */
export interface SessionTasksCancelParams {
  /**
   * Task identifier
   */
  id: string;
}

/**
 * Identifier of the background task to fetch progress for.
 */
export interface SessionTasksGetProgressParams {
  /**
   * Task identifier (agent ID or shell ID)
   */
  id: string;
}

/**
 * Identifier of the task to promote to background mode.
 */
export interface SessionTasksPromoteToBackgroundParams {
  /**
   * Task identifier
   */
  id: string;
}

/**
 * Registers or reclaims a client-owned task.
 */
export interface SessionTasksRegisterParams {
  /**
   * Task kind
   */
  type: TaskClientType;
  /**
   * Owner-scoped idempotency key used for registration and reclaim
   */
  clientTaskId: string;
  /**
   * Human-readable description of the external work
   */
  description: string;
  /**
   * Optional short display name for the external work
   */
  displayName?: string;
  /**
   * Whether the owner supports runtime cancellation requests
   */
  cancellable: boolean;
  /**
   * Expected current sequence for idempotent registration or orphan reclaim
   */
  expectedSequence?: number;
}

/**
 * Identifier of the completed or cancelled task to remove from tracking.
 */
export interface SessionTasksRemoveParams {
  /**
   * Task identifier
   */
  id: string;
}

/**
 * Identifier of the target agent task, message content, and optional sender agent ID.
 */
export interface SessionTasksSendMessageParams {
  /**
   * Agent task identifier
   */
  id: string;
  /**
   * Message content to send to the agent
   */
  message: string;
  /**
   * Agent ID of the sender, if sent on behalf of another agent
   */
  fromAgentId?: string;
}

/**
 * Agent type, prompt, name, and optional description and model override for the new task.
 */
export interface SessionTasksStartAgentParams {
  /**
   * Type of agent to start (e.g., 'explore', 'task', 'general-purpose')
   */
  agentType: string;
  /**
   * Task prompt for the agent
   */
  prompt: string;
  /**
   * Friendly, non-unique name used when displaying the agent
   */
  name: string;
  /**
   * Short description of the task
   */
  description?: string;
  /**
   * Optional model override
   */
  model?: string;
}

/**
 * Updates a client-owned task.
 */
export interface SessionTasksUpdateParams {
  /**
   * Canonical runtime-generated task identifier
   */
  id: string;
  /**
   * Owner update sequence to apply
   */
  sequence: number;
  /**
   * Progress or terminal update payload
   */
  update: TaskClientUpdate;
}

/**
 * Telemetry engagement ID for the session, when available.
 */
export interface SessionTelemetryEngagement {
  /**
   * Current telemetry engagement ID, when available.
   */
  engagementId?: string;
}

/**
 * Feature override key/value pairs to attach to subsequent telemetry events from this session.
 */
export interface SessionTelemetrySetFeatureOverridesParams {
  /**
   * Override key/value pairs to attach to subsequent telemetry events from this session. Replaces any previously-set overrides.
   */
  features: {
    [k: string]: string;
  };
}

/**
 * A tool name and arguments to execute through the session's native invocation pipeline.
 */
export interface SessionToolsExecuteParams {
  /**
   * Name of the currently offered tool to execute.
   */
  name: string;
  /**
   * Arguments supplied to the tool.
   */
  arguments: {
    [k: string]: unknown;
  };
  /**
   * Optional identifier used to correlate this invocation with its tool call.
   */
  toolCallId?: string;
}

/**
 * Options controlling how Rust-owned built-in tool descriptors are materialized.
 */
export interface SessionToolsGetBuiltinDescriptorsParams {
  /**
   * Whether descriptors should favor fewer user-intervention prompts.
   */
  reduceUserIntervention?: boolean;
  /**
   * Whether tool descriptors should include authoring metadata.
   */
  includeAuthor?: boolean;
  /**
   * Whether semantic skill lookup is available.
   */
  skillEmbeddingEnabled?: boolean;
  /**
   * Shell-specific names and description lines for shell tools.
   */
  shellConfig?: ToolsShellDescriptorConfig;
  /**
   * Whether the configured shell supports PowerShell 7 syntax.
   */
  shellSupportsPowerShell7Syntax?: boolean;
  /**
   * Default shell timeout in milliseconds.
   */
  shellTimeoutMs?: number;
  /**
   * Whether background task completion notifications are enabled.
   */
  backgroundTaskNotificationsEnabled?: boolean;
}

/**
 * Pending external tool call request ID, with the tool result or an error describing why it failed.
 */
export interface SessionToolsHandlePendingToolCallParams {
  /**
   * Request ID of the pending tool call
   */
  requestId: string;
  /**
   * Tool call result (string or expanded result object)
   */
  result?: ExternalToolResult;
  /**
   * Error message if the tool call failed
   */
  error?: string;
}

/**
 * Complete externally implemented tool list for the calling connection. An empty list removes every tool previously supplied by that connection.
 */
export interface SessionToolsSetParams {
  /**
   * Complete replacement list for the calling connection.
   *
   * Items: Serializable definition of a caller-implemented tool whose execution is handled over the SDK connection.
   */
  tools: ProtocolExternalToolDefinition[];
}

/**
 * Task-completion tool arguments and final result used to build a label-safe session event payload.
 */
export interface SessionToolsTaskCompleteEventDataParams {
  /**
   * Arguments supplied to the completed task_complete tool call.
   */
  toolArgs: {
    [k: string]: unknown;
  };
  /**
   * Final expanded result returned by the task_complete tool.
   */
  finalResult: ToolResultExpanded;
}

/**
 * Subagent settings to apply to the current session
 */
export interface SessionToolsUpdateSubagentSettingsParams {
  /**
   * Subagent settings to apply, or null to clear the live session override
   */
  subagents: SubagentSettings;
}

/**
 * Prompt message and JSON schema describing the form fields to elicit from the user.
 */
export interface SessionUiElicitationParams {
  /**
   * Elicitation mode. Omitted and form are equivalent for structured elicitation.
   */
  mode?: McpElicitationFormMode;
  /**
   * Message describing what information is needed from the user
   */
  message: string;
  /**
   * JSON Schema describing the form fields to present to the user
   */
  requestedSchema: UIElicitationSchema;
  /**
   * MCP request metadata.
   */
  _meta?: {
    [k: string]: unknown;
  };
  /**
   * MCP task metadata.
   */
  task?: McpTaskMetadata;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Transient question to answer without adding it to conversation history.
 */
export interface SessionUiEphemeralQueryParams {
  /**
   * Question to answer from the current conversation context.
   */
  question: string;
}

/**
 * Request ID of a pending `auto_mode_switch.requested` event and the user's response.
 */
export interface SessionUiHandlePendingAutoModeSwitchParams {
  /**
   * The unique request ID from the auto_mode_switch.requested event
   */
  requestId: string;
  /**
   * User's choice for auto-mode switching: yes (allow this turn), yes_always (allow + persist as setting), or no (decline).
   */
  response: UIAutoModeSwitchResponse;
}

/**
 * Pending elicitation request ID and the user's response (accept/decline/cancel + form values).
 */
export interface SessionUiHandlePendingElicitationParams {
  /**
   * The unique request ID from the elicitation.requested event
   */
  requestId: string;
  /**
   * The elicitation response (accept with form values, decline, or cancel)
   */
  result: UIElicitationResponse;
}

/**
 * Request ID of a pending `exit_plan_mode.requested` event and the user's response.
 */
export interface SessionUiHandlePendingExitPlanModeParams {
  /**
   * The unique request ID from the exit_plan_mode.requested event
   */
  requestId: string;
  /**
   * User response for a pending exit-plan-mode request, with approval state, selected action, auto-approve flag, and feedback.
   */
  response: UIExitPlanModeResponse;
}

/**
 * Request ID of a pending `sampling.requested` event and an optional sampling result payload (omit to reject).
 */
export interface SessionUiHandlePendingSamplingParams {
  /**
   * The unique request ID from the sampling.requested event
   */
  requestId: string;
  /**
   * Optional sampling result payload. Omit to reject/cancel the sampling request without providing a result.
   */
  response?: UIHandlePendingSamplingResponse;
}

/**
 * Request ID of a pending `session_limits_exhausted.requested` event and the user's selected limit action.
 */
export interface SessionUiHandlePendingSessionLimitsExhaustedParams {
  /**
   * The unique request ID from the session_limits_exhausted.requested event
   */
  requestId: string;
  /**
   * The selected session-limit action.
   */
  response: UISessionLimitsExhaustedResponse;
}

/**
 * Request ID of a pending `user_input.requested` event and the user's response.
 */
export interface SessionUiHandlePendingUserInputParams {
  /**
   * The unique request ID from the user_input.requested event
   */
  requestId: string;
  /**
   * User response for a pending user-input request, with answer text and whether it was typed freeform.
   */
  response: UIUserInputResponse;
}

/**
 * Opaque handle previously returned by `registerDirectAutoModeSwitchHandler` to release.
 */
export interface SessionUiUnregisterDirectAutoModeSwitchHandlerParams {
  /**
   * Handle previously returned by `registerDirectAutoModeSwitchHandler`
   */
  handle: string;
}

/**
 * Indicates whether the session options patch was applied successfully.
 */
export interface SessionUpdateOptionsResult {
  /**
   * Whether the operation succeeded
   */
  success: boolean;
  /**
   * Number of hooks loaded from installed plugins, returned when installedPlugins is updated
   */
  pluginHookCount?: number;
}

/**
 * Desired sharing status for the session.
 */
export interface SessionVisibilitySetParams {
  /**
   * Sharing status to apply. "repo" makes the session visible to repository readers; "unshared" restricts it to the creator and collaborators.
   */
  status: SessionVisibilityStatus;
}

/**
 * Sharing status for a synced session. "repo" makes the session visible to anyone with read access to the repository; "unshared" restricts it to the creator and collaborators.
 */
export type SessionVisibilityStatus = "repo" | "unshared";

/**
 * Updated working directory and git context. Emitted as the new payload of `session.context_changed`.
 */
export interface SessionWorkingDirectoryContext {
  /**
   * Current working directory path
   */
  cwd: string;
  /**
   * Root directory of the git repository, resolved via git rev-parse
   */
  gitRoot?: string;
  /**
   * Repository identifier derived from the git remote URL ("owner/name" for GitHub, "org/project/repo" for Azure DevOps)
   */
  repository?: string;
  /**
   * Hosting platform type of the repository
   */
  hostType?: SessionWorkingDirectoryContextHostType;
  /**
   * Raw host string from the git remote URL (e.g. "github.com", "dev.azure.com")
   */
  repositoryHost?: string;
  /**
   * Current git branch name
   */
  branch?: string;
  /**
   * Head commit of the current git branch
   */
  headCommit?: string;
  /**
   * Merge-base commit SHA (fork point from the remote default branch)
   */
  baseCommit?: string;
}

/**
 * Hosting platform type of the repository
 */
export type SessionWorkingDirectoryContextHostType = "github" | "ado";

/**
 * Compaction summary checkpoint to persist.
 */
export interface SessionWorkspacesAddSummaryParams {
  /**
   * Summary title shown in checkpoint listings.
   */
  title: string;
  /**
   * Markdown summary content to persist.
   */
  content: string;
}

/**
 * Directory to create within the session workspace files directory.
 */
export interface SessionWorkspacesCreateDirectoryParams {
  /**
   * Slash-separated relative path within the workspace files directory
   */
  path: string;
  /**
   * Whether to create missing parent directories. Defaults to false.
   */
  recursive?: boolean;
}

/**
 * Relative path and UTF-8 content for the workspace file to create or overwrite.
 */
export interface SessionWorkspacesCreateFileParams {
  /**
   * Slash-separated relative path within the workspace files directory
   */
  path: string;
  /**
   * File content to write as a UTF-8 string
   */
  content: string;
}

/**
 * Parameters for computing a workspace diff.
 */
export interface SessionWorkspacesDiffParams {
  /**
   * Diff mode requested by the client.
   */
  mode: WorkspaceDiffMode;
  /**
   * When true, ignore whitespace-only changes (git `--ignore-all-space`). Defaults to false.
   */
  ignoreWhitespace?: boolean;
}

/**
 * Optional session context used when creating a local workspace.
 */
export interface SessionWorkspacesEnsureParams {
  /**
   * Opaque workspace context supplied by the session host.
   */
  context?: {
    [k: string]: unknown;
  };
}

/**
 * Checkpoint number to read.
 */
export interface SessionWorkspacesReadCheckpointParams {
  /**
   * Checkpoint number to read
   */
  number: number;
}

/**
 * Relative path of the workspace file to read.
 */
export interface SessionWorkspacesReadFileParams {
  /**
   * Slash-separated relative path within the workspace files directory
   */
  path: string;
}

/**
 * File or directory to remove from the session workspace files directory.
 */
export interface SessionWorkspacesRemovePathParams {
  /**
   * Slash-separated relative path within the workspace files directory
   */
  path: string;
  /**
   * Whether to remove directory contents recursively. Defaults to false.
   */
  recursive?: boolean;
  /**
   * Whether a missing path should be treated as success. Defaults to false.
   */
  force?: boolean;
}

/**
 * Source and destination paths for a rename within the session workspace files directory.
 */
export interface SessionWorkspacesRenamePathParams {
  /**
   * Slash-separated source path relative to the workspace files directory
   */
  source: string;
  /**
   * Slash-separated destination path relative to the workspace files directory
   */
  destination: string;
}

/**
 * Pasted content to save as a UTF-8 file in the session workspace.
 */
export interface SessionWorkspacesSaveLargePasteParams {
  /**
   * Pasted content to save as a UTF-8 file
   */
  content: string;
}

/**
 * Relative path of the workspace file or directory to inspect.
 */
export interface SessionWorkspacesStatFileParams {
  /**
   * Slash-separated relative path within the workspace files directory
   */
  path: string;
}

/**
 * Rollback point for local workspace summaries.
 */
export interface SessionWorkspacesTruncateSummariesParams {
  /**
   * Number of newest summaries to keep.
   */
  keepCount: number;
}

/**
 * Workspace metadata fields to update.
 */
export interface SessionWorkspacesUpdateMetadataParams {
  /**
   * Opaque workspace context supplied by the session host.
   */
  context?: {
    [k: string]: unknown;
  };
  /**
   * Optional workspace display name override.
   */
  name?: string;
}

/**
 * Autopilot objective file content to persist.
 */
export interface SessionWorkspacesWriteAutopilotObjectiveParams {
  /**
   * Autopilot objective file content.
   */
  content: string;
}

/**
 * Session IDs to close, deactivate, and delete from disk.
 */
export interface SessionsBulkDeleteRequest {
  /**
   * Session IDs to close, deactivate, and delete from disk
   */
  sessionIds: string[];
}

/**
 * Session IDs to test for live in-use locks.
 */
export interface SessionsCheckInUseRequest {
  /**
   * Session IDs to test for live in-use locks
   */
  sessionIds: string[];
}

/**
 * Session IDs from the input set that are currently in use by another process.
 */
export interface SessionsCheckInUseResult {
  /**
   * Session IDs from the input set that are currently held by another running process via an alive lock file
   */
  inUse: string[];
}

/**
 * Client metadata outcome for one requested local session.
 */
export type SessionsClientMetadataEntry = {
  /**
   * Requested session ID.
   */
  sessionId: string;
  /**
   * Validated client metadata, possibly empty or projected to requested keys.
   */
  metadata: ClientMetadata;
  /**
   * Client metadata outcome discriminator.
   */
  status: "ok";
} | {
  /**
   * Requested session ID.
   */
  sessionId: string;
  /**
   * Client metadata outcome discriminator.
   */
  status: "notFound";
} | {
  /**
   * Requested session ID.
   */
  sessionId: string;
  /**
   * Client metadata outcome discriminator.
   */
  status: "corrupt";
} | {
  /**
   * Requested session ID.
   */
  sessionId: string;
  /**
   * Client metadata outcome discriminator.
   */
  status: "unsupportedVersion";
} | {
  /**
   * Requested session ID.
   */
  sessionId: string;
  /**
   * Filesystem or provider error code. Clients should not assume every provider uses operating-system error codes.
   */
  code: string;
  /**
   * Human-readable diagnostic message. Not stable for programmatic matching.
   */
  message: string;
  /**
   * Client metadata outcome discriminator.
   */
  status: "unavailable";
};

/**
 * Session ID to close.
 */
export interface SessionsCloseRequest {
  /**
   * Session ID to close
   */
  sessionId: string;
}

/**
 * Closes a session: emits shutdown, flushes pending events to disk, releases the in-use lock, disposes the active session. Idempotent: succeeds even if the session is not currently active.
 */
export type SessionsCloseResult = Record<string, never>;

/**
 * Session metadata records to enrich with summary and context information.
 */
export interface SessionsEnrichMetadataRequest {
  /**
   * Session metadata records to enrich. Records that already have summary and context are returned unchanged.
   *
   * Items: Persisted local session metadata, including identifiers, timestamps, summary/name, client, context, detached state, and task ID.
   */
  sessions: LocalSessionMetadataValue[];
}

/**
 * UUID prefix to resolve to a unique session ID.
 */
export interface SessionsFindByPrefixRequest {
  /**
   * UUID prefix (>=7 hex chars, <36 chars). Returns the unique session ID, or undefined when there is no match or the prefix matches multiple sessions.
   */
  prefix: string;
}

/**
 * Session ID matching the prefix, omitted when no unique match exists.
 */
export interface SessionsFindByPrefixResult {
  /**
   * Omitted when no unique session matches the prefix (no match or ambiguous)
   */
  sessionId?: string;
}

/**
 * GitHub task ID to look up.
 */
export interface SessionsFindByTaskIDRequest {
  /**
   * GitHub task ID to look up
   */
  taskId: string;
}

/**
 * ID of the local session bound to the given GitHub task, or omitted when none.
 */
export interface SessionsFindByTaskIDResult {
  /**
   * Omitted when no local session is bound to that GitHub task
   */
  sessionId?: string;
}

/**
 * Source session identifier to fork from, optional event-ID boundary, and optional friendly name for the new session.
 */
export interface SessionsForkRequest {
  /**
   * Source session ID to fork from
   */
  sessionId: string;
  /**
   * Optional event ID boundary. When provided, the fork includes only events before this ID (exclusive). When omitted, all events are included.
   */
  toEventId?: string;
  /**
   * Optional friendly name to assign to the forked session.
   */
  name?: string;
}

/**
 * Identifier and optional friendly name assigned to the newly forked session.
 */
export interface SessionsForkResult {
  /**
   * The new forked session's ID
   */
  sessionId: string;
  /**
   * Friendly name assigned to the forked session, if any.
   */
  name?: string;
}

/**
 * Bounded batch request for client-owned metadata from persisted local sessions.
 */
export interface SessionsGetClientMetadataRequest {
  /**
   * Session IDs to inspect. Results preserve this order.
   *
   * @maxItems 1000
   */
  sessionIds: string[];
  /**
   * Case-sensitive keys to project from each valid bag. Each key must be non-empty, at most 256 UTF-8 bytes, and outside the reserved `copilot/` and `github/` namespaces. Omit to return every entry.
   *
   * @maxItems 128
   */
  keys?: string[];
}

/**
 * Ordered client metadata outcomes for the requested local sessions.
 *
 * Items: Client metadata outcome for one requested local session.
 */
export type SessionsGetClientMetadataResult = SessionsClientMetadataEntry[];

/**
 * Optional working-directory context used to score session relevance.
 */
export interface SessionsGetLastForContextRequest {
  /**
   * Optional working-directory context used to score session relevance. When omitted the most-recently-modified session wins.
   */
  context?: SessionContext;
}

/**
 * Most-relevant session ID for the supplied context, or omitted when no sessions exist.
 */
export interface SessionsGetLastForContextResult {
  /**
   * Most-relevant session ID for the supplied context, or omitted when no sessions exist
   */
  sessionId?: string;
}

/**
 * Optional source filter, metadata-load limit, and context filter applied to the returned sessions.
 */
export type SessionsListRequest = undefined | {
  /**
   * Which session sources to include. Defaults to `local` for backward compatibility.
   */
  source?: SessionSource;
  /**
   * When provided, only the first N local sessions (sorted by modification time, newest first) load full metadata; remaining sessions return basic info only. Use 0 to return only basic info for every local session. Has no effect on remote entries (which always carry their full shape).
   */
  metadataLimit?: number;
  /**
   * Optional filter applied to the returned sessions
   */
  filter?: SessionListFilter;
  /**
   * When true, include detached maintenance sessions. Defaults to false for user-facing session lists.
   */
  includeDetached?: boolean;
  /**
   * Only meaningful when `source` includes remote. When true, propagates errors from the remote service instead of silently returning an empty remote list. Defaults to false.
   */
  throwOnError?: boolean;
};

/**
 * Active session ID whose deferred repo-level hooks should be loaded.
 */
export interface SessionsLoadDeferredRepoHooksRequest {
  /**
   * Active session ID whose deferred repo-level hooks should be loaded
   */
  sessionId: string;
}

/**
 * Parameters for attaching to an already-active session by ID.
 */
export interface SessionsOpenAttach {
  /**
   * Attach to an already-active in-process session by ID. Unlike `resume`, this does NOT re-load from disk; the session must already be loaded by an earlier `create`/`resume` call. Returns `status: 'not_found'` when no active session matches the id. Useful for in-process consumers that need a fresh API handle to a session opened elsewhere (e.g., a peer foreground-session switch).
   */
  kind: "attach";
  /**
   * Session ID to attach to.
   */
  sessionId: string;
}

/**
 * Parameters for creating a new cloud session.
 */
export interface SessionsOpenCloud {
  /**
   * Create a new cloud (coding-agent) session.
   */
  kind: "cloud";
  /**
   * Repository for the cloud session.
   */
  repository?: RemoteSessionRepository;
  /**
   * Optional owner (user or organization login) to associate with the cloud session when no repository is provided. Ignored when `repository` is set (the repo's owner takes precedence).
   */
  owner?: string;
  /**
   * Session options for cloud session creation.
   */
  options?: SessionOpenOptions;
}

/**
 * Parameters for creating a new local session.
 */
export interface SessionsOpenCreate {
  /**
   * Create a new local session.
   */
  kind: "create";
  /**
   * Session construction options.
   */
  options?: SessionOpenOptions;
  /**
   * Whether to emit session.start during creation. Defaults to true.
   */
  emitStart?: boolean;
}

/**
 * Parameters for fetching a remote session and handing it off to a new local session.
 */
export interface SessionsOpenHandoff {
  /**
   * Fetch a remote session and hand it off to a new local session.
   */
  kind: "handoff";
  /**
   * Remote session metadata for the session to hand off (typically obtained from `sessions.list` with `source: "remote"`).
   */
  metadata: RemoteSessionMetadataValue;
  /**
   * Session construction options for the new local session.
   */
  options?: SessionOpenOptions;
  /**
   * Task type determines the handoff strategy (CCA fetches events; CLI prepares a transient session).
   */
  taskType?: SessionsOpenHandoffTaskType;
}

/**
 * Task type determines the handoff strategy (CCA fetches events; CLI prepares a transient session).
 */
export type SessionsOpenHandoffTaskType = "cca" | "cli";

/**
 * `sessions.open` handoff progress update with step, status, and optional message.
 */
export interface SessionsOpenProgress {
  /**
   * Handoff step.
   */
  step: SessionsOpenProgressStep;
  /**
   * Step status.
   */
  status: SessionsOpenProgressStatus;
  /**
   * Optional step message.
   */
  message?: string;
}

/**
 * Step status.
 */
export type SessionsOpenProgressStatus = "in-progress" | "complete";

/**
 * Handoff step.
 */
export type SessionsOpenProgressStep =
  | "load-session"
  | "validate-repo"
  | "check-changes"
  | "checkout-branch"
  | "create-session"
  | "save-session";

/**
 * Parameters for connecting to a live remote session.
 */
export interface SessionsOpenRemote {
  /**
   * Connect to a live remote session.
   */
  kind: "remote";
  /**
   * Remote session identifier to connect to.
   */
  remoteSessionId: string;
  /**
   * Repository context for the remote session.
   */
  repository?: RemoteSessionRepository;
  /**
   * Session options for the connection.
   */
  options?: SessionOpenOptions;
}

/**
 * Parameters for resuming a specific local session.
 */
export interface SessionsOpenResume {
  /**
   * Resume a specific local session by ID or prefix.
   */
  kind: "resume";
  /**
   * Session ID or unique prefix to resume.
   */
  sessionId: string;
  /**
   * Session resume options.
   */
  options?: SessionOpenOptions;
  /**
   * Whether to emit session.resume after loading. Defaults to true.
   */
  resume?: boolean;
  /**
   * Suppress workspace.yaml metadata writeback when resuming from an incidental cwd.
   */
  suppressResumeWorkspaceMetadataWriteback?: boolean;
}

/**
 * Parameters for resuming the most relevant local session.
 */
export interface SessionsOpenResumeLast {
  /**
   * Resume the most relevant existing local session.
   */
  kind: "resumeLast";
  /**
   * Working-directory context used to choose the most relevant session.
   */
  context?: SessionContext;
  /**
   * Session resume options.
   */
  options?: SessionOpenOptions;
  /**
   * Suppress workspace.yaml metadata writeback when resuming from an incidental cwd.
   */
  suppressResumeWorkspaceMetadataWriteback?: boolean;
}

/**
 * Outcome of the open request.
 */
export type SessionsOpenStatus = "created" | "resumed" | "not_found" | "connected" | "handed_off";

/**
 * Age threshold and optional flags controlling which old sessions are pruned (or simulated when dryRun is true).
 */
export interface SessionsPruneOldRequest {
  /**
   * Delete sessions whose modifiedTime is at least this many days old
   */
  olderThanDays: number;
  /**
   * When true, only report what would be deleted without performing any deletion
   */
  dryRun?: boolean;
  /**
   * When true, named sessions (set via /rename) are also eligible for pruning
   */
  includeNamed?: boolean;
  /**
   * Session IDs that should never be considered for pruning
   */
  excludeSessionIds?: string[];
}

/**
 * Pagination options for reading an inactive or active local session's persisted event journal.
 */
export interface SessionsReadPersistedEventsRequest {
  /**
   * Session ID whose persisted event journal should be read.
   */
  sessionId: string;
  /**
   * Opaque, process-local, single-use cursor returned by the previous persisted-event read. Omit on the first call and issue continuations sequentially; reusing the same cursor returns an expired terminal page.
   */
  cursor?: string;
  /**
   * Maximum number of events to return in this batch (1–1000, default 200). Pages may contain fewer events to keep the serialized event array within a soft 1 MiB budget including resolved binary assets; one oversized event is returned alone to guarantee progress.
   */
  max?: number;
  /**
   * Direction to page through persisted history. Forward starts at the beginning; backward starts with the newest events. Events in each page remain chronological. This selects the initial read only; a continuation always uses the direction bound into its cursor.
   */
  direction?: EventsReadDirection;
}

/**
 * Session ID whose in-use lock should be released.
 */
export interface SessionsReleaseLockRequest {
  /**
   * Session ID whose in-use lock should be released
   */
  sessionId: string;
}

/**
 * Release the in-use lock held by this process for the given session. No-op when this process does not currently hold a lock for the session.
 */
export type SessionsReleaseLockResult = Record<string, never>;

/**
 * Active session ID and an optional flag for deferring repo-level hooks until folder trust.
 */
export interface SessionsReloadPluginHooksRequest {
  /**
   * Active session ID to reload hooks for
   */
  sessionId: string;
  /**
   * When true, skip repo-level hooks. Use before folder trust is confirmed; loadDeferredRepoHooks loads them post-trust.
   */
  deferRepoHooks?: boolean;
}

/**
 * Reload all hooks (user, plugin, optionally repo) and apply them to the active session. Call after installing or removing plugins so their hooks take effect immediately. No-op when no active session matches the given sessionId.
 */
export type SessionsReloadPluginHooksResult = Record<string, never>;

/**
 * Session ID whose pending events should be flushed to disk.
 */
export interface SessionsSaveRequest {
  /**
   * Session ID whose pending events should be flushed to disk
   */
  sessionId: string;
}

/**
 * Flush a session's pending events to disk. No-op when no writer exists for the session (e.g., already closed).
 */
export type SessionsSaveResult = Record<string, never>;

/**
 * Manager-wide additional plugins to register; replaces any previously-configured set.
 */
export interface SessionsSetAdditionalPluginsRequest {
  /**
   * Manager-wide additional plugins to register. Replaces any previously-configured set. Pass an empty array to clear.
   *
   * Items: Installed plugin record from global state, with marketplace, version, install time, enabled state, cache path, and source.
   */
  plugins: InstalledPlugin[];
}

/**
 * Replace the manager-wide additional plugins. New session creations and subsequent hook reloads see the new set; already-running sessions keep their existing hook installation until the next reload.
 */
export type SessionsSetAdditionalPluginsResult = Record<string, never>;

/**
 * Patch for the singleton's steering state.
 */
export interface SessionsSetRemoteControlSteeringRequest {
  /**
   * Target steering state. Today only `true` is actionable on the underlying exporter; `false` is reserved for future use.
   */
  enabled: boolean;
}

/**
 * Parameters for attaching the remote-control singleton to a session.
 */
export interface SessionsStartRemoteControlRequest {
  /**
   * Local session id to attach remote control to.
   */
  sessionId: string;
  /**
   * Configuration for the runtime-managed remote-control singleton.
   */
  config: RemoteControlConfig;
}

/**
 * Parameters for stopping the remote-control singleton.
 */
export type SessionsStopRemoteControlRequest = undefined | {
  /**
   * When provided, the stop is rejected unless the singleton currently points at this session id (compare-and-swap semantics).
   */
  expectedSessionId?: string;
  /**
   * When true, the singleton is unconditionally torn down regardless of `expectedSessionId`. Use during shutdown or explicit `/remote off`.
   */
  force?: boolean;
};

/**
 * Parameters for atomically rebinding the remote-control singleton.
 */
export interface SessionsTransferRemoteControlRequest {
  /**
   * Local session id to point remote control at.
   */
  toSessionId: string;
  /**
   * When provided, the transfer is rejected unless the singleton currently points at this session id (compare-and-swap semantics to avoid clobbering newer state).
   */
  expectedFromSessionId?: string;
}

/**
 * Authentication credentials accepted by session.gitHubAuth.setCredentials. Session-owned token-provider identities cannot be installed through this method.
 */
export type SettableAuthInfo =
  | HMACAuthInfo
  | EnvAuthInfo
  | SettableTokenAuthInfo
  | CopilotApiTokenAuthInfo
  | UserAuthInfo
  | GhCliAuthInfo
  | ApiKeyAuthInfo;

/**
 * Token authentication accepted by session.gitHubAuth.setCredentials.
 */
export interface SettableTokenAuthInfo {
  /**
   * SDK-side token authentication; the host configured the token directly via the SDK.
   */
  type: "token";
  /**
   * Authentication host.
   */
  host: string;
  /**
   * The token value itself. Treat as a secret.
   */
  token: string;
  /**
   * Snapshot of the authenticated user's Copilot subscription info, if known. Mirrors the GitHub API `/copilot_internal/v2/token` user response shape — the runtime trusts this verbatim and does not re-fetch when set.
   */
  copilotUser?: CopilotUserResponse;
}

/**
 * Command-scoped GitHub credential injection for the shell commands an agent runs.
 *
 * Each channel is opt-in and independent, and injection is scoped to the individual command
 * spawn: the credential is resolved from the session's *current* authentication at every spawn
 * and reaches only spawns whose script actually invokes `git` or `gh`. Because nothing is
 * retained between spawns, replacing the session credential (`session.gitHubAuth.setCredentials`)
 * changes what the next spawned command presents — which seeding a credential into the runtime
 * process's own environment cannot do, since a child's environment is fixed at `exec`.
 *
 * The credential is matched to the host it authenticates to, so a github.com credential is never
 * presented to a GitHub Enterprise host and vice versa. Where a channel cannot express that
 * boundary it injects nothing rather than crossing it -- see `gh` below.
 *
 * This is independent of `sandboxConfig`: it is a decision about which identity the agent
 * presents, not about what the agent may touch, and it works on every platform whether or not
 * an OS sandboxing backend is available. `sandboxConfig.auth` remains the sandbox-scoped
 * spelling and is additive with this one.
 */
export interface ShellCredentials {
  /**
   * Whether to authenticate the agent's `git` commands as the session's GitHub credential, by
   * injecting an `http.<host>.extraheader` (plus `insteadOf` rewrites so SSH-spelled remotes for
   * that host use the authenticated HTTPS transport). Applied only to a spawn that runs a
   * remote-contacting `git` subcommand. Default: false (opt-in).
   */
  git?: boolean;
  /**
   * Whether to authenticate the agent's `gh` commands as the session's GitHub credential, by
   * exporting `GH_TOKEN` to a spawn that runs `gh`. Any inherited `gh` credential is removed from
   * spawns that do not, so the credential stays command-scoped.
   *
   * Applies to a github.com credential only. `gh` picks its credential variable from the host a
   * command targets rather than the one the credential belongs to, and the command can choose that
   * target, so `GH_ENTERPRISE_TOKEN` would offer a single-tenant enterprise credential to every
   * other enterprise host. A session whose credential is enterprise-scoped therefore runs `gh`
   * unauthenticated; its `git` commands are unaffected, because `http.<host>.extraheader` is scoped
   * to one host by construction. Default: false (opt-in).
   */
  gh?: boolean;
}

/**
 * Identifier of the spawned process, used to correlate streamed output and exit notifications.
 */
export interface ShellExecResult {
  /**
   * Unique identifier for tracking streamed output
   */
  processId: string;
}

/**
 * Controls automatic non-interactive profile loading where supported. Explicit initScripts are unaffected.
 */
export type ShellInitProfile = "none" | "non-interactive";

/**
 * A host-provided script sourced before each built-in shell command when its shell target matches the active shell.
 */
export interface ShellInitScript {
  /**
   * Path to the script to source.
   */
  path: string;
  /**
   * Built-in shell that may source this script.
   */
  shell: ShellInitScriptShell;
}

/**
 * Supported built-in shells for initialization scripts.
 */
export type ShellInitScriptShell = "bash" | "powershell";

/**
 * Indicates whether the signal was delivered; false if the process was unknown or already exited.
 */
export interface ShellKillResult {
  /**
   * Whether the signal was sent successfully
   */
  killed: boolean;
}

/**
 * Signal to send (default: SIGTERM)
 */
export type ShellKillSignal = "SIGTERM" | "SIGKILL" | "SIGINT";

/**
 * Per-session settings for built-in shell tools.
 */
export interface ShellOptions {
  /**
   * Controls automatic non-interactive profile loading where supported. Explicit initScripts are unaffected.
   */
  initProfile?: ShellInitProfile;
  /**
   * Ordered host-provided script paths sourced before each built-in shell command when the
   * entry's shell target matches the active shell. Use these for rc files, environment setup scripts,
   * or other custom scripts. A script that returns a nonzero status is reported, and later scripts
   * and the user command continue while the shell remains running. Because scripts are sourced into
   * the command shell, `exit`, `exec`, failures under `set -e`, or other shell-terminating behavior
   * can prevent continuation. Script standard output is preserved; Bash script stderr is discarded,
   * PowerShell exception messages are replaced, and runtime-generated failure notices omit
   * configured script paths. When sandboxing is enabled, each script must already be readable under
   * the active sandbox filesystem policy. Pass an empty array to clear the list.
   *
   * Items: A host-provided script sourced before each built-in shell command when its shell target matches the active shell.
   */
  initScripts?: ShellInitScript[];
  /**
   * Flags passed to the active built-in shell process on startup, replacing its default flags.
   * When omitted, the built-in Bash shell uses `--norc --noprofile`,
   * and the built-in PowerShell shell uses `-NoProfile -NoLogo`.
   */
  processFlags?: string[];
  /**
   * Command-scoped GitHub credential injection for shell commands.
   */
  credentials?: ShellCredentials;
}

/**
 * Skill metadata available to a session, with name, description, source, enabled/invocable state, path, plugin, and argument hint.
 */
export interface Skill {
  /**
   * Unique identifier for the skill
   */
  name: string;
  /**
   * Canonical slash command name used to invoke the skill, without the leading '/'
   */
  commandName?: string;
  /**
   * Description of what the skill does
   */
  description: string;
  /**
   * Source location type (e.g., project, personal-copilot, plugin, builtin)
   */
  source: SkillSource;
  /**
   * Whether the skill can be invoked by the user as a slash command
   */
  userInvocable: boolean;
  /**
   * Whether the skill is currently enabled
   */
  enabled: boolean;
  /**
   * Absolute path to the skill file
   */
  path?: string;
  /**
   * Name of the plugin that provides the skill, when source is 'plugin'
   */
  pluginName?: string;
  /**
   * Optional freeform hint describing the skill's expected arguments, from the `argument-hint` frontmatter field
   */
  argumentHint?: string;
}

/**
 * Canonical directory where skills can be discovered or created, with scope, preference, and optional project path.
 */
export interface SkillDiscoveryPath {
  /**
   * Absolute path of the create/discovery target (may not exist on disk yet)
   */
  path: string;
  /**
   * Which tier this directory belongs to
   */
  scope: SkillDiscoveryScope;
  /**
   * Whether this is the canonical directory to create a new skill in its tier. At most one entry per tier is preferred; the `personal-agents` and `custom` scopes are never preferred.
   */
  preferredForCreation: boolean;
  /**
   * The input project path this directory was derived from (only for project scope)
   */
  projectPath?: string;
}

/**
 * Canonical locations where skills can be created so the runtime will recognize them.
 */
export interface SkillDiscoveryPathList {
  /**
   * Canonical skill create/discovery directories, in priority order
   *
   * Items: Canonical directory where skills can be discovered or created, with scope, preference, and optional project path.
   */
  paths: SkillDiscoveryPath[];
}

/**
 * Which tier this directory belongs to
 */
export type SkillDiscoveryScope = "project" | "personal-copilot" | "personal-agents" | "custom";

/**
 * Skills available to the session, with their enabled state.
 */
export interface SkillList {
  /**
   * Available skills
   *
   * Items: Skill metadata available to a session, with name, description, source, enabled/invocable state, path, plugin, and argument hint.
   */
  skills: Skill[];
}

/**
 * Skill names to mark as disabled in global configuration, replacing any previous list.
 */
export interface SkillsConfigSetDisabledSkillsRequest {
  /**
   * List of skill names to disable
   */
  disabledSkills: string[];
}

/**
 * Adds or removes a single skill from the global disabled list, leaving every other entry untouched.
 */
export interface SkillsConfigSetSkillDisabledRequest {
  /**
   * Name of the skill to add to or remove from the disabled list
   */
  name: string;
  /**
   * True to disable the skill, false to enable it
   */
  disabled: boolean;
}

/**
 * Optional project paths and additional skill directories to include in discovery.
 */
export interface SkillsDiscoverRequest {
  /**
   * Optional list of project directory paths to scan for project-scoped skills
   */
  projectPaths?: string[];
  /**
   * Optional list of additional skill directory paths to include
   */
  skillDirectories?: string[];
  /**
   * When true, omit skills from the host's global sources (personal, custom, plugin, and built-in), returning only project-scoped skills. For multitenant deployments.
   */
  excludeHostSkills?: boolean;
}

/**
 * Optional project paths to enumerate.
 */
export interface SkillsGetDiscoveryPathsRequest {
  /**
   * Optional list of project directory paths. When omitted or empty, only personal and custom directories are returned.
   */
  projectPaths?: string[];
  /**
   * When true, omit the host's personal and custom skill directories, leaving only project directories. For multitenant deployments.
   */
  excludeHostSkills?: boolean;
}

/**
 * Skills invoked during this session, ordered by invocation time (most recent last).
 */
export interface SkillsGetInvokedResult {
  /**
   * Skills invoked during this session, ordered by invocation time (most recent last)
   *
   * Items: Skill invocation record with name, path, content, allowed tools, and turn number.
   */
  skills: SkillsInvokedSkill[];
}

/**
 * Skill invocation record with name, path, content, allowed tools, and turn number.
 */
export interface SkillsInvokedSkill {
  /**
   * Unique identifier for the skill
   */
  name: string;
  /**
   * Path to the SKILL.md file, or an empty string for an SDK-provided skill without a filesystem identity
   */
  path: string;
  /**
   * Full content of the skill file
   */
  content: string;
  /**
   * Tools that should be auto-approved when this skill is active, captured at invocation time
   */
  allowedTools?: string[];
  /**
   * Whether model invocation was disabled when this skill was invoked
   */
  disableModelInvocation?: boolean;
  /**
   * Turn number when the skill was invoked
   */
  invokedAtTurn: number;
}

/**
 * Diagnostics from reloading skill definitions, with warnings and errors as separate lists.
 */
export interface SkillsLoadDiagnostics {
  /**
   * Warnings emitted while loading skills (e.g. skills that loaded but had issues)
   */
  warnings: string[];
  /**
   * Errors emitted while loading skills (e.g. skills that failed to load entirely)
   */
  errors: string[];
}

/**
 * Part of {@linkcode SlashCommandInvocationResult} (the schema does not describe it).
 */
export interface SlashCommandAddTimelineEntryResult {
  /**
   * Discriminator for an add-timeline-entry result.
   */
  kind: "add-timeline-entry";
  /**
   * Timeline entry the host should append.
   */
  entry: SlashCommandTimelineEntry;
  /**
   * Optional text the host should prefill into the input editor.
   */
  prefillInput?: string;
  /**
   * Whether command execution changed persisted runtime settings.
   */
  runtimeSettingsChanged?: boolean;
}

/**
 * Slash-command invocation result that submits an agent prompt, with display prompt, optional mode, optional user-facing notice, and settings-change flag.
 */
export interface SlashCommandAgentPromptResult {
  /**
   * Agent prompt result discriminator
   */
  kind: "agent-prompt";
  /**
   * Prompt to submit to the agent
   */
  prompt: string;
  /**
   * Prompt text to display to the user
   */
  displayPrompt: string;
  /**
   * Optional target session mode for the agent prompt
   */
  mode?: SessionMode;
  /**
   * Optional user-facing notice to show before the prompt is submitted
   */
  notice?: string;
  /**
   * True when the invocation mutated user runtime settings; consumers caching settings should refresh
   */
  runtimeSettingsChanged?: boolean;
}

/**
 * Slash-command invocation result indicating completion, with optional message and settings-change flag.
 */
export interface SlashCommandCompletedResult {
  /**
   * Completed result discriminator
   */
  kind: "completed";
  /**
   * Optional user-facing message describing the completed command
   */
  message?: string;
  /**
   * Optional target session mode applied without submitting an agent prompt
   */
  mode?: SessionMode;
  /**
   * True when the invocation mutated user runtime settings; consumers caching settings should refresh
   */
  runtimeSettingsChanged?: boolean;
}

/**
 * Slash-command metadata with name, aliases, description, kind, input hint, execution allowance, and schedulability.
 */
export interface SlashCommandInfo {
  /**
   * Canonical command name without a leading slash
   */
  name: string;
  /**
   * Canonical aliases without leading slashes
   */
  aliases?: string[];
  /**
   * Human-readable command description
   */
  description: string;
  /**
   * Coarse command category for grouping and behavior: runtime built-in, skill-backed command, or SDK/client-owned command
   */
  kind: SlashCommandKind;
  /**
   * Optional unstructured input hint
   */
  input?: SlashCommandInput;
  /**
   * Whether the command may run while an agent turn is active
   */
  allowDuringAgentExecution: boolean;
  /**
   * Whether the command is experimental
   */
  experimental?: boolean;
  /**
   * Whether the command may be the target of `/every` / `/after` schedules. Resolution happens at every tick, so only set this when the command is safe to re-invoke and produces an agent prompt.
   */
  schedulable?: boolean;
}

/**
 * Optional unstructured input hint
 */
export interface SlashCommandInput {
  /**
   * Hint to display when command input has not been provided
   */
  hint: string;
  /**
   * Optional literal choices the input accepts, each with a human-facing description; clients may render these as selectable options
   *
   * Items: A literal choice the command input accepts, with a human-facing description
   */
  choices?: SlashCommandInputChoice[];
  /**
   * When true, the command requires non-empty input; clients should render the input hint as required
   */
  required?: boolean;
  /**
   * Optional completion hint for the input (e.g. 'directory' for filesystem path completion)
   */
  completion?: SlashCommandInputCompletion;
  /**
   * When true, clients should pass the full text after the command name as a single argument rather than splitting on whitespace
   */
  preserveMultilineInput?: boolean;
}

/**
 * A literal choice the command input accepts, with a human-facing description
 */
export interface SlashCommandInputChoice {
  /**
   * The literal choice value (e.g. 'on', 'off', 'show')
   */
  name: string;
  /**
   * Human-readable description shown alongside the choice
   */
  description: string;
}

/**
 * Optional completion hint for the input (e.g. 'directory' for filesystem path completion)
 */
export type SlashCommandInputCompletion = "directory";

/**
 * Result of invoking the slash command (text output, prompt to send to the agent, completion, or subcommand selection).
 */
export type SlashCommandInvocationResult =
  | SlashCommandTextResult
  | SlashCommandAgentPromptResult
  | SlashCommandCompletedResult
  | SlashCommandSelectSubcommandResult
  | SlashCommandAddTimelineEntryResult
  | SlashCommandShowDialogResult
  | SlashCommandSetModelResult
  | SlashCommandSetPlanModelResult;

/**
 * Coarse command category for grouping and behavior: runtime built-in, skill-backed command, or SDK/client-owned command
 */
export type SlashCommandKind = "builtin" | "skill" | "client";

/**
 * Part of {@linkcode SlashCommandShowDialogResult} (the schema does not describe it).
 */
export interface SlashCommandModelPickerDialog {
  /**
   * Discriminator for a model-picker dialog.
   */
  kind: "model-picker";
  /**
   * Model that should be enabled before it can be selected.
   */
  modelToEnable?: string;
  /**
   * Settings scope the picker should modify.
   */
  scope?: string;
  /**
   * Model-selection target represented by the picker.
   */
  target?: string;
}

/**
 * Selectable slash-command subcommand option with name, description, and optional group label.
 */
export interface SlashCommandSelectSubcommandOption {
  /**
   * Subcommand name to invoke
   */
  name: string;
  /**
   * Human-readable description of the subcommand
   */
  description: string;
  /**
   * Optional group label for organizing options
   */
  group?: string;
}

/**
 * Slash-command invocation result asking the client to present subcommand options for a parent command.
 */
export interface SlashCommandSelectSubcommandResult {
  /**
   * Select subcommand result discriminator
   */
  kind: "select-subcommand";
  /**
   * Parent command name that requires subcommand selection
   */
  command: string;
  /**
   * Human-readable title for the selection UI
   */
  title: string;
  /**
   * Available subcommand options for the client to present
   *
   * Items: Selectable slash-command subcommand option with name, description, and optional group label.
   */
  options: SlashCommandSelectSubcommandOption[];
  /**
   * True when the invocation mutated user runtime settings; consumers caching settings should refresh
   */
  runtimeSettingsChanged?: boolean;
}

/**
 * Part of {@linkcode SlashCommandInvocationResult} (the schema does not describe it).
 */
export interface SlashCommandSetModelResult {
  /**
   * Discriminator for a set-model result.
   */
  kind: "set-model";
  /**
   * Model selected by the command.
   */
  model: string;
  /**
   * Settings scope modified by the command.
   */
  scope?: string;
  /**
   * User-facing warning produced while selecting the model.
   */
  warning?: string;
  /**
   * Reasoning effort selected for the model.
   */
  reasoningEffort?: string;
  /**
   * User-settings snapshot to restore if the host cancels the model switch.
   */
  revertOnCancel?: {
    [k: string]: unknown;
  };
  /**
   * Repository settings scope modified by the command.
   */
  repoScope?: string;
  /**
   * Whether command execution changed persisted runtime settings.
   */
  runtimeSettingsChanged?: boolean;
}

/**
 * Part of {@linkcode SlashCommandInvocationResult} (the schema does not describe it).
 */
export interface SlashCommandSetPlanModelResult {
  /**
   * Discriminator for a set-plan-model result.
   */
  kind: "set-plan-model";
  /**
   * Dedicated model selected for plan mode.
   */
  planModel?: string;
  /**
   * User-facing confirmation message for the plan-model selection.
   */
  message: string;
  /**
   * Whether command execution changed persisted runtime settings.
   */
  runtimeSettingsChanged?: boolean;
}

/**
 * Part of {@linkcode SlashCommandInvocationResult} (the schema does not describe it).
 */
export interface SlashCommandShowDialogResult {
  /**
   * Discriminator for a show-dialog result.
   */
  kind: "show-dialog";
  /**
   * Dialog the host should display.
   */
  dialog: SlashCommandModelPickerDialog;
  /**
   * Whether command execution changed persisted runtime settings.
   */
  runtimeSettingsChanged?: boolean;
}

/**
 * Slash-command invocation result containing text output plus Markdown/ANSI rendering flags.
 */
export interface SlashCommandTextResult {
  /**
   * Text result discriminator
   */
  kind: "text";
  /**
   * Text output for the client to render
   */
  text: string;
  /**
   * Whether text contains Markdown
   */
  markdown?: boolean;
  /**
   * Whether ANSI sequences should be preserved
   */
  preserveAnsi?: boolean;
  /**
   * True when the invocation mutated user runtime settings; consumers caching settings should refresh
   */
  runtimeSettingsChanged?: boolean;
  /**
   * Present when the invocation changed the sandbox for this session only. Nothing was persisted, so consumers must mirror the change onto the live session rather than reloading settings, and must not treat it as a settings change.
   */
  sandboxSessionChange?: SandboxSessionChange;
}

/**
 * Part of {@linkcode SlashCommandAddTimelineEntryResult} (the schema does not describe it).
 */
export interface SlashCommandTimelineEntry {
  /**
   * Timeline entry presentation type.
   */
  type: string;
  /**
   * Text displayed for the timeline entry.
   */
  text: string;
  /**
   * Optional URL associated with the timeline entry.
   */
  url?: string;
  /**
   * What the user must do to recover, when the entry reports a failure the runtime knows an action for. The `text` never names a client affordance, so a client that offers one renders it from this value.
   */
  remediation?: RemediationAction;
}

/**
 * Subagent settings to apply, or null to clear the live session override
 */
export type SubagentSettings = {
  /**
   * Per-agent settings keyed by subagent agent_type
   */
  agents?: {
    /**
     * Subagent model, reasoning effort, context tier, and auto-invocation settings
     */
    [k: string]: SubagentSettingsEntry;
  };
  /**
   * Names of subagents the user has turned off; they cannot be dispatched
   */
  disabledSubagents?: string[];
  /**
   * Maximum number of subagents that can run concurrently; applies to usage-based billing users only
   */
  maxConcurrency?: number;
  /**
   * Maximum subagent nesting depth; applies to usage-based billing users only
   */
  maxDepth?: number;
} | null;

/**
 * Subagent model, reasoning effort, context tier, and auto-invocation settings
 */
export interface SubagentSettingsEntry {
  /**
   * Model override for matching subagents
   */
  model?: string;
  /**
   * Whether the configured model strategy is preferred or required
   */
  modelPolicy?: AgentModelPolicy;
  /**
   * Reasoning effort override for matching subagents
   */
  effortLevel?: string;
  /**
   * Context tier override for matching subagents
   */
  contextTier?: SubagentSettingsEntryContextTier;
  /**
   * Whether this agent's runtime-defined proactive invocation prompting is enabled, if supported. Currently consumed by the built-in rubber-duck agent.
   */
  autoInvoke?: boolean;
}

/**
 * Context tier override for matching subagents
 */
export type SubagentSettingsEntryContextTier = "inherit" | "default" | "long_context";

/**
 * Part of {@linkcode ProtocolSystemMessageReplaceConfig} (the schema does not describe it).
 */
export interface SystemMessageBlock {
  /**
   * Text content for this system-message block.
   */
  content: string;
  /**
   * Whether the block is static and may be cached independently of dynamic prompt content.
   */
  isStatic?: boolean;
}

/**
 * Tracked background agent task metadata, including IDs, status, timing, agent type, prompt, model, result, and latest response.
 */
export interface TaskAgentInfo {
  /**
   * Task kind
   */
  type: "agent";
  /**
   * Unique task identifier
   */
  id: string;
  /**
   * Tool call ID associated with this agent task
   */
  toolCallId: string;
  /**
   * Friendly, non-unique name intended for display
   */
  displayName?: string;
  /**
   * Short description of the task
   */
  description: string;
  /**
   * Current lifecycle status of the task
   */
  status: TaskStatus;
  /**
   * ISO 8601 timestamp when the task was started
   */
  startedAt: string;
  /**
   * ISO 8601 timestamp when the task finished
   */
  completedAt?: string;
  /**
   * Accumulated active execution time in milliseconds
   */
  activeTimeMs?: number;
  /**
   * ISO 8601 timestamp when the current active period began
   */
  activeStartedAt?: string;
  /**
   * Error message when the task failed
   */
  error?: string;
  /**
   * Type of agent running this task
   */
  agentType: string;
  /**
   * Most recent prompt delivered to the agent. Updated whenever the agent receives a follow-up message.
   */
  prompt: string;
  /**
   * Result text from the task when available
   */
  result?: string;
  /**
   * Requested model override for the task when specified
   */
  model?: string;
  /**
   * Runtime model resolved for the task when available
   */
  resolvedModel?: string;
  /**
   * Whether task execution is synchronously awaited or managed in the background
   */
  executionMode?: TaskExecutionMode;
  /**
   * Whether the task is currently in the original sync wait and can be moved to background mode. False once it is already backgrounded, idle, finished, or no longer has a promotable sync waiter.
   */
  canPromoteToBackground?: boolean;
  /**
   * Most recent response text from the agent
   */
  latestResponse?: string;
  /**
   * ISO 8601 timestamp when the agent entered idle state
   */
  idleSince?: string;
}

/**
 * Progress snapshot for an agent task, with recent activity lines and optional latest intent.
 */
export interface TaskAgentProgress {
  /**
   * Progress kind
   */
  type: "agent";
  /**
   * Recent tool execution events converted to display lines
   *
   * Items: Timestamped display line for task progress output or recent agent activity.
   */
  recentActivity: TaskProgressLine[];
  /**
   * The most recent intent reported by the agent
   */
  latestIntent?: string;
}

/**
 * Active status a client owner may publish with a progress update.
 */
export type TaskClientActiveStatus = "running" | "idle";

/**
 * Client-owned tasks always execute outside the runtime in background mode.
 */
export type TaskClientExecutionMode = "background";

/**
 * Tracked client-owned task metadata.
 */
export interface TaskClientInfo {
  /**
   * Task kind
   */
  type: TaskClientType;
  /**
   * Canonical runtime-generated task identifier
   */
  id: string;
  /**
   * Owner-scoped registration and reclaim key
   */
  clientTaskId: string;
  /**
   * Optional task display name
   */
  displayName?: string;
  /**
   * Task description
   */
  description: string;
  /**
   * Client task lifecycle status
   */
  status: TaskClientStatus;
  /**
   * Public attribution and presence for the task owner
   */
  owner: TaskClientOwner;
  /**
   * ISO 8601 timestamp when the task started
   */
  startedAt: string;
  /**
   * ISO 8601 timestamp of the latest accepted lifecycle change
   */
  updatedAt: string;
  /**
   * ISO 8601 timestamp when the task reached a terminal status
   */
  completedAt?: string;
  /**
   * Accumulated active execution time in milliseconds
   */
  activeTimeMs: number;
  /**
   * ISO 8601 timestamp when the current active segment started
   */
  activeStartedAt?: string;
  /**
   * ISO 8601 timestamp when the connected owner entered idle status
   */
  idleSince?: string;
  /**
   * ISO 8601 timestamp of the most recent orphan transition
   */
  orphanedAt?: string;
  /**
   * ISO 8601 timestamp of the most recent successful reclaim
   */
  reclaimedAt?: string;
  /**
   * Execution mode, which is always background for client-owned tasks
   */
  executionMode: TaskClientExecutionMode;
  /**
   * Whether the currently bound owner can receive a cancellation request
   */
  canCancel: boolean;
  /**
   * Sequence number of the latest accepted owner update
   */
  sequence: number;
  /**
   * Opaque successful terminal result supplied by the task owner
   */
  result?: {
    [k: string]: unknown;
  };
  /**
   * Human-readable terminal failure message
   */
  error?: string;
  /**
   * Optional owner-supplied terminal failure code
   */
  errorCode?: string;
  /**
   * Human-readable reason for terminal cancellation
   */
  cancellationReason?: string;
}

/**
 * Public owner attribution for a client-owned task. Identifiers are opaque and never authorize requests.
 */
export interface TaskClientOwner {
  /**
   * Opaque session-scoped participant identity
   */
  participantId: string;
  /**
   * Opaque identity of the currently or most recently bound session join
   */
  joinId: string;
  /**
   * Class of the task owner
   */
  kind: TaskClientOwnerKind;
  /**
   * Display-only owner name
   */
  displayName?: string;
  /**
   * Display-only owner source
   */
  source?: string;
  /**
   * Whether this task's bound join is currently connected
   */
  presence: TaskClientOwnerPresence;
  /**
   * ISO 8601 timestamp when the bound join disconnected
   */
  disconnectedAt?: string;
}

/**
 * Connection class owning a client task.
 */
export type TaskClientOwnerKind = "extension" | "sdk";

/**
 * Presence of the task's bound join.
 */
export type TaskClientOwnerPresence = "connected" | "disconnected";

/**
 * Generic progress for a client-owned task.
 */
export interface TaskClientProgress {
  /**
   * Progress kind
   */
  type: TaskClientType;
  /**
   * Current client task lifecycle status
   */
  status: TaskClientStatus;
  /**
   * Sequence number of the latest accepted owner update
   */
  sequence: number;
  /**
   * ISO 8601 timestamp of the latest accepted lifecycle change
   */
  updatedAt: string;
  /**
   * Current owner-defined progress phase
   */
  phase?: string;
  /**
   * Current completion percentage from zero through one hundred
   */
  percentage?: number;
  /**
   * Most recent nonempty progress message
   */
  lastMessage?: string;
  /**
   * Recent server-timestamped progress messages
   *
   * Items: Timestamped display line for task progress output or recent agent activity.
   */
  recentActivity: TaskProgressLine[];
}

/**
 * Lifecycle status of a client-owned task.
 */
export type TaskClientStatus =
  | "running"
  | "idle"
  | "completed"
  | "failed"
  | "cancelled"
  | "orphaned";

/**
 * Discriminator for a client-owned task.
 */
export type TaskClientType = "client";

/**
 * Progress or terminal update for a client-owned task.
 */
export type TaskClientUpdate = {
  /**
   * Optional active status transition
   */
  status?: TaskClientActiveStatus;
  /**
   * Optional progress message appended to recent activity when nonempty
   */
  message?: string;
  /**
   * Optional progress phase; null clears the current phase
   */
  phase?: string | null;
  /**
   * Optional completion percentage; null clears the current percentage
   */
  percentage?: number | null;
  /**
   * Client task update variant discriminator.
   */
  kind: "progress";
} | {
  /**
   * Optional final progress message
   */
  message?: string;
  /**
   * Optional opaque successful terminal result
   */
  result?: {
    [k: string]: unknown;
  };
  /**
   * Client task update variant discriminator.
   */
  kind: "completed";
} | {
  /**
   * Optional final progress message
   */
  message?: string;
  /**
   * Human-readable terminal failure message
   */
  error: string;
  /**
   * Optional owner-supplied terminal failure code
   */
  code?: string;
  /**
   * Client task update variant discriminator.
   */
  kind: "failed";
} | {
  /**
   * Optional final progress message
   */
  message?: string;
  /**
   * Optional human-readable cancellation reason
   */
  reason?: string;
  /**
   * Client task update variant discriminator.
   */
  kind: "cancelled";
};

/**
 * Part of {@linkcode ToolResultExpanded} (the schema does not describe it).
 */
export interface TaskCompletionDecision {
  /**
   * Semantic result of evaluating the task completion request.
   */
  outcome: TaskCompletionOutcome;
  /**
   * Rationale for the completion decision, when one is available.
   */
  reason?: string;
  /**
   * Whether the rationale was derived from completion-reviewer output.
   */
  reviewerDerived?: boolean;
  /**
   * Information-flow metadata captured from the completion reviewer.
   */
  reviewerResultMeta?: {
    [k: string]: unknown;
  };
  /**
   * Active autopilot objective evaluated by the completion reviewer.
   */
  objectiveId?: number;
  /**
   * Whether completion was accepted after the reviewer-rejection budget was exhausted.
   */
  completionRejectionBudgetExhausted?: boolean;
  /**
   * Objective eligibility token captured when the decision was evaluated.
   */
  completionEligibilityToken?: number;
}

/**
 * Whether task execution is synchronously awaited or managed in the background
 */
export type TaskExecutionMode = "sync" | "background";

/**
 * Tracked task union returned by task APIs, containing an agent, client, or shell task.
 */
export type TaskInfo = TaskAgentInfo | TaskClientInfo | TaskShellInfo;

/**
 * Background tasks currently tracked by the session.
 */
export interface TaskList {
  /**
   * Currently tracked tasks
   *
   * Items: Tracked task union returned by task APIs, containing an agent, client, or shell task.
   */
  tasks: TaskInfo[];
}

/**
 * Progress information for the task, discriminated by type. Returns null when no task with this ID is currently tracked.
 */
export type TaskProgress = TaskAgentProgress | TaskClientProgress | TaskShellProgress | null;

/**
 * Timestamped display line for task progress output or recent agent activity.
 */
export interface TaskProgressLine {
  /**
   * Display message, e.g., "▸ bash", "✓ edit src/foo.ts"
   */
  message: string;
  /**
   * ISO 8601 timestamp when this event occurred
   */
  timestamp: string;
}

/**
 * Tracked shell task metadata, including ID, command, status, timing, attachment/execution mode, log path, and PID.
 */
export interface TaskShellInfo {
  /**
   * Task kind
   */
  type: "shell";
  /**
   * Unique task identifier
   */
  id: string;
  /**
   * Short description of the task
   */
  description: string;
  /**
   * Current lifecycle status of the task
   */
  status: TaskStatus;
  /**
   * ISO 8601 timestamp when the task was started
   */
  startedAt: string;
  /**
   * ISO 8601 timestamp when the task finished
   */
  completedAt?: string;
  /**
   * Command being executed
   */
  command: string;
  /**
   * Whether the shell runs inside a managed PTY session or as an independent background process
   */
  attachmentMode: TaskShellInfoAttachmentMode;
  /**
   * Whether task execution is synchronously awaited or managed in the background
   */
  executionMode?: TaskExecutionMode;
  /**
   * Whether this shell task can be promoted to background mode
   */
  canPromoteToBackground?: boolean;
  /**
   * Path to the detached shell log, when available
   */
  logPath?: string;
  /**
   * Process ID when available
   */
  pid?: number;
}

/**
 * Whether the shell runs inside a managed PTY session or as an independent background process
 */
export type TaskShellInfoAttachmentMode = "attached" | "detached";

/**
 * Progress snapshot for a shell task, with recent stdout/stderr output and optional process ID.
 */
export interface TaskShellProgress {
  /**
   * Progress kind
   */
  type: "shell";
  /**
   * Recent stdout/stderr lines from the running shell command
   */
  recentOutput: string;
  /**
   * Process ID when available
   */
  pid?: number;
}

/**
 * Current lifecycle status of the task
 */
export type TaskStatus = "running" | "idle" | "completed" | "failed" | "cancelled";

/**
 * Runtime-to-owner cancellation request for a client-owned task.
 */
export interface TasksCancelParams {
  /**
   * Session that owns the client task
   */
  sessionId: string;
  /**
   * Canonical runtime-generated task identifier
   */
  id: string;
  /**
   * Owner-scoped task key included for correlation
   */
  clientTaskId: string;
  /**
   * Opaque identifier shared by coalesced cancellation callers
   */
  cancellationId: string;
  /**
   * Reason the runtime requests cancellation
   */
  reason: ClientTaskCancelReason;
}

/**
 * Indicates whether the background task was successfully cancelled.
 */
export interface TasksCancelResult {
  /**
   * Whether the task was successfully cancelled
   */
  cancelled: boolean;
}

/**
 * The first sync-waiting task that can currently be promoted to background mode.
 */
export interface TasksGetCurrentPromotableResult {
  /**
   * The first sync-waiting task (agent first, then shell) that can currently be promoted to background mode. Omitted if no such task exists. The returned task is guaranteed to have executionMode='sync' and canPromoteToBackground=true at the time of the call.
   */
  task?: TaskInfo;
}

/**
 * Progress information for the task, or null when no task with that ID is tracked.
 */
export interface TasksGetProgressResult {
  /**
   * Progress information for the task, discriminated by type. Returns null when no task with this ID is currently tracked.
   */
  progress: TaskProgress;
}

/**
 * The promoted task as it now exists in background mode, omitted if no promotable task was waiting.
 */
export interface TasksPromoteCurrentToBackgroundResult {
  /**
   * The promoted task as it now exists in background mode, omitted if no promotable task was waiting. Atomic operation: avoids the race window of getCurrentPromotable + promoteToBackground.
   */
  task?: TaskInfo;
}

/**
 * Indicates whether the task was successfully promoted to background mode.
 */
export interface TasksPromoteToBackgroundResult {
  /**
   * Whether the task was successfully promoted to background mode
   */
  promoted: boolean;
}

/**
 * Refresh metadata for any detached background shells the runtime knows about. Use after a long pause to pick up exit/output state for shells running outside the agent loop.
 */
export type TasksRefreshResult = Record<string, never>;

/**
 * Result of registering or reclaiming a client-owned task.
 */
export interface TasksRegisterResult {
  /**
   * Authoritative registered or reclaimed task
   */
  task: TaskClientInfo;
  /**
   * True only when this invocation created a new task
   */
  created: boolean;
  /**
   * True only when this invocation reclaimed an orphaned task
   */
  reclaimed: boolean;
}

/**
 * Indicates whether the task was removed. False when the task does not exist or is still running/idle.
 */
export interface TasksRemoveResult {
  /**
   * Whether the task was removed. Returns false if the task does not exist or is still running/idle (cancel it first).
   */
  removed: boolean;
}

/**
 * Indicates whether the message was delivered, with an error message when delivery failed.
 */
export interface TasksSendMessageResult {
  /**
   * Whether the message was successfully delivered or steered
   */
  sent: boolean;
  /**
   * Error message if delivery failed
   */
  error?: string;
}

/**
 * Identifier assigned to the newly started background agent task.
 */
export interface TasksStartAgentResult {
  /**
   * Generated agent ID for the background task
   */
  agentId: string;
}

/**
 * Result of publishing a client-owned task update.
 */
export interface TasksUpdateResult {
  /**
   * Authoritative task after processing the update
   */
  task: TaskClientInfo;
  /**
   * Whether this invocation changed task state
   */
  applied: boolean;
  /**
   * Whether this invocation repeated the latest accepted update
   */
  duplicate: boolean;
}

/**
 * Wait until all in-flight background tasks (agents + shells) and any follow-up turns scheduled by their completions have settled. Returns when the runtime is fully drained or after an internal timeout (default 10 minutes; configurable via COPILOT_TASK_WAIT_TIMEOUT_SECONDS).
 */
export type TasksWaitForPendingResult = Record<string, never>;

/**
 * Authentication-info input variant for SDK-configured token authentication, carrying host and the secret token value.
 */
export interface TokenAuthInfo {
  /**
   * SDK-side token authentication; the host configured the token directly via the SDK.
   */
  type: "token";
  /**
   * Authentication host.
   */
  host: string;
  /**
   * The token value itself. Treat as a secret.
   */
  token: string;
  /**
   * Opaque native GitHub credential registration backing this token identity, when applicable.
   */
  registrationId?: string;
  /**
   * Snapshot of the authenticated user's Copilot subscription info, if known. Mirrors the GitHub API `/copilot_internal/v2/token` user response shape — the runtime trusts this verbatim and does not re-fetch when set.
   */
  copilotUser?: CopilotUserResponse;
}

/**
 * Authentication-info variant backed by an SDK GitHub token callback. It carries routing metadata but never a plaintext token.
 */
export interface TokenProviderAuthInfo {
  /**
   * SDK callback-backed GitHub token authentication.
   */
  type: "token-provider";
  /**
   * Authentication host.
   */
  host: string;
  /**
   * Opaque SDK callback registration identifier.
   */
  registrationId: string;
  /**
   * Snapshot of the authenticated user's Copilot subscription info, if known.
   */
  copilotUser?: CopilotUserResponse;
}

/**
 * Built-in tool metadata with identifier, optional namespaced name, description, input-parameter schema, and usage instructions.
 */
export interface Tool {
  /**
   * Tool identifier (e.g., "bash", "grep", "str_replace_editor")
   */
  name: string;
  /**
   * Optional namespaced name for declarative filtering (e.g., "playwright/navigate" for MCP tools)
   */
  namespacedName?: string;
  /**
   * Description of what the tool does
   */
  description: string;
  /**
   * JSON Schema for the tool's input parameters
   */
  parameters?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * Optional instructions for how to use this tool effectively
   */
  instructions?: string;
}

/**
 * Built-in tools available for the requested model, with their parameters and instructions.
 */
export interface ToolList {
  /**
   * List of available built-in tools with metadata
   *
   * Items: Built-in tool metadata with identifier, optional namespaced name, description, input-parameter schema, and usage instructions.
   */
  tools: Tool[];
}

/**
 * Canonical result returned by a session tool.
 */
export type ToolResult = string | ToolResultExpanded;

/**
 * Expanded canonical result returned by a session tool.
 */
export interface ToolResultExpanded {
  /**
   * Text result returned to the model.
   */
  textResultForLlm: string;
  /**
   * Execution outcome classification.
   */
  resultType: ToolResultType;
  /**
   * Base64-encoded binary results returned to the model.
   *
   * Items: Binary result returned by a tool for the model
   */
  binaryResultsForLlm?: ExternalToolTextResultForLlmBinaryResultsForLlm[];
  /**
   * Detailed log content available for session display.
   */
  sessionLog?: string;
  /**
   * Error message for an unsuccessful execution.
   */
  error?: string;
  /**
   * Tool-specific telemetry payload.
   */
  toolTelemetry?: {
    [k: string]: unknown;
  };
  /**
   * Whether large-output post-processing should be skipped.
   */
  skipLargeOutputProcessing?: boolean;
  /**
   * Messages to inject after the tool result.
   *
   * Items: A message injected by a tool result.
   */
  newMessages?: ToolResultNewMessage[];
  /**
   * Structured content blocks returned to the model.
   *
   * Items: A content block within a tool result, which may be text, terminal output, image, audio, or a resource
   */
  contents?: ExternalToolTextResultForLlmContent[];
  /**
   * Deferred tool names made available by this result.
   */
  toolReferences?: string[];
  /**
   * Sources returned by the tool that the model may cite.
   */
  citableSources?: {
    [k: string]: unknown;
  }[];
  /**
   * Skill invocation metadata produced by the tool.
   */
  skillInvocation?: {
    [k: string]: unknown;
  };
  /**
   * Whether post-tool-use failure hooks have already processed this result.
   */
  postToolUseFailureHooksProcessed?: boolean;
  /**
   * Optional UI resource produced by the tool.
   */
  uiResource?: {
    [k: string]: unknown;
  };
  /**
   * Metadata propagated with the tool result, including information-flow labels.
   */
  mcpMeta?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * Structured result content in addition to the model-facing text.
   */
  structuredContent?: {
    [k: string]: unknown;
  };
  /**
   * Completion-review decision produced by the task-completion tool.
   */
  taskCompletionDecision?: TaskCompletionDecision;
}

/**
 * A message injected by a tool result.
 */
export interface ToolResultNewMessage {
  /**
   * Message content to inject after the tool result.
   */
  content: string;
  /**
   * Source attributed to the injected message.
   */
  source: string;
}

/**
 * Execution outcome classification.
 */
export type ToolResultType = "success" | "failure" | "timeout" | "rejected" | "denied";

/**
 * Rust-owned built-in tool descriptors for the session.
 */
export interface ToolsGetBuiltinDescriptorsResult {
  /**
   * Built-in tool descriptors materialized for the session.
   *
   * Items: Rust-owned metadata and input schema for a built-in tool.
   */
  tools: BuiltinToolDescriptor[];
}

/**
 * Current lightweight tool metadata snapshot for the session.
 */
export interface ToolsGetCurrentMetadataResult {
  /**
   * Current tool metadata, or null when tools have not been initialized yet
   */
  tools: CurrentToolMetadata[] | null;
}

/**
 * Resolve, build, and validate the runtime tool list for this session. Subagent sessions and consumer flows that need an initialized tool set before `send` invoke this. Default base-class implementation is a no-op for sessions that don't support tool validation.
 */
export type ToolsInitializeAndValidateResult = Record<string, never>;

/**
 * Optional model identifier whose tool overrides should be applied to the listing.
 */
export interface ToolsListRequest {
  /**
   * Optional model ID — when provided, the returned tool list reflects model-specific overrides
   */
  model?: string;
}

/**
 * Empty result after replacing the calling connection's externally implemented tools.
 */
export type ToolsSetResult = Record<string, never>;

/**
 * Shell-specific names and description lines used to materialize built-in shell tool descriptors.
 */
export interface ToolsShellDescriptorConfig {
  /**
   * Stable shell type identifier.
   */
  shellType: string;
  /**
   * Human-readable shell name.
   */
  displayName: string;
  /**
   * Tool name used to start shell commands.
   */
  shellToolName: string;
  /**
   * Tool name used to read shell output.
   */
  readShellToolName: string;
  /**
   * Tool name used to stop shell commands.
   */
  stopShellToolName: string;
  /**
   * Tool name used to list active shells.
   */
  listShellsToolName: string;
  /**
   * Additional model-facing shell description lines.
   */
  descriptionLines: string[];
}

/**
 * Empty result after applying subagent settings
 */
export type ToolsUpdateSubagentSettingsResult = Record<string, never>;

/**
 * User's choice for auto-mode switching: yes (allow this turn), yes_always (allow + persist as setting), or no (decline).
 */
export type UIAutoModeSwitchResponse = "yes" | "yes_always" | "no";

/**
 * Multi-select string field where each option pairs a value with a display label.
 */
export interface UIElicitationArrayAnyOfField {
  /**
   * Type discriminator. Always "array".
   */
  type: "array";
  /**
   * Human-readable label for the field.
   */
  title?: string;
  /**
   * Help text describing the field.
   */
  description?: string;
  /**
   * Minimum number of items the user must select.
   */
  minItems?: number;
  /**
   * Maximum number of items the user may select.
   */
  maxItems?: number;
  /**
   * Schema applied to each item in the array.
   */
  items: UIElicitationArrayAnyOfFieldItems;
  /**
   * Default values selected when the form is first shown.
   */
  default?: string[];
}

/**
 * Schema applied to each item in the array.
 */
export interface UIElicitationArrayAnyOfFieldItems {
  /**
   * Selectable options, each with a value and a display label.
   *
   * Items: Selectable option for a UI elicitation multi-select array item, with submitted value and display label.
   */
  anyOf: UIElicitationArrayAnyOfFieldItemsAnyOf[];
}

/**
 * Selectable option for a UI elicitation multi-select array item, with submitted value and display label.
 */
export interface UIElicitationArrayAnyOfFieldItemsAnyOf {
  /**
   * Value submitted when this option is selected.
   */
  const: string;
  /**
   * Display label for this option.
   */
  title: string;
}

/**
 * Multi-select string field whose allowed values are defined inline.
 */
export interface UIElicitationArrayEnumField {
  /**
   * Type discriminator. Always "array".
   */
  type: "array";
  /**
   * Human-readable label for the field.
   */
  title?: string;
  /**
   * Help text describing the field.
   */
  description?: string;
  /**
   * Minimum number of items the user must select.
   */
  minItems?: number;
  /**
   * Maximum number of items the user may select.
   */
  maxItems?: number;
  /**
   * Schema applied to each item in the array.
   */
  items: UIElicitationArrayEnumFieldItems;
  /**
   * Default values selected when the form is first shown.
   */
  default?: string[];
}

/**
 * Schema applied to each item in the array.
 */
export interface UIElicitationArrayEnumFieldItems {
  /**
   * Type discriminator. Always "string".
   */
  type: "string";
  /**
   * Allowed string values for each selected item.
   */
  enum: string[];
}

/**
 * Submitted UI elicitation field value: string, number, boolean, or an array of strings.
 */
export type UIElicitationFieldValue = string | number | boolean | string[];

/**
 * The elicitation response (accept with form values, decline, or cancel)
 */
export interface UIElicitationResponse {
  /**
   * The user's response: accept (submitted), decline (rejected), or cancel (dismissed)
   */
  action: UIElicitationResponseAction;
  /**
   * The form values submitted by the user (present when action is 'accept')
   */
  content?: UIElicitationResponseContent;
  /**
   * MCP response metadata.
   */
  _meta?: {
    [k: string]: unknown;
  };
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * The user's response: accept (submitted), decline (rejected), or cancel (dismissed)
 */
export type UIElicitationResponseAction = "accept" | "decline" | "cancel";

/**
 * The form values submitted by the user (present when action is 'accept')
 */
export interface UIElicitationResponseContent {
  /**
   * Submitted UI elicitation field value: string, number, boolean, or an array of strings.
   */
  [k: string]: UIElicitationFieldValue;
}

/**
 * Indicates whether the elicitation response was accepted; false if it was already resolved by another client.
 */
export interface UIElicitationResult {
  /**
   * Whether the response was accepted. False if the request was already resolved by another client.
   */
  success: boolean;
}

/**
 * JSON Schema describing the form fields to present to the user
 */
export interface UIElicitationSchema {
  /**
   * Schema type indicator (always 'object')
   */
  type: "object";
  /**
   * Form field definitions, keyed by field name
   */
  properties: {
    /**
     * Definition for a single elicitation form field.
     */
    [k: string]: UIElicitationSchemaProperty;
  };
  /**
   * List of required field names
   */
  required?: string[];
}

/**
 * Definition for a single elicitation form field.
 */
export type UIElicitationSchemaProperty =
  | UIElicitationStringEnumField
  | UIElicitationStringOneOfField
  | UIElicitationArrayEnumField
  | UIElicitationArrayAnyOfField
  | UIElicitationSchemaPropertyBoolean
  | UIElicitationSchemaPropertyString
  | UIElicitationSchemaPropertyNumber;

/**
 * Boolean field rendered as a yes/no toggle.
 */
export interface UIElicitationSchemaPropertyBoolean {
  /**
   * Type discriminator. Always "boolean".
   */
  type: "boolean";
  /**
   * Human-readable label for the field.
   */
  title?: string;
  /**
   * Help text describing the field.
   */
  description?: string;
  /**
   * Default value selected when the form is first shown.
   */
  default?: boolean;
}

/**
 * Numeric field accepting either a number or an integer.
 */
export interface UIElicitationSchemaPropertyNumber {
  /**
   * Numeric type accepted by the field.
   */
  type: UIElicitationSchemaPropertyNumberType;
  /**
   * Human-readable label for the field.
   */
  title?: string;
  /**
   * Help text describing the field.
   */
  description?: string;
  /**
   * Minimum allowed value (inclusive).
   */
  minimum?: number;
  /**
   * Maximum allowed value (inclusive).
   */
  maximum?: number;
  /**
   * Default value populated in the input when the form is first shown.
   */
  default?: number;
}

/**
 * Numeric type accepted by the field.
 */
export type UIElicitationSchemaPropertyNumberType = "number" | "integer";

/**
 * Free-text string field with optional length and format constraints.
 */
export interface UIElicitationSchemaPropertyString {
  /**
   * Type discriminator. Always "string".
   */
  type: "string";
  /**
   * Human-readable label for the field.
   */
  title?: string;
  /**
   * Help text describing the field.
   */
  description?: string;
  /**
   * Minimum number of characters required.
   */
  minLength?: number;
  /**
   * Maximum number of characters allowed.
   */
  maxLength?: number;
  /**
   * Optional format hint that constrains the accepted input.
   */
  format?: UIElicitationSchemaPropertyStringFormat;
  /**
   * Default value populated in the input when the form is first shown.
   */
  default?: string;
}

/**
 * Optional format hint that constrains the accepted input.
 */
export type UIElicitationSchemaPropertyStringFormat = "email" | "uri" | "date" | "date-time";

/**
 * Single-select string field whose allowed values are defined inline.
 */
export interface UIElicitationStringEnumField {
  /**
   * Type discriminator. Always "string".
   */
  type: "string";
  /**
   * Human-readable label for the field.
   */
  title?: string;
  /**
   * Help text describing the field.
   */
  description?: string;
  /**
   * Allowed string values.
   */
  enum: string[];
  /**
   * Optional display labels for each enum value, in the same order as `enum`.
   */
  enumNames?: string[];
  /**
   * Default value selected when the form is first shown.
   */
  default?: string;
}

/**
 * Single-select string field where each option pairs a value with a display label.
 */
export interface UIElicitationStringOneOfField {
  /**
   * Type discriminator. Always "string".
   */
  type: "string";
  /**
   * Human-readable label for the field.
   */
  title?: string;
  /**
   * Help text describing the field.
   */
  description?: string;
  /**
   * Selectable options, each with a value and a display label.
   *
   * Items: Selectable option for a UI elicitation single-select string field, with submitted value and display label.
   */
  oneOf: UIElicitationStringOneOfFieldOneOf[];
  /**
   * Default value selected when the form is first shown.
   */
  default?: string;
}

/**
 * Selectable option for a UI elicitation single-select string field, with submitted value and display label.
 */
export interface UIElicitationStringOneOfFieldOneOf {
  /**
   * Value submitted when this option is selected.
   */
  const: string;
  /**
   * Display label for this option.
   */
  title: string;
}

/**
 * Completed transient query. Ordered chunks and the terminal outcome are also delivered through `ui.ephemeral_query` session events while it runs.
 */
export interface UIEphemeralQueryResult {
  /**
   * Answer returned by the model
   */
  answer: string;
}

/**
 * The action the user selected. Defaults to 'autopilot' when autoApproveEdits is true, otherwise 'interactive'.
 */
export type UIExitPlanModeAction = "exit_only" | "interactive" | "autopilot" | "autopilot_fleet";

/**
 * User response for a pending exit-plan-mode request, with approval state, selected action, auto-approve flag, and feedback.
 */
export interface UIExitPlanModeResponse {
  /**
   * Whether the plan was approved.
   */
  approved: boolean;
  /**
   * The action the user selected. Defaults to 'autopilot' when autoApproveEdits is true, otherwise 'interactive'.
   */
  selectedAction?: UIExitPlanModeAction;
  /**
   * Whether subsequent edits should be auto-approved without confirmation.
   */
  autoApproveEdits?: boolean;
  /**
   * Feedback from the user when they declined the plan or requested changes.
   */
  feedback?: string;
  /**
   * When true, the agent is instructed to end its turn without starting implementation so the client can restore the session model and auto-submit a fresh implementation turn on it. Set only when a distinct plan configuration (a different model, reasoning effort, or context tier) actually ran the planning turn.
   */
  deferImplementation?: boolean;
}

/**
 * Indicates whether the pending UI request was resolved by this call.
 */
export interface UIHandlePendingResult {
  /**
   * True if the request was still pending and was resolved by this call. False if the request ID was unknown, already resolved by another client (e.g. GitHub), expired, or otherwise no longer pending.
   */
  success: boolean;
}

/**
 * Optional sampling result payload. Omit to reject/cancel the sampling request without providing a result.
 */
export interface UIHandlePendingSamplingResponse {
  /** Entries, by key. */
  [k: string]: unknown;
}

/**
 * Register an in-process handler for `auto_mode_switch.requested` events. The caller still attaches the actual listener via the standard event-subscription mechanism; this registration solely tells the server bridge to skip its own dispatch (so a remote client doesn't race the in-process handler for the same requestId).
 */
export interface UIRegisterDirectAutoModeSwitchHandlerResult {
  /**
   * Opaque handle representing the registration. Pass this same handle to `unregisterDirectAutoModeSwitchHandler` when the in-process handler is no longer active. Multiple registrations are reference-counted; the server bridge will only dispatch auto-mode-switch requests when no handles are active.
   */
  handle: string;
}

/**
 * The user's selected action for an exhausted session limit.
 */
export interface UISessionLimitsExhaustedResponse {
  /**
   * Action selected by the user.
   */
  action: UISessionLimitsExhaustedResponseAction;
  /**
   * AI Credits to add to the current max when action is 'add'.
   */
  additionalAiCredits?: number;
  /**
   * New absolute max AI Credits when action is 'set'.
   */
  maxAiCredits?: number;
}

/**
 * User action selected for an exhausted session limit.
 */
export type UISessionLimitsExhaustedResponseAction = "add" | "set" | "unset" | "cancel";

/**
 * Indicates whether the handle was active and the registration count was decremented.
 */
export interface UIUnregisterDirectAutoModeSwitchHandlerResult {
  /**
   * True if the handle was active and decremented the counter; false if the handle was unknown.
   */
  unregistered: boolean;
}

/**
 * User response for a pending user-input request, with answer text and whether it was typed freeform.
 */
export interface UIUserInputResponse {
  /**
   * The user's answer text
   */
  answer: string;
  /**
   * True if the user typed a freeform response, false if they selected a presented choice. Used by telemetry to differentiate between free text input and choice selection.
   */
  wasFreeform: boolean;
}

/**
 * Accumulated session usage metrics, including premium request cost, token counts, model breakdown, and code-change totals.
 */
export interface UsageGetMetricsResult {
  /**
   * Total user-initiated premium request cost across all models (may be fractional due to multipliers)
   */
  totalPremiumRequestCost: number;
  /**
   * Raw count of user-initiated API requests
   */
  totalUserRequests: number;
  /**
   * Session-wide accumulated nano-AI units cost
   */
  totalNanoAiu?: number;
  /**
   * Session-wide per-token-type accumulated token counts
   */
  tokenDetails?: {
    /**
     * Session-wide token-detail entry containing the accumulated token count for one token type.
     */
    [k: string]: UsageMetricsTokenDetail;
  };
  /**
   * Total time spent in model API calls (milliseconds)
   */
  totalApiDurationMs: number;
  /**
   * ISO 8601 timestamp when the session started
   */
  sessionStartTime: string;
  /**
   * Aggregated code change metrics
   */
  codeChanges: UsageMetricsCodeChanges;
  /**
   * Per-model token and request metrics, keyed by model identifier
   */
  modelMetrics: {
    /**
     * Per-model usage metrics, including request counts/costs, token usage, nano-AI units, and per-token-type details.
     */
    [k: string]: UsageMetricsModelMetric;
  };
  /**
   * Per-agent usage metrics, keyed by agent instance identifier. The main conversation uses the stable key `main`.
   */
  agentMetrics?: {
    /**
     * Usage attributed to one agent instance, including its identity, API duration, AI units, and per-model breakdown.
     */
    [k: string]: UsageMetricsAgentMetric;
  };
  /**
   * Currently active model identifier
   */
  currentModel?: string;
  /**
   * Input tokens from the most recent main-agent API call
   */
  lastCallInputTokens: number;
  /**
   * Output tokens from the most recent main-agent API call
   */
  lastCallOutputTokens: number;
}

/**
 * Usage attributed to one agent instance, including its identity, API duration, AI units, and per-model breakdown.
 */
export interface UsageMetricsAgentMetric {
  /**
   * Configured agent name, when this is a subagent
   */
  agentName?: string;
  /**
   * Human-readable label for this subagent invocation, copied from the originating `subagent.started` event. For task-tool subagents this is the invocation's task description rather than the agent's configured display name, so group by `agentName` for stable per-agent labels.
   */
  agentDisplayName?: string;
  /**
   * Time spent in model API calls by this agent, in milliseconds
   */
  totalApiDurationMs: number;
  /**
   * Accumulated nano-AI units cost for this agent
   */
  totalNanoAiu: number;
  /**
   * Per-model usage for this agent, keyed by model identifier
   */
  modelMetrics: {
    /**
     * Per-model usage metrics, including request counts/costs, token usage, nano-AI units, and per-token-type details.
     */
    [k: string]: UsageMetricsModelMetric;
  };
}

/**
 * Aggregated code change metrics
 */
export interface UsageMetricsCodeChanges {
  /**
   * Total lines of code added
   */
  linesAdded: number;
  /**
   * Total lines of code removed
   */
  linesRemoved: number;
  /**
   * Number of distinct files modified
   */
  filesModifiedCount: number;
  /**
   * Distinct file paths modified during the session
   */
  filesModified: string[];
}

/**
 * Per-model usage metrics, including request counts/costs, token usage, nano-AI units, and per-token-type details.
 */
export interface UsageMetricsModelMetric {
  /**
   * Request count and cost metrics for this model
   */
  requests: UsageMetricsModelMetricRequests;
  /**
   * Token usage metrics for this model
   */
  usage: UsageMetricsModelMetricUsage;
  /**
   * Latest known prompt-cache expiration for this model. A timestamp in the past indicates that the observed cache has expired.
   */
  cacheExpiresAt?: string;
  /**
   * Accumulated nano-AI units cost for this model
   */
  totalNanoAiu?: number;
  /**
   * Token count details per type
   */
  tokenDetails?: {
    /**
     * Per-model token-detail entry containing the accumulated token count for one token type.
     */
    [k: string]: UsageMetricsModelMetricTokenDetail;
  };
}

/**
 * Request count and cost metrics for this model
 */
export interface UsageMetricsModelMetricRequests {
  /**
   * Number of API requests made with this model
   */
  count: number;
  /**
   * User-initiated premium request cost (with multiplier applied)
   */
  cost: number;
}

/**
 * Per-model token-detail entry containing the accumulated token count for one token type.
 */
export interface UsageMetricsModelMetricTokenDetail {
  /**
   * Accumulated token count for this token type
   */
  tokenCount: number;
}

/**
 * Token usage metrics for this model
 */
export interface UsageMetricsModelMetricUsage {
  /**
   * Total input tokens consumed
   */
  inputTokens: number;
  /**
   * Total output tokens produced
   */
  outputTokens: number;
  /**
   * Total tokens read from prompt cache
   */
  cacheReadTokens: number;
  /**
   * Total tokens written to prompt cache
   */
  cacheWriteTokens: number;
  /**
   * Total output tokens used for reasoning
   */
  reasoningTokens?: number;
}

/**
 * Session-wide token-detail entry containing the accumulated token count for one token type.
 */
export interface UsageMetricsTokenDetail {
  /**
   * Accumulated token count for this token type
   */
  tokenCount: number;
}

/**
 * Authentication-info variant for OAuth user auth, with host and login; the token remains in the runtime secret store.
 */
export interface UserAuthInfo {
  /**
   * OAuth user authentication. The token itself is held in the runtime's secret token store (keyed by host+login) and is NOT carried in this struct.
   */
  type: "user";
  /**
   * Authentication host.
   */
  host: string;
  /**
   * OAuth user login.
   */
  login: string;
  /**
   * Snapshot of the authenticated user's Copilot subscription info, if known. Mirrors the GitHub API `/copilot_internal/v2/token` user response shape — the runtime trusts this verbatim and does not re-fetch when set.
   */
  copilotUser?: CopilotUserResponse;
}

/**
 * Result of a user-requested shell command.
 */
export interface UserRequestedShellCommandResult {
  /**
   * Tool call id emitted for the shell execution
   */
  toolCallId: string;
  /**
   * Whether the command completed successfully
   */
  success: boolean;
  /**
   * Captured command output
   */
  output: string;
  /**
   * Process exit code, when available
   */
  exitCode?: number | null;
  /**
   * Error output when the execution failed
   */
  error?: string;
}

/**
 * A single user setting's effective value alongside its default, so consumers can render settings left at their default.
 */
export interface UserSettingMetadata {
  /**
   * The effective value: the user's value if set, otherwise the default.
   */
  value: {
    [k: string]: unknown;
  };
  /**
   * The centrally-known default for this setting (null when no default is registered).
   */
  default: {
    [k: string]: unknown;
  };
  /**
   * True when the user has not set an explicit value for this setting (i.e. it is left at its default). Reflects whether the user has overridden the key, not whether the effective value happens to equal the default — a key explicitly set to a value identical to the default still reports false.
   */
  isDefault: boolean;
}

/**
 * Per-key metadata for every known user setting (settings.json overlaid with the legacy config.json, config.json wins), including settings left at their default. Excludes repository- and enterprise-managed overrides.
 */
export interface UserSettingsGetResult {
  /**
   * Every known user setting keyed by setting name, each with its effective value, default, and whether it is at the default.
   */
  settings: {
    /**
     * A single user setting's effective value alongside its default, so consumers can render settings left at their default.
     */
    [k: string]: UserSettingMetadata;
  };
}

/**
 * Partial user settings to write to settings.json. Each top-level key is written individually, replacing the existing value; a key whose value is null is removed.
 */
export interface UserSettingsSetRequest {
  /**
   * Partial user settings to write, as a free-form object keyed by setting name
   */
  settings: {
    [k: string]: unknown;
  };
}

/**
 * Outcome of writing user settings.
 */
export interface UserSettingsSetResult {
  /**
   * Top-level keys whose write landed in settings.json but is shadowed by a value still present in the legacy config.json (config.json wins on read). The write does not take effect until the legacy value is removed.
   */
  shadowedKeys: string[];
}

/**
 * Current sharing status and shareable GitHub URL for a session.
 */
export interface VisibilityGetResult {
  /**
   * Whether the session has been synced to Mission Control (i.e. has a GitHub task). When false, the session cannot be shared and `status`/`shareUrl` are absent.
   */
  synced: boolean;
  /**
   * Current sharing status. Absent when the session is not synced or the status could not be retrieved (e.g. the user is not authenticated).
   */
  status?: SessionVisibilityStatus;
  /**
   * Shareable GitHub URL for the session. Present when the session is synced and the URL can be resolved.
   */
  shareUrl?: string;
}

/**
 * Effective sharing status and shareable GitHub URL after updating session visibility.
 */
export interface VisibilitySetResult {
  /**
   * Whether the session has been synced to Mission Control (i.e. has a GitHub task). When false, the visibility change could not be applied and `status`/`shareUrl` are absent.
   */
  synced: boolean;
  /**
   * Effective sharing status after the update. May differ from the requested status for task types that are already visible to repository readers by default. Absent when the update could not be applied (e.g. the session is not synced or the user is not authenticated).
   */
  status?: SessionVisibilityStatus;
  /**
   * Shareable GitHub URL for the session. Present when the session is synced and the URL can be resolved.
   */
  shareUrl?: string;
}

/**
 * A single changed file and its unified diff.
 */
export interface WorkspaceDiffFileChange {
  /**
   * Path to the changed file, relative to the workspace root when the file lives under it. A file changed outside the workspace root keeps a `../`-relative path, or an absolute path when no relative path exists (for example a different Windows drive).
   */
  path: string;
  /**
   * Unified diff content for the file. Empty when the diff was truncated.
   */
  diff: string;
  /**
   * Type of change represented by this file diff.
   */
  changeType: WorkspaceDiffFileChangeType;
  /**
   * Original file path for renamed files.
   */
  oldPath?: string;
  /**
   * Whether the diff content was omitted because it exceeded the per-file size limit.
   */
  isTruncated?: boolean;
}

/**
 * Type of change represented by this file diff.
 */
export type WorkspaceDiffFileChangeType = "added" | "modified" | "deleted" | "renamed";

/**
 * Diff mode requested by the client.
 */
export type WorkspaceDiffMode = "unstaged" | "branch" | "session";

/**
 * Workspace diff result for the requested mode.
 */
export interface WorkspaceDiffResult {
  /**
   * Diff mode requested by the client.
   */
  requestedMode: WorkspaceDiffMode;
  /**
   * Effective mode used for the returned changes.
   */
  mode: WorkspaceDiffMode;
  /**
   * Changed files and their unified diffs.
   *
   * Items: A single changed file and its unified diff.
   */
  changes: WorkspaceDiffFileChange[];
  /**
   * Default branch used for a branch diff, when branch mode was requested.
   */
  baseBranch?: string;
  /**
   * Whether the requested diff fell back to unstaged changes, either because branch diff failed or session diff was unavailable.
   */
  isFallback: boolean;
  /**
   * Why the session diff could not be produced, when applicable. Set only when `session` mode was requested and `isFallback` is true, so a client can tell the permanent `file-change-tracking-disabled` apart from the transient `session-busy`, which the same request answers once the session settles. Never set for `unstaged` or `branch` mode, and never `unsupported-remote-session`: a remote session's captures live on its own host, so a `session`-mode diff is rejected for one rather than answered with a controller-side fallback.
   */
  unavailableReason?: HistoryRewindUnavailableReason;
}

/**
 * Public-facing workspace metadata for this session, or null if the session has no associated workspace. Excludes runtime-internal fields (GitHub IDs, summary count, internal flags).
 */
export type WorkspaceSummary = {
  /**
   * Workspace identifier (1:1 with sessionId)
   */
  id: string;
  /**
   * Current working directory at session start
   */
  cwd?: string;
  /**
   * Resolved git root for cwd, if any
   */
  git_root?: string;
  /**
   * Repository identifier in 'owner/repo' or 'org/project/repo' format, if any
   */
  repository?: string;
  /**
   * Repository host type, if known
   */
  host_type?: WorkspaceSummaryHostType;
  /**
   * Branch checked out at session start, if any
   */
  branch?: string;
  /**
   * Display name for the session, if set
   */
  name?: string;
  /**
   * Whether the display name was explicitly set by the user
   */
  user_named?: boolean;
  /**
   * ISO 8601 timestamp when the workspace was created
   */
  created_at?: string;
  /**
   * ISO 8601 timestamp when the workspace was last updated
   */
  updated_at?: string;
} | null;

/**
 * Repository host type, if known
 */
export type WorkspaceSummaryHostType = "github" | "ado";

/**
 * Persisted summary metadata and refreshed workspace metadata.
 */
export interface WorkspacesAddSummaryResult {
  /**
   * Metadata for the persisted summary.
   */
  summary?: {
    [k: string]: unknown;
  };
  /**
   * Refreshed metadata for the containing workspace.
   */
  workspace?: {
    [k: string]: unknown;
  };
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Whether the autopilot objective file exists.
 */
export interface WorkspacesAutopilotObjectiveExistsResult {
  /**
   * True when the objective file exists.
   */
  exists: boolean;
}

/**
 * Workspace checkpoint metadata with assigned number, human-readable title, and checkpoint filename.
 */
export interface WorkspacesCheckpoints {
  /**
   * Checkpoint number assigned by the workspace manager
   */
  number: number;
  /**
   * Human-readable checkpoint title
   */
  title: string;
  /**
   * Filename of the checkpoint within the workspace checkpoints directory
   */
  filename: string;
}

/**
 * Result of deleting the autopilot objective file.
 */
export interface WorkspacesDeleteAutopilotObjectiveResult {
  /**
   * True when a file was deleted.
   */
  deleted: boolean;
}

/**
 * Current workspace metadata for the session, including its absolute filesystem path when available.
 */
export interface WorkspacesGetWorkspaceResult {
  /**
   * Current workspace metadata, or null if not available
   */
  workspace: {
    /**
     * Stable workspace identifier.
     */
    id: string;
    /**
     * Current working directory associated with the workspace.
     */
    cwd?: string;
    /**
     * Git repository root associated with the workspace.
     */
    git_root?: string;
    /**
     * Repository identifier associated with the workspace.
     */
    repository?: string;
    /**
     * Allowed values for the `WorkspacesWorkspaceDetailsHostType` enumeration.
     */
    host_type?: WorkspacesWorkspaceDetailsHostType;
    /**
     * Current Git branch.
     */
    branch?: string;
    /**
     * Workspace display name.
     */
    name?: string;
    /**
     * Name of the client that created the workspace.
     */
    client_name?: string;
    /**
     * Whether the workspace name was explicitly chosen by the user.
     */
    user_named?: boolean;
    /**
     * Number of persisted summaries in the workspace.
     */
    summary_count?: number;
    /**
     * Timestamp when the workspace was created.
     */
    created_at?: string;
    /**
     * Timestamp when the workspace was last updated.
     */
    updated_at?: string;
    /**
     * Whether the workspace session can be steered remotely.
     */
    remote_steerable?: boolean;
    /**
     * Mission Control task identifier associated with the workspace.
     */
    mc_task_id?: string;
    /**
     * Mission Control session identifier associated with the workspace.
     */
    mc_session_id?: string;
    /**
     * Most recent Mission Control event identifier observed for the workspace.
     */
    mc_last_event_id?: string;
    /**
     * Whether the per-session Chronicle upgrade prompt was dismissed for the workspace.
     */
    chronicle_sync_dismissed?: boolean;
  } | null;
  /**
   * Absolute filesystem path to the workspace directory. Omitted when the session has no workspace (e.g. remote sessions).
   */
  path?: string;
}

/**
 * Workspace checkpoints in chronological order; empty when the workspace is not enabled.
 */
export interface WorkspacesListCheckpointsResult {
  /**
   * Workspace checkpoints in chronological order. Empty when workspace is not enabled.
   *
   * Items: Workspace checkpoint metadata with assigned number, human-readable title, and checkpoint filename.
   */
  checkpoints: WorkspacesCheckpoints[];
}

/**
 * Relative paths of files stored in the session workspace files directory.
 */
export interface WorkspacesListFilesResult {
  /**
   * Slash-separated relative file paths in the workspace files directory
   */
  files: string[];
}

/**
 * Autopilot objective file content, or null when missing.
 */
export interface WorkspacesReadAutopilotObjectiveResult {
  /**
   * Autopilot objective file content, or null when missing.
   */
  content: string | null;
}

/**
 * Checkpoint content as a UTF-8 string, or null when the checkpoint or workspace is missing.
 */
export interface WorkspacesReadCheckpointResult {
  /**
   * Checkpoint content as a UTF-8 string, or null when the checkpoint or workspace is missing
   */
  content: string | null;
}

/**
 * Contents of the requested workspace file as a UTF-8 string.
 */
export interface WorkspacesReadFileResult {
  /**
   * File content as a UTF-8 string
   */
  content: string;
}

/**
 * Descriptor for the saved paste file, or null when the workspace is unavailable.
 */
export interface WorkspacesSaveLargePasteResult {
  /**
   * Saved-paste descriptor, or null when the workspace is unavailable (e.g. CCA runtime, non-infinite sessions, remote sessions)
   */
  saved: {
    /**
     * Absolute filesystem path to the saved paste file
     */
    filePath: string;
    /**
     * Filename within the workspace files directory
     */
    filename: string;
    /**
     * Size of the saved file in bytes
     */
    sizeBytes: number;
  } | null;
}

/**
 * Filesystem metadata for a path in the session workspace files directory.
 */
export interface WorkspacesStatFileResult {
  /**
   * Whether the path identifies a regular file
   */
  isFile: boolean;
  /**
   * Whether the path identifies a directory
   */
  isDirectory: boolean;
  /**
   * Size in bytes
   */
  size: number;
  /**
   * Last modification time in Unix epoch milliseconds
   */
  mtimeMs: number;
  /**
   * Creation time in Unix epoch milliseconds
   */
  birthtimeMs: number;
}

/**
 * Allowed values for the `WorkspacesWorkspaceDetailsHostType` enumeration.
 */
export type WorkspacesWorkspaceDetailsHostType = "github" | "ado";

/**
 * Result of writing the autopilot objective file.
 */
export interface WorkspacesWriteAutopilotObjectiveResult {
  /**
   * Filesystem operation performed.
   */
  operation: string;
}
