/**
 * The benchmark: our SDK under Deno, Bun and Node against the official
 * `@github/copilot-sdk` under Node and against the raw limit, side by side in
 * one run, on the fake CLI in `fake_cli.js`. Every scenario runs in fresh
 * worker processes (`worker.ts`): the subjects of one runtime side by side
 * in one worker, their repetitions alternating, in several rounds, so that
 * a change in machine load hits them all alike.
 *
 * Usage:
 *
 * ```sh
 * node scripts/bench/run.ts            # full run, writes BENCHMARKS.md and benchmarks.svg
 * node scripts/bench/run.ts --quick    # a short run that checks everything works; writes nothing
 * ```
 *
 * Options: `--quick`, `--rounds N`, `--runtimes deno,bun,node`,
 * `--no-official`, `--out FILE` (the Markdown report; `-` for none),
 * `--render scripts/bench/.results.json` (write the report again from the
 * results a run saved there, without running anything).
 * Runs on Node 22.18+ (and on Deno and Bun).
 *
 * @module
 */

import { spawn } from "node:child_process";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { jsBuilds } from "./builds.ts";
import { installedSize, type SizeReport } from "./size.ts";
import { median } from "./scenarios.ts";
import { renderMarkdown, renderSvg, renderText } from "./report.ts";
import { runStoreBench, type StoreBenchResults } from "./stores.ts";

/** A runtime our SDK runs on. */
export type Runtime = "deno" | "bun" | "node";

/** What is benchmarked: an SDK (or the raw client) on a runtime. */
export interface Subject {
  /** Unique id, e.g. `ours-deno`. */
  id: string;
  /** Which client. */
  sdk: "ours" | "official" | "raw";
  /** Which runtime. */
  runtime: Runtime;
  /** A name for tables. */
  label: string;
}

/** Options for {@linkcode runBench}. */
export interface BenchOptions {
  /** A short run with small sizes (for CI): every scenario, few repetitions. */
  quick?: boolean;
  /** Runtimes for our SDK and the raw client. @default {["deno", "bun", "node"]} */
  runtimes?: Runtime[];
  /** Include the official SDK (installs it on demand). @default {true} */
  official?: boolean;
  /** Rounds of worker processes per scenario. @default {3, or 1 when quick} */
  rounds?: number;
  /** Progress lines. @default {console.error} */
  log?: (line: string) => void;
}

/** Every value measured for one subject, by metric. */
export type SubjectRuns = Record<string, number[]>;

/** What {@linkcode runBench} returns. */
export interface BenchResults {
  /** The machine, the versions and the sizes used. */
  meta: {
    date: string;
    cpu: string;
    cores: number;
    memoryGb: number;
    versions: Record<string, string>;
    officialVersion: string;
    quick: boolean;
    rounds: number;
    sizes: Record<string, number>;
    seconds: number;
  };
  /** The subjects, in table order. */
  subjects: Subject[];
  /** Measured values by subject id, then metric. */
  runs: Record<string, SubjectRuns>;
  /** Installed size with dependencies, bytes. */
  installed: SizeReport;
  /** Turn latency and host memory with each session store against the local disk. */
  stores?: StoreBenchResults;
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const ROOT = join(HERE, "..", "..");
const BIN = join(ROOT, "node_modules", ".bin");
const WORKER = join(HERE, "worker.ts");
/** The last full run's results, for \`--render\`. */
const RESULTS = join(HERE, ".results.json");

// deno-lint-ignore no-explicit-any
const g = globalThis as any;
const env: Record<string, string> = {
  ...(g.Deno ? g.Deno.env.toObject() : g.process.env),
  PATH: `${BIN}:${(g.Deno ? g.Deno.env.get("PATH") : g.process.env.PATH) ?? ""}`,
  NO_COLOR: "1",
};

/** The sizes: full, and quick for CI. */
function sizes(quick: boolean) {
  return quick
    ? {
      events: 5_000,
      reps: 2,
      pingsSequential: 500,
      pingsConcurrent: 2_000,
      inFlight: 100,
      startReps: 2,
      memorySmall: 2_000,
      memoryLarge: 5_000,
      memoryReps: 1,
      imports: 2,
    }
    : {
      events: 100_000,
      reps: 3,
      pingsSequential: 5_000,
      pingsConcurrent: 50_000,
      inFlight: 100,
      startReps: 3,
      memorySmall: 50_000,
      memoryLarge: 200_000,
      memoryReps: 2,
      imports: 10,
    };
}

function command(runtime: Runtime): string[] {
  switch (runtime) {
    case "deno":
      return ["deno", "run", "-A", "--v8-flags=--expose-gc", WORKER];
    case "bun":
      return ["bun", WORKER];
    case "node":
      return ["node", "--expose-gc", "--no-warnings", WORKER];
  }
}

type WorkerResult = Record<string, Record<string, { unit: string; values: number[] }>>;

/** Runs one worker for some subjects of one runtime and returns their results by SDK. */
function runWorker(
  runtime: Runtime,
  sdks: string[],
  scenario: string,
  options: Record<string, unknown>,
  timeoutMs: number,
): Promise<WorkerResult> {
  const [cmd, ...args] = command(runtime);
  const what = `${sdks.join("+")} on ${runtime}, ${scenario}`;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, [...args, sdks.join(","), scenario, JSON.stringify(options)], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout!.on("data", (d) => out += d);
    child.stderr!.on("data", (d) => err += d);
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const line = out.split("\n").reverse().find((l) => l.startsWith("RESULT "));
      if (code === 0 && line) resolve(JSON.parse(line.slice(7)));
      else {
        reject(
          new Error(
            `${what} failed (${signal ?? `exit ${code}`}): ${(err || out).trim().slice(-2000)}`,
          ),
        );
      }
    });
  });
}

