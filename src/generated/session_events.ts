// Generated from @github/copilot-sdk-linux-x64@1.0.14 schemas/session-events.schema.json
// by `deno run -A scripts/generate_types.ts`. Do not edit by hand: run the command again.

/**
 * Every event the CLI sends in a `session.event` notification, discriminated on `type`. A newer CLI may send types this union does not list.
 */
export type SessionEvent =
  | StartEvent
  | ResumeEvent
  | RemoteSteerableChangedEvent
  | ErrorEvent
  | IdleEvent
  | TitleChangedEvent
  | ScheduleCreatedEvent
  | ScheduleCancelledEvent
  | ScheduleRearmedEvent
  | AutopilotObjectiveChangedEvent
  | InfoEvent
  | WarningEvent
  | ModelChangeEvent
  | AutoTierRecommendationEvent
  | AutoTierSwitchFailedEvent
  | ModeChangedEvent
  | ModeNoticeDeliveredEvent
  | SessionLimitsChangedEvent
  | PermissionsChangedEvent
  | PlanChangedEvent
  | TodosChangedEvent
  | WorkspaceFileChangedEvent
  | HandoffEvent
  | TruncationEvent
  | SnapshotRewindEvent
  | ShutdownEvent
  | UsageCheckpointEvent
  | ContextChangedEvent
  | UsageInfoEvent
  | ContextClearedEvent
  | CompactionStartEvent
  | CompactionCompleteEvent
  | TaskCompleteEvent
  | CompletionReceiptEvent
  | FusionRouteStartedEvent
  | FusionRouteFailedEvent
  | FusionResolvedEvent
  | FusionCompletedEvent
  | UserMessageEvent
  | PendingMessagesModifiedEvent
  | AssistantTurnStartEvent
  | AssistantIntentEvent
  | AssistantFusionPhaseStartedEvent
  | AssistantFusionPhaseActivityEvent
  | AssistantFusionPhaseCompletedEvent
  | AssistantFusionPhaseFailedEvent
  | AssistantServerToolProgressEvent
  | AssistantReasoningEvent
  | AssistantReasoningDeltaEvent
  | AssistantToolCallDeltaEvent
  | AssistantStreamingDeltaEvent
  | AssistantMessageEvent
  | AssistantMessageStartEvent
  | AssistantMessageDeltaEvent
  | AssistantTurnEndEvent
  | AssistantIdleEvent
  | AssistantUsageEvent
  | ModelCallFailureEvent
  | ModelCallFinishedEvent
  | AbortEvent
  | ToolUserRequestedEvent
  | ToolExecutionStartEvent
  | ToolExecutionPartialResultEvent
  | ToolExecutionProgressEvent
  | ToolExecutionCompleteEvent
  | ToolSearchActivatedEvent
  | SkillInvokedEvent
  | SubagentStartedEvent
  | SubagentConfiguredEvent
  | SubagentCompletedEvent
  | SubagentFailedEvent
  | SubagentSelectedEvent
  | SubagentDeselectedEvent
  | HookStartEvent
  | HookEndEvent
  | HookProgressEvent
  | BinaryAssetEvent
  | SystemMessageEvent
  | SystemNotificationEvent
  | PermissionRequestedEvent
  | PermissionCompletedEvent
  | PermissionCarriedForwardEvent
  | PermissionMessageAuthorizationEvent
  | PermissionMessageAuthorizationReadEvent
  | PermissionMessageAuthorizationDegradedEvent
  | PermissionAssentDetectedEvent
  | PermissionContextualAuthorizationEvent
  | UserInputRequestedEvent
  | UserInputCompletedEvent
  | ElicitationRequestedEvent
  | ElicitationCompletedEvent
  | SamplingRequestedEvent
  | SamplingCompletedEvent
  | McpOauthRequiredEvent
  | McpOauthCompletedEvent
  | McpHeadersRefreshRequiredEvent
  | McpHeadersRefreshCompletedEvent
  | CustomNotificationEvent
  | UIEphemeralQueryEvent
  | ExternalToolRequestedEvent
  | ExternalToolCompletedEvent
  | CommandQueuedEvent
  | CommandExecuteEvent
  | CommandCompletedEvent
  | AutoModeSwitchRequestedEvent
  | AutoModeSwitchCompletedEvent
  | SessionLimitsExhaustedRequestedEvent
  | SessionLimitsExhaustedCompletedEvent
  | AutoModeResolvedEvent
  | ManagedSettingsResolvedEvent
  | ManagedSettingsEnforcedEvent
  | CommandsChangedEvent
  | CapabilitiesChangedEvent
  | ExitPlanModeRequestedEvent
  | ExitPlanModeCompletedEvent
  | ToolsUpdatedEvent
  | BackgroundTasksChangedEvent
  | FactoryRunUpdatedEvent
  | FactoryRunStartedEvent
  | FactoryRunSettledEvent
  | SkillsLoadedEvent
  | CustomAgentsUpdatedEvent
  | McpServersLoadedEvent
  | McpServerStatusChangedEvent
  | McpServerRemovedEvent
  | McpServerNeedsReconnectEvent
  | McpToolsListChangedEvent
  | McpResourcesListChangedEvent
  | McpPromptsListChangedEvent
  | ExtensionsLoadedEvent
  | CanvasOpenedEvent
  | CanvasRegistryChangedEvent
  | CanvasClosedEvent
  | CanvasUnavailableEvent
  | CanvasRecordedEvent
  | CanvasRemovedEvent
  | ExtensionsAttachmentsPushedEvent
  | McpAppToolCallCompleteEvent;

/**
 * The `type` of every known event.
 */
export type SessionEventType = SessionEvent["type"];

/**
 * The `data` payload of each event type.
 */
export interface SessionEventDataMap {
  /**
   * The `data` of {@linkcode StartEvent} (`session.start`).
   */
  "session.start": StartData;
  /**
   * The `data` of {@linkcode ResumeEvent} (`session.resume`).
   */
  "session.resume": ResumeData;
  /**
   * The `data` of {@linkcode RemoteSteerableChangedEvent} (`session.remote_steerable_changed`).
   */
  "session.remote_steerable_changed": RemoteSteerableChangedData;
  /**
   * The `data` of {@linkcode ErrorEvent} (`session.error`).
   */
  "session.error": ErrorData;
  /**
   * The `data` of {@linkcode IdleEvent} (`session.idle`).
   */
  "session.idle": IdleData;
  /**
   * The `data` of {@linkcode TitleChangedEvent} (`session.title_changed`).
   */
  "session.title_changed": TitleChangedData;
  /**
   * The `data` of {@linkcode ScheduleCreatedEvent} (`session.schedule_created`).
   */
  "session.schedule_created": ScheduleCreatedData;
  /**
   * The `data` of {@linkcode ScheduleCancelledEvent} (`session.schedule_cancelled`).
   */
  "session.schedule_cancelled": ScheduleCancelledData;
  /**
   * The `data` of {@linkcode ScheduleRearmedEvent} (`session.schedule_rearmed`).
   */
  "session.schedule_rearmed": ScheduleRearmedData;
  /**
   * The `data` of {@linkcode AutopilotObjectiveChangedEvent} (`session.autopilot_objective_changed`).
   */
  "session.autopilot_objective_changed": AutopilotObjectiveChangedData;
  /**
   * The `data` of {@linkcode InfoEvent} (`session.info`).
   */
  "session.info": InfoData;
  /**
   * The `data` of {@linkcode WarningEvent} (`session.warning`).
   */
  "session.warning": WarningData;
  /**
   * The `data` of {@linkcode ModelChangeEvent} (`session.model_change`).
   */
  "session.model_change": ModelChangeData;
  /**
   * The `data` of {@linkcode AutoTierRecommendationEvent} (`session.auto_tier_recommendation`).
   */
  "session.auto_tier_recommendation": AutoTierRecommendationData;
  /**
   * The `data` of {@linkcode AutoTierSwitchFailedEvent} (`session.auto_tier_switch_failed`).
   */
  "session.auto_tier_switch_failed": AutoTierSwitchFailedData;
  /**
   * The `data` of {@linkcode ModeChangedEvent} (`session.mode_changed`).
   */
  "session.mode_changed": ModeChangedData;
  /**
   * The `data` of {@linkcode ModeNoticeDeliveredEvent} (`session.mode_notice_delivered`).
   */
  "session.mode_notice_delivered": ModeNoticeDeliveredData;
  /**
   * The `data` of {@linkcode SessionLimitsChangedEvent} (`session.session_limits_changed`).
   */
  "session.session_limits_changed": SessionLimitsChangedData;
  /**
   * The `data` of {@linkcode PermissionsChangedEvent} (`session.permissions_changed`).
   */
  "session.permissions_changed": PermissionsChangedData;
  /**
   * The `data` of {@linkcode PlanChangedEvent} (`session.plan_changed`).
   */
  "session.plan_changed": PlanChangedData;
  /**
   * The `data` of {@linkcode TodosChangedEvent} (`session.todos_changed`).
   */
  "session.todos_changed": TodosChangedData;
  /**
   * The `data` of {@linkcode WorkspaceFileChangedEvent} (`session.workspace_file_changed`).
   */
  "session.workspace_file_changed": WorkspaceFileChangedData;
  /**
   * The `data` of {@linkcode HandoffEvent} (`session.handoff`).
   */
  "session.handoff": HandoffData;
  /**
   * The `data` of {@linkcode TruncationEvent} (`session.truncation`).
   */
  "session.truncation": TruncationData;
  /**
   * The `data` of {@linkcode SnapshotRewindEvent} (`session.snapshot_rewind`).
   */
  "session.snapshot_rewind": SnapshotRewindData;
  /**
   * The `data` of {@linkcode ShutdownEvent} (`session.shutdown`).
   */
  "session.shutdown": ShutdownData;
  /**
   * The `data` of {@linkcode UsageCheckpointEvent} (`session.usage_checkpoint`).
   */
  "session.usage_checkpoint": UsageCheckpointData;
  /**
   * The `data` of {@linkcode ContextChangedEvent} (`session.context_changed`).
   */
  "session.context_changed": WorkingDirectoryContext;
  /**
   * The `data` of {@linkcode UsageInfoEvent} (`session.usage_info`).
   */
  "session.usage_info": UsageInfoData;
  /**
   * The `data` of {@linkcode ContextClearedEvent} (`session.context_cleared`).
   */
  "session.context_cleared": ContextClearedData;
  /**
   * The `data` of {@linkcode CompactionStartEvent} (`session.compaction_start`).
   */
  "session.compaction_start": CompactionStartData;
  /**
   * The `data` of {@linkcode CompactionCompleteEvent} (`session.compaction_complete`).
   */
  "session.compaction_complete": CompactionCompleteData;
  /**
   * The `data` of {@linkcode TaskCompleteEvent} (`session.task_complete`).
   */
  "session.task_complete": TaskCompleteData;
  /**
   * The `data` of {@linkcode CompletionReceiptEvent} (`session.completion_receipt`).
   */
  "session.completion_receipt": CompletionReceiptData;
  /**
   * The `data` of {@linkcode FusionRouteStartedEvent} (`session.fusion_route_started`).
   */
  "session.fusion_route_started": FusionRouteStartedData;
  /**
   * The `data` of {@linkcode FusionRouteFailedEvent} (`session.fusion_route_failed`).
   */
  "session.fusion_route_failed": FusionRouteFailedData;
  /**
   * The `data` of {@linkcode FusionResolvedEvent} (`session.fusion_resolved`).
   */
  "session.fusion_resolved": FusionResolvedData;
  /**
   * The `data` of {@linkcode FusionCompletedEvent} (`session.fusion_completed`).
   */
  "session.fusion_completed": FusionCompletedData;
  /**
   * The `data` of {@linkcode UserMessageEvent} (`user.message`).
   */
  "user.message": UserMessageData;
  /**
   * The `data` of {@linkcode PendingMessagesModifiedEvent} (`pending_messages.modified`).
   */
  "pending_messages.modified": PendingMessagesModifiedData;
  /**
   * The `data` of {@linkcode AssistantTurnStartEvent} (`assistant.turn_start`).
   */
  "assistant.turn_start": AssistantTurnStartData;
  /**
   * The `data` of {@linkcode AssistantIntentEvent} (`assistant.intent`).
   */
  "assistant.intent": AssistantIntentData;
  /**
   * The `data` of {@linkcode AssistantFusionPhaseStartedEvent} (`assistant.fusion_phase_started`).
   */
  "assistant.fusion_phase_started": FusionPhaseStartedData;
  /**
   * The `data` of {@linkcode AssistantFusionPhaseActivityEvent} (`assistant.fusion_phase_activity`).
   */
  "assistant.fusion_phase_activity": FusionPhaseActivityData;
  /**
   * The `data` of {@linkcode AssistantFusionPhaseCompletedEvent} (`assistant.fusion_phase_completed`).
   */
  "assistant.fusion_phase_completed": FusionPhaseCompletedData;
  /**
   * The `data` of {@linkcode AssistantFusionPhaseFailedEvent} (`assistant.fusion_phase_failed`).
   */
  "assistant.fusion_phase_failed": FusionPhaseFailedData;
  /**
   * The `data` of {@linkcode AssistantServerToolProgressEvent} (`assistant.server_tool_progress`).
   */
  "assistant.server_tool_progress": AssistantServerToolProgressData;
  /**
   * The `data` of {@linkcode AssistantReasoningEvent} (`assistant.reasoning`).
   */
  "assistant.reasoning": AssistantReasoningData;
  /**
   * The `data` of {@linkcode AssistantReasoningDeltaEvent} (`assistant.reasoning_delta`).
   */
  "assistant.reasoning_delta": AssistantReasoningDeltaData;
  /**
   * The `data` of {@linkcode AssistantToolCallDeltaEvent} (`assistant.tool_call_delta`).
   */
  "assistant.tool_call_delta": AssistantToolCallDeltaData;
  /**
   * The `data` of {@linkcode AssistantStreamingDeltaEvent} (`assistant.streaming_delta`).
   */
  "assistant.streaming_delta": AssistantStreamingDeltaData;
  /**
   * The `data` of {@linkcode AssistantMessageEvent} (`assistant.message`).
   */
  "assistant.message": AssistantMessageData;
  /**
   * The `data` of {@linkcode AssistantMessageStartEvent} (`assistant.message_start`).
   */
  "assistant.message_start": AssistantMessageStartData;
  /**
   * The `data` of {@linkcode AssistantMessageDeltaEvent} (`assistant.message_delta`).
   */
  "assistant.message_delta": AssistantMessageDeltaData;
  /**
   * The `data` of {@linkcode AssistantTurnEndEvent} (`assistant.turn_end`).
   */
  "assistant.turn_end": AssistantTurnEndData;
  /**
   * The `data` of {@linkcode AssistantIdleEvent} (`assistant.idle`).
   */
  "assistant.idle": AssistantIdleData;
  /**
   * The `data` of {@linkcode AssistantUsageEvent} (`assistant.usage`).
   */
  "assistant.usage": AssistantUsageData;
  /**
   * The `data` of {@linkcode ModelCallFailureEvent} (`model.call_failure`).
   */
  "model.call_failure": ModelCallFailureData;
  /**
   * The `data` of {@linkcode ModelCallFinishedEvent} (`model.call_finished`).
   */
  "model.call_finished": ModelCallFinishedData;
  /**
   * The `data` of {@linkcode AbortEvent} (`abort`).
   */
  abort: AbortData;
  /**
   * The `data` of {@linkcode ToolUserRequestedEvent} (`tool.user_requested`).
   */
  "tool.user_requested": ToolUserRequestedData;
  /**
   * The `data` of {@linkcode ToolExecutionStartEvent} (`tool.execution_start`).
   */
  "tool.execution_start": ToolExecutionStartData;
  /**
   * The `data` of {@linkcode ToolExecutionPartialResultEvent} (`tool.execution_partial_result`).
   */
  "tool.execution_partial_result": ToolExecutionPartialData;
  /**
   * The `data` of {@linkcode ToolExecutionProgressEvent} (`tool.execution_progress`).
   */
  "tool.execution_progress": ToolExecutionProgressData;
  /**
   * The `data` of {@linkcode ToolExecutionCompleteEvent} (`tool.execution_complete`).
   */
  "tool.execution_complete": ToolExecutionCompleteData;
  /**
   * The `data` of {@linkcode ToolSearchActivatedEvent} (`tool_search.activated`).
   */
  "tool_search.activated": ToolSearchActivatedData;
  /**
   * The `data` of {@linkcode SkillInvokedEvent} (`skill.invoked`).
   */
  "skill.invoked": SkillInvokedData;
  /**
   * The `data` of {@linkcode SubagentStartedEvent} (`subagent.started`).
   */
  "subagent.started": SubagentStartedData;
  /**
   * The `data` of {@linkcode SubagentConfiguredEvent} (`subagent.configured`).
   */
  "subagent.configured": SubagentConfiguredData;
  /**
   * The `data` of {@linkcode SubagentCompletedEvent} (`subagent.completed`).
   */
  "subagent.completed": SubagentCompletedData;
  /**
   * The `data` of {@linkcode SubagentFailedEvent} (`subagent.failed`).
   */
  "subagent.failed": SubagentFailedData;
  /**
   * The `data` of {@linkcode SubagentSelectedEvent} (`subagent.selected`).
   */
  "subagent.selected": SubagentSelectedData;
  /**
   * The `data` of {@linkcode SubagentDeselectedEvent} (`subagent.deselected`).
   */
  "subagent.deselected": SubagentDeselectedData;
  /**
   * The `data` of {@linkcode HookStartEvent} (`hook.start`).
   */
  "hook.start": HookStartData;
  /**
   * The `data` of {@linkcode HookEndEvent} (`hook.end`).
   */
  "hook.end": HookEndData;
  /**
   * The `data` of {@linkcode HookProgressEvent} (`hook.progress`).
   */
  "hook.progress": HookProgressData;
  /**
   * The `data` of {@linkcode BinaryAssetEvent} (`session.binary_asset`).
   */
  "session.binary_asset": BinaryAssetData;
  /**
   * The `data` of {@linkcode SystemMessageEvent} (`system.message`).
   */
  "system.message": SystemMessageData;
  /**
   * The `data` of {@linkcode SystemNotificationEvent} (`system.notification`).
   */
  "system.notification": SystemNotificationData;
  /**
   * The `data` of {@linkcode PermissionRequestedEvent} (`permission.requested`).
   */
  "permission.requested": PermissionRequestedData;
  /**
   * The `data` of {@linkcode PermissionCompletedEvent} (`permission.completed`).
   */
  "permission.completed": PermissionCompletedData;
  /**
   * The `data` of {@linkcode PermissionCarriedForwardEvent} (`permission.carriedForward`).
   */
  "permission.carriedForward": PermissionCarriedForwardData;
  /**
   * The `data` of {@linkcode PermissionMessageAuthorizationEvent} (`permission.messageAuthorization`).
   */
  "permission.messageAuthorization": PermissionMessageAuthorizationData;
  /**
   * The `data` of {@linkcode PermissionMessageAuthorizationReadEvent} (`permission.messageAuthorizationRead`).
   */
  "permission.messageAuthorizationRead": PermissionMessageAuthorizationReadData;
  /**
   * The `data` of {@linkcode PermissionMessageAuthorizationDegradedEvent} (`permission.messageAuthorizationDegraded`).
   */
  "permission.messageAuthorizationDegraded": PermissionMessageAuthorizationDegradedData;
  /**
   * The `data` of {@linkcode PermissionAssentDetectedEvent} (`permission.assentDetected`).
   */
  "permission.assentDetected": PermissionAssentDetectedData;
  /**
   * The `data` of {@linkcode PermissionContextualAuthorizationEvent} (`permission.contextualAuthorization`).
   */
  "permission.contextualAuthorization": PermissionContextualAuthorizationData;
  /**
   * The `data` of {@linkcode UserInputRequestedEvent} (`user_input.requested`).
   */
  "user_input.requested": UserInputRequestedData;
  /**
   * The `data` of {@linkcode UserInputCompletedEvent} (`user_input.completed`).
   */
  "user_input.completed": UserInputCompletedData;
  /**
   * The `data` of {@linkcode ElicitationRequestedEvent} (`elicitation.requested`).
   */
  "elicitation.requested": ElicitationRequestedData;
  /**
   * The `data` of {@linkcode ElicitationCompletedEvent} (`elicitation.completed`).
   */
  "elicitation.completed": ElicitationCompletedData;
  /**
   * The `data` of {@linkcode SamplingRequestedEvent} (`sampling.requested`).
   */
  "sampling.requested": SamplingRequestedData;
  /**
   * The `data` of {@linkcode SamplingCompletedEvent} (`sampling.completed`).
   */
  "sampling.completed": SamplingCompletedData;
  /**
   * The `data` of {@linkcode McpOauthRequiredEvent} (`mcp.oauth_required`).
   */
  "mcp.oauth_required": McpOauthRequiredData;
  /**
   * The `data` of {@linkcode McpOauthCompletedEvent} (`mcp.oauth_completed`).
   */
  "mcp.oauth_completed": McpOauthCompletedData;
  /**
   * The `data` of {@linkcode McpHeadersRefreshRequiredEvent} (`mcp.headers_refresh_required`).
   */
  "mcp.headers_refresh_required": McpHeadersRefreshRequiredData;
  /**
   * The `data` of {@linkcode McpHeadersRefreshCompletedEvent} (`mcp.headers_refresh_completed`).
   */
  "mcp.headers_refresh_completed": McpHeadersRefreshCompletedData;
  /**
   * The `data` of {@linkcode CustomNotificationEvent} (`session.custom_notification`).
   */
  "session.custom_notification": CustomNotificationData;
  /**
   * The `data` of {@linkcode UIEphemeralQueryEvent} (`ui.ephemeral_query`).
   */
  "ui.ephemeral_query": UIEphemeralQueryData;
  /**
   * The `data` of {@linkcode ExternalToolRequestedEvent} (`external_tool.requested`).
   */
  "external_tool.requested": ExternalToolRequestedData;
  /**
   * The `data` of {@linkcode ExternalToolCompletedEvent} (`external_tool.completed`).
   */
  "external_tool.completed": ExternalToolCompletedData;
  /**
   * The `data` of {@linkcode CommandQueuedEvent} (`command.queued`).
   */
  "command.queued": CommandQueuedData;
  /**
   * The `data` of {@linkcode CommandExecuteEvent} (`command.execute`).
   */
  "command.execute": CommandExecuteData;
  /**
   * The `data` of {@linkcode CommandCompletedEvent} (`command.completed`).
   */
  "command.completed": CommandCompletedData;
  /**
   * The `data` of {@linkcode AutoModeSwitchRequestedEvent} (`auto_mode_switch.requested`).
   */
  "auto_mode_switch.requested": AutoModeSwitchRequestedData;
  /**
   * The `data` of {@linkcode AutoModeSwitchCompletedEvent} (`auto_mode_switch.completed`).
   */
  "auto_mode_switch.completed": AutoModeSwitchCompletedData;
  /**
   * The `data` of {@linkcode SessionLimitsExhaustedRequestedEvent} (`session_limits_exhausted.requested`).
   */
  "session_limits_exhausted.requested": SessionLimitsExhaustedRequestedData;
  /**
   * The `data` of {@linkcode SessionLimitsExhaustedCompletedEvent} (`session_limits_exhausted.completed`).
   */
  "session_limits_exhausted.completed": SessionLimitsExhaustedCompletedData;
  /**
   * The `data` of {@linkcode AutoModeResolvedEvent} (`session.auto_mode_resolved`).
   */
  "session.auto_mode_resolved": AutoModeResolvedData;
  /**
   * The `data` of {@linkcode ManagedSettingsResolvedEvent} (`session.managed_settings_resolved`).
   */
  "session.managed_settings_resolved": ManagedSettingsResolvedData;
  /**
   * The `data` of {@linkcode ManagedSettingsEnforcedEvent} (`session.managed_settings_enforced`).
   */
  "session.managed_settings_enforced": ManagedSettingsEnforcedData;
  /**
   * The `data` of {@linkcode CommandsChangedEvent} (`commands.changed`).
   */
  "commands.changed": CommandsChangedData;
  /**
   * The `data` of {@linkcode CapabilitiesChangedEvent} (`capabilities.changed`).
   */
  "capabilities.changed": CapabilitiesChangedData;
  /**
   * The `data` of {@linkcode ExitPlanModeRequestedEvent} (`exit_plan_mode.requested`).
   */
  "exit_plan_mode.requested": ExitPlanModeRequestedData;
  /**
   * The `data` of {@linkcode ExitPlanModeCompletedEvent} (`exit_plan_mode.completed`).
   */
  "exit_plan_mode.completed": ExitPlanModeCompletedData;
  /**
   * The `data` of {@linkcode ToolsUpdatedEvent} (`session.tools_updated`).
   */
  "session.tools_updated": ToolsUpdatedData;
  /**
   * The `data` of {@linkcode BackgroundTasksChangedEvent} (`session.background_tasks_changed`).
   */
  "session.background_tasks_changed": BackgroundTasksChangedData;
  /**
   * The `data` of {@linkcode FactoryRunUpdatedEvent} (`factory.run_updated`).
   */
  "factory.run_updated": FactoryRunUpdatedData;
  /**
   * The `data` of {@linkcode FactoryRunStartedEvent} (`factory.run_started`).
   */
  "factory.run_started": FactoryRunStartedData;
  /**
   * The `data` of {@linkcode FactoryRunSettledEvent} (`factory.run_settled`).
   */
  "factory.run_settled": FactoryRunSettledData;
  /**
   * The `data` of {@linkcode SkillsLoadedEvent} (`session.skills_loaded`).
   */
  "session.skills_loaded": SkillsLoadedData;
  /**
   * The `data` of {@linkcode CustomAgentsUpdatedEvent} (`session.custom_agents_updated`).
   */
  "session.custom_agents_updated": CustomAgentsUpdatedData;
  /**
   * The `data` of {@linkcode McpServersLoadedEvent} (`session.mcp_servers_loaded`).
   */
  "session.mcp_servers_loaded": McpServersLoadedData;
  /**
   * The `data` of {@linkcode McpServerStatusChangedEvent} (`session.mcp_server_status_changed`).
   */
  "session.mcp_server_status_changed": McpServerStatusChangedData;
  /**
   * The `data` of {@linkcode McpServerRemovedEvent} (`session.mcp_server_removed`).
   */
  "session.mcp_server_removed": McpServerRemovedData;
  /**
   * The `data` of {@linkcode McpServerNeedsReconnectEvent} (`session.mcp_server_needs_reconnect`).
   */
  "session.mcp_server_needs_reconnect": McpServerNeedsReconnectData;
  /**
   * The `data` of {@linkcode McpToolsListChangedEvent} (`mcp.tools.list_changed`).
   */
  "mcp.tools.list_changed": McpListChangedData;
  /**
   * The `data` of {@linkcode McpResourcesListChangedEvent} (`mcp.resources.list_changed`).
   */
  "mcp.resources.list_changed": McpListChangedData;
  /**
   * The `data` of {@linkcode McpPromptsListChangedEvent} (`mcp.prompts.list_changed`).
   */
  "mcp.prompts.list_changed": McpListChangedData;
  /**
   * The `data` of {@linkcode ExtensionsLoadedEvent} (`session.extensions_loaded`).
   */
  "session.extensions_loaded": ExtensionsLoadedData;
  /**
   * The `data` of {@linkcode CanvasOpenedEvent} (`session.canvas.opened`).
   */
  "session.canvas.opened": CanvasOpenedData;
  /**
   * The `data` of {@linkcode CanvasRegistryChangedEvent} (`session.canvas.registry_changed`).
   */
  "session.canvas.registry_changed": CanvasRegistryChangedData;
  /**
   * The `data` of {@linkcode CanvasClosedEvent} (`session.canvas.closed`).
   */
  "session.canvas.closed": CanvasClosedData;
  /**
   * The `data` of {@linkcode CanvasUnavailableEvent} (`session.canvas.unavailable`).
   */
  "session.canvas.unavailable": CanvasUnavailableData;
  /**
   * The `data` of {@linkcode CanvasRecordedEvent} (`session.canvas.recorded`).
   */
  "session.canvas.recorded": CanvasRecordedData;
  /**
   * The `data` of {@linkcode CanvasRemovedEvent} (`session.canvas.removed`).
   */
  "session.canvas.removed": CanvasRemovedData;
  /**
   * The `data` of {@linkcode ExtensionsAttachmentsPushedEvent} (`session.extensions.attachments_pushed`).
   */
  "session.extensions.attachments_pushed": ExtensionsAttachmentsPushedData;
  /**
   * The `data` of {@linkcode McpAppToolCallCompleteEvent} (`mcp_app.tool_call_complete`).
   */
  "mcp_app.tool_call_complete": McpAppToolCallCompleteData;
}

/**
 * Turn abort information including the reason for termination
 */
export interface AbortData {
  /**
   * Finite reason code describing why the current turn was aborted
   */
  reason: AbortReason;
}

/**
 * Session event "abort". Turn abort information including the reason for termination
 */
export interface AbortEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "abort".
   */
  type: "abort";
  /**
   * Turn abort information including the reason for termination
   */
  data: AbortData;
}

/**
 * Finite reason code describing why the current turn was aborted
 */
export type AbortReason =
  | "user_initiated"
  | "remote_command"
  | "user_abort"
  | "autopilot_credit_limit";

/**
 * Whether configured models are advisory preferences or required constraints
 */
export type AgentModelPolicy = "preferred" | "required";

/**
 * Session event "assistant.fusion_phase_activity". Experimental content-safe activity signal for a running HydraFusion phase.
 */
export interface AssistantFusionPhaseActivityEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.fusion_phase_activity".
   */
  type: "assistant.fusion_phase_activity";
  /**
   * Experimental content-safe activity signal for a running HydraFusion phase.
   */
  data: FusionPhaseActivityData;
}

/**
 * Session event "assistant.fusion_phase_completed". Experimental durable HydraFusion phase output and lossless replay checkpoint.
 */
export interface AssistantFusionPhaseCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.fusion_phase_completed".
   */
  type: "assistant.fusion_phase_completed";
  /**
   * Experimental durable HydraFusion phase output and lossless replay checkpoint.
   */
  data: FusionPhaseCompletedData;
}

/**
 * Session event "assistant.fusion_phase_failed". Experimental durable typed HydraFusion phase failure and degradation transition.
 */
export interface AssistantFusionPhaseFailedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.fusion_phase_failed".
   */
  type: "assistant.fusion_phase_failed";
  /**
   * Experimental durable typed HydraFusion phase failure and degradation transition.
   */
  data: FusionPhaseFailedData;
}

/**
 * Session event "assistant.fusion_phase_started". Experimental transient HydraFusion phase/model/role signal.
 */
export interface AssistantFusionPhaseStartedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.fusion_phase_started".
   */
  type: "assistant.fusion_phase_started";
  /**
   * Experimental transient HydraFusion phase/model/role signal.
   */
  data: FusionPhaseStartedData;
}

/**
 * Payload emitted whenever the main agent's processing loop goes idle, including while related background work (running agents or in-flight attached shell commands) is still pending and the session-level idle event is therefore deferred
 */
export interface AssistantIdleData {
  /**
   * True when the preceding agentic loop was cancelled via abort signal
   */
  aborted?: boolean;
}

/**
 * Session event "assistant.idle". Payload emitted whenever the main agent's processing loop goes idle, including while related background work (running agents or in-flight attached shell commands) is still pending and the session-level idle event is therefore deferred
 */
export interface AssistantIdleEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.idle".
   */
  type: "assistant.idle";
  /**
   * Payload emitted whenever the main agent's processing loop goes idle, including while related background work (running agents or in-flight attached shell commands) is still pending and the session-level idle event is therefore deferred
   */
  data: AssistantIdleData;
}

/**
 * Agent intent description for current activity or plan
 */
export interface AssistantIntentData {
  /**
   * Short description of what the agent is currently doing or planning to do
   */
  intent: string;
}

/**
 * Session event "assistant.intent". Agent intent description for current activity or plan
 */
export interface AssistantIntentEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.intent".
   */
  type: "assistant.intent";
  /**
   * Agent intent description for current activity or plan
   */
  data: AssistantIntentData;
}

/**
 * Assistant response containing text content, optional tool requests, and interaction metadata
 */
export interface AssistantMessageData {
  /**
   * Unique identifier for this assistant message
   */
  messageId: string;
  /**
   * Logical ID of the primary user message that initiated this run, matching the messageId returned by session.send (or the last messageId of session.sendMessages). Stable across model/tool iterations, steering messages, and stop-hook corrections. Subagent runs use their own initiating message ID, not the parent's. Absent for runs without an associated initiating message, such as empty batches.
   */
  originatingMessageId?: string;
  /**
   * Model that produced this assistant message, if known
   */
  model?: string;
  /**
   * The assistant's text response content
   */
  content: string;
  /**
   * Tool invocations requested by the assistant in this message
   *
   * Items: A tool invocation request from the assistant
   */
  toolRequests?: AssistantMessageToolRequest[];
  /**
   * Opaque/encrypted extended thinking data from Anthropic models. Session-bound and stripped on resume.
   */
  reasoningOpaque?: string;
  /**
   * Readable reasoning text from the model's extended thinking
   */
  reasoningText?: string;
  /**
   * OpenAI-compatible wire field the provider used for reasoning (e.g. reasoning_content/reasoning). Populated only when non-canonical, so the dialect round-trips across turns.
   */
  reasoningWireField?: string;
  /**
   * Encrypted reasoning content from OpenAI models. Session-bound and stripped on resume.
   */
  encryptedContent?: string;
  /**
   * Generation phase for phased-output models (e.g., thinking vs. response phases)
   */
  phase?: string;
  /**
   * Zero-based position of this message within its model call's response. Absent when the response was not split into chunks.
   */
  chunkIndex?: number;
  /**
   * Total messages the model call's response was split into, one per reasoning boundary. Absent for a single-message response; the last chunk is the one where chunkIndex is chunkCount - 1.
   */
  chunkCount?: number;
  /**
   * Actual output token count from the API response (completion_tokens), used for accurate token accounting
   */
  outputTokens?: number;
  /**
   * CAPI interaction ID for correlating this message with upstream telemetry
   */
  interactionId?: string;
  /**
   * GitHub request tracing ID (x-github-request-id header) for correlating with server-side logs
   */
  requestId?: string;
  /**
   * Client-minted request id (x-request-id header) echoed by the server. Distinct from requestId (x-github-request-id) and serviceRequestId (x-copilot-service-request-id).
   */
  clientRequestId?: string;
  /**
   * Copilot service request ID (x-copilot-service-request-id header) for CAPI log correlation
   */
  serviceRequestId?: string;
  /**
   * Per-request treatment/eligibility signal returned by the Copilot API in the `X-GitHub-Copilot-Request-TE` response header for the associated model call; `false` when the header was absent or unparseable.
   */
  rte?: boolean;
  /**
   * Provider's completion / response identifier; shared across all chunks of a single API call. Used to group multi-chunk assistant utterances.
   */
  apiCallId?: string;
  /**
   * Neutral provider-tagged server-side tool-use payload (tool search, advisor) for verbatim round-tripping
   */
  serverTools?: AssistantMessageServerTools;
  /**
   * Neutral provider-tagged reasoning content blocks preserved verbatim for round-tripping. `reasoningText` and `reasoningOpaque` are a lossy derived view of these blocks, retained for display.
   */
  reasoningBlocks?: AssistantMessageReasoningBlocks;
  /**
   * Identifier for the agent loop turn that produced this message, matching the corresponding assistant.turn_start event
   */
  turnId?: string;
  /**
   * @deprecated
   * Tool call ID of the parent tool invocation when this event originates from a sub-agent
   */
  parentToolCallId?: string;
  /**
   * Provider-agnostic citations linking spans of this message's content to the sources that support them. Experimental; only populated when citation emission is enabled.
   */
  citations?: Citations;
  /**
   * Experimental HydraFusion source attribution for this ordinary authoritative assistant message.
   */
  fusion?: FusionAttribution;
}

