/**
 * A fleet of two identical workers sharing sessions through PostgreSQL: each
 * worker is a process of its own with its own home folder and Copilot CLI
 * (as on two machines), and the database is the only thing they share. A
 * conversation begun on worker A continues on worker B, with its history.
 *
 * ```sh
 * DATABASE_URL=postgres://app@127.0.0.1:5432/app deno run -A examples/fleet.ts
 * ```
 *
 * Any process manager or orchestrator can run `examples/fleet_worker.ts` the
 * same way; this script plays the load balancer that sends each job to a
 * worker. The model is chosen as in `examples/basic.ts` (the built-in demo
 * model answers "What did I ask before?" from the history the CLI sends it).
 *
 * @module
 */

import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

if (!process.env.DATABASE_URL) {
  console.error(
    "Set DATABASE_URL to a PostgreSQL database, e.g. postgres://app@127.0.0.1:5432/app",
  );
  process.exit(2);
}

interface Answer {
  sessionId?: string;
  reply?: string;
  worker: string;
  error?: string;
}

/** A worker process: its own HOME (so its own CLI state), the same database. */
function startWorker(name: string): {
  ask(job: { prompt: string; sessionId?: string }): Promise<Answer>;
  stop(): Promise<void>;
} {
  const home = mkdtempSync(join(tmpdir(), `copilot-fleet-${name}-`));
  const file = fileURLToPath(new URL("./fleet_worker.ts", import.meta.url));
  const deno = (globalThis as { Deno?: { execPath(): string } }).Deno;
  const [command, args] = deno
    ? [deno.execPath(), ["run", "-A", file]]
    : [process.execPath, [file]];
  const child: ChildProcessWithoutNullStreams = spawn(command, args, {
    env: { ...process.env, HOME: home, COPILOT_HOME: join(home, ".copilot"), WORKER_NAME: name },
  });
  child.stderr.pipe(process.stderr);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    async ask(job) {
      child.stdin.write(JSON.stringify(job) + "\n");
      for (;;) {
        const { value, done } = await lines.next();
        if (done) throw new Error(`Worker ${name} exited`);
        // Answers are JSON lines; anything else the worker says is shown.
        if (value.startsWith("{")) return JSON.parse(value) as Answer;
        console.log(`[${name}] ${value}`);
      }
    },
    async stop() {
      child.stdin.end();
      await exited;
      rmSync(home, { recursive: true, force: true });
    },
  };
}

const a = startWorker("worker-a");
const b = startWorker("worker-b");
try {
  const first = await a.ask({ prompt: "What is 2+2?" });
  if (!first.sessionId) throw new Error(`worker-a failed: ${first.error}`);
  console.log(`[${first.worker}] session ${first.sessionId}: ${first.reply}`);
  const second = await b.ask({ sessionId: first.sessionId, prompt: "What did I ask before?" });
  if (second.error) throw new Error(`worker-b failed: ${second.error}`);
  console.log(`[${second.worker}] session ${second.sessionId}: ${second.reply}`);
} finally {
  await Promise.all([a.stop(), b.stop()]);
}
