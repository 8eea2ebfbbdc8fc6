/**
 * The two SDKs behind the scenarios' {@linkcode BenchClient}: ours
 * (`mod.ts`) and the official `@github/copilot-sdk`, loaded from the folder
 * the benchmark installs it into.
 *
 * @module
 */

import type { BenchClient, BenchSession } from "./scenarios.ts";

/** How long a turn may take before the benchmark gives up on it. */
const TURN_TIMEOUT_MS = 300_000;

/**
 * Our SDK as a benchmark client.
 *
 * @returns A factory of clients running the given CLI.
 */
export async function oursFactory(): Promise<(cliPath: string) => BenchClient> {
  const { CopilotClient } = await import("../../mod.ts");
  return (cliPath) => {
    const client = new CopilotClient({ cliPath });
    return {
      start: () => client.start(),
      ping: () => client.ping(),
      async createSession(): Promise<BenchSession> {
        const session = await client.createSession({});
        return {
          on: (type, handler) =>
            session.on(type as "assistant.message_delta", handler as (event: unknown) => void),
          sendAndWait: (prompt) => session.sendAndWait(prompt, { timeout: TURN_TIMEOUT_MS }),
        };
      },
      async stop() {
        const errors = await client.stop();
        if (errors.length) throw errors[0];
      },
    };
  };
}

/** The parts of the official SDK used here. */
interface OfficialModule {
  CopilotClient: new (options: unknown) => {
    start(): Promise<void>;
    ping(message?: string): Promise<unknown>;
    createSession(config: unknown): Promise<{
      on(type: string, handler: (event: unknown) => void): () => void;
      sendAndWait(prompt: string, timeout?: number): Promise<unknown>;
    }>;
    stop(): Promise<Error[]>;
  };
  RuntimeConnection: { forStdio(options: { path: string }): unknown };
  approveAll: unknown;
}

/**
 * The official SDK as a benchmark client.
 *
 * @param entry The file URL of its ESM entry point.
 * @returns A factory of clients running the given CLI.
 */
export async function officialFactory(entry: string): Promise<(cliPath: string) => BenchClient> {
  const sdk = await import(entry) as OfficialModule;
  return (cliPath) => {
    const client = new sdk.CopilotClient({
      connection: sdk.RuntimeConnection.forStdio({ path: cliPath }),
    });
    return {
      start: () => client.start(),
      ping: () => client.ping(""),
      async createSession(): Promise<BenchSession> {
        const session = await client.createSession({ onPermissionRequest: sdk.approveAll });
        return {
          on: (type, handler) => session.on(type, handler),
          sendAndWait: (prompt) => session.sendAndWait(prompt, TURN_TIMEOUT_MS),
        };
      },
      async stop() {
        const errors = await client.stop();
        if (errors.length) throw errors[0];
      },
    };
  };
}
