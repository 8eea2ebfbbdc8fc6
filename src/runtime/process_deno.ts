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
    detached: boolean;
  }) => { spawn(): DenoChild };
  kill(pid: number, signal: string): void;
  build: { os: string };
}

/**
 * Spawns a child with `Deno.Command`.
 *
 * @param command The executable.
 * @param options Arguments, working directory and environment.
 * @returns The running child.
 */
export function spawn(command: string, options: SpawnOptions): Promise<ChildProcess> {
  const deno = (globalThis as unknown as { Deno: DenoCommandApi }).Deno;
  const group = options.group === true && deno.build.os !== "windows";
  const child = new deno.Command(command, {
    args: options.args,
    cwd: options.cwd,
    env: options.env,
    clearEnv: options.env !== undefined,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
    detached: group,
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
      try {
        if (group) deno.kill(-child.pid, signal);
        else if (!exited) child.kill(signal);
      } catch {
        // Already gone.
      }
    },
  });
}
