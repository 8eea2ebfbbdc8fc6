/**
 * Answers `permission.requested`: the agent asks before it runs a tool, a
 * shell command, writes a file... The session's `onPermissionRequest`
 * decides; the decision goes back with
 * `session.permissions.handlePendingPermissionRequest`. A session without a
 * handler leaves the request alone: it was created with
 * `requestPermission: false`, so the CLI decides by itself.
 *
 * @module
 */

import { decidePermission, type PermissionRequest } from "../permissions.ts";
import type { EventResponder } from "./responder.ts";

/** The data of a `permission.requested` event. */
export interface PermissionRequestedData {
  /** The id to answer with. */
  requestId: string;
  /** What is asked. */
  permissionRequest: PermissionRequest;
  /** Set when a hook already decided. */
  resolvedByHook?: boolean;
}

/** Asks the session's permission handler. */
export const permissionResponder: EventResponder<PermissionRequestedData> = {
  event: "permission.requested",
  completedBy: "permission.completed",
  answerMethod: "session.permissions.handlePendingPermissionRequest",
  accepts: (session, data) =>
    session.callbacks.onPermissionRequest !== undefined && !data.resolvedByHook,
  async respond(session, data) {
    // `undefined`: the handler said `no-result`, so nothing is sent.
    const answer = await decidePermission(
      session.callbacks.onPermissionRequest!,
      data.permissionRequest,
      { sessionId: session.sessionId },
      session.report,
    );
    return answer && { ...answer };
  },
  fallback: (reason) => ({ result: { kind: "reject", feedback: reason } }),
};
