/**
 * The Deno shim for {@linkcode spawn}, over `Deno.Command`.
 *
 * @module
 */

import type { ChildProcess, SpawnOptions } from "./process.ts";

/**
 * Spawns a child with `Deno.Command`.
 *
 * @param command The executable.
 * @param options Arguments, working directory and environment.
 * @returns The running child.
 */
export function spawn(command: string, options: SpawnOptions): Promise<ChildProcess> {
  const child = new Deno.Command(command, {
    args: options.args,
    cwd: options.cwd,
    env: options.env,
    clearEnv: options.env !== undefined,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let exited = false;
  const status = child.status.then((s) => {
    exited = true;
    return { code: s.signal ? null : s.code, signal: s.signal ?? null };
  });
  return Promise.resolve({
    pid: child.pid,
    stdin: child.stdin,
    stdout: child.stdout,
    stderr: child.stderr,
    status,
    kill(signal = "SIGTERM") {
      if (exited) return;
      try {
        child.kill(signal as Deno.Signal);
      } catch {
        // Already gone.
      }
    },
  });
}
