/**
 * Builds the npm package in `npm/`: ES modules (`.js`) and declarations
 * (`.d.ts`) compiled from the same sources JSR publishes (`mod.ts`,
 * `src/`), with the same entry points (`deno.json` `exports`: `.`,
 * `./types`, `./jsonrpc`), with its own `package.json`, the README, the changelog and the
 * license. The result runs on Node 22 and later as plain JavaScript (no type stripping needed).
 *
 * ```sh
 * deno run -A scripts/build_npm.ts               # build npm/, then load it in Node
 * deno run -A scripts/build_npm.ts --pack        # also `npm pack` it into dist/
 * deno run -A scripts/build_npm.ts --out <dir>   # build into <dir> instead of npm/
 * ```
 *
 * The compiler is the project's own `tsc` (`node_modules/.bin`), with
 * `--rewriteRelativeImportExtensions`: the sources import `./x.ts`, the
 * output imports `./x.js`. The version comes from `deno.json`, the one place
 * it is kept.
 *
 * Dependencies of the package, and why:
 *
 * - `@github/copilot` (the CLI) is an optional peer. The SDK finds it in
 *   `node_modules` when it is there, but it can as well run a CLI on `PATH`,
 *   one given by `cliPath`, or attach to a running server (`cliUrl`), and
 *   its platform binary is about 190 MB: a hard dependency would download it
 *   for every install, including those that never start it. As a peer the
 *   app picks the CLI version (npm warns when it is outside the supported
 *   range) and shares one copy with anything else that uses it.
 * - `arktype` is an optional peer too. The SDK never imports it: it calls the
 *   `Type` the caller passes (see `ArkTypeLike`), so only programs that
 *   declare tools with arktype need it, and they import it themselves.
 * - `postgres` (the PostgreSQL driver) is an optional peer: only the
 *   `./stores/postgres` entry point imports it, so only programs that keep
 *   sessions in PostgreSQL install it. `./stores/sqlite` uses the runtime's
 *   own SQLite (`node:sqlite`, `bun:sqlite`) and needs nothing.
 *
 * @module
 */

import { fileURLToPath as fromFileUrl } from "node:url";
import { type DenoJson as DenoJsonFile, entryPoints, readDenoJson } from "./_deno_json.ts";

const ROOT = new URL("../", import.meta.url);
const BIN = new URL("node_modules/.bin/", ROOT);

/** The supported range of the Copilot CLI (`@github/copilot`): the tested version and later 1.x. */
const CLI_RANGE = "^1.0.102";
/** The supported range of arktype, for tools declared with it. */
const ARKTYPE_RANGE = "^2.2.0";
/** The supported range of the `postgres` driver, for `./stores/postgres`. */
const POSTGRES_RANGE = "^3.4.0";
/** Packages the built code may import: optional peers, loaded only by the entry points that need them. */
const PEER_IMPORTS = ["postgres"];
/** The oldest Node the package runs on. */
const NODE_RANGE = ">=22";

/** Files copied into the package as they are. */
const COPIED = ["README.md", "LICENSE", "CHANGELOG.md"];

const TSC_ARGS = [
  "--rootDir",
  ".",
  "--declaration",
  "--module",
  "nodenext",
  "--moduleResolution",
  "nodenext",
  "--target",
  "es2022",
  "--rewriteRelativeImportExtensions",
  "--verbatimModuleSyntax",
  "--strict",
  "--skipLibCheck",
  "--noEmitOnError",
  "--newLine",
  "lf",
];

/** The fields of `deno.json` the package is made from. */
type DenoJson = Required<Pick<DenoJsonFile, "name" | "version">> & DenoJsonFile;

