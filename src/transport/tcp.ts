/**
 * A {@linkcode Transport} over a TCP connection to a CLI server, either one
 * the client spawned (its exit ends the transport, with its exit code and
 * stderr tail) or an existing one reached with `cliUrl`.
 *
 * @module
 */

import type { CloseInfo } from "../errors.ts";
import { connectTcp, type TcpSocket } from "../runtime/socket.ts";
import type { StdioTransport } from "./stdio.ts";
import type { Transport } from "./transport.ts";

/** How long to wait for the CLI's "listening on port N" line. */
const LISTEN_TIMEOUT_MS = 30_000;

/** A CLI process the transport owns; its exit ends the transport. */
export type OwnedCli = Pick<StdioTransport, "closed" | "kill" | "pid">;

/** Talks to a CLI server over TCP. */
export class TcpTransport implements Transport {
  #socket: TcpSocket;
  #child: OwnedCli | undefined;
  #resolveClosed!: (info: CloseInfo) => void;

  /** Bytes from the CLI. */
  readonly readable: ReadableStream<Uint8Array>;
  /** Bytes to the CLI. */
  readonly writable: WritableStream<Uint8Array>;
  /** Resolves once the connection is gone (and an owned CLI has exited). */
  readonly closed: Promise<CloseInfo>;

  /**
   * Wraps an open socket.
   *
   * @param socket The connection.
   * @param child The CLI process this transport owns, if it spawned one.
   */
  constructor(socket: TcpSocket, child?: OwnedCli) {
    this.#socket = socket;
    this.#child = child;
    const socketClosed = new Promise<CloseInfo>((resolve) => this.#resolveClosed = resolve);
    const ended = () => this.#resolveClosed({ code: null, signal: null, stderrTail: "" });
    // Pass the bytes through, noticing when the peer ends the stream.
    this.readable = socket.readable.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({ flush: ended }),
    );
    this.writable = socket.writable;
    this.closed = child ? child.closed : socketClosed;
  }

  /**
   * Connects to a CLI server.
   *
   * @param hostname The host.
   * @param port The port.
   * @param child The CLI process the transport owns, if any.
   * @returns The transport.
   * @throws {Error} The connection failed.
   */
  static async connect(hostname: string, port: number, child?: OwnedCli): Promise<TcpTransport> {
    return new TcpTransport(await connectTcp(hostname, port), child);
  }

  /** The owned CLI's process id, if any. */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /**
   * Sends a signal to the owned CLI, if any.
   *
   * @param signal The signal name.
   */
  kill(signal = "SIGTERM"): void {
    this.#child?.kill(signal);
  }

  /**
   * Closes the connection and kills an owned CLI; waits until both are gone.
   *
   * @returns Resolves when closed.
   */
  async close(): Promise<void> {
    this.#socket.close();
    this.#resolveClosed({ code: null, signal: null, stderrTail: "" });
    this.#child?.kill("SIGKILL");
    await this.closed;
  }

  /**
   * Closes just the connection, leaving the server running (for `cliUrl`).
   */
  disconnect(): void {
    this.#socket.close();
    this.#resolveClosed({ code: null, signal: null, stderrTail: "" });
  }
}

/**
 * Reads a spawned CLI's stdout until it says which port it listens on, then
 * keeps draining stdout in the background so the pipe never fills.
 *
 * @param stdout The CLI's stdout.
 * @param exited Resolves if the CLI exits first.
 * @returns The port.
 * @throws {Error} The CLI exited, or said nothing within 30 s.
 */
export async function readListeningPort(
  stdout: ReadableStream<Uint8Array>,
  exited: Promise<unknown>,
): Promise<number> {
  // (The cast: TextDecoderStream's writable takes any BufferSource.)
  const decoder = new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>;
  const reader = stdout.pipeThrough(decoder).getReader();
  let text = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fail = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`it did not report a port within ${LISTEN_TIMEOUT_MS} ms`)),
      LISTEN_TIMEOUT_MS,
    );
    exited.then(() => reject(new Error("it exited before listening")));
  });
  fail.catch(() => {});
  try {
    for (;;) {
      const { value, done } = await Promise.race([reader.read(), fail]);
      if (done) throw new Error("its stdout ended before it reported a port");
      text += value;
      const match = /listening on port (\d+)/i.exec(text);
      if (match) {
        drain(reader);
        return Number(match[1]);
      }
      text = text.slice(-1024);
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function drain(reader: ReadableStreamDefaultReader<string>): Promise<void> {
  try {
    while (!(await reader.read()).done) {
      // Discard: the CLI's stdout carries nothing else of use in TCP mode.
    }
  } catch {
    // The process is gone.
  }
}