/**
 * Streaming assistant message delta for incremental response updates
 */
export interface AssistantMessageDeltaData {
  /**
   * Message ID this delta belongs to, matching the corresponding assistant.message event
   */
  messageId: string;
  /**
   * Incremental text chunk to append to the message content
   */
  deltaContent: string;
  /**
   * @deprecated
   * Tool call ID of the parent tool invocation when this event originates from a sub-agent
   */
  parentToolCallId?: string;
}

/**
 * Session event "assistant.message_delta". Streaming assistant message delta for incremental response updates
 */
export interface AssistantMessageDeltaEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.message_delta".
   */
  type: "assistant.message_delta";
  /**
   * Streaming assistant message delta for incremental response updates
   */
  data: AssistantMessageDeltaData;
}

/**
 * Session event "assistant.message". Assistant response containing text content, optional tool requests, and interaction metadata
 */
export interface AssistantMessageEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.message".
   */
  type: "assistant.message";
  /**
   * Assistant response containing text content, optional tool requests, and interaction metadata
   */
  data: AssistantMessageData;
}

/**
 * Neutral provider-tagged reasoning content blocks preserved verbatim for round-tripping
 */
export interface AssistantMessageReasoningBlocks {
  /**
   * Model provider that produced these reasoning blocks.
   */
  provider: string;
  /**
   * Provider-native reasoning items or content blocks preserved verbatim, in order. A single response can carry several, and provider signatures or identifiers may depend on their exact content and ordering.
   */
  blocks?: {
    [k: string]: unknown;
  }[];
}

/**
 * Neutral provider-tagged server-side tool-use payload (tool search, advisor) for verbatim round-tripping
 */
export interface AssistantMessageServerTools {
  /**
   * Model provider that produced this server-tool payload.
   */
  provider: string;
  /**
   * Provider-native server-tool call and output items preserved verbatim for replay.
   */
  items?: {
    [k: string]: unknown;
  }[];
  /**
   * Provider function-call namespaces keyed by function-call identifier.
   */
  functionCallNamespaces?: {
    [k: string]: string;
  };
  /**
   * Raw provider content blocks retained for verbatim round-tripping.
   */
  rawContentBlocks?: {
    [k: string]: unknown;
  }[];
  /**
   * Advisor model identifier associated with the server-tool payload.
   */
  advisorModel?: string;
}

/**
 * Streaming assistant message start metadata
 */
export interface AssistantMessageStartData {
  /**
   * Message ID this start event belongs to, matching subsequent deltas and assistant.message
   */
  messageId: string;
  /**
   * Generation phase this message belongs to for phased-output models
   */
  phase?: string;
}

/**
 * Session event "assistant.message_start". Streaming assistant message start metadata
 */
export interface AssistantMessageStartEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.message_start".
   */
  type: "assistant.message_start";
  /**
   * Streaming assistant message start metadata
   */
  data: AssistantMessageStartData;
}

/**
 * A tool invocation request from the assistant
 */
export interface AssistantMessageToolRequest {
  /**
   * Unique identifier for this tool call
   */
  toolCallId: string;
  /**
   * Name of the tool being invoked
   */
  name: string;
  /**
   * Arguments to pass to the tool, format depends on the tool
   */
  arguments?: {
    [k: string]: unknown;
  };
  /**
   * Tool call type: "function" for standard tool calls, "custom" for grammar-based tool calls. Defaults to "function" when absent.
   */
  type?: AssistantMessageToolRequestType;
  /**
   * Human-readable display title for the tool
   */
  toolTitle?: string;
  /**
   * Name of the MCP server hosting this tool, when the tool is an MCP tool
   */
  mcpServerName?: string;
  /**
   * Original tool name on the MCP server, when the tool is an MCP tool
   */
  mcpToolName?: string;
  /**
   * Resolved intention summary describing what this specific call does
   */
  intentionSummary?: string | null;
  /**
   * Hosted program that requested this client tool call
   */
  caller?: AssistantMessageToolRequestCaller;
}

/**
 * Hosted program that requested this client tool call
 */
export interface AssistantMessageToolRequestCaller {
  /**
   * Kind of hosted caller that requested the client tool call.
   */
  type: AssistantMessageToolRequestCallerType;
  /**
   * Provider-assigned identifier for the hosted caller.
   */
  callerId: string;
}

/**
 * Hosted program caller type
 */
export type AssistantMessageToolRequestCallerType = "program";

/**
 * Tool call type: "function" for standard tool calls, "custom" for grammar-based tool calls. Defaults to "function" when absent.
 */
export type AssistantMessageToolRequestType = "function" | "custom";

/**
 * Assistant reasoning content for timeline display with complete thinking text
 */
export interface AssistantReasoningData {
  /**
   * Unique identifier for this reasoning block
   */
  reasoningId: string;
  /**
   * The complete extended thinking text from the model
   */
  content: string;
  /**
   * Per-request treatment/eligibility signal returned by the Copilot API in the `X-GitHub-Copilot-Request-TE` response header for the associated model call; `false` when the header was absent or unparseable.
   */
  rte?: boolean;
}

/**
 * Streaming reasoning delta for incremental extended thinking updates
 */
export interface AssistantReasoningDeltaData {
  /**
   * Reasoning block ID this delta belongs to, matching the corresponding assistant.reasoning event
   */
  reasoningId: string;
  /**
   * Incremental text chunk to append to the reasoning content
   */
  deltaContent: string;
}

/**
 * Session event "assistant.reasoning_delta". Streaming reasoning delta for incremental extended thinking updates
 */
export interface AssistantReasoningDeltaEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.reasoning_delta".
   */
  type: "assistant.reasoning_delta";
  /**
   * Streaming reasoning delta for incremental extended thinking updates
   */
  data: AssistantReasoningDeltaData;
}

/**
 * Session event "assistant.reasoning". Assistant reasoning content for timeline display with complete thinking text
 */
export interface AssistantReasoningEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.reasoning".
   */
  type: "assistant.reasoning";
  /**
   * Assistant reasoning content for timeline display with complete thinking text
   */
  data: AssistantReasoningData;
}

/**
 * Live progress signal for a provider-hosted server tool (e.g. hosted web search) while it runs, before the finalized serverTools envelope lands on the terminal assistant.message
 */
export interface AssistantServerToolProgressData {
  /**
   * Position of the hosted tool call in the response output. Stable across the call's lifecycle events (unlike the provider's per-event item id, which CAPI rotates), so the host keys the live in-progress row on it.
   */
  outputIndex: number;
  /**
   * Kind of hosted server tool that is running. Only `web_search` is emitted today.
   */
  kind: string;
  /**
   * Lifecycle status of the hosted call: `in_progress`, `searching`, or `completed`.
   */
  status: string;
}

/**
 * Session event "assistant.server_tool_progress". Live progress signal for a provider-hosted server tool (e.g. hosted web search) while it runs, before the finalized serverTools envelope lands on the terminal assistant.message
 */
export interface AssistantServerToolProgressEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.server_tool_progress".
   */
  type: "assistant.server_tool_progress";
  /**
   * Live progress signal for a provider-hosted server tool (e.g. hosted web search) while it runs, before the finalized serverTools envelope lands on the terminal assistant.message
   */
  data: AssistantServerToolProgressData;
}

/**
 * Streaming response progress with cumulative byte count
 */
export interface AssistantStreamingDeltaData {
  /**
   * Cumulative total bytes received from the streaming response so far
   */
  totalResponseSizeBytes: number;
}

/**
 * Session event "assistant.streaming_delta". Streaming response progress with cumulative byte count
 */
export interface AssistantStreamingDeltaEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.streaming_delta".
   */
  type: "assistant.streaming_delta";
  /**
   * Streaming response progress with cumulative byte count
   */
  data: AssistantStreamingDeltaData;
}

/**
 * Streaming tool-call input delta for incremental tool-call updates
 */
export interface AssistantToolCallDeltaData {
  /**
   * Tool call ID this delta belongs to, matching the corresponding assistant.message tool request
   */
  toolCallId: string;
  /**
   * Name of the tool being invoked, when known from the stream
   */
  toolName?: string;
  /**
   * Tool call type, when known from the stream
   */
  toolType?: AssistantMessageToolRequestType;
  /**
   * Raw provider tool input fragment to append for this tool call. Function/tool-use providers stream serialized JSON argument text (so newlines inside JSON string values may appear as escaped `\n` until the accumulated JSON is parsed); custom tool calls stream raw custom input.
   */
  inputDelta: string;
}

/**
 * Session event "assistant.tool_call_delta". Streaming tool-call input delta for incremental tool-call updates
 */
export interface AssistantToolCallDeltaEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.tool_call_delta".
   */
  type: "assistant.tool_call_delta";
  /**
   * Streaming tool-call input delta for incremental tool-call updates
   */
  data: AssistantToolCallDeltaData;
}

/**
 * Turn completion metadata including the turn identifier
 */
export interface AssistantTurnEndData {
  /**
   * Identifier of the turn that has ended, matching the corresponding assistant.turn_start event
   */
  turnId: string;
  /**
   * Model identifier used for this turn, when known
   */
  model?: string;
}

/**
 * Session event "assistant.turn_end". Turn completion metadata including the turn identifier
 */
export interface AssistantTurnEndEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.turn_end".
   */
  type: "assistant.turn_end";
  /**
   * Turn completion metadata including the turn identifier
   */
  data: AssistantTurnEndData;
}

/**
 * Turn initialization metadata including identifier and interaction tracking
 */
export interface AssistantTurnStartData {
  /**
   * Identifier for this turn within the agentic loop, typically a stringified turn number
   */
  turnId: string;
  /**
   * Model identifier used for this turn, when known
   */
  model?: string;
  /**
   * CAPI interaction ID for correlating this turn with upstream telemetry
   */
  interactionId?: string;
}

/**
 * Session event "assistant.turn_start". Turn initialization metadata including identifier and interaction tracking
 */
export interface AssistantTurnStartEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.turn_start".
   */
  type: "assistant.turn_start";
  /**
   * Turn initialization metadata including identifier and interaction tracking
   */
  data: AssistantTurnStartData;
}

/**
 * API endpoint used for this model call, matching CAPI supported_endpoints vocabulary
 */
export type AssistantUsageApiEndpoint =
  | "/chat/completions"
  | "/v1/messages"
  | "/responses"
  | "ws:/responses";

/**
 * Per-request cost and usage data from the CAPI copilot_usage response field
 */
export interface AssistantUsageCopilotUsage {
  /**
   * Default billing model for token details that do not identify their own model
   */
  model?: string;
  /**
   * Total cost in nano-AI units for this request
   */
  totalNanoAiu: number;
}

/**
 * LLM API call usage metrics including tokens, costs, quotas, and billing information
 */
export interface AssistantUsageData {
  /**
   * Model identifier used for this API call
   */
  model: string;
  /**
   * Number of input tokens consumed
   */
  inputTokens?: number;
  /**
   * Number of output tokens produced
   */
  outputTokens?: number;
  /**
   * Number of tokens read from prompt cache
   */
  cacheReadTokens?: number;
  /**
   * Number of tokens written to prompt cache
   */
  cacheWriteTokens?: number;
  /**
   * Updated prompt-cache expiration for this model call. Present only when the call establishes or refreshes known cache state.
   */
  cacheExpiresAt?: string;
  /**
   * Number of output tokens used for reasoning (e.g., chain-of-thought)
   */
  reasoningTokens?: number;
  /**
   * Model multiplier cost for billing purposes
   */
  cost?: number;
  /**
   * Duration of the API call in milliseconds
   */
  duration?: number;
  /**
   * Time to first token in milliseconds. Only available for streaming requests
   */
  timeToFirstTokenMs?: number;
  /**
   * Time to first observable model output in milliseconds. Includes text, reasoning, and tool-call output; only available for streaming requests that produce observable output.
   */
  outputTtftMs?: number;
  /**
   * Average inter-token latency in milliseconds. Only available for streaming requests
   */
  interTokenLatencyMs?: number;
  /**
   * What initiated this API call (e.g., "sub-agent", "mcp-sampling"); absent for user-initiated calls
   */
  initiator?: string;
  /**
   * Coarse classification of the interaction that produced this call, mirroring the session's per-request agent context (e.g. `conversation-agent`, `conversation-subagent`, `conversation-sampling`, `conversation-background`, `conversation-compaction`, `conversation-user`). Non-billing; lets consumers attribute a model call to a call class (e.g. sub-agent/sidekick) independently of the billing initiator. Absent when the runtime did not classify the request.
   */
  interactionType?: string;
  /**
   * Whether this model call used a bring-your-own-key provider
   */
  isByok?: boolean;
  /**
   * Whether Auto mode was selected for this model call
   */
  isAuto?: boolean;
  /**
   * Effective maximum prompt-token limit used for this model call
   */
  maxPromptTokens?: number;
  /**
   * Requested maximum output tokens used for this model call
   */
  maxOutputTokens?: number;
  /**
   * Number of accepted speculative prediction tokens
   */
  acceptedPredictionTokens?: number;
  /**
   * Number of rejected speculative prediction tokens
   */
  rejectedPredictionTokens?: number;
  /**
   * Transport used for this model call (http or websocket)
   */
  transport?: AssistantUsageTransport;
  /**
   * Completion ID from the model provider (e.g., chatcmpl-abc123)
   */
  apiCallId?: string;
  /**
   * GitHub request tracing ID (x-github-request-id header) for server-side log correlation
   */
  providerCallId?: string;
  /**
   * Copilot service request ID (x-copilot-service-request-id header) for CAPI log correlation
   */
  serviceRequestId?: string;
  /**
   * Per-request treatment/eligibility signal returned by the Copilot API in the `X-GitHub-Copilot-Request-TE` response header for the associated model call; `false` when the header was absent or unparseable.
   */
  rte?: boolean;
  /**
   * API endpoint used for this model call, matching CAPI supported_endpoints vocabulary
   */
  apiEndpoint?: AssistantUsageApiEndpoint;
  /**
   * @deprecated
   * Parent tool call ID when this usage originates from a sub-agent
   */
  parentToolCallId?: string;
  /**
   * Per-request cost and usage data from the CAPI copilot_usage response field
   */
  copilotUsage?: AssistantUsageCopilotUsage;
  /**
   * Reasoning effort level used for model calls, if applicable (e.g. "none", "low", "medium", "high", "xhigh", "max")
   */
  reasoningEffort?: string;
  /**
   * Reasoning summary mode used for this model call, if applicable
   */
  reasoningSummary?: ReasoningSummary;
  /**
   * Finish reason reported by the model for this API call (e.g. "stop", "length", "tool_calls", "content_filter"). Normalized to OpenAI vocabulary; for Anthropic models a "refusal" stop reason maps to "content_filter".
   */
  finishReason?: string;
  /**
   * Whether the model response was blocked or truncated by content filtering (finish_reason === 'content_filter'). For Anthropic models this corresponds to a 'refusal' stop reason.
   */
  contentFilterTriggered?: boolean;
  /**
   * Experimental HydraFusion attribution for this concrete model call's usage.
   */
  fusion?: FusionAttribution;
}

/**
 * Session event "assistant.usage". LLM API call usage metrics including tokens, costs, quotas, and billing information
 */
export interface AssistantUsageEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "assistant.usage".
   */
  type: "assistant.usage";
  /**
   * LLM API call usage metrics including tokens, costs, quotas, and billing information
   */
  data: AssistantUsageData;
}

/**
 * Transport used for a successful model call
 */
export type AssistantUsageTransport = "http" | "websocket";

/**
 * Why the assisted-approval judge produced no usable recommendation. Present only alongside an `error` recommendation, where the human-readable reason is a fixed string and therefore cannot distinguish these cases. Intended to make a judge failure reportable by a consumer that has no access to the host's logs.
 */
export type AssistedApprovalJudgeFailureReason =
  | "timeout"
  | "abort"
  | "empty_response"
  | "model_error"
  | "parse_error";

/**
 * Outcome of the assisted-approval safety judge for a permission request. Present only in assisted mode; its absence means the judge did not evaluate the request.
 */
export type AssistedApprovalRecommendation = "approve" | "requireApproval" | "excluded" | "error";

/**
 * A user message attachment — a file, directory, code selection, blob, GitHub reference, GitHub-anchored pointer, or extension-supplied context payload
 */
export type Attachment =
  | AttachmentFile
  | AttachmentDirectory
  | AttachmentSelection
  | AttachmentGitHubReference
  | AttachmentGitHubCommit
  | AttachmentGitHubRelease
  | AttachmentGitHubActionsJob
  | AttachmentGitHubRepository
  | AttachmentGitHubFileDiff
  | AttachmentGitHubTreeComparison
  | AttachmentGitHubUrl
  | AttachmentGitHubFile
  | AttachmentGitHubSnippet
  | AttachmentBlob
  | AttachmentExtensionContext;

/**
 * Blob attachment with inline base64-encoded data
 */
export interface AttachmentBlob {
  /**
   * Attachment type discriminator
   */
  type: "blob";
  /**
   * Base64-encoded content. Present on input and for external consumers; replaced by an internal `assetId` reference in persisted events when interned to a content-addressed asset.
   */
  data?: string;
  /**
   * MIME type of the inline data
   */
  mimeType: string;
  /**
   * User-facing display name for the attachment
   */
  displayName?: string;
  /**
   * Internal: content-addressed id of the session.binary_asset event holding this attachment's model-facing bytes (e.g. "sha256:..."). Absent externally.
   */
  assetId?: string;
  /**
   * Internal: decoded byte length of the attachment's model-facing bytes. Absent externally.
   */
  byteLength?: number;
  /**
   * Internal: why model-facing bytes are absent from persistence. Absent externally.
   */
  omittedReason?: OmittedBinaryOmittedReason;
}

/**
 * Directory attachment
 */
export interface AttachmentDirectory {
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
  /**
   * Frozen rendered line this attachment contributed to the <tagged_files> prompt block (e.g. "* /path (12 items)"). Captured at send time so resumed history reproduces the exact text the model saw, independent of later filesystem changes.
   */
  taggedFilesEntry?: string;
}

/**
 * Structured context contributed by an extension. Composer pills displayed in the host are forwarded back through session.send.attachments, then rendered into the model prompt as an <extension_context> XML block.
 */
export interface AttachmentExtensionContext {
  /**
   * Attachment type discriminator
   */
  type: "extension_context";
  /**
   * Owning extension identifier. Runtime-derived from the caller's connection when produced via session.extensions.sendAttachmentsToMessage; preserved verbatim on subsequent transports.
   */
  extensionId: string;
  /**
   * Provider-local canvas identifier when the push was bound to a canvas instance
   */
  canvasId?: string;
  /**
   * Open canvas instance identifier when the push was bound to a canvas instance
   */
  instanceId?: string;
  /**
   * Human-readable composer pill label
   */
  title: string;
  /**
   * Caller-supplied JSON payload
   */
  payload?: {
    [k: string]: unknown;
  };
  /**
   * ISO 8601 timestamp captured by the runtime when the push was accepted
   */
  capturedAt: string;
}

/**
 * File attachment
 */
export interface AttachmentFile {
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
  lineRange?: AttachmentFileLineRange;
  /**
   * Internal: MIME type of the file's model-facing bytes (post-resize for images). Set when the file's bytes are interned to an asset. Absent externally.
   */
  mimeType?: string;
  /**
   * Internal: content-addressed id of the session.binary_asset event holding this attachment's model-facing bytes (e.g. "sha256:..."). Absent externally.
   */
  assetId?: string;
  /**
   * Internal: decoded byte length of the attachment's model-facing bytes. Absent externally.
   */
  byteLength?: number;
  /**
   * Internal: why model-facing bytes are absent from persistence. Absent externally.
   */
  omittedReason?: OmittedBinaryOmittedReason;
  /**
   * Frozen rendered line this attachment contributed to the <tagged_files> prompt block (e.g. "* /path (123 lines)"). Captured at send time so resumed history reproduces the exact text the model saw, independent of later filesystem changes. Present only for attachments routed to <tagged_files> (mutually exclusive with assetId, which marks bytes sent natively).
   */
  taggedFilesEntry?: string;
}

/**
 * Optional line range to scope the attachment to a specific section of the file
 */
export interface AttachmentFileLineRange {
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
export interface AttachmentGitHubActionsJob {
  /**
   * Attachment type discriminator
   */
  type: "github_actions_job";
  /**
   * Repository the workflow run belongs to
   */
  repo: GitHubRepoRef;
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
export interface AttachmentGitHubCommit {
  /**
   * Attachment type discriminator
   */
  type: "github_commit";
  /**
   * Repository the commit belongs to
   */
  repo: GitHubRepoRef;
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
export interface AttachmentGitHubFile {
  /**
   * Attachment type discriminator
   */
  type: "github_file";
  /**
   * Repository the file lives in
   */
  repo: GitHubRepoRef;
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
export interface AttachmentGitHubFileDiff {
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
  head?: AttachmentGitHubFileDiffSide;
  /**
   * File location on the base side of the diff. Absent for additions.
   */
  base?: AttachmentGitHubFileDiffSide;
}

/**
 * One side of a file diff (head or base)
 */
export interface AttachmentGitHubFileDiffSide {
  /**
   * Repository the file lives in
   */
  repo: GitHubRepoRef;
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
export interface AttachmentGitHubReference {
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
  referenceType: AttachmentGitHubReferenceType;
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
export type AttachmentGitHubReferenceType = "issue" | "pr" | "discussion";

/**
 * Pointer to a GitHub release.
 */
export interface AttachmentGitHubRelease {
  /**
   * Attachment type discriminator
   */
  type: "github_release";
  /**
   * Repository the release belongs to
   */
  repo: GitHubRepoRef;
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
export interface AttachmentGitHubRepository {
  /**
   * Attachment type discriminator
   */
  type: "github_repository";
  /**
   * Repository pointer
   */
  repo: GitHubRepoRef;
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
export interface AttachmentGitHubSnippet {
  /**
   * Attachment type discriminator
   */
  type: "github_snippet";
  /**
   * Repository the file lives in
   */
  repo: GitHubRepoRef;
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
  lineRange: AttachmentFileLineRange;
}

/**
 * Pointer to a comparison between two git revisions.
 */
export interface AttachmentGitHubTreeComparison {
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
  base: AttachmentGitHubTreeComparisonSide;
  /**
   * Head side of the comparison
   */
  head: AttachmentGitHubTreeComparisonSide;
}

/**
 * One side of a tree comparison (head or base)
 */
export interface AttachmentGitHubTreeComparisonSide {
  /**
   * Repository the revision belongs to
   */
  repo: GitHubRepoRef;
  /**
   * Git revision (branch, tag, or commit SHA)
   */
  revision: string;
}

/**
 * Generic GitHub URL reference.
 */
export interface AttachmentGitHubUrl {
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
export interface AttachmentSelection {
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
  selection: AttachmentSelectionDetails;
}

/**
 * Position range of the selection within the file
 */
export interface AttachmentSelectionDetails {
  /**
   * Start position of the selection
   */
  start: AttachmentSelectionDetailsStart;
  /**
   * End position of the selection
   */
  end: AttachmentSelectionDetailsEnd;
}

/**
 * End position of the selection
 */
export interface AttachmentSelectionDetailsEnd {
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
export interface AttachmentSelectionDetailsStart {
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
 * Auto Intent resolution: the concrete model the session settled on for the first prompt of an auto-mode session, and why. Lets SDK clients render the chosen model and the full reason it was picked. The core selection fields (chosenModel/reasoningBucket/categoryScores) are stable; the routing-analytics fields (predictedLabel/confidence/candidateModels) mirror the upstream intent service and may evolve, hence the event's experimental stability.
 */
export interface AutoModeResolvedData {
  /**
   * The concrete model the session will use after any intent refinement
   */
  chosenModel: string;
  /**
   * Coarse request-difficulty bucket, for explaining why a model was chosen ("picked X because this looks like high-reasoning work")
   */
  reasoningBucket?: AutoModeResolvedReasoningBucket;
  /**
   * Per-category classifier scores (0-1) behind the bucket: the granular HYDRA capability scores (reasoning, code_gen, debugging, tool_use), or the binary needs_reasoning/no_reasoning scores when HYDRA didn't run. Lets clients show a breakdown rather than just the bucket.
   */
  categoryScores?: {
    [k: string]: number;
  };
  /**
   * The predicted classifier label (e.g. `needs_reasoning`), when available
   */
  predictedLabel?: string;
  /**
   * Classifier confidence for the predicted label, when available
   */
  confidence?: number;
  /**
   * Ordered candidate model list the router returned, when not a fallback
   */
  candidateModels?: string[];
  /**
   * The routing method the server applied, when Auto Intent ran
   */
  routingMethod?: string;
  /**
   * Models offered to the router for this resolution
   */
  availableModels?: string[];
  /**
   * Whether the router fell back to the standard Auto selection
   */
  fallback?: boolean;
  /**
   * Server-provided reason for falling back, when available
   */
  fallbackReason?: string;
  /**
   * Whether a sticky model choice overrode the router result
   */
  stickyOverride?: boolean;
  /**
   * Server-reported router processing time in milliseconds
   */
  routerLatencyMs?: number;
  /**
   * End-to-end client wait time for the router request in milliseconds
   */
  endToEndLatencyMs?: number;
  /**
   * The chosen model's score shortfall relative to the top candidate
   */
  chosenShortfall?: number;
  /**
   * Whether the routed prompt contained an image
   */
  hasImage?: boolean;
}

/**
 * Session event "session.auto_mode_resolved". Auto Intent resolution: the concrete model the session settled on for the first prompt of an auto-mode session, and why. Lets SDK clients render the chosen model and the full reason it was picked. The core selection fields (chosenModel/reasoningBucket/categoryScores) are stable; the routing-analytics fields (predictedLabel/confidence/candidateModels) mirror the upstream intent service and may evolve, hence the event's experimental stability.
 */
export interface AutoModeResolvedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.auto_mode_resolved".
   */
  type: "session.auto_mode_resolved";
  /**
   * Auto Intent resolution: the concrete model the session settled on for the first prompt of an auto-mode session, and why. Lets SDK clients render the chosen model and the full reason it was picked. The core selection fields (chosenModel/reasoningBucket/categoryScores) are stable; the routing-analytics fields (predictedLabel/confidence/candidateModels) mirror the upstream intent service and may evolve, hence the event's experimental stability.
   */
  data: AutoModeResolvedData;
}

/**
 * Coarse request-difficulty bucket for UX explainability
 */
export type AutoModeResolvedReasoningBucket = "low" | "medium" | "high";

/**
 * Auto mode switch completion notification
 */
export interface AutoModeSwitchCompletedData {
  /**
   * Request ID of the resolved request; clients should dismiss any UI for this request
   */
  requestId: string;
  /**
   * The user's auto-mode-switch choice
   */
  response: AutoModeSwitchResponse;
}

/**
 * Session event "auto_mode_switch.completed". Auto mode switch completion notification
 */
export interface AutoModeSwitchCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "auto_mode_switch.completed".
   */
  type: "auto_mode_switch.completed";
  /**
   * Auto mode switch completion notification
   */
  data: AutoModeSwitchCompletedData;
}

/**
 * Auto mode switch request notification requiring user approval
 */
export interface AutoModeSwitchRequestedData {
  /**
   * Unique identifier for this request; used to respond via session.respondToAutoModeSwitch()
   */
  requestId: string;
  /**
   * The rate limit error code that triggered this request
   */
  errorCode?: string;
  /**
   * Seconds until the rate limit resets, when known. Lets clients render a humanized reset time alongside the prompt.
   */
  retryAfterSeconds?: number;
}

/**
 * Session event "auto_mode_switch.requested". Auto mode switch request notification requiring user approval
 */
export interface AutoModeSwitchRequestedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "auto_mode_switch.requested".
   */
  type: "auto_mode_switch.requested";
  /**
   * Auto mode switch request notification requiring user approval
   */
  data: AutoModeSwitchRequestedData;
}

/**
 * The user's auto-mode-switch choice
 */
export type AutoModeSwitchResponse = "yes" | "yes_always" | "no";

/**
 * Routing preference used when the session model is `auto`. `fast` is an integrator-only latency preset and is not a first-party GitHub Copilot product preference.
 */
export type AutoTier = "efficiency" | "balance" | "intelligence" | "fast";

/**
 * Live-only Auto preference recommendation from Copilot API after a successful Auto model call.
 */
export interface AutoTierRecommendationData {
  /**
   * Recommended Auto preference.
   */
  recommendedAutoTier: RecommendedAutoTier;
}

/**
 * Session event "session.auto_tier_recommendation". Live-only Auto preference recommendation from Copilot API after a successful Auto model call.
 */
export interface AutoTierRecommendationEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.auto_tier_recommendation".
   */
  type: "session.auto_tier_recommendation";
  /**
   * Live-only Auto preference recommendation from Copilot API after a successful Auto model call.
   */
  data: AutoTierRecommendationData;
}

/**
 * A transient Auto preference failure emitted when the runtime cannot mint or accept a usable model and token pair. The previously effective preference remains active, so SDK clients can surface a non-blocking failure without changing their committed-tier state. This event is ephemeral and is not persisted or replayed on resume.
 */
export interface AutoTierSwitchFailedData {
  /**
   * Auto preference that remains effective after the failed request.
   */
  effectiveAutoTier?: AutoTier;
  /**
   * Auto preference that failed to activate, or null when returning to provider-default routing failed.
   */
  requestedAutoTier: AutoTier | null;
  /**
   * Low-cardinality failure outcome reported by Auto resolution.
   */
  reason: AutoTierSwitchFailureReason;
}

/**
 * Session event "session.auto_tier_switch_failed". A transient Auto preference failure emitted when the runtime cannot mint or accept a usable model and token pair. The previously effective preference remains active, so SDK clients can surface a non-blocking failure without changing their committed-tier state. This event is ephemeral and is not persisted or replayed on resume.
 */
export interface AutoTierSwitchFailedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.auto_tier_switch_failed".
   */
  type: "session.auto_tier_switch_failed";
  /**
   * A transient Auto preference failure emitted when the runtime cannot mint or accept a usable model and token pair. The previously effective preference remains active, so SDK clients can surface a non-blocking failure without changing their committed-tier state. This event is ephemeral and is not persisted or replayed on resume.
   */
  data: AutoTierSwitchFailedData;
}

/**
 * Terminal reason an Auto preference activation failed.
 */
export type AutoTierSwitchFailureReason =
  | "policy_rejected"
  | "request_failed"
  | "setup_failed"
  | "unsupported";

/**
 * Autopilot objective state file operation details indicating what changed
 */
export interface AutopilotObjectiveChangedData {
  /**
   * The type of operation performed on the autopilot objective state file
   */
  operation: AutopilotObjectiveChangedOperation;
  /**
   * Current autopilot objective id, if one exists
   */
  id?: number;
  /**
   * Current autopilot objective status, if one exists
   */
  status?: AutopilotObjectiveChangedStatus;
}

/**
 * Session event "session.autopilot_objective_changed". Autopilot objective state file operation details indicating what changed
 */
export interface AutopilotObjectiveChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.autopilot_objective_changed".
   */
  type: "session.autopilot_objective_changed";
  /**
   * Autopilot objective state file operation details indicating what changed
   */
  data: AutopilotObjectiveChangedData;
}

/**
 * The type of operation performed on the autopilot objective state file
 */
export type AutopilotObjectiveChangedOperation = "create" | "update" | "delete";

/**
 * Current autopilot objective status, if one exists
 */
export type AutopilotObjectiveChangedStatus = "active" | "paused" | "cap_reached" | "completed";

/**
 * Empty payload for `session.background_tasks_changed`, indicating background task state changed.
 */
export type BackgroundTasksChangedData = Record<string, never>;

/**
 * Session event "session.background_tasks_changed". Empty payload for `session.background_tasks_changed`, indicating background task state changed.
 */
export interface BackgroundTasksChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.background_tasks_changed".
   */
  type: "session.background_tasks_changed";
  /**
   * Empty payload for `session.background_tasks_changed`, indicating background task state changed.
   */
  data: BackgroundTasksChangedData;
}

/**
 * Canonical bytes for a content-addressed binary asset shared by reference across events
 */
export interface BinaryAssetData {
  /**
   * Content-addressed id for this binary asset (e.g. "sha256:...").
   */
  assetId: string;
  /**
   * Binary asset type discriminator. Use "image" for images and "resource" otherwise.
   */
  type: BinaryAssetType;
  /**
   * MIME type of the binary asset
   */
  mimeType: string;
  /**
   * Decoded byte length of the binary asset
   */
  byteLength: number;
  /**
   * Base64-encoded binary data
   */
  data: string;
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
 * Session event "session.binary_asset". Canonical bytes for a content-addressed binary asset shared by reference across events
 */
export interface BinaryAssetEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.binary_asset".
   */
  type: "session.binary_asset";
  /**
   * Canonical bytes for a content-addressed binary asset shared by reference across events
   */
  data: BinaryAssetData;
}

/**
 * A reference to binary data persisted once on a session.binary_asset event and shared by id
 */
export interface BinaryAssetReference {
  /**
   * Binary result type discriminator. Use "image" for images and "resource" for other binary data.
   */
  type: BinaryAssetReferenceType;
  /**
   * Content-addressed id of the session.binary_asset event that holds this binary's bytes (e.g. "sha256:...").
   */
  assetId: string;
  /**
   * MIME type of the referenced binary data
   */
  mimeType: string;
  /**
   * Decoded byte length of the referenced binary data
   */
  byteLength: number;
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
export type BinaryAssetReferenceType = "image" | "resource";

/**
 * Binary asset type discriminator. Use "image" for images and "resource" otherwise.
 */
export type BinaryAssetType = "image" | "resource";

/**
 * Payload of `session.canvas.closed` with the closed canvas instance ID, provider ID, and canvas ID.
 */
export interface CanvasClosedData {
  /**
   * Stable caller-supplied identifier of the canvas instance that was closed
   */
  instanceId: string;
  /**
   * Owning provider identifier
   */
  extensionId: string;
  /**
   * Provider-local canvas identifier
   */
  canvasId: string;
}

/**
 * Session event "session.canvas.closed". Payload of `session.canvas.closed` with the closed canvas instance ID, provider ID, and canvas ID.
 */
export interface CanvasClosedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.canvas.closed".
   */
  type: "session.canvas.closed";
  /**
   * Payload of `session.canvas.closed` with the closed canvas instance ID, provider ID, and canvas ID.
   */
  data: CanvasClosedData;
}

/**
 * Payload of `session.canvas.opened` with canvas instance and provider IDs plus optional icon, title, status, URL, and input.
 */
export interface CanvasOpenedData {
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
 * Session event "session.canvas.opened". Payload of `session.canvas.opened` with canvas instance and provider IDs plus optional icon, title, status, URL, and input.
 */
export interface CanvasOpenedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.canvas.opened".
   */
  type: "session.canvas.opened";
  /**
   * Payload of `session.canvas.opened` with canvas instance and provider IDs plus optional icon, title, status, URL, and input.
   */
  data: CanvasOpenedData;
}

/**
 * Durable record that a canvas instance is open, used to restore open canvases on cold session resume. Intentionally omits the transient url and availability.
 */
export interface CanvasRecordedData {
  /**
   * Stable caller-supplied canvas instance identifier
   */
  instanceId: string;
  /**
   * Owning provider identifier
   */
  extensionId: string;
  /**
   * Provider-local canvas identifier
   */
  canvasId: string;
  /**
   * Rendered title
   */
  title?: string;
  /**
   * Input supplied when the instance was opened
   */
  input?: {
    [k: string]: unknown;
  };
}

/**
 * Session event "session.canvas.recorded". Durable record that a canvas instance is open, used to restore open canvases on cold session resume. Intentionally omits the transient url and availability.
 */
export interface CanvasRecordedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.canvas.recorded".
   */
  type: "session.canvas.recorded";
  /**
   * Durable record that a canvas instance is open, used to restore open canvases on cold session resume. Intentionally omits the transient url and availability.
   */
  data: CanvasRecordedData;
}

/**
 * A single canvas declaration in `session.canvas.registry_changed`, including provider IDs, display metadata, input schema, and actions.
 */
export interface CanvasRegistryChangedCanvas {
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
  inputSchema?: {
    [k: string]: unknown;
  };
  /**
   * Actions the agent or host may invoke
   *
   * Items: A single action within a canvas declaration, with its name, optional description, and optional input schema.
   */
  actions?: CanvasRegistryChangedCanvasAction[];
}

/**
 * A single action within a canvas declaration, with its name, optional description, and optional input schema.
 */
export interface CanvasRegistryChangedCanvasAction {
  /**
   * Action name
   */
  name: string;
  /**
   * Action description
   */
  description?: string;
  /**
   * JSON Schema for action input
   */
  inputSchema?: {
    [k: string]: unknown;
  };
}

/**
 * Payload of `session.canvas.registry_changed` listing the canvas declarations currently available.
 */
export interface CanvasRegistryChangedData {
  /**
   * Canvas declarations currently available
   *
   * Items: A single canvas declaration in `session.canvas.registry_changed`, including provider IDs, display metadata, input schema, and actions.
   */
  canvases: CanvasRegistryChangedCanvas[];
}

/**
 * Session event "session.canvas.registry_changed". Payload of `session.canvas.registry_changed` listing the canvas declarations currently available.
 */
export interface CanvasRegistryChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.canvas.registry_changed".
   */
  type: "session.canvas.registry_changed";
  /**
   * Payload of `session.canvas.registry_changed` listing the canvas declarations currently available.
   */
  data: CanvasRegistryChangedData;
}

/**
 * Durable record that a canvas instance was closed, superseding a prior instance_recorded during resume replay.
 */
export interface CanvasRemovedData {
  /**
   * Stable caller-supplied identifier of the canvas instance that was closed
   */
  instanceId: string;
  /**
   * Owning provider identifier
   */
  extensionId: string;
  /**
   * Provider-local canvas identifier
   */
  canvasId: string;
}

/**
 * Session event "session.canvas.removed". Durable record that a canvas instance was closed, superseding a prior instance_recorded during resume replay.
 */
export interface CanvasRemovedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.canvas.removed".
   */
  type: "session.canvas.removed";
  /**
   * Durable record that a canvas instance was closed, superseding a prior instance_recorded during resume replay.
   */
  data: CanvasRemovedData;
}

/**
 * Transient signal that an open canvas instance's provider has dropped (for example the extension is reloading mid-session). The host should keep the panel mounted and surface a reconnecting affordance rather than tearing it down; a subsequent `session.canvas.opened` for the same instanceId clears the affordance once the provider reconnects with a fresh url. Ephemeral and never persisted, so it is never replayed on cold resume.
 */
export interface CanvasUnavailableData {
  /**
   * Stable caller-supplied identifier of the canvas instance whose provider became unavailable
   */
  instanceId: string;
  /**
   * Owning provider identifier
   */
  extensionId: string;
  /**
   * Provider-local canvas identifier
   */
  canvasId: string;
}

/**
 * Session event "session.canvas.unavailable". Transient signal that an open canvas instance's provider has dropped (for example the extension is reloading mid-session). The host should keep the panel mounted and surface a reconnecting affordance rather than tearing it down; a subsequent `session.canvas.opened` for the same instanceId clears the affordance once the provider reconnects with a fresh url. Ephemeral and never persisted, so it is never replayed on cold resume.
 */
export interface CanvasUnavailableEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.canvas.unavailable".
   */
  type: "session.canvas.unavailable";
  /**
   * Transient signal that an open canvas instance's provider has dropped (for example the extension is reloading mid-session). The host should keep the panel mounted and surface a reconnecting affordance rather than tearing it down; a subsequent `session.canvas.opened` for the same instanceId clears the affordance once the provider reconnects with a fresh url. Ephemeral and never persisted, so it is never replayed on cold resume.
   */
  data: CanvasUnavailableData;
}

