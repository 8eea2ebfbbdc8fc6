#!/usr/bin/env node
// Type-checks files with the project's own tsc (node_modules/.bin), with no
// tsconfig.json: strict, Node's module resolution, `.ts` import extensions,
// and only erasable syntax (what Node 22 can run by stripping types).
//
// Usage: node scripts/tsc_check.mjs [files...]   (default: the type tests)
// Plain JavaScript so that it needs nothing but Node to start.

import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = process.argv.slice(2);
const args = [
  "--noEmit",
  "--strict",
  "--target",
  "es2022",
  "--module",
  "nodenext",
  "--moduleResolution",
  "nodenext",
  "--allowImportingTsExtensions",
  "--erasableSyntaxOnly",
  "--verbatimModuleSyntax",
  "--skipLibCheck",
  ...(files.length ? files : ["tests/generated/types_test.ts", "tests/api_types_test.ts"]),
];

const tsc = join(root, "node_modules", ".bin", "tsc");
console.log(`tsc ${args.join(" ")}`);
const { status, error } = spawnSync(tsc, args, { cwd: root, stdio: "inherit" });
if (error) {
  console.error(`Cannot run "${tsc}": ${error.message}`);
  process.exit(127);
}
process.exit(status ?? 1);
