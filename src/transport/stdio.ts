/**
 * A {@linkcode Transport} over a child process's stdin and stdout; its stderr
 * is the CLI's log, and the tail is kept for error messages.
 *
 * @module
 */

import type { CloseInfo } from "../errors.ts";
import type { ChildProcess } from "../runtime/process.ts";
import type { Transport } from "./transport.ts";

/** How many bytes of the CLI's stderr are kept for error messages. */
const STDERR_TAIL_BYTES = 4096;
/** How long to wait for stderr to end after the child exited. */
const STDERR_DRAIN_MS = 500;

/** Options for {@linkcode StdioTransport}. */
export interface StdioTransportOptions {
  /** Receives each chunk of the CLI's stderr as text. */
  onStderr?: (text: string) => void;
  /** Receives what `onStderr` throws; stderr is drained on regardless. */
  onError?: (error: unknown) => void;
}

/**
 * Talks to a child CLI over its stdio.
 *
 * @example
 * ```ts ignore
 * import { spawn } from "../runtime/process.ts";
 * import { StdioTransport } from "./stdio.ts";
 * const child = await spawn("copilot", { args: ["--headless", "--stdio"] });
 * const transport = new StdioTransport(child);
 * await transport.close();
 * ```
 */
export class StdioTransport implements Transport {
  #child: ChildProcess;
  #tail = "";
  #stderrDone: Promise<void>;
  #stderrReader: ReadableStreamDefaultReader<Uint8Array>;

  /** Bytes from the CLI's stdout. */
  readonly readable: ReadableStream<Uint8Array>;
  /** Bytes to the CLI's stdin. */
  readonly writable: WritableStream<Uint8Array>;
  /** Resolves once the child has exited, with its status and stderr tail. */
  readonly closed: Promise<CloseInfo>;

  /**
   * Wraps a spawned child.
   *
   * @param child The child process.
   * @param options Where stderr text goes besides the kept tail.
   */
  constructor(child: ChildProcess, options: StdioTransportOptions = {}) {
    this.#child = child;
    this.readable = child.stdout;
    this.writable = child.stdin;
    this.#stderrReader = child.stderr.getReader();
    this.#stderrDone = this.#drainStderr(options.onStderr, options.onError);
    this.closed = child.status.then(async (status) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<void>((resolve) => timer = setTimeout(resolve, STDERR_DRAIN_MS));
      await Promise.race([this.#stderrDone, late]);
      clearTimeout(timer);
      // A grandchild may hold stderr open: stop reading it.
      await this.#stderrReader.cancel().catch(() => {});
      return { code: status.code, signal: status.signal, stderrTail: this.#tail };
    });
  }

  /** The child's process id. */
  get pid(): number {
    return this.#child.pid;
  }

  /** The text the CLI wrote to stderr most recently (up to 4 KiB). */
  get stderrTail(): string {
    return this.#tail;
  }

  /**
   * Sends a signal to the child.
   *
   * @param signal The signal name.
   */
  kill(signal = "SIGTERM"): void {
    this.#child.kill(signal);
  }

  /**
   * Kills the child if it still runs, and waits until it has exited.
   *
   * @returns Resolves when the child is gone.
   */
  async close(): Promise<void> {
    this.#child.kill("SIGKILL");
    await this.closed;
  }

  async #drainStderr(
    onStderr: ((text: string) => void) | undefined,
    onError: ((error: unknown) => void) | undefined,
  ): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await this.#stderrReader.read();
        if (done) break;
        const text = decoder.decode(value, { stream: true });
        this.#tail = (this.#tail + text).slice(-STDERR_TAIL_BYTES);
        // A throwing callback must not stop the draining: a CLI whose stderr
        // pipe fills up blocks.
        try {
          onStderr?.(text);
        } catch (error) {
          try {
            onError?.(error);
          } catch {
            // Nowhere left to report to.
          }
        }
      }
    } catch {
      // Cancelled or broken: the tail so far is what there is.
    }
  }
}
