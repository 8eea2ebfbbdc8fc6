/**
 * Splits a session configuration's handlers (`onElicitationRequest`,
 * `onExitPlanModeRequest`, `onAutoModeSwitchRequest`, `onMcpAuthRequest`,
 * `commands`, `onEvent`, a provider's `bearerTokenProvider`,
 * `gitHubTokenProvider`) into what is
 * sent (the flags that make the CLI ask) and the callbacks that stay here.
 *
 * @module
 */

import { DEFAULT_PROVIDER_NAME } from "./_inbound/provider_token.ts";
import type { BearerTokenProvider, CommandDefinition, SessionHandlers } from "./handlers.ts";
import type { SessionFsProvider } from "./session_fs.ts";
import type { Canvas } from "./canvas.ts";
import type { GitHubTokenProvider } from "./github_token.ts";

/** The handlers as the session keeps them. */
export interface HandlerCallbacks extends
  Omit<
    SessionHandlers,
    "commands" | "onEvent" | "provider" | "canvases" | "gitHubTokenProvider"
  > {
  /** Slash commands by name. */
  commands?: Map<string, CommandDefinition>;
  /** Bearer token callbacks by provider name (`"default"` for `provider`). */
  tokenProviders?: Map<string, BearerTokenProvider>;
  /** Receives every event from the first. */
  onEvent?: SessionHandlers["onEvent"];
  /** Where the CLI keeps this session's files, with a client `sessionFs`. */
  sessionFs?: SessionFsProvider;
  /** The session's canvases by id. */
  canvases?: Map<string, Canvas>;
  /** The GitHub token callback, with the registration id the CLI names it by. */
  gitHubTokenProvider?: { registrationId: string; provide: GitHubTokenProvider };
}

/** The handler options that are functions (never sent as they are). */
export const HANDLER_FUNCTIONS = [
  "onEvent",
  "onElicitationRequest",
  "onExitPlanModeRequest",
  "onAutoModeSwitchRequest",
  "onMcpAuthRequest",
  "createSessionFsProvider",
  "gitHubTokenProvider",
] as const;

/**
 * Checks the handlers and splits them from the rest of the configuration.
 *
 * @param config The configuration (its `provider` and `providers` included).
 * @param what The call, for messages.
 * @returns The wire fields to set (or replace) and the callbacks.
 * @throws {TypeError} A handler that is not a function, a bad command.
 */
