/**
 * The handshake: `connect` (with the connection token, if any), or `ping`
 * on a CLI too old to know `connect`, and a check of the protocol version.
 *
 * @module
 */

import type { CliAddress } from "./cli_url.ts";
import type { ClientInfo } from "./client_options.ts";
import { ProtocolError, RpcError, SdkError } from "./errors.ts";
import type { ConnectResult, PingResponse } from "./protocol.ts";
import type { Connection } from "./rpc/connection.ts";
import { ErrorCodes } from "./rpc/message.ts";

/** The protocol version this SDK speaks. */
export const PROTOCOL_VERSION = 3;

/** How long the handshake may take once the CLI runs. */
const HANDSHAKE_MS = 60_000;
/** How long the handshake may take with a server at `cliUrl`, which is up already. */
const CLI_URL_HANDSHAKE_MS = 10_000;

/** What a client opts into in `connect`, besides the connection token. */
export interface ConnectOptIns {
  /** Who is using the CLI, if the client says (in the wire's field names). */
  clientInfo?: Pick<
    ClientInfo,
    "editorName" | "editorVersion" | "extensionName" | "extensionVersion"
  >;
  /** Forward the CLI's GitHub telemetry to this connection (`gitHubTelemetry.event`). */
  enableGitHubTelemetryForwarding?: boolean;
}

/**
 * The opt-ins of a client's options.
 *
 * @param options The client's options.
 * @returns Those set.
 * @throws {TypeError} A `clientInfo` field given under both its names, differently.
 */
export function connectOptInsOf(
  options: { clientInfo?: ClientInfo; onGitHubTelemetry?: unknown },
): ConnectOptIns {
  const info = options.clientInfo ?? {};
  for (
    const [official, wire] of [
      ["applicationName", "editorName"],
      ["applicationVersion", "editorVersion"],
      ["integrationName", "extensionName"],
      ["integrationVersion", "extensionVersion"],
    ] as const
  ) {
    if (info[official] !== undefined && info[wire] !== undefined && info[official] !== info[wire]) {
      throw new TypeError(
        `Cannot create CopilotClient: "clientInfo.${official}" and "clientInfo.${wire}" (the same field, two names) differ; give one`,
      );
    }
  }
  const clientInfo = Object.fromEntries(
    Object.entries({
      editorName: info.applicationName ?? info.editorName,
      editorVersion: info.applicationVersion ?? info.editorVersion,
      extensionName: info.integrationName ?? info.extensionName,
      extensionVersion: info.integrationVersion ?? info.extensionVersion,
    }).filter(([, value]) => typeof value === "string" && value !== ""),
  );
  return {
    ...(Object.keys(clientInfo).length ? { clientInfo } : {}),
    ...(options.onGitHubTelemetry ? { enableGitHubTelemetryForwarding: true } : {}),
  };
}

/**
 * Does the handshake on a new connection.
 *
 * @param connection The connection.
 * @param token The connection token the server requires, if any.
 * @param address The server at `cliUrl`, when the client attached to one.
 * @param optIns What the client opts into (`clientInfo`, telemetry forwarding).
 * @throws {ProtocolError} `PROTOCOL_VERSION_MISMATCH`: the CLI speaks another version.
 * @throws {SdkError} `CONNECT_FAILED`: the server at `cliUrl` did not answer as a Copilot CLI.
 * @throws {RpcError} The CLI refused (e.g. a wrong token).
 */
export async function handshake(
  connection: Connection,
  token: string | undefined,
  address: CliAddress | undefined,
  optIns: ConnectOptIns = {},
): Promise<void> {
  let version: number | undefined;
  // A server at cliUrl is up already: one that does not answer soon is not a Copilot CLI.
  const timeout = address ? CLI_URL_HANDSHAKE_MS : HANDSHAKE_MS;
  try {
    try {
      const result = await connection.request<ConnectResult>(
        "connect",
        { ...(token ? { token } : {}), ...optIns },
        { timeout },
      );
      version = result?.protocolVersion;
    } catch (error) {
      if (!(error instanceof RpcError && error.rpcCode === ErrorCodes.MethodNotFound)) {
        throw error;
      }
      const result = await connection.request<PingResponse>("ping", { message: "handshake" }, {
        timeout,
      });
      version = result?.protocolVersion;
    }
  } catch (error) {
    if (!address || error instanceof RpcError) throw error;
    // Say where: the CLI's own errors (RpcError) already say what is wrong.
    const why = error instanceof DOMException && error.name === "TimeoutError"
      ? `it did not answer the handshake within ${timeout} ms; is a Copilot CLI server (copilot --headless --port ${address.port}) listening there?`
      : (error as Error).message;
    throw new SdkError(
      "CONNECT_FAILED",
      `Cannot connect to the Copilot CLI at ${address.hostname}:${address.port} (cliUrl): ${why}`,
      { cause: error },
    );
  }
  if (version !== PROTOCOL_VERSION) {
    throw new ProtocolError(
      `Cannot use this Copilot CLI: it speaks protocol version ${
        version ?? "(none reported)"
      } but this SDK speaks version ${PROTOCOL_VERSION}; install a matching @github/copilot`,
      "PROTOCOL_VERSION_MISMATCH",
    );
  }
}
