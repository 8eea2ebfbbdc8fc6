/**
 * The session options of `session_options.ts` as the CLI takes them: checks
 * of their types, the official SDK's wire names and defaults, the options
 * the CLI takes only after the session opens (`session.options.update`),
 * and the defaults of the client's mode `"empty"`. Checked against CLI
 * 1.0.102: it ignores unknown keys, so a wrong name fails silently (the e2e
 * tests show each mapped name changing what the CLI does).
 *
 * @module
 */

import type { ResumeOptions, SessionOptions } from "./session_options.ts";

type Options = SessionOptions & ResumeOptions & {
  configDir?: string;
  onPermissionRequest?: unknown;
};

/** Our names that the CLI knows by another. */
const RENAMED = {
  enableExperimentalMode: "isExperimentalMode",
  configDirectory: "configDir",
  suppressResumeEvent: "disableResume",
} as const;

/** Options the CLI takes only with `session.options.update`, after the session opens. */
const AFTER_OPEN = [
  "skipCustomInstructions",
  "customAgentsLocalOnly",
  "coauthorEnabled",
  "manageScheduleEnabled",
] as const;

const BOOLEANS = [
  "enableExperimentalMode",
  "enableConfigDiscovery",
  "enableSessionTelemetry",
  "enableCitations",
  "enableFileChangeTracking",
  "includeSubAgentStreamingEvents",
  "enableMcpApps",
  "enableManagedSettings",
  "skipEmbeddingRetrieval",
  "enableOnDemandInstructionDiscovery",
  "enableFileHooks",
  "enableHostGitOperations",
  "enableSessionStore",
  "enableSkills",
  "suppressResumeEvent",
  "continuePendingWork",
  "requestExtensions",
  ...AFTER_OPEN,
] as const;

const STRINGS = [
  "clientName",
  "configDirectory",
  "agent",
  "gitHubToken",
  "organizationCustomInstructions",
  "authClientIdMetadataUrl",
  "extensionSdkPath",
] as const;

const STRING_ARRAYS = [
  "excludedBuiltinAgents",
  "additionalDirectories",
  "pluginDirectories",
  "instructionDirectories",
  "disabledMcpServers",
  "includedBuiltinSkills",
] as const;

const OBJECTS = [
  "modelCapabilities",
  "largeOutput",
  "toolSearch",
  "capi",
  "defaultAgent",
  "memory",
  "sessionLimits",
  "githubMcpToolConfig",
  "managedSettings",
  "cloud",
  "featureFlags",
  "canvasProvider",
  "extensionInfo",
] as const;

const CHOICES: { [K in keyof Options]?: readonly string[] } = {
  reasoningSummary: ["none", "concise", "detailed"],
  contextTier: ["default", "long_context"],
  mcpOAuthTokenStorage: ["persistent", "in-memory"],
  embeddingCacheStorage: ["persistent", "in-memory"],
  remoteSession: ["off", "export", "on"],
  askUserVariant: ["legacy", "elicitation"],
};

/**
 * Checks the options of `session_options.ts` and rewrites `wire` (a copy of
 * the configuration) into what the CLI takes.
 *
 * @param config The configuration as given.
 * @param wire What will be sent; changed in place.
 * @param what The call, for messages (`"createSession"`, `"resumeSession"`).
 * @returns The options to apply with `session.options.update` once the session is open.
 * @throws {TypeError} An option of the wrong type, named.
 */
export function mapSessionOptions(
  config: Options,
  wire: Record<string, unknown>,
  what: string,
): Record<string, unknown> {
  checkTypes(config, what);
  if (
    config.configDirectory !== undefined && config.configDir !== undefined &&
    config.configDirectory !== config.configDir
  ) {
    throw new TypeError(
      `Cannot ${what}: "configDirectory" and "configDir" name different directories; keep one ("configDir" is the older name)`,
    );
  }
  if (what === "resumeSession" && config.cloud !== undefined) {
    throw new TypeError(`Cannot ${what}: "cloud" applies to createSession only`);
  }
  if (config.requestExtensions === true && config.onPermissionRequest === undefined) {
    // The CLI asks before an extension's tools may skip permission prompts;
    // unanswered, the extension's join and the session's turns wait for ever.
    throw new TypeError(
      `Cannot ${what}: "requestExtensions" needs "onPermissionRequest" (the CLI asks it whether an extension's tools may skip permission prompts); add one, e.g. onPermissionRequest: approveAll`,
    );
  }
  for (const [ours, theirs] of Object.entries(RENAMED)) {
    if (!(ours in wire)) continue;
    const value = wire[ours];
    delete wire[ours];
    if (value !== undefined) wire[theirs] = value;
  }
  delete wire.enableMcpApps;
  if (config.enableMcpApps) wire.requestMcpApps = true;
  if (config.largeOutput) {
    const { outputDirectory, ...rest } = config.largeOutput;
    wire.largeOutput = outputDirectory === undefined
      ? rest
      : { ...rest, outputDir: outputDirectory };
  }
  wire.includeSubAgentStreamingEvents = config.includeSubAgentStreamingEvents ?? true;
  // MCP server env values are the values themselves, never names of the
  // CLI's own environment variables (the CLI's "indirect" mode).
  wire.envValueMode = "direct";
  // Deny wins: a tool in excludedTools is off even when availableTools names it.
  wire.toolFilterPrecedence = "excluded";
  const update: Record<string, unknown> = {};
  for (const key of AFTER_OPEN) {
    if (config[key] !== undefined) update[key] = config[key];
    if (key !== "customAgentsLocalOnly") delete wire[key];
  }
  return update;
}

