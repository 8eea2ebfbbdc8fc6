/**
 * Environment, working directory, platform and file checks, on any runtime.
 *
 * @module
 */

import { detectRuntime } from "./detect.ts";

interface NodeProcess {
  env: Record<string, string | undefined>;
  cwd(): string;
  platform: string;
  arch: string;
  getBuiltinModule?(id: string): unknown;
}

/** The part of the `Deno` namespace used here (typed locally so tsc needs no Deno types). */
interface DenoEnvApi {
  env: {
    toObject(): Record<string, string>;
    get(name: string): string | undefined;
    set(name: string, value: string): void;
  };
  cwd(): string;
  build: { os: string; arch: string };
  statSync(path: string): { isFile: boolean; isDirectory: boolean };
  realPathSync(path: string): string;
}

function deno(): DenoEnvApi {
  return (globalThis as unknown as { Deno: DenoEnvApi }).Deno;
}

interface NodeFs {
  statSync(
    path: string,
    options: { throwIfNoEntry: false },
  ): { isFile(): boolean; isDirectory(): boolean } | undefined;
  realpathSync(path: string): string;
}

function nodeProcess(): NodeProcess {
  return (globalThis as unknown as { process: NodeProcess }).process;
}

/**
 * The whole environment of this process.
 *
 * @returns A copy of the environment variables.
 */
export function getEnv(): Record<string, string> {
  if (detectRuntime() === "deno") return deno().env.toObject();
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(nodeProcess().env)) {
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * One environment variable.
 *
 * @param name The variable's name.
 * @returns Its value, or `undefined` when unset or not readable.
 */
export function getEnvVar(name: string): string | undefined {
  if (detectRuntime() === "deno") {
    try {
      return deno().env.get(name);
    } catch {
      return undefined;
    }
  }
  return nodeProcess().env[name];
}

/**
 * Sets one environment variable of this process.
 *
 * @param name The variable's name.
 * @param value Its value.
 */
export function setEnvVar(name: string, value: string): void {
  if (detectRuntime() === "deno") deno().env.set(name, value);
  else nodeProcess().env[name] = value;
}

/**
 * The current working directory.
 *
 * @returns The absolute path.
 */
export function getCwd(): string {
  return detectRuntime() === "deno" ? deno().cwd() : nodeProcess().cwd();
}

/**
 * The operating system and CPU in Node's spelling (`linux`/`darwin`/`win32`,
 * `x64`/`arm64`), as used in npm platform package names.
 *
 * @returns The platform and architecture.
 */
export function getPlatform(): { os: string; arch: string } {
  if (detectRuntime() === "deno") {
    const { build } = deno();
    const os = build.os === "windows" ? "win32" : build.os;
    const arch = build.arch === "x86_64" ? "x64" : "arm64";
    return { os, arch };
  }
  const p = nodeProcess();
  return { os: p.platform, arch: p.arch };
}

/**
 * Tells whether a regular file exists at `path`.
 *
 * @param path The path to check.
 * @returns `true` for an existing file; `false` otherwise or when it cannot be checked.
 */
export function isFile(path: string): boolean {
  return pathKind(path) === "file";
}

/**
 * What is at `path` (links followed).
 *
 * @param path The path to check.
 * @returns `"file"`, `"directory"`, `"other"`, or `undefined` when nothing
 *   is there or it cannot be checked.
 */
export function pathKind(path: string): "file" | "directory" | "other" | undefined {
  try {
    if (detectRuntime() === "deno") {
      const stat = deno().statSync(path);
      return stat.isFile ? "file" : stat.isDirectory ? "directory" : "other";
    }
    const fs = nodeProcess().getBuiltinModule?.("node:fs") as NodeFs | undefined;
    const stat = fs?.statSync(path, { throwIfNoEntry: false });
    if (!stat) return undefined;
    return stat.isFile() ? "file" : stat.isDirectory() ? "directory" : "other";
  } catch {
    return undefined;
  }
}

/**
 * The path with every symbolic link resolved.
 *
 * @param path A path.
 * @returns The real path, or `undefined` when there is nothing there.
 */
export function realPath(path: string): string | undefined {
  try {
    if (detectRuntime() === "deno") return deno().realPathSync(path);
    const fs = nodeProcess().getBuiltinModule?.("node:fs") as NodeFs | undefined;
    return fs?.realpathSync(path);
  } catch {
    return undefined;
  }
}
