// resolveCliPath(): where the client looks for the Copilot CLI when no
// cliPath is given. Each test lays out a node_modules folder of its own.

import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { resolveCliPath } from "../src/cli_path.ts";
import { test } from "./_test.ts";

const PLATFORM = `copilot-${process.platform}-${process.arch}`;

/** Runs `fn` in a fresh temp folder with COPILOT_CLI_PATH unset. */
function inTempDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "copilot-cli-path-"));
  const saved = process.env.COPILOT_CLI_PATH;
  delete process.env.COPILOT_CLI_PATH;
  try {
    fn(dir);
  } finally {
    if (saved !== undefined) process.env.COPILOT_CLI_PATH = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}

function binary(path: string): string {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, "#!/bin/sh\n");
  chmodSync(path, 0o755);
  return path;
}

test("resolveCliPath() finds the platform binary hoisted in node_modules (npm, Bun), from a folder below", () => {
  inTempDir((dir) => {
    const exe = binary(join(dir, "node_modules", "@github", PLATFORM, "copilot"));
    const below = join(dir, "src", "app");
    mkdirSync(below, { recursive: true });
    assert.equal(resolveCliPath(below), exe);
  });
});

test("resolveCliPath() finds the platform binary beside the real folder of a linked @github/copilot (Deno, pnpm)", () => {
  inTempDir((dir) => {
    const store = join(dir, "node_modules", ".deno", "@github+copilot@1.0.102", "node_modules");
    mkdirSync(join(store, "@github", "copilot"), { recursive: true });
    const exe = binary(join(store, "@github", PLATFORM, "copilot"));
    mkdirSync(join(dir, "node_modules", "@github"), { recursive: true });
    symlinkSync(join(store, "@github", "copilot"), join(dir, "node_modules", "@github", "copilot"));
    assert.equal(resolveCliPath(dir), exe);
  });
});

test("resolveCliPath() prefers env COPILOT_CLI_PATH, and falls back to copilot on PATH", () => {
  inTempDir((dir) => {
    binary(join(dir, "node_modules", "@github", PLATFORM, "copilot"));
    process.env.COPILOT_CLI_PATH = "/opt/copilot/bin/copilot";
    try {
      assert.equal(resolveCliPath(dir), "/opt/copilot/bin/copilot");
    } finally {
      delete process.env.COPILOT_CLI_PATH;
    }
    rmSync(join(dir, "node_modules"), { recursive: true });
    // Nothing in the temp folder; the search also looks above the SDK's own
    // module, where this checkout's node_modules holds the real CLI.
    const found = resolveCliPath(dir);
    assert.ok(found === "copilot" || found.includes(join("node_modules", "@github")), found);
  });
});