export function splitHandlers(
  config: SessionHandlers & {
    provider?: unknown;
    providers?: unknown;
    gitHubToken?: unknown;
    cloud?: unknown;
    sessionId?: unknown;
  },
  what: string,
): { wire: Record<string, unknown>; callbacks: HandlerCallbacks } {
  for (const key of HANDLER_FUNCTIONS) {
    if (config[key] !== undefined && typeof config[key] !== "function") {
      throw new TypeError(`Cannot ${what}: "${key}" must be a function`);
    }
  }
  const wire: Record<string, unknown> = {
    requestElicitation: config.onElicitationRequest !== undefined,
    requestExitPlanMode: config.onExitPlanModeRequest !== undefined,
    requestAutoModeSwitch: config.onAutoModeSwitchRequest !== undefined,
  };
  const callbacks: HandlerCallbacks = {
    onEvent: config.onEvent,
    onElicitationRequest: config.onElicitationRequest,
    onExitPlanModeRequest: config.onExitPlanModeRequest,
    onAutoModeSwitchRequest: config.onAutoModeSwitchRequest,
    onMcpAuthRequest: config.onMcpAuthRequest,
    createSessionFsProvider: config.createSessionFsProvider,
  };
  if (config.commands !== undefined) {
    if (!Array.isArray(config.commands)) {
      throw new TypeError(`Cannot ${what}: "commands" must be an array of { name, handler }`);
    }
    const commands = new Map<string, CommandDefinition>();
    for (const [i, command] of config.commands.entries()) {
      const name: unknown = command?.name;
      if (typeof name !== "string" || !/^[A-Za-z0-9][\w-]*$/.test(name)) {
        throw new TypeError(
          `Cannot ${what}: commands[${i}].name must be a command name without "/" (letters, digits, "_", "-"), not ${
            JSON.stringify(name)
          }`,
        );
      }
      if (typeof command.handler !== "function") {
        throw new TypeError(`Cannot ${what}: commands[${i}].handler must be a function`);
      }
      if (commands.has(name)) {
        throw new TypeError(`Cannot ${what}: two commands are named "${name}"`);
      }
      commands.set(name, command);
    }
    callbacks.commands = commands;
    wire.commands = [...commands.values()].map(({ name, description }) => ({
      name,
      description: description ?? "",
    }));
  }
  if (config.canvases !== undefined) {
    if (!Array.isArray(config.canvases)) {
      throw new TypeError(`Cannot ${what}: "canvases" must be an array made with createCanvas()`);
    }
    const canvases = new Map<string, Canvas>();
    for (const canvas of config.canvases) {
      const id = canvas?.declaration?.id;
      if (typeof id !== "string" || typeof canvas.open !== "function") {
        throw new TypeError(`Cannot ${what}: each of "canvases" must be made with createCanvas()`);
      }
      if (canvases.has(id)) throw new TypeError(`Cannot ${what}: two canvases have the id "${id}"`);
      canvases.set(id, canvas);
    }
    callbacks.canvases = canvases;
    wire.canvases = [...canvases.values()].map((canvas) => canvas.declaration);
  }
  const tokenProviders = new Map<string, BearerTokenProvider>();
  const provider = withoutTokenProvider(config.provider, DEFAULT_PROVIDER_NAME, tokenProviders);
  if (provider !== config.provider) wire.provider = provider;
  if (Array.isArray(config.providers)) {
    const providers = config.providers.map((entry) =>
      withoutTokenProvider(entry, (entry as { name?: string })?.name, tokenProviders)
    );
    if (providers.some((entry, i) => entry !== (config.providers as unknown[])[i])) {
      wire.providers = providers;
    }
  }
  if (tokenProviders.size) callbacks.tokenProviders = tokenProviders;
  if (config.gitHubTokenProvider !== undefined) {
    if (config.gitHubToken !== undefined) {
      throw new TypeError(
        `Cannot ${what}: "gitHubToken" and "gitHubTokenProvider" are both set; keep one (the provider gives the session's token whenever the CLI asks)`,
      );
    }
    if (config.provider !== undefined) {
      throw new TypeError(
        `Cannot ${what}: "gitHubTokenProvider" is set with a BYOK "provider", which signs in to no GitHub account; remove one`,
      );
    }
    if (config.cloud !== undefined && config.sessionId === undefined) {
      throw new TypeError(
        `Cannot ${what}: "gitHubTokenProvider" with "cloud" needs a "sessionId" (the CLI asks for the token before the server would pick one)`,
      );
    }
    // Opaque: the CLI names the callback by it when it asks for a token.
    const registrationId = crypto.randomUUID();
    wire.gitHubTokenProviderRegistrationId = registrationId;
    callbacks.gitHubTokenProvider = { registrationId, provide: config.gitHubTokenProvider };
  }
  return { wire, callbacks };
}

/**
 * A provider config as sent: its `bearerTokenProvider` callback replaced by
 * `hasBearerTokenProvider: true` (and kept in `into` by provider name).
 */
function withoutTokenProvider(
  provider: unknown,
  name: string | undefined,
  into: Map<string, BearerTokenProvider>,
): unknown {
  if (provider === null || typeof provider !== "object" || !("bearerTokenProvider" in provider)) {
    return provider;
  }
  const { bearerTokenProvider, ...rest } = provider as { bearerTokenProvider?: unknown };
  if (bearerTokenProvider === undefined) return rest;
  if (typeof bearerTokenProvider !== "function") {
    throw new TypeError(`"bearerTokenProvider" of provider "${name}" must be a function`);
  }
  if (typeof name !== "string" || name === "") {
    throw new TypeError('A provider with a "bearerTokenProvider" needs a "name"');
  }
  into.set(name, bearerTokenProvider as BearerTokenProvider);
  return { ...rest, hasBearerTokenProvider: true };
}
