/**
 * Runs one benchmark scenario in this process, for one or more clients on
 * this runtime, and prints the results as one line: `RESULT {json}`. The
 * orchestrator (`run.ts`) starts a fresh worker for every scenario and
 * runtime.
 *
 * Usage: `<runtime> scripts/bench/worker.ts <subjects> <scenario> [options-json]`
 * with subjects from `ours`, `official` and `raw`, comma-separated (they run
 * side by side, repetitions alternating), and scenario `events`,
 * `pingSequential`, `pingConcurrent`, `startStop`, `memory` or `import` (the
 * last two take one subject). The official SDK runs under Node only; its
 * entry URL comes in the options as `officialEntry`.
 *
 * @module
 */

import type { ClientFactory, HeapProbe, ScenarioOptions, ScenarioResult } from "./scenarios.ts";

/** Options a worker takes besides the scenario's own. */
export interface WorkerOptions extends Partial<ScenarioOptions> {
  /** The official SDK's ESM entry, as a file URL. */
  officialEntry?: string;
  /** For `import`: the module to import instead of the subject's own, as a file URL. */
  importEntry?: string;
}

/** Which client a worker benchmarks. */
export type Subject = "ours" | "official" | "raw";

// deno-lint-ignore no-explicit-any
const g = globalThis as any;

/** The fake CLI's path. */
export const FAKE_CLI = decodeURIComponent(new URL("./fake_cli.js", import.meta.url).pathname);

/** Reads the JS heap in use and forces GC, on any of the three runtimes. */
export function heapProbe(): HeapProbe {
  if (g.Deno) {
    return { used: () => g.Deno.memoryUsage().heapUsed, gc: () => g.gc?.() };
  }
  if (g.Bun) {
    return { used: () => g.process.memoryUsage().heapUsed, gc: () => g.Bun.gc(true) };
  }
  return { used: () => g.process.memoryUsage().heapUsed, gc: () => g.gc?.() };
}

/**
 * Loads the client factory for a subject.
 *
 * @param subject Which client.
 * @param options Carries the official SDK's entry.
 * @returns The factory.
 */
export async function loadFactory(
  subject: Subject,
  options: WorkerOptions,
): Promise<ClientFactory> {
  if (subject === "raw") return (await import("./raw.ts")).rawClient;
  const clients = await import("./clients.ts");
  if (subject === "ours") return await clients.oursFactory();
  if (!options.officialEntry) throw new Error("The official SDK needs officialEntry");
  return await clients.officialFactory(options.officialEntry);
}

/**
 * Times one cold import of the subject's module in this (fresh) process.
 *
 * @param subject `ours` or `official`.
 * @param options Carries the official SDK's entry.
 * @returns The time in ms, and whether arktype was loaded (1) or not (0).
 */
export async function importTime(
  subject: Subject,
  options: WorkerOptions,
): Promise<ScenarioResult> {
  const url = options.importEntry ??
    (subject === "ours" ? new URL("../../mod.ts", import.meta.url).href : options.officialEntry!);
  const start = performance.now();
  await import(url);
  const ms = performance.now() - start;
  // arktype, once loaded, registers `globalThis.$ark`.
  const arktype = "$ark" in globalThis ? 1 : 0;
  return {
    import: { unit: "ms", values: [ms] },
    arktypeLoaded: { unit: "bool", values: [arktype] },
  };
}

/**
 * Runs one scenario for one or more subjects side by side (in alternating
 * repetitions); `memory` and `import` take one subject.
 *
 * @param subjects Which clients.
 * @param scenario The scenario's name.
 * @param options Its options.
 * @returns Each subject's result.
 */
export async function runScenario(
  subjects: Subject[],
  scenario: string,
  options: WorkerOptions,
): Promise<Partial<Record<Subject, ScenarioResult>>> {
  if ((scenario === "import" || scenario === "memory") && subjects.length !== 1) {
    throw new Error(`Scenario "${scenario}" takes one subject`);
  }
  if (scenario === "import") return { [subjects[0]]: await importTime(subjects[0], options) };
  const scenarios = await import("./scenarios.ts");
  const factories = [];
  for (const subject of subjects) factories.push(await loadFactory(subject, options));
  const full: ScenarioOptions = { cliPath: FAKE_CLI, reps: 5, ...options };
  if (scenario === "memory") {
    return { [subjects[0]]: await scenarios.memoryBurst(factories[0], full, heapProbe()) };
  }
  const run = scenarios.SCENARIOS[scenario as keyof typeof scenarios.SCENARIOS];
  if (!run) throw new Error(`Unknown scenario "${scenario}"`);
  const results = await run(factories, full);
  return Object.fromEntries(subjects.map((subject, i) => [subject, results[i]]));
}

function args(): string[] {
  return g.Deno ? g.Deno.args : g.process.argv.slice(2);
}

if (import.meta.main ?? (g.process?.argv[1] && import.meta.url.endsWith(g.process.argv[1]))) {
  const [subjects, scenario, json] = args();
  const result = await runScenario(
    subjects.split(",") as Subject[],
    scenario,
    json ? JSON.parse(json) : {},
  );
  console.log(`RESULT ${JSON.stringify(result)}`);
}
