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
 * Tool calls are shown as they run, and each one that needs permission
 * (reading a file, running a command...) is asked for in the terminal:
 * answer `y` to allow it. With the demo model and no prompt argument, the
 * chat opens with a first prompt that has the agent read `README.md` with
 * its built-in `view` tool (after asking you), then streams what it found.
 *
 * @module
 */

import { existsSync } from "node:fs";
import process from "node:process";
import { createInterface, type Interface } from "node:readline";
import {
  ConnectionClosedError,
  CopilotClient,
  type CopilotSession,
  type PermissionHandler,
  type SessionConfig,
} from "../mod.ts";
import { type DemoModel, startDemoModel } from "./_demo_model.ts";

/** How long one turn may take. */
const TURN_TIMEOUT_MS = 10 * 60_000;

/** The first prompt of the demo: the agent reads a file, after asking. */
const DEMO_PROMPT = "What is in README.md?";

async function main(prompt: string | undefined): Promise<void> {
  let client: CopilotClient | undefined;
  let session: CopilotSession | undefined;
  let demo: DemoModel | undefined;
  const terminal = new Terminal();
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

    session = await client.createSession({
      ...config,
      streaming: true,
      onPermissionRequest: terminal.askPermission,
    });
    showToolCalls(session);
    if (prompt !== undefined) {
      await turn(session, prompt);
    } else {
      // The demo shows a tool call first: the agent reads README.md (if there is one here).
      const first = demo && existsSync("README.md") ? DEMO_PROMPT : undefined;
      await repl(session, terminal, first);
    }
  } catch (error) {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    terminal.close();
    await session?.destroy().catch(() => {});
    await client?.stop();
    await demo?.close();
  }
}

/** Prints each tool call as it starts and ends. */
function showToolCalls(session: CopilotSession): void {
  const names = new Map<string, string>();
  session.on("tool.execution_start", ({ data }) => {
    names.set(data.toolCallId, data.toolName);
    process.stdout.write(`\n[tool] ${data.toolName} ${JSON.stringify(data.arguments ?? {})}\n`);
  });
  session.on("tool.execution_complete", ({ data }) => {
    const name = names.get(data.toolCallId) ?? "tool";
    names.delete(data.toolCallId);
    process.stdout.write(`[tool] ${name} ${data.success ? "done" : "failed"}\n`);
  });
}

/**
 * Lines from stdin, for prompts and for permission answers alike: a line
 * typed while the agent works answers its next question. Ctrl-C aborts the
 * turn in progress, or ends the chat between turns.
 */
class Terminal {
  #lines: Interface;
  #queue: string[] = [];
  #ended = false;
  #wake = () => {};
  /** Aborted by Ctrl-C while a turn runs. */
  busy: AbortController | undefined;

  constructor() {
    this.#lines = createInterface({ input: process.stdin, output: process.stdout });
    this.#lines.on("line", (line) => {
      this.#queue.push(line);
      this.#wake();
    });
    this.#lines.on("close", () => {
      this.#ended = true;
      this.#wake();
    });
    this.#lines.on("SIGINT", () => {
      if (this.busy) this.busy.abort();
      else this.#lines.close();
    });
  }

  /** Whether stdin has ended. */
  get ended(): boolean {
    return this.#ended && this.#queue.length === 0;
  }

  /** The next line, or `undefined` at the end of input. */
  async nextLine(): Promise<string | undefined> {
    while (this.#queue.length === 0 && !this.#ended) {
      await new Promise<void>((resolve) => this.#wake = resolve);
    }
    return this.#queue.shift();
  }

  /** Shows the prompt `> `. */
  prompt(): void {
    if (!this.#ended) {
      this.#lines.setPrompt("> ");
      this.#lines.prompt();
    }
  }

  /** Asks whether the agent may do what it asks; no answer (end of input) is no. */
  askPermission: PermissionHandler = async (request) => {
    let what: string = `use ${request.kind}`;
    if (request.kind === "read") what = `read ${request.path}`;
    else if (request.kind === "write") what = `write ${request.fileName}`;
    else if (request.kind === "shell") what = `run \`${request.fullCommandText}\``;
    else if (request.kind === "url") what = `fetch ${request.url}`;
    else if (request.kind === "custom-tool") what = `run the tool ${request.toolName}`;
    process.stdout.write(`[permission] The agent wants to ${what}. Allow? [y/N] `);
    const answer = await this.nextLine();
    // (A terminal shows what was typed; piped input is not echoed.)
    if (answer === undefined) process.stdout.write("(no answer: no)\n");
    else if (!process.stdin.isTTY) process.stdout.write(`${answer}\n`);
    return /^y(es)?$/i.test(answer?.trim() ?? "")
      ? { kind: "approve-once" }
      : { kind: "reject", feedback: "The user said no" };
  };

  close(): void {
    this.#lines.close();
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

/** Reads prompts from stdin until "exit", "quit" or end of input; `first` is sent first. */
async function repl(session: CopilotSession, terminal: Terminal, first?: string): Promise<void> {
  console.log('Chat with Copilot: type a message, or "exit" to quit.');
  if (first) console.log(`(demo: a first prompt, to show the agent at work)\n> ${first}`);
  for (;;) {
    let line = first;
    first = undefined;
    if (line === undefined) {
      terminal.prompt();
      line = await terminal.nextLine();
    }
    if (line === undefined) {
      process.stdout.write("\n");
      break;
    }
    const prompt = line.trim();
    if (prompt === "exit" || prompt === "quit") break;
    if (!prompt) continue;
    terminal.busy = new AbortController();
    try {
      await turn(session, prompt, terminal.busy.signal);
    } catch (error) {
      if (error instanceof ConnectionClosedError) throw error;
      if ((error as Error)?.name === "AbortError") console.error("(aborted)");
      else console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      terminal.busy = undefined;
    }
  }
}

const args = process.argv.slice(2);
await main(args.length ? args.join(" ") : undefined);
