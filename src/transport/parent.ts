/**
 * A {@linkcode Transport} to the process that started this one, over this
 * process's own stdin and stdout: how an extension reaches the Copilot CLI
 * that launched it.
 *
 * @module
 */

import type { CloseInfo } from "../errors.ts";
import type { OwnStdio } from "../runtime/stdio.ts";
import type { Transport } from "./transport.ts";

/**
 * Talks to the parent process over this process's stdio. `closed` resolves
 * when stdin ends (the parent closed it or exited); `close()` stops reading
 * stdin, which lets the process exit, and closes stdout.
 *
 * @param stdio This process's stdin and stdout.
 * @returns The transport.
 */
export function parentTransport({ stdin, stdout }: OwnStdio): Transport {
  let resolveClosed!: (info: CloseInfo) => void;
  const closed = new Promise<CloseInfo>((resolve) => resolveClosed = resolve);
  const gone = () => resolveClosed({ code: null, signal: null, stderrTail: "" });
  const source = stdin.getReader();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    gone();
    source.cancel().catch(() => {});
    try {
      controller.close();
    } catch {
      // Already closed or errored.
    }
  };
  const readable = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    async pull(c) {
      try {
        const { value, done } = await source.read();
        if (ended) return;
        if (done) end();
        else c.enqueue(value);
      } catch (error) {
        if (ended) return;
        ended = true;
        gone();
        c.error(error);
      }
    },
    cancel() {
      end();
    },
  });
  return {
    readable,
    writable: stdout,
    closed,
    close() {
      end();
      return Promise.resolve();
    },
  };
}