/**
 * Session capability change notification
 */
export interface CapabilitiesChangedData {
  /**
   * UI capability changes
   */
  ui?: CapabilitiesChangedUI;
}

/**
 * Session event "capabilities.changed". Session capability change notification
 */
export interface CapabilitiesChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "capabilities.changed".
   */
  type: "capabilities.changed";
  /**
   * Session capability change notification
   */
  data: CapabilitiesChangedData;
}

/**
 * UI capability changes
 */
export interface CapabilitiesChangedUI {
  /**
   * Whether elicitation is now supported
   */
  elicitation?: boolean;
  /**
   * Whether MCP Apps (SEP-1865) UI passthrough is now supported
   */
  mcpApps?: boolean;
  /**
   * Whether canvas rendering is now supported
   */
  canvases?: boolean;
}

/**
 * A source supplied by a tool that should be made available to the model as citable content.
 */
export interface CitableSource {
  /**
   * Stable identifier for this source within the tool result. Used for deduplication and may be used by future provider integrations to correlate response citations back to the originating source.
   */
  id: string;
  /**
   * Human-readable title of the source.
   */
  title?: string;
  /**
   * The source text made available to the model as citable content.
   */
  content: string;
  /**
   * URL of the source, when it is a web resource.
   */
  url?: string;
  /**
   * File path relative to the agent's workspace root, when the source is a file.
   */
  path?: string;
}

/**
 * Location within a cited source (character, page, or content-block range) that supports a span.
 */
export type CitationLocation = CitationLocationChar | CitationLocationPage | CitationLocationBlock;

/**
 * A content-block range within a structured source document.
 */
export interface CitationLocationBlock {
  /**
   * Citation location type discriminator
   */
  type: "block";
  /**
   * Index of the first content block of the cited range (zero-based, inclusive).
   */
  startBlock: number;
  /**
   * Index of the last content block of the cited range (zero-based, exclusive).
   */
  endBlock: number;
}

/**
 * A character range within the source's text content.
 */
export interface CitationLocationChar {
  /**
   * Citation location type discriminator
   */
  type: "char";
  /**
   * Start character offset within the source text (zero-based, inclusive).
   */
  startIndex: number;
  /**
   * End character offset within the source text (zero-based, exclusive).
   */
  endIndex: number;
}

/**
 * A page range within a paginated source document.
 */
export interface CitationLocationPage {
  /**
   * Citation location type discriminator
   */
  type: "page";
  /**
   * First page number of the cited range.
   */
  startPage: number;
  /**
   * Last page number of the cited range (inclusive).
   */
  endPage: number;
}

/**
 * The system that produced a citation.
 */
export type CitationProvider = "anthropic" | "openai" | "client";

/**
 * A single citation occurrence linking a span of generated text to a supporting source.
 */
export interface CitationReference {
  /**
   * Identifier of the CitationSource this reference points to (CitationSource.id).
   */
  sourceId: string;
  /**
   * The exact text from the source that supports the cited span, when provided by the model.
   */
  citedText?: string;
  /**
   * Location within the source that supports the cited span, when the provider reports one.
   */
  location?: CitationLocation;
  /**
   * Provider-native citation correlation data (e.g. Anthropic search_result_index / document_index), passed through opaquely for debugging and forward compatibility.
   */
  providerMetadata?: {
    [k: string]: unknown;
  };
}

/**
 * A source that backs one or more cited spans in the assistant's response.
 */
export interface CitationSource {
  /**
   * Stable, turn-scoped identifier for this source, referenced by CitationReference.sourceId.
   */
  id: string;
  /**
   * The system that produced this citation.
   */
  provider: CitationProvider;
  /**
   * Human-readable title of the source.
   */
  title?: string;
  /**
   * URL of the source, when it is a web resource.
   */
  url?: string;
  /**
   * File path relative to the agent's workspace root, when the source is a file.
   */
  path?: string;
}

/**
 * A contiguous span of generated assistant text and the source references that support it.
 */
export interface CitationSpan {
  /**
   * Start offset of the cited span within the final assistant message content (UTF-16 code units, zero-based, inclusive).
   */
  startIndex: number;
  /**
   * End offset of the cited span within the final assistant message content (UTF-16 code units, zero-based, exclusive).
   */
  endIndex: number;
  /**
   * The sources that support this span of generated text.
   *
   * Items: A single citation occurrence linking a span of generated text to a supporting source.
   */
  references: CitationReference[];
}

/**
 * Provider-agnostic citations linking spans of the assistant's response to their supporting sources.
 */
export interface Citations {
  /**
   * Deduplicated set of sources referenced by the citation spans.
   *
   * Items: A source that backs one or more cited spans in the assistant's response.
   */
  sources: CitationSource[];
  /**
   * Spans of generated text annotated with the sources that support them.
   *
   * Items: A contiguous span of generated assistant text and the source references that support it.
   */
  spans: CitationSpan[];
}

/**
 * Queued command completion notification signaling UI dismissal
 */
export interface CommandCompletedData {
  /**
   * Request ID of the resolved command request; clients should dismiss any UI for this request
   */
  requestId: string;
}

/**
 * Session event "command.completed". Queued command completion notification signaling UI dismissal
 */
export interface CommandCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "command.completed".
   */
  type: "command.completed";
  /**
   * Queued command completion notification signaling UI dismissal
   */
  data: CommandCompletedData;
}

/**
 * Registered command dispatch request routed to the owning client
 */
export interface CommandExecuteData {
  /**
   * Unique identifier; used to respond via session.commands.handlePendingCommand()
   */
  requestId: string;
  /**
   * The full command text (e.g., /deploy production)
   */
  command: string;
  /**
   * Command name without leading /
   */
  commandName: string;
  /**
   * Raw argument string after the command name
   */
  args: string;
}

/**
 * Session event "command.execute". Registered command dispatch request routed to the owning client
 */
export interface CommandExecuteEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "command.execute".
   */
  type: "command.execute";
  /**
   * Registered command dispatch request routed to the owning client
   */
  data: CommandExecuteData;
}

/**
 * Queued slash command dispatch request for client execution
 */
export interface CommandQueuedData {
  /**
   * Unique identifier for this request; used to respond via session.respondToQueuedCommand()
   */
  requestId: string;
  /**
   * The slash command text to be executed (e.g., /help, /clear)
   */
  command: string;
}

/**
 * Session event "command.queued". Queued slash command dispatch request for client execution
 */
export interface CommandQueuedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "command.queued".
   */
  type: "command.queued";
  /**
   * Queued slash command dispatch request for client execution
   */
  data: CommandQueuedData;
}

/**
 * A single slash command available in the session, as listed by the `commands.changed` event.
 */
export interface CommandsChangedCommand {
  /**
   * Slash command name without the leading slash.
   */
  name: string;
  /**
   * Optional human-readable command description.
   */
  description?: string;
}

/**
 * SDK command registration change notification
 */
export interface CommandsChangedData {
  /**
   * Current list of registered SDK commands
   *
   * Items: A single slash command available in the session, as listed by the `commands.changed` event.
   */
  commands: CommandsChangedCommand[];
}

/**
 * Session event "commands.changed". SDK command registration change notification
 */
export interface CommandsChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "commands.changed".
   */
  type: "commands.changed";
  /**
   * SDK command registration change notification
   */
  data: CommandsChangedData;
}

/**
 * Token usage breakdown for the compaction LLM call (aligned with assistant.usage format)
 */
export interface CompactionCompleteCompactionTokensUsed {
  /**
   * Input tokens consumed by the compaction LLM call
   */
  inputTokens?: number;
  /**
   * Output tokens produced by the compaction LLM call
   */
  outputTokens?: number;
  /**
   * Cached input tokens reused in the compaction LLM call
   */
  cacheReadTokens?: number;
  /**
   * Tokens written to prompt cache in the compaction LLM call
   */
  cacheWriteTokens?: number;
  /**
   * Duration of the compaction LLM call in milliseconds
   */
  duration?: number;
  /**
   * Model identifier used for the compaction LLM call
   */
  model?: string;
}

/**
 * Conversation compaction results including success status, metrics, and optional error details
 */
export interface CompactionCompleteData {
  /**
   * Whether compaction completed successfully
   */
  success: boolean;
  /**
   * Error message if compaction failed
   */
  error?: string;
  /**
   * Total tokens in conversation before compaction
   */
  preCompactionTokens?: number;
  /**
   * Total tokens in conversation after compaction
   */
  postCompactionTokens?: number;
  /**
   * Number of messages before compaction
   */
  preCompactionMessagesLength?: number;
  /**
   * Number of messages removed during compaction
   */
  messagesRemoved?: number;
  /**
   * Number of tokens removed during compaction
   */
  tokensRemoved?: number;
  /**
   * User-supplied focus instructions provided to a manual `/compact` invocation. Omitted for automatic compaction and for manual compaction with no focus text.
   */
  customInstructions?: string;
  /**
   * LLM-generated summary of the compacted conversation history
   */
  summaryContent?: string;
  /**
   * Canonical model identifier used for model-specific behavior when replaying compaction
   */
  behaviorModelId?: string;
  /**
   * Checkpoint snapshot number created for recovery
   */
  checkpointNumber?: number;
  /**
   * File path where the checkpoint was stored
   */
  checkpointPath?: string;
  /**
   * Token usage breakdown for the compaction LLM call (aligned with assistant.usage format)
   */
  compactionTokensUsed?: CompactionCompleteCompactionTokensUsed;
  /**
   * GitHub request tracing ID (x-github-request-id header) for the compaction LLM call
   */
  requestId?: string;
  /**
   * Copilot service request ID (x-copilot-service-request-id header) for the compaction LLM call
   */
  serviceRequestId?: string;
  /**
   * Token count from system message(s) after compaction
   */
  systemTokens?: number;
  /**
   * Token count from non-system messages (user, assistant, tool) after compaction
   */
  conversationTokens?: number;
  /**
   * Token count from tool definitions after compaction
   */
  toolDefinitionsTokens?: number;
  /**
   * For failed compaction only: the HTTP status code of the compaction LLM call failure, when it carried one. Absent for successful compaction and for failures without an HTTP status (e.g. an empty model response or a transport error).
   */
  statusCode?: number;
  /**
   * Model context window token limit the compaction was targeting, when known
   */
  tokenLimit?: number;
  /**
   * What initiated this compaction, when known
   */
  trigger?: CompactionTrigger;
}

/**
 * Session event "session.compaction_complete". Conversation compaction results including success status, metrics, and optional error details
 */
export interface CompactionCompleteEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.compaction_complete".
   */
  type: "session.compaction_complete";
  /**
   * Conversation compaction results including success status, metrics, and optional error details
   */
  data: CompactionCompleteData;
}

/**
 * Context window breakdown at the start of LLM-powered conversation compaction
 */
export interface CompactionStartData {
  /**
   * Model identifier used for compaction, when known
   */
  model?: string;
  /**
   * Token count from system message(s) at compaction start
   */
  systemTokens?: number;
  /**
   * Token count from non-system messages (user, assistant, tool) at compaction start
   */
  conversationTokens?: number;
  /**
   * Token count from tool definitions at compaction start
   */
  toolDefinitionsTokens?: number;
  /**
   * Total context tokens (system + conversation + tool definitions) at compaction start, when known
   */
  currentTokens?: number;
  /**
   * Model context window token limit the compaction is targeting, when known
   */
  tokenLimit?: number;
  /**
   * What initiated this compaction, when known
   */
  trigger?: CompactionTrigger;
}

/**
 * Session event "session.compaction_start". Context window breakdown at the start of LLM-powered conversation compaction
 */
export interface CompactionStartEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.compaction_start".
   */
  type: "session.compaction_start";
  /**
   * Context window breakdown at the start of LLM-powered conversation compaction
   */
  data: CompactionStartData;
}

/**
 * What initiated a conversation compaction
 */
export type CompactionTrigger =
  | "threshold"
  | "context_limit_retry"
  | "manual"
  | "memory_pressure"
  | "model_switch";

/**
 * Behavior-neutral record of structured runtime facts present when an agent completion decision is accepted.
 */
export interface CompletionReceiptData {
  /**
   * Version of the completion receipt payload.
   */
  schemaVersion: number;
  /**
   * One-based accepted completion receipt ordinal in the durable session history.
   */
  attempt: number;
  /**
   * Identifier of the assistant turn-end event that supplied the accepted completion boundary. This is the receipt's idempotency key, and always equals eventRange.endEventId.
   */
  sourceEventId: string;
  /**
   * Inclusive durable event range summarized by this receipt.
   */
  eventRange: CompletionReceiptEventRange;
  /**
   * Runtime reason the completion decision was accepted.
   */
  stopReason: CompletionReceiptStopReason;
  /**
   * Final structured tool completion in the covered range, when one exists.
   */
  finalTool?: CompletionReceiptFinalTool;
  /**
   * Number of successful structured tool completions in the covered range.
   */
  successfulToolCount: number;
  /**
   * Number of failed structured tool completions in the covered range.
   */
  failedToolCount: number;
}

/**
 * Session event "session.completion_receipt". Behavior-neutral record of structured runtime facts present when an agent completion decision is accepted.
 */
export interface CompletionReceiptEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.completion_receipt".
   */
  type: "session.completion_receipt";
  /**
   * Behavior-neutral record of structured runtime facts present when an agent completion decision is accepted.
   */
  data: CompletionReceiptData;
}

/**
 * Inclusive durable event range summarized by a completion receipt.
 */
export interface CompletionReceiptEventRange {
  /**
   * Identifier of the user message that starts the covered exchange.
   */
  startEventId: string;
  /**
   * Identifier of the assistant turn-end event that ends the covered exchange. Always equals the receipt's sourceEventId, so either field is a valid join key.
   */
  endEventId: string;
}

/**
 * Final structured tool completion in the covered event range.
 */
export interface CompletionReceiptFinalTool {
  /**
   * Unique identifier of the completed tool call.
   */
  toolCallId: string;
  /**
   * Tool name from the matching tool execution start event, when available.
   */
  toolName?: string;
  /**
   * Structured success or failure status from the tool completion event.
   */
  status: CompletionReceiptToolStatus;
  /**
   * Process exit code from a structured shell result, when available.
   */
  exitCode?: number;
}

/**
 * Runtime reason the completion decision was accepted.
 */
export type CompletionReceiptStopReason = "natural" | "terminal_tool" | "agent_stop_block_limit";

/**
 * Structured terminal status from a tool completion event.
 */
export type CompletionReceiptToolStatus = "success" | "failure" | "timeout" | "rejected" | "denied";

/**
 * Session event "session.context_changed". Updated working directory and git context after the change
 */
export interface ContextChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.context_changed".
   */
  type: "session.context_changed";
  /**
   * Updated working directory and git context after the change
   */
  data: WorkingDirectoryContext;
}

/**
 * Context-cleared details emitted when the host clears the conversation (the session.history.clearContext RPC / Session.clearContextMessages)
 */
export interface ContextClearedData {
  /**
   * Optional initial message set after clearing
   */
  initialMessage?: string;
  /**
   * Number of conversation messages that were cleared
   */
  messagesCleared: number;
}

/**
 * Session event "session.context_cleared". Context-cleared details emitted when the host clears the conversation (the session.history.clearContext RPC / Session.clearContextMessages)
 */
export interface ContextClearedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.context_cleared".
   */
  type: "session.context_cleared";
  /**
   * Context-cleared details emitted when the host clears the conversation (the session.history.clearContext RPC / Session.clearContextMessages)
   */
  data: ContextClearedData;
}

/**
 * Allowed values for the `ContextTier` enumeration.
 */
export type ContextTier = "default" | "long_context";

/**
 * A single loaded custom agent in `session.custom_agents_updated`, with identity, source, tools, invocability, and authored model configuration.
 */
export interface CustomAgentsUpdatedAgent {
  /**
   * Unique identifier for the agent
   */
  id: string;
  /**
   * Internal name of the agent
   */
  name: string;
  /**
   * Human-readable display name
   */
  displayName: string;
  /**
   * Description of what the agent does
   */
  description: string;
  /**
   * Source location: user, project, inherited, remote, or plugin
   */
  source: string;
  /**
   * List of tool names available to this agent, or null when all tools are available
   */
  tools: string[] | null;
  /**
   * Whether the agent can be selected by the user
   */
  userInvocable: boolean;
  /**
   * Whether model-driven invocation is disabled for this agent.
   */
  disableModelInvocation?: boolean;
  /**
   * Model override for this agent, if set
   */
  model?: string;
  /**
   * Authored model ids in priority order, if configured
   */
  models?: string[];
  /**
   * Whether authored models are preferences or required constraints
   */
  modelPolicy?: AgentModelPolicy;
}

/**
 * Payload of `session.custom_agents_updated` with loaded custom agents plus non-fatal warnings and fatal errors.
 */
export interface CustomAgentsUpdatedData {
  /**
   * Array of loaded custom agent metadata
   *
   * Items: A single loaded custom agent in `session.custom_agents_updated`, with identity, source, tools, invocability, and authored model configuration.
   */
  agents: CustomAgentsUpdatedAgent[];
  /**
   * Non-fatal warnings from agent loading
   */
  warnings: string[];
  /**
   * Fatal errors from agent loading
   */
  errors: string[];
}

/**
 * Session event "session.custom_agents_updated". Payload of `session.custom_agents_updated` with loaded custom agents plus non-fatal warnings and fatal errors.
 */
export interface CustomAgentsUpdatedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.custom_agents_updated".
   */
  type: "session.custom_agents_updated";
  /**
   * Payload of `session.custom_agents_updated` with loaded custom agents plus non-fatal warnings and fatal errors.
   */
  data: CustomAgentsUpdatedData;
}

/**
 * Opaque custom notification data. Consumers may branch on source and name, but payload semantics are source-defined.
 */
export interface CustomNotificationData {
  /**
   * Namespace for the custom notification producer
   */
  source: string;
  /**
   * Source-defined custom notification name
   */
  name: string;
  /**
   * Optional source-defined payload schema version
   */
  version?: number;
  /**
   * Optional source-defined string identifiers describing the payload subject
   */
  subject?: CustomNotificationSubject;
  /**
   * Source-defined JSON payload for the custom notification
   */
  payload: CustomNotificationPayload;
}

/**
 * Session event "session.custom_notification". Opaque custom notification data. Consumers may branch on source and name, but payload semantics are source-defined.
 */
export interface CustomNotificationEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.custom_notification".
   */
  type: "session.custom_notification";
  /**
   * Opaque custom notification data. Consumers may branch on source and name, but payload semantics are source-defined.
   */
  data: CustomNotificationData;
}

/**
 * Source-defined JSON payload for the custom notification
 */
export interface CustomNotificationPayload {
  /** Entries, by key. */
  [k: string]: unknown;
}

/**
 * Optional source-defined string identifiers describing the payload subject
 */
export interface CustomNotificationSubject {
  /** Entries, by key. */
  [k: string]: string;
}

/**
 * The user action: "accept" (submitted form), "decline" (explicitly refused), or "cancel" (dismissed)
 */
export type ElicitationCompletedAction = "accept" | "decline" | "cancel";

/**
 * Opaque JSON value submitted for one field in accepted `elicitation.completed` form content.
 */
export interface ElicitationCompletedContent {
  /** Entries, by key. */
  [k: string]: unknown;
}

/**
 * Elicitation request completion with the user's response
 */
export interface ElicitationCompletedData {
  /**
   * Request ID of the resolved elicitation request; clients should dismiss any UI for this request
   */
  requestId: string;
  /**
   * The user action: "accept" (submitted form), "decline" (explicitly refused), or "cancel" (dismissed)
   */
  action?: ElicitationCompletedAction;
  /**
   * The submitted form data when action is 'accept'; keys match the requested schema fields
   */
  content?: {
    /**
     * Opaque JSON value submitted for one field in accepted `elicitation.completed` form content.
     */
    [k: string]: ElicitationCompletedContent;
  };
}

/**
 * Session event "elicitation.completed". Elicitation request completion with the user's response
 */
export interface ElicitationCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "elicitation.completed".
   */
  type: "elicitation.completed";
  /**
   * Elicitation request completion with the user's response
   */
  data: ElicitationCompletedData;
}

/**
 * Elicitation request; may be form-based (structured input) or URL-based (browser redirect)
 */
export interface ElicitationRequestedData {
  /**
   * Unique identifier for this elicitation request; used to respond via session.respondToElicitation()
   */
  requestId: string;
  /**
   * Tool call ID from the LLM completion; used to correlate with CompletionChunk.toolCall.id for remote UIs
   */
  toolCallId?: string;
  /**
   * The source that initiated the request (MCP server name, or absent for agent-initiated)
   */
  elicitationSource?: string;
  /**
   * Message describing what information is needed from the user
   */
  message: string;
  /**
   * Elicitation mode; "form" for structured input, "url" for browser-based. Defaults to "form" when absent.
   */
  mode?: ElicitationRequestedMode;
  /**
   * JSON Schema describing the form fields to present to the user (form mode only)
   */
  requestedSchema?: ElicitationRequestedSchema;
  /**
   * URL to open in the user's browser (url mode only)
   */
  url?: string;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Session event "elicitation.requested". Elicitation request; may be form-based (structured input) or URL-based (browser redirect)
 */
export interface ElicitationRequestedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "elicitation.requested".
   */
  type: "elicitation.requested";
  /**
   * Elicitation request; may be form-based (structured input) or URL-based (browser redirect)
   */
  data: ElicitationRequestedData;
}

/**
 * Elicitation mode; "form" for structured input, "url" for browser-based. Defaults to "form" when absent.
 */
export type ElicitationRequestedMode = "form" | "url";

/**
 * JSON Schema describing the form fields to present to the user (form mode only)
 */
export interface ElicitationRequestedSchema {
  /**
   * Schema type indicator (always 'object')
   */
  type: "object";
  /**
   * Form field definitions, keyed by field name
   */
  properties: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * List of required field names
   */
  required?: string[];
}

/**
 * Embedded binary resource contents identified by a URI, with an optional MIME type and a base64-encoded blob.
 */
export interface EmbeddedBlobResourceContents {
  /**
   * URI identifying the resource
   */
  uri: string;
  /**
   * MIME type of the blob content
   */
  mimeType?: string;
  /**
   * Base64-encoded binary content of the resource
   */
  blob: string;
}

/**
 * Embedded text resource contents identified by a URI, with an optional MIME type and a text payload.
 */
export interface EmbeddedTextResourceContents {
  /**
   * URI identifying the resource
   */
  uri: string;
  /**
   * MIME type of the text content
   */
  mimeType?: string;
  /**
   * Text content of the resource
   */
  text: string;
}

/**
 * Error details for timeline display including message and optional diagnostic information
 */
export interface ErrorData {
  /**
   * Category of error (e.g., "authentication", "authorization", "quota", "rate_limit", "context_limit", "query")
   */
  errorType: string;
  /**
   * Fine-grained error code from the upstream provider, when available. For `errorType: "rate_limit"`, this is one of the `RateLimitErrorCode` values (e.g., `"user_weekly_rate_limited"`, `"user_global_rate_limited"`, `"rate_limited"`, `"user_model_rate_limited"`, `"integration_rate_limited"`). For `errorType: "quota"`, this is the CAPI quota error code (e.g., `"quota_exceeded"`, `"session_quota_exceeded"`, `"billing_not_configured"`).
   */
  errorCode?: string;
  /**
   * Only set on `errorType: "rate_limit"`. When `true`, the runtime will follow this error with an `auto_mode_switch.requested` event (or silently switch if `continueOnAutoMode` is enabled). UI clients can use this flag to suppress duplicate rendering of the rate-limit error when they show their own auto-mode-switch prompt.
   */
  eligibleForAutoSwitch?: boolean;
  /**
   * Human-readable error message
   */
  message: string;
  /**
   * What the user must do to recover, when the runtime knows of an action. The `message` never names a client affordance, so a client that offers one — a slash command, a settings pane, a link — renders it from this value.
   */
  remediation?: RemediationAction;
  /**
   * Error stack trace, when available
   */
  stack?: string;
  /**
   * HTTP status code from the upstream request, if applicable
   */
  statusCode?: number;
  /**
   * GitHub request tracing ID (x-github-request-id header) for correlating with server-side logs
   */
  providerCallId?: string;
  /**
   * Copilot service request ID (x-copilot-service-request-id header) for CAPI log correlation
   */
  serviceRequestId?: string;
  /**
   * Optional URL associated with this error that the user can open in a browser
   */
  url?: string;
}

/**
 * Session event "session.error". Error details for timeline display including message and optional diagnostic information
 */
export interface ErrorEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.error".
   */
  type: "session.error";
  /**
   * Error details for timeline display including message and optional diagnostic information
   */
  data: ErrorData;
}

/**
 * Exit plan mode action
 */
export type ExitPlanModeAction = "exit_only" | "interactive" | "autopilot" | "autopilot_fleet";

/**
 * Plan mode exit completion with the user's approval decision and optional feedback
 */
export interface ExitPlanModeCompletedData {
  /**
   * Request ID of the resolved exit plan mode request; clients should dismiss any UI for this request
   */
  requestId: string;
  /**
   * Whether the plan was approved by the user
   */
  approved?: boolean;
  /**
   * Action selected by the user
   */
  selectedAction?: ExitPlanModeAction;
  /**
   * Whether edits should be auto-approved without confirmation
   */
  autoApproveEdits?: boolean;
  /**
   * Free-form feedback from the user if they requested changes to the plan
   */
  feedback?: string;
}

/**
 * Session event "exit_plan_mode.completed". Plan mode exit completion with the user's approval decision and optional feedback
 */
export interface ExitPlanModeCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "exit_plan_mode.completed".
   */
  type: "exit_plan_mode.completed";
  /**
   * Plan mode exit completion with the user's approval decision and optional feedback
   */
  data: ExitPlanModeCompletedData;
}

/**
 * Plan approval request with plan content and available user actions
 */
export interface ExitPlanModeRequestedData {
  /**
   * Unique identifier for this request; used to respond via session.respondToExitPlanMode()
   */
  requestId: string;
  /**
   * Summary of the plan that was created
   */
  summary: string;
  /**
   * Full content of the plan file
   */
  planContent: string;
  /**
   * Available actions the user can take
   *
   * Items: Exit plan mode action
   */
  actions: ExitPlanModeAction[];
  /**
   * Recommended action to preselect for the user
   */
  recommendedAction: ExitPlanModeAction;
  /**
   * Model the session had selected when the plan was authored, when one is known
   */
  model?: string;
}

/**
 * Session event "exit_plan_mode.requested". Plan approval request with plan content and available user actions
 */
export interface ExitPlanModeRequestedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "exit_plan_mode.requested".
   */
  type: "exit_plan_mode.requested";
  /**
   * Plan approval request with plan content and available user actions
   */
  data: ExitPlanModeRequestedData;
}

/**
 * Payload of `session.extensions.attachments_pushed` with extension-contributed attachments for the next send.
 */
export interface ExtensionsAttachmentsPushedData {
  /**
   * Attachments contributed by an extension; the host should surface these as composer pills and forward them via the next session.send call.
   *
   * Items: A user message attachment — a file, directory, code selection, blob, GitHub reference, GitHub-anchored pointer, or extension-supplied context payload
   */
  attachments: Attachment[];
}

/**
 * Session event "session.extensions.attachments_pushed". Payload of `session.extensions.attachments_pushed` with extension-contributed attachments for the next send.
 */
export interface ExtensionsAttachmentsPushedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.extensions.attachments_pushed".
   */
  type: "session.extensions.attachments_pushed";
  /**
   * Payload of `session.extensions.attachments_pushed` with extension-contributed attachments for the next send.
   */
  data: ExtensionsAttachmentsPushedData;
}

/**
 * Payload of `session.extensions_loaded` listing discovered extensions and their statuses.
 */
export interface ExtensionsLoadedData {
  /**
   * Array of discovered extensions and their status
   *
   * Items: A single extension discovered by `session.extensions_loaded`, including qualified ID, source, and current status.
   */
  extensions: ExtensionsLoadedExtension[];
}

/**
 * Session event "session.extensions_loaded". Payload of `session.extensions_loaded` listing discovered extensions and their statuses.
 */
export interface ExtensionsLoadedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.extensions_loaded".
   */
  type: "session.extensions_loaded";
  /**
   * Payload of `session.extensions_loaded` listing discovered extensions and their statuses.
   */
  data: ExtensionsLoadedData;
}

/**
 * A single extension discovered by `session.extensions_loaded`, including qualified ID, source, and current status.
 */
export interface ExtensionsLoadedExtension {
  /**
   * Source-qualified extension ID (e.g., 'project:my-ext', 'user:auth-helper', 'plugin:my-plugin:my-ext')
   */
  id: string;
  /**
   * Extension name (directory name)
   */
  name: string;
  /**
   * Discovery source
   */
  source: ExtensionsLoadedExtensionSource;
  /**
   * Current status: running, disabled, failed, or starting
   */
  status: ExtensionsLoadedExtensionStatus;
}

/**
 * Discovery source
 */
export type ExtensionsLoadedExtensionSource = "project" | "user" | "plugin" | "session";

/**
 * Current status: running, disabled, failed, or starting
 */
export type ExtensionsLoadedExtensionStatus = "running" | "disabled" | "failed" | "starting";

/**
 * External tool completion notification signaling UI dismissal
 */
export interface ExternalToolCompletedData {
  /**
   * Request ID of the resolved external tool request; clients should dismiss any UI for this request
   */
  requestId: string;
}

