/**
 * Reads the project's `deno.json`. Deno takes comments and trailing commas
 * there (JSONC), so it is parsed with `jsonc-parser` (the parser VS Code uses
 * for its own settings files), not `JSON.parse`.
 *
 * @module
 */

import jsonc, { type ParseError } from "jsonc-parser";
import { readFileSync } from "node:fs";

/** The fields of `deno.json` the scripts read. */
export interface DenoJson {
  /** The package name. */
  name?: string;
  /** The package version. */
  version?: string;
  /** The import map. */
  imports?: Record<string, string>;
  /** What `deno publish` includes. */
  publish?: { include?: string[]; exclude?: string[] };
  /** The license. */
  license?: string;
  /** The entry points: one path, or paths by subpath (`"."`, `"./types"`...). */
  exports?: string | Record<string, string>;
}

/**
 * The entry points of a `deno.json`, by subpath (`"."` is the root).
 *
 * @param deno The parsed `deno.json`.
 * @returns Each subpath and its source file, e.g. `{ ".": "./mod.ts" }`.
 */
export function entryPoints(deno: DenoJson): Record<string, string> {
  const exports = deno.exports ?? "./mod.ts";
  return typeof exports === "string" ? { ".": exports } : exports;
}

/**
 * Parses the `deno.json` at `path`.
 *
 * @param path Where it is.
 * @returns Its contents.
 * @throws {SyntaxError} It is not valid JSONC; the message says where.
 */
export function readDenoJson(path: string): DenoJson {
  const text = readFileSync(path, "utf8");
  const errors: ParseError[] = [];
  const value = jsonc.parse(text, errors, { allowTrailingComma: true });
  if (errors.length) {
    const { error, offset } = errors[0];
    throw new SyntaxError(
      `${path} is not valid JSONC: ${jsonc.printParseErrorCode(error)} at offset ${offset}`,
    );
  }
  return value as DenoJson;
}
