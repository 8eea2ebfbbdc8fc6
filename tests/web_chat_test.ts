/**
 * examples/web_chat.ts in a real browser: Debian's Chromium, headless,
 * driven by playwright-core. The example server runs as a child process on a
 * random port, with the runtime running this test (so `node --test` tests it
 * on `node:http` with the adapter, `deno test` on `Deno.serve`, `bun test` on
 * `Bun.serve`), against the real CLI and the built-in demo model, with a
 * fresh HOME and no GitHub token. The page gets a prompt, shows the tool call
 * with its permission and the streamed answer, and its Stop button ends a
 * long turn, which the server sees aborted. A browser or server that does not
 * start fails the test.
 */

import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { test } from "./_test.ts";
import { exampleEnv, ROOT, SHARED_CACHE } from "./_harness/cli_env.ts";

const g = globalThis as { Deno?: unknown; Bun?: unknown };
/** The runtime running this test: it runs the example server too. */
const RUNTIME = g.Deno ? "deno" : g.Bun ? "bun" : "node";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** How long the page may take to show a step (the CLI starts on the first prompt). */
const STEP_MS = 60_000;

/** The example server, running. */
interface Server {
  url: string;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves when it printed a line matching `pattern`; rejects if it exits first. */
  printed(pattern: RegExp): Promise<void>;
  stop(): Promise<void>;
}

/** The command that runs examples/web_chat.ts under each runtime. */
const RUNTIMES: Record<string, string[]> = {
  node: [join(ROOT, "node_modules", ".bin", "node")],
  deno: [join(ROOT, "node_modules", ".bin", "deno"), "run", "-A"],
  bun: [join(ROOT, "node_modules", ".bin", "bun")],
};

async function startServer(runtime: string, home: string): Promise<Server> {
  const env = exampleEnv(home, { PORT: "0" });
  const [command, ...args] = RUNTIMES[runtime];
  const child: ChildProcess = spawn(command, [...args, join(ROOT, "examples", "web_chat.ts")], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  const watchers = new Set<() => void>();
  const onData = (chunk: string) => {
    output += chunk;
    for (const watcher of watchers) watcher();
  };
  child.stdout!.setEncoding("utf8").on("data", onData);
  child.stderr!.setEncoding("utf8").on("data", onData);
  child.on("error", (error) => onData(`\n(spawn failed: ${error.message})\n`));

  function printed(pattern: RegExp): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!pattern.test(output)) return;
        watchers.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        watchers.delete(check);
        reject(new Error(`The ${runtime} server did not print ${pattern}; it printed:\n${output}`));
      }, STEP_MS);
      watchers.add(check);
      exited.then((code) => {
        if (!watchers.has(check)) return;
        watchers.delete(check);
        clearTimeout(timer);
        reject(new Error(`The ${runtime} server exited (${code}) before ${pattern}:\n${output}`));
      });
      check();
    });
  }

  async function stop(): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM"); // it stops its client (and with it the CLI) and exits
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  }

  try {
    await printed(/Web chat on (http:\/\/127\.0\.0\.1:\d+\/)/);
  } catch (error) {
    await stop();
    throw error;
  }
  const url = /Web chat on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)![1];
  return { url, output: () => output, printed, stop };
}

async function openBrowser(profile: string): Promise<BrowserContext> {
  const { chromium } = await import("playwright-core");
  return await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/** Waits until the last element matching `selector` holds `text`. */
async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([selector, text]) => {
      // (Runs in the page; this file is not type-checked with the DOM's types.)
      // deno-lint-ignore no-explicit-any
      const all = (globalThis as any).document.querySelectorAll(selector);
      return all[all.length - 1]?.textContent?.includes(text) ?? false;
    },
    [selector, text],
  );
}

async function ask(page: Page, prompt: string): Promise<void> {
  await page.fill("#prompt", prompt);
  await page.click("#send");
}

test(
  `examples/web_chat.ts served by ${RUNTIME} in Chromium: the page streams the answer, shows the tool call and its permission, and Stop aborts a long turn`,
  async () => {
    mkdirSync(SHARED_CACHE, { recursive: true });
    const home = mkdtempSync(join(tmpdir(), "copilot-sdk-web-chat-"));
    let server: Server | undefined;
    let browser: BrowserContext | undefined;
    try {
      server = await startServer(RUNTIME, home);
      browser = await openBrowser(join(home, "chromium-profile"));
      const page = browser.pages()[0] ?? await browser.newPage();
      page.setDefaultTimeout(STEP_MS);
      await page.goto(server.url);
      assert.equal(await page.textContent("h1"), "Copilot web chat");

      // A tool call (the built-in view tool, allowed by the server) and its answer.
      await ask(page, "What is in README.md?");
      await waitForText(page, ".tool", "🔧 view");
      await waitForText(page, "#status", "done");
      assert.match((await page.locator(".tool").last().textContent()) ?? "", /README\.md.* ✓$/);
      const answer = await page.locator(".assistant").last().textContent();
      assert.match(
        answer ?? "",
        /\[demo model\] I read README\.md with the view tool .*It begins "# @copilot-sdk\/copilot"/,
      );
      await server.printed(/\[server\] allowed: read .*README\.md/);
      // The permission the server gave, as the page shows it.
      assert.match(
        (await page.locator(".permission").last().textContent()) ?? "",
        /🔒 Read file: .*README\.md → approved/,
      );

      // A long turn: its text streams in while the turn goes on; Stop ends it.
      await ask(page, "Tell me a long story");
      const story = page.locator(".assistant").last();
      await waitForText(page, ".assistant", "Chapter 1.");
      assert.equal(await page.textContent("#status"), "streaming");
      assert.equal(await page.isEnabled("#stop"), true);
      await page.click("#stop");
      await waitForText(page, "#status", "stopped");
      await waitForText(page, ".note", "(stopped)");
      assert.doesNotMatch((await story.textContent()) ?? "", /The end\./);
      // The server's request signal aborted, and with it the turn in the CLI.
      await server.printed(/\[server\] turn aborted/);

      // The session goes on.
      await ask(page, "What is 2+2?");
      await waitForText(page, ".assistant", "[demo model] 2 + 2 = 4");
      await waitForText(page, "#status", "done");
    } finally {
      await browser?.close();
      await server?.stop();
      rmSync(home, { recursive: true, force: true });
    }
  },
);