/**
 * Session event "external_tool.completed". External tool completion notification signaling UI dismissal
 */
export interface ExternalToolCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral?: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "external_tool.completed".
   */
  type: "external_tool.completed";
  /**
   * External tool completion notification signaling UI dismissal
   */
  data: ExternalToolCompletedData;
}

/**
 * External tool invocation request for client-side tool execution
 */
export interface ExternalToolRequestedData {
  /**
   * Unique identifier for this request; used to respond via session.respondToExternalTool()
   */
  requestId: string;
  /**
   * Session ID that this external tool request belongs to
   */
  sessionId: string;
  /**
   * Tool call ID assigned to this external tool invocation
   */
  toolCallId: string;
  /**
   * Name of the external tool to invoke
   */
  toolName: string;
  /**
   * Stable provider identity captured with an extension-owned tool definition; hosts use it to route the request to the same provider that was offered to the model
   */
  providerId?: string | null;
  /**
   * Arguments to pass to the external tool
   */
  arguments?: {
    [k: string]: unknown;
  };
  /**
   * Active session working directory, when known.
   */
  workingDirectory?: string;
  /**
   * W3C Trace Context traceparent header for the execute_tool span
   */
  traceparent?: string;
  /**
   * W3C Trace Context tracestate header for the execute_tool span
   */
  tracestate?: string;
}

/**
 * Session event "external_tool.requested". External tool invocation request for client-side tool execution
 */
export interface ExternalToolRequestedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "external_tool.requested".
   */
  type: "external_tool.requested";
  /**
   * External tool invocation request for client-side tool execution
   */
  data: ExternalToolRequestedData;
}

/**
 * Operation gated by a factory permission request.
 */
export type FactoryPermissionOperation = "run" | "author";

/**
 * A declared phase shown in a factory permission prompt.
 */
export interface FactoryPermissionPhase {
  /**
   * Phase title
   */
  title: string;
  /**
   * Optional phase detail
   */
  detail?: string;
}

/**
 * Ephemeral signal that a factory run reached a terminal status.
 */
export interface FactoryRunSettledData {
  /**
   * Identifier of the factory run that settled.
   */
  runId: string;
  /**
   * Terminal status the run committed.
   */
  status: FactoryRunSettledStatus;
  /**
   * Subagents this run consumed against its limits.
   */
  consumedSubagents: number;
  /**
   * AI credits this run consumed, in nano-AIU.
   */
  consumedNanoAiu: number;
  /**
   * Active milliseconds accumulated across every attempt of this run.
   */
  elapsedMs: number;
  /**
   * Typed failure class recorded on the run, when it failed with one (e.g. `factory_limit_reached`).
   */
  failureType?: string;
}

/**
 * Session event "factory.run_settled". Ephemeral signal that a factory run reached a terminal status.
 */
export interface FactoryRunSettledEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "factory.run_settled".
   */
  type: "factory.run_settled";
  /**
   * Ephemeral signal that a factory run reached a terminal status.
   */
  data: FactoryRunSettledData;
}

/**
 * Terminal status a factory run committed. A settled run is never `pending` or `running`, so those two members of the run-status domain are deliberately absent.
 */
export type FactoryRunSettledStatus = "completed" | "halted" | "paused" | "cancelled" | "error";

/**
 * Ephemeral signal that a factory run attempt began executing.
 */
export interface FactoryRunStartedData {
  /**
   * Identifier of the factory run that started.
   */
  runId: string;
  /**
   * Name of the factory this run executes. Low cardinality by construction.
   */
  factoryName: string;
  /**
   * Attempt number this start committed; a resumed run increments it.
   */
  attempt: number;
}

/**
 * Session event "factory.run_started". Ephemeral signal that a factory run attempt began executing.
 */
export interface FactoryRunStartedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "factory.run_started".
   */
  type: "factory.run_started";
  /**
   * Ephemeral signal that a factory run attempt began executing.
   */
  data: FactoryRunStartedData;
}

/**
 * Ephemeral invalidation signal for a changed factory run.
 */
export interface FactoryRunUpdatedData {
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Monotonic revision now available for the run.
   */
  revision: number;
}

/**
 * Session event "factory.run_updated". Ephemeral invalidation signal for a changed factory run.
 */
export interface FactoryRunUpdatedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "factory.run_updated".
   */
  type: "factory.run_updated";
  /**
   * Ephemeral invalidation signal for a changed factory run.
   */
  data: FactoryRunUpdatedData;
}

/**
 * Experimental attribution linking an ordinary event to the HydraFusion turn, phase, and concrete source that produced it.
 */
export interface FusionAttribution {
  /**
   * Stable identifier for the HydraFusion turn that produced the event.
   */
  fusionId: string;
  /**
   * Idempotency identifier for the authoritative commit, when the event belongs to the selected output.
   */
  commitId?: string;
  /**
   * Synthetic HydraFusion model selected for the session.
   */
  syntheticModel: string;
  /**
   * HydraFusion routing policy used for the turn.
   */
  policy: string;
  /**
   * HydraFusion orchestration pattern selected for the turn.
   */
  pattern: string;
  /**
   * Identifier of the concrete phase that produced the event.
   */
  phaseId?: string;
  /**
   * Kind of concrete phase that produced the event.
   */
  phaseKind?: string;
  /**
   * Semantic role assigned to the concrete phase.
   */
  role?: string;
  /**
   * Concrete model that produced the attributed event.
   */
  sourceModel?: string;
  /**
   * Conversation scope in which the concrete phase executed.
   */
  conversationScope?: string;
  /**
   * Phase whose output supplied the authoritative content, when different from the executing phase.
   */
  sourcePhaseId?: string;
}

/**
 * Experimental durable aggregate outcome of a HydraFusion turn.
 */
export interface FusionCompletedData {
  /**
   * Stable identifier for the completed HydraFusion turn.
   */
  fusionId: string;
  /**
   * Idempotency identifier for the authoritative final commit.
   */
  commitId: string;
  /**
   * Identifier of the session turn associated with the completion.
   */
  turnId: string;
  /**
   * Synthetic HydraFusion model selected for the session.
   */
  syntheticModel: string;
  /**
   * HydraFusion orchestration pattern executed for the turn.
   */
  pattern: FusionPattern;
  /**
   * Stable aggregate outcome of the HydraFusion turn.
   */
  outcome: string;
  /**
   * Phase whose output supplied the authoritative final content.
   */
  finalSourcePhaseId: string | null;
  /**
   * Concrete model that supplied the authoritative final content.
   */
  finalSourceModel: string | null;
  /**
   * Concrete model recommended for eligible follow-up turns.
   */
  followUpModel: string;
  /**
   * Reason the turn used a degraded route, when applicable.
   */
  degradedReason: string | null;
  /**
   * Number of concrete phases attempted by the turn.
   */
  phaseCount: number;
  /**
   * Total concrete model requests made across all phases.
   */
  requestCount: number;
  /**
   * Total input tokens consumed across all phases.
   */
  inputTokens: number;
  /**
   * Total output tokens produced across all phases.
   */
  outputTokens: number;
  /**
   * Total cached input tokens reported across all phases.
   */
  cachedTokens: number;
  /**
   * Total tokens written to prompt cache across all phases.
   */
  cacheWriteTokens?: number;
  /**
   * Total normalized AI-unit cost reported across all phases, in nano-AIU.
   */
  totalNanoAiu: number;
  /**
   * Total elapsed execution time for the HydraFusion turn in milliseconds.
   */
  durationMs: number;
}

/**
 * Session event "session.fusion_completed". Experimental durable aggregate outcome of a HydraFusion turn.
 */
export interface FusionCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.fusion_completed".
   */
  type: "session.fusion_completed";
  /**
   * Experimental durable aggregate outcome of a HydraFusion turn.
   */
  data: FusionCompletedData;
}

/**
 * Conversation scope in which a HydraFusion phase executes.
 */
export type FusionConversationScope = "root" | "review";

/**
 * Server-recommended routing behavior for a later HydraFusion turn.
 */
export type FusionFollowUpAction = "reuse_primary" | "reroute";

/**
 * Durable server recommendation for subsequent HydraFusion turns.
 */
export interface FusionFollowUpRecommendation {
  /**
   * Recommended routing action for the next user-message turn.
   */
  userTurn: FusionFollowUpAction;
  /**
   * Recommended routing action for the next compaction turn.
   */
  compactionTurn: FusionFollowUpAction;
}

/**
 * Validated HydraFusion execution pattern.
 */
export type FusionPattern = "single" | "cascade" | "critique";

/**
 * Experimental content-safe activity signal for a running HydraFusion phase.
 */
export interface FusionPhaseActivityData {
  /**
   * Identifier of the HydraFusion turn containing the phase.
   */
  fusionId: string;
  /**
   * Stable identifier for the concrete phase.
   */
  phaseId: string;
  /**
   * Kind of phase currently executing.
   */
  phaseKind: FusionPhaseKind;
  /**
   * HydraFusion orchestration pattern containing the phase.
   */
  pattern: FusionPattern;
  /**
   * Semantic role assigned to the phase.
   */
  role: string;
  /**
   * Conversation scope in which the phase executes.
   */
  conversationScope: FusionConversationScope;
  /**
   * Kind of real activity observed.
   */
  activity: FusionPhaseActivityKind;
  /**
   * Cumulative private response bytes observed for this model call. The event never includes response text.
   */
  totalResponseSizeBytes?: number;
  /**
   * Opaque hashed correlation token for matching tool-started and tool-completed activity within this Fusion activity stream. It is not the tool call identifier exposed by tool lifecycle events.
   */
  toolCallId?: string;
}

/**
 * Content-safe activity observed while a HydraFusion phase is running.
 */
export type FusionPhaseActivityKind = "model_output" | "tool_started" | "tool_completed";

/**
 * Experimental durable HydraFusion phase output and lossless replay checkpoint.
 */
export interface FusionPhaseCompletedData {
  /**
   * Identifier of the HydraFusion turn containing the phase.
   */
  fusionId: string;
  /**
   * Stable identifier for the completed phase.
   */
  phaseId: string;
  /**
   * Kind of phase that completed.
   */
  phaseKind: FusionPhaseKind;
  /**
   * Semantic role assigned to the completed phase.
   */
  role: string;
  /**
   * Conversation scope in which the phase executed.
   */
  conversationScope: FusionConversationScope;
  /**
   * Concrete model that executed the phase.
   */
  model: string;
  /**
   * Durable outcome status of the phase.
   */
  status: FusionPhaseStatus;
  /**
   * Provider-normalized textual output produced by the phase.
   */
  content: string;
  /**
   * Structured judge or critic verdict, when the phase produces one.
   */
  verdict: string | null;
  /**
   * Elapsed execution time for the phase in milliseconds.
   */
  durationMs: number;
  /**
   * Aggregate concrete-model usage consumed by the phase.
   */
  usage: FusionPhaseUsage;
}

/**
 * Experimental durable typed HydraFusion phase failure and degradation transition.
 */
export interface FusionPhaseFailedData {
  /**
   * Identifier of the HydraFusion turn containing the phase.
   */
  fusionId: string;
  /**
   * Stable identifier for the failed phase.
   */
  phaseId: string;
  /**
   * Kind of phase that failed.
   */
  phaseKind: FusionPhaseKind;
  /**
   * Semantic role assigned to the failed phase.
   */
  role: string;
  /**
   * Conversation scope in which the phase executed.
   */
  conversationScope: FusionConversationScope;
  /**
   * Concrete model that attempted the phase.
   */
  model: string;
  /**
   * Durable outcome status of the phase.
   */
  status: FusionPhaseStatus;
  /**
   * Stable machine-readable reason for the phase failure.
   */
  reason: string;
  /**
   * Elapsed execution time before the phase failed, in milliseconds.
   */
  durationMs: number;
  /**
   * Aggregate concrete-model usage consumed before the failure.
   */
  usage: FusionPhaseUsage;
  /**
   * Provider or execution error detail, when available.
   */
  errorMessage?: string;
  /**
   * Identifier of the fallback phase used to continue the turn after degradation.
   */
  degradedToPhaseId?: string;
}

/**
 * HydraFusion phase kind.
 */
export type FusionPhaseKind =
  | "primary"
  | "judge"
  | "repair"
  | "draft"
  | "critic"
  | "revision"
  | "follow_up";

/**
 * Presentation-neutral phase planned for a HydraFusion turn.
 */
export interface FusionPhasePlanStep {
  /**
   * Kind of phase that may execute.
   */
  kind: FusionPhaseKind;
  /**
   * Semantic role assigned to the phase.
   */
  role: string;
  /**
   * Conversation scope in which the phase executes.
   */
  scope: FusionConversationScope;
  /**
   * Whether the phase executes only when an earlier phase requests it.
   */
  conditional: boolean;
}

/**
 * Experimental transient HydraFusion phase/model/role signal.
 */
export interface FusionPhaseStartedData {
  /**
   * Identifier of the HydraFusion turn containing the phase.
   */
  fusionId: string;
  /**
   * Stable identifier for the concrete phase.
   */
  phaseId: string;
  /**
   * Kind of phase being executed.
   */
  phaseKind: FusionPhaseKind;
  /**
   * HydraFusion orchestration pattern containing the phase.
   */
  pattern: FusionPattern;
  /**
   * Semantic role assigned to the phase.
   */
  role: string;
  /**
   * Conversation scope in which the phase executes.
   */
  conversationScope: FusionConversationScope;
  /**
   * Concrete model executing the phase.
   */
  model: string;
}

/**
 * Durable outcome status of a HydraFusion phase.
 */
export type FusionPhaseStatus = "succeeded" | "failed" | "cancelled";

/**
 * Aggregate concrete-model usage for one HydraFusion phase.
 */
export interface FusionPhaseUsage {
  /**
   * Number of concrete model requests made by the phase.
   */
  requestCount: number;
  /**
   * Total input tokens consumed by the phase.
   */
  inputTokens: number;
  /**
   * Total output tokens produced by the phase.
   */
  outputTokens: number;
  /**
   * Total cached input tokens reported for the phase.
   */
  cachedTokens: number;
  /**
   * Total tokens written to prompt cache during the phase.
   */
  cacheWriteTokens?: number;
  /**
   * Total normalized AI-unit cost reported for the phase, in nano-AIU.
   */
  totalNanoAiu: number;
}

/**
 * Experimental durable validated HydraFusion route and turn policy.
 */
export interface FusionResolvedData {
  /**
   * Stable identifier for the resolved HydraFusion turn.
   */
  fusionId: string;
  /**
   * Identifier of the session turn associated with the route.
   */
  turnId: string;
  /**
   * Version of the validated HydraFusion event contract.
   */
  contractVersion: number;
  /**
   * Synthetic HydraFusion model selected for the session.
   */
  syntheticModel: string;
  /**
   * HydraFusion routing policy used to resolve the plan.
   */
  policy: string;
  /**
   * Router implementation that supplied the plan.
   */
  routeSource?: string;
  /**
   * Version of the validated execution-plan format.
   */
  planVersion?: string;
  /**
   * Version of the local routing policy.
   */
  policyVersion?: string;
  /**
   * Version of the executable model universe used for selection.
   */
  modelUniverseVersion?: string;
  /**
   * Identifier of the local policy rule that matched.
   */
  ruleId?: string;
  /**
   * Zero-based index of the local policy rule that matched.
   */
  ruleIndex?: number;
  /**
   * Human-readable name of the local policy rule that matched.
   */
  ruleName?: string;
  /**
   * Validated capability scores used to select the route.
   */
  scores?: FusionScores;
  /**
   * Validated orchestration pattern selected for the turn.
   */
  pattern: FusionPattern;
  /**
   * Presentation-neutral phase plan for clients that render workflow progress.
   *
   * Items: Presentation-neutral phase planned for a HydraFusion turn.
   */
  phasePlan?: FusionPhasePlanStep[];
  /**
   * Concrete model selected for the primary solver phase.
   */
  primaryModel: string;
  /**
   * Concrete model selected for the review or judge phase, when required.
   */
  secondaryModel: string | null;
  /**
   * Concrete model used when the planned primary model cannot execute.
   */
  fallbackModel: string;
  /**
   * Concrete model recommended for eligible follow-up turns.
   */
  followUpModel: string;
  /**
   * Router recommendation controlling reuse or rerouting on later turns.
   */
  followUp?: FusionFollowUpRecommendation;
  /**
   * Elapsed time in milliseconds required to resolve and validate the route.
   */
  routingLatencyMs?: number;
}

/**
 * Session event "session.fusion_resolved". Experimental durable validated HydraFusion route and turn policy.
 */
export interface FusionResolvedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.fusion_resolved".
   */
  type: "session.fusion_resolved";
  /**
   * Experimental durable validated HydraFusion route and turn policy.
   */
  data: FusionResolvedData;
}

/**
 * Experimental durable HydraFusion routing failure and the deterministic concrete fallback selected for the turn.
 */
export interface FusionRouteFailedData {
  /**
   * Identifier of the routing attempt that failed.
   */
  attemptId: string;
  /**
   * Synthetic HydraFusion model selected for the session.
   */
  syntheticModel: string;
  /**
   * HydraFusion routing policy requested for the turn.
   */
  policy: string;
  /**
   * Stable machine-readable reason for the routing failure.
   */
  reason: string;
  /**
   * Provider or validation error detail, when available.
   */
  errorMessage?: string;
  /**
   * Concrete model selected as the deterministic fallback.
   */
  fallbackModel: string;
  /**
   * Elapsed routing time in milliseconds before the failure.
   */
  routingLatencyMs?: number;
}

/**
 * Session event "session.fusion_route_failed". Experimental durable HydraFusion routing failure and the deterministic concrete fallback selected for the turn.
 */
export interface FusionRouteFailedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.fusion_route_failed".
   */
  type: "session.fusion_route_failed";
  /**
   * Experimental durable HydraFusion routing failure and the deterministic concrete fallback selected for the turn.
   */
  data: FusionRouteFailedData;
}

/**
 * Experimental transient signal that HydraFusion routing has started for an eligible turn.
 */
export interface FusionRouteStartedData {
  /**
   * Identifier for this routing attempt before a durable Fusion turn exists.
   */
  attemptId: string;
  /**
   * Kind of turn being routed.
   */
  turnKind: FusionTurnKind;
  /**
   * Synthetic HydraFusion model selected for the session.
   */
  syntheticModel?: string;
  /**
   * HydraFusion routing policy requested for the turn.
   */
  policy?: string;
}

/**
 * Session event "session.fusion_route_started". Experimental transient signal that HydraFusion routing has started for an eligible turn.
 */
export interface FusionRouteStartedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.fusion_route_started".
   */
  type: "session.fusion_route_started";
  /**
   * Experimental transient signal that HydraFusion routing has started for an eligible turn.
   */
  data: FusionRouteStartedData;
}

/**
 * Validated HydraFusion routing capability scores.
 */
export interface FusionScores {
  /**
   * Reasoning capability score returned by the authenticated router.
   */
  reasoning: number;
  /**
   * Code-generation capability score returned by the authenticated router.
   */
  codeGen: number;
  /**
   * Debugging capability score returned by the authenticated router.
   */
  debugging: number;
  /**
   * Tool-use capability score returned by the authenticated router.
   */
  toolUse: number;
}

/**
 * Kind of turn for which HydraFusion routing is running.
 */
export type FusionTurnKind = "user" | "compaction";

/**
 * Per-session configuration for the built-in GitHub MCP server
 */
export interface GitHubMcpToolConfig {
  /**
   * Whether to use the read-write endpoint and request all toolsets
   */
  enableAllTools?: boolean;
  /**
   * Additional GitHub MCP toolsets requested by the session
   */
  additionalToolsets?: string[];
  /**
   * Additional GitHub MCP tools requested by the session
   */
  additionalTools?: string[];
  /**
   * Whether to request the GitHub MCP insiders build
   */
  enableInsidersMode?: boolean;
}

/**
 * Pointer to a GitHub repository.
 */
export interface GitHubRepoRef {
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
 * Session handoff metadata including source, context, and repository information
 */
export interface HandoffData {
  /**
   * ISO 8601 timestamp when the handoff occurred
   */
  handoffTime: string;
  /**
   * Origin type of the session being handed off
   */
  sourceType: HandoffSourceType;
  /**
   * Repository context for the handed-off session
   */
  repository?: HandoffRepository;
  /**
   * Additional context information for the handoff
   */
  context?: string;
  /**
   * Summary of the work done in the source session
   */
  summary?: string;
  /**
   * Session ID of the remote session being handed off
   */
  remoteSessionId?: string;
  /**
   * GitHub host URL for the source session (e.g., https://github.com or https://tenant.ghe.com)
   */
  host?: string;
}

/**
 * Session event "session.handoff". Session handoff metadata including source, context, and repository information
 */
export interface HandoffEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.handoff".
   */
  type: "session.handoff";
  /**
   * Session handoff metadata including source, context, and repository information
   */
  data: HandoffData;
}

/**
 * Repository context for the handed-off session
 */
export interface HandoffRepository {
  /**
   * Repository owner (user or organization)
   */
  owner: string;
  /**
   * Repository name
   */
  name: string;
  /**
   * Git branch name, if applicable
   */
  branch?: string;
}

/**
 * Origin type of the session being handed off
 */
export type HandoffSourceType = "remote" | "local";

/**
 * Single HTTP header entry as a name/value pair.
 */
export interface HeaderEntry {
  /**
   * HTTP response header name as observed by the runtime.
   */
  name: string;
  /**
   * HTTP response header value as observed by the runtime.
   */
  value: string;
}

/**
 * Hook invocation completion details including output, success status, and error information
 */
export interface HookEndData {
  /**
   * Identifier matching the corresponding hook.start event
   */
  hookInvocationId: string;
  /**
   * Type of hook that was invoked (e.g., "preToolUse", "postToolUse", "sessionStart")
   */
  hookType: string;
  /**
   * Output data produced by the hook. Durable and resumed postToolUse receipts may omit messages owned by a successful skill invocation and replace an unchanged skill sessionLog copy with an elision marker; hook-modified or re-sourced values are preserved, and the authoritative body remains in the skill invocation event.
   */
  output?: {
    [k: string]: unknown;
  };
  /**
   * Whether the hook completed successfully
   */
  success: boolean;
  /**
   * Error details when the hook failed
   */
  error?: HookEndError;
  /**
   * Tool call ID of the parent tool invocation when this event originates from a sub-agent
   */
  parentToolCallId?: string;
}

/**
 * Error details when the hook failed
 */
export interface HookEndError {
  /**
   * Human-readable error message
   */
  message: string;
  /**
   * Error stack trace, when available
   */
  stack?: string;
  /**
   * Source label of the hook that errored (e.g. the plugin it was loaded from), when known
   */
  source?: string;
}

/**
 * Session event "hook.end". Hook invocation completion details including output, success status, and error information
 */
export interface HookEndEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "hook.end".
   */
  type: "hook.end";
  /**
   * Hook invocation completion details including output, success status, and error information
   */
  data: HookEndData;
}

/**
 * Ephemeral progress update from a running hook process
 */
export interface HookProgressData {
  /**
   * Human-readable progress message from the hook process
   */
  message: string;
  /**
   * When true, this status message replaces the previous temporary one instead of accumulating
   */
  temporary?: boolean;
}

/**
 * Session event "hook.progress". Ephemeral progress update from a running hook process
 */
export interface HookProgressEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "hook.progress".
   */
  type: "hook.progress";
  /**
   * Ephemeral progress update from a running hook process
   */
  data: HookProgressData;
}

/**
 * Hook invocation start details including type and input data
 */
export interface HookStartData {
  /**
   * Unique identifier for this hook invocation
   */
  hookInvocationId: string;
  /**
   * Type of hook being invoked (e.g., "preToolUse", "postToolUse", "sessionStart")
   */
  hookType: string;
  /**
   * Input data passed to the hook. For postToolUse hooks the retained copy served by session.eventLog.read (and by a resumed session) drops the tool result's inline `contents`/`uiResource`/`skillInvocation` and replaces duplicated text result fields with a `[copilot:elided ...]` marker; the live subscription stream still delivers the full value. Canonical tool output remains in the adjacent tool.execution_complete event, while an invoked skill's authoritative body remains in its skill invocation event.
   */
  input?: {
    [k: string]: unknown;
  };
  /**
   * Tool call ID of the parent tool invocation when this event originates from a sub-agent
   */
  parentToolCallId?: string;
}

/**
 * Session event "hook.start". Hook invocation start details including type and input data
 */
export interface HookStartEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "hook.start".
   */
  type: "hook.start";
  /**
   * Hook invocation start details including type and input data
   */
  data: HookStartData;
}

/**
 * Payload indicating the session is idle with no background agents or attached shell commands in flight
 */
export interface IdleData {
  /**
   * True when the preceding agentic loop was cancelled via abort signal
   */
  aborted?: boolean;
  /**
   * The session mode the agent was operating in when it went idle, when the mode is known. Lets turn-scoped consumers distinguish an autopilot continuation boundary (where the agent keeps working after this idle) from a genuine turn completion.
   */
  mode?: SessionMode;
}

/**
 * Session event "session.idle". Payload indicating the session is idle with no background agents or attached shell commands in flight
 */
export interface IdleEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.idle".
   */
  type: "session.idle";
  /**
   * Payload indicating the session is idle with no background agents or attached shell commands in flight
   */
  data: IdleData;
}

/**
 * Informational message for timeline display with categorization
 */
export interface InfoData {
  /**
   * Category of informational message (e.g., "notification", "timing", "context_window", "mcp", "snapshot", "configuration", "authentication", "model")
   */
  infoType: string;
  /**
   * Human-readable informational message for display in the timeline
   */
  message: string;
  /**
   * Optional URL associated with this message that the user can open in a browser
   */
  url?: string;
  /**
   * Optional actionable tip displayed with this message
   */
  tip?: string;
}

/**
 * Session event "session.info". Informational message for timeline display with categorization
 */
export interface InfoEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.info".
   */
  type: "session.info";
  /**
   * Informational message for timeline display with categorization
   */
  data: InfoData;
}

/**
 * The category of runtime action that enterprise managed settings governed (blocked or capped)
 */
export type ManagedSettingsEnforcedAction = "bypass_permissions_blocked";

/**
 * Runtime enforcement of enterprise managed settings: fires when the session blocks or caps a runtime action because enterprise policy governs it, so SDK clients can explain *why* an action was governed. Unlike `session.managed_settings_resolved` (which reports *what* is managed), this reports a concrete governed action — e.g. a user or host tried to turn on a bypass-permissions escalation while policy disables it. Emitted live (not persisted to the session event log) on user/host-initiated attempts only, never for silent policy application. Marked experimental while the managed-settings surface stabilizes.
 */
export interface ManagedSettingsEnforcedData {
  /**
   * The category of runtime action that managed policy governed.
   */
  action: ManagedSettingsEnforcedAction;
  /**
   * For a `bypass_permissions_blocked` action, which permission-escalation primitive was refused. Absent for actions without a specific escalation primitive.
   */
  escalation?: ManagedSettingsEnforcedEscalation;
  /**
   * The managed setting key responsible for the enforcement (e.g. `permissions.disableBypassPermissionsMode`).
   */
  setting: string;
  /**
   * Whether the enforcement was forced by fail-closed handling (managed policy could not be determined) rather than an explicit managed setting. When true, `setting` still names the restriction that was applied.
   */
  failClosed: boolean;
  /**
   * A human-readable explanation of why the action was governed, suitable for surfacing to the user.
   */
  message: string;
}

/**
 * For a `bypass_permissions_blocked` action, which permission-escalation primitive was refused
 */
export type ManagedSettingsEnforcedEscalation =
  | "allow_all"
  | "approve_all"
  | "assisted_approval"
  | "unrestricted_paths"
  | "unrestricted_urls"
  | "server_wide_mcp_approval";

/**
 * Session event "session.managed_settings_enforced". Runtime enforcement of enterprise managed settings: fires when the session blocks or caps a runtime action because enterprise policy governs it, so SDK clients can explain *why* an action was governed. Unlike `session.managed_settings_resolved` (which reports *what* is managed), this reports a concrete governed action — e.g. a user or host tried to turn on a bypass-permissions escalation while policy disables it. Emitted live (not persisted to the session event log) on user/host-initiated attempts only, never for silent policy application. Marked experimental while the managed-settings surface stabilizes.
 */
export interface ManagedSettingsEnforcedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.managed_settings_enforced".
   */
  type: "session.managed_settings_enforced";
  /**
   * Runtime enforcement of enterprise managed settings: fires when the session blocks or caps a runtime action because enterprise policy governs it, so SDK clients can explain *why* an action was governed. Unlike `session.managed_settings_resolved` (which reports *what* is managed), this reports a concrete governed action — e.g. a user or host tried to turn on a bypass-permissions escalation while policy disables it. Emitted live (not persisted to the session event log) on user/host-initiated attempts only, never for silent policy application. Marked experimental while the managed-settings surface stabilizes.
   */
  data: ManagedSettingsEnforcedData;
}

/**
 * Enterprise managed-settings resolution: the effective managed settings the session applied and which channels contributed, so SDK clients can show users what is enterprise-managed. Fires whenever managed policy is (re)applied — at session start, on resume, and on account switch. This is an ephemeral live snapshot (delivered to subscribers but not persisted to the session event log), because at session start it resolves before `session.start` is emitted. Device values take precedence over server values, then the policy helper, per ordinary key, while permissions compose restrictively across device, server, policy-helper, and SDK-client layers. The account-scoped `getManagedSettings()` API does not include session-local client injection. Marked experimental while the managed-settings surface stabilizes.
 */
export interface ManagedSettingsResolvedData {
  /**
   * Channel summary: `server`, `device`, `client`, or `policyHelper` when exactly one channel contributed; `mixed` when multiple channels contributed; otherwise `none`. Consult the per-channel booleans for exact provenance.
   */
  source: ManagedSettingsResolvedSource;
  /**
   * Whether the server (account/org) managed-settings layer was present
   */
  serverManaged: boolean;
  /**
   * Whether an actual device MDM/plist/registry/file managed-settings layer was present
   */
  deviceManaged: boolean;
  /**
   * Whether a session-local permissions layer injected by the SDK host was present
   */
  clientManaged?: boolean;
  /**
   * Whether the policy-helper managed-settings layer was present. The policy helper is the weakest channel: it fills keys no enterprise source set and can never replace one.
   */
  policyHelperManaged?: boolean;
  /**
   * Whether managed policy could not be determined (e.g. a failed server fetch) and the session fell back to the fail-closed restriction. When true, restrictions such as disabling bypass-permissions are enforced even though `settings` may be absent.
   */
  failClosed: boolean;
  /**
   * Whether the effective sandbox policy forces the sandbox on *only* because managed policy could not be determined, rather than because the policy requires it. Lets clients tell a user whose `--no-sandbox` was overridden that the sandbox stayed on as a fail-closed fallback, instead of attributing it to an administrator who set no such policy.
   */
  sandboxEnabledByUndeterminedPolicy?: boolean;
  /**
   * Whether enterprise policy disables bypass-permissions ("yolo") mode for this session. Deny-wins across layers, and forced on when `failClosed` is true.
   */
  bypassPermissionsDisabled: boolean;
  /**
   * Whether at least two managed sources supplied permission allowlists, so enforcement intersects them and the flattened settings payload omits `permissions.allow`.
   */
  permissionsAllowIntersected?: boolean;
  /**
   * The setting keys under enterprise management in the effective managed settings (e.g. `model`, `enabledPlugins`, `permissions`). Empty when no managed settings are in force.
   */
  managedKeys: string[];
  /**
   * The effective (resolved) managed settings values, so clients can render exactly what is enforced. Absent when no managed policy is in force.
   */
  settings?: {
    [k: string]: unknown;
  };
}

/**
 * Session event "session.managed_settings_resolved". Enterprise managed-settings resolution: the effective managed settings the session applied and which channels contributed, so SDK clients can show users what is enterprise-managed. Fires whenever managed policy is (re)applied — at session start, on resume, and on account switch. This is an ephemeral live snapshot (delivered to subscribers but not persisted to the session event log), because at session start it resolves before `session.start` is emitted. Device values take precedence over server values, then the policy helper, per ordinary key, while permissions compose restrictively across device, server, policy-helper, and SDK-client layers. The account-scoped `getManagedSettings()` API does not include session-local client injection. Marked experimental while the managed-settings surface stabilizes.
 */
export interface ManagedSettingsResolvedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.managed_settings_resolved".
   */
  type: "session.managed_settings_resolved";
  /**
   * Enterprise managed-settings resolution: the effective managed settings the session applied and which channels contributed, so SDK clients can show users what is enterprise-managed. Fires whenever managed policy is (re)applied — at session start, on resume, and on account switch. This is an ephemeral live snapshot (delivered to subscribers but not persisted to the session event log), because at session start it resolves before `session.start` is emitted. Device values take precedence over server values, then the policy helper, per ordinary key, while permissions compose restrictively across device, server, policy-helper, and SDK-client layers. The account-scoped `getManagedSettings()` API does not include session-local client injection. Marked experimental while the managed-settings surface stabilizes.
   */
  data: ManagedSettingsResolvedData;
}

/**
 * Summary of which managed-settings channels contributed to the effective session policy. Use the per-channel booleans for exact provenance.
 */
export type ManagedSettingsResolvedSource =
  | "server"
  | "device"
  | "client"
  | "policyHelper"
  | "mixed"
  | "none";

/**
 * MCP App view called a tool on a connected MCP server (SEP-1865)
 */
export interface McpAppToolCallCompleteData {
  /**
   * Name of the MCP server hosting the tool
   */
  serverName: string;
  /**
   * MCP tool name that was invoked
   */
  toolName: string;
  /**
   * Arguments passed to the tool by the app view, if any
   */
  arguments?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * True when the call completed without throwing AND the MCP CallToolResult did not set isError
   */
  success: boolean;
  /**
   * Wall-clock duration of the underlying tools/call in milliseconds
   */
  durationMs: number;
  /**
   * Standard MCP CallToolResult returned by the server. Present whether or not the call set isError.
   */
  result?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * Set when the underlying tools/call threw an error before returning a CallToolResult
   */
  error?: McpAppToolCallCompleteError;
  /**
   * The tool's `_meta.ui` block at the time of the call, so consumers can decide whether to forward the result to the model without re-listing tools.
   */
  toolMeta?: McpAppToolCallCompleteToolMeta;
}

/**
 * Set when the underlying tools/call threw an error before returning a CallToolResult
 */
export interface McpAppToolCallCompleteError {
  /**
   * Human-readable error message
   */
  message: string;
}

/**
 * Session event "mcp_app.tool_call_complete". MCP App view called a tool on a connected MCP server (SEP-1865)
 */
export interface McpAppToolCallCompleteEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "mcp_app.tool_call_complete".
   */
  type: "mcp_app.tool_call_complete";
  /**
   * MCP App view called a tool on a connected MCP server (SEP-1865)
   */
  data: McpAppToolCallCompleteData;
}

/**
 * The tool's `_meta.ui` block at the time of the call, so consumers can decide whether to forward the result to the model without re-listing tools.
 */