function versionOf(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    child.stdout!.on("data", (d) => out += d);
    child.on("error", () => resolve("missing"));
    child.on("close", () => resolve(/\d+\.\d+\.\d+/.exec(out)?.[0] ?? out.trim()));
  });
}

/**
 * Runs the benchmark.
 *
 * @param options Which runtimes, quick or full, with or without the official SDK.
 * @returns Every measurement, with the machine and versions.
 */
export async function runBench(options: BenchOptions = {}): Promise<BenchResults> {
  const began = performance.now();
  const quick = options.quick ?? false;
  const log = options.log ?? ((line: string) => console.error(line));
  const runtimes = options.runtimes ?? ["deno", "bun", "node"];
  const rounds = options.rounds ?? (quick ? 1 : 3);
  const size = sizes(quick);
  const withOfficial = options.official ?? true;

  let officialEntry: string | undefined;
  let officialVersion = "not run";
  if (withOfficial) {
    const official = await import("./official.ts");
    officialEntry = official.ensureOfficial();
    officialVersion = official.OFFICIAL_VERSION;
  }

  const subjects: Subject[] = [];
  if (withOfficial) {
    subjects.push({
      id: "official-node",
      sdk: "official",
      runtime: "node",
      label: "official, Node",
    });
  }
  const names = { deno: "Deno", bun: "Bun", node: "Node" } as const;
  for (const runtime of runtimes) {
    subjects.push({
      id: `ours-${runtime}`,
      sdk: "ours",
      runtime,
      label: `ours, ${names[runtime]}`,
    });
  }
  for (const runtime of runtimes) {
    subjects.push({ id: `raw-${runtime}`, sdk: "raw", runtime, label: `raw, ${names[runtime]}` });
  }
  const runs: Record<string, SubjectRuns> = {};
  const record = (subject: Subject, result: Record<string, { values: number[] }>, suffix = "") => {
    const into = runs[subject.id] ??= {};
    for (const [metric, series] of Object.entries(result)) {
      (into[metric + suffix] ??= []).push(...series.values);
    }
  };

  const common = { officialEntry };
  const timeout = quick ? 60_000 : 300_000;
  // (a) to (d) and (f): the subjects of one runtime run side by side in one
  // worker, repetitions alternating; memory: one worker per subject.
  const paired: { name: string; options: Record<string, unknown> }[] = [
    { name: "events", options: { events: size.events, reps: size.reps } },
    { name: "pingSequential", options: { pings: size.pingsSequential, reps: size.reps } },
    {
      name: "pingConcurrent",
      options: { pings: size.pingsConcurrent, inFlight: size.inFlight, reps: size.reps },
    },
    { name: "startStop", options: { reps: size.startReps } },
  ];
  const memory = [
    { suffix: "Small", options: { events: size.memorySmall, reps: size.memoryReps } },
    { suffix: "Large", options: { events: size.memoryLarge, reps: size.memoryReps } },
  ];
  const groups = runtimes.map((runtime) => subjects.filter((s) => s.runtime === runtime));
  for (let round = 1; round <= rounds; round++) {
    for (const scenario of paired) {
      for (const group of groups) {
        const started = performance.now();
        const result = await runWorker(
          group[0].runtime,
          group.map((s) => s.sdk),
          scenario.name,
          { ...common, ...scenario.options },
          timeout,
        );
        for (const subject of group) record(subject, result[subject.sdk]);
        log(
          `round ${round}/${rounds} ${scenario.name} ${group[0].runtime}: ${
            group.map((s) => `${s.sdk} ${summary(result[s.sdk])}`).join("; ")
          } (${((performance.now() - started) / 1000).toFixed(1)} s)`,
        );
      }
    }
    for (const { suffix, options } of memory) {
      for (const subject of subjects) {
        const result = await runWorker(subject.runtime, [subject.sdk], "memory", {
          ...common,
          ...options,
        }, timeout);
        record(subject, result[subject.sdk], suffix);
        log(
          `round ${round}/${rounds} memory${suffix} ${subject.id}: ${summary(result[subject.sdk])}`,
        );
      }
    }
  }
  // (e) cold imports: one fresh process each, interleaved; one untimed run first
  // so that every runtime's disk caches (e.g. Deno's transpile cache) are warm.
  // On Node, ours is also imported as JavaScript (see builds.ts).
  const imports: { subject: Subject; metric: string; entry?: string }[] = subjects
    .filter((s) => s.sdk !== "raw")
    .map((subject) => ({ subject, metric: "import" }));
  const node = subjects.find((s) => s.id === "ours-node");
  const buildDir = mkdtempSync(join(tmpdir(), "copilot-sdk-bench-"));
  if (node) {
    for (const build of await jsBuilds(buildDir, quick, log)) {
      imports.push({ subject: node, metric: build.metric, entry: build.entry });
    }
  }
  for (let i = 0; i <= size.imports; i++) {
    for (const { subject, metric, entry } of imports) {
      const result = (await runWorker(subject.runtime, [subject.sdk], "import", {
        ...common,
        importEntry: entry,
      }, timeout))[subject.sdk];
      if (i === 0) continue;
      const into = runs[subject.id] ??= {};
      (into[metric] ??= []).push(...result.import.values);
      (into.arktypeLoaded ??= []).push(...result.arktypeLoaded.values);
    }
  }
  rmSync(buildDir, { recursive: true, force: true });
  for (const { subject, metric } of imports) {
    log(`${metric} ${subject.id}: ${median(runs[subject.id][metric]).toFixed(1)} ms`);
  }

  // (g) session stores: real CLI turns with each store against the local disk.
  const stores = await runStoreBench({ quick, log });

  const installed = installedSize(withOfficial);
  const versions: Record<string, string> = {};
  for (const runtime of runtimes) {
    versions[runtime] = await versionOf(runtime, ["--version"]);
  }
  if (!versions.node) versions.node = await versionOf("node", ["--version"]);
  return {
    meta: {
      date: new Date().toISOString(),
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      versions,
      officialVersion,
      quick,
      rounds,
      sizes: size,
      seconds: (performance.now() - began) / 1000,
    },
    subjects,
    runs,
    installed,
    stores,
  };
}

