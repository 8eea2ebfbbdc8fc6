/**
 * A tiny built-in "demo model" for the examples: an OpenAI-compatible
 * chat-completions server on 127.0.0.1 whose replies are scripted. It lets
 * the examples run through the real Copilot CLI without a GitHub account or
 * a model of your own, via a BYOK provider:
 *
 * ```ts ignore
 * const demo = await startDemoModel();
 * const session = await client.createSession({
 *   model: demo.model,
 *   provider: { type: "openai", baseUrl: demo.url, apiKey: "demo" },
 * });
 * ```
 *
 * Every reply starts with "[demo model] ". It works out simple arithmetic
 * ("What is 2+2?"), answers greetings, remembers the conversation ("What did
 * I ask before?" quotes your previous prompt, e.g. in a resumed session), and
 * otherwise echoes the message with a note on how to use a real model. It
 * also calls two tools when they are offered, to show a tool round trip:
 *
 * - `get_weather`: "What is the weather in Paris?" calls
 *   `get_weather {"city": "Paris"}`;
 * - `ask_user` (the CLI's, there with `onUserInputRequest`): "Ask me my
 *   favourite colour" calls `ask_user {"question": "What is your favourite
 *   colour?", "choices": ["red", "green", "blue"]}`;
 *
 * - `view` (the CLI's built-in file reader): "What is in README.md?" (or
 *   "Read notes.txt", "Show me package.json") calls `view` with the file's
 *   absolute path in the CLI's working directory (which the CLI's system
 *   prompt names), and answers the result with the file's length and first
 *   line: a file the agent really read, after your permission handler said
 *   yes;
 *
 * and answers another tool's result with "[demo model] The tool said:
 * <result>". "Tell me a long story" streams a story that takes about a
 * minute, to try stopping a turn (Ctrl-C in `chat.ts`, Stop in the web
 * chat). Only `node:http` is used, so it runs on Deno, Bun and Node.
 *
 * @module
 */

import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { basename, isAbsolute, join } from "node:path";
import process from "node:process";
import type { SessionConfig } from "../mod.ts";

/** A running demo model. */
export interface DemoModel {
  /** The base URL for the provider, `http://127.0.0.1:PORT/v1`. */
  url: string;
  /** The model name to pass as `model`. */
  model: string;
  /** Stops the server and closes its connections. */
  close(): Promise<void>;
}

const MODEL = "copilot-sdk-demo";
const LABEL = "[demo model] ";
/** Pause between streamed pieces, so streaming is visible. */
const PIECE_DELAY_MS = 15;

/** The model an example talks to. */
export interface ExampleModel {
  /** `model`, and `provider` unless it is GitHub Copilot's. */
  config: Pick<SessionConfig, "model" | "provider">;
  /** The GitHub token from the environment, if any, for `new CopilotClient({ githubToken })`. */
  githubToken?: string;
  /** Stops the demo model, if one was started. */
  close(): Promise<void>;
}

/**
 * Picks the model for an example, like `examples/basic.ts` does: with
 * `COPILOT_PROVIDER_BASE_URL` (and `COPILOT_MODEL`) that OpenAI-compatible
 * model; with `GITHUB_TOKEN`, `GH_TOKEN` or `COPILOT_GITHUB_TOKEN` GitHub
 * Copilot (`COPILOT_MODEL`, default "gpt-5"); otherwise the demo model.
 *
 * @returns The session options, the token, and `close()`.
 */
export async function exampleModel(): Promise<ExampleModel> {
  const env = process.env;
  const githubToken = env.COPILOT_GITHUB_TOKEN || env.GH_TOKEN || env.GITHUB_TOKEN || undefined;
  const model = env.COPILOT_MODEL || "gpt-5";
  if (env.COPILOT_PROVIDER_BASE_URL) {
    const provider = {
      type: "openai" as const,
      baseUrl: env.COPILOT_PROVIDER_BASE_URL,
      apiKey: env.COPILOT_PROVIDER_API_KEY,
    };
    return { config: { model, provider }, githubToken, close: () => Promise.resolve() };
  }
  if (githubToken) return { config: { model }, githubToken, close: () => Promise.resolve() };
  const demo = await startDemoModel();
  console.log("(no GitHub token: using the built-in demo model — replies are scripted)");
  return {
    config: { model: demo.model, provider: { type: "openai", baseUrl: demo.url, apiKey: "demo" } },
    close: () => demo.close(),
  };
}

