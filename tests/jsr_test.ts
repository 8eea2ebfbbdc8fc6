/**
 * The JSR package: `deno publish --dry-run` passes (no slow types, only the
 * published files), `deno doc --lint mod.ts` passes (every export documented,
 * no reference to a type that is not exported), and every `@example` in
 * `mod.ts` and `src/` type-checks and runs under `deno test --doc` (those
 * marked `ignore` need a live CLI and are skipped).
 *
 * These run the project's own deno whichever runtime runs the test, so they
 * run once, under Node; under Deno and Bun they are skipped.
 */

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { test } from "./_test.ts";
import { ROOT } from "./_harness/cli_env.ts";
import { entryPoints, readDenoJson } from "../scripts/_deno_json.ts";

const g = globalThis as { Deno?: unknown; Bun?: unknown };
const underNode = !g.Deno && !g.Bun;
const DENO = join(ROOT, "node_modules", ".bin", "deno");
/** The package's entry points (`deno.json` `exports`): `mod.ts`, `src/types.ts`, `src/jsonrpc.ts`. */
const ENTRIES = Object.values(entryPoints(readDenoJson(join(ROOT, "deno.json"))));

/** Runs the project's deno in the repository root: exit code and everything it printed. */
function deno(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    execFile(DENO, args, {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
      timeout: 300_000,
      maxBuffer: 64 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: unknown }).code : 0;
      if (typeof code !== "number") reject(error);
      else resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

test(
  "deno publish --dry-run passes and publishes only mod.ts, src/ and the docs (runs under Node only)",
  async () => {
    const { code, output } = await deno(["publish", "--dry-run", "--allow-dirty"]);
    assert.equal(code, 0, output);
    assert.match(output, /Dry run complete/);
    const published = [...output.matchAll(/^\s+(file:\/\/\S+) \(/gm)]
      .map((m) => fileURLToPath(m[1]).slice(ROOT.length));
    assert.ok(published.includes("mod.ts"), output);
    const strays = published.filter((path) =>
      !path.startsWith("src/") &&
      !["mod.ts", "deno.json", "README.md", "LICENSE", "CHANGELOG.md"].includes(path)
    );
    assert.deepEqual(strays, [], "nothing but mod.ts, src/, deno.json and the docs is published");
  },
  { ignore: !underNode },
);

test(
  "deno doc --lint over every entry point (., ./types, ./jsonrpc, ./testing...) finds no documentation problem (runs under Node only)",
  async () => {
    for (const entry of ["./mod.ts", "./src/types.ts", "./src/jsonrpc.ts", "./src/testing.ts"]) {
      assert.ok(ENTRIES.includes(entry), `${entry} is an entry point`);
    }
    const { code, output } = await deno(["doc", "--lint", ...ENTRIES]);
    assert.equal(code, 0, output);
  },
  { ignore: !underNode },
);

test(
  "deno doc mod.ts lists at most 700 symbols, opens with CopilotClient, and leaves the RPC method types and the JSON-RPC engine to their subpaths (runs under Node only)",
  async () => {
    const { code, output } = await deno(["doc", "--json", "mod.ts"]);
    assert.equal(code, 0, output);
    const symbols: { name: string }[] = Object.values(
      JSON.parse(output).nodes as Record<string, { symbols: { name: string }[] }>,
    )[0].symbols;
    const names = new Set(symbols.map((s) => s.name));
    assert.ok(symbols.length <= 700, `mod.ts exports ${symbols.length} symbols`);
    for (const name of ["CopilotClient", "CopilotSession", "defineTool", "SessionEvent"]) {
      assert.ok(names.has(name), name);
    }
    for (
      const name of ["Connection", "encodeFrame", "ServerMethods", "SessionModelSwitchToParams"]
    ) {
      assert.ok(!names.has(name), `${name} is exported from the root`);
    }
    assert.equal(symbols[0].name, "CopilotClient");
    const types = await deno(["doc", "--json", "src/types.ts"]);
    assert.match(types.output, /"SessionModelSwitchToParams"/);
  },
  { ignore: !underNode },
);

test(
  "deno test --doc type-checks and runs every @example in mod.ts and src/ (runs under Node only)",
  async () => {
    const { code, output } = await deno(["test", "--doc", ...ENTRIES, "src/"]);
    assert.equal(code, 0, output);
    assert.match(output, /ok \| \d+ passed \| 0 failed/);
  },
  { ignore: !underNode },
);
