/**
 * Starts the real Copilot CLI as a TCP server by hand, the way a user would
 * before pointing `cliUrl` at it.
 */

import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./cli_env.ts";

/** A CLI server started for a test. */
export interface CliServer {
  /** Its port on 127.0.0.1. */
  port: number;
  /** Its process. */
  child: ChildProcess;
  /** Kills it and waits for it to exit. */
  close(): Promise<void>;
}

/** The CLI binary in node_modules. */
export const CLI_BINARY: string = join(
  ROOT,
  "node_modules",
  "@github",
  "copilot-linux-x64",
  "copilot",
);

/**
 * Starts `copilot --headless --port 0` with the given environment and waits
 * for its "listening on port N" line.
 */
export function startCliServer(
  env: Record<string, string>,
  token?: string,
): Promise<CliServer> {
  const child = spawn(CLI_BINARY, ["--headless", "--no-auto-update", "--no-auto-login"], {
    env: token ? { ...env, COPILOT_CONNECTION_TOKEN: token } : env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.stderr!.resume();
  return new Promise((resolve, reject) => {
    let text = "";
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`CLI server exited with ${code}: ${text}`)));
    child.stdout!.on("data", (chunk) => {
      text += chunk;
      const match = /listening on port (\d+)/.exec(text);
      if (match) {
        resolve({
          port: Number(match[1]),
          child,
          async close() {
            child.kill("SIGKILL");
            await exited;
            child.stdout!.destroy();
            child.stderr!.destroy();
          },
        });
      }
    });
  });
}
