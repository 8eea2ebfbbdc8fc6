/**
 * The Deno shim for {@linkcode spawn}, over `Deno.Command`.
 *
 * @module
 */

import type { ChildProcess, SpawnOptions } from "./process.ts";

/** The part of `Deno.Command` used here (typed locally so tsc needs no Deno types). */
interface DenoChild {
  readonly pid: number;
  readonly stdin: WritableStream<Uint8Array>;
  readonly stdout: ReadableStream<Uint8Array>;
  readonly stderr: ReadableStream<Uint8Array>;
  readonly status: Promise<{ code: number; signal: string | null }>;
  kill(signal?: string): void;
}

interface DenoCommandApi {
  Command: new (command: string, options: {
    args: string[];
    cwd?: string;
    env?: Record<string, string>;
    clearEnv: boolean;
    stdin: "piped";
    stdout: "piped";
    stderr: "piped";
  }) => { spawn(): DenoChild };
}

/**
 * Spawns a child with `Deno.Command`.
 *
 * @param command The executable.
 * @param options Arguments, working directory and environment.
 * @returns The running child.
 */
export function spawn(command: string, options: SpawnOptions): Promise<ChildProcess> {
  const { Command } = (globalThis as unknown as { Deno: DenoCommandApi }).Deno;
  const child = new Command(command, {
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
        child.kill(signal);
      } catch {
        // Already gone.
      }
    },
  });
}
