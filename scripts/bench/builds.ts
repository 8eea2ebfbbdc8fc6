/**
 * JavaScript builds of `mod.ts` for timing the cold import on Node without
 * its load-time type stripping:
 *
 * - `importJs`: every module as its own `.js` file, as Node users install
 *   it: the project's npm build (`scripts/build_npm.ts`, `tsc` output). When
 *   that cannot run, the same modules with their types stripped ahead of time
 *   by Node's own `module.stripTypeScriptTypes` (the transform Node applies
 *   at load time) and `.ts` specifiers rewritten to `.js`.
 * - `importBundle`: the graph in one file, by `deno bundle` (full runs only;
 *   skipped when it cannot run).
 *
 * @module
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const NPM_BUILD = join(ROOT, "scripts", "build_npm.ts");

/** Relative `.ts` specifiers in static and dynamic imports and re-exports. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']+)\.ts\2/g;

/** A build to import, and the metric its import time goes to. */
export interface JsBuild {
  /** `importJs` or `importBundle`. */
  metric: string;
  /** Its `mod.js`, as a file URL. */
  entry: string;
}

type Strip = (code: string, options?: { mode?: "strip" }) => string;

/**
 * Writes the per-file JavaScript copy of `mod.ts` and what it imports.
 *
 * @param outDir Where to write it (emptied first).
 * @param strip Node's `stripTypeScriptTypes`.
 * @returns The path of `mod.js`.
 */
export function stripToJs(outDir: string, strip: Strip): string {
  rmSync(outDir, { recursive: true, force: true });
  const seen = new Set<string>();
  const queue = [join(ROOT, "mod.ts")];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const js = strip(readFileSync(file, "utf8"), { mode: "strip" });
    // Type-only imports are gone after stripping: follow only what is left.
    const out = js.replace(SPECIFIER, (_, lead, quote, path) => {
      queue.push(resolve(dirname(file), `${path}.ts`));
      return `${lead}${quote}${path}.js${quote}`;
    });
    const target = join(outDir, relative(ROOT, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out);
  }
  writeFileSync(join(outDir, "package.json"), '{ "type": "module" }\n');
  return join(outDir, "mod.js");
}

/**
 * Makes the builds this runtime can make.
 *
 * @param dir Where to put them.
 * @param quick Skip the bundle (it may have to download esbuild).
 * @param log Progress and skip notes.
 * @returns The builds made.
 */
export async function jsBuilds(
  dir: string,
  quick: boolean,
  log: (line: string) => void,
): Promise<JsBuild[]> {
  const builds: JsBuild[] = [];
  // The npm build itself when the project has one; else the stripped copy.
  const npm = join(dir, "npm");
  const built = existsSync(NPM_BUILD) &&
    spawnSync("deno", ["run", "-A", NPM_BUILD, "--out", npm], { cwd: ROOT, encoding: "utf8" })
        .status === 0 &&
    existsSync(join(npm, "mod.js"));
  const { stripTypeScriptTypes } = await import("node:module") as { stripTypeScriptTypes?: Strip };
  if (built) {
    builds.push({ metric: "importJs", entry: pathToFileURL(join(npm, "mod.js")).href });
  } else if (typeof stripTypeScriptTypes === "function") {
    // Silence its "experimental" warning: it would go to this process's stderr.
    const strip: Strip = (code, options) => {
      // deno-lint-ignore no-explicit-any
      const process = (globalThis as any).process;
      const emit = process.emitWarning;
      process.emitWarning = () => {};
      try {
        return stripTypeScriptTypes(code, options);
      } finally {
        process.emitWarning = emit;
      }
    };
    builds.push({
      metric: "importJs",
      entry: pathToFileURL(stripToJs(join(dir, "js"), strip)).href,
    });
  } else {
    log("importJs skipped: this runtime has no module.stripTypeScriptTypes");
  }
  if (!quick) {
    const out = join(dir, "bundle", "mod.js");
    rmSync(dirname(out), { recursive: true, force: true });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(join(dirname(out), "package.json"), '{ "type": "module" }\n');
    const run = spawnSync("deno", ["bundle", "--quiet", join(ROOT, "mod.ts"), "-o", out], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (run.status === 0) builds.push({ metric: "importBundle", entry: pathToFileURL(out).href });
    else log(`importBundle skipped: deno bundle failed: ${(run.stderr ?? "").trim().slice(-300)}`);
  }
  return builds;
}
