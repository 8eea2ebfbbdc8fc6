// The built-in session stores on their own (no CLI): leases, fencing and
// atomic writes, on a real SQLite file and a real PostgreSQL server.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CopilotClient } from "../mod.ts";
import type { SessionStore } from "../src/session_store.ts";
import { postgresSessionStore } from "../src/stores/postgres.ts";
import { sqliteSessionStore } from "../src/stores/sqlite.ts";
import { startPostgres } from "./_harness/postgres.ts";
import { test } from "./_test.ts";

const KINDS: {
  fn: string;
  run(body: (open: () => SessionStore) => Promise<void>): Promise<void>;
}[] = [
  {
    fn: "sqliteSessionStore",
    async run(body) {
      const dir = mkdtempSync(join(tmpdir(), "copilot-sdk-store-"));
      const stores: SessionStore[] = [];
      try {
        await body(() => {
          const store = sqliteSessionStore(join(dir, "s.db"), { leaseMs: 200 });
          stores.push(store);
          return store;
        });
      } finally {
        for (const store of stores) await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    fn: "postgresSessionStore",
    async run(body) {
      const postgres = await startPostgres();
      const stores: SessionStore[] = [];
      try {
        await body(() => {
          const store = postgresSessionStore(postgres.url, { leaseMs: 200 });
          stores.push(store);
          return store;
        });
      } finally {
        for (const store of stores) await store.close();
        postgres.close();
      }
    },
  },
];

const time = "2026-01-01T00:00:00.000Z";

/** Waits until `store` says the lease of `holder` on `id` expired (no clock asserted). */
async function untilTakenOver(store: SessionStore, id: string, holder: string) {
  for (let i = 0; i < 200; i++) {
    const lease = await store.acquire(id, holder);
    if (lease.holder === holder) return lease;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the lease never expired");
}

for (const { fn, run } of KINDS) {
  test(`${fn}(): acquire() gives a live lease to one holder; after it expires another takes it with a higher token, and apply()/renew() with the stale token are refused`, async () => {
    await run(async (open) => {
      const a = open();
      const b = open();
      const first = await a.acquire("s1", "A");
      assert.equal(first.holder, "A");
      assert.equal((await b.acquire("s1", "B")).holder, "A", "held by A while live");
      assert.equal((await a.acquire("s1", "A")).token, first.token, "A renews its own lease");
      const taken = await untilTakenOver(b, "s1", "B");
      assert.ok(taken.token > first.token);
      const write = { kind: "put", path: "/f", content: "stale", time } as const;
      assert.equal(await a.apply("s1", first.token, [write]), false);
      assert.equal(await a.renew("s1", first.token), false);
      assert.equal(await a.read("s1", "/f"), undefined, "the stale write left nothing");
      assert.equal(await b.apply("s1", taken.token, [{ ...write, content: "fresh" }]), true);
      assert.equal((await a.read("s1", "/f"))?.content, "fresh");
      await b.release("s1", taken.token);
      assert.equal(await b.apply("s1", taken.token, [write]), false, "released: no more writes");
      assert.equal((await a.acquire("s1", "A")).holder, "A", "free after release");
    });
  });

  test(`${fn}(): apply() is all or nothing: a change that fails leaves none of the batch behind`, async () => {
    await run(async (open) => {
      const store = open();
      const { token } = await store.acquire("s1", "A");
      assert.ok(
        await store.apply("s1", token, [{ kind: "put", path: "/log", content: "one\n", time }]),
      );
      await assert.rejects(store.apply("s1", token, [
        { kind: "put", path: "/log", content: "two\n", append: true, time },
        // NOT NULL: the store refuses it, after the append above ran.
        { kind: "put", path: null as unknown as string, content: "x", time },
      ]));
      assert.equal((await store.read("s1", "/log"))?.content, "one\n");
      assert.ok(
        await store.apply("s1", token, [
          { kind: "put", path: "/log", content: "two\n", append: true, time },
          { kind: "put", path: "/d", content: null, time },
          { kind: "put", path: "/d/x", content: "x", time },
        ]),
      );
      assert.equal((await store.read("s1", "/log"))?.content, "one\ntwo\n");
      assert.deepEqual((await store.list("s1", "/d")).map((f) => f.path), ["/d/x"]);
      assert.ok(await store.apply("s1", token, [{ kind: "delete", path: "/d", tree: true }]));
      assert.deepEqual((await store.list("s1", "/")).map((f) => f.path), ["/log"]);
      assert.deepEqual((await store.sessions()).map((s) => s.sessionId), ["s1"]);
      await store.remove("s1");
      assert.deepEqual(await store.sessions(), []);
    });
  });

  test(`${fn}(): sqlite() keeps a session's SQLite database as an image under the lease: another instance loads it, and a stale token cannot save it`, async () => {
    await run(async (open) => {
      const store = open();
      const lease = await store.acquire("s1", "A");
      const image = (token: () => number) => ({
        load: () => store.readSqlite!("s1"),
        save: async (bytes: Uint8Array) => {
          if (!(await store.writeSqlite!("s1", token(), bytes))) throw new Error("lease lost");
        },
      });
      const first = store.sqlite!(image(() => lease.token));
      assert.equal(await first.exists(), false);
      await first.query("exec", "CREATE TABLE notes (body TEXT)");
      await first.transaction!([
        {
          queryType: "run",
          query: "INSERT INTO notes (body) VALUES (:body)",
          params: { body: "one" },
        },
        {
          queryType: "run",
          query: "INSERT INTO notes (body) VALUES (:body)",
          params: { body: "two" },
        },
      ]);
      await first.close();
      const second = store.sqlite!(image(() => lease.token));
      assert.equal(await second.exists(), true);
      const result = await second.query("query", "SELECT body FROM notes ORDER BY body");
      assert.deepEqual(result?.rows, [{ body: "one" }, { body: "two" }]);
      assert.deepEqual(result?.columns, ["body"]);
      await assert.rejects(
        second.transaction!([
          { queryType: "run", query: "INSERT INTO notes (body) VALUES ('three')" },
          { queryType: "run", query: "INSERT INTO nowhere VALUES (1)" },
        ]),
        /no such table/,
      );
      assert.equal((await second.query("query", "SELECT count(*) AS n FROM notes"))?.rows[0].n, 2);
      await second.close();
      const taken = await untilTakenOver(store, "s1", "B");
      assert.equal(await store.writeSqlite!("s1", lease.token, new Uint8Array([1])), false);
      const stale = store.sqlite!(image(() => lease.token));
      await assert.rejects(
        stale.query("run", "INSERT INTO notes (body) VALUES ('x')"),
        /lease lost/,
      );
      await stale.close();
      const fresh = store.sqlite!(image(() => taken.token));
      assert.equal((await fresh.query("query", "SELECT count(*) AS n FROM notes"))?.rows[0].n, 2);
      await fresh.close();
    });
  });
}

test("CopilotClient refuses sessionStore together with sessionFs, and a sessionStore that is not an object", () => {
  const store = sqliteSessionStore(":memory:");
  assert.throws(
    () =>
      new CopilotClient({
        sessionStore: store,
        sessionFs: { initialCwd: "/", sessionStatePath: "/s", conventions: "posix" },
      }),
    /"sessionStore" provides the session file system; remove "sessionFs"/,
  );
  assert.throws(
    () => new CopilotClient({ sessionStore: "./sessions.db" as never }),
    /"sessionStore" must be a SessionStore/,
  );
});

test("sqliteSessionStore() and postgresSessionStore() refuse a bad path, URL or leaseMs", () => {
  assert.throws(() => sqliteSessionStore(""), TypeError);
  assert.throws(() => sqliteSessionStore("x.db", { leaseMs: 10 }), RangeError);
  assert.throws(() => postgresSessionStore("mysql://db/app"), /postgres:\/\//);
  assert.throws(() => postgresSessionStore("not a url"), TypeError);
});
