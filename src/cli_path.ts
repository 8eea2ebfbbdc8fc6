/**
 * Finds the Copilot CLI to run when no `cliPath` is given.
 *
 * @module
 */

import { getEnvVar, getPlatform, isFile, realPath } from "./runtime/env.ts";

/**
 * Resolves the CLI executable when no `cliPath` is given, in this order:
 *
 * 1. The CLI installed with the SDK: the native binary of `@github/copilot`
 *    in a `node_modules` folder above this module. The binary is its
 *    platform package (`@github/copilot-linux-x64`...), found hoisted beside
 *    it (npm, Bun) or next to its real folder (the links of Deno's and pnpm's
 *    `node_modules`).
 * 2. env `COPILOT_CLI_PATH`.
 * 3. `copilot` on `PATH`.
 *
 * Nothing is looked for from the working directory: a checkout the CLI is
 * run in could plant a `node_modules/@github/copilot-*` binary of its own.
 * An SDK loaded over HTTP (from JSR by Deno) is in no folder, so step 1
 * finds nothing.
 *
 * @param sdkDir The folder to search from in step 1. Default: this module's
 * own; tests pass another to stand for an SDK without a CLI of its own.
 * @returns A path, or `"copilot"` to look it up on `PATH`.
 */
export function resolveCliPath(sdkDir: string | undefined = moduleDir()): string {
  return (sdkDir === undefined ? undefined : findInstalledCli(sdkDir)) ??
    getEnvVar("COPILOT_CLI_PATH") ?? "copilot";
}

/** The platform binary of an `@github/copilot` in a `node_modules` folder above `start`. */
function findInstalledCli(start: string): string | undefined {
  const { os, arch } = getPlatform();
  const exe = os === "win32" ? "copilot.exe" : "copilot";
  const packages = os === "linux"
    ? [`copilot-linux-${arch}`, `copilot-linuxmusl-${arch}`]
    : [`copilot-${os}-${arch}`];
  for (const dir of ancestors(start)) {
    const scope = `${dir}/node_modules/@github`;
    for (const name of packages) {
      const candidate = `${scope}/${name}/${exe}`;
      if (isFile(candidate)) return candidate;
    }
    const copilot = realPath(`${scope}/copilot`);
    if (copilot === undefined) continue;
    // The scope folder the package really lives in, where its dependencies are linked.
    const realScope = copilot.slice(
      0,
      Math.max(copilot.lastIndexOf("/"), copilot.lastIndexOf("\\")),
    );
    for (const name of packages) {
      for (
        const candidate of [
          `${realScope}/${name}/${exe}`,
          `${copilot}/node_modules/@github/${name}/${exe}`,
        ]
      ) {
        if (isFile(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/** This module's folder, or `undefined` when it was not loaded from a file. */
function moduleDir(): string | undefined {
  const url = import.meta.url;
  if (!url.startsWith("file:")) return undefined;
  return decodeURIComponent(new URL(".", url).pathname).replace(/\/$/, "");
}

function* ancestors(path: string): Generator<string> {
  let dir = path.replace(/[\\/]+$/, "");
  for (;;) {
    yield dir || "/";
    const cut = Math.max(dir.lastIndexOf("/"), dir.lastIndexOf("\\"));
    if (cut < 0 || dir === "") return;
    dir = dir.slice(0, cut);
  }
}
