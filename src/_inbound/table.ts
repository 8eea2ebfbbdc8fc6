/**
 * Everything the CLI asks of the SDK, in one table: each entry is a
 * responder, in a module of its own. To answer something new the CLI asks,
 * write its responder and add it here; the router and the sessions pick it
 * up. A request method that is in no entry is answered "method not found".
 *
 * @module
 */

import { canvasResponders } from "./canvas.ts";
import { commandResponder } from "./command.ts";
import { elicitationResponder } from "./elicitation.ts";
import { extensionLaunchResponder } from "./extension_launch.ts";
import { gitHubTokenResponder } from "./github_token.ts";
import { hooksResponder } from "./hooks.ts";
import { llmInferenceResponders } from "./llm_inference.ts";
import { mcpAuthResponder } from "./mcp_auth.ts";
import { permissionResponder } from "./permission.ts";
import { autoModeSwitchResponder, exitPlanModeResponder } from "./plan_mode.ts";
import { providerTokenResponder } from "./provider_token.ts";
import { sessionFsResponders } from "./session_fs.ts";
import type { ClientRequestResponder, EventResponder, RequestResponder } from "./responder.ts";
import { systemMessageResponder } from "./system_message.ts";
import { toolCallResponder } from "./tool_call.ts";
import { userInputResponder } from "./user_input.ts";

/** The JSON-RPC requests the CLI sends about a session, by method. */
export const REQUEST_RESPONDERS: ReadonlyMap<string, RequestResponder<never>> = byKey(
  [
    userInputResponder,
    hooksResponder,
    systemMessageResponder,
    exitPlanModeResponder,
    autoModeSwitchResponder,
    providerTokenResponder,
    gitHubTokenResponder,
    ...sessionFsResponders,
    ...canvasResponders,
  ],
  (responder) => responder.method,
);

/** The JSON-RPC requests that belong to the connection, not a session, by method. */
export const CLIENT_REQUEST_RESPONDERS: ReadonlyMap<string, ClientRequestResponder<never>> = byKey(
  [...llmInferenceResponders, extensionLaunchResponder],
  (responder) => responder.method,
);

/** The `*.requested` events answered with a `handlePending*` call, by event type. */
export const EVENT_RESPONDERS: ReadonlyMap<string, EventResponder<never>> = byKey(
  [
    toolCallResponder,
    permissionResponder,
    elicitationResponder,
    commandResponder,
    mcpAuthResponder,
  ],
  (responder) => responder.event,
);

/** The events that say a request is no longer waiting, to its responder's event type. */
export const COMPLETION_EVENTS: ReadonlyMap<string, string> = new Map(
  [...EVENT_RESPONDERS.values()].map((responder) => [responder.completedBy, responder.event]),
);

function byKey<T>(list: T[], key: (item: T) => string): ReadonlyMap<string, T> {
  return new Map(list.map((item) => [key(item), item]));
}
