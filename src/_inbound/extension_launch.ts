/**
 * Answers `extensionLaunchProvider.resolve`: with the client option
 * `extensionLauncher`, the client registers itself as the CLI's extension
 * launcher (`registerExtensionLaunchProvider`, after the handshake), and the
 * CLI asks it how to start each extension it discovers instead of running
 * the `extension.mjs` with its own Node. A launcher that gives nothing leaves
 * that extension unstarted; one that throws is reported to `onError` and the
 * CLI gets the error.
 *
 * @module
 */

import type {
  ExtensionLaunchProviderResolveRequest,
  ExtensionLaunchProviderResolveResult,
} from "../generated/rpc.ts";
import type { ClientRequestResponder } from "./responder.ts";

/** Asks the client's `extensionLauncher`. */
export const extensionLaunchResponder: ClientRequestResponder<
  ExtensionLaunchProviderResolveRequest,
  ExtensionLaunchProviderResolveResult
> = {
  method: "extensionLaunchProvider.resolve",
  async respond(client, params) {
    const launcher = client.callbacks.extensionLauncher;
    if (!launcher) {
      throw new Error(`Cannot answer "${this.method}": this client has no extensionLauncher`);
    }
    let launch: unknown;
    try {
      launch = await launcher(params);
    } catch (error) {
      client.report(error);
      throw new Error(`The extensionLauncher failed for ${JSON.stringify(params?.id)}`);
    }
    if (launch === undefined || launch === null) return {};
    const { executable, args = [], env = {} } = launch as Record<string, unknown>;
    if (
      typeof executable !== "string" || executable === "" || !Array.isArray(args) ||
      !args.every((arg) => typeof arg === "string") || env === null || typeof env !== "object" ||
      Array.isArray(env) || !Object.values(env).every((value) => typeof value === "string")
    ) {
      const error = new TypeError(
        `The extensionLauncher must give { executable, args?, env? } (strings) for ${
          JSON.stringify(params?.id)
        }, or nothing to leave it unstarted`,
      );
      client.report(error);
      throw error;
    }
    return {
      launch: { executable, args: args as string[], env: env as Record<string, string> },
    };
  },
};
