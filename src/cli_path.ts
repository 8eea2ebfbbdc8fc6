/**
 * Finds the Copilot CLI to run when no `cliPath` is given.
 *
 * @module
 */

import { getCwd, getEnvVar, getPlatform, isFile, realPath } from "./runtime/env.ts";

/**
 * Resolves the CLI executable: env `COPILOT_CLI_PATH`, else the native
 * binary of `@github/copilot` in a `node_modules` folder above the working
 * directory or above this module, else `copilot` on `PATH`. The binary is
 * its platform package (`@github/copilot-linux-x64`...), found hoisted
 * beside it (npm, Bun) or next to its real folder (the links of Deno's and
 * pnpm's `node_modules`).
 *
 * @param cwd The directory to search from; default: the current one.
 * @returns A path, or `"copilot"` to look it up on `PATH`.
 */
export function resolveCliPath(cwd?: string): string {
  const fromEnv = getEnvVar("COPILOT_CLI_PATH");
  if (fromEnv) return fromEnv;
  const { os, arch } = getPlatform();
  const exe = os === "win32" ? "copilot.exe" : "copilot";
  const packages = os === "linux"
    ? [`copilot-linux-${arch}`, `copilot-linuxmusl-${arch}`]
    : [`copilot-${os}-${arch}`];
  for (const start of searchRoots(cwd)) {
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
  }
  return "copilot";
}

function searchRoots(cwd: string | undefined): string[] {
  const roots = [cwd ?? getCwd()];
  const url = import.meta.url;
  if (url.startsWith("file:")) {
    roots.push(decodeURIComponent(new URL(".", url).pathname).replace(/\/$/, ""));
  }
  return roots;
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