/**
 * Starts the demo model on 127.0.0.1 with a random port.
 *
 * @returns Its URL, model name and `close()`.
 */
export async function startDemoModel(): Promise<DemoModel> {
  const sockets = new Set<Socket>();
  const timers = new Set<{ timer: ReturnType<typeof setTimeout>; resolve: () => void }>();
  let closing: Promise<void> | undefined;

  /** Waits `ms`, or less when the server closes. */
  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          timers.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      timers.add(entry);
    });
  }

  const server = createServer((request, response) => {
    handle(request, response, { sleep, closed: () => closing !== undefined }).catch(() => {
      response.destroy();
    });
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = address && typeof address === "object" ? address.port : 0;

  async function close(): Promise<void> {
    for (const { timer, resolve } of timers) {
      clearTimeout(timer);
      resolve();
    }
    timers.clear();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections?.();
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    await closed;
  }

  return {
    url: `http://127.0.0.1:${port}/v1`,
    model: MODEL,
    close() {
      closing ??= close();
      return closing;
    },
  };
}

interface Context {
  sleep(ms: number): Promise<void>;
  closed(): boolean;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  context: Context,
): Promise<void> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of request) chunks.push(chunk as Uint8Array);
  const path = (request.url ?? "/").split("?")[0];
  if (request.method === "GET" && (path === "/v1/models" || path === "/models")) {
    sendJson(response, 200, {
      object: "list",
      data: [{ id: MODEL, object: "model", created: 0, owned_by: "demo" }],
    });
    return;
  }
  if (
    request.method !== "POST" || (path !== "/v1/chat/completions" && path !== "/chat/completions")
  ) {
    sendError(response, 404, `The demo model has no route for ${request.method} ${path}`);
    return;
  }
  // deno-lint-ignore no-explicit-any
  let body: any;
  try {
    body = JSON.parse(new TextDecoder().decode(concat(chunks)));
  } catch {
    sendError(response, 400, "The demo model expects a JSON request body");
    return;
  }
  const messages: unknown[] = Array.isArray(body?.messages) ? body.messages : [];
  const { content, toolCall } = answer(messages, offeredTools(body?.tools));
  const id = `chatcmpl-demo-${Date.now().toString(36)}`;
  const created = Math.floor(Date.now() / 1000);
  const model = typeof body?.model === "string" ? body.model : MODEL;
  const toolCalls = toolCall
    ? [{
      id: `call_demo_${Date.now().toString(36)}`,
      type: "function",
      function: { name: toolCall.name, arguments: JSON.stringify(toolCall.arguments) },
    }]
    : [];
  const finishReason = toolCalls.length ? "tool_calls" : "stop";
  const promptTokens = Math.ceil(JSON.stringify(messages).length / 4);
  const completionTokens = Math.ceil((content + JSON.stringify(toolCalls)).length / 4);
  const usage = {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };

  if (body?.stream !== true) {
    sendJson(response, 200, {
      id,
      object: "chat.completion",
      created,
      model,
      choices: [{
        index: 0,
        message: {
          role: "assistant",
          content,
          ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
        },
        finish_reason: finishReason,
      }],
      usage,
    });
    return;
  }

  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  function send(delta: unknown, finishReason: string | null = null, extra: object = {}): void {
    const chunk = {
      id,
      object: "chat.completion.chunk",
      created,
      model,
      choices: [{ index: 0, delta, finish_reason: finishReason }],
      ...extra,
    };
    response.write(`data: ${JSON.stringify(chunk)}\n\n`);
  }
  send({ role: "assistant", content: "" });
  for (const piece of pieces(content)) {
    await context.sleep(PIECE_DELAY_MS);
    if (context.closed() || response.destroyed) return;
    send({ content: piece });
  }
  toolCalls.forEach((call, index) => send({ tool_calls: [{ index, ...call }] }));
  send({}, finishReason, { usage });
  response.end("data: [DONE]\n\n");
}

