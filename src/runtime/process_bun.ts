/**
 * The Bun shim for {@linkcode spawn}, over `Bun.spawn`.
 *
 * @module
 */

import type { ChildProcess, SpawnOptions } from "./process.ts";

interface BunFileSink {
  write(chunk: Uint8Array): number;
  flush(): number | Promise<number>;
  end(): number | Promise<number>;
}

interface BunSubprocess {
  readonly pid: number;
  readonly stdin: BunFileSink;
  readonly stdout: ReadableStream<Uint8Array>;
  readonly stderr: ReadableStream<Uint8Array>;
  readonly exited: Promise<number>;
  readonly exitCode: number | null;
  readonly signalCode: string | null;
  kill(signal?: string | number): void;
}

interface BunGlobal {
  spawn(
    cmd: string[],
    options: {
      cwd?: string;
      env?: Record<string, string>;
      stdin: "pipe";
      stdout: "pipe";
      stderr: "pipe";
      detached: boolean;
    },
  ): BunSubprocess;
}

interface BunProcess {
  platform: string;
  kill(pid: number, signal: string): void;
}

/**
 * Spawns a child with `Bun.spawn`.
 *
 * @param command The executable.
 * @param options Arguments, working directory and environment.
 * @returns The running child.
 */
export function spawn(command: string, options: SpawnOptions): Promise<ChildProcess> {
  const bun = (globalThis as unknown as { Bun: BunGlobal }).Bun;
  const process = (globalThis as unknown as { process: BunProcess }).process;
  const group = options.group === true && process.platform !== "win32";
  const proc = bun.spawn([command, ...options.args], {
    cwd: options.cwd,
    env: options.env,
    stdin: "pipe",
    stdout: "pipe",
    stderr: "pipe",
    detached: group,
  });
  let exited = false;
  const status = proc.exited.then(() => {
    exited = true;
    return { code: proc.signalCode ? null : proc.exitCode, signal: proc.signalCode ?? null };
  });
  const stdin = new WritableStream<Uint8Array>({
    async write(chunk) {
      if (exited) throw new Error("Cannot write to the child's stdin: it has exited");
      proc.stdin.write(chunk);
      await proc.stdin.flush();
    },
    async close() {
      if (!exited) await proc.stdin.end();
    },
    async abort() {
      if (!exited) await proc.stdin.end();
    },
  });
  return Promise.resolve({
    pid: proc.pid,
    stdin,
    stdout: proc.stdout,
    stderr: proc.stderr,
    status,
    kill(signal = "SIGTERM") {
      try {
        if (group) process.kill(-proc.pid, signal);
        else if (!exited) proc.kill(signal);
      } catch {
        // Already gone.
      }
    },
  });
}
