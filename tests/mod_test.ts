// The barrel stays clean: importing mod.ts loads no arktype (its import alone
// costs 300-500 ms) and no runtime API outside src/runtime/, whose shims are
// loaded on demand.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./_harness/cli_env.ts";
import { test } from "./_test.ts";

interface GraphModule {
  specifier: string;
  dependencies?: { specifier: string; code?: { span: unknown }; isDynamic?: boolean }[];
}

function moduleGraph(entry = "mod.ts"): GraphModule[] {
  const deno = join(ROOT, "node_modules", ".bin", "deno");
  const out = execFileSync(deno, ["info", "--json", entry], { cwd: ROOT, encoding: "utf8" });
  return JSON.parse(out).modules;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

test("mod.ts module graph contains no arktype", () => {
  const specifiers = moduleGraph().map((m) => m.specifier);
  assert.ok(specifiers.some((s) => s.endsWith("/src/tools.ts")), "the graph was read");
  assert.deepEqual(specifiers.filter((s) => /arktype|@ark\//.test(s)), []);
});

test("mod.ts module graph contains no session store driver: no postgres, no SQLite shim, no src/stores/", () => {
  const specifiers = moduleGraph().map((m) => m.specifier);
  assert.ok(specifiers.some((s) => s.endsWith("/src/_store_binding.ts")), "the graph was read");
  assert.deepEqual(specifiers.filter((s) => /postgres|sqlite|\/src\/stores\//.test(s)), []);
});

test("mod.ts imports runtime APIs only in src/runtime/ shims, which are loaded dynamically", () => {
  let shims = 0;
  for (const module of moduleGraph()) {
    const inShim = /\/src\/runtime\/(process|socket)_(deno|bun|node)\.ts$/.test(module.specifier);
    for (const dep of module.dependencies ?? []) {
      if (/^(node:|npm:|jsr:)/.test(dep.specifier)) {
        assert.ok(inShim, `${module.specifier} imports ${dep.specifier}`);
      }
      if (/(process|socket)_(deno|bun|node)\.ts$/.test(dep.specifier)) {
        shims++;
        assert.equal(
          dep.isDynamic,
          true,
          `${module.specifier} imports ${dep.specifier} statically`,
        );
      }
    }
  }
  assert.equal(shims, 6, "the process and socket shims of the three runtimes are in the graph");
});

test("src/testing.ts (the ./testing entry) loads its HTTP server shims dynamically, and no arktype", () => {
  const graph = moduleGraph("src/testing.ts");
  let shims = 0;
  for (const module of graph) {
    const inShim = /\/src\/runtime\/(process|socket|serve)_(deno|bun|node)\.ts$/.test(
      module.specifier,
    );
    for (const dep of module.dependencies ?? []) {
      if (/^(node:|npm:|jsr:)/.test(dep.specifier)) {
        assert.ok(inShim, `${module.specifier} imports ${dep.specifier}`);
      }
      if (/serve_(deno|bun|node)\.ts$/.test(dep.specifier)) {
        shims++;
        assert.equal(
          dep.isDynamic,
          true,
          `${module.specifier} imports ${dep.specifier} statically`,
        );
      }
    }
  }
  assert.equal(shims, 3, "the server shims of the three runtimes are in the graph");
  assert.deepEqual(graph.map((m) => m.specifier).filter((s) => /arktype|@ark\//.test(s)), []);
});

test("src/ outside src/runtime/ never names Deno, Bun or node: APIs", () => {
  const offenders = sourceFiles(join(ROOT, "src"))
    .filter((path) => !path.includes(`${join("src", "runtime")}`))
    .filter((path) => /\bDeno\.|\bBun\.|from "node:/.test(readFileSync(path, "utf8")));
  assert.deepEqual(offenders, []);
});
