/**
 * Answers `mcp.oauth_required` (the client registers its interest after the
 * session opens): an MCP server needs an OAuth token, and the session's
 * `onMcpAuthRequest` may give one. The answer goes back with
 * `session.mcp.oauth.handlePendingRequest`; nothing, or a throwing handler,
 * cancels.
 *
 * @module
 */

import type { McpAuthRequest } from "../handlers.ts";
import type { EventResponder } from "./responder.ts";

/** Asks the session's MCP auth handler. */
export const mcpAuthResponder: EventResponder<McpAuthRequest> = {
  event: "mcp.oauth_required",
  completedBy: "mcp.oauth_completed",
  answerMethod: "session.mcp.oauth.handlePendingRequest",
  accepts: (session) => session.callbacks.onMcpAuthRequest !== undefined,
  async respond(session, request) {
    try {
      const answer = await session.callbacks.onMcpAuthRequest!(request, {
        sessionId: session.sessionId,
      });
      if (answer && "accessToken" in answer && typeof answer.accessToken === "string") {
        const { accessToken, tokenType, expiresIn } = answer;
        return { result: { kind: "token", accessToken, tokenType, expiresIn } };
      }
    } catch (error) {
      session.report(error);
    }
    return { result: { kind: "cancelled" } };
  },
  fallback: () => ({ result: { kind: "cancelled" } }),
};
