/**
 * The npm package, as a Node user gets it: `scripts/build_npm.ts` builds it
 * into a temp folder, `npm pack` packs it, and `npm install` installs the
 * tarball (offline: the package has no required dependencies) into a temp
 * project. That project then runs a full turn (with an arktype tool) against
 * the real Copilot CLI and the scripted model server, on the two Node
 * versions the package supports: the project's Node 22 (`node_modules/.bin/node`)
 * and Node 24 (the dev dependency `node24`, npm's `node` package at 24.x),
 * and `tsc` type-checks a consumer `.ts` file against the installed
 * declarations. (Node 20 reached end of life in April 2026.)
 *
 * The CLI and arktype are the optional peers of the package; the project gets
 * them as an app would have them installed, by links to this repository's
 * copies in its `node_modules` (no registry access), and the SDK finds the CLI
 * there by itself.
 *
 * It runs once, under Node (the work is the same whichever runtime runs the
 * test: it spawns deno, npm, node and tsc); under Deno and Bun it is skipped.
 */

import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { test } from "./_test.ts";
import { cliTestEnv, ROOT } from "./_harness/cli_env.ts";
import type { RecordedRequest, ScriptedReply } from "./_harness/model_server.ts";

const g = globalThis as { Deno?: unknown; Bun?: unknown };
const underNode = !g.Deno && !g.Bun;
const BIN = join(ROOT, "node_modules", ".bin");

/** The major version of a Node binary, checked so that a wrong install fails loudly. */
function nodeMajor(path: string): string {
  assert.ok(existsSync(path), `${path} is missing: run npm ci`);
  return execFileSync(path, ["--version"], { encoding: "utf8" }).trim().replace(
    /^v(\d+)\..*$/s,
    "$1",
  );
}

/** Runs a command; resolves with its stdout, rejects with everything it printed. */
function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; timeout?: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      timeout: options.timeout ?? 120_000,
      maxBuffer: 16 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      if (error) {
        reject(
          new Error(
            `Cannot run "${command} ${args.join(" ")}": ${error.message}\n` +
              `stdout:\n${stdout}\nstderr:\n${stderr}`,
          ),
        );
      } else {
        resolve(stdout);
      }
    });
  });
}

/** The consumer program: one turn in which the model calls an arktype tool. */
const RUN_MJS = `
import { type } from "arktype";
import { approveAll, CopilotClient, defineTool } from "@copilot-sdk/copilot";

const getWeather = defineTool("get_weather", {
  description: "Get the weather in a city",
  parameters: type({ city: "string" }),
  handler: ({ city }) => \`Sunny in \${city}\`,
});
const client = new CopilotClient({ useLoggedInUser: false });
try {
  const session = await client.createSession({
    model: process.env.MODEL,
    provider: { type: "openai", baseUrl: process.env.MODEL_URL, apiKey: "test" },
    tools: [getWeather],
    onPermissionRequest: approveAll,
  });
  const reply = await session.sendAndWait(
    { prompt: "What is the weather in Paris?" },
    { timeout: 90_000 },
  );
  console.log(JSON.stringify({ node: process.version, content: reply?.data.content }));
  await session.destroy();
} finally {
  await client.stop();
}
`;

/**
 * An extension of the consumer project (`.github/extensions/weather/extension.mjs`),
 * which the CLI runs with its own Node: it finds the SDK in the project's
 * `node_modules`, joins the session and declares a tool; it writes `joined`
 * beside itself once in.
 */
const EXTENSION_MJS = `
import { writeFileSync } from "node:fs";
import { defineTool } from "@copilot-sdk/copilot";
import { joinSession } from "@copilot-sdk/copilot/extension";

await joinSession({
  tools: [defineTool("ext_weather", {
    description: "Get the weather in a city, from the extension",
    parameters: { type: "object", properties: { city: { type: "string" } } },
    skipPermission: true,
    handler: ({ city }) => \`Snow in \${city} (\${process.version})\`,
  })],
});
writeFileSync(new URL("./joined", import.meta.url), "");
`;

