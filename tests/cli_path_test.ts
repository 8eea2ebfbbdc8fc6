// resolveCliPath(): where the client looks for the Copilot CLI when no
// cliPath is given. Each test lays out a node_modules folder of its own and
// passes the folder that stands for the SDK's own; called without one, the
// search starts from src/ of this checkout, whose node_modules holds the real
// CLI (npm ci).

import assert from "node:assert/strict";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { resolveCliPath } from "../src/cli_path.ts";
import { cliTestEnv, ROOT } from "./_harness/cli_env.ts";
import { test } from "./_test.ts";

const PLATFORM = `copilot-${process.platform}-${process.arch}`;

/** The CLI installed with the SDK in this checkout. */
const OWN_CLI = join(ROOT, "node_modules", "@github", PLATFORM, "copilot");

/** Runs `fn` in a fresh temp folder with COPILOT_CLI_PATH unset. */
function inTempDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "copilot-cli-path-"));
  const saved = process.env.COPILOT_CLI_PATH;
  delete process.env.COPILOT_CLI_PATH;
  try {
    fn(dir);
  } finally {
    if (saved !== undefined) process.env.COPILOT_CLI_PATH = saved;
    else delete process.env.COPILOT_CLI_PATH;
    rmSync(dir, { recursive: true, force: true });
  }
}

function binary(path: string, text = "#!/bin/sh\n"): string {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, 0o755);
  return path;
}

function folder(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}

test("resolveCliPath() finds the platform binary hoisted in node_modules above the SDK (npm, Bun)", () => {
  inTempDir((dir) => {
    const exe = binary(join(dir, "node_modules", "@github", PLATFORM, "copilot"));
    const sdk = folder(join(dir, "node_modules", "@copilot-sdk", "copilot", "esm", "src"));
    assert.equal(resolveCliPath(sdk), exe);
  });
});

test("resolveCliPath() finds the platform binary beside the real folder of a linked @github/copilot (Deno, pnpm)", () => {
  inTempDir((dir) => {
    // Deno: the SDK's checkout, with `"nodeModulesDir"` set.
    const store = join(dir, "node_modules", ".deno", "@github+copilot@1.0.102", "node_modules");
    folder(join(store, "@github", "copilot"));
    const exe = binary(join(store, "@github", PLATFORM, "copilot"));
    folder(join(dir, "node_modules", "@github"));
    symlinkSync(join(store, "@github", "copilot"), join(dir, "node_modules", "@github", "copilot"));
    assert.equal(resolveCliPath(folder(join(dir, "src"))), exe);
  });
  inTempDir((dir) => {
    // pnpm: the SDK in its own store folder, its peer @github/copilot linked beside it.
    const pnpm = join(dir, "node_modules", ".pnpm");
    const cli = join(pnpm, "@github+copilot@1.0.102", "node_modules");
    folder(join(cli, "@github", "copilot"));
    const exe = binary(join(cli, "@github", PLATFORM, "copilot"));
    const sdkStore = join(pnpm, "@copilot-sdk+copilot@0.1.0", "node_modules");
    const sdk = folder(join(sdkStore, "@copilot-sdk", "copilot", "esm", "src"));
    folder(join(sdkStore, "@github"));
    symlinkSync(join(cli, "@github", "copilot"), join(sdkStore, "@github", "copilot"));
    assert.equal(resolveCliPath(sdk), exe);
  });
});

test("resolveCliPath() never looks in the working directory: a binary planted under it is not chosen", () => {
  inTempDir((dir) => {
    binary(join(dir, "node_modules", "@github", PLATFORM, "copilot"));
    const cwd = folder(join(dir, "checkout"));
    binary(join(cwd, "node_modules", "@github", PLATFORM, "copilot"));
    const saved = process.cwd();
    process.chdir(cwd);
    try {
      assert.equal(resolveCliPath(), OWN_CLI);
    } finally {
      process.chdir(saved);
    }
  });
});

test("resolveCliPath() uses env COPILOT_CLI_PATH only when the SDK has no CLI of its own, then copilot on PATH", () => {
  inTempDir((dir) => {
    const elsewhere = folder(join(dir, "sdk-without-cli"));
    process.env.COPILOT_CLI_PATH = "/opt/copilot/bin/copilot";
    assert.equal(resolveCliPath(), OWN_CLI);
    assert.equal(resolveCliPath(elsewhere), "/opt/copilot/bin/copilot");
    delete process.env.COPILOT_CLI_PATH;
    assert.equal(resolveCliPath(elsewhere), "copilot");
  });
});

test("CopilotClient with no cliPath starts the SDK's own CLI, not one planted in its cwd", async () => {
  const t = await cliTestEnv();
  try {
    // The client's cwd is t.home; a CLI planted there would leave a mark and fail the start.
    const mark = join(t.home, "planted-cli-ran");
    binary(
      join(t.home, "node_modules", "@github", PLATFORM, "copilot"),
      `#!/bin/sh\ntouch '${mark}'\nexit 1\n`,
    );
    const saved = process.env.COPILOT_CLI_PATH;
    delete process.env.COPILOT_CLI_PATH;
    try {
      const client = t.client();
      await client.start();
      assert.match((await client.ping("hi")).message, /hi/);
    } finally {
      if (saved !== undefined) process.env.COPILOT_CLI_PATH = saved;
    }
    assert.equal(existsSync(mark), false);
  } finally {
    await t.close();
  }
});