export interface McpAppToolCallCompleteToolMeta {
  /**
   * MCP App tool `_meta.ui` resource URI and SEP-1865 visibility captured with an `mcp_app.tool_call_complete` result.
   */
  ui?: McpAppToolCallCompleteToolMetaUI;
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * MCP App tool `_meta.ui` resource URI and SEP-1865 visibility captured with an `mcp_app.tool_call_complete` result.
 */
export interface McpAppToolCallCompleteToolMetaUI {
  /**
   * `ui://` URI declared by the tool's `_meta.ui.resourceUri`
   */
  resourceUri?: string;
  /**
   * Tool visibility per SEP-1865 (typically a subset of `["model","app"]`)
   */
  visibility?: string[];
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * MCP headers refresh request completion notification
 */
export interface McpHeadersRefreshCompletedData {
  /**
   * Request ID of the resolved headers refresh request
   */
  requestId: string;
  /**
   * How the pending MCP headers refresh request resolved.
   */
  outcome: McpHeadersRefreshCompletedOutcome;
}

/**
 * Session event "mcp.headers_refresh_completed". MCP headers refresh request completion notification
 */
export interface McpHeadersRefreshCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "mcp.headers_refresh_completed".
   */
  type: "mcp.headers_refresh_completed";
  /**
   * MCP headers refresh request completion notification
   */
  data: McpHeadersRefreshCompletedData;
}

/**
 * How the pending MCP headers refresh request resolved.
 */
export type McpHeadersRefreshCompletedOutcome = "headers" | "none" | "error" | "timeout";

/**
 * Dynamic headers refresh request for a remote MCP server
 */
export interface McpHeadersRefreshRequiredData {
  /**
   * Unique identifier for this headers refresh request; used to respond via session.mcp.headers.handlePendingHeadersRefreshRequest()
   */
  requestId: string;
  /**
   * Display name of the remote MCP server requesting headers
   */
  serverName: string;
  /**
   * URL of the remote MCP server requesting headers
   */
  serverUrl: string;
  /**
   * Why dynamic headers are being requested.
   */
  reason: McpHeadersRefreshRequiredReason;
}

/**
 * Session event "mcp.headers_refresh_required". Dynamic headers refresh request for a remote MCP server
 */
export interface McpHeadersRefreshRequiredEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "mcp.headers_refresh_required".
   */
  type: "mcp.headers_refresh_required";
  /**
   * Dynamic headers refresh request for a remote MCP server
   */
  data: McpHeadersRefreshRequiredData;
}

/**
 * Why dynamic headers are being requested.
 */
export type McpHeadersRefreshRequiredReason = "startup" | "ttl-expired" | "auth-failed";

/**
 * Payload identifying the MCP server associated with a list change.
 */
export interface McpListChangedData {
  /**
   * Name of the MCP server whose list changed
   */
  serverName: string;
}

/**
 * MCP OAuth request completion notification
 */
export interface McpOauthCompletedData {
  /**
   * Request ID of the resolved OAuth request
   */
  requestId: string;
  /**
   * How the pending OAuth request was completed
   */
  outcome: McpOauthCompletionOutcome;
}

/**
 * Session event "mcp.oauth_completed". MCP OAuth request completion notification
 */
export interface McpOauthCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "mcp.oauth_completed".
   */
  type: "mcp.oauth_completed";
  /**
   * MCP OAuth request completion notification
   */
  data: McpOauthCompletedData;
}

/**
 * How the pending MCP OAuth request was completed
 */
export type McpOauthCompletionOutcome = "token" | "cancelled";

/**
 * Raw HTTP response details from the OAuth auth challenge, as observed by the runtime.
 */
export interface McpOauthHttpResponse {
  /**
   * HTTP status code returned with the auth challenge.
   */
  statusCode: number;
  /**
   * HTTP response headers as observed by the runtime. Order and casing are transport-dependent, and duplicate header names may appear multiple times.
   *
   * Items: Single HTTP header entry as a name/value pair.
   */
  headers: HeaderEntry[];
  /**
   * Complete UTF-8 response body for host-specific challenge handling, including an empty string for an empty body. Omitted when the complete body is not valid UTF-8; body read failures fail the HTTP operation rather than exposing a partial response.
   */
  body?: string;
}

/**
 * Reason the runtime is requesting host-provided MCP OAuth credentials
 */
export type McpOauthRequestReason = "initial" | "refresh" | "reauth" | "upscope";

/**
 * OAuth authentication request for an MCP server
 */
export interface McpOauthRequiredData {
  /**
   * Unique identifier for this OAuth request; used to respond via session.mcp.oauth.handlePendingRequest
   */
  requestId: string;
  /**
   * Display name of the MCP server that requires OAuth
   */
  serverName: string;
  /**
   * URL of the MCP server that requires OAuth
   */
  serverUrl: string;
  /**
   * Static OAuth client configuration, if the server specifies one
   */
  staticClientConfig?: McpOauthRequiredStaticClientConfig;
  /**
   * OAuth WWW-Authenticate parameters parsed from the auth challenge, if available
   */
  wwwAuthenticateParams?: McpOauthWWWAuthenticateParams;
  /**
   * Raw HTTP response details from the OAuth auth challenge, as observed by the runtime. Header order and casing are transport-dependent, and duplicate header names may appear multiple times.
   */
  httpResponse?: McpOauthHttpResponse;
  /**
   * Raw OAuth protected-resource metadata document fetched for the MCP server, if available
   */
  resourceMetadata?: string;
  /**
   * Why the runtime is requesting host-provided OAuth credentials.
   */
  reason: McpOauthRequestReason;
}

/**
 * Session event "mcp.oauth_required". OAuth authentication request for an MCP server
 */
export interface McpOauthRequiredEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "mcp.oauth_required".
   */
  type: "mcp.oauth_required";
  /**
   * OAuth authentication request for an MCP server
   */
  data: McpOauthRequiredData;
}

/**
 * Static OAuth client configuration, if the server specifies one
 */
export interface McpOauthRequiredStaticClientConfig {
  /**
   * OAuth client ID for the server
   */
  clientId: string;
  /**
   * Optional OAuth client secret for confidential static clients, when the runtime can resolve one
   */
  clientSecret?: string;
  /**
   * Whether this is a public OAuth client
   */
  publicClient?: boolean;
  /**
   * Optional non-default OAuth grant type. When set to 'client_credentials', the OAuth flow runs headlessly using the client_id + keychain-stored secret (no browser, no callback server).
   */
  grantType?: "client_credentials";
}

/**
 * OAuth WWW-Authenticate parameters parsed from an MCP auth challenge
 */
export interface McpOauthWWWAuthenticateParams {
  /**
   * Protected resource metadata URL from the WWW-Authenticate resource_metadata parameter, if present
   */
  resourceMetadataUrl?: string;
  /**
   * Requested OAuth scopes from the WWW-Authenticate scope parameter, if present
   */
  scope?: string;
  /**
   * OAuth error from the WWW-Authenticate error parameter, if present
   */
  error?: string;
}

/**
 * Session event "mcp.prompts.list_changed". Payload identifying the MCP server associated with a list change.
 */
export interface McpPromptsListChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "mcp.prompts.list_changed".
   */
  type: "mcp.prompts.list_changed";
  /**
   * Payload identifying the MCP server associated with a list change.
   */
  data: McpListChangedData;
}

/**
 * Session event "mcp.resources.list_changed". Payload identifying the MCP server associated with a list change.
 */
export interface McpResourcesListChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "mcp.resources.list_changed".
   */
  type: "mcp.resources.list_changed";
  /**
   * Payload identifying the MCP server associated with a list change.
   */
  data: McpListChangedData;
}

/**
 * Server-advertised metadata learned through modern discovery or legacy initialization.
 */
export interface McpServerMetadata {
  /**
   * Non-empty natural-language guidance for using the server, or null when the server omitted instructions or advertised an empty string.
   */
  instructions: string | null;
}

/**
 * Payload of `session.mcp_server_needs_reconnect` identifying an MCP server whose connection must be re-established.
 */
export interface McpServerNeedsReconnectData {
  /**
   * Name of the MCP server that needs to reconnect
   */
  serverName: string;
}

/**
 * Session event "session.mcp_server_needs_reconnect". Payload of `session.mcp_server_needs_reconnect` identifying an MCP server whose connection must be re-established.
 */
export interface McpServerNeedsReconnectEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.mcp_server_needs_reconnect".
   */
  type: "session.mcp_server_needs_reconnect";
  /**
   * Payload of `session.mcp_server_needs_reconnect` identifying an MCP server whose connection must be re-established.
   */
  data: McpServerNeedsReconnectData;
}

/**
 * Payload of `session.mcp_server_removed` identifying an MCP server the graph no longer runs.
 */
export interface McpServerRemovedData {
  /**
   * Name of the MCP server that was removed from the graph
   */
  serverName: string;
}

/**
 * Session event "session.mcp_server_removed". Payload of `session.mcp_server_removed` identifying an MCP server the graph no longer runs.
 */
export interface McpServerRemovedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.mcp_server_removed".
   */
  type: "session.mcp_server_removed";
  /**
   * Payload of `session.mcp_server_removed` identifying an MCP server the graph no longer runs.
   */
  data: McpServerRemovedData;
}

/**
 * Configuration source: user, workspace, plugin, builtin, or managed
 */
export type McpServerSource = "user" | "workspace" | "plugin" | "builtin" | "managed";

/**
 * Connection status: connected, failed, needs-auth, pending, disabled, stopped, or not_configured
 */
export type McpServerStatus =
  | "connected"
  | "failed"
  | "needs-auth"
  | "pending"
  | "disabled"
  | "stopped"
  | "not_configured";

/**
 * Payload of `session.mcp_server_status_changed` for one MCP server's status and optional failure error.
 */
export interface McpServerStatusChangedData {
  /**
   * Name of the MCP server whose status changed
   */
  serverName: string;
  /**
   * Connection status: connected, failed, needs-auth, pending, disabled, stopped, or not_configured
   */
  status: McpServerStatus;
  /**
   * Error message if the server entered a failed state
   */
  error?: string;
}

/**
 * Session event "session.mcp_server_status_changed". Payload of `session.mcp_server_status_changed` for one MCP server's status and optional failure error.
 */
export interface McpServerStatusChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.mcp_server_status_changed".
   */
  type: "session.mcp_server_status_changed";
  /**
   * Payload of `session.mcp_server_status_changed` for one MCP server's status and optional failure error.
   */
  data: McpServerStatusChangedData;
}

/**
 * Transport mechanism: stdio, http, sse (deprecated), or memory (in-process MCP server)
 */
export type McpServerTransport = "stdio" | "http" | "sse" | "memory";

/**
 * Payload of `session.mcp_servers_loaded` listing MCP server status summaries.
 */
export interface McpServersLoadedData {
  /**
   * Array of MCP server status summaries
   *
   * Items: A single MCP server status summary in `session.mcp_servers_loaded`, including name, status, source, transport, and plugin metadata.
   */
  servers: McpServersLoadedServer[];
}

/**
 * Session event "session.mcp_servers_loaded". Payload of `session.mcp_servers_loaded` listing MCP server status summaries.
 */
export interface McpServersLoadedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.mcp_servers_loaded".
   */
  type: "session.mcp_servers_loaded";
  /**
   * Payload of `session.mcp_servers_loaded` listing MCP server status summaries.
   */
  data: McpServersLoadedData;
}

/**
 * A single MCP server status summary in `session.mcp_servers_loaded`, including name, status, source, transport, and plugin metadata.
 */
export interface McpServersLoadedServer {
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
  /**
   * Transport mechanism: stdio, http, sse (deprecated), or memory (in-process MCP server)
   */
  transport?: McpServerTransport;
  /**
   * Name of the plugin that supplied the effective MCP server config, only when source is plugin
   */
  pluginName?: string;
  /**
   * Version of the plugin that supplied the effective MCP server config, only when source is plugin
   */
  pluginVersion?: string;
}

/**
 * Session event "mcp.tools.list_changed". Payload identifying the MCP server associated with a list change.
 */
export interface McpToolsListChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "mcp.tools.list_changed".
   */
  type: "mcp.tools.list_changed";
  /**
   * Payload identifying the MCP server associated with a list change.
   */
  data: McpListChangedData;
}

/**
 * Agent mode change details including previous and new modes
 */
export interface ModeChangedData {
  /**
   * The session mode the agent is operating in
   */
  previousMode: SessionMode;
  /**
   * The session mode the agent is operating in
   */
  newMode: SessionMode;
}

/**
 * Session event "session.mode_changed". Agent mode change details including previous and new modes
 */
export interface ModeChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.mode_changed".
   */
  type: "session.mode_changed";
  /**
   * Agent mode change details including previous and new modes
   */
  data: ModeChangedData;
}

/**
 * Records that a mode transition notice reached the model so cache-stable mode tools can remain offered across resume.
 */
export interface ModeNoticeDeliveredData {
  /**
   * Mode established by the delivered transition notice
   */
  mode: SessionMode;
  /**
   * Model-visible transition notice persisted for a mid-turn delivery
   */
  content?: string;
}

/**
 * Session event "session.mode_notice_delivered". Records that a mode transition notice reached the model so cache-stable mode tools can remain offered across resume.
 */
export interface ModeNoticeDeliveredEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.mode_notice_delivered".
   */
  type: "session.mode_notice_delivered";
  /**
   * Records that a mode transition notice reached the model so cache-stable mode tools can remain offered across resume.
   */
  data: ModeNoticeDeliveredData;
}

/**
 * For HTTP 400 failures only: whether the response carried a structured CAPI error envelope (structured_error, a deterministic validation failure) or no error body (bodyless, the transient gateway/proxy signature). Absent for non-400 failures.
 */
export type ModelCallFailureBadRequestKind = "bodyless" | "structured_error";

/**
 * Failed LLM API call metadata for telemetry
 */
export interface ModelCallFailureData {
  /**
   * Model identifier used for the failed API call
   */
  model?: string;
  /**
   * What initiated this API call (e.g., "sub-agent", "mcp-sampling"); absent for user-initiated calls
   */
  initiator?: string;
  /**
   * Completion ID from the model provider (e.g., chatcmpl-abc123)
   */
  apiCallId?: string;
  /**
   * GitHub request tracing ID (x-github-request-id header) for server-side log correlation
   */
  providerCallId?: string;
  /**
   * Copilot service request ID (x-copilot-service-request-id header) for CAPI log correlation
   */
  serviceRequestId?: string;
  /**
   * Per-request treatment/eligibility signal returned by the Copilot API in the `X-GitHub-Copilot-Request-TE` response header for the associated model call; `false` when the header was absent or unparseable.
   */
  rte?: boolean;
  /**
   * HTTP status code from the failed request
   */
  statusCode?: number;
  /**
   * Duration of the failed API call in milliseconds
   */
  durationMs?: number;
  /**
   * API endpoint used for this model call, matching CAPI supported_endpoints vocabulary
   */
  apiEndpoint?: AssistantUsageApiEndpoint;
  /**
   * Transport used for the failed model call (http or websocket)
   */
  transport?: ModelCallFailureTransport;
  /**
   * Whether the failure originated from an API response or the request transport
   */
  failureKind?: ModelCallFailureKind;
  /**
   * Effective maximum prompt-token limit for the failed call
   */
  maxPromptTokens?: number;
  /**
   * Effective maximum output-token limit for the failed call
   */
  maxOutputTokens?: number;
  /**
   * Whether the failed call used a bring-your-own-key provider
   */
  isByok?: boolean;
  /**
   * Whether the session selected Auto mode for the failed call
   */
  isAuto?: boolean;
  /**
   * Reasoning effort level used for the failed model call, if applicable
   */
  reasoningEffort?: string;
  /**
   * Authoritative interaction classification for the failed call, matching `assistant.usage.interactionType` (for example `conversation-agent`, `conversation-subagent`, or `conversation-sampling`). Absent when the producer cannot classify the interaction.
   */
  interactionType?: string;
  /**
   * Where the failed model call originated
   */
  source: ModelCallFailureSource;
  /**
   * Raw provider/runtime error message for restricted telemetry
   */
  errorMessage?: string;
  /**
   * For HTTP 400 failures only: whether the response carried a structured CAPI error envelope (structured_error, a deterministic validation failure) or no error body (bodyless, the transient gateway/proxy signature). Absent for non-400 failures.
   */
  badRequestKind?: ModelCallFailureBadRequestKind;
  /**
   * For HTTP 400 failures only: the `code` from the CAPI error envelope (e.g. 'model_max_prompt_tokens_exceeded') identifying which deterministic validation failure occurred. Raw server-controlled string, emitted only through restricted telemetry. Absent for bodyless or non-400 failures.
   */
  errorCode?: string;
  /**
   * For HTTP 400 failures only: the `type` from the CAPI error envelope (e.g. 'websocket_error'), a coarser companion to errorCode for envelopes that carry no code. Raw server-controlled string, emitted only through restricted telemetry. Absent for bodyless or non-400 failures.
   */
  errorType?: string;
  /**
   * Content-free structural summary of the failing request. Contains only counts and shape flags (no prompt content), so it is safe for unrestricted telemetry. Populated only for client-error (4xx) failures.
   */
  requestFingerprint?: ModelCallFailureRequestFingerprint;
  /**
   * Experimental HydraFusion attribution for this failed concrete model call.
   */
  fusion?: FusionAttribution;
}

/**
 * Session event "model.call_failure". Failed LLM API call metadata for telemetry
 */
export interface ModelCallFailureEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "model.call_failure".
   */
  type: "model.call_failure";
  /**
   * Failed LLM API call metadata for telemetry
   */
  data: ModelCallFailureData;
}

/**
 * Boundary that produced a model call failure
 */
export type ModelCallFailureKind = "api" | "transport";

/**
 * Content-free structural summary of the failing request for diagnosing malformed 4xx calls
 */
export interface ModelCallFailureRequestFingerprint {
  /**
   * Total number of messages in the request
   */
  messageCount: number;
  /**
   * Number of "tool" result messages in the request
   */
  toolResultMessageCount: number;
  /**
   * Total number of tool calls across assistant messages
   */
  toolCallCount: number;
  /**
   * Tool calls whose name is missing or empty (rejected by strict providers)
   */
  namelessToolCallCount: number;
  /**
   * Total number of image content parts
   */
  imagePartCount: number;
  /**
   * Image parts whose media type cannot be determined (rejected by strict providers)
   */
  imagePartsMissingMediaType: number;
  /**
   * Role of the final message in the request
   */
  lastMessageRole?: string;
}

/**
 * Where the failed model call originated
 */
export type ModelCallFailureSource = "top_level" | "subagent" | "mcp_sampling";

/**
 * Transport used for a failed model call
 */
export type ModelCallFailureTransport = "http" | "websocket";

/**
 * Final lifecycle outcome for one logical model dispatch. A logical dispatch may include internal reconnect or fallback work, so event count is not provider HTTP-request count.
 */
export interface ModelCallFinishedData {
  /**
   * Agent-loop iteration within the interaction that initiated the model dispatch
   */
  turnId: string;
  /**
   * Identifier of the user interaction that owns the model dispatch, matching assistant.turn_start.interactionId when available
   */
  interactionId?: string;
  /**
   * Monotonic elapsed time spent in the logical model dispatch, including any internal transport reconnect or fallback and excluding orchestrator retry backoff, tool execution, confirmations, and post-response processing
   */
  dispatchDurationMs: number;
  /**
   * Final outcome after post-response acceptance processing
   */
  outcome: ModelCallFinishedOutcome;
  /**
   * Whether an accepted successful response requested the exact name and command semantics of a built-in file edit tool, including an external tool explicitly replacing that built-in name. Absent when the logical dispatch did not produce an accepted response.
   */
  containsBuiltInFileEditRequest?: boolean;
  /**
   * Version of the built-in file-edit semantic classifier used for this event
   */
  editClassifierVersion: number;
}

/**
 * Session event "model.call_finished". Final lifecycle outcome for one logical model dispatch. A logical dispatch may include internal reconnect or fallback work, so event count is not provider HTTP-request count.
 */
export interface ModelCallFinishedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "model.call_finished".
   */
  type: "model.call_finished";
  /**
   * Final lifecycle outcome for one logical model dispatch. A logical dispatch may include internal reconnect or fallback work, so event count is not provider HTTP-request count.
   */
  data: ModelCallFinishedData;
}

/**
 * Final outcome of one logical model dispatch after response acceptance processing
 */
export type ModelCallFinishedOutcome = "success" | "error" | "cancelled" | "rejected";

/**
 * Model change details including previous and new model identifiers
 */
export interface ModelChangeData {
  /**
   * Model that was previously selected, if any
   */
  previousModel?: string;
  /**
   * Newly selected model identifier
   */
  newModel: string;
  /**
   * Reasoning effort level before the model change, if applicable
   */
  previousReasoningEffort?: string;
  /**
   * Reasoning effort level after the model change, if applicable
   */
  reasoningEffort?: string | null;
  /**
   * Reasoning summary mode before the model change, if applicable
   */
  previousReasoningSummary?: ReasoningSummary;
  /**
   * Reasoning summary mode after the model change, if applicable
   */
  reasoningSummary?: ReasoningSummary;
  /**
   * Output verbosity level before the model change, if applicable
   */
  previousVerbosity?: Verbosity;
  /**
   * Output verbosity level after the model change, if applicable
   */
  verbosity?: Verbosity;
  /**
   * Context tier after the model change; null explicitly clears a previously selected tier
   */
  contextTier?: ContextTier | null;
  /**
   * Reason the change happened, when not user-initiated. `"rate_limit_auto_switch"` for changes triggered by the auto-mode-switch rate-limit recovery path, or `"refusal_fallback"` when the active model declined a request (content refusal) and the runtime switched to the configured refusal-fallback model. UI clients can use this to render contextual copy.
   */
  cause?: string;
  /**
   * Origin of the effective model change, when known.
   */
  source?: ModelChangeSource;
  /**
   * Previously committed Auto preference, when one was explicitly selected.
   */
  previousAutoTier?: AutoTier;
  /**
   * Committed Auto preference after the model configuration change, when applicable.
   */
  autoTier?: AutoTier | null;
}

/**
 * Session event "session.model_change". Model change details including previous and new model identifiers
 */
export interface ModelChangeEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.model_change".
   */
  type: "session.model_change";
  /**
   * Model change details including previous and new model identifiers
   */
  data: ModelChangeData;
}

/**
 * Origin of an effective session model change.
 */
export type ModelChangeSource =
  | "model_command"
  | "settings_command"
  | "config_command"
  | "model_picker"
  | "managed_settings"
  | "repo_settings"
  | "startup"
  | "agent"
  | "plan_mode"
  | "automatic"
  | "sdk";

/**
 * Why the binary data is absent: it exceeded the inline size limit, or its asset was unavailable
 */
export type OmittedBinaryOmittedReason = "too_large" | "asset_unavailable";

/**
 * A binary result whose data was omitted from persistence due to the inline size limit
 */
export interface OmittedBinaryResult {
  /**
   * Binary result type discriminator. Use "image" for images and "resource" for other binary data.
   */
  type: OmittedBinaryType;
  /**
   * MIME type of the omitted binary data
   */
  mimeType: string;
  /**
   * Decoded byte length of the omitted binary data
   */
  byteLength: number;
  /**
   * Why the binary data is absent: it exceeded the inline size limit, or its asset was unavailable
   */
  omittedReason: OmittedBinaryOmittedReason;
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
export type OmittedBinaryType = "image" | "resource";

/**
 * Empty payload; the event signals that the pending message queue has changed
 */
export type PendingMessagesModifiedData = Record<string, never>;

/**
 * Session event "pending_messages.modified". Empty payload; the event signals that the pending message queue has changed
 */
export interface PendingMessagesModifiedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "pending_messages.modified".
   */
  type: "pending_messages.modified";
  /**
   * Empty payload; the event signals that the pending message queue has changed
   */
  data: PendingMessagesModifiedData;
}

/**
 * Permission response variant indicating the request was approved without persisting an approval rule.
 */
export interface PermissionApproved {
  /**
   * The permission request was approved
   */
  kind: "approved";
  /**
   * Whether a managed approval policy already handled this request
   */
  managedApprovalHandled?: boolean;
}

/**
 * Permission response variant that approves a request and persists the provided approval to a project location key.
 */
export interface PermissionApprovedForLocation {
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
  /**
   * Whether a managed approval policy already handled this request
   */
  managedApprovalHandled?: boolean;
}

/**
 * Permission response variant that approves a request and remembers the provided approval for the rest of the session.
 */
export interface PermissionApprovedForSession {
  /**
   * Approved and remembered for the rest of the session
   */
  kind: "approved-for-session";
  /**
   * The approval to add as a session-scoped rule
   */
  approval: UserToolSessionApproval;
  /**
   * Whether a managed approval policy already handled this request
   */
  managedApprovalHandled?: boolean;
}

/**
 * Records that deterministic text recognition found likely assent in the human turn immediately following a root Autopilot permission request that was blocked because no interactive response was available. This event grants no authority; its model-facing projection only suggests retrying the unchanged operation.
 */
export interface PermissionAssentDetectedData {
  /**
   * Permission request the likely assent may refer to. The runtime derives this from the preceding durable blocker; the human message and extraction model do not choose it.
   */
  requestId: string;
  /**
   * Human turn whose text triggered the deterministic assent recognizer.
   */
  turnIndex: number;
}

/**
 * Session event "permission.assentDetected". Records that deterministic text recognition found likely assent in the human turn immediately following a root Autopilot permission request that was blocked because no interactive response was available. This event grants no authority; its model-facing projection only suggests retrying the unchanged operation.
 */
export interface PermissionAssentDetectedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "permission.assentDetected".
   */
  type: "permission.assentDetected";
  /**
   * Records that deterministic text recognition found likely assent in the human turn immediately following a root Autopilot permission request that was blocked because no interactive response was available. This event grants no authority; its model-facing projection only suggests retrying the unchanged operation.
   */
  data: PermissionAssentDetectedData;
}

/**
 * Assisted-approval judge information attached to a permission request. Present only in assisted mode; its absence means the judge did not evaluate the request. The `recommendation` conveys the judge's disposition for this request.
 */
export interface PermissionAssistedApproval {
  /**
   * The assisted-approval safety judge's outcome for this request.
   */
  recommendation: AssistedApprovalRecommendation;
  /**
   * Human-readable reason for the judge's recommendation, when available.
   */
  reason?: string;
  /**
   * Model id that produced the recommendation, when the judge was consulted and reported one. Absent for `excluded` (the judge was not consulted) and for failures that occurred before a model was selected.
   */
  model?: string;
  /**
   * Classified cause of an `error` recommendation. Absent for every other recommendation.
   */
  failureReason?: AssistedApprovalJudgeFailureReason;
}

/**
 * Permission response variant indicating the request was cancelled before use, with an optional reason.
 */
export interface PermissionCancelled {
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
 * Records that a live authorization record from an earlier human decision in this session contained a permission proposal, so it ran without another prompt. This mints no authority: it accounts for one more effect against the prior grant, which is what lets a replayed session agree with the live one about how much of that grant is left.
 */
export interface PermissionCarriedForwardData {
  /**
   * Authorization edge minted for this admission. Not a prompt id: no prompt was raised, so no client should expect a request with this id.
   */
  requestId: string;
  /**
   * Tool call this admission authorizes. Its execution receipts the prior grant, which is how a single-effect approval is spent rather than carried forward again.
   */
  toolCallId: string;
  /**
   * Identity of the prior authorization record that contained the proposal.
   */
  recordId: string;
  /**
   * Always `authorization_carry_forward`. Stated explicitly so a consumer reading this event cannot mistake it for a human, host-policy, or assisted-approval decision.
   */
  decisionSource: PermissionDecisionSource;
}

/**
 * Session event "permission.carriedForward". Records that a live authorization record from an earlier human decision in this session contained a permission proposal, so it ran without another prompt. This mints no authority: it accounts for one more effect against the prior grant, which is what lets a replayed session agree with the live one about how much of that grant is left.
 */
export interface PermissionCarriedForwardEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "permission.carriedForward".
   */
  type: "permission.carriedForward";
  /**
   * Records that a live authorization record from an earlier human decision in this session contained a permission proposal, so it ran without another prompt. This mints no authority: it accounts for one more effect against the prior grant, which is what lets a replayed session agree with the live one about how much of that grant is left.
   */
  data: PermissionCarriedForwardData;
}

/**
 * Permission request completion notification signaling UI dismissal
 */
export interface PermissionCompletedData {
  /**
   * Request ID of the resolved permission request; clients should dismiss any UI for this request
   */
  requestId: string;
  /**
   * Optional tool call ID associated with this permission prompt; clients may use it to correlate UI created from tool-scoped prompts
   */
  toolCallId?: string;
  /**
   * The result of the permission request
   */
  result: PermissionResult;
  /**
   * Who decided this permission request. Absent on completions recorded before this field existed, which consumers must treat as "not a human decision" rather than assuming one. Authorization records are minted only for `human_response`; an assisted-approval verdict, a host policy, an unattended fallback, and a hook resolution all produce the same `result` a person does, so this is the only field that distinguishes them.
   */
  decisionSource?: PermissionDecisionSource;
}

/**
 * Session event "permission.completed". Permission request completion notification signaling UI dismissal
 */
export interface PermissionCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "permission.completed".
   */
  type: "permission.completed";
  /**
   * Permission request completion notification signaling UI dismissal
   */
  data: PermissionCompletedData;
}

/**
 * Freezes a blinded contextual authorization proposal whose verbatim human span was deterministically bound to the immediately preceding blocked permission request. The event carries no action fields; replay re-derives the exact action from the earlier permission request and mints a one-shot message grant only when the binding and span still verify.
 */
export interface PermissionContextualAuthorizationData {
  /**
   * Deterministic identity of the contextual message grant.
   */
  recordId: string;
  /**
   * Original blocked permission request selected by deterministic event ordering, never by the extraction model.
   */
  requestId: string;
  /**
   * Human turn containing the contextual decision.
   */
  turnIndex: number;
  /**
   * Whether the contextual human span granted or denied authority.
   */
  polarity: PermissionMessageAuthorizationPolarity;
  /**
   * Start byte offset of the contextual decision span within the turn.
   */
  spanStart: number;
  /**
   * End byte offset of the contextual decision span within the turn.
   */
  spanEnd: number;
}

/**
 * Session event "permission.contextualAuthorization". Freezes a blinded contextual authorization proposal whose verbatim human span was deterministically bound to the immediately preceding blocked permission request. The event carries no action fields; replay re-derives the exact action from the earlier permission request and mints a one-shot message grant only when the binding and span still verify.
 */
export interface PermissionContextualAuthorizationEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "permission.contextualAuthorization".
   */
  type: "permission.contextualAuthorization";
  /**
   * Freezes a blinded contextual authorization proposal whose verbatim human span was deterministically bound to the immediately preceding blocked permission request. The event carries no action fields; replay re-derives the exact action from the earlier permission request and mints a one-shot message grant only when the binding and span still verify.
   */
  data: PermissionContextualAuthorizationData;
}

/**
 * Controlled reason or actor responsible for a permission response.
 */
export type PermissionDecisionSource =
  | "assisted_approval"
  | "human_response"
  | "host_policy"
  | "unattended_fallback"
  | "authorization_carry_forward";

/**
 * Permission response variant denying a path under content exclusion policy, with the path and message.
 */
