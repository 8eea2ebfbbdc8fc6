/**
 * The session store benchmark: turn latency and host memory with
 * `sqliteSessionStore` and `postgresSessionStore` against the CLI's local
 * disk (no store), side by side in one run, through the real Copilot CLI
 * and a local scripted model. Each subject runs in a fresh process
 * (`store_worker.ts`) with the runtime running the benchmark; the rounds
 * alternate the subjects, so that a change in machine load hits them alike.
 * PostgreSQL is a throwaway cluster on 127.0.0.1 (as in the tests).
 *
 * @module
 */

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startPostgres } from "../../tests/_harness/postgres.ts";
import { median } from "./scenarios.ts";

const run = promisify(execFile);
const WORKER = join(dirname(fileURLToPath(import.meta.url)), "store_worker.ts");

/** One store's measurements. */
export interface StoreRuns {
  /** `disk`, `sqlite` or `postgres`. */
  id: "disk" | "sqlite" | "postgres";
  /** A name for tables. */
  label: string;
  /** Every measured turn's latency, ms. */
  turnMs: number[];
  /** The host process's RSS after its turns, one per round, bytes. */
  rss: number[];
  /** Its JS heap after a GC, one per round, bytes. */
  heap: number[];
}

/** What {@linkcode runStoreBench} returns. */
export interface StoreBenchResults {
  /** The runtime the hosts ran on. */
  runtime: string;
  /** Measured turns per round and subject. */
  turns: number;
  /** Rounds. */
  rounds: number;
  /** The subjects. */
  stores: StoreRuns[];
}

const LABELS = {
  disk: "CLI's local disk (no store)",
  sqlite: "sqliteSessionStore",
  postgres: "postgresSessionStore",
} as const;

/**
 * Runs the benchmark.
 *
 * @param options `quick` for a short run; `log` for progress lines.
 * @returns The measurements.
 */
export async function runStoreBench(
  options: { quick?: boolean; log?: (line: string) => void } = {},
): Promise<StoreBenchResults> {
  const quick = options.quick ?? false;
  const turns = quick ? 3 : 20;
  const rounds = quick ? 1 : 3;
  const log = options.log ?? ((line: string) => console.error(line));
  // deno-lint-ignore no-explicit-any
  const g = globalThis as any;
  const runtime = g.Deno ? "deno" : g.Bun ? "bun" : "node";
  const [command, prefix] = g.Deno
    ? [g.Deno.execPath(), ["run", "-A", "--v8-flags=--expose-gc"]]
    : g.Bun
    ? [process.execPath, []]
    : [process.execPath, ["--expose-gc"]];
  const postgres = await startPostgres();
  const dir = mkdtempSync(join(tmpdir(), "copilot-sdk-bench-store-"));
  const stores: StoreRuns[] = (["disk", "sqlite", "postgres"] as const).map((id) => ({
    id,
    label: LABELS[id],
    turnMs: [],
    rss: [],
    heap: [],
  }));
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const subject of stores) {
        const target = subject.id === "postgres" ? postgres.url : join(dir, `round${round}.db`);
        const { stdout } = await run(
          command,
          [...prefix, WORKER, JSON.stringify({ store: subject.id, target, turns })],
          { timeout: 180_000, maxBuffer: 16 * 2 ** 20 },
        );
        const line = stdout.trim().split("\n").findLast((l) => l.startsWith("{"));
        if (!line) throw new Error(`The ${subject.id} worker printed no result:\n${stdout}`);
        const result = JSON.parse(line) as { turnMs: number[]; rss: number; heap: number };
        subject.turnMs.push(...result.turnMs);
        subject.rss.push(result.rss);
        subject.heap.push(result.heap);
        log(
          `round ${round}/${rounds} stores ${subject.id}: turn p50 ${
            median(result.turnMs).toFixed(1)
          } ms, rss ${(result.rss / 2 ** 20).toFixed(0)} MB`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    postgres.close();
  }
  return { runtime, turns, rounds, stores };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/**
 * The table's rows: store, turn p50 and p99 (ms), against disk, host RSS and heap (MB).
 *
 * @param results The measurements.
 * @returns Header and rows.
 */
export function storeRows(results: StoreBenchResults): string[][] {
  const disk = median(results.stores.find((s) => s.id === "disk")?.turnMs ?? []);
  const mb = (n: number) => (n / 2 ** 20).toFixed(1);
  return [
    [
      "Session state in",
      "Turn p50 (ms)",
      "Turn p99 (ms)",
      "p50 vs disk",
      "Host RSS (MB)",
      "Host heap (MB)",
    ],
    ...results.stores.map((s) => [
      s.label,
      median(s.turnMs).toFixed(1),
      percentile(s.turnMs, 0.99).toFixed(1),
      `${(median(s.turnMs) / disk).toFixed(2)}x`,
      mb(median(s.rss)),
      mb(median(s.heap)),
    ]),
  ];
}

/**
 * The section for BENCHMARKS.md.
 *
 * @param results The measurements.
 * @returns Markdown.
 */
export function renderStoresMarkdown(results: StoreBenchResults): string {
  const [head, ...rows] = storeRows(results);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return `## Session stores

A turn through the real Copilot CLI and a local scripted model, with the session's state in each
store against the CLI's own folder on local disk: ${results.turns} measured turns per subject and
round (after a warm-up turn), ${results.rounds} round(s), a fresh host process each (${results.runtime}); PostgreSQL
is a local throwaway cluster. Host memory is the SDK process's (the CLI's is not counted), after the
turns and a garbage collection.

${[line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n")}
`;
}

/**
 * The section as plain text.
 *
 * @param results The measurements.
 * @returns Text.
 */
export function renderStoresText(results: StoreBenchResults): string {
  const rows = storeRows(results);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return [
    `Session stores (${results.runtime}, real CLI, ${results.turns} turns x ${results.rounds} round(s))`,
    ...rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join("  ")),
  ].join("\n");
}