/** What the client's mode `"empty"` turns off unless the session says otherwise. */
const EMPTY_MODE_DEFAULTS: Record<string, unknown> = {
  isExperimentalMode: false,
  enableSessionTelemetry: false,
  mcpOAuthTokenStorage: "in-memory",
  skipEmbeddingRetrieval: true,
  embeddingCacheStorage: "in-memory",
  enableOnDemandInstructionDiscovery: false,
  enableFileHooks: false,
  enableHostGitOperations: false,
  enableSessionStore: false,
  enableSkills: false,
  memory: { enabled: false },
  customAgentsLocalOnly: true,
};

/**
 * Applies the client's mode `"empty"` to a checked session configuration:
 * the session must list `availableTools`; optional features are off unless
 * it turns them on; the system prompt loses its `environment_context`
 * section (unless the session replaces the prompt or sets that section);
 * no installed plugins.
 *
 * @param wire What will be sent; changed in place.
 * @param update The options applied after the session opens; changed in place.
 * @param what The call, for messages.
 * @throws {TypeError} No `availableTools`.
 */
export function applyEmptyMode(
  wire: Record<string, unknown>,
  update: Record<string, unknown>,
  what: string,
): void {
  if (wire.availableTools === undefined) {
    throw new TypeError(
      `Cannot ${what}: the client's mode is "empty", so the session must list the tools it may use in "availableTools" (e.g. ["view", "grep"], or [] for none)`,
    );
  }
  for (const [key, value] of Object.entries(EMPTY_MODE_DEFAULTS)) {
    if (wire[key] === undefined) wire[key] = structuredClone(value);
  }
  const remove = { environment_context: { action: "remove" } };
  const system = wire.systemMessage as
    | { mode?: string; content?: string; sections?: Record<string, unknown> }
    | undefined;
  if (system === undefined) {
    wire.systemMessage = { mode: "customize", sections: remove };
  } else if (system.mode === "customize") {
    if (!system.sections?.environment_context) {
      wire.systemMessage = { ...system, sections: { ...system.sections, ...remove } };
    }
  } else if (system.mode !== "replace") {
    // The CLI adds `content` to the prompt in "customize" as in "append".
    wire.systemMessage = { mode: "customize", content: system.content, sections: remove };
  }
  update.skipCustomInstructions ??= true;
  update.customAgentsLocalOnly ??= true;
  update.coauthorEnabled ??= false;
  update.manageScheduleEnabled ??= false;
  update.installedPlugins = [];
}

function checkTypes(config: Options, what: string): void {
  const fail = (key: string, expected: string): never => {
    throw new TypeError(`Cannot ${what}: "${key}" must be ${expected}`);
  };
  for (const key of BOOLEANS) {
    const value = config[key];
    if (value !== undefined && typeof value !== "boolean") fail(key, "true or false");
  }
  for (const key of STRINGS) {
    const value = config[key];
    if (value !== undefined && typeof value !== "string") fail(key, "a string");
  }
  for (const key of STRING_ARRAYS) {
    const value = config[key];
    if (
      value !== undefined &&
      !(Array.isArray(value) && value.every((item) => typeof item === "string"))
    ) {
      fail(key, "an array of strings");
    }
  }
  for (const key of OBJECTS) {
    const value = config[key];
    if (
      value !== undefined && (value === null || typeof value !== "object" || Array.isArray(value))
    ) {
      fail(key, "an object");
    }
  }
  for (const key of ["providers", "models"] as const) {
    const value = config[key];
    if (value !== undefined && !Array.isArray(value)) fail(key, "an array");
  }
  for (const [key, allowed] of Object.entries(CHOICES)) {
    const value = config[key as keyof Options];
    if (value !== undefined && !allowed.includes(value as string)) {
      fail(key, `one of ${allowed.map((choice) => JSON.stringify(choice)).join(", ")}`);
    }
  }
  if (config.memory !== undefined && typeof config.memory.enabled !== "boolean") {
    fail("memory.enabled", "true or false");
  }
  const size = config.largeOutput?.maxSizeBytes;
  if (size !== undefined && !(Number.isInteger(size) && size > 0)) {
    fail("largeOutput.maxSizeBytes", "a whole number of bytes above 0");
  }
}
