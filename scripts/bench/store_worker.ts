/**
 * One subject of the session store benchmark (`stores.ts`), in a process of
 * its own so that its memory is its own: a client on the real Copilot CLI
 * (a fresh HOME) with the given store, or none (the CLI's local disk), does
 * a warm-up turn and then the measured turns against a local scripted
 * model, and prints one JSON line: each turn's latency (ms) and the host
 * process's memory afterwards (RSS and JS heap after a GC, bytes).
 *
 * Usage: `<runtime> store_worker.ts '{"store":"disk"|"sqlite"|"postgres","target":...,"turns":N}'`
 *
 * @module
 */

import process from "node:process";
import type { CopilotClient } from "../../mod.ts";
import type { SessionStore } from "../../src/session_store.ts";
import { cliTestEnv, MODEL } from "../../tests/_harness/cli_env.ts";

const config = JSON.parse(process.argv.at(-1)!) as {
  store: "disk" | "sqlite" | "postgres";
  target: string;
  turns: number;
};

// deno-lint-ignore no-explicit-any
const g = globalThis as any;
function gc(): void {
  if (g.Bun) g.Bun.gc(true);
  else g.gc?.();
}

let store: SessionStore | undefined;
if (config.store === "sqlite") {
  store = (await import("../../src/stores/sqlite.ts")).sqliteSessionStore(config.target);
} else if (config.store === "postgres") {
  store = (await import("../../src/stores/postgres.ts")).postgresSessionStore(config.target);
}
const env = await cliTestEnv((request) => `reply to ${request.lastUserText().slice(0, 40)}`);
try {
  const client: CopilotClient = env.client(store ? { sessionStore: store } : {});
  const session = await client.createSession({ model: MODEL, provider: env.provider });
  await session.sendAndWait("warm-up turn");
  const turnMs: number[] = [];
  for (let i = 0; i < config.turns; i++) {
    const began = performance.now();
    await session.sendAndWait(`turn ${i}: say something about the number ${i}`);
    turnMs.push(performance.now() - began);
  }
  gc();
  const memory = process.memoryUsage();
  console.log(JSON.stringify({ turnMs, rss: memory.rss, heap: memory.heapUsed }));
  await session.destroy();
  await client.stop();
} finally {
  await env.close();
  await store?.close();
}