/** A tool call the demo model makes. */
interface ToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

/** The names of the tools a request offers. */
function offeredTools(tools: unknown): Set<string> {
  const names = Array.isArray(tools) ? tools.map((tool) => tool?.function?.name) : [];
  return new Set(names.filter((name): name is string => typeof name === "string"));
}

/** The scripted answer to a conversation: text, or a call to an offered tool. */
function answer(messages: unknown[], tools: Set<string>): { content: string; toolCall?: ToolCall } {
  const last = messages.at(-1) as
    | { role?: unknown; content?: unknown; tool_call_id?: unknown }
    | undefined;
  if (last?.role === "tool") return { content: toolAnswer(messages, last) };
  const text = lastUserText(messages);
  const file = FILE_REQUEST.exec(text)?.[1];
  if (file && tools.has("view")) {
    const path = isAbsolute(file) ? file : join(workingDirectory(messages), file);
    const range = [1, VIEW_LINES]; // (a big file is not read whole)
    return { content: "", toolCall: { name: "view", arguments: { path, view_range: range } } };
  }
  if (/\bstory\b/i.test(text)) return { content: LABEL + longStory() };
  const city = /\bweather\b.*\bin ([^?!.,]+)/i.exec(text)?.[1].trim();
  if (city && tools.has("get_weather")) {
    return { content: "", toolCall: { name: "get_weather", arguments: { city } } };
  }
  const asked = /\bask me (?:for |about )?my ([^?!.,]+)/i.exec(text)?.[1].trim();
  if (asked && tools.has("ask_user")) {
    const question = `What is your ${asked}?`;
    const choices = /colou?r/i.test(asked) ? ["red", "green", "blue"] : undefined;
    return { content: "", toolCall: { name: "ask_user", arguments: { question, choices } } };
  }
  if (
    /\bwhat did i (?:just )?ask\b|\bwhat was my (?:last|previous|earlier) (?:question|prompt)\b/i
      .test(text)
  ) {
    const earlier = userTexts(messages).slice(0, -1).at(-1);
    return {
      content: LABEL +
        (earlier
          ? `Before this you asked: "${earlier}"`
          : "You have not asked me anything before in this conversation."),
    };
  }
  return { content: reply(text) };
}