function summary(result: Record<string, { unit: string; values: number[] }>): string {
  return Object.entries(result).map(([name, s]) => `${name} ${format(median(s.values))} ${s.unit}`)
    .join(", ");
}

function format(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toPrecision(3);
}

function parseArgs(argv: string[]) {
  const options: BenchOptions & { out: string; render?: string } = {
    out: join(ROOT, "BENCHMARKS.md"),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--quick") options.quick = true;
    else if (arg === "--no-official") options.official = false;
    else if (arg === "--rounds") options.rounds = Number(argv[++i]);
    else if (arg === "--runtimes") options.runtimes = argv[++i].split(",") as Runtime[];
    else if (arg === "--out") options.out = argv[++i];
    else if (arg === "--render") options.render = argv[++i];
    else throw new Error(`Unknown option "${arg}"`);
  }
  if (options.quick && !argv.includes("--out")) options.out = "-";
  return options;
}

const isMain = import.meta.main ??
  (g.process?.argv[1] !== undefined && fileURLToPath(import.meta.url) === g.process.argv[1]);
if (isMain) {
  const options = parseArgs(g.Deno ? g.Deno.args : g.process.argv.slice(2));
  // --render FILE: write the report again from a run's saved results, without running.
  const results: BenchResults = options.render
    ? JSON.parse(readFileSync(options.render, "utf8"))
    : await runBench(options);
  console.log(renderText(results));
  if (options.out !== "-") {
    const chart = join(dirname(options.out), "benchmarks.svg");
    writeFileSync(chart, renderSvg(results));
    writeFileSync(options.out, renderMarkdown(results, relative(dirname(options.out), chart)));
    // The repository's formatter owns Markdown layout (`deno fmt --check` runs in CI).
    await new Promise((resolve) =>
      spawn("deno", ["fmt", "--quiet", options.out], { cwd: ROOT, env, stdio: "inherit" })
        .on("close", resolve).on("error", resolve)
    );
    if (!options.render) writeFileSync(RESULTS, JSON.stringify(results, null, 2));
    console.error(`Wrote ${relative(ROOT, options.out)} and ${relative(ROOT, chart)}`);
  }
}
