// Session stores with the real CLI, for both built-in stores: a real SQLite
// file, and a real PostgreSQL server (a throwaway cluster per test). Each
// client has its own HOME and CLI process, as two machines would.

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { approveAll, SdkError, SessionError } from "../../mod.ts";
import type { SessionStore } from "../../src/session_store.ts";
import { postgresSessionStore } from "../../src/stores/postgres.ts";
import { sqliteSessionStore } from "../../src/stores/sqlite.ts";
import { cliTestEnv, MODEL, ROOT, runtimeCommand } from "../_harness/cli_env.ts";
import { startPostgres, type TestPostgres } from "../_harness/postgres.ts";
import type { WorkerConfig } from "../_harness/store_worker.ts";
import { test } from "../_test.ts";

interface StoreFixture {
  /** Makes a store (another connection to the same data each call). */
  open(leaseMs?: number): SessionStore;
  /** What a worker process needs to open it. */
  target: string;
  /** The PostgreSQL server, for the PostgreSQL store. */
  postgres?: TestPostgres;
  close(): void;
}

const KINDS = [
  {
    kind: "sqlite" as const,
    fn: "sqliteSessionStore",
    fixture(): Promise<StoreFixture> {
      const dir = mkdtempSync(join(tmpdir(), "copilot-sdk-store-"));
      const target = join(dir, "sessions.db");
      return Promise.resolve({
        target,
        open: (leaseMs = 30_000) => sqliteSessionStore(target, { leaseMs }),
        close: () => rmSync(dir, { recursive: true, force: true }),
      });
    },
  },
  {
    kind: "postgres" as const,
    fn: "postgresSessionStore",
    async fixture(): Promise<StoreFixture> {
      const postgres = await startPostgres();
      return {
        target: postgres.url,
        postgres,
        open: (leaseMs = 30_000) => postgresSessionStore(postgres.url, { leaseMs }),
        close: () => postgres.close(),
      };
    },
  },
];

/** Runs `body` with a fixture and stores that are closed afterwards. */
async function withStore(
  make: () => Promise<StoreFixture>,
  body: (fixture: StoreFixture, open: (leaseMs?: number) => SessionStore) => Promise<void>,
): Promise<void> {
  const fixture = await make();
  const stores: SessionStore[] = [];
  try {
    await body(fixture, (leaseMs) => {
      const store = fixture.open(leaseMs);
      stores.push(store);
      return store;
    });
  } finally {
    for (const store of stores) await store.close();
    fixture.close();
  }
}

function heldError(error: unknown, holder?: RegExp): boolean {
  assert.ok(error instanceof SdkError && error.hasCode("SESSION_HELD"), String(error));
  assert.match(error.message, /is held by .*client-/);
  if (holder) assert.match(error.message, holder);
  return true;
}

