/**
 * The raw limit: a plain client with no SDK in it. It spawns the fake CLI
 * with the runtime's own API, splits `Content-Length` frames out of the
 * bytes as they come, `JSON.parse`s each one and resolves calls by id; the
 * calls of one run of microtasks go out in one write. What it reaches is
 * about the most any SDK can reach on this runtime with this CLI.
 *
 * @module
 */

import type { BenchClient, BenchSession } from "./scenarios.ts";

/** The byte pipe to the fake CLI, per runtime. */
interface RawPipe {
  write(bytes: Uint8Array): void;
  /** Calls `onChunk` for each chunk of stdout until it ends. */
  read(onChunk: (chunk: Uint8Array) => void): Promise<void>;
  exited: Promise<unknown>;
  kill(): void;
}

// deno-lint-ignore no-explicit-any
const g = globalThis as any;
const encoder = new TextEncoder();

function frame(text: string): Uint8Array {
  const body = encoder.encode(text);
  const header = encoder.encode(`Content-Length: ${body.length}\r\n\r\n`);
  const out = new Uint8Array(header.length + body.length);
  out.set(header);
  out.set(body, header.length);
  return out;
}

async function spawnPipe(cliPath: string): Promise<RawPipe> {
  const args = [cliPath, "--headless", "--no-auto-update", "--stdio"];
  if (g.Deno) {
    const child = new g.Deno.Command("node", {
      args,
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    const writer = child.stdin.getWriter();
    return {
      write: (bytes) => void writer.write(bytes).catch(() => {}),
      async read(onChunk) {
        const reader = child.stdout.getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          onChunk(value);
        }
      },
      exited: child.status,
      kill: () => {
        writer.close().catch(() => {});
      },
    };
  }
  if (g.Bun) {
    const proc = g.Bun.spawn(["node", ...args], {
      stdin: "pipe",
      stdout: "pipe",
      stderr: "inherit",
    });
    return {
      write(bytes) {
        proc.stdin.write(bytes);
        proc.stdin.flush();
      },
      async read(onChunk) {
        const reader = proc.stdout.getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          onChunk(value);
        }
      },
      exited: proc.exited,
      kill: () => proc.stdin.end(),
    };
  }
  const { spawn } = await import("node:child_process");
  const child = spawn(g.process.execPath, args, { stdio: ["pipe", "pipe", "inherit"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    write: (bytes) => void child.stdin!.write(bytes),
    read: (onChunk) =>
      new Promise<void>((resolve) => {
        child.stdout!.on("data", onChunk);
        child.stdout!.once("end", resolve);
      }),
    exited,
    kill: () => child.stdin!.end(),
  };
}

/** Splits frames: the plainest correct way, one `TextDecoder` and `JSON.parse` per frame. */
class Splitter {
  #buf = new Uint8Array(0);
  #utf8 = new TextDecoder();
  #onMessage: (message: Record<string, unknown>) => void;

  constructor(onMessage: (message: Record<string, unknown>) => void) {
    this.#onMessage = onMessage;
  }

  push(chunk: Uint8Array): void {
    let buf = chunk;
    if (this.#buf.length) {
      buf = new Uint8Array(this.#buf.length + chunk.length);
      buf.set(this.#buf);
      buf.set(chunk, this.#buf.length);
    }
    let at = 0;
    for (;;) {
      let blank = -1;
      for (let i = at; i + 3 < buf.length; i++) {
        if (buf[i] === 13 && buf[i + 1] === 10 && buf[i + 2] === 13 && buf[i + 3] === 10) {
          blank = i;
          break;
        }
      }
      if (blank < 0) break;
      // "Content-Length: " is 16 bytes; the digits run to the blank line.
      let length = 0;
      for (let i = at + 16; i < blank; i++) length = length * 10 + buf[i] - 48;
      const start = blank + 4;
      if (buf.length - start < length) break;
      this.#onMessage(JSON.parse(this.#utf8.decode(buf.subarray(start, start + length))));
      at = start + length;
    }
    this.#buf = at === buf.length ? new Uint8Array(0) : buf.slice(at);
  }
}

/**
 * A raw client: the least work a client can do (spawn, split, parse, match
 * ids, count events), for the limit line of the benchmark.
 *
 * @param cliPath The fake CLI.
 * @returns The client.
 */
export function rawClient(cliPath: string): BenchClient {
  let pipe: RawPipe | undefined;
  let reading: Promise<void> | undefined;
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const handlers = new Map<string, (event: unknown) => void>();
  let idle: (() => void) | undefined;

  const onMessage = (message: Record<string, unknown>) => {
    if (message.method === "session.event") {
      const event = (message.params as { event: { type: string } }).event;
      handlers.get(event.type)?.(event);
      if (event.type === "session.idle") idle?.();
      return;
    }
    const id = message.id as number;
    const resolve = pending.get(id);
    if (resolve) {
      pending.delete(id);
      resolve(message.result);
    }
  };
  // The calls of one run of microtasks go out in one write, as a limit should.
  let queued: Uint8Array[] = [];
  const flush = () => {
    const frames = queued;
    queued = [];
    if (frames.length === 1) return pipe!.write(frames[0]);
    const out = new Uint8Array(frames.reduce((n, f) => n + f.length, 0));
    let at = 0;
    for (const f of frames) {
      out.set(f, at);
      at += f.length;
    }
    pipe!.write(out);
  };
  const call = (method: string, params: unknown) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      if (queued.length === 0) queueMicrotask(flush);
      queued.push(
        frame(
          `{"jsonrpc":"2.0","id":${id},"method":"${method}","params":${JSON.stringify(params)}}`,
        ),
      );
    });

  return {
    async start() {
      pipe = await spawnPipe(cliPath);
      const splitter = new Splitter(onMessage);
      reading = pipe.read((chunk) => splitter.push(chunk));
      await call("connect", {});
    },
    ping: () => call("ping", { message: "" }),
    async createSession(): Promise<BenchSession> {
      const { sessionId } = await call("session.create", { sessionId: "raw" }) as {
        sessionId: string;
      };
      return {
        on(type, handler) {
          handlers.set(type, handler);
          return () => handlers.delete(type);
        },
        sendAndWait(prompt) {
          const done = new Promise<void>((resolve) => idle = resolve);
          return call("session.send", { sessionId, prompt }).then(() => done);
        },
      };
    },
    async stop() {
      await call("runtime.shutdown", {});
      pipe!.kill();
      await reading;
      await pipe!.exited;
    },
  };
}