export interface PermissionDeniedByContentExclusionPolicy {
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
 * Permission response variant denied by a permission-request hook, with optional message and interrupt flag.
 */
export interface PermissionDeniedByPermissionRequestHook {
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
 * Permission response variant denied because matching approval rules explicitly blocked the request.
 */
export interface PermissionDeniedByRules {
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
 * Permission response variant denied in an interactive user prompt, with optional feedback and force-reject flag.
 */
export interface PermissionDeniedInteractivelyByUser {
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
 * Permission response variant denied because no approval rule matched and user confirmation was unavailable.
 */
export interface PermissionDeniedNoApprovalRuleAndCouldNotRequestFromUser {
  /**
   * Denied because no approval rule matched and user confirmation was unavailable
   */
  kind: "denied-no-approval-rule-and-could-not-request-from-user";
}

/**
 * Freezes one blinded, verbatim-verified authorization claim the runtime minted from a human user message, so a resumed session re-establishes the same grant deterministically instead of re-running the extraction model. This mints no authority on its own: it records what a blinded proposer pointed at and the trusted discriminator the runtime established, and deterministic establishment runs on replay. Persisted so recorded authority survives compaction and process resume.
 */
export interface PermissionMessageAuthorizationData {
  /**
   * Deterministic identity of the record, derived from the turn and span offsets so re-extracting the same span mints nothing new.
   */
  recordId: string;
  /**
   * The human turn the quoted span was read from.
   */
  turnIndex: number;
  /**
   * Whether the claim granted or denied authority.
   */
  polarity: PermissionMessageAuthorizationPolarity;
  /**
   * The kind of effect authorized, as an action-class identifier.
   */
  actionClass: string;
  /**
   * Start byte offset of the authorizing span within the turn.
   */
  spanStart: number;
  /**
   * End byte offset of the authorizing span within the turn.
   */
  spanEnd: number;
  /**
   * Concrete named targets that appear verbatim inside the span.
   */
  targetMembers?: string[];
  /**
   * The task the permission is scoped to, when the human named one.
   */
  task?: string;
  /**
   * The trusted version discriminator, when one exists. Exact shell-command grants carry the byte-identical commands grounded in the human span; world-derived classes carry a file object, remote tip, or runner only when that state was captured safely. An opaque object mirroring the runtime's adjacently-tagged resolution.
   */
  world?: {
    [k: string]: unknown;
  };
}

/**
 * Records that message-backed authorization could not safely represent one human turn before compaction. The runtime may compact the original message after this marker is durable, but message-derived carry-forward and assisted auto-approval remain disabled for the rest of the session so subsequent commands continue through the ordinary permission prompt.
 */
export interface PermissionMessageAuthorizationDegradedData {
  /**
   * The human turn that could not be represented safely.
   */
  turnIndex: number;
}

/**
 * Session event "permission.messageAuthorizationDegraded". Records that message-backed authorization could not safely represent one human turn before compaction. The runtime may compact the original message after this marker is durable, but message-derived carry-forward and assisted auto-approval remain disabled for the rest of the session so subsequent commands continue through the ordinary permission prompt.
 */
export interface PermissionMessageAuthorizationDegradedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "permission.messageAuthorizationDegraded".
   */
  type: "permission.messageAuthorizationDegraded";
  /**
   * Records that message-backed authorization could not safely represent one human turn before compaction. The runtime may compact the original message after this marker is durable, but message-derived carry-forward and assisted auto-approval remain disabled for the rest of the session so subsequent commands continue through the ordinary permission prompt.
   */
  data: PermissionMessageAuthorizationDegradedData;
}

/**
 * Session event "permission.messageAuthorization". Freezes one blinded, verbatim-verified authorization claim the runtime minted from a human user message, so a resumed session re-establishes the same grant deterministically instead of re-running the extraction model. This mints no authority on its own: it records what a blinded proposer pointed at and the trusted discriminator the runtime established, and deterministic establishment runs on replay. Persisted so recorded authority survives compaction and process resume.
 */
export interface PermissionMessageAuthorizationEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "permission.messageAuthorization".
   */
  type: "permission.messageAuthorization";
  /**
   * Freezes one blinded, verbatim-verified authorization claim the runtime minted from a human user message, so a resumed session re-establishes the same grant deterministically instead of re-running the extraction model. This mints no authority on its own: it records what a blinded proposer pointed at and the trusted discriminator the runtime established, and deterministic establishment runs on replay. Persisted so recorded authority survives compaction and process resume.
   */
  data: PermissionMessageAuthorizationData;
}

/**
 * Which direction a message-backed authorization claim moves authority in.
 */
export type PermissionMessageAuthorizationPolarity = "grant" | "denial";

/**
 * Records that one human turn has been read by the blinded authorization proposer, whether or not it minted anything, so a resumed session does not re-run the extraction model on a turn the live session already read. Also records whether that pass activates ongoing extraction; contextual-assent-only passes do not, so unrelated future messages remain outside extraction.
 */
export interface PermissionMessageAuthorizationReadData {
  /**
   * The human turn that was read by the proposer.
   */
  turnIndex: number;
  /**
   * Whether this read activates ongoing message-backed extraction. False for a contextual-assent-only pass while auto-approval is off, so unrelated future messages remain outside extraction.
   */
  activatesExtraction?: boolean;
}

/**
 * Session event "permission.messageAuthorizationRead". Records that one human turn has been read by the blinded authorization proposer, whether or not it minted anything, so a resumed session does not re-run the extraction model on a turn the live session already read. Also records whether that pass activates ongoing extraction; contextual-assent-only passes do not, so unrelated future messages remain outside extraction.
 */
export interface PermissionMessageAuthorizationReadEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "permission.messageAuthorizationRead".
   */
  type: "permission.messageAuthorizationRead";
  /**
   * Records that one human turn has been read by the blinded authorization proposer, whether or not it minted anything, so a resumed session does not re-run the extraction model on a turn the live session already read. Also records whether that pass activates ongoing extraction; contextual-assent-only passes do not, so unrelated future messages remain outside extraction.
   */
  data: PermissionMessageAuthorizationReadData;
}

/**
 * Permission mode for the session.
 */
export type PermissionMode = "manual" | "assisted" | "allow-all";

/**
 * Derived user-facing permission prompt details for UI consumers
 */
export type PermissionPromptRequest =
  | PermissionPromptRequestCommands
  | PermissionPromptRequestWrite
  | PermissionPromptRequestRead
  | PermissionPromptRequestMcp
  | PermissionPromptRequestUrl
  | PermissionPromptRequestMemory
  | PermissionPromptRequestCustomTool
  | PermissionPromptRequestPath
  | PermissionPromptRequestHook
  | PermissionPromptRequestExtensionManagement
  | PermissionPromptRequestFactory
  | PermissionPromptRequestExtensionPermissionAccess
  | PermissionPromptRequestExtensionEnvAccess;

/**
 * Shell command permission prompt
 */
export interface PermissionPromptRequestCommands {
  /**
   * Prompt kind discriminator
   */
  kind: "commands";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * The complete shell command text to be executed
   */
  fullCommandText: string;
  /**
   * Human-readable description of what the command intends to do
   */
  intention: string;
  /**
   * Command identifiers covered by this approval prompt
   */
  commandIdentifiers: string[];
  /**
   * Whether the UI can offer session-wide approval for this command pattern
   */
  canOfferSessionApproval: boolean;
  /**
   * Optional warning message about risks of running this command
   */
  warning?: string;
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
  /**
   * Whether managed policy requires a human response and forbids host auto-approval
   */
  managedApprovalRequired?: boolean;
  /**
   * True when the shell command is requesting sandbox escalation. This is a request, not a grant.
   */
  requestSandboxBypass?: boolean;
  /**
   * True when the escalation is a permissive retry that keeps the sandbox and network policy attached while recording file and process accesses instead of blocking them.
   */
  requestSandboxPermissive?: boolean;
  /**
   * Reason for the sandbox escalation request.
   */
  requestSandboxBypassReason?: string;
}

/**
 * Custom tool invocation permission prompt
 */
export interface PermissionPromptRequestCustomTool {
  /**
   * Prompt kind discriminator
   */
  kind: "custom-tool";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Name of the custom tool
   */
  toolName: string;
  /**
   * Description of what the custom tool does
   */
  toolDescription: string;
  /**
   * Arguments to pass to the custom tool
   */
  args?: {
    [k: string]: unknown;
  };
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
}

/**
 * Extension sensitive environment variable access prompt
 */
export interface PermissionPromptRequestExtensionEnvAccess {
  /**
   * Prompt kind discriminator
   */
  kind: "extension-env-access";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Name of the extension requesting environment variable access
   */
  extensionName: string;
  /**
   * Names of the sensitive environment variables the extension is requesting. Values never appear here.
   *
   * @minItems 1
   */
  environmentVariables: string[];
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
}

/**
 * Extension management permission prompt
 */
export interface PermissionPromptRequestExtensionManagement {
  /**
   * Prompt kind discriminator
   */
  kind: "extension-management";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * The extension management operation (scaffold, reload)
   */
  operation: string;
  /**
   * Name of the extension being managed
   */
  extensionName?: string;
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
}

/**
 * Extension permission access prompt
 */
export interface PermissionPromptRequestExtensionPermissionAccess {
  /**
   * Prompt kind discriminator
   */
  kind: "extension-permission-access";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Name of the extension requesting permission access
   */
  extensionName: string;
  /**
   * Capabilities the extension is requesting
   */
  capabilities: string[];
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
}

/**
 * Factory run or authoring permission prompt
 */
export interface PermissionPromptRequestFactory {
  /**
   * Prompt kind discriminator
   */
  kind: "factory";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Factory operation, either run or author
   */
  operation: FactoryPermissionOperation;
  /**
   * Factory name
   */
  name: string;
  /**
   * Factory description
   */
  description: string;
  /**
   * Declared factory phases
   *
   * Items: A declared phase shown in a factory permission prompt.
   */
  phases: FactoryPermissionPhase[];
  /**
   * Effective concurrent-subagent limit; omitted means unlimited
   */
  maxConcurrentSubagents?: number;
  /**
   * Effective total-subagent limit; omitted means unlimited
   */
  maxTotalSubagents?: number;
  /**
   * Effective active-time limit in seconds; omitted means unlimited
   */
  timeoutSeconds?: number;
  /**
   * Effective AI-credit limit; omitted means unlimited
   */
  maxAiCredits?: number;
  /**
   * Factory-declared concurrent-subagent limit before any run/resume caller override is applied.
   */
  declaredMaxConcurrentSubagents?: number;
  /**
   * Factory-declared total-subagent limit before any run/resume caller override is applied.
   */
  declaredMaxTotalSubagents?: number;
  /**
   * Factory-declared active-time limit in seconds before any run/resume caller override is applied.
   */
  declaredTimeoutSeconds?: number;
  /**
   * Factory-declared AI-credit limit before any run/resume caller override is applied.
   */
  declaredMaxAiCredits?: number;
  /**
   * Canonical key used for scoped factory approvals
   */
  approvalKey: string;
  /**
   * Whether this factory is eligible for persistent approval
   */
  canPersistApproval: boolean;
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
  /**
   * Whether managed policy requires a human response and forbids host auto-approval
   */
  managedApprovalRequired?: boolean;
}

/**
 * Hook confirmation permission prompt
 */
export interface PermissionPromptRequestHook {
  /**
   * Prompt kind discriminator
   */
  kind: "hook";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Name of the tool the hook is gating
   */
  toolName: string;
  /**
   * Arguments of the tool call being gated
   */
  toolArgs?: {
    [k: string]: unknown;
  };
  /**
   * Optional message from the hook explaining why confirmation is needed
   */
  hookMessage?: string;
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
}

/**
 * MCP tool invocation permission prompt
 */
export interface PermissionPromptRequestMcp {
  /**
   * Prompt kind discriminator
   */
  kind: "mcp";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Name of the MCP server providing the tool
   */
  serverName: string;
  /**
   * Internal name of the MCP tool
   */
  toolName: string;
  /**
   * Human-readable title of the MCP tool
   */
  toolTitle: string;
  /**
   * Arguments to pass to the MCP tool
   */
  args?: {
    [k: string]: unknown;
  };
  /**
   * Advisory runtime permission recommendation. The host remains responsible for deciding the request and may reject it.
   */
  permissionRecommendation?: PermissionRecommendation;
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
  /**
   * Whether the host may offer a server-wide "approve all tools from this server" blanket. Absent is treated as true; the runtime sends false when managed policy disables bypass-permissions mode, which forbids the server-wide escalation while still allowing per-tool approval.
   */
  canOfferServerWideApproval?: boolean;
}

/**
 * Memory operation permission prompt
 */
export interface PermissionPromptRequestMemory {
  /**
   * Prompt kind discriminator
   */
  kind: "memory";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Whether this is a store or vote memory operation
   */
  action?: PermissionRequestMemoryAction;
  /**
   * Topic or subject of the memory (store only)
   */
  subject?: string;
  /**
   * The fact being stored or voted on
   */
  fact: string;
  /**
   * Source references for the stored fact (store only)
   */
  citations?: string;
  /**
   * Vote direction (vote only)
   */
  direction?: PermissionRequestMemoryDirection;
  /**
   * Reason for the vote (vote only)
   */
  reason?: string;
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
}

/**
 * Path access permission prompt
 */
export interface PermissionPromptRequestPath {
  /**
   * Prompt kind discriminator
   */
  kind: "path";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Underlying permission kind that needs path approval
   */
  accessKind: PermissionPromptRequestPathAccessKind;
  /**
   * File paths that require explicit approval
   */
  paths: string[];
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
}

/**
 * Underlying permission kind that needs path approval
 */
export type PermissionPromptRequestPathAccessKind = "read" | "shell" | "write";

/**
 * File read permission prompt
 */
export interface PermissionPromptRequestRead {
  /**
   * Prompt kind discriminator
   */
  kind: "read";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Human-readable description of why the file is being read
   */
  intention: string;
  /**
   * Path of the file or directory being read
   */
  path: string;
  /**
   * Runtime-resolved canonical path used for authorization identity checks. Internal and experimental; clients should continue to display path.
   */
  resolvedPath?: string;
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
  /**
   * Whether managed policy requires a human response and forbids host auto-approval
   */
  managedApprovalRequired?: boolean;
}

/**
 * URL access permission prompt
 */
export interface PermissionPromptRequestUrl {
  /**
   * Prompt kind discriminator
   */
  kind: "url";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Human-readable description of why the URL is being accessed
   */
  intention: string;
  /**
   * URL to be fetched
   */
  url: string;
  /**
   * Immediately preceding URL when this prompt is for a redirect target
   */
  redirectedFrom?: string;
  /**
   * True when the tool is asking to run this URL fetch outside the sandbox, after the network policy denied the approved URL or the sandbox proxy could not reach it (host opted in via sandbox.allowBypass). The model cannot ask for this; only the tool raises it. This is a request, not a grant: the fetch runs only if the user approves this permission request. Hosts should highlight the elevated risk in the approval UI.
   */
  requestSandboxBypass?: boolean;
  /**
   * What the tool tells the user about the bypass on offer: which policy rule blocked the call, or why it cannot be sandboxed. Only meaningful when requestSandboxBypass is true.
   */
  requestSandboxBypassReason?: string;
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
  /**
   * Whether managed policy requires a human response and forbids host auto-approval
   */
  managedApprovalRequired?: boolean;
}

/**
 * File write permission prompt
 */
export interface PermissionPromptRequestWrite {
  /**
   * Prompt kind discriminator
   */
  kind: "write";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Human-readable description of the intended file change
   */
  intention: string;
  /**
   * Path of the file being written to
   */
  fileName: string;
  /**
   * Runtime-resolved canonical path used for authorization identity checks. Internal and experimental; clients should continue to display fileName.
   */
  resolvedPath?: string;
  /**
   * Unified diff showing the proposed changes
   */
  diff: string;
  /**
   * Complete new file contents for newly created files
   */
  newFileContents?: string;
  /**
   * Whether the UI can offer session-wide approval for file write operations
   */
  canOfferSessionApproval: boolean;
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
  /**
   * Whether managed policy requires a human response and forbids host auto-approval
   */
  managedApprovalRequired?: boolean;
}

/**
 * Advisory recommendation the runtime attaches to a permission request whose origin it can vouch for by construction. Unlike the auto-approval judge this does not depend on auto mode and does not evaluate what the tool call does; its absence simply means the runtime has no opinion and the request follows the host's normal approval flow.
 */
export type PermissionRecommendation = "approve";

/**
 * Details of the permission being requested
 */
export type PermissionRequest =
  | PermissionRequestShell
  | PermissionRequestWrite
  | PermissionRequestRead
  | PermissionRequestMcp
  | PermissionRequestUrl
  | PermissionRequestMemory
  | PermissionRequestCustomTool
  | PermissionRequestHook
  | PermissionRequestExtensionManagement
  | PermissionRequestFactory
  | PermissionRequestExtensionPermissionAccess
  | PermissionRequestExtensionEnvAccess;

/**
 * Custom tool invocation permission request
 */
export interface PermissionRequestCustomTool {
  /**
   * Permission kind discriminator
   */
  kind: "custom-tool";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Name of the custom tool
   */
  toolName: string;
  /**
   * Description of what the custom tool does
   */
  toolDescription: string;
  /**
   * Arguments to pass to the custom tool
   */
  args?: {
    [k: string]: unknown;
  };
  /**
   * Whether the tool declared that permission may be skipped unless a deny rule matches
   */
  skipPermission?: boolean;
}

/**
 * Extension sensitive environment variable access request
 */
export interface PermissionRequestExtensionEnvAccess {
  /**
   * Permission kind discriminator
   */
  kind: "extension-env-access";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Name of the extension requesting environment variable access
   */
  extensionName: string;
  /**
   * Names of the sensitive environment variables the extension is requesting. Values never appear here.
   *
   * @minItems 1
   */
  environmentVariables: string[];
}

/**
 * Extension management permission request
 */
export interface PermissionRequestExtensionManagement {
  /**
   * Permission kind discriminator
   */
  kind: "extension-management";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * The extension management operation (scaffold, reload)
   */
  operation: string;
  /**
   * Name of the extension being managed
   */
  extensionName?: string;
}

/**
 * Extension permission access request
 */
export interface PermissionRequestExtensionPermissionAccess {
  /**
   * Permission kind discriminator
   */
  kind: "extension-permission-access";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Name of the extension requesting permission access
   */
  extensionName: string;
  /**
   * Capabilities the extension is requesting
   */
  capabilities: string[];
}

/**
 * Factory run or authoring permission request
 */
export interface PermissionRequestFactory {
  /**
   * Permission kind discriminator
   */
  kind: "factory";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Factory operation, either run or author
   */
  operation: FactoryPermissionOperation;
  /**
   * Factory name
   */
  name: string;
  /**
   * Factory description
   */
  description: string;
  /**
   * Declared factory phases
   *
   * Items: A declared phase shown in a factory permission prompt.
   */
  phases: FactoryPermissionPhase[];
  /**
   * Effective concurrent-subagent limit; omitted means unlimited
   */
  maxConcurrentSubagents?: number;
  /**
   * Effective total-subagent limit; omitted means unlimited
   */
  maxTotalSubagents?: number;
  /**
   * Effective active-time limit in seconds; omitted means unlimited
   */
  timeoutSeconds?: number;
  /**
   * Effective AI-credit limit; omitted means unlimited
   */
  maxAiCredits?: number;
  /**
   * Factory-declared concurrent-subagent limit before any run/resume caller override is applied.
   */
  declaredMaxConcurrentSubagents?: number;
  /**
   * Factory-declared total-subagent limit before any run/resume caller override is applied.
   */
  declaredMaxTotalSubagents?: number;
  /**
   * Factory-declared active-time limit in seconds before any run/resume caller override is applied.
   */
  declaredTimeoutSeconds?: number;
  /**
   * Factory-declared AI-credit limit before any run/resume caller override is applied.
   */
  declaredMaxAiCredits?: number;
  /**
   * Canonical key used for scoped factory approvals
   */
  approvalKey: string;
  /**
   * Whether this factory is eligible for persistent approval
   */
  canPersistApproval: boolean;
}

/**
 * Hook confirmation permission request
 */
export interface PermissionRequestHook {
  /**
   * Permission kind discriminator
   */
  kind: "hook";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Name of the tool the hook is gating
   */
  toolName: string;
  /**
   * Arguments of the tool call being gated
   */
  toolArgs?: {
    [k: string]: unknown;
  };
  /**
   * Optional message from the hook explaining why confirmation is needed
   */
  hookMessage?: string;
}

/**
 * MCP tool invocation permission request
 */
export interface PermissionRequestMcp {
  /**
   * Permission kind discriminator
   */
  kind: "mcp";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Name of the MCP server providing the tool
   */
  serverName: string;
  /**
   * Internal name of the MCP tool
   */
  toolName: string;
  /**
   * Human-readable title of the MCP tool
   */
  toolTitle: string;
  /**
   * Arguments to pass to the MCP tool
   */
  args?: {
    [k: string]: unknown;
  };
  /**
   * Whether this MCP tool is read-only (no side effects)
   */
  readOnly: boolean;
  /**
   * Advisory runtime permission recommendation. The SDK host remains responsible for deciding the request and may reject it.
   */
  permissionRecommendation?: PermissionRecommendation;
}

/**
 * Memory operation permission request
 */
export interface PermissionRequestMemory {
  /**
   * Permission kind discriminator
   */
  kind: "memory";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Whether this is a store or vote memory operation
   */
  action?: PermissionRequestMemoryAction;
  /**
   * Topic or subject of the memory (store only)
   */
  subject?: string;
  /**
   * The fact being stored or voted on
   */
  fact: string;
  /**
   * Source references for the stored fact (store only)
   */
  citations?: string;
  /**
   * Vote direction (vote only)
   */
  direction?: PermissionRequestMemoryDirection;
  /**
   * Reason for the vote (vote only)
   */
  reason?: string;
  /**
   * Scope of the stored memory (store only)
   */
  scope?: PermissionRequestMemoryScope;
  /**
   * Repository name with owner associated with the stored memory (store only)
   */
  repoNwo?: string;
  /**
   * Assisted-approval judge information for this request; present only in assisted mode.
   */
  assistedApproval?: PermissionAssistedApproval;
}

/**
 * Whether this is a store or vote memory operation
 */
export type PermissionRequestMemoryAction = "store" | "vote";

/**
 * Vote direction (vote only)
 */
export type PermissionRequestMemoryDirection = "upvote" | "downvote";

/**
 * Scope of a stored memory.
 */
export type PermissionRequestMemoryScope = "repository" | "user";

/**
 * File or directory read permission request
 */
export interface PermissionRequestRead {
  /**
   * Permission kind discriminator
   */
  kind: "read";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Whether managed policy requires a human response and forbids host auto-approval
   */
  managedApprovalRequired?: boolean;
  /**
   * Human-readable description of why the file is being read
   */
  intention: string;
  /**
   * Path of the file or directory being read
   */
  path: string;
  /**
   * Runtime-resolved canonical path used for authorization identity checks. Internal and experimental; clients should continue to display path.
   */
  resolvedPath?: string;
  /**
   * True when the tool is asking to re-run this search outside the sandbox, after a sandboxed run looked blocked (host opted in via sandbox.allowBypass). The model cannot ask for this; only the tool raises it. This is a request, not a grant: the search runs unsandboxed only if the user approves this permission request. Hosts should highlight the elevated risk in the approval UI.
   */
  requestSandboxBypass?: boolean;
  /**
   * What the tool tells the user about the bypass on offer: which policy rule blocked the call, or why it cannot be sandboxed. Only meaningful when requestSandboxBypass is true.
   */
  requestSandboxBypassReason?: string;
}

/**
 * Shell command permission request
 */
export interface PermissionRequestShell {
  /**
   * Permission kind discriminator
   */
  kind: "shell";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Whether managed policy requires a human response and forbids host auto-approval
   */
  managedApprovalRequired?: boolean;
  /**
   * The complete shell command text to be executed
   */
  fullCommandText: string;
  /**
   * Human-readable description of what the command intends to do
   */
  intention: string;
  /**
   * Parsed command identifiers found in the command text
   *
   * Items: A parsed command identifier in a shell permission request, including whether it is read-only.
   */
  commands: PermissionRequestShellCommand[];
  /**
   * Parsed command segments, including arguments, used for managed policy matching
   *
   * Items: A parsed shell command segment used for argument-aware managed policy matching.
   */
  commandSegments?: PermissionRequestShellCommandSegment[];
  /**
   * File paths that may be read or written by the command
   */
  possiblePaths: string[];
  /**
   * Runtime-resolved canonical working directory the command runs in, used for authorization identity checks. Internal and experimental; clients should not display it.
   */
  resolvedWorkingDirectory?: string;
  /**
   * Runtime-resolved canonical object each possiblePaths entry names, keyed by the requested spelling, used for authorization identity checks. Internal and experimental; clients should continue to display possiblePaths.
   */
  resolvedPaths?: {
    [k: string]: string;
  };
  /**
   * URLs that may be accessed by the command
   *
   * Items: A URL that may be accessed by a command in a shell permission request.
   */
  possibleUrls: PermissionRequestShellPossibleUrl[];
  /**
   * Whether the command includes a file write redirection (e.g., > or >>)
   */
  hasWriteFileRedirection: boolean;
  /**
   * Whether the UI can offer session-wide approval for this command pattern
   */
  canOfferSessionApproval: boolean;
  /**
   * Optional warning message about risks of running this command
   */
  warning?: string;
  /**
   * True when the tool is asking to run this command outside the sandbox, either because the command detaches and cannot be sandboxed at all, or because a sandboxed run looked blocked (host opted in via sandbox.allowBypass). The model cannot ask for this; only the tool raises it. This is a request, not a grant: the command runs unsandboxed only if the user approves this permission request. Hosts should highlight the elevated risk in the approval UI.
   */
  requestSandboxBypass?: boolean;
  /**
   * True when the requested escalation is a permissive retry rather than a full bypass: the command re-runs inside the sandbox with its file and process restrictions recording instead of blocking, while the network policy stays enforced. Always accompanied by requestSandboxBypass, so hosts that do not recognize this field still treat the request as the escalation it is. Hosts that do recognize it must not describe the command as running outside the sandbox, which would overstate the privilege being granted.
   */
  requestSandboxPermissive?: boolean;
  /**
   * What the tool tells the user about the bypass on offer: which policy rule blocked the call, or why it cannot be sandboxed. Only meaningful when requestSandboxBypass is true.
   */
  requestSandboxBypassReason?: string;
}

/**
 * A parsed command identifier in a shell permission request, including whether it is read-only.
 */
export interface PermissionRequestShellCommand {
  /**
   * Command identifier (e.g., executable name)
   */
  identifier: string;
  /**
   * Whether this command is read-only (no side effects)
   */
  readOnly: boolean;
}

/**
 * A parsed shell command segment used for argument-aware managed policy matching.
 */
export interface PermissionRequestShellCommandSegment {
  /**
   * Command identifier (e.g., executable name)
   */
  identifier: string;
  /**
   * Full text of this command segment, including arguments
   */
  fullCommandText: string;
}

/**
 * A URL that may be accessed by a command in a shell permission request.
 */
export interface PermissionRequestShellPossibleUrl {
  /**
   * URL that may be accessed by the command
   */
  url: string;
}

/**
 * URL access permission request
 */
export interface PermissionRequestUrl {
  /**
   * Permission kind discriminator
   */
  kind: "url";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Whether managed policy requires a human response and forbids host auto-approval
   */
  managedApprovalRequired?: boolean;
  /**
   * Human-readable description of why the URL is being accessed
   */
  intention: string;
  /**
   * URL to be fetched
   */
  url: string;
  /**
   * Immediately preceding URL when this request is for a redirect target
   */
  redirectedFrom?: string;
  /**
   * True when the tool is asking to run this URL fetch outside the sandbox, after the network policy denied the approved URL or the sandbox proxy could not reach it (host opted in via sandbox.allowBypass). The model cannot ask for this; only the tool raises it. This is a request, not a grant: the fetch runs only if the user approves this permission request. Hosts should highlight the elevated risk in the approval UI.
   */
  requestSandboxBypass?: boolean;
  /**
   * What the tool tells the user about the bypass on offer: which policy rule blocked the call, or why it cannot be sandboxed. Only meaningful when requestSandboxBypass is true.
   */
  requestSandboxBypassReason?: string;
}

/**
 * File write permission request
 */
export interface PermissionRequestWrite {
  /**
   * Permission kind discriminator
   */
  kind: "write";
  /**
   * Tool call ID that triggered this permission request
   */
  toolCallId?: string;
  /**
   * Whether managed policy requires a human response and forbids host auto-approval
   */
  managedApprovalRequired?: boolean;
  /**
   * Human-readable description of the intended file change
   */
  intention: string;
  /**
   * Path of the file being written to
   */
  fileName: string;
  /**
   * Runtime-resolved canonical path used for authorization identity checks. Internal and experimental; clients should continue to display fileName.
   */
  resolvedPath?: string;
  /**
   * Unified diff showing the proposed changes
   */
  diff: string;
  /**
   * Complete new file contents for newly created files
   */
  newFileContents?: string;
  /**
   * Whether the UI can offer session-wide approval for file write operations
   */
  canOfferSessionApproval: boolean;
  /**
   * True when a built-in file tool (apply_patch / str_replace_editor) asked to write a path the sandbox filesystem policy would block, and the host opted in via sandbox.allowBypass. This is a request, not a grant: the write happens unsandboxed only if the user approves this permission request. Hosts should highlight the elevated risk in the approval UI.
   */
  requestSandboxBypass?: boolean;
  /**
   * Justification for the sandbox-bypass request. Only meaningful when requestSandboxBypass is true.
   */
  requestSandboxBypassReason?: string;
}

/**
 * Permission request notification requiring client approval with request details
 */
export interface PermissionRequestedData {
  /**
   * Unique identifier for this permission request; used to respond via session.respondToPermission()
   */
  requestId: string;
  /**
   * Details of the permission being requested
   */
  permissionRequest: PermissionRequest;
  /**
   * Derived user-facing permission prompt details for UI consumers
   */
  promptRequest?: PermissionPromptRequest;
  /**
   * Agent mode captured from the owning turn when permission evaluation began.
   */
  agentMode?: SessionMode;
  /**
   * Neutral risk metadata supplied by the tool host. Consumers may display this value but must not use it to bypass the permission decision.
   */
  riskAssessment?: {
    [k: string]: unknown;
  };
  /**
   * When true, this permission was already resolved by a permissionRequest hook and requires no client action
   */
  resolvedByHook?: boolean;
}

/**
 * Session event "permission.requested". Permission request notification requiring client approval with request details
 */
export interface PermissionRequestedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "permission.requested".
   */
  type: "permission.requested";
  /**
   * Permission request notification requiring client approval with request details
   */
  data: PermissionRequestedData;
}

/**
 * The result of the permission request
 */
export type PermissionResult =
  | PermissionApproved
  | PermissionApprovedForSession
  | PermissionApprovedForLocation
  | PermissionCancelled
  | PermissionDeniedByRules
  | PermissionDeniedNoApprovalRuleAndCouldNotRequestFromUser
  | PermissionDeniedInteractivelyByUser
  | PermissionDeniedByContentExclusionPolicy
  | PermissionDeniedByPermissionRequestHook;

/**
 * A permission approval or denial rule matched against a tool request, identified by a rule kind with an optional argument value.
 */
export interface PermissionRule {
  /**
   * The rule kind, such as Shell or GitHubMCP
   */
  kind: string;
  /**
   * Argument value matched against the request, or null when the rule kind has no argument (e.g. 'read', 'write', 'memory').
   */
  argument: string | null;
}

/**
 * Permission-mode transition details.
 */
export interface PermissionsChangedData {
  /**
   * Permission mode before the change
   */
  previousMode?: PermissionMode;
  /**
   * Permission mode after the change
   */
  mode?: PermissionMode;
  /**
   * Explicit LLM judge model override used by assisted mode; omitted when the provider default applies
   */
  assistedApprovalModel?: string;
}

/**
 * Session event "session.permissions_changed". Permission-mode transition details.
 */
export interface PermissionsChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.permissions_changed".
   */
  type: "session.permissions_changed";
  /**
   * Permission-mode transition details.
   */
  data: PermissionsChangedData;
}

/**
 * Binary result returned by a tool for the model
 */
export interface PersistedBinaryImage {
  /**
   * Binary result type discriminator. Use "image" for images and "resource" for other binary data.
   */
  type: PersistedBinaryImageType;
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
export type PersistedBinaryImageType = "image" | "resource";

/**
 * A model-facing binary result as persisted: full inline data, a size-omitted marker, or a deduplicated asset reference
 */
export type PersistedBinaryResult =
  | PersistedBinaryImage
  | OmittedBinaryResult
  | BinaryAssetReference;

/**
 * Plan file operation details indicating what changed
 */
export interface PlanChangedData {
  /**
   * The type of operation performed on the plan file
   */
  operation: PlanChangedOperation;
}

/**
 * Session event "session.plan_changed". Plan file operation details indicating what changed
 */
export interface PlanChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.plan_changed".
   */
  type: "session.plan_changed";
  /**
   * Plan file operation details indicating what changed
   */
  data: PlanChangedData;
}

/**
 * The type of operation performed on the plan file
 */
export type PlanChangedOperation = "create" | "update" | "delete";

/**
 * Reasoning summary mode used for model calls, if applicable (e.g. "none", "concise", "detailed")
 */
export type ReasoningSummary = "none" | "concise" | "detailed";

/**
 * Auto preferences that Copilot API can recommend.
 */
export type RecommendedAutoTier = "efficiency" | "balance" | "intelligence";

/**
 * What the user must do to recover from a failure, named as an action rather than as one client's affordance. The runtime cannot know which affordance a client offers — a slash command, a settings pane, a link — so the accompanying message stays host-agnostic and each client renders its own copy from this value. Absent when the runtime knows of no action the user can take.
 */
export type RemediationAction =
  | "sign_in"
  | "switch_account"
  | "show_account"
  | "review_sandbox_policy"
  | "allow_sandbox_outbound";

/**
 * Notifies that the session's remote steering capability has changed
 */
export interface RemoteSteerableChangedData {
  /**
   * Whether this session now supports remote steering via GitHub
   */
  remoteSteerable: boolean;
}

/**
 * Session event "session.remote_steerable_changed". Notifies that the session's remote steering capability has changed
 */
export interface RemoteSteerableChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.remote_steerable_changed".
   */
  type: "session.remote_steerable_changed";
  /**
   * Notifies that the session's remote steering capability has changed
   */
  data: RemoteSteerableChangedData;
}

/**
 * Session resume metadata including current context and event count
 */
export interface ResumeData {
  /**
   * ISO 8601 timestamp when the session was resumed
   */
  resumeTime: string;
  /**
   * Total number of persisted events in the session at the time of resume
   */
  eventCount: number;
  /**
   * On-disk byte size of the session's persisted events.jsonl file at resume time; omitted when the file does not exist or cannot be stat'd
   */
  eventsFileSizeBytes?: number;
  /**
   * Model currently selected at resume time
   */
  selectedModel?: string;
  /**
   * Reasoning effort level used for model calls, if applicable (e.g. "none", "low", "medium", "high", "xhigh", "max")
   */
  reasoningEffort?: string;
  /**
   * Reasoning summary mode used for model calls, if applicable (e.g. "none", "concise", "detailed")
   */
  reasoningSummary?: ReasoningSummary;
  /**
   * Output verbosity level used for model calls, if applicable (e.g. "low", "medium", "high")
   */
  verbosity?: Verbosity;
  /**
   * Context tier currently selected at resume time; null when no tier is active
   */
  contextTier?: ContextTier | null;
  /**
   * Auto routing preference active at resume time
   */
  autoTier?: AutoTier;
  /**
   * Session limits currently configured at resume time; null when no limits are active
   */
  sessionLimits?: SessionLimitsConfig | null;
  /**
   * Updated working directory and git context at resume time
   */
  context?: WorkingDirectoryContext;
  /**
   * Whether the session was already in use by another client at resume time
   */
  alreadyInUse?: boolean;
  /**
   * True when this resume passively joined a session that already had live work running in the runtime - an agent turn, a native queue run, a queued resume continuation, or an in-flight send (for example, an extension joining a session another client was actively driving). False (or omitted) when the session had no live work or when the resume explicitly abandoned pending work, including cold resumes and suspended sessions that remain resident in memory.
   */
  sessionWasActive?: boolean;
  /**
   * Whether this session supports remote steering via GitHub
   */
  remoteSteerable?: boolean;
  /**
   * When true, tool calls and permission requests left in flight by the previous session lifetime remain pending after resume and the agentic loop awaits their results. User sends are queued behind the pending work until all such requests reach a terminal state. When false or omitted, pending work is normally marked as interrupted unless the resume passively joined live work owned by another client; sessionWasActive distinguishes that case.
   */
  continuePendingWork?: boolean;
}

/**
 * Session event "session.resume". Session resume metadata including current context and event count
 */
export interface ResumeEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.resume".
   */
  type: "session.resume";
  /**
   * Session resume metadata including current context and event count
   */
  data: ResumeData;
}

/**
 * Sampling request completion notification signaling UI dismissal
 */
export interface SamplingCompletedData {
  /**
   * Request ID of the resolved sampling request; clients should dismiss any UI for this request
   */
  requestId: string;
}

/**
 * Session event "sampling.completed". Sampling request completion notification signaling UI dismissal
 */
export interface SamplingCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "sampling.completed".
   */
  type: "sampling.completed";
  /**
   * Sampling request completion notification signaling UI dismissal
   */
  data: SamplingCompletedData;
}

/**
 * Sampling request from an MCP server; contains the server name and a requestId for correlation
 */
export interface SamplingRequestedData {
  /**
   * Unique identifier for this sampling request; used to respond via session.respondToSampling()
   */
  requestId: string;
  /**
   * Name of the MCP server that initiated the sampling request
   */
  serverName: string;
  /**
   * The JSON-RPC request ID from the MCP protocol
   */
  mcpRequestId: {
    [k: string]: unknown;
  };
  /** Other properties. */
  [k: string]: unknown;
}

/**
 * Session event "sampling.requested". Sampling request from an MCP server; contains the server name and a requestId for correlation
 */
export interface SamplingRequestedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "sampling.requested".
   */
  type: "sampling.requested";
  /**
   * Sampling request from an MCP server; contains the server name and a requestId for correlation
   */
  data: SamplingRequestedData;
}

/**
 * Scheduled prompt cancelled from the schedule manager dialog
 */
export interface ScheduleCancelledData {
  /**
   * Id of the scheduled prompt that was cancelled
   */
  id: number;
}