for (const { kind, fn, fixture } of KINDS) {
  test(`${fn}(): a conversation begun by client A (its own HOME and CLI) continues under client B, the next model request carries the earlier turns, and listSessions/deleteSession work from the store`, async () => {
    await withStore(fixture, async (_, open) => {
      const a = await cliTestEnv(["Noted: the code word is PELICAN"]);
      const b = await cliTestEnv(["You said PELICAN"]);
      try {
        const clientA = a.client({ sessionStore: open() });
        const first = await clientA.createSession({ model: MODEL, provider: a.provider });
        assert.equal(
          (await first.sendAndWait("Remember the code word PELICAN"))?.data.content,
          "Noted: the code word is PELICAN",
        );
        await clientA.stop();

        const clientB = b.client({ sessionStore: open() });
        const listed = await clientB.listSessions();
        assert.deepEqual(listed.map((s) => s.sessionId), [first.sessionId]);
        assert.equal(listed[0].context?.cwd, a.home);
        const again = await clientB.resumeSession(first.sessionId, {
          model: MODEL,
          provider: b.provider,
        });
        assert.equal(
          (await again.sendAndWait("What was the code word?"))?.data.content,
          "You said PELICAN",
        );
        assert.match(
          JSON.stringify(b.model.requests[0].messages),
          /Remember the code word PELICAN/,
        );
        assert.match(
          JSON.stringify(b.model.requests[0].messages),
          /Noted: the code word is PELICAN/,
        );
        await clientB.deleteSession(first.sessionId);
        assert.deepEqual(await clientB.listSessions(), []);
        await assert.rejects(clientB.deleteSession(first.sessionId), /no session ".*" in /);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });

  test(`${fn}(): the CLI's per-session SQLite database (its sql tool) is kept in the store and follows the session to another client`, async () => {
    await withStore(fixture, async (_, open) => {
      const sql = (query: string) => ({
        toolCalls: [{ name: "sql", arguments: { description: "notes", query } }],
      });
      const a = await cliTestEnv([
        sql(
          "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('PELICAN')",
        ),
        "stored",
      ]);
      const b = await cliTestEnv([sql("SELECT body FROM notes"), "read"]);
      try {
        const clientA = a.client({ sessionStore: open() });
        const first = await clientA.createSession({
          model: MODEL,
          provider: a.provider,
          onPermissionRequest: approveAll,
        });
        assert.equal((await first.sendAndWait("note it"))?.data.content, "stored");
        assert.match(JSON.stringify(a.model.requests[1].messages.at(-1)), /1 row\(s\) inserted/);
        await clientA.stop();
        const clientB = b.client({ sessionStore: open() });
        const again = await clientB.resumeSession(first.sessionId, {
          model: MODEL,
          provider: b.provider,
          onPermissionRequest: approveAll,
        });
        assert.equal((await again.sendAndWait("read it"))?.data.content, "read");
        assert.match(JSON.stringify(b.model.requests[1].messages.at(-1)), /PELICAN/);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });

  test(`${fn}(): resumeSession() of a session held by a live client is refused with SESSION_HELD naming the holder, and succeeds once the holder destroys it`, async () => {
    await withStore(fixture, async (_, open) => {
      const a = await cliTestEnv(["first"]);
      const b = await cliTestEnv(["second"]);
      try {
        const clientA = a.client({ sessionStore: open() });
        const session = await clientA.createSession({ model: MODEL, provider: a.provider });
        await session.sendAndWait("hello");
        const clientB = b.client({ sessionStore: open() });
        await assert.rejects(
          clientB.resumeSession(session.sessionId, { model: MODEL, provider: b.provider }),
          (error) => heldError(error),
        );
        await assert.rejects(clientB.deleteSession(session.sessionId), (error) => heldError(error));
        await session.destroy();
        const again = await clientB.resumeSession(session.sessionId, {
          model: MODEL,
          provider: b.provider,
        });
        assert.equal((await again.sendAndWait("hi again"))?.data.content, "second");
      } finally {
        await a.close();
        await b.close();
      }
    });
  });

  test(`${fn}(): client A killed with SIGKILL mid-turn, client B takes the session over once the lease expires and completes a turn with the history`, async () => {
    await withStore(fixture, async (fx, open) => {
      const a = await cliTestEnv(["first turn done", { hang: true }]);
      const b = await cliTestEnv(["taken over"]);
      const leaseMs = 1_500;
      const config: WorkerConfig = {
        store: kind,
        target: fx.target,
        leaseMs,
        env: a.env,
        cwd: a.home,
        provider: a.provider,
        model: MODEL,
        prompts: ["remember the first turn"],
        last: "this turn never ends",
      };
      const [command, args] = runtimeCommand(
        join(ROOT, "tests", "_harness", "store_worker.ts"),
        JSON.stringify(config),
      );
      const worker = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      const exited = new Promise((resolve) => worker.once("exit", resolve));
      let out = "";
      let err = "";
      worker.stderr.on("data", (chunk) => err += chunk);
      try {
        await new Promise<void>((resolve, reject) => {
          worker.stdout.on("data", (chunk) => {
            out += chunk;
            if (out.includes("SENT\n")) resolve();
          });
          worker.once("exit", (code) => reject(new Error(`worker exited ${code}: ${out}${err}`)));
        });
        const sessionId = out.match(/SESSION (\S+)/)![1];
        await a.model.waitForRequests(2); // mid-turn: the model holds the second request
        // The worker and its CLI die at once, as a machine going away would.
        for (const pid of descendants(worker.pid!)) process.kill(pid, "SIGKILL");
        worker.kill("SIGKILL");
        await exited;

        const clientB = b.client({ sessionStore: open(leaseMs) });
        let session;
        for (let attempt = 0; !session; attempt++) {
          try {
            session = await clientB.resumeSession(sessionId, {
              model: MODEL,
              provider: b.provider,
            });
          } catch (error) {
            heldError(error);
            assert.ok(attempt < 100, "the lease never expired");
            await new Promise((resolve) => setTimeout(resolve, leaseMs / 5));
          }
        }
        assert.equal((await session.sendAndWait("are you there?"))?.data.content, "taken over");
        const sent = JSON.stringify(b.model.requests.at(-1)!.messages);
        assert.match(sent, /remember the first turn/);
        assert.match(sent, /first turn done/);
      } finally {
        worker.kill("SIGKILL");
        await a.close();
        await b.close();
      }
    });
  });

  test(`${fn}(): 50 sessions spread over two clients keep their own histories, also when each continues on the other client`, async () => {
    await withStore(fixture, async (_, open) => {
      const echo = (request: { lastUserText(): string }) => `echo ${request.lastUserText()}`;
      const a = await cliTestEnv(echo);
      const b = await cliTestEnv(echo);
      try {
        const store = open();
        const clients = [a.client({ sessionStore: store }), b.client({ sessionStore: store })];
        const envs = [a, b];
        const words = Array.from({ length: 50 }, (_, i) => `word${i}x`);
        const ids: string[] = [];
        await inBatches(words, 10, async (word, i) => {
          const env = envs[i % 2];
          const session = await clients[i % 2].createSession({
            model: MODEL,
            provider: env.provider,
          });
          ids[i] = session.sessionId;
          assert.match((await session.sendAndWait(`say ${word}`))?.data.content ?? "", /say word/);
          await session.destroy();
        });
        assert.equal((await clients[0].listSessions()).length, 50);
        // Each session continues on the other client.
        await inBatches(words, 10, async (word, i) => {
          const env = envs[(i + 1) % 2];
          const session = await clients[(i + 1) % 2].resumeSession(ids[i], {
            model: MODEL,
            provider: env.provider,
          });
          const history = await session.getMessages();
          const said = history.filter((e) => e.type === "user.message").map((e) => e.data.content);
          assert.deepEqual(said, [`say ${word}`]);
          await session.sendAndWait(`again ${word}`);
          await session.destroy();
        });
        for (const env of envs) {
          for (const request of env.model.requests.filter((r) => /again/.test(r.lastUserText()))) {
            const word = request.lastUserText().match(/word\d+x/)![0];
            const others = JSON.stringify(request.messages).match(/word\d+x/g)!;
            assert.deepEqual([...new Set(others)], [word]);
          }
        }
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
}

test("postgresSessionStore(): PostgreSQL stopped mid-session fails the next send with STORE_UNAVAILABLE (no hang, nothing kept locally), and the session continues once it is back", async () => {
  await withStore(KINDS[1].fixture, async (fx, open) => {
    const t = await cliTestEnv(["one", "two"]);
    try {
      const client = t.client({ sessionStore: open() });
      const session = await client.createSession({ model: MODEL, provider: t.provider });
      assert.equal((await session.sendAndWait("first"))?.data.content, "one");
      fx.postgres!.stop();
      await assert.rejects(session.sendAndWait("while down"), (error) => {
        assert.ok(error instanceof SdkError && error.hasCode("STORE_UNAVAILABLE"), String(error));
        assert.match(
          error.message,
          /Cannot send: the session store postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres failed/,
        );
        return true;
      });
      const unavailable = (error: unknown) =>
        error instanceof SdkError && error.hasCode("STORE_UNAVAILABLE");
      await assert.rejects(client.listSessions(), unavailable);
      await assert.rejects(
        client.createSession({ model: MODEL, provider: t.provider }),
        unavailable,
      );
      fx.postgres!.start();
      assert.equal((await session.sendAndWait("after"))?.data.content, "two");
      const sent = JSON.stringify(t.model.requests.at(-1)!.messages);
      assert.match(sent, /first/);
      assert.doesNotMatch(sent, /while down/);
      assert.equal((await client.listSessions()).length, 1);
    } finally {
      await t.close();
    }
  });
});

test("CopilotClient sessionStore: a write the CLI makes after the database went away fails its turn with a session error naming the store", async () => {
  await withStore(KINDS[1].fixture, async (fx, open) => {
    const t = await cliTestEnv([{ content: "late", delayMs: 500 }, "back"]);
    try {
      const client = t.client({ sessionStore: open() });
      const session = await client.createSession({ model: MODEL, provider: t.provider });
      const turn = session.sendAndWait("slow one");
      await t.model.waitForRequests(1);
      fx.postgres!.stop();
      await assert.rejects(turn, (error) => {
        assert.ok(error instanceof SessionError, String(error));
        assert.match(error.message, /session store postgres:\/\//);
        return true;
      });
      fx.postgres!.start();
      assert.equal((await session.sendAndWait("again"))?.data.content, "back");
    } finally {
      await t.close();
    }
  });
});

async function inBatches<T>(
  items: T[],
  size: number,
  body: (item: T, index: number) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map((item, i) => body(item, start + i)));
  }
}

/** Every process under `pid` (children first found, then theirs). */
function descendants(pid: number): number[] {
  const all: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const child of listChildren(parent)) {
      all.push(child);
      queue.push(child);
    }
  }
  return all;
}

function listChildren(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n").map((line) => Number(line.trim())).filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there is none
  }
}

test("CopilotClient sessionStore: a client whose lease was taken over cannot write the session any more: its next send fails with SESSION_HELD naming the new holder, and the store keeps none of it", async () => {
  await withStore(KINDS[0].fixture, async (_, open) => {
    const t = await cliTestEnv(["one", "two"]);
    try {
      const client = t.client({ sessionStore: open() });
      const session = await client.createSession({ model: MODEL, provider: t.provider });
      assert.equal((await session.sendAndWait("first"))?.data.content, "one");
      // Another holder takes the lease over (as after an expiry), in one
      // turn of the event loop, so the client's renewal cannot come between.
      const intruder = open();
      const [row] = await intruder.sessions();
      await intruder.release(session.sessionId, row.lease!.token);
      const taken = await intruder.acquire(session.sessionId, "intruder/1");
      assert.equal(taken.holder, "intruder/1");
      await assert.rejects(session.sendAndWait("second OCELOT"), (error) => {
        assert.ok(error instanceof SdkError && error.hasCode("SESSION_HELD"), String(error));
        assert.match(error.message, /taken over by intruder\/1/);
        return true;
      });
      const events = await intruder.read(session.sessionId, "/session-state/events.jsonl");
      assert.match(events?.content ?? "", /first/);
      assert.doesNotMatch(events?.content ?? "", /OCELOT/);
    } finally {
      await t.close();
    }
  });
});
