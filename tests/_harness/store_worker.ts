/**
 * A client in a process of its own, for the session store tests that kill
 * it: `<runtime> store_worker.ts '<json config>'`. It opens (or resumes) a
 * session in the store, says `SESSION <id>` on stdout, sends each prompt
 * and says `REPLY <text>` for the ones that finish, then `SENT` once the
 * last prompt is sent, and waits to be killed.
 */

import process from "node:process";
import { CopilotClient, type ProviderConfig } from "../../mod.ts";
import type { SessionStore } from "../../src/session_store.ts";

/** What the worker is told. */
export interface WorkerConfig {
  /** `"sqlite"` (target: a file) or `"postgres"` (target: a URL). */
  store: "sqlite" | "postgres";
  target: string;
  leaseMs: number;
  env: Record<string, string>;
  cwd: string;
  provider: ProviderConfig;
  model: string;
  /** Prompts to finish before the last one. */
  prompts: string[];
  /** The prompt sent last and never waited for. */
  last: string;
}

async function openStore(config: WorkerConfig): Promise<SessionStore> {
  if (config.store === "sqlite") {
    const { sqliteSessionStore } = await import("../../src/stores/sqlite.ts");
    return sqliteSessionStore(config.target, { leaseMs: config.leaseMs });
  }
  const { postgresSessionStore } = await import("../../src/stores/postgres.ts");
  return postgresSessionStore(config.target, { leaseMs: config.leaseMs });
}

const config = JSON.parse(process.argv.at(-1)!) as WorkerConfig;
const client = new CopilotClient({
  env: config.env,
  cwd: config.cwd,
  useLoggedInUser: false,
  sessionStore: await openStore(config),
});
const session = await client.createSession({ model: config.model, provider: config.provider });
console.log(`SESSION ${session.sessionId}`);
for (const prompt of config.prompts) {
  const reply = await session.sendAndWait(prompt);
  console.log(`REPLY ${reply?.data.content}`);
}
await session.send(config.last);
console.log("SENT");
// Until killed.
setInterval(() => {}, 60_000);
