/**
 * How a client reaches its CLI: by default it spawns one (`launch.ts`) or
 * connects to the server at `cliUrl`. An internal option replaces that with
 * any {@linkcode Connector}: the SDK's own tests run a client in-process over
 * a linked pair of in-memory transports with a scripted CLI at the far end.
 *
 * @module
 */

import type { Connector } from "./_supervisor.ts";
import type { CliAddress } from "./cli_url.ts";
import type { CopilotClientOptions } from "./client_options.ts";

/** The key of the internal option that holds a {@linkcode Connector}. */
const CONNECTOR: unique symbol = Symbol("copilot-sdk.connector");

/** Client options with a connector of their own. */
type WithConnector = CopilotClientOptions & { [CONNECTOR]?: Connector };

/**
 * Client options whose client reaches its CLI through `connect` instead of
 * spawning one.
 *
 * @param options The other options (nothing that spawns a CLI is used).
 * @param connect Opens a link to a CLI.
 * @returns The options, for `new CopilotClient()`.
 */
export function withConnector(
  options: CopilotClientOptions,
  connect: Connector,
): CopilotClientOptions {
  return { ...options, [CONNECTOR]: connect } as WithConnector;
}

/**
 * The connector the options name: the internal one, or the default, which
 * spawns the CLI or connects to `cliUrl`.
 *
 * @param options The client's options.
 * @param address The parsed `cliUrl`, if any.
 * @returns The connector.
 */
export function connectorFor(options: CopilotClientOptions, address?: CliAddress): Connector {
  const own = (options as WithConnector)[CONNECTOR];
  if (own) return own;
  return async (signal) => {
    // Loaded on first start, so importing the SDK stays cheap.
    const { connectCli, spawnCli } = await import("./launch.ts");
    signal.throwIfAborted();
    return address
      ? await connectCli(address, options.connectionToken)
      : await spawnCli({ ...options, signal });
  };
}
