/**
 * Installs the official SDK, pinned, into `scripts/bench/.official/` (outside
 * the root lockfile, which cannot hold it) and finds its entry point.
 *
 * Its optional platform packages (the bundled CLI runtime) are left out: the
 * benchmark runs the fake CLI through a custom `cliPath`.
 *
 * @module
 */

import { execFileSync } from "node:child_process";
import process from "node:process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The official SDK version benchmarked against. */
export const OFFICIAL_VERSION = "1.0.14";

/** Where it is installed. */
export const OFFICIAL_DIR = decodeURIComponent(new URL("./.official", import.meta.url).pathname);

const PACKAGE_DIR = join(OFFICIAL_DIR, "node_modules", "@github", "copilot-sdk");

/**
 * Installs the official SDK unless the pinned version is already there. Its
 * dependency koffi gets its prebuilt binary for this platform (a package of
 * its own, also optional), as a normal install on this platform would.
 *
 * @returns The file URL of its ESM entry point.
 * @throws {Error} npm failed (e.g. no registry).
 */
export function ensureOfficial(): string {
  const manifest = join(PACKAGE_DIR, "package.json");
  let installed: string | undefined;
  if (existsSync(manifest)) installed = JSON.parse(readFileSync(manifest, "utf8")).version;
  if (installed !== OFFICIAL_VERSION) {
    mkdirSync(OFFICIAL_DIR, { recursive: true });
    // A manifest of its own, so npm never touches the workspace's.
    writeFileSync(
      join(OFFICIAL_DIR, "package.json"),
      JSON.stringify(
        {
          private: true,
          description: "The official SDK, installed by scripts/bench/official.ts for the benchmark",
          dependencies: { "@github/copilot-sdk": OFFICIAL_VERSION },
        },
        null,
        2,
      ) + "\n",
    );
    console.error(`Installing @github/copilot-sdk@${OFFICIAL_VERSION} into ${OFFICIAL_DIR}...`);
    npm([]);
    const koffi = join(OFFICIAL_DIR, "node_modules", "koffi", "package.json");
    if (existsSync(koffi)) {
      const version = JSON.parse(readFileSync(koffi, "utf8")).version;
      const platform = `${process.platform}-${process.arch}`;
      try {
        npm([`@koromix/koffi-${platform}@${version}`]);
      } catch {
        console.error(`No koffi binary package for ${platform}: the size leaves it out`);
      }
    }
  }
  return pathToFileURL(join(PACKAGE_DIR, "dist", "index.js")).href;
}

function npm(packages: string[]): void {
  // Optional platform packages (the bundled CLI runtime) are left out: some
  // are missing from the registry, and the benchmark runs the fake CLI.
  execFileSync("npm", [
    "install",
    "--omit=optional",
    "--ignore-scripts",
    "--save-exact",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    "--prefix",
    OFFICIAL_DIR,
    ...packages,
  ], { stdio: ["ignore", "inherit", "inherit"] });
}

/** The folder whose `node_modules` holds the official SDK and its dependencies. */
export function officialModules(): string {
  return join(OFFICIAL_DIR, "node_modules");
}