/**
 * Session event "session.schedule_cancelled". Scheduled prompt cancelled from the schedule manager dialog
 */
export interface ScheduleCancelledEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.schedule_cancelled".
   */
  type: "session.schedule_cancelled";
  /**
   * Scheduled prompt cancelled from the schedule manager dialog
   */
  data: ScheduleCancelledData;
}

/**
 * Scheduled prompt registered via /every or /after
 */
export interface ScheduleCreatedData {
  /**
   * Sequential id assigned to the scheduled prompt within the session
   */
  id: number;
  /**
   * Interval between ticks in milliseconds (relative-interval schedules)
   */
  intervalMs?: number;
  /**
   * 5-field cron expression for a recurring calendar schedule, evaluated in `tz`
   */
  cron?: string;
  /**
   * IANA timezone the `cron` expression is evaluated in
   */
  tz?: string;
  /**
   * Absolute fire time (epoch milliseconds) for a one-shot calendar schedule
   */
  at?: number;
  /**
   * Prompt text that gets enqueued on every tick
   */
  prompt: string;
  /**
   * Whether the schedule re-arms after each tick (`/every`) or fires once (`/after`)
   */
  recurring?: boolean;
  /**
   * True for a self-paced (`dynamic`) schedule: no fixed cadence; the model arms each next run via the `manage_schedule` `wakeup` action. `nextRunAt` is model-controlled rather than auto-computed.
   */
  selfPaced?: boolean;
  /**
   * Optional user-facing label shown in the timeline instead of the actual prompt (e.g. `/skill-name args` when the prompt is a skill invocation expansion)
   */
  displayPrompt?: string;
  /**
   * Who created the schedule (`user` or `model`). Persisted so a resumed session keeps gating non-user schedules from firing skills that opted out of model invocation. Absent on entries created before this field existed; a missing origin fails closed (treated the same as a non-user origin), so such a schedule may not resolve a `disable-model-invocation` skill.
   */
  origin?: ScheduleOrigin;
}

/**
 * Session event "session.schedule_created". Scheduled prompt registered via /every or /after
 */
export interface ScheduleCreatedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.schedule_created".
   */
  type: "session.schedule_created";
  /**
   * Scheduled prompt registered via /every or /after
   */
  data: ScheduleCreatedData;
}

/**
 * Who created the schedule: `user` (an explicit user action such as `/every` or `/after`) or `model` (the agent via the `manage_schedule` tool). Gates whether a scheduled skill that opted out of model invocation may fire: only user-created schedules may.
 */
export type ScheduleOrigin = "user" | "model";

/**
 * Self-paced schedule re-armed for its next run
 */
export interface ScheduleRearmedData {
  /**
   * Id of the self-paced schedule that was re-armed
   */
  id: number;
  /**
   * Absolute time (epoch milliseconds) the model armed the next run to fire
   */
  nextRunAt: number;
}

/**
 * Session event "session.schedule_rearmed". Self-paced schedule re-armed for its next run
 */
export interface ScheduleRearmedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.schedule_rearmed".
   */
  type: "session.schedule_rearmed";
  /**
   * Self-paced schedule re-armed for its next run
   */
  data: ScheduleRearmedData;
}

/**
 * Session limits update details. Null clears the limits.
 */
export interface SessionLimitsChangedData {
  /**
   * Current session limits, or null when no limits are active
   */
  sessionLimits: SessionLimitsConfig | null;
}

/**
 * Session event "session.session_limits_changed". Session limits update details. Null clears the limits.
 */
export interface SessionLimitsChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.session_limits_changed".
   */
  type: "session.session_limits_changed";
  /**
   * Session limits update details. Null clears the limits.
   */
  data: SessionLimitsChangedData;
}

/**
 * Optional session limits.
 */
export interface SessionLimitsConfig {
  /**
   * Maximum AI Credits allowed across the session's current accounting window.
   */
  maxAiCredits?: number;
}

/**
 * Session limit exhaustion prompt completion notification.
 */
export interface SessionLimitsExhaustedCompletedData {
  /**
   * Request ID of the resolved request; clients should dismiss any UI for this request.
   */
  requestId: string;
  /**
   * The user's selected session-limit action.
   */
  response: SessionLimitsExhaustedResponse;
}

/**
 * Session event "session_limits_exhausted.completed". Session limit exhaustion prompt completion notification.
 */
export interface SessionLimitsExhaustedCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session_limits_exhausted.completed".
   */
  type: "session_limits_exhausted.completed";
  /**
   * Session limit exhaustion prompt completion notification.
   */
  data: SessionLimitsExhaustedCompletedData;
}

/**
 * Session limit exhaustion notification requiring user action.
 */
export interface SessionLimitsExhaustedRequestedData {
  /**
   * Unique identifier for this request; used to respond via session.ui.handlePendingSessionLimitsExhausted().
   */
  requestId: string;
  /**
   * AI Credits already consumed in the current accounting window.
   */
  usedAiCredits: number;
  /**
   * Configured max AI Credits for the current accounting window.
   */
  maxAiCredits: number;
}

/**
 * Session event "session_limits_exhausted.requested". Session limit exhaustion notification requiring user action.
 */
export interface SessionLimitsExhaustedRequestedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session_limits_exhausted.requested".
   */
  type: "session_limits_exhausted.requested";
  /**
   * Session limit exhaustion notification requiring user action.
   */
  data: SessionLimitsExhaustedRequestedData;
}

/**
 * The user's selected action for an exhausted session limit.
 */
export interface SessionLimitsExhaustedResponse {
  /**
   * Action selected by the user.
   */
  action: SessionLimitsExhaustedResponseAction;
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
export type SessionLimitsExhaustedResponseAction = "add" | "set" | "unset" | "cancel";

/**
 * The session mode the agent is operating in
 */
export type SessionMode = "interactive" | "plan" | "autopilot";

/**
 * Usage attributed to one agent instance at session shutdown.
 */
export interface ShutdownAgentMetric {
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
     * Per-model shutdown metrics with request counts, token usage, nano-AI units, and token details.
     */
    [k: string]: ShutdownModelMetric;
  };
}

/**
 * Aggregate code change metrics for the session
 */
export interface ShutdownCodeChanges {
  /**
   * Total number of lines added during the session
   */
  linesAdded: number;
  /**
   * Total number of lines removed during the session
   */
  linesRemoved: number;
  /**
   * List of file paths that were modified during the session
   */
  filesModified: string[];
}

/**
 * Session termination metrics including usage statistics, code changes, and shutdown reason
 */
export interface ShutdownData {
  /**
   * Whether the session ended normally ("routine") or due to a crash/fatal error ("error")
   */
  shutdownType: ShutdownType;
  /**
   * Error description when shutdownType is "error"
   */
  errorReason?: string;
  /**
   * Session-wide accumulated nano-AI units cost
   */
  totalNanoAiu?: number;
  /**
   * Session-wide per-token-type accumulated token counts
   */
  tokenDetails?: {
    /**
     * A session-wide shutdown token-type entry storing the accumulated token count.
     */
    [k: string]: ShutdownTokenDetail;
  };
  /**
   * Cumulative time spent in API calls during the session, in milliseconds
   */
  totalApiDurationMs: number;
  /**
   * Unix timestamp (milliseconds) when the session started
   */
  sessionStartTime: number;
  /**
   * On-disk byte size of the session's persisted events.jsonl file at shutdown time; omitted when the file does not exist or cannot be stat'd
   */
  eventsFileSizeBytes?: number;
  /**
   * Aggregate code change metrics for the session
   */
  codeChanges: ShutdownCodeChanges;
  /**
   * Per-model usage breakdown, keyed by model identifier
   */
  modelMetrics: {
    /**
     * Per-model shutdown metrics with request counts, token usage, nano-AI units, and token details.
     */
    [k: string]: ShutdownModelMetric;
  };
  /**
   * Per-agent usage breakdown, keyed by agent instance identifier. The main conversation uses the stable key `main`.
   */
  agentMetrics?: {
    /**
     * Usage attributed to one agent instance at session shutdown.
     */
    [k: string]: ShutdownAgentMetric;
  };
  /**
   * Model that was selected at the time of shutdown
   */
  currentModel?: string;
  /**
   * Total tokens in context window at shutdown
   */
  currentTokens?: number;
  /**
   * System message token count at shutdown
   */
  systemTokens?: number;
  /**
   * Non-system message token count at shutdown
   */
  conversationTokens?: number;
  /**
   * Tool definitions token count at shutdown
   */
  toolDefinitionsTokens?: number;
}

/**
 * Session event "session.shutdown". Session termination metrics including usage statistics, code changes, and shutdown reason
 */
export interface ShutdownEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.shutdown".
   */
  type: "session.shutdown";
  /**
   * Session termination metrics including usage statistics, code changes, and shutdown reason
   */
  data: ShutdownData;
}

/**
 * Per-model shutdown metrics with request counts, token usage, nano-AI units, and token details.
 */
export interface ShutdownModelMetric {
  /**
   * Request count and cost metrics
   */
  requests: ShutdownModelMetricRequests;
  /**
   * Token usage breakdown
   */
  usage: ShutdownModelMetricUsage;
  /**
   * Accumulated nano-AI units cost for this model
   */
  totalNanoAiu?: number;
  /**
   * Token count details per type
   */
  tokenDetails?: {
    /**
     * A token-type entry in a shutdown model metric, storing the accumulated token count.
     */
    [k: string]: ShutdownModelMetricTokenDetail;
  };
}

/**
 * Request count and cost metrics
 */
export interface ShutdownModelMetricRequests {
  /**
   * Total number of API requests made to this model
   */
  count?: number;
  /**
   * Cumulative cost multiplier for requests to this model
   */
  cost?: number;
}

/**
 * A token-type entry in a shutdown model metric, storing the accumulated token count.
 */
export interface ShutdownModelMetricTokenDetail {
  /**
   * Accumulated token count for this token type
   */
  tokenCount: number;
}

/**
 * Token usage breakdown
 */
export interface ShutdownModelMetricUsage {
  /**
   * Total input tokens consumed across all requests to this model
   */
  inputTokens: number;
  /**
   * Total output tokens produced across all requests to this model
   */
  outputTokens: number;
  /**
   * Total tokens read from prompt cache across all requests
   */
  cacheReadTokens: number;
  /**
   * Total tokens written to prompt cache across all requests
   */
  cacheWriteTokens: number;
  /**
   * Total reasoning tokens produced across all requests to this model
   */
  reasoningTokens?: number;
}

/**
 * A session-wide shutdown token-type entry storing the accumulated token count.
 */
export interface ShutdownTokenDetail {
  /**
   * Accumulated token count for this token type
   */
  tokenCount: number;
}

/**
 * Whether the session ended normally ("routine") or due to a crash/fatal error ("error")
 */
export type ShutdownType = "routine" | "error";

/**
 * Skill invocation details including content, allowed tools, and plugin metadata
 */
export interface SkillInvokedData {
  /**
   * Name of the invoked skill
   */
  name: string;
  /**
   * Model identifier active when the skill was invoked, when known
   */
  model?: string;
  /**
   * File path to the SKILL.md definition, or an empty string for an SDK-provided skill without a filesystem identity
   */
  path: string;
  /**
   * Full content of the skill file, injected into the conversation for the model
   */
  content: string;
  /**
   * Tool names that should be auto-approved when this skill is active
   */
  allowedTools?: string[];
  /**
   * Whether model invocation is disabled for this skill
   */
  disableModelInvocation?: boolean;
  /**
   * Source identifier for where the skill was discovered. Known values include: project (workspace skill), inherited (parent-directory skill), personal-copilot (~/.copilot/skills), personal-agents (~/.agents/skills), custom (configured directory), plugin (installed plugin), builtin (bundled runtime skill), remote (org/enterprise skill), and sdk (SDK-provided skill)
   */
  source?: string;
  /**
   * Name of the plugin this skill originated from, when applicable
   */
  pluginName?: string;
  /**
   * Version of the plugin this skill originated from, when applicable
   */
  pluginVersion?: string;
  /**
   * Description of the skill from its SKILL.md frontmatter
   */
  description?: string;
  /**
   * What triggered the skill invocation: `user-invoked` (explicit user action, such as via a slash command or UI affordance), `agent-invoked` (agent requested the skill), or `context-load` (loaded as part of another context, such as preloading skills configured on a custom agent or subagent)
   */
  trigger?: SkillInvokedTrigger;
}

/**
 * Session event "skill.invoked". Skill invocation details including content, allowed tools, and plugin metadata
 */
export interface SkillInvokedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "skill.invoked".
   */
  type: "skill.invoked";
  /**
   * Skill invocation details including content, allowed tools, and plugin metadata
   */
  data: SkillInvokedData;
}

/**
 * What triggered the skill invocation: `user-invoked` (explicit user action, such as via a slash command or UI affordance), `agent-invoked` (agent requested the skill), or `context-load` (loaded as part of another context, such as preloading skills configured on a custom agent or subagent)
 */
export type SkillInvokedTrigger = "user-invoked" | "agent-invoked" | "context-load";

/**
 * Source location type (e.g., project, personal-copilot, plugin, builtin, sdk)
 */
export type SkillSource =
  | "project"
  | "inherited"
  | "personal-copilot"
  | "personal-agents"
  | "plugin"
  | "custom"
  | "builtin"
  | "sdk";

/**
 * Payload of `session.skills_loaded` listing resolved skill metadata.
 */
export interface SkillsLoadedData {
  /**
   * Array of resolved skill metadata
   *
   * Items: A single resolved skill in `session.skills_loaded`, including source, invocability, enabled state, path, and argument hint.
   */
  skills: SkillsLoadedSkill[];
}

/**
 * Session event "session.skills_loaded". Payload of `session.skills_loaded` listing resolved skill metadata.
 */
export interface SkillsLoadedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.skills_loaded".
   */
  type: "session.skills_loaded";
  /**
   * Payload of `session.skills_loaded` listing resolved skill metadata.
   */
  data: SkillsLoadedData;
}

/**
 * A single resolved skill in `session.skills_loaded`, including source, invocability, enabled state, path, and argument hint.
 */
export interface SkillsLoadedSkill {
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
   * Source location type (e.g., project, personal-copilot, plugin, builtin, remote, sdk)
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
   * Absolute path to the skill file, if available
   */
  path?: string;
  /**
   * Optional freeform hint describing the skill's expected arguments, from the `argument-hint` frontmatter field
   */
  argumentHint?: string;
}

/**
 * Session rewind details including target event and count of removed events
 */
export interface SnapshotRewindData {
  /**
   * Event ID that was rewound to; this event and all after it were removed
   */
  upToEventId: string;
  /**
   * Number of events that were removed by the rewind
   */
  eventsRemoved: number;
}

/**
 * Session event "session.snapshot_rewind". Session rewind details including target event and count of removed events
 */
export interface SnapshotRewindEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.snapshot_rewind".
   */
  type: "session.snapshot_rewind";
  /**
   * Session rewind details including target event and count of removed events
   */
  data: SnapshotRewindData;
}

/**
 * Session initialization metadata including context and configuration
 */
export interface StartData {
  /**
   * Unique identifier for the session
   */
  sessionId: string;
  /**
   * Schema version number for the session event format
   */
  version: number;
  /**
   * Identifier of the software producing the events (e.g., "copilot-agent")
   */
  producer: string;
  /**
   * Version string of the Copilot application
   */
  copilotVersion: string;
  /**
   * ISO 8601 timestamp when the session was created
   */
  startTime: string;
  /**
   * Model selected at session creation time, if any
   */
  selectedModel?: string;
  /**
   * Reasoning effort level used for model calls, if applicable (e.g. "none", "low", "medium", "high", "xhigh", "max")
   */
  reasoningEffort?: string;
  /**
   * Reasoning summary mode used for model calls, if applicable (e.g. "none", "concise", "detailed")
   */
  reasoningSummary?: ReasoningSummary;
  /**
   * Output verbosity level used for model calls, if applicable (e.g. "low", "medium", "high")
   */
  verbosity?: Verbosity;
  /**
   * Context tier selected at session creation time for models with tiered context pricing; null when no tier is selected (e.g., non-tiered model)
   */
  contextTier?: ContextTier | null;
  /**
   * Auto routing preference selected at session creation time
   */
  autoTier?: AutoTier;
  /**
   * Session limits configured at session creation time, if any
   */
  sessionLimits?: SessionLimitsConfig;
  /**
   * Working directory and git context at session start
   */
  context?: WorkingDirectoryContext;
  /**
   * Per-session GitHub MCP override persisted for cold resume
   */
  githubMcpToolConfig?: GitHubMcpToolConfig;
  /**
   * Whether the session was already in use by another client at start time
   */
  alreadyInUse?: boolean;
  /**
   * Whether this session supports remote steering via GitHub
   */
  remoteSteerable?: boolean;
  /**
   * When set, identifies a parent session whose context this session continues — e.g., a detached headless rem-agent run launched on the parent's interactive shutdown. Telemetry from this session is reported under the parent's session_id.
   */
  detachedFromSpawningParentSessionId?: string;
}

/**
 * Session event "session.start". Session initialization metadata including context and configuration
 */
export interface StartEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.start".
   */
  type: "session.start";
  /**
   * Session initialization metadata including context and configuration
   */
  data: StartData;
}

/**
 * Sub-agent completion details for successful execution
 */
export interface SubagentCompletedData {
  /**
   * Tool call ID of the parent tool invocation that spawned this sub-agent
   */
  toolCallId: string;
  /**
   * Internal name of the sub-agent
   */
  agentName: string;
  /**
   * Human-readable display name of the sub-agent
   */
  agentDisplayName: string;
  /**
   * Model used by the sub-agent
   */
  model?: string;
  /**
   * First model for which the sub-agent started an inference request, when one was dispatched
   */
  firstDispatchedModel?: string;
  /**
   * Concrete model the user configured for this sub-agent via `/subagents`, when present
   */
  configuredModelPreference?: string;
  /**
   * Explicit model supplied by the parent agent on the task call, when present
   */
  explicitModelOverride?: string;
  /**
   * Whether the explicit task-call model matched the user's configured preference
   */
  explicitModelMatchesPreference?: boolean;
  /**
   * Why an explicit task-call model did not become the effective model
   */
  modelOverrideReason?: string;
  /**
   * Authority or runtime mechanism responsible for sub-agent model selection
   */
  modelSelectionSource?: SubagentModelSelectionSource;
  /**
   * Whether the first model actually dispatched matched the user's configured preference
   */
  configuredModelMatchesActual?: boolean;
  /**
   * Total number of tool calls made by the sub-agent
   */
  totalToolCalls?: number;
  /**
   * Total tokens (input + output) consumed by the sub-agent
   */
  totalTokens?: number;
  /**
   * Wall-clock duration of the sub-agent execution in milliseconds
   */
  durationMs?: number;
  /**
   * Whether the sub-agent was torn down by cancellation - its own abort, or an ancestor being killed - instead of finishing its work. Cancellation is not a failure, so the run still reports completion; this distinguishes a torn-down sub-agent from one that ran to the end.
   */
  cancelled?: boolean;
}

/**
 * Session event "subagent.completed". Sub-agent completion details for successful execution
 */
export interface SubagentCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "subagent.completed".
   */
  type: "subagent.completed";
  /**
   * Sub-agent completion details for successful execution
   */
  data: SubagentCompletedData;
}

/**
 * Resolved runtime configuration for a configured sub-agent
 */
export interface SubagentConfiguredData {
  /**
   * Resolved model the sub-agent will run with
   */
  model: string;
  /**
   * Resolved reasoning effort, when configured for the model
   */
  reasoningEffort?: string;
  /**
   * Resolved context tier, when configured for the model
   */
  contextTier?: string;
  /**
   * Whether the sub-agent accepts follow-up turns
   */
  multiTurn: boolean;
}

/**
 * Session event "subagent.configured". Resolved runtime configuration for a configured sub-agent
 */
export interface SubagentConfiguredEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "subagent.configured".
   */
  type: "subagent.configured";
  /**
   * Resolved runtime configuration for a configured sub-agent
   */
  data: SubagentConfiguredData;
}

/**
 * Empty payload; the event signals that the custom agent was deselected, returning to the default agent
 */
export type SubagentDeselectedData = Record<string, never>;

/**
 * Session event "subagent.deselected". Empty payload; the event signals that the custom agent was deselected, returning to the default agent
 */
export interface SubagentDeselectedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "subagent.deselected".
   */
  type: "subagent.deselected";
  /**
   * Empty payload; the event signals that the custom agent was deselected, returning to the default agent
   */
  data: SubagentDeselectedData;
}

/**
 * Sub-agent failure details including error message and agent information
 */
export interface SubagentFailedData {
  /**
   * Tool call ID of the parent tool invocation that spawned this sub-agent
   */
  toolCallId: string;
  /**
   * Internal name of the sub-agent
   */
  agentName: string;
  /**
   * Human-readable display name of the sub-agent
   */
  agentDisplayName: string;
  /**
   * Error message describing why the sub-agent failed
   */
  error: string;
  /**
   * Model selected for the sub-agent, when known
   */
  model?: string;
  /**
   * First model for which the sub-agent started an inference request, when one was dispatched
   */
  firstDispatchedModel?: string;
  /**
   * Concrete model the user configured for this sub-agent via `/subagents`, when present
   */
  configuredModelPreference?: string;
  /**
   * Explicit model supplied by the parent agent on the task call, when present
   */
  explicitModelOverride?: string;
  /**
   * Whether the explicit task-call model matched the user's configured preference
   */
  explicitModelMatchesPreference?: boolean;
  /**
   * Why an explicit task-call model did not become the effective model
   */
  modelOverrideReason?: string;
  /**
   * Authority or runtime mechanism responsible for sub-agent model selection
   */
  modelSelectionSource?: SubagentModelSelectionSource;
  /**
   * Whether the first model actually dispatched matched the user's configured preference
   */
  configuredModelMatchesActual?: boolean;
  /**
   * Total number of tool calls made before the sub-agent failed
   */
  totalToolCalls?: number;
  /**
   * Total tokens (input + output) consumed before the sub-agent failed
   */
  totalTokens?: number;
  /**
   * Wall-clock duration of the sub-agent execution in milliseconds
   */
  durationMs?: number;
}

/**
 * Session event "subagent.failed". Sub-agent failure details including error message and agent information
 */
export interface SubagentFailedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "subagent.failed".
   */
  type: "subagent.failed";
  /**
   * Sub-agent failure details including error message and agent information
   */
  data: SubagentFailedData;
}

/**
 * Authority or runtime mechanism responsible for sub-agent model selection.
 */
export type SubagentModelSelectionSource =
  | "explicit_override"
  | "configured_required"
  | "configured_preference"
  | "complementary_default"
  | "session_inheritance"
  | "agent_definition_default"
  | "runtime_policy";

/**
 * Custom agent selection details including name and available tools
 */
export interface SubagentSelectedData {
  /**
   * Internal name of the selected custom agent
   */
  agentName: string;
  /**
   * Human-readable display name of the selected custom agent
   */
  agentDisplayName: string;
  /**
   * List of tool names available to this agent, or null for all tools
   */
  tools: string[] | null;
}

/**
 * Session event "subagent.selected". Custom agent selection details including name and available tools
 */
export interface SubagentSelectedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "subagent.selected".
   */
  type: "subagent.selected";
  /**
   * Custom agent selection details including name and available tools
   */
  data: SubagentSelectedData;
}

/**
 * Sub-agent startup details including parent tool call and agent information
 */
export interface SubagentStartedData {
  /**
   * Tool call ID of the parent tool invocation that spawned this sub-agent
   */
  toolCallId: string;
  /**
   * Internal name of the sub-agent
   */
  agentName: string;
  /**
   * Human-readable display name of the sub-agent
   */
  agentDisplayName: string;
  /**
   * Description of what the sub-agent does
   */
  agentDescription: string;
  /**
   * Model the sub-agent will run with, when known at start.
   */
  model?: string;
  /**
   * Where the model input for this sub-agent came from. Present when the task planner resolved the launch (the task tool and factory agents); absent for sub-agents created through other runtime paths.
   */
  taskModelSource?: SubagentTaskModelSource;
  /**
   * Authority or runtime mechanism responsible for sub-agent model selection, when known at start.
   */
  modelSelectionSource?: SubagentModelSelectionSource;
  /**
   * Root id of the factory run that spawned this sub-agent, when it was spawned by one.
   */
  factoryRunId?: string;
  /**
   * Task-registry ID of the spawning sub-agent. Absent when the root session spawned this child.
   */
  parentId?: string;
  /**
   * Whether this sub-agent can be resumed. Currently always false.
   */
  resumable?: boolean;
  /**
   * Type of the sub-agent selected at spawn time.
   */
  agentType?: string;
  /**
   * Whether the sub-agent runs synchronously or in the background.
   */
  executionMode?: string;
}

/**
 * Session event "subagent.started". Sub-agent startup details including parent tool call and agent information
 */
export interface SubagentStartedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "subagent.started".
   */
  type: "subagent.started";
  /**
   * Sub-agent startup details including parent tool call and agent information
   */
  data: SubagentStartedData;
}

/**
 * Where the model input for a task-tool sub-agent came from.
 */
export type SubagentTaskModelSource =
  | "task_argument"
  | "subagent_configuration"
  | "custom_agent_definition"
  | "unset";

/**
 * System/developer instruction content with role and optional template metadata
 */
export interface SystemMessageData {
  /**
   * The system or developer prompt text sent as model input
   */
  content: string;
  /**
   * Logical interaction identifier for the model run receiving this prompt
   */
  interactionId?: string;
  /**
   * Message role: "system" for system prompts, "developer" for developer-injected instructions
   */
  role: SystemMessageRole;
  /**
   * Optional name identifier for the message source
   */
  name?: string;
  /**
   * Metadata about the prompt template and its construction
   */
  metadata?: SystemMessageMetadata;
}

/**
 * Session event "system.message". System/developer instruction content with role and optional template metadata
 */
export interface SystemMessageEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "system.message".
   */
  type: "system.message";
  /**
   * System/developer instruction content with role and optional template metadata
   */
  data: SystemMessageData;
}

/**
 * Metadata about the prompt template and its construction
 */
export interface SystemMessageMetadata {
  /**
   * Version identifier of the prompt template used
   */
  promptVersion?: string;
  /**
   * Template variables used when constructing the prompt
   */
  variables?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}

/**
 * Message role: "system" for system prompts, "developer" for developer-injected instructions
 */
export type SystemMessageRole = "system" | "developer";

/**
 * Structured metadata identifying what triggered this notification
 */
export type SystemNotification =
  | SystemNotificationAgentCompleted
  | SystemNotificationAgentIdle
  | SystemNotificationNewInboxMessage
  | SystemNotificationShellCompleted
  | SystemNotificationShellDetachedCompleted
  | SystemNotificationInstructionDiscovered
  | SystemNotificationFactoryCompleted
  | SystemNotificationUnclassified;

/**
 * System notification metadata for a background agent that completed or failed, including agent ID, type, status, description, and prompt.
 */
export interface SystemNotificationAgentCompleted {
  /**
   * Type discriminator. Always "agent_completed".
   */
  type: "agent_completed";
  /**
   * Unique task identifier
   */
  agentId: string;
  /**
   * Friendly, non-unique name intended for display
   */
  displayName?: string;
  /**
   * Type of the agent (e.g., explore, task, general-purpose)
   */
  agentType: string;
  /**
   * Whether the agent completed successfully or failed
   */
  status: SystemNotificationAgentCompletedStatus;
  /**
   * Human-readable description of the agent task
   */
  description?: string;
  /**
   * The full prompt given to the background agent
   */
  prompt?: string;
}

/**
 * Whether the agent completed successfully or failed
 */
export type SystemNotificationAgentCompletedStatus = "completed" | "failed";

/**
 * System notification metadata for a background agent that became idle, including agent ID, type, and description.
 */
export interface SystemNotificationAgentIdle {
  /**
   * Type discriminator. Always "agent_idle".
   */
  type: "agent_idle";
  /**
   * Unique task identifier
   */
  agentId: string;
  /**
   * Friendly, non-unique name intended for display
   */
  displayName?: string;
  /**
   * Type of the agent (e.g., explore, task, general-purpose)
   */
  agentType: string;
  /**
   * Human-readable description of the agent task
   */
  description?: string;
}

/**
 * System-generated notification for runtime events like background task completion
 */
export interface SystemNotificationData {
  /**
   * The notification text, typically wrapped in <system_notification> XML tags
   */
  content: string;
  /**
   * Structured metadata identifying what triggered this notification
   */
  kind: SystemNotification;
}

/**
 * Session event "system.notification". System-generated notification for runtime events like background task completion
 */
export interface SystemNotificationEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "system.notification".
   */
  type: "system.notification";
  /**
   * System-generated notification for runtime events like background task completion
   */
  data: SystemNotificationData;
}

/**
 * System notification metadata for a factory execution attempt that reached a terminal state.
 */
export interface SystemNotificationFactoryCompleted {
  /**
   * Type discriminator. Always "factory_completed".
   */
  type: "factory_completed";
  /**
   * Factory run identifier.
   */
  runId: string;
  /**
   * Persisted factory name.
   */
  factoryName: string;
  /**
   * Terminal status reached by this execution attempt.
   */
  status: SystemNotificationFactoryCompletedStatus;
  /**
   * Subagents consumed by the run across all attempts.
   */
  consumedSubagents: number;
  /**
   * Accumulated active execution time in milliseconds.
   */
  elapsedMs: number;
  /**
   * Consumed AI usage in nano-AIU.
   */
  consumedNanoAiu: number;
  /**
   * Execution attempt that reached this terminal state.
   */
  attempt: number;
  /**
   * Bounded prompt-safe preview of the completed result.
   */
  resultPreview?: string;
  /**
   * Machine-readable terminal failure details, when present.
   */
  failure?: {
    [k: string]: unknown;
  };
  /**
   * Actionable run_factory resume guidance for a resource-limit failure.
   */
  retryGuidance?: string;
  /**
   * Pause initiator metadata when this attempt settled as paused.
   */
  pauseInfo?: SystemNotificationFactoryPauseInfo;
}

/**
 * Terminal status reached by a factory execution attempt.
 */
export type SystemNotificationFactoryCompletedStatus =
  | "completed"
  | "halted"
  | "paused"
  | "cancelled"
  | "error";

/**
 * Durable metadata describing who initiated a factory pause.
 */
export type SystemNotificationFactoryPauseInfo = {
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
 * System notification metadata for an instruction file discovered during tool access, including source, trigger file, and tool.
 */
export interface SystemNotificationInstructionDiscovered {
  /**
   * Type discriminator. Always "instruction_discovered".
   */
  type: "instruction_discovered";
  /**
   * Relative path to the discovered instruction file
   */
  sourcePath: string;
  /**
   * Path of the file access that triggered discovery
   */
  triggerFile: string;
  /**
   * Tool command that triggered discovery (currently always 'view')
   */
  triggerTool: string;
  /**
   * Human-readable label for the timeline (e.g., 'AGENTS.md from packages/billing/')
   */
  description?: string;
}

/**
 * System notification metadata for a new inbox message, including entry ID, sender details, and summary.
 */
export interface SystemNotificationNewInboxMessage {
  /**
   * Type discriminator. Always "new_inbox_message".
   */
  type: "new_inbox_message";
  /**
   * Unique identifier of the inbox entry
   */
  entryId: string;
  /**
   * Human-readable name of the sender
   */
  senderName: string;
  /**
   * Category of the sender (e.g., sidekick-agent, plugin, hook)
   */
  senderType: string;
  /**
   * Short summary shown before the agent decides whether to read the inbox
   */
  summary: string;
}

/**
 * System notification metadata for a shell session that completed, including shell ID, optional exit code, and description.
 */
export interface SystemNotificationShellCompleted {
  /**
   * Type discriminator. Always "shell_completed".
   */
  type: "shell_completed";
  /**
   * Unique identifier of the shell session
   */
  shellId: string;
  /**
   * Exit code of the shell command, if available
   */
  exitCode?: number;
  /**
   * Human-readable description of the command
   */
  description?: string;
}

/**
 * System notification metadata for a detached shell session that completed, including shell ID and description.
 */
export interface SystemNotificationShellDetachedCompleted {
  /**
   * Type discriminator. Always "shell_detached_completed".
   */
  type: "shell_detached_completed";
  /**
   * Unique identifier of the detached shell session
   */
  shellId: string;
  /**
   * Human-readable description of the command
   */
  description?: string;
}

/**
 * System notification metadata from an external host that does not match a runtime-owned notification kind.
 */
export interface SystemNotificationUnclassified {
  /**
   * Type discriminator. Always "unclassified".
   */
  type: "unclassified";
  /**
   * Opaque metadata supplied by the external host, when present.
   */
  metadata?: {
    [k: string]: unknown;
  };
}

/**
 * Task completion notification with summary from the agent
 */
export interface TaskCompleteData {
  /**
   * Summary of the completed task, provided by the agent
   */
  summary?: string;
  /**
   * Whether the task was accepted as complete. False when validation failed or completion was rejected or blocked by the reviewer
   */
  success?: boolean;
  /**
   * Semantic completion decision. Absent on legacy events and invalid tool calls
   */
  outcome?: TaskCompletionOutcome;
  /**
   * Label-safe runtime rationale for the completion decision (e.g. a cancellation or pause/resume downgrade), when one applies. Reviewer-authored rationale is intentionally omitted here because this event has no IFC label channel; the reviewer's findings remain available through its own labeled sub-agent events
   */
  reason?: string;
  /**
   * Active autopilot objective ID evaluated by the completion reviewer
   */
  objectiveId?: number;
}

/**
 * Session event "session.task_complete". Task completion notification with summary from the agent
 */
export interface TaskCompleteEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.task_complete".
   */
  type: "session.task_complete";
  /**
   * Task completion notification with summary from the agent
   */
  data: TaskCompleteData;
}

/**
 * Semantic result of evaluating a task completion request
 */
export type TaskCompletionOutcome = "completed" | "continue" | "blocked";

/**
 * Session title change payload containing the new display title
 */
export interface TitleChangedData {
  /**
   * The new display title for the session
   */
  title: string;
}

/**
 * Session event "session.title_changed". Session title change payload containing the new display title
 */
export interface TitleChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.title_changed".
   */
  type: "session.title_changed";
  /**
   * Session title change payload containing the new display title
   */
  data: TitleChangedData;
}

/**
 * Signal-only event: the agent's todos or todo_deps table was written to. No payload — clients should call session.plan.readSqlTodosWithDependencies() to fetch the current state. Events arrive in order; clients can debounce on arrival if needed.
 */
export type TodosChangedData = Record<string, never>;

/**
 * Session event "session.todos_changed". Signal-only event: the agent's todos or todo_deps table was written to. No payload — clients should call session.plan.readSqlTodosWithDependencies() to fetch the current state. Events arrive in order; clients can debounce on arrival if needed.
 */
export interface TodosChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.todos_changed".
   */
  type: "session.todos_changed";
  /**
   * Signal-only event: the agent's todos or todo_deps table was written to. No payload — clients should call session.plan.readSqlTodosWithDependencies() to fetch the current state. Events arrive in order; clients can debounce on arrival if needed.
   */
  data: TodosChangedData;
}

