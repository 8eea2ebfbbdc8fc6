/**
 * A minimal MCP server (Streamable HTTP, JSON answers) on 127.0.0.1 that
 * demands OAuth: until a request carries `Authorization: Bearer <token>` with
 * a token it accepts, `/mcp` answers 401 with a `WWW-Authenticate: Bearer
 * resource_metadata=...` challenge. It serves the RFC 9728 protected-resource
 * metadata and RFC 8414 authorization-server metadata the CLI reads, and
 * offers one tool, `whoami`, whose result names the token's owner.
 *
 * Every request is recorded (method, path, Authorization header, JSON-RPC
 * method), so a test sees what the CLI fetched and with which token.
 */

import { Buffer } from "node:buffer";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

/** One request the server got. */
export interface RecordedRequest {
  /** The HTTP method. */
  method: string;
  /** The path (without the query). */
  path: string;
  /** The `Authorization` header, or `null`. */
  authorization: string | null;
  /** The JSON-RPC method(s) of a `/mcp` POST, when any. */
  rpc: string[];
  /** The HTTP status it was answered with. */
  status?: number;
}

/** A running OAuth-protected MCP server. */
export interface OAuthMcpServer {
  /** Its origin, e.g. `http://127.0.0.1:1234`. */
  origin: string;
  /** The MCP endpoint: `${origin}/mcp`. */
  url: string;
  /** The protected-resource metadata URL the challenge points at. */
  resourceMetadataUrl: string;
  /** The protected-resource metadata document, as served. */
  resourceMetadata: Record<string, unknown>;
  /** Every request, in order. */
  requests: RecordedRequest[];
  /** Tokens it accepts (add to it before the CLI connects). */
  tokens: Set<string>;
  /** The text the `whoami` tool answers with. */
  toolText: string;
  /** Stops it, closing open connections. */
  close(): Promise<void>;
}

/** The scope the challenge asks for. */
export const SCOPE = "mcp.read";

/**
 * Starts the server.
 *
 * @param toolText What the `whoami` tool answers.
 */
export async function startOAuthMcpServer(toolText = "oauth-test-user"): Promise<OAuthMcpServer> {
  const requests: RecordedRequest[] = [];
  const tokens = new Set<string>();
  let origin = "";
  const resourceMetadata = (): Record<string, unknown> => ({
    resource: `${origin}/mcp`,
    authorization_servers: [origin],
    scopes_supported: [SCOPE],
    bearer_methods_supported: ["header"],
  });

  const json = (response: ServerResponse, status: number, body: unknown, headers = {}) => {
    const data = JSON.stringify(body);
    response.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(data),
      ...headers,
    });
    response.end(data);
  };

  const handle = (request: IncomingMessage, body: string, response: ServerResponse): number => {
    const path = new URL(request.url ?? "/", origin).pathname;
    if (request.method === "GET" && path.startsWith("/.well-known/oauth-protected-resource")) {
      json(response, 200, resourceMetadata());
      return 200;
    }
    if (
      request.method === "GET" &&
      (path.startsWith("/.well-known/oauth-authorization-server") ||
        path.startsWith("/.well-known/openid-configuration"))
    ) {
      json(response, 200, {
        issuer: origin,
        authorization_endpoint: `${origin}/authorize`,
        token_endpoint: `${origin}/token`,
        registration_endpoint: `${origin}/register`,
        response_types_supported: ["code"],
        grant_types_supported: ["authorization_code", "refresh_token"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["none"],
      });
      return 200;
    }
    if (request.method === "POST" && path === "/register") {
      json(response, 201, {
        client_id: "test-client",
        token_endpoint_auth_method: "none",
        redirect_uris: JSON.parse(body || "{}").redirect_uris ?? [],
      });
      return 201;
    }
    if (path !== "/mcp") {
      json(response, 404, { error: "not_found" });
      return 404;
    }
    const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? "")?.[1];
    if (!token || !tokens.has(token)) {
      json(response, 401, { error: "invalid_token" }, {
        "www-authenticate":
          `Bearer resource_metadata="${origin}/.well-known/oauth-protected-resource", scope="${SCOPE}", error="invalid_token"`,
      });
      return 401;
    }
    if (request.method !== "POST") {
      json(response, 405, { error: "method_not_allowed" });
      return 405;
    }
    let message: unknown;
    try {
      message = JSON.parse(body);
    } catch {
      json(response, 400, { error: "invalid_json" });
      return 400;
    }
    const answers = (Array.isArray(message) ? message : [message])
      .map((m) => answer(m as JsonRpcMessage, toolText))
      .filter((a) => a !== undefined);
    if (answers.length === 0) {
      response.writeHead(202, { "mcp-session-id": "oauth-test-session" });
      response.end();
      return 202;
    }
    json(response, 200, Array.isArray(message) ? answers : answers[0], {
      "mcp-session-id": "oauth-test-session",
    });
    return 200;
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const record: RecordedRequest = {
        method: request.method ?? "",
        path: new URL(request.url ?? "/", origin).pathname,
        authorization: request.headers.authorization ?? null,
        rpc: rpcMethods(body),
      };
      requests.push(record);
      record.status = handle(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  origin = `http://127.0.0.1:${port}`;
  const state: OAuthMcpServer = {
    origin,
    url: `${origin}/mcp`,
    resourceMetadataUrl: `${origin}/.well-known/oauth-protected-resource`,
    resourceMetadata: resourceMetadata(),
    requests,
    tokens,
    toolText,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return state;
}

interface JsonRpcMessage {
  id?: string | number;
  method?: string;
  params?: Record<string, unknown>;
}

function rpcMethods(body: string): string[] {
  try {
    const message = JSON.parse(body);
    return (Array.isArray(message) ? message : [message])
      .map((m: JsonRpcMessage) => m?.method)
      .filter((m): m is string => typeof m === "string");
  } catch {
    return [];
  }
}

function answer(message: JsonRpcMessage, toolText: string): unknown {
  if (!message || typeof message !== "object" || message.id === undefined) return undefined;
  const reply = (result: unknown) => ({ jsonrpc: "2.0", id: message.id, result });
  switch (message.method) {
    case "initialize":
      return reply({
        protocolVersion: (message.params?.protocolVersion as string) ?? "2025-03-26",
        capabilities: { tools: {} },
        serverInfo: { name: "oauth-test-server", version: "1.0.0" },
      });
    case "ping":
      return reply({});
    case "tools/list":
      return reply({
        tools: [{
          name: "whoami",
          description: "Returns the authenticated user's name.",
          inputSchema: { type: "object", properties: {}, additionalProperties: false },
        }],
      });
    case "tools/call":
      return reply({ content: [{ type: "text", text: toolText }], isError: false });
    default:
      return {
        jsonrpc: "2.0",
        id: message.id,
        error: { code: -32601, message: `Method not found: ${message.method}` },
      };
  }
}
