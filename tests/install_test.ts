/**
 * The README's install before the first release, for Deno: an app whose
 * `deno.json` maps `@copilot-sdk/copilot` to this checkout's `mod.ts` runs,
 * and the SDK starts the CLI that `npm ci` put in the checkout's
 * `node_modules` (nothing on `PATH`, no `COPILOT_CLI_PATH`); the app is
 * type-checked, the `./types` subpath too. (The tarball for
 * Bun and npm is tested by `npm_build_test.ts`.)
 *
 * It runs the project's own deno whichever runtime runs the test, so it runs
 * once, under Node; under Deno and Bun it is skipped.
 */

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import process from "node:process";
import { test } from "./_test.ts";
import { ROOT, SHARED_CACHE } from "./_harness/cli_env.ts";

const g = globalThis as { Deno?: unknown; Bun?: unknown };
const underNode = !g.Deno && !g.Bun;

test(
  "README install: a Deno app with an import map to the checkout's mod.ts runs and finds the checkout's CLI (runs under Node only)",
  async () => {
    mkdirSync(SHARED_CACHE, { recursive: true });
    const home = mkdtempSync(join(tmpdir(), "copilot-sdk-install-"));
    try {
      const app = join(home, "app");
      mkdirSync(app);
      // A relative path, as in the README ("../copilot-sdk/mod.ts").
      const checkout = relative(app, ROOT).replaceAll("\\", "/");
      writeFileSync(
        join(app, "deno.json"),
        JSON.stringify({
          imports: {
            "@copilot-sdk/copilot": `${checkout}/mod.ts`,
            "@copilot-sdk/copilot/types": `${checkout}/src/types.ts`,
          },
        }),
      );
      writeFileSync(
        join(app, "main.ts"),
        [
          'import { CopilotClient } from "@copilot-sdk/copilot";',
          'import type { PingResult } from "@copilot-sdk/copilot/types";',
          "const client = new CopilotClient({ useLoggedInUser: false });",
          'const pong: PingResult = await client.ping("from the app");',
          "console.log(pong.message);",
          "await client.stop();",
        ].join("\n"),
      );
      const env: Record<string, string> = {
        PATH: "/usr/bin:/bin", // no copilot here
        HOME: home,
        COPILOT_HOME: join(home, ".copilot"),
        XDG_CACHE_HOME: SHARED_CACHE,
        NO_COLOR: "1",
      };
      if (process.env.DENO_DIR) env.DENO_DIR = process.env.DENO_DIR;
      const deno = join(ROOT, "node_modules", ".bin", "deno");
      const output = await new Promise<string>((resolve, reject) => {
        execFile(deno, ["run", "--check", "-A", "main.ts"], { cwd: app, env, timeout: 120_000 }, (
          error,
          stdout,
          stderr,
        ) => error ? reject(new Error(`${error.message}\n${stdout}${stderr}`)) : resolve(stdout));
      });
      assert.match(output, /pong: from the app/);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  },
  { ignore: !underNode },
);
