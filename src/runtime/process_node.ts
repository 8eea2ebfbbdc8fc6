/**
 * The Node shim for {@linkcode spawn}, over `node:child_process`, with web
 * stream adapters made for the hot path: `Readable.toWeb`/`Writable.toWeb`
 * cost several promise hops per chunk, and reads here keep backpressure.
 *
 * @module
 */

import { spawn as nodeSpawn } from "node:child_process";
import process from "node:process";
import type { Readable, Writable } from "node:stream";
import type { ChildProcess, ExitStatus, SpawnOptions } from "./process.ts";

/** Bytes read ahead of the consumer before the child's pipe is paused. */
const READ_AHEAD_BYTES = 256 * 1024;

/**
 * Spawns a child with `node:child_process`.
 *
 * @param command The executable.
 * @param options Arguments, working directory and environment.
 * @returns The running child, once it has started.
 * @throws {Error} The command could not be started.
 */
export function spawn(command: string, options: SpawnOptions): Promise<ChildProcess> {
  const group = options.group === true && process.platform !== "win32";
  const child = nodeSpawn(command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["pipe", "pipe", "pipe"],
    windowsHide: true,
    detached: group,
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
        stdin: writableFromNode(child.stdin!),
        stdout: readableFromNode(child.stdout!),
        stderr: readableFromNode(child.stderr!),
        status,
        kill(signal = "SIGTERM") {
          try {
            if (group) process.kill(-child.pid!, signal);
            else if (!exited) child.kill(signal as NodeJS.Signals);
          } catch {
            // Already gone.
          }
        },
      });
    });
  });
}

/**
 * A web `ReadableStream` over a Node readable, with backpressure: the Node
 * stream is paused while `READ_AHEAD_BYTES` wait unread, and resumed when
 * the consumer pulls. Chunks are views of Node's buffers, not copies.
 *
 * @param stream The Node stream.
 * @returns The web stream; cancelling it destroys the Node stream.
 */
export function readableFromNode(stream: Readable): ReadableStream<Uint8Array> {
  let settled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      stream.on("data", (chunk: Uint8Array) => {
        if (settled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if (controller.desiredSize! <= 0) stream.pause();
      });
      const end = () => {
        if (settled) return;
        settled = true;
        controller.close();
      };
      stream.once("end", end);
      // Destroyed without an end.
      stream.once("close", end);
      stream.once("error", (error) => {
        if (settled) return;
        settled = true;
        controller.error(error);
      });
    },
    pull() {
      stream.resume();
    },
    cancel() {
      settled = true;
      stream.destroy();
    },
  }, { highWaterMark: READ_AHEAD_BYTES, size: (chunk) => chunk.byteLength });
}

/**
 * A web `WritableStream` over a Node writable. Each chunk's write settles
 * when Node has handed it to the OS, which is the backpressure; a write
 * error (EPIPE from a dead child) rejects it.
 *
 * @param stream The Node stream.
 * @returns The web stream; aborting it destroys the Node stream.
 */
export function writableFromNode(stream: Writable): WritableStream<Uint8Array> {
  return new WritableStream<Uint8Array>({
    write(chunk) {
      return new Promise<void>((resolve, reject) => {
        stream.write(chunk, (error) => error ? reject(error) : resolve());
      });
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        if (stream.destroyed) {
          reject(new Error("Cannot close the stream: it was destroyed"));
          return;
        }
        stream.end((error?: Error | null) => error ? reject(error) : resolve());
      });
    },
    abort(reason) {
      stream.destroy(reason instanceof Error ? reason : undefined);
    },
  });
}
