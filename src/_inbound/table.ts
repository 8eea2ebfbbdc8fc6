/**
 * Everything the CLI asks of the SDK, in one table: each entry is a
 * responder, in a module of its own. To answer something new the CLI asks,
 * write its responder and add it here; the router and the sessions pick it
 * up. A request method that is in no entry is answered "method not found".
 *
 * @module
 */

import { hooksResponder } from "./hooks.ts";
import { permissionResponder } from "./permission.ts";
import type { EventResponder, RequestResponder } from "./responder.ts";
import { systemMessageResponder } from "./system_message.ts";
import { toolCallResponder } from "./tool_call.ts";
import { userInputResponder } from "./user_input.ts";

/** The JSON-RPC requests the CLI sends about a session, by method. */
export const REQUEST_RESPONDERS: ReadonlyMap<string, RequestResponder<never>> = byKey(
  [userInputResponder, hooksResponder, systemMessageResponder],
  (responder) => responder.method,
);

/** The `*.requested` events answered with a `handlePending*` call, by event type. */
export const EVENT_RESPONDERS: ReadonlyMap<string, EventResponder<never>> = byKey(
  [toolCallResponder, permissionResponder],
  (responder) => responder.event,
);

function byKey<T>(list: T[], key: (item: T) => string): ReadonlyMap<string, T> {
  return new Map(list.map((item) => [key(item), item]));
}
