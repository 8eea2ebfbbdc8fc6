/**
 * Per-test surroundings for the real Copilot CLI: a fresh temp `HOME` and
 * `COPILOT_HOME`, the shared unpack cache (`XDG_CACHE_HOME`), a scripted
 * model server, and a BYOK provider pointing at it.
 */

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CopilotClient, type CopilotClientOptions, type ProviderConfig } from "../../mod.ts";
import { ModelServer, type ReplyFn, type ScriptedReply } from "./model_server.ts";

/** The repository's root folder. */
export const ROOT: string = fileURLToPath(new URL("../../", import.meta.url));

/** The CLI unpacks ~235 MB on first launch: every test shares this cache. */
export const SHARED_CACHE: string = join(ROOT, ".cache", "xdg");

/** A model name for the scripted server. */
export const MODEL = "test-model";

/** Everything an e2e test needs; `close()` cleans all of it up. */
export interface CliTestEnv {
  /** The temp home folder. */
  home: string;
  /** The CLI's environment. */
  env: Record<string, string>;
  /** The scripted model server. */
  model: ModelServer;
  /** A provider pointing at {@linkcode CliTestEnv.model}. */
  provider: ProviderConfig;
  /** Creates a client for this environment (stopped by `close()`). */
  client(options?: CopilotClientOptions): CopilotClient;
  /** Stops every client, closes the model server and deletes the temp home. */
  close(): Promise<void>;
}

/**
 * The command that runs the program `file` (with `args`) under the runtime
 * running this test: `deno run -A`, or this Bun or Node binary.
 */
export function runtimeCommand(file: string, ...args: string[]): [string, string[]] {
  const deno = (globalThis as { Deno?: { execPath(): string } }).Deno;
  if (deno) return [deno.execPath(), ["run", "-A", file, ...args]];
  return [process.execPath, [file, ...args]];
}

/**
 * The environment of a CLI (or a program starting one) living in `home`:
 * its own HOME, COPILOT_HOME and XDG folders, the shared CLI cache, no colour.
 */
export function homeEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: home,
    COPILOT_HOME: join(home, ".copilot"),
    XDG_CACHE_HOME: SHARED_CACHE,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_STATE_HOME: join(home, ".state"),
    NO_COLOR: "1",
  };
}

/**
 * The environment of an example program run in `home`: {@link homeEnv}, then
 * `extra`, and Deno's compile cache (DENO_DIR, else the XDG cache) when set.
 */
export function exampleEnv(
  home: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  const env = { ...homeEnv(home), ...extra };
  if (process.env.DENO_DIR) env.DENO_DIR = process.env.DENO_DIR;
  return env;
}

/**
 * Prepares a fresh CLI environment and a model server.
 *
 * @param script Replies for the model server.
 */
export async function cliTestEnv(
  script?: ReplyFn | Array<ScriptedReply | string>,
): Promise<CliTestEnv> {
  mkdirSync(SHARED_CACHE, { recursive: true });
  const home = mkdtempSync(join(tmpdir(), "copilot-sdk-test-"));
  const model = await ModelServer.start(script);
  const env = homeEnv(home);
  const clients: CopilotClient[] = [];
  return {
    home,
    env,
    model,
    provider: { type: "openai", baseUrl: model.url, apiKey: "test-key" },
    client(options = {}) {
      // A client of a server started elsewhere (cliUrl) takes none of the start-up options.
      const client = new CopilotClient(
        options.cliUrl ? options : { env, useLoggedInUser: false, cwd: home, ...options },
      );
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((c) => c.stop()));
      await model.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
