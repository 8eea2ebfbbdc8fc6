/**
 * A terminal chat with the GitHub Copilot CLI, with streaming output.
 *
 * ```sh
 * deno run -A examples/chat.ts                  # chat; "exit", "quit" or Ctrl-D ends it
 * deno run -A examples/chat.ts "What is 2+2?"   # one question, one answer
 * ```
 *
 * (`bun examples/chat.ts` and `node examples/chat.ts` work too.)
 *
 * The model, in order of preference:
 * 1. `COPILOT_PROVIDER_BASE_URL` set: your own OpenAI-compatible (or Azure,
 *    Anthropic) model, with `COPILOT_MODEL` (required), `COPILOT_PROVIDER_TYPE`
 *    (default "openai") and `COPILOT_PROVIDER_API_KEY`.
 * 2. `GITHUB_TOKEN`, `GH_TOKEN` or `COPILOT_GITHUB_TOKEN` set, or the Copilot
 *    CLI signed in: GitHub Copilot, with `COPILOT_MODEL` (default "gpt-5").
 * 3. Otherwise a built-in demo model with scripted replies.
 *
 * @module
 */

import process from "node:process";
import { createInterface } from "node:readline";
import {
  ConnectionClosedError,
  CopilotClient,
  type CopilotSession,
  type SessionConfig,
} from "../mod.ts";
import { type DemoModel, startDemoModel } from "./_demo_model.ts";

/** How long one turn may take. */
const TURN_TIMEOUT_MS = 10 * 60_000;

async function main(prompt: string | undefined): Promise<void> {
  let client: CopilotClient | undefined;
  let session: CopilotSession | undefined;
  let demo: DemoModel | undefined;
  try {
    const env = process.env;
    const token = env.COPILOT_GITHUB_TOKEN || env.GH_TOKEN || env.GITHUB_TOKEN || undefined;
    let config: SessionConfig;
    if (env.COPILOT_PROVIDER_BASE_URL) {
      if (!env.COPILOT_MODEL) {
        throw new Error(
          "COPILOT_PROVIDER_BASE_URL is set but COPILOT_MODEL is not; set COPILOT_MODEL to your provider's model name",
        );
      }
      const type = env.COPILOT_PROVIDER_TYPE || "openai";
      if (type !== "openai" && type !== "azure" && type !== "anthropic") {
        throw new Error(
          `COPILOT_PROVIDER_TYPE is "${type}"; set it to "openai", "azure" or "anthropic"`,
        );
      }
      client = new CopilotClient();
      config = {
        model: env.COPILOT_MODEL,
        provider: {
          type,
          baseUrl: env.COPILOT_PROVIDER_BASE_URL,
          apiKey: env.COPILOT_PROVIDER_API_KEY || undefined,
        },
      };
      console.log(`(using ${env.COPILOT_MODEL} at ${env.COPILOT_PROVIDER_BASE_URL})`);
    } else {
      client = new CopilotClient(token ? { githubToken: token } : {});
      const signedIn = token !== undefined ||
        await client.getAuthStatus().then((status) => status.isAuthenticated, () => false);
      if (signedIn) {
        config = { model: env.COPILOT_MODEL || "gpt-5" };
        console.log(`(using GitHub Copilot with ${config.model})`);
      } else {
        demo = await startDemoModel();
        config = {
          model: demo.model,
          provider: { type: "openai", baseUrl: demo.url, apiKey: "demo" },
        };
        console.log(
          "(no GitHub account or COPILOT_PROVIDER_BASE_URL found: using the built-in demo model — replies are scripted)",
        );
      }
    }

    session = await client.createSession({ ...config, streaming: true });
    if (prompt !== undefined) {
      await turn(session, prompt);
    } else {
      await repl(session);
    }
  } catch (error) {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await session?.destroy().catch(() => {});
    await client?.stop();
    await demo?.close();
  }
}

/** Sends one prompt and prints the reply as it streams in. */
async function turn(session: CopilotSession, prompt: string, signal?: AbortSignal): Promise<void> {
  let streamed = false;
  const unsubscribe = session.on("assistant.message_delta", (event) => {
    streamed = true;
    process.stdout.write(event.data.deltaContent);
  });
  try {
    const reply = await session.sendAndWait({ prompt }, { timeout: TURN_TIMEOUT_MS, signal });
    // Some models do not stream: print the whole reply then.
    if (!streamed && reply?.data.content) process.stdout.write(reply.data.content);
  } finally {
    unsubscribe();
    process.stdout.write("\n");
  }
}

/** Reads prompts from stdin until "exit", "quit" or end of input. */
async function repl(session: CopilotSession): Promise<void> {
  const lines = createInterface({ input: process.stdin, output: process.stdout });
  const queue: string[] = [];
  let ended = false;
  let wake = () => {};
  lines.on("line", (line) => {
    queue.push(line);
    wake();
  });
  lines.on("close", () => {
    ended = true;
    wake();
  });
  let busy: AbortController | undefined;
  // Ctrl-C aborts the turn in progress, or ends the chat between turns.
  lines.on("SIGINT", () => {
    if (busy) busy.abort();
    else lines.close();
  });
  async function nextLine(): Promise<string | undefined> {
    while (queue.length === 0 && !ended) await new Promise<void>((resolve) => wake = resolve);
    return queue.shift();
  }

  console.log('Chat with Copilot: type a message, or "exit" to quit.');
  lines.setPrompt("> ");
  try {
    for (;;) {
      if (!ended) lines.prompt();
      const line = await nextLine();
      if (line === undefined) {
        process.stdout.write("\n");
        break;
      }
      const prompt = line.trim();
      if (prompt === "exit" || prompt === "quit") break;
      if (!prompt) continue;
      busy = new AbortController();
      try {
        await turn(session, prompt, busy.signal);
      } catch (error) {
        if (error instanceof ConnectionClosedError) throw error;
        if ((error as Error)?.name === "AbortError") console.error("(aborted)");
        else console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        busy = undefined;
      }
    }
  } finally {
    lines.close();
  }
}

const args = process.argv.slice(2);
await main(args.length ? args.join(" ") : undefined);