/** Runs a command in the repository root: its stdout; throws with its output when it fails. */
async function run(command: string, args: string[]): Promise<string> {
  const { code, stdout, stderr } = await new Deno.Command(command, {
    args,
    cwd: fromFileUrl(ROOT),
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(stdout);
  if (code !== 0) {
    const all = text + new TextDecoder().decode(stderr);
    throw new Error(`Cannot run "${command} ${args.join(" ")}":\n${all.trim()}`);
  }
  return text;
}

/** Every file under `dir`, as paths relative to it. */
async function listFiles(dir: URL, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    const path = prefix + entry.name;
    if (entry.isDirectory) out.push(...await listFiles(new URL(`${entry.name}/`, dir), `${path}/`));
    else out.push(path);
  }
  return out.sort();
}

/**
 * The package's `package.json`.
 *
 * @param deno The project's `deno.json`.
 * @returns The manifest.
 */
export function manifest(deno: DenoJson): Record<string, unknown> {
  return {
    name: deno.name,
    version: deno.version,
    description:
      "TypeScript SDK for the GitHub Copilot CLI: sessions, streaming events, tools, permissions and hooks over JSON-RPC. Runs on Node, Deno and Bun.",
    license: deno.license ?? "MIT",
    type: "module",
    main: "./mod.js",
    types: "./mod.d.ts",
    exports: {
      ...Object.fromEntries(
        Object.entries(entryPoints(deno)).map(([subpath, source]) => {
          const base = source.replace(/\.ts$/, "");
          return [subpath, { types: `${base}.d.ts`, default: `${base}.js` }];
        }),
      ),
      "./package.json": "./package.json",
    },
    sideEffects: false,
    engines: { node: NODE_RANGE },
    peerDependencies: {
      "@github/copilot": CLI_RANGE,
      arktype: ARKTYPE_RANGE,
      postgres: POSTGRES_RANGE,
    },
    peerDependenciesMeta: {
      "@github/copilot": { optional: true },
      arktype: { optional: true },
      postgres: { optional: true },
    },
    keywords: ["copilot", "github-copilot", "copilot-cli", "sdk", "agent", "json-rpc", "llm"],
  };
}

/**
 * Checks the built files: only `.js` and `.d.ts` from `mod.ts` and `src/`
 * (no tests, examples, scripts or JSON), and no import left pointing at a
 * `.ts` file.
 *
 * @param out The package's folder.
 * @param files The package's files, relative to `out`.
 * @param entries The entry points by subpath.
 * @throws {Error} What is wrong.
 */
async function checkOutput(
  out: URL,
  files: string[],
  entries: Record<string, string>,
): Promise<void> {
  const problems: string[] = [];
  for (const file of files) {
    if (COPIED.includes(file) || file === "package.json") continue;
    if (!/^(mod|src\/.+)\.(js|d\.ts)$/.test(file)) problems.push(`unexpected file ${file}`);
    if (!file.endsWith(".js")) continue;
    // Comments keep the JSDoc examples, whose imports are not the module's.
    const code = (await Deno.readTextFile(new URL(file, out)))
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    const imports = [
      ...code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm),
      ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
      ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ];
    for (const match of imports) {
      const specifier = match[1];
      if (/\.ts$/.test(specifier)) problems.push(`${file} imports "${specifier}"`);
      const allowed = /^(node|bun):/.test(specifier) || PEER_IMPORTS.includes(specifier);
      if (!specifier.startsWith(".") && !allowed) {
        problems.push(`${file} imports the package "${specifier}"`);
      }
    }
  }
  for (const [subpath, source] of Object.entries(entries)) {
    const base = source.replace(/^\.\//, "").replace(/\.ts$/, "");
    if (!files.includes(`${base}.js`) || !files.includes(`${base}.d.ts`)) {
      problems.push(`${base}.js or ${base}.d.ts (entry "${subpath}") is missing`);
    }
  }
  if (problems.length) throw new Error(`Cannot use the build:\n  ${problems.join("\n  ")}`);
}

/**
 * Loads the built package in Node and checks its main exports, as a user's
 * `import` would.
 *
 * @param out The package's folder.
 * @param node The `node` to run.
 * @returns Node's version.
 */
async function smokeTest(out: URL, node: string): Promise<string> {
  const script = `
    const sdk = await import(${JSON.stringify(new URL("mod.js", out).href)});
    const jsonrpc = await import(${JSON.stringify(new URL("src/jsonrpc.js", out).href)});
    if (typeof jsonrpc.Connection !== "function") throw new Error("missing export Connection");
    await import(${JSON.stringify(new URL("src/types.js", out).href)});
    for (const name of ["CopilotClient", "CopilotSession", "defineTool", "approveAll", "SdkError"]) {
      if (typeof sdk[name] !== "function") throw new Error("missing export " + name);
    }
    const tool = sdk.defineTool("echo", { handler: (args) => args });
    if (tool.name !== "echo") throw new Error("defineTool() does not work");
    console.log(process.version);
  `;
  return (await run(node, ["--input-type=module", "-e", script])).trim();
}

/** What the command line asks for. */
interface Options {
  /** The folder to build into. */
  out: URL;
  /** Whether to `npm pack` the result into `dist/`. */
  pack: boolean;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { out: new URL("npm/", ROOT), pack: false };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--pack") options.pack = true;
    else if (args[i] === "--out" && args[i + 1]) {
      const dir = args[++i];
      options.out = new URL(`${dir.replace(/\/*$/, "")}/`, `file://${Deno.cwd()}/`);
    } else return `Unknown argument: ${args[i]}`;
  }
  return options;
}

/**
 * Builds the package.
 *
 * @param out The folder to build into; it is emptied first.
 * @returns The package's files, relative to `out`.
 */
export async function build(out: URL): Promise<string[]> {
  const file = readDenoJson(fromFileUrl(new URL("deno.json", ROOT)));
  const { name, version } = file;
  if (!name || !version) throw new Error('deno.json needs "name" and "version"');
  const deno: DenoJson = { ...file, name, version };
  await Deno.remove(out, { recursive: true }).catch((error) => {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  });
  await run(fromFileUrl(new URL("tsc", BIN)), [
    ...TSC_ARGS,
    "--outDir",
    fromFileUrl(out),
    ...Object.values(entryPoints(deno)),
  ]);
  for (const file of COPIED) {
    await Deno.copyFile(new URL(file, ROOT), new URL(file, out)).catch((error) => {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
      console.warn(`(no ${file} to copy)`);
    });
  }
  await Deno.writeTextFile(
    new URL("package.json", out),
    JSON.stringify(manifest(deno), null, 2) + "\n",
  );
  const files = await listFiles(out);
  await checkOutput(out, files, entryPoints(deno));
  const bytes = (await Promise.all(files.map((f) => Deno.stat(new URL(f, out)))))
    .reduce((sum, info) => sum + info.size, 0);
  console.log(
    `wrote ${
      fromFileUrl(out)
    } (${deno.name}@${deno.version}, ${files.length} files, ${bytes} bytes)`,
  );
  return files;
}

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === "string") {
    console.error(`${options}\nUsage: build_npm.ts [--pack] [--out <dir>]`);
    return 2;
  }
  await build(options.out);
  console.log(`loads in Node ${await smokeTest(options.out, fromFileUrl(new URL("node", BIN)))}`);
  if (options.pack) {
    const dist = new URL("dist/", ROOT);
    await Deno.mkdir(dist, { recursive: true });
    const packed = await run("npm", [
      "pack",
      "--json",
      "--pack-destination",
      fromFileUrl(dist),
      fromFileUrl(options.out),
    ]);
    console.log(`packed dist/${JSON.parse(packed)[0].filename}`);
  }
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
