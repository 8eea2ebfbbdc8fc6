/**
 * Spawns a child process with web-stream stdio on any runtime: the shim for
 * the current runtime is imported on first use.
 *
 * @module
 */

import { detectRuntime } from "./detect.ts";

/** How a child process ended. */
export interface ExitStatus {
  /** Exit code, or `null` when a signal ended it. */
  code: number | null;
  /** The signal that ended it, e.g. `"SIGKILL"`, or `null`. */
  signal: string | null;
}

/** A running child process with web-stream stdio and an exit promise. */
export interface ChildProcess {
  /** The process id. */
  readonly pid: number;
  /** The child's stdin. */
  readonly stdin: WritableStream<Uint8Array>;
  /** The child's stdout. */
  readonly stdout: ReadableStream<Uint8Array>;
  /** The child's stderr. */
  readonly stderr: ReadableStream<Uint8Array>;
  /** Resolves when the child has exited. */
  readonly status: Promise<ExitStatus>;
  /**
   * Sends a signal; does nothing if the child has exited (with `group`, to
   * the whole group, as long as any of it runs).
   *
   * @param signal The signal name.
   * @default {"SIGTERM"}
   */
  kill(signal?: string): void;
}

/** Options for {@linkcode spawn}. */
export interface SpawnOptions {
  /** Arguments after the command. */
  args: string[];
  /** Working directory; default: the current one. */
  cwd?: string;
  /** The child's whole environment; default: the parent's. */
  env?: Record<string, string>;
  /**
   * Start the child in a process group (and session) of its own, on POSIX
   * systems: a Ctrl-C at the terminal then reaches only this program, and
   * `kill()` signals the whole group (the child and what it started), also
   * after the child itself has exited.
   *
   * @default {false}
   */
  group?: boolean;
}

/** The signature every `process_<runtime>.ts` shim exports as `spawn`. */
export type SpawnFn = (command: string, options: SpawnOptions) => Promise<ChildProcess>;

let shim: Promise<SpawnFn> | undefined;

function loadShim(): Promise<SpawnFn> {
  switch (detectRuntime()) {
    case "deno":
      return import("./process_deno.ts").then((m) => m.spawn);
    case "bun":
      return import("./process_bun.ts").then((m) => m.spawn);
    default:
      return import("./process_node.ts").then((m) => m.spawn);
  }
}

/**
 * Spawns `command` with piped stdin, stdout and stderr.
 *
 * @param command The executable (a path, or a name looked up on `PATH`).
 * @param options Arguments, working directory and environment.
 * @returns The running child.
 * @throws {Error} The command could not be started (e.g. not found).
 */
export async function spawn(command: string, options: SpawnOptions): Promise<ChildProcess> {
  shim ??= loadShim();
  return (await shim)(command, options);
}
