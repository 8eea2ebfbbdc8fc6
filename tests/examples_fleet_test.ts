/**
 * Runs examples/fleet.ts (two worker processes, two homes, two CLIs) with
 * the runtime running this test, against a throwaway PostgreSQL server and
 * the built-in demo model.
 */

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { promisify } from "node:util";
import { ROOT, SHARED_CACHE } from "./_harness/cli_env.ts";
import { startPostgres } from "./_harness/postgres.ts";
import { test } from "./_test.ts";

const run = promisify(execFile);

test("examples/fleet.ts: a conversation begun on worker A continues on worker B through PostgreSQL, with its history", async () => {
  mkdirSync(SHARED_CACHE, { recursive: true });
  const postgres = await startPostgres();
  const home = mkdtempSync(join(tmpdir(), "copilot-sdk-example-"));
  try {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: home,
      XDG_CACHE_HOME: SHARED_CACHE,
      NO_COLOR: "1",
      DATABASE_URL: postgres.url,
    };
    if (process.env.DENO_DIR) env.DENO_DIR = process.env.DENO_DIR;
    const deno = (globalThis as { Deno?: { execPath(): string } }).Deno;
    const file = join(ROOT, "examples", "fleet.ts");
    const [command, args] = deno
      ? [deno.execPath(), ["run", "-A", file]]
      : [process.execPath, [file]];
    const { stdout } = await run(command, args, { cwd: ROOT, env, timeout: 120_000 });
    const a = stdout.match(/\[worker-a\] session (\S+): (.*)/);
    const b = stdout.match(/\[worker-b\] session (\S+): (.*)/);
    assert.ok(a && b, stdout);
    assert.equal(a[1], b[1], "the same session");
    assert.match(a[2], /2 \+ 2 = 4/);
    assert.match(b[2], /Before this you asked: "What is 2\+2\?"/);
  } finally {
    rmSync(home, { recursive: true, force: true });
    postgres.close();
  }
});