/** The consumer program of the extension: a session that starts it, and one turn. */
const RUN_EXTENSION_MJS = `
import { existsSync } from "node:fs";
import { approveAll, CopilotClient } from "@copilot-sdk/copilot";

const client = new CopilotClient({ useLoggedInUser: false });
try {
  const session = await client.createSession({
    model: process.env.MODEL,
    provider: { type: "openai", baseUrl: process.env.MODEL_URL, apiKey: "test" },
    requestExtensions: true,
    onPermissionRequest: approveAll,
  });
  const joined = new URL("./.github/extensions/weather/joined", import.meta.url);
  for (let i = 0; i < 300 && !existsSync(joined); i++) await new Promise((r) => setTimeout(r, 100));
  const reply = await session.sendAndWait({ prompt: "Weather in Oslo?" }, { timeout: 90_000 });
  console.log(JSON.stringify({ content: reply?.data.content }));
} finally {
  await client.stop();
}
`;

/** A consumer TypeScript file, type-checked against the installed declarations. */
const CONSUMER_TS = `
import { type } from "arktype";
import {
  type AssistantMessageData,
  CopilotClient,
  defineTool,
  type PermissionHandler,
  SdkError,
  type SessionConfig,
  type SessionEvent,
} from "@copilot-sdk/copilot";
import type { SessionModelSwitchToParams } from "@copilot-sdk/copilot/types";
import { Connection, encodeFrame } from "@copilot-sdk/copilot/jsonrpc";
import { joinSession, type JoinSessionConfig } from "@copilot-sdk/copilot/extension";

export const switchTo: SessionModelSwitchToParams = { modelId: "gpt-5" };
export const engine: [typeof Connection, typeof encodeFrame] = [Connection, encodeFrame];
export const join: (config?: JoinSessionConfig) => Promise<{ sessionId: string }> = joinSession;

const lookup = defineTool("lookup", {
  parameters: type({ id: "string" }),
  handler: ({ id }) => id.toUpperCase(),
});
defineTool("count", {
  parameters: type({ n: "number" }),
  // @ts-expect-error: \`n\` is a number
  handler: ({ n }) => n.toUpperCase(),
});
const onPermissionRequest: PermissionHandler = (request) =>
  request.kind === "shell" ? { kind: "reject", feedback: request.fullCommandText } : { kind: "approve-once" };
const config: SessionConfig = { model: "m", tools: [lookup], onPermissionRequest };

export async function turn(client: CopilotClient): Promise<string | undefined> {
  const session = await client.createSession(config);
  session.on("assistant.message_delta", (event) => {
    const delta: string = event.data.deltaContent;
    void delta;
  });
  // @ts-expect-error: not an event type
  session.on("assistant.mesage", () => {});
  const reply = await session.sendAndWait({ prompt: "hi" });
  const data: AssistantMessageData | undefined = reply?.data;
  await using _session = session;
  return data?.content;
}

export function kind(event: SessionEvent): string {
  return event.type === "session.error" ? event.data.message : event.type;
}

export function stopped(error: unknown): boolean {
  return error instanceof SdkError && error.hasCode("CLIENT_STOPPED");
}
`;

/** The scripted model: calls `get_weather` when offered, then reports the result. */
function reply(request: RecordedRequest): ScriptedReply | string {
  const last = request.messages.at(-1);
  if (last?.role === "tool") return `The tool said: ${String(last.content)}`;
  if (request.tools.includes("ext_weather")) {
    return { toolCalls: [{ name: "ext_weather", arguments: { city: "Oslo" } }] };
  }
  if (request.tools.includes("get_weather")) {
    return { toolCalls: [{ name: "get_weather", arguments: { city: "Paris" } }] };
  }
  return "OK";
}

/** Links `node_modules/<name>` of `project` to this repository's copy. */
function linkFromRoot(project: string, name: string): void {
  const target = join(ROOT, "node_modules", name);
  const link = join(project, "node_modules", name);
  assert.ok(existsSync(target), `${target} is missing: run npm ci`);
  rmSync(link, { recursive: true, force: true });
  symlinkSync(target, link, "dir");
}

const nodes = [
  { label: "Node 22", major: "22", path: join(BIN, "node") },
  { label: "Node 24", major: "24", path: join(ROOT, "node_modules", "node24", "bin", "node") },
];
const name =
  "npm package: the packed tarball installs offline, runs a full turn with an arktype tool on Node 22 and Node 24 and one with a tool of a project extension (the CLI's Node), and type-checks a consumer with tsc (runs under Node only)";

