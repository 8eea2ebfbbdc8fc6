/**
 * This process's own stdin and stdout as web streams, on any runtime: what
 * a program the Copilot CLI starts (an extension) talks JSON-RPC over. The
 * shim for the current runtime is imported on first use.
 *
 * @module
 */

import { detectRuntime } from "./detect.ts";

/** This process's stdin and stdout. */
export interface OwnStdio {
  /** Bytes from stdin. */
  readonly stdin: ReadableStream<Uint8Array>;
  /** Bytes to stdout. */
  readonly stdout: WritableStream<Uint8Array>;
}

/** The part of the `Deno` namespace used here (typed locally so tsc needs no Deno types). */
interface DenoStdioApi {
  stdin: { readable: ReadableStream<Uint8Array> };
  stdout: { writable: WritableStream<Uint8Array> };
}

/**
 * This process's stdin and stdout. Call it once: the streams take over the
 * process's stdio (reading stdin keeps the process alive until it ends).
 *
 * @returns The two streams.
 */
export async function ownStdio(): Promise<OwnStdio> {
  if (detectRuntime() === "deno") {
    const deno = (globalThis as unknown as { Deno: DenoStdioApi }).Deno;
    return { stdin: deno.stdin.readable, stdout: deno.stdout.writable };
  }
  // Bun runs Node's stream adapters as they are.
  const [{ readableFromNode, writableFromNode }, { default: process }] = await Promise.all([
    import("./process_node.ts"),
    import("node:process"),
  ]);
  return { stdin: readableFromNode(process.stdin), stdout: writableFromNode(process.stdout) };
}
