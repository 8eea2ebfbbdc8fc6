/**
 * The Node shim for {@linkcode spawn}, over `node:child_process`.
 *
 * @module
 */

import { spawn as nodeSpawn } from "node:child_process";
import { Readable, Writable } from "node:stream";
import type { ChildProcess, ExitStatus, SpawnOptions } from "./process.ts";

/**
 * Spawns a child with `node:child_process`.
 *
 * @param command The executable.
 * @param options Arguments, working directory and environment.
 * @returns The running child, once it has started.
 * @throws {Error} The command could not be started.
 */
export function spawn(command: string, options: SpawnOptions): Promise<ChildProcess> {
  const child = nodeSpawn(command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["pipe", "pipe", "pipe"],
    windowsHide: true,
  });
  let exited = false;
  const status = new Promise<ExitStatus>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = true;
      resolve({ code: signal ? null : code, signal: signal ?? null });
    });
  });
  // Errors after start (e.g. EPIPE on a dead child's stdin) surface through the streams.
  child.stdin!.on("error", () => {});
  return new Promise<ChildProcess>((resolve, reject) => {
    child.once("error", (error) => {
      if (child.pid === undefined) reject(error);
    });
    child.once("spawn", () => {
      resolve({
        pid: child.pid!,
        stdin: Writable.toWeb(child.stdin!) as WritableStream<Uint8Array>,
        stdout: Readable.toWeb(child.stdout!) as ReadableStream<Uint8Array>,
        stderr: Readable.toWeb(child.stderr!) as ReadableStream<Uint8Array>,
        status,
        kill(signal = "SIGTERM") {
          if (!exited) child.kill(signal as NodeJS.Signals);
        },
      });
    });
  });
}