/** "What is in X?", "read X", "show me X", "summarize X", where X looks like a file name. */
const FILE_REQUEST =
  /\b(?:what(?:'s| is) in|read|show(?: me)?|open|view|summari[sz]e)\s+(?:the file\s+)?([\w~./-]*\w\.\w+)\b/i;

/** The CLI's working directory, from its system prompt ("working directory: /path"). */
function workingDirectory(messages: unknown[]): string {
  for (const message of messages) {
    const { role, content } = message as { role?: unknown; content?: unknown };
    if (role !== "system") continue;
    const found = /working directory: ([^\n]+)/i.exec(textOf(content))?.[1].trim();
    if (found) return found;
  }
  return process.cwd();
}

/** The answer to a tool's result: for `view`, what the file holds; else the result itself. */
function toolAnswer(messages: unknown[], result: { content?: unknown; tool_call_id?: unknown }) {
  const text = textOf(result.content);
  const call = messages
    .flatMap((message) => (message as { tool_calls?: unknown }).tool_calls ?? [])
    .find((call) => (call as { id?: unknown })?.id === result.tool_call_id) as
      | { function?: { name?: unknown; arguments?: unknown } }
      | undefined;
  if (call?.function?.name !== "view") return `${LABEL}The tool said: ${text}`;
  let path = "the file";
  try {
    path = basename(String(JSON.parse(String(call.function.arguments)).path));
  } catch { /* keep "the file" */ }
  const lines = text.replace(/\n$/, "").split("\n").map((line) => line.trim());
  const start = lines.findIndex((line) => line !== "");
  if (start >= 0 && /\b(rejected|denied)\b/i.test(lines[start]) && lines.length < 3) {
    return `${LABEL}You did not let me read ${path}, so I cannot tell you what is in it.`;
  }
  if (start < 0 || (/does not exist|not found|^error\b/i.test(lines[start]) && lines.length < 3)) {
    return `${LABEL}I tried to read ${path} with the view tool, and it said: ${text.trim()}`;
  }
  const cut = (line: string, max: number) => line.length > max ? line.slice(0, max) + "…" : line;
  // The first paragraph after the first line.
  const rest = lines.slice(start + 1);
  const from = rest.findIndex((line) => line !== "");
  const paragraph = from < 0 ? "" : rest.slice(from, rest.indexOf("", from) >>> 0).join(" ");
  return `${LABEL}I read ${path} with the view tool (its first ${VIEW_LINES} lines). ` +
    `It begins "${cut(lines[start], 80)}"` +
    (paragraph ? `, and goes on: "${cut(paragraph, 160)}"` : "") + ".";
}

/** How many lines of a file the demo model reads. */
const VIEW_LINES = 40;

/** A story that takes about a minute to stream (about 4,000 pieces). */
function longStory(): string {
  const parts = ["Here is a long story. (Stop it whenever you like.)\n\n"];
  for (let chapter = 1; chapter <= 40; chapter++) {
    parts.push(
      `Chapter ${chapter}. The little agent read another file, ran another tool, and wrote ` +
        "another line of its answer, one word at a time, so that whoever watched could see " +
        "it stream. It asked before it touched anything, because that is what good agents do, " +
        "and it waited patiently for the answer. Then it carried on, word after word, through " +
        "the long afternoon, while the model behind it made up the rest of the story as it went " +
        "along, never quite sure where the next sentence would lead, but always glad to keep " +
        "going until someone said stop.\n\n",
    );
  }
  parts.push("The end.");
  return parts.join("");
}

/** The text of every user message, oldest first, without the CLI's added tags. */
function userTexts(messages: unknown[]): string[] {
  return messages
    .filter((message) => (message as { role?: unknown } | null)?.role === "user")
    .map((message) => stripTags(textOf((message as { content?: unknown }).content)))
    .filter((text) => text !== "");
}

/** The scripted reply to a user's message (without the CLI's added context tags). */
function reply(text: string): string {
  const message = text.trim();
  const math = findArithmetic(message);
  if (math) return LABEL + math;
  if (/^(hi|hello|hey|hiya|howdy|greetings|good (morning|afternoon|evening)|yo)\b/i.test(message)) {
    return LABEL +
      "Hello! I'm the scripted demo model of the Copilot SDK examples. " + WHAT_TO_TRY +
      HOW_TO_USE_A_REAL_MODEL;
  }
  const echo = message.length > 200 ? message.slice(0, 200) + "…" : message;
  return LABEL +
    (echo ? `You said: "${echo}". ` : "I got an empty message. ") +
    "I'm only a scripted stand-in. " + WHAT_TO_TRY + HOW_TO_USE_A_REAL_MODEL;
}

const WHAT_TO_TRY = 'Try "What is 2+2?", "What is in README.md?" (I read the file with the ' +
  'view tool, once you allow it) or "Tell me a long story" (stop it midway). ';

const HOW_TO_USE_A_REAL_MODEL = "For real answers, set GITHUB_TOKEN (or sign in with the " +
  "Copilot CLI) to use GitHub Copilot, or set COPILOT_PROVIDER_BASE_URL and COPILOT_MODEL " +
  "to use a model of your own.";

/** The text of the last user message, without tags like `<current_datetime>…</current_datetime>`. */
function lastUserText(messages: unknown[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as { role?: unknown; content?: unknown } | null;
    if (message?.role !== "user") continue;
    return stripTags(textOf(message.content));
  }
  return "";
}

/** The text of a message's content: a string, or an array of `{ type: "text", text }` parts. */
function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .filter((part) => part?.type === "text" && typeof part.text === "string")
    .map((part) => part.text)
    .join("\n");
}

function stripTags(text: string): string {
  let previous;
  do {
    previous = text;
    text = text.replace(/<([A-Za-z][\w.-]*)(\s[^>]*)?>[\s\S]*?<\/\1>/g, "");
  } while (text !== previous);
  return text.replace(/\s+/g, " ").trim();
}

/** Splits a reply into small pieces (a word and the space after it). */
function pieces(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

// --- A tiny arithmetic evaluator: numbers, + - * /, parentheses. No eval. ---

type Token = { kind: "number"; value: number; text: string } | { kind: "op"; text: string };

/**
 * Finds an arithmetic expression in a message and works it out.
 *
 * @returns E.g. `"2 + 2 = 4"`, or `undefined` when there is none.
 */
function findArithmetic(message: string): string | undefined {
  const candidates = message.match(/[-\d.(][\d.\s+\-*/×÷()]*[\d.)]/g) ?? [];
  for (const candidate of candidates) {
    if (!/\d\s*\)*\s*[+\-*/×÷]\s*\(*\s*-?\s*[\d.]/.test(candidate)) continue;
    const tokens = tokenize(candidate);
    if (!tokens) continue;
    const parser = new Parser(tokens);
    try {
      const value = parser.parse();
      return `${format(tokens)} = ${formatNumber(value)}`;
    } catch (error) {
      if (error instanceof DivisionByZero) {
        return `${format(tokens)} has no answer: it divides by zero.`;
      }
    }
  }
  return undefined;
}

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?|\.\d+)|([+\-*/×÷()]))/y;
  let index = 0;
  while (index < text.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) return text.slice(index).trim() ? undefined : tokens;
    index = pattern.lastIndex;
    if (match[1] !== undefined) {
      tokens.push({ kind: "number", value: Number(match[1]), text: match[1] });
    } else {
      const op = match[2] === "×" ? "*" : match[2] === "÷" ? "/" : match[2];
      tokens.push({ kind: "op", text: op });
    }
  }
  return tokens;
}

