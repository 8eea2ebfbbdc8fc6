/**
 * One worker of a fleet (see `examples/fleet.ts`): a process with its own
 * home and Copilot CLI that keeps every session in PostgreSQL, so any
 * worker can continue any conversation. It reads jobs from stdin, one JSON
 * line each, `{"prompt": "...", "sessionId"?: "..."}` (no `sessionId`
 * starts a conversation), and writes one JSON line per job to stdout,
 * `{"sessionId", "reply", "worker"}` or `{"error", "code"}`.
 *
 * ```sh
 * DATABASE_URL=postgres://app@127.0.0.1:5432/app deno run -A examples/fleet_worker.ts
 * ```
 *
 * @module
 */

import process from "node:process";
import { createInterface } from "node:readline";
import { CopilotClient, SdkError } from "../mod.ts";
import { postgresSessionStore } from "../src/stores/postgres.ts";
import { exampleModel } from "./_demo_model.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "Set DATABASE_URL to a PostgreSQL database, e.g. postgres://app@127.0.0.1:5432/app",
  );
  process.exit(2);
}
const worker = process.env.WORKER_NAME ?? `worker-${process.pid}`;
const model = await exampleModel();
const store = postgresSessionStore(url);
const client = new CopilotClient({ sessionStore: store, githubToken: model.githubToken });

try {
  for await (const line of createInterface({ input: process.stdin })) {
    if (!line.trim()) continue;
    const job = JSON.parse(line) as { prompt: string; sessionId?: string };
    try {
      const session = job.sessionId
        ? await client.resumeSession(job.sessionId, model.config)
        : await client.createSession(model.config);
      const reply = await session.sendAndWait({ prompt: job.prompt });
      // Destroying lets go of the session at once: the next job for it may
      // go to any worker (the history stays in the database).
      await session.destroy();
      console.log(
        JSON.stringify({ sessionId: session.sessionId, reply: reply?.data.content, worker }),
      );
    } catch (error) {
      const code = error instanceof SdkError ? error.code : undefined;
      console.log(JSON.stringify({ error: String((error as Error).message), code, worker }));
    }
  }
} finally {
  await client.stop();
  await store.close();
  await model.close();
}
