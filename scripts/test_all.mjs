#!/usr/bin/env node
// Runs the whole suite under Deno, Bun and Node 22 (the project's own copies
// from node_modules/.bin), after format, lint and type checks, and ends with
// one line counting every runtime's tests: "N passed, N failed, N skipped".
//
// Usage: node scripts/test_all.mjs [--only deno|bun|node] [test paths...]
// Plain JavaScript so that `npm test` needs nothing but Node to start.

import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "node_modules", ".bin");
const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}`, NO_COLOR: "1" };

const argv = process.argv.slice(2);
let only;
const paths = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--only") only = argv[++i];
  else paths.push(argv[i]);
}

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith("_test.ts") && !name.startsWith("_")) out.push(relative(root, path));
  }
  return out.sort();
}

const files = paths.length ? paths : findTests(join(root, "tests"));

function run(label, command, args) {
  return new Promise((resolve) => {
    console.log(`\n=== ${label}: ${command} ${args.join(" ")}`);
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    child.stdout.on("data", (d) => {
      process.stdout.write(d);
      text += d;
    });
    child.stderr.on("data", (d) => {
      process.stderr.write(d);
      text += d;
    });
    child.on("error", (error) => {
      console.error(`${label}: cannot run ${command}: ${error.message}`);
      resolve({ code: 127, text });
    });
    child.on("close", (code) => resolve({ code: code ?? 1, text }));
  });
}

function last(text, re) {
  const all = [...text.matchAll(re)];
  return all.length ? Number(all[all.length - 1][1]) : undefined;
}

const runners = {
  deno: {
    args: ["test", "-A", ...files],
    count(text) {
      const m = [
        ...text.matchAll(
          /(\d+) passed(?: \(\d+ steps?\))? \| (\d+) failed(?: \(\d+ steps?\))?(?: \| (\d+) ignored)?/g,
        ),
      ].pop();
      return m && { passed: +m[1], failed: +m[2], skipped: +(m[3] ?? 0) };
    },
  },
  bun: {
    args: ["test", "--timeout", "120000", ...files.map((f) => `./${f}`)],
    count(text) {
      const passed = last(text, /^\s*(\d+) pass$/gm);
      const failed = last(text, /^\s*(\d+) fail$/gm);
      if (passed === undefined || failed === undefined) return undefined;
      return { passed, failed, skipped: last(text, /^\s*(\d+) skip$/gm) ?? 0 };
    },
  },
  node: {
    args: ["--test", "--test-reporter=spec", ...files],
    count(text) {
      const passed = last(text, /^ℹ pass (\d+)$/gm) ?? last(text, /^# pass (\d+)$/gm);
      const failed = last(text, /^ℹ fail (\d+)$/gm) ?? last(text, /^# fail (\d+)$/gm);
      if (passed === undefined || failed === undefined) return undefined;
      const skipped = (last(text, /^ℹ skipped (\d+)$/gm) ?? 0) +
        (last(text, /^ℹ todo (\d+)$/gm) ?? 0);
      return { passed, failed, skipped };
    },
  },
};

const total = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

if (!only) {
  for (
    const [label, command, args] of [
      ["format", "deno", ["fmt", "--check"]],
      ["lint", "deno", ["lint"]],
      ["type check", "deno", ["check", "mod.ts", "src/", "tests/", "examples/", "scripts/"]],
      ["generated types", "deno", ["run", "-A", "scripts/generate_types.ts", "--check"]],
      ["tsc type tests", "node", ["scripts/tsc_check.mjs"]],
    ]
  ) {
    const { code } = await run(label, command, args);
    if (code !== 0) problems.push(`${label} failed (exit ${code})`);
  }
}

for (const [name, runner] of Object.entries(runners)) {
  if (only && only !== name) continue;
  const { code, text } = await run(name, name, runner.args);
  const counts = runner.count(text);
  if (!counts) {
    problems.push(`${name}: could not read the test counts (exit ${code})`);
    total.failed += 1;
    continue;
  }
  console.log(
    `--- ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  if (code !== 0 && counts.failed === 0) {
    problems.push(`${name} exited with ${code}`);
    total.failed += 1;
  }
}

console.log("");
for (const problem of problems) console.log(`problem: ${problem}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || problems.length > 0 ? 1 : 0);
