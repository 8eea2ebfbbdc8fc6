/**
 * Installed size with dependencies: the bytes of every file a user gets.
 * Ours: the files `deno.json` publishes plus arktype and its dependencies.
 * Official: `@github/copilot-sdk` plus its dependencies as npm installed
 * them, with koffi's binary for this platform but without the SDK's own
 * optional platform packages (the bundled CLI runtime).
 *
 * @module
 */

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readDenoJson } from "../_deno_json.ts";

/** Sizes in bytes, with the packages counted. */
export interface SizeReport {
  /** Our SDK's bytes. */
  ours: number;
  /** What they are made of: package or file name to bytes. */
  oursParts: Record<string, number>;
  /** The official SDK's bytes (0 when not installed). */
  official: number;
  /** What they are made of. */
  officialParts: Record<string, number>;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function bytesIn(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  let total = 0;
  for (const name of readdirSync(path)) {
    // A package's own nested dependencies are counted as packages of their own.
    if (name === "node_modules") continue;
    total += bytesIn(join(path, name));
  }
  return total;
}

/** Finds `name` the way Node does, from `from` up to `top`. */
function resolvePackage(name: string, from: string, top: string): string | undefined {
  for (let dir = from;; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dir === top || dir === dirname(dir)) return undefined;
  }
}

/** Adds `name` and its installed dependencies, each once, to `parts`. */
function addPackage(
  name: string,
  from: string,
  top: string,
  parts: Record<string, number>,
  seen: Set<string>,
): void {
  const dir = resolvePackage(name, from, top);
  if (!dir || seen.has(dir)) return;
  seen.add(dir);
  parts[name] = (parts[name] ?? 0) + bytesIn(dir);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  // Optional dependencies count when installed (koffi's binary for this platform).
  const deps = { ...manifest.optionalDependencies, ...manifest.dependencies };
  for (const dep of Object.keys(deps)) addPackage(dep, dir, top, parts, seen);
}

/**
 * Measures both SDKs.
 *
 * @param official Whether to measure the official SDK (installed by `official.ts`).
 * @returns The sizes.
 */
export function installedSize(official: boolean): SizeReport {
  const oursParts: Record<string, number> = {};
  const config = readDenoJson(join(ROOT, "deno.json"));
  for (const entry of config.publish?.include ?? ["mod.ts", "src/"]) {
    const path = join(ROOT, entry);
    if (existsSync(path)) oursParts[entry] = bytesIn(path);
  }
  const seen = new Set<string>();
  for (const specifier of Object.values(config.imports ?? {}) as string[]) {
    const match = /^npm:((?:@[^/]+\/)?[^@]+)/.exec(specifier);
    if (match) addPackage(match[1], ROOT, ROOT, oursParts, seen);
  }
  const officialParts: Record<string, number> = {};
  if (official) {
    const top = join(ROOT, "scripts", "bench", ".official");
    addPackage("@github/copilot-sdk", top, top, officialParts, new Set());
  }
  const sum = (parts: Record<string, number>) => Object.values(parts).reduce((a, b) => a + b, 0);
  return { ours: sum(oursParts), oursParts, official: sum(officialParts), officialParts };
}