/**
 * A content block within a tool result, which may be text, terminal output, image, audio, or a resource
 */
export type ToolExecutionCompleteContent =
  | ToolExecutionCompleteContentText
  | ToolExecutionCompleteContentTerminal
  | ToolExecutionCompleteContentShellExit
  | ToolExecutionCompleteContentImage
  | ToolExecutionCompleteContentAudio
  | ToolExecutionCompleteContentResourceLink
  | ToolExecutionCompleteContentResource;

/**
 * Audio content block with base64-encoded data
 */
export interface ToolExecutionCompleteContentAudio {
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
export interface ToolExecutionCompleteContentImage {
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
export interface ToolExecutionCompleteContentResource {
  /**
   * Content block type discriminator
   */
  type: "resource";
  /**
   * The embedded resource contents, either text or base64-encoded binary
   */
  resource: ToolExecutionCompleteContentResourceDetails;
}

/**
 * The embedded resource contents, either text or base64-encoded binary
 */
export type ToolExecutionCompleteContentResourceDetails =
  | EmbeddedTextResourceContents
  | EmbeddedBlobResourceContents;

/**
 * Resource link content block referencing an external resource
 */
export interface ToolExecutionCompleteContentResourceLink {
  /**
   * Icons associated with this resource
   *
   * Items: Icon image for a resource
   */
  icons?: ToolExecutionCompleteContentResourceLinkIcon[];
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
export interface ToolExecutionCompleteContentResourceLinkIcon {
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
  theme?: ToolExecutionCompleteContentResourceLinkIconTheme;
}

/**
 * Theme variant this icon is intended for
 */
export type ToolExecutionCompleteContentResourceLinkIconTheme = "light" | "dark";

/**
 * Shell command exit metadata with optional output preview
 */
export interface ToolExecutionCompleteContentShellExit {
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
 * @deprecated
 * Deprecated for shell command exit metadata. Use ToolExecutionCompleteContentShellExit instead.
 */
export interface ToolExecutionCompleteContentTerminal {
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
export interface ToolExecutionCompleteContentText {
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
 * Tool execution completion results including success status, detailed output, and error information
 */
export interface ToolExecutionCompleteData {
  /**
   * Unique identifier for the completed tool call
   */
  toolCallId: string;
  /**
   * Whether the tool execution completed successfully
   */
  success: boolean;
  /**
   * Model identifier that generated this tool call
   */
  model?: string;
  /**
   * FIDES IFC label projected from tool ingress metadata (MCP `CallToolResult._meta` or synthesized built-in ingress labels). Persisted as `{ ifc: ... }` so the label survives session resume, including model-visible failure results. Experimental.
   */
  mcpMeta?: {
    [k: string]: unknown;
  };
  /**
   * CAPI interaction ID for correlating this tool execution with upstream telemetry
   */
  interactionId?: string;
  /**
   * Per-request treatment/eligibility signal returned by the Copilot API in the `X-GitHub-Copilot-Request-TE` response header for the associated model call; `false` when the header was absent or unparseable.
   */
  rte?: boolean;
  /**
   * Whether this tool call was explicitly requested by the user rather than the assistant
   */
  isUserRequested?: boolean;
  /**
   * Tool execution result on success
   */
  result?: ToolExecutionCompleteResult;
  /**
   * Error details when the tool execution failed
   */
  error?: ToolExecutionCompleteError;
  /**
   * Tool-specific telemetry data (e.g., CodeQL check counts, grep match counts)
   */
  toolTelemetry?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  /**
   * Identifier for the agent loop turn this tool was invoked in, matching the corresponding assistant.turn_start event
   */
  turnId?: string;
  /**
   * Tool definition metadata, present for MCP tools with MCP Apps support
   */
  toolDescription?: ToolExecutionCompleteToolDescription;
  /**
   * Whether this tool execution ran inside a sandbox container
   */
  sandboxed?: boolean;
  /**
   * Experimental shell completion facts captured before the persisted result contents are stripped.
   */
  shellExecution?: ToolExecutionCompleteShellExecution;
  /**
   * @deprecated
   * Tool call ID of the parent tool invocation when this event originates from a sub-agent
   */
  parentToolCallId?: string;
  /**
   * Experimental HydraFusion attribution for this tool completion.
   */
  fusion?: FusionAttribution;
}

/**
 * Error details when the tool execution failed
 */
export interface ToolExecutionCompleteError {
  /**
   * Human-readable error message
   */
  message: string;
  /**
   * Machine-readable error code
   */
  code?: string;
  /**
   * What the user must do to recover, when the runtime knows of an action. Set on sandbox policy denials, where `message` names the rule that blocked the call but never the client affordance that relaxes it.
   */
  remediation?: RemediationAction;
}

/**
 * Session event "tool.execution_complete". Tool execution completion results including success status, detailed output, and error information
 */
export interface ToolExecutionCompleteEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "tool.execution_complete".
   */
  type: "tool.execution_complete";
  /**
   * Tool execution completion results including success status, detailed output, and error information
   */
  data: ToolExecutionCompleteData;
}

/**
 * Tool execution result on success
 */
export interface ToolExecutionCompleteResult {
  /**
   * Concise tool result text sent to the LLM for chat completion, potentially truncated for token efficiency
   */
  content: string;
  /**
   * Detailed tool result for UI/timeline display, preserving complete content such as diffs for most tools. Successful skill invocations intentionally use the concise model-facing content here; the authoritative skill body is carried by the corresponding skill invocation event. Falls back to content when absent.
   */
  detailedContent?: string;
  /**
   * Structured content blocks (text, images, audio, resources) returned by the tool in their native format
   *
   * Items: A content block within a tool result, which may be text, terminal output, image, audio, or a resource
   */
  contents?: ToolExecutionCompleteContent[];
  /**
   * Model-facing binary results (base64 inline or size-omitted markers) sent to the LLM for this tool call
   *
   * Items: A model-facing binary result as persisted: full inline data, a size-omitted marker, or a deduplicated asset reference
   */
  binaryResultsForLlm?: PersistedBinaryResult[];
  /**
   * MCP Apps UI resource content for rendering in a sandboxed iframe
   */
  uiResource?: ToolExecutionCompleteUIResource;
  /**
   * Structured content (arbitrary JSON) returned verbatim by the MCP tool
   */
  structuredContent?: {
    [k: string]: unknown;
  };
  /**
   * Provider-neutral source material this tool makes available to the model as citable content. Persisted so it survives session resume. Experimental.
   *
   * Items: A source supplied by a tool that should be made available to the model as citable content.
   */
  citableSources?: CitableSource[];
  /**
   * FIDES IFC label projected from tool ingress metadata (MCP `CallToolResult._meta` or synthesized built-in ingress labels) — persisted as `{ ifc: ... }` (only the `ifc` key, not the whole `_meta`). Persisted so the FIDES IFC label survives session resume: the engine rehydrates accumulated taint by replaying these on load. Populated for ingress sources when FIDES IFC is on. Experimental.
   */
  mcpMeta?: {
    [k: string]: unknown;
  };
}

/**
 * Experimental shell completion facts retained independently of the full tool result.
 */
export interface ToolExecutionCompleteShellExecution {
  /**
   * Process exit code reported by the shell driver.
   */
  exitCode: number;
}

/**
 * Tool definition metadata, present for MCP tools with MCP Apps support
 */
export interface ToolExecutionCompleteToolDescription {
  /**
   * Tool name
   */
  name: string;
  /**
   * Tool description
   */
  description?: string;
  /**
   * MCP Apps metadata for UI resource association
   */
  _meta?: ToolExecutionCompleteToolDescriptionMeta;
}

/**
 * MCP Apps metadata for UI resource association
 */
export interface ToolExecutionCompleteToolDescriptionMeta {
  /**
   * MCP Apps tool `_meta.ui` resource URI and visibility captured on `tool.execution_complete`.
   */
  ui?: ToolExecutionCompleteToolDescriptionMetaUI;
}

/**
 * MCP Apps tool `_meta.ui` resource URI and visibility captured on `tool.execution_complete`.
 */
export interface ToolExecutionCompleteToolDescriptionMetaUI {
  /**
   * URI of the UI resource
   */
  resourceUri?: string;
  /**
   * Who can access this tool
   */
  visibility?: ToolExecutionCompleteToolDescriptionMetaUIVisibility[];
}

/**
 * Allowed values for the `ToolExecutionCompleteToolDescriptionMetaUIVisibility` enumeration.
 */
export type ToolExecutionCompleteToolDescriptionMetaUIVisibility = "model" | "app";

/**
 * MCP Apps UI resource content for rendering in a sandboxed iframe
 */
export interface ToolExecutionCompleteUIResource {
  /**
   * The ui:// URI of the resource
   */
  uri: string;
  /**
   * MIME type of the content
   */
  mimeType: string;
  /**
   * HTML content as a string
   */
  text?: string;
  /**
   * Base64-encoded HTML content
   */
  blob?: string;
  /**
   * Resource-level UI metadata (CSP, permissions, visual preferences)
   */
  _meta?: ToolExecutionCompleteUIResourceMeta;
}

/**
 * Resource-level UI metadata (CSP, permissions, visual preferences)
 */
export interface ToolExecutionCompleteUIResourceMeta {
  /**
   * MCP Apps UI resource metadata for a completed tool result, including CSP, permissions, domain, and border preference.
   */
  ui?: ToolExecutionCompleteUIResourceMetaUI;
}

/**
 * MCP Apps UI resource metadata for a completed tool result, including CSP, permissions, domain, and border preference.
 */
export interface ToolExecutionCompleteUIResourceMetaUI {
  /**
   * CSP domain allowlists for an MCP Apps UI resource, including connect, resource, frame, and base URI domains.
   */
  csp?: ToolExecutionCompleteUIResourceMetaUICsp;
  /**
   * Browser permission metadata for an MCP Apps UI resource, including camera, microphone, geolocation, and clipboard-write.
   */
  permissions?: ToolExecutionCompleteUIResourceMetaUIPermissions;
  /**
   * Optional dedicated origin for the rendered MCP Apps UI resource.
   */
  domain?: string;
  /**
   * Whether the host should render a border around the MCP Apps UI resource.
   */
  prefersBorder?: boolean;
}

/**
 * CSP domain allowlists for an MCP Apps UI resource, including connect, resource, frame, and base URI domains.
 */
export interface ToolExecutionCompleteUIResourceMetaUICsp {
  /**
   * Domains the UI resource may connect to.
   */
  connectDomains?: string[];
  /**
   * Domains from which the UI resource may load scripts, styles, images, and other resources.
   */
  resourceDomains?: string[];
  /**
   * Domains the UI resource may embed as nested frames.
   */
  frameDomains?: string[];
  /**
   * Domains the UI resource may use as document base URIs.
   */
  baseUriDomains?: string[];
}

/**
 * Browser permission metadata for an MCP Apps UI resource, including camera, microphone, geolocation, and clipboard-write.
 */
export interface ToolExecutionCompleteUIResourceMetaUIPermissions {
  /**
   * Marker object for camera permission on an MCP Apps UI resource.
   */
  camera?: ToolExecutionCompleteUIResourceMetaUIPermissionsCamera;
  /**
   * Marker object for microphone permission on an MCP Apps UI resource.
   */
  microphone?: ToolExecutionCompleteUIResourceMetaUIPermissionsMicrophone;
  /**
   * Marker object for geolocation permission on an MCP Apps UI resource.
   */
  geolocation?: ToolExecutionCompleteUIResourceMetaUIPermissionsGeolocation;
  /**
   * Marker object for clipboard-write permission on an MCP Apps UI resource.
   */
  clipboardWrite?: ToolExecutionCompleteUIResourceMetaUIPermissionsClipboardWrite;
}

/**
 * Marker object for camera permission on an MCP Apps UI resource.
 */
export interface ToolExecutionCompleteUIResourceMetaUIPermissionsCamera {
  /** Entries, by key. */
  [k: string]: unknown;
}

/**
 * Marker object for clipboard-write permission on an MCP Apps UI resource.
 */
export interface ToolExecutionCompleteUIResourceMetaUIPermissionsClipboardWrite {
  /** Entries, by key. */
  [k: string]: unknown;
}

/**
 * Marker object for geolocation permission on an MCP Apps UI resource.
 */
export interface ToolExecutionCompleteUIResourceMetaUIPermissionsGeolocation {
  /** Entries, by key. */
  [k: string]: unknown;
}

/**
 * Marker object for microphone permission on an MCP Apps UI resource.
 */
export interface ToolExecutionCompleteUIResourceMetaUIPermissionsMicrophone {
  /** Entries, by key. */
  [k: string]: unknown;
}

/**
 * Streaming tool execution output for incremental result display
 */
export interface ToolExecutionPartialData {
  /**
   * Tool call ID this partial result belongs to
   */
  toolCallId: string;
  /**
   * Incremental output chunk from the running tool
   */
  partialOutput: string;
}

/**
 * Session event "tool.execution_partial_result". Streaming tool execution output for incremental result display
 */
export interface ToolExecutionPartialResultEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "tool.execution_partial_result".
   */
  type: "tool.execution_partial_result";
  /**
   * Streaming tool execution output for incremental result display
   */
  data: ToolExecutionPartialData;
}

/**
 * Tool execution progress notification with status message
 */
export interface ToolExecutionProgressData {
  /**
   * Tool call ID this progress notification belongs to
   */
  toolCallId: string;
  /**
   * Human-readable progress status message (e.g., from an MCP server)
   */
  progressMessage: string;
}

/**
 * Session event "tool.execution_progress". Tool execution progress notification with status message
 */
export interface ToolExecutionProgressEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "tool.execution_progress".
   */
  type: "tool.execution_progress";
  /**
   * Tool execution progress notification with status message
   */
  data: ToolExecutionProgressData;
}

/**
 * Tool execution startup details including MCP server information when applicable
 */
export interface ToolExecutionStartData {
  /**
   * Unique identifier for this tool call
   */
  toolCallId: string;
  /**
   * Name of the tool being executed
   */
  toolName: string;
  /**
   * Arguments passed to the tool
   */
  arguments?: {
    [k: string]: unknown;
  };
  /**
   * Shell-tool path hints derived from the command at start time for shell tools (bash/powershell/local_shell). Produced by the same shell-aware extractor as PermissionRequestShell.possiblePaths, so it is present even when the command is auto-approved and no permission request fires. Absent for non-shell tools.
   */
  shellToolInfo?: ToolExecutionStartShellToolInfo;
  /**
   * Model identifier that generated this tool call
   */
  model?: string;
  /**
   * Per-request treatment/eligibility signal returned by the Copilot API in the `X-GitHub-Copilot-Request-TE` response header for the associated model call; `false` when the header was absent or unparseable.
   */
  rte?: boolean;
  /**
   * Name of the MCP server hosting this tool, when the tool is an MCP tool
   */
  mcpServerName?: string;
  /**
   * Preferred lookup name for the MCP server hosting this tool: the configured (namespaced) config-map key when the tool carries one, otherwise the display name from `mcpServerName`. Present when the tool is an MCP tool; this is the name unrestricted provenance telemetry hashes so it joins with `mcp_server_setup`, which keys off the configured name too.
   */
  mcpConfigServerName?: string;
  /**
   * Original tool name on the MCP server, when the tool is an MCP tool
   */
  mcpToolName?: string;
  /**
   * Transport the MCP server hosting this tool is connected over, when the tool is an MCP tool and the server is configured
   */
  mcpTransport?: McpServerTransport;
  /**
   * Where the MCP server's configuration came from (`user`, `workspace`, `plugin`, or `builtin`), when the tool is an MCP tool and the server is configured
   */
  mcpConfigSource?: McpServerSource;
  /**
   * Identifier for the agent loop turn this tool was invoked in, matching the corresponding assistant.turn_start event
   */
  turnId?: string;
  /**
   * When true, the tool output should be displayed expanded (verbatim) in the CLI timeline
   */
  displayVerbatim?: boolean;
  /**
   * Tool definition metadata, present for MCP tools with MCP Apps support
   */
  toolDescription?: ToolExecutionStartToolDescription;
  /**
   * @deprecated
   * Tool call ID of the parent tool invocation when this event originates from a sub-agent
   */
  parentToolCallId?: string;
  /**
   * Experimental HydraFusion attribution for this tool execution.
   */
  fusion?: FusionAttribution;
}

/**
 * Session event "tool.execution_start". Tool execution startup details including MCP server information when applicable
 */
export interface ToolExecutionStartEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "tool.execution_start".
   */
  type: "tool.execution_start";
  /**
   * Tool execution startup details including MCP server information when applicable
   */
  data: ToolExecutionStartData;
}

/**
 * Shell-aware path hints for a shell tool's command, captured at start time so consumers can snapshot a file's pre-image before the tool runs.
 */
export interface ToolExecutionStartShellToolInfo {
  /**
   * File paths the command may read or write, derived from the command at start time. Produced by the same shell-aware extractor as PermissionRequestShell.possiblePaths, so it is present even when the command is auto-approved and no permission request fires.
   */
  possiblePaths: string[];
  /**
   * Whether the command includes a file write redirection (e.g., > or >>).
   */
  hasWriteFileRedirection: boolean;
  /**
   * The command with a redundant leading `cd` into the working directory removed, present only when there was one to remove. Computed with the same routine the shell driver applies before spawning, so a surface that renders this shows the text that actually runs. Consumers that display it should keep the original tool arguments available on demand.
   */
  displayCommand?: string;
}

/**
 * Tool definition metadata, present for MCP tools with MCP Apps support
 */
export interface ToolExecutionStartToolDescription {
  /**
   * Tool name
   */
  name: string;
  /**
   * Tool description
   */
  description?: string;
  /**
   * MCP Apps metadata for UI resource association
   */
  _meta?: ToolExecutionStartToolDescriptionMeta;
}

/**
 * MCP Apps metadata for UI resource association
 */
export interface ToolExecutionStartToolDescriptionMeta {
  /**
   * MCP Apps tool `_meta.ui` resource URI and visibility captured on `tool.execution_start`.
   */
  ui?: ToolExecutionStartToolDescriptionMetaUI;
}

/**
 * MCP Apps tool `_meta.ui` resource URI and visibility captured on `tool.execution_start`.
 */
export interface ToolExecutionStartToolDescriptionMetaUI {
  /**
   * URI of the UI resource
   */
  resourceUri?: string;
  /**
   * Who can access this tool
   */
  visibility?: ToolExecutionStartToolDescriptionMetaUIVisibility[];
}

/**
 * Allowed values for the `ToolExecutionStartToolDescriptionMetaUIVisibility` enumeration.
 */
export type ToolExecutionStartToolDescriptionMetaUIVisibility = "model" | "app";

/**
 * Persisted generic client-side tool activations restored when a session resumes.
 */
export interface ToolSearchActivatedData {
  /**
   * Tool-search strategy that activated the definitions.
   */
  strategy: string;
  /**
   * Names of tool definitions activated by this search invocation.
   */
  toolNames: string[];
}

/**
 * Session event "tool_search.activated". Persisted generic client-side tool activations restored when a session resumes.
 */
export interface ToolSearchActivatedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "tool_search.activated".
   */
  type: "tool_search.activated";
  /**
   * Persisted generic client-side tool activations restored when a session resumes.
   */
  data: ToolSearchActivatedData;
}

/**
 * User-initiated tool invocation request with tool name and arguments
 */
export interface ToolUserRequestedData {
  /**
   * Unique identifier for this tool call
   */
  toolCallId: string;
  /**
   * Name of the tool the user wants to invoke
   */
  toolName: string;
  /**
   * Arguments for the tool invocation
   */
  arguments?: {
    [k: string]: unknown;
  };
}

/**
 * Session event "tool.user_requested". User-initiated tool invocation request with tool name and arguments
 */
export interface ToolUserRequestedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "tool.user_requested".
   */
  type: "tool.user_requested";
  /**
   * User-initiated tool invocation request with tool name and arguments
   */
  data: ToolUserRequestedData;
}

/**
 * Payload of `session.tools_updated` identifying the model whose resolved tools were updated.
 */
export interface ToolsUpdatedData {
  /**
   * Identifier of the model the resolved tools apply to.
   */
  model: string;
}

/**
 * Session event "session.tools_updated". Payload of `session.tools_updated` identifying the model whose resolved tools were updated.
 */
export interface ToolsUpdatedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.tools_updated".
   */
  type: "session.tools_updated";
  /**
   * Payload of `session.tools_updated` identifying the model whose resolved tools were updated.
   */
  data: ToolsUpdatedData;
}

/**
 * Conversation truncation statistics including token counts and removed content metrics
 */
export interface TruncationData {
  /**
   * Maximum token count for the model's context window
   */
  tokenLimit: number;
  /**
   * Total tokens in conversation messages before truncation
   */
  preTruncationTokensInMessages: number;
  /**
   * Number of conversation messages before truncation
   */
  preTruncationMessagesLength: number;
  /**
   * Total tokens in conversation messages after truncation
   */
  postTruncationTokensInMessages: number;
  /**
   * Number of conversation messages after truncation
   */
  postTruncationMessagesLength: number;
  /**
   * Number of tokens removed by truncation
   */
  tokensRemovedDuringTruncation: number;
  /**
   * Number of messages removed by truncation
   */
  messagesRemovedDuringTruncation: number;
  /**
   * Identifier of the component that performed truncation (e.g., "BasicTruncator")
   */
  performedBy: string;
}

/**
 * Session event "session.truncation". Conversation truncation statistics including token counts and removed content metrics
 */
export interface TruncationEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.truncation".
   */
  type: "session.truncation";
  /**
   * Conversation truncation statistics including token counts and removed content metrics
   */
  data: TruncationData;
}

/**
 * Ordered output and terminal state for a transient query that does not modify conversation history.
 */
export interface UIEphemeralQueryData {
  /**
   * Runtime-minted query identifier.
   */
  requestId: string;
  /**
   * Current query lifecycle phase.
   */
  phase: UIEphemeralQueryPhase;
  /**
   * Ordered text delta, present for the `chunk` phase.
   */
  chunk?: string;
  /**
   * Full response text, present for the `completed` phase.
   */
  answer?: string;
  /**
   * Model or transport failure message, present for the `failed` phase.
   */
  error?: string;
}

/**
 * Session event "ui.ephemeral_query". Ordered output and terminal state for a transient query that does not modify conversation history.
 */
export interface UIEphemeralQueryEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "ui.ephemeral_query".
   */
  type: "ui.ephemeral_query";
  /**
   * Ordered output and terminal state for a transient query that does not modify conversation history.
   */
  data: UIEphemeralQueryData;
}

/**
 * Lifecycle phase for a Rust-owned ephemeral query stream.
 */
export type UIEphemeralQueryPhase = "started" | "chunk" | "completed" | "failed" | "aborted";

/**
 * Durable session usage checkpoint for reconstructing aggregate accounting on resume
 */
export interface UsageCheckpointData {
  /**
   * Session-wide accumulated nano-AI units cost at checkpoint time
   */
  totalNanoAiu: number;
}

/**
 * Session event "session.usage_checkpoint". Durable session usage checkpoint for reconstructing aggregate accounting on resume
 */
export interface UsageCheckpointEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.usage_checkpoint".
   */
  type: "session.usage_checkpoint";
  /**
   * Durable session usage checkpoint for reconstructing aggregate accounting on resume
   */
  data: UsageCheckpointData;
}

/**
 * Current context window usage statistics including token and message counts
 */
export interface UsageInfoData {
  /**
   * Maximum token count for the model's context window
   */
  tokenLimit: number;
  /**
   * Current number of tokens in the context window
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
  /**
   * Whether this is the first usage_info event emitted in this session
   */
  isInitial?: boolean;
}

/**
 * Session event "session.usage_info". Current context window usage statistics including token and message counts
 */
export interface UsageInfoEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.usage_info".
   */
  type: "session.usage_info";
  /**
   * Current context window usage statistics including token and message counts
   */
  data: UsageInfoData;
}

/**
 * User input request completion with the user's response
 */
export interface UserInputCompletedData {
  /**
   * Request ID of the resolved user input request; clients should dismiss any UI for this request
   */
  requestId: string;
  /**
   * The user's answer to the input request
   */
  answer?: string;
  /**
   * Whether the answer was typed as free-form text rather than selected from choices
   */
  wasFreeform?: boolean;
}

/**
 * Session event "user_input.completed". User input request completion with the user's response
 */
export interface UserInputCompletedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "user_input.completed".
   */
  type: "user_input.completed";
  /**
   * User input request completion with the user's response
   */
  data: UserInputCompletedData;
}

/**
 * User input request notification with question and optional predefined choices
 */
export interface UserInputRequestedData {
  /**
   * Unique identifier for this input request; used to respond via session.respondToUserInput()
   */
  requestId: string;
  /**
   * The question or prompt to present to the user
   */
  question: string;
  /**
   * Predefined choices for the user to select from, if applicable
   */
  choices?: string[];
  /**
   * Whether the user can provide a free-form text response in addition to predefined choices
   */
  allowFreeform?: boolean;
  /**
   * The LLM-assigned tool call ID that triggered this request; used by remote UIs to correlate responses
   */
  toolCallId?: string;
}

/**
 * Session event "user_input.requested". User input request notification with question and optional predefined choices
 */
export interface UserInputRequestedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * Always true for events that are transient and not persisted to the session event log on disk.
   */
  ephemeral: true;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "user_input.requested".
   */
  type: "user_input.requested";
  /**
   * User input request notification with question and optional predefined choices
   */
  data: UserInputRequestedData;
}

/**
 * The agent mode that was active when this message was sent
 */
export type UserMessageAgentMode = "interactive" | "plan" | "autopilot" | "shell";

/**
 * Payload of `user.message` with displayed and model-transformed content, attachments, source/delivery metadata, mode, and telemetry IDs.
 */
export interface UserMessageData {
  /**
   * The user's message text as displayed in the timeline
   */
  content: string;
  /**
   * Stable identity of the logical user message, matching the ID returned by send and retained by pending queue snapshots
   */
  messageId?: string;
  /**
   * Transformed version of the message sent to the model, with XML wrapping, timestamps, and other augmentations for prompt caching
   */
  transformedContent?: string;
  /**
   * Files, selections, or GitHub references attached to the message
   *
   * Items: A user message attachment — a file, directory, code selection, blob, GitHub reference, GitHub-anchored pointer, or extension-supplied context payload
   */
  attachments?: Attachment[];
  /**
   * Normalized document MIME types that were sent natively instead of through tagged_files XML
   */
  supportedNativeDocumentMimeTypes?: string[];
  /**
   * Path-backed native document attachments that stayed on the tagged_files path flow because native upload could not read them or would exceed the request size limit
   */
  nativeDocumentPathFallbackPaths?: string[];
  /**
   * Origin of this message, used for timeline filtering and attribution (e.g., `skill-pdf` for hidden skill injection or `agent-<agent-id>` for an inter-agent prompt)
   */
  source?: string;
  /**
   * How this message was delivered to the agentic loop relative to loop state (idle-start vs. steering/queued while busy). The timing axis; combine with `source` (origin) for the full picture. Used for telemetry attribution.
   */
  delivery?: UserMessageDelivery;
  /**
   * The agent mode that was active when this message was sent
   */
  agentMode?: UserMessageAgentMode;
  /**
   * True when this user message was auto-injected by autopilot's continuation loop rather than typed by the user; used to distinguish autopilot-driven turns in telemetry.
   */
  isAutopilotContinuation?: boolean;
  /**
   * CAPI interaction ID for correlating this user message with its turn
   */
  interactionId?: string;
  /**
   * The agent-loop turn ID that consumed this message; absent when no agent-loop turn consumed it
   */
  turnId?: string;
  /**
   * Parent agent task ID for background telemetry correlated to this user turn
   */
  parentAgentTaskId?: string;
}

/**
 * How this user message was delivered to the agentic loop, relative to whether the loop was already running. This is the timing axis only; the message's origin (human vs. system/command/schedule/skill/etc.) is carried separately by `source`. A system-injected message has a delivery too — e.g. a background-task notification waking an idle agent is `idle`, the same mechanism as a human starting a fresh turn.
 */
export type UserMessageDelivery = "idle" | "steering" | "queued";

/**
 * Session event "user.message". Payload of `user.message` with displayed and model-transformed content, attachments, source/delivery metadata, mode, and telemetry IDs.
 */
export interface UserMessageEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "user.message".
   */
  type: "user.message";
  /**
   * Payload of `user.message` with displayed and model-transformed content, attachments, source/delivery metadata, mode, and telemetry IDs.
   */
  data: UserMessageData;
}

/**
 * The approval to add as a session-scoped rule
 */
export type UserToolSessionApproval =
  | UserToolSessionApprovalCommands
  | UserToolSessionApprovalRead
  | UserToolSessionApprovalWrite
  | UserToolSessionApprovalMcp
  | UserToolSessionApprovalMemory
  | UserToolSessionApprovalCustomTool
  | UserToolSessionApprovalExtensionManagement
  | UserToolSessionApprovalFactory
  | UserToolSessionApprovalExtensionPermissionAccess
  | UserToolSessionApprovalExtensionEnvAccess;

/**
 * Session-scoped tool-approval rule for specific shell command identifiers.
 */
export interface UserToolSessionApprovalCommands {
  /**
   * Command approval kind
   */
  kind: "commands";
  /**
   * Command identifiers approved by the user
   */
  commandIdentifiers: string[];
}

/**
 * Session-scoped tool-approval rule for a custom tool, keyed by tool name.
 */
export interface UserToolSessionApprovalCustomTool {
  /**
   * Custom tool approval kind
   */
  kind: "custom-tool";
  /**
   * Custom tool name
   */
  toolName: string;
}

/**
 * Session-scoped tool-approval rule for an extension's access to sensitive environment variables, keyed by extension name and the exact set of variable names.
 */
export interface UserToolSessionApprovalExtensionEnvAccess {
  /**
   * Extension environment access approval kind
   */
  kind: "extension-env-access";
  /**
   * Extension name
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
 * Session-scoped tool-approval rule for extension-management operations, optionally narrowed by operation.
 */
export interface UserToolSessionApprovalExtensionManagement {
  /**
   * Extension management approval kind
   */
  kind: "extension-management";
  /**
   * Optional operation identifier
   */
  operation?: string;
}

/**
 * Session-scoped tool-approval rule for an extension's permission-gated capability access, keyed by extension name.
 */
export interface UserToolSessionApprovalExtensionPermissionAccess {
  /**
   * Extension permission access approval kind
   */
  kind: "extension-permission-access";
  /**
   * Extension name
   */
  extensionName: string;
}

/**
 * Session-scoped factory approval, optionally narrowed by approval key.
 */
export interface UserToolSessionApprovalFactory {
  /**
   * Factory approval kind
   */
  kind: "factory";
  /**
   * Optional factory operation name or canonical approval key
   */
  approvalKey?: string;
}

/**
 * Session-scoped tool-approval rule for an MCP server tool, or all tools on the server when `toolName` is null.
 */
export interface UserToolSessionApprovalMcp {
  /**
   * MCP tool approval kind
   */
  kind: "mcp";
  /**
   * MCP server name
   */
  serverName: string;
  /**
   * Optional MCP tool name, or null for all tools on the server
   */
  toolName: string | null;
}

/**
 * Session-scoped tool-approval rule for writes to long-term memory.
 */
export interface UserToolSessionApprovalMemory {
  /**
   * Memory approval kind
   */
  kind: "memory";
}

/**
 * Session-scoped tool-approval rule for read-only filesystem operations.
 */
export interface UserToolSessionApprovalRead {
  /**
   * Read approval kind
   */
  kind: "read";
}

/**
 * Session-scoped tool-approval rule for filesystem write operations.
 */
export interface UserToolSessionApprovalWrite {
  /**
   * Write approval kind
   */
  kind: "write";
}

/**
 * Output verbosity level used for supported model calls (e.g. "low", "medium", "high")
 */
export type Verbosity = "low" | "medium" | "high";

/**
 * Warning message for timeline display with categorization
 */
export interface WarningData {
  /**
   * Category of warning (e.g., "subscription", "policy", "mcp")
   */
  warningType: string;
  /**
   * Human-readable warning message for display in the timeline
   */
  message: string;
  /**
   * Optional URL associated with this warning that the user can open in a browser
   */
  url?: string;
  /**
   * What the user must do to recover, when the runtime knows of an action. The `message` never names a client affordance, so a client that offers one — a slash command, a settings pane, a link — renders it from this value.
   */
  remediation?: RemediationAction;
}

/**
 * Session event "session.warning". Warning message for timeline display with categorization
 */
export interface WarningEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.warning".
   */
  type: "session.warning";
  /**
   * Warning message for timeline display with categorization
   */
  data: WarningData;
}

/**
 * Working directory and git context at session start
 */
export interface WorkingDirectoryContext {
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
   * Hosting platform type of the repository (github or ado)
   */
  hostType?: WorkingDirectoryContextHostType;
  /**
   * Raw host string from the git remote URL (e.g. "github.com", "mycompany.ghe.com", "dev.azure.com")
   */
  repositoryHost?: string;
  /**
   * Current git branch name
   */
  branch?: string;
  /**
   * Head commit of current git branch at session start time
   */
  headCommit?: string;
  /**
   * Base commit of current git branch at session start time
   */
  baseCommit?: string;
  /**
   * Set on the immediate preliminary event of a working-directory change, before the git context is resolved. A settled follow-up event (enriched with git context, or cwd-only for a non-repository) is always emitted afterward, so observers may defer to it. Absent on standalone/final events (e.g. relay context changes).
   */
  pendingGitContext?: boolean;
}

/**
 * Hosting platform type of the repository (github or ado)
 */
export type WorkingDirectoryContextHostType = "github" | "ado";

/**
 * Workspace file change details including path and operation type
 */
export interface WorkspaceFileChangedData {
  /**
   * Relative path within the session workspace files directory
   */
  path: string;
  /**
   * Whether the file was newly created or updated
   */
  operation: WorkspaceFileChangedOperation;
}

/**
 * Session event "session.workspace_file_changed". Workspace file change details including path and operation type
 */
export interface WorkspaceFileChangedEvent {
  /**
   * Unique event identifier (UUID v4), generated when the event is emitted
   */
  id: string;
  /**
   * ISO 8601 timestamp when the event was created
   */
  timestamp: string;
  /**
   * ID of the chronologically preceding event in the session, forming a linked chain. Null for the first event.
   */
  parentId: string | null;
  /**
   * When true, the event is transient and not persisted to the session event log on disk
   */
  ephemeral?: boolean;
  /**
   * Sub-agent instance identifier. Absent for events from the root/main agent and session-level events.
   */
  agentId?: string;
  /**
   * Type discriminator. Always "session.workspace_file_changed".
   */
  type: "session.workspace_file_changed";
  /**
   * Workspace file change details including path and operation type
   */
  data: WorkspaceFileChangedData;
}

/**
 * Whether the file was newly created or updated
 */
export type WorkspaceFileChangedOperation = "create" | "update";