test(name, async () => {
  const work = mkdtempSync(join(tmpdir(), "copilot-sdk-npm-"));
  const env = await cliTestEnv(reply);
  try {
    // Build and pack.
    const out = join(work, "package");
    await run(join(BIN, "deno"), ["run", "-A", "scripts/build_npm.ts", "--out", out], {
      cwd: ROOT,
    });
    const npmEnv = {
      ...process.env,
      npm_config_cache: join(work, "npm-cache"),
      npm_config_update_notifier: "false",
      npm_config_audit: "false",
      npm_config_fund: "false",
    };
    const packed = JSON.parse(
      await run("npm", ["pack", "--json", "--pack-destination", work, out], {
        cwd: work,
        env: npmEnv,
      }),
    )[0];
    const files: string[] = packed.files.map((file: { path: string }) => file.path);
    assert.ok(files.includes("mod.js") && files.includes("mod.d.ts"), files.join(", "));
    const strays = files.filter((file) =>
      !/^(mod|src\/.+)\.(js|d\.ts)$/.test(file) &&
      !["package.json", "README.md", "LICENSE", "CHANGELOG.md"].includes(file)
    );
    assert.deepEqual(strays, [], "only compiled sources and docs are packed");
    assert.ok(!files.some((file) => file.endsWith(".ts") && !file.endsWith(".d.ts")));

    // Install the tarball into a fresh project, offline.
    const project = join(work, "project");
    await mkdir(project);
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({
        name: "consumer",
        private: true,
        type: "module",
        dependencies: { [packed.name]: `file:../${packed.filename}` },
      }),
    );
    await run("npm", ["install", "--offline", "--ignore-scripts"], { cwd: project, env: npmEnv });
    // The optional peers, as the app would have installed them.
    linkFromRoot(project, "arktype");
    await mkdir(join(project, "node_modules", "@github"), { recursive: true });
    for (const cli of readdirSync(join(ROOT, "node_modules", "@github"))) {
      if (cli.startsWith("copilot") && !cli.startsWith("copilot-sdk")) {
        linkFromRoot(project, `@github/${cli}`);
      }
    }
    writeFileSync(join(project, "run.mjs"), RUN_MJS);
    writeFileSync(join(project, "consumer.ts"), CONSUMER_TS);

    // A full turn on each Node.
    for (const node of nodes) {
      assert.equal(nodeMajor(node.path), node.major, `${node.path} is not ${node.label}`);
      const version = execFileSync(node.path, ["--version"], { encoding: "utf8" }).trim();
      const stdout = await run(node.path, ["run.mjs"], {
        cwd: project,
        env: { ...env.env, MODEL_URL: env.model.url, MODEL: "test-model" },
      });
      const result = JSON.parse(stdout.trim().split("\n").pop()!);
      assert.deepEqual(
        result,
        { node: version, content: "The tool said: Sunny in Paris" },
        `${node.label}: ${stdout}`,
      );
    }
    assert.ok(
      env.model.requests.some((request) =>
        request.messages.some((m) => m.role === "tool" && String(m.content) === "Sunny in Paris")
      ),
      "the tool's result reached the model",
    );

    // An extension of the project, run by the CLI with its own Node (24), finds
    // the SDK in the project's node_modules and joins the session; the model calls its tool.
    await mkdir(join(project, ".github", "extensions", "weather"), { recursive: true });
    writeFileSync(
      join(project, ".github", "extensions", "weather", "extension.mjs"),
      EXTENSION_MJS,
    );
    writeFileSync(join(project, "run_extension.mjs"), RUN_EXTENSION_MJS);
    execFileSync("git", ["init", "--quiet"], { cwd: project });
    const extensionRun = await run(nodes[0].path, ["run_extension.mjs"], {
      cwd: project,
      env: {
        ...env.env,
        MODEL_URL: env.model.url,
        MODEL: "test-model",
        COPILOT_CLI_ENABLED_FEATURE_FLAGS: "EXTENSIONS",
      },
    });
    assert.match(
      JSON.parse(extensionRun.trim().split("\n").pop()!).content,
      /^The tool said: Snow in Oslo \(v24\.\d+\.\d+\)$/,
      extensionRun,
    );

    // The declarations type-check a consumer (strict, Node's resolution, no skipLibCheck).
    await run(join(BIN, "tsc"), [
      "--noEmit",
      "--strict",
      "--target",
      "es2022",
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      "--typeRoots",
      join(ROOT, "node_modules", "@types"),
      "--types",
      "node",
      "consumer.ts",
    ], { cwd: project });
  } finally {
    await env.close();
    rmSync(work, { recursive: true, force: true });
  }
}, { ignore: !underNode });
