/**
 * The extension program of the e2e tests (tests/e2e/extension_test.ts): it
 * joins the session that the CLI started it for with the SDK's
 * `joinSession()` and declares one tool, whose result names the runtime it
 * ran on, and asks for the environment variable named SDK_TEST_EXTENSION_ENV
 * if set. It writes what happens to SDK_TEST_EXTENSION_LOG (one line each).
 */

import { appendFileSync } from "node:fs";
import process from "node:process";
import { defineTool } from "../../mod.ts";
import { joinSession } from "../../src/extension.ts";

const log = (line: string) => {
  const file = process.env.SDK_TEST_EXTENSION_LOG;
  if (file) appendFileSync(file, line + "\n");
};

const g = globalThis as { Deno?: unknown; Bun?: unknown };
const runtime = g.Deno ? "deno" : g.Bun ? "bun" : `node ${process.version}`;

// SDK_TEST_EXTENSION_ENV names a variable the CLI keeps from extensions: ask for it.
const secret = process.env.SDK_TEST_EXTENSION_ENV;
const value = () => secret && (process.env[secret] ?? "unset");
if (secret) log(`before ${secret}=${value()}`);

try {
  const session = await joinSession({
    requestedEnvironmentVariables: secret ? [secret] : undefined,
    tools: [defineTool<{ word: string }>("extension_echo", {
      description: "Echoes a word, with the runtime of the extension that answered",
      parameters: {
        type: "object",
        properties: { word: { type: "string" } },
        required: ["word"],
      },
      skipPermission: true,
      handler: ({ word }) => {
        log(`called ${word}`);
        return `echo ${word} from ${runtime}`;
      },
    })],
    onError: (error) => log(`error ${error}`),
  });
  if (secret) log(`after ${secret}=${value()}`);
  log(`joined ${session.sessionId} on ${runtime} pid ${process.pid}`);
} catch (error) {
  log(`failed ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
}
