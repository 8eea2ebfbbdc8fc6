// The benchmark's short run, so that it cannot rot: every scenario for our SDK
// and the raw client on the runtime running this test, with small sizes and
// without the official SDK. It asserts that each scenario produced numbers,
// never anything about time.

import assert from "node:assert/strict";
import { runBench, type Runtime } from "../scripts/bench/run.ts";
import { renderMarkdown, renderSvg, renderText } from "../scripts/bench/report.ts";
import { test } from "./_test.ts";

// deno-lint-ignore no-explicit-any
const g = globalThis as any;
const runtime: Runtime = g.Deno ? "deno" : g.Bun ? "bun" : "node";

const SHARED = ["events", "p50", "p99", "calls", "first", "stop", "heapSmall", "heapLarge"];

test(`scripts/bench/run.ts --quick measures every scenario on ${runtime}`, async () => {
  const results = await runBench({
    quick: true,
    runtimes: [runtime],
    official: false,
    log: () => {},
  });
  const expected: Record<string, string[]> = {
    [`ours-${runtime}`]: [...SHARED, "import", "arktypeLoaded"],
    [`raw-${runtime}`]: SHARED,
  };
  // On Node, ours is also imported as per-file JavaScript.
  if (runtime === "node") expected[`ours-${runtime}`].push("importJs");
  assert.deepEqual(results.subjects.map((s) => s.id).sort(), Object.keys(expected).sort());
  for (const [id, metrics] of Object.entries(expected)) {
    assert.deepEqual(Object.keys(results.runs[id]).sort(), [...metrics].sort(), id);
    for (const metric of metrics) {
      const values = results.runs[id][metric];
      assert.ok(values.length > 0, `${id} ${metric} has values`);
      for (const v of values) assert.ok(Number.isFinite(v) && v >= 0, `${id} ${metric}: ${v}`);
    }
  }
  for (const loaded of results.runs[`ours-${runtime}`].arktypeLoaded) {
    assert.equal(loaded, 0, "importing mod.ts loads no arktype");
  }
  assert.ok(results.installed.ours > 0);
  // Session stores: each store and the local disk, through the real CLI.
  assert.deepEqual(results.stores?.stores.map((s) => s.id), ["disk", "sqlite", "postgres"]);
  for (const store of results.stores!.stores) {
    assert.equal(store.turnMs.length, results.stores!.turns, store.id);
    for (const v of [...store.turnMs, ...store.rss, ...store.heap]) {
      assert.ok(Number.isFinite(v) && v > 0, `${store.id}: ${v}`);
    }
  }
  assert.match(renderText(results), /Session stores/);
  assert.match(renderMarkdown(results, "benchmarks.svg"), /## Session stores/);
  assert.match(renderText(results), /Event throughput/);
  assert.match(renderMarkdown(results, "benchmarks.svg"), /\| \(c\) Concurrent pings/);
  assert.match(renderSvg(results), /^<svg /);
});