class DivisionByZero extends Error {}

/** A recursive-descent parser: expr = term (("+"|"-") term)*, term = unary (("*"|"/") unary)*. */
class Parser {
  #tokens: Token[];
  #index = 0;

  constructor(tokens: Token[]) {
    this.#tokens = tokens;
  }

  parse(): number {
    const value = this.#expression();
    if (this.#index !== this.#tokens.length) throw new SyntaxError("Unexpected token");
    return value;
  }

  #peek(): string | undefined {
    const token = this.#tokens[this.#index];
    return token?.kind === "op" ? token.text : undefined;
  }

  #expression(): number {
    let value = this.#term();
    for (let op = this.#peek(); op === "+" || op === "-"; op = this.#peek()) {
      this.#index++;
      const right = this.#term();
      value = op === "+" ? value + right : value - right;
    }
    return value;
  }

  #term(): number {
    let value = this.#unary();
    for (let op = this.#peek(); op === "*" || op === "/"; op = this.#peek()) {
      this.#index++;
      const right = this.#unary();
      if (op === "/" && right === 0) throw new DivisionByZero();
      value = op === "*" ? value * right : value / right;
    }
    return value;
  }

  #unary(): number {
    const op = this.#peek();
    if (op === "-" || op === "+") {
      this.#index++;
      const value = this.#unary();
      return op === "-" ? -value : value;
    }
    return this.#primary();
  }

  #primary(): number {
    const token = this.#tokens[this.#index++];
    if (token?.kind === "number") return token.value;
    if (token?.kind === "op" && token.text === "(") {
      const value = this.#expression();
      if (this.#peek() !== ")") throw new SyntaxError("Missing )");
      this.#index++;
      return value;
    }
    throw new SyntaxError("Expected a number");
  }
}

/** Writes the expression back with spaces around binary operators: `2 + 2`, `-(3 * 4)`. */
function format(tokens: Token[]): string {
  let out = "";
  let previous: Token | undefined;
  for (const token of tokens) {
    const unary = token.kind === "op" && "+-".includes(token.text) &&
      (previous === undefined || (previous.kind === "op" && previous.text !== ")"));
    if (token.kind === "number") out += token.text;
    else if (token.text === "(" || token.text === ")" || unary) out += token.text;
    else out += ` ${token.text} `;
    previous = token;
  }
  return out.replace(/\s+/g, " ").trim();
}

function formatNumber(value: number): string {
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": new TextEncoder().encode(text).length,
  });
  response.end(text);
}

function sendError(response: ServerResponse, status: number, message: string): void {
  response.setHeader("x-should-retry", "false");
  sendJson(response, status, { error: { message, type: "invalid_request_error" } });
}
