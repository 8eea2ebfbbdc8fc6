/**
 * `session.run()`: one call that sends a message, waits for its turn and
 * returns what the turn came to ({@linkcode TurnResult}), and, with
 * `output`, a typed answer validated against an arktype `Type` (or a JSON
 * Schema).
 *
 * How the answer is obtained (`outputMode: "tool"`, the default): for the
 * call, the session gets one more tool (`final_answer`, terminal, run
 * without a permission prompt) whose parameters are the output's JSON
 * Schema, and the prompt asks the model to call it. Its arguments are the
 * answer: when they pass the type, the tool succeeds and ends the turn;
 * when not, the model is told arktype's summary and tries again. A model
 * that answers in text instead is read as JSON, and told to call the tool
 * if that fails. After `maxAttempts` refused answers the call rejects with
 * an {@linkcode OutputError} carrying the last summary. This works with
 * any model that calls tools. `outputMode: "json"` instead asks the
 * provider for JSON of that schema (`responseFormat`; the model must
 * support it) and reads the reply's text.
 *
 * @module
 */

import type { SessionCore } from "./_session_core.ts";
import { summarizeTurn, type TurnHost, type TurnResult, waitForTurn } from "./_turn_result.ts";
import { OutputError } from "./errors.ts";
import type { MessageOptions } from "./session_config.ts";
import { type ArkTypeLike, type JsonSchema, type Tool, toolDeclaration } from "./tools.ts";

export type { ToolCallRecord, TurnResult, TurnUsage } from "./_turn_result.ts";

/**
 * Options for {@linkcode CopilotSession.run}.
 *
 * @typeParam O The `output` type: an arktype `Type`, a JSON Schema, or none.
 *
 * @example A typed answer
 * ```ts
 * import { type } from "arktype";
 * import type { RunOptions } from "@copilot-sdk/copilot";
 *
 * const weather = type({ city: "string", celsius: "number" });
 * const options: RunOptions<typeof weather> = { output: weather, maxAttempts: 2 };
 * // const { output } = await session.run("Weather in Paris?", options);
 * // output.celsius is a number
 * ```
 */
export interface RunOptions<O extends OutputSchema | undefined = undefined> {
  /**
   * The answer's type: an arktype `Type` (the answer is validated with it,
   * and `result.output` is typed from it) or a JSON Schema object (passed to
   * the model; the SDK only checks the answer is JSON). A type that is not
   * an object (`type("string[]")`) works too: it is wrapped as `{ value }`.
   */
  output?: O;
  /**
   * How many answers may be refused before the call rejects with
   * {@linkcode OutputError}.
   *
   * @default {3}
   */
  maxAttempts?: number;
  /**
   * `"tool"`: the answer is the arguments of a terminal tool (any model that
   * calls tools). `"json"`: the provider is asked for JSON of the schema
   * (`responseFormat`), and the reply's text is the answer.
   *
   * @default {"tool"}
   */
  outputMode?: "tool" | "json";
  /**
   * The name of the answer tool (`outputMode: "tool"`).
   *
   * @default {"final_answer"}
   */
  outputToolName?: string;
  /**
   * Milliseconds to wait for each turn (a refused answer starts another).
   *
   * @default {60000}
   */
  timeout?: number;
  /** Aborting rejects the call with the signal's reason and aborts the turn. */
  signal?: AbortSignal;
}

/**
 * What `output` takes: an arktype `Type` or a JSON Schema object.
 *
 * @example A JSON Schema
 * ```ts
 * import type { OutputSchema } from "@copilot-sdk/copilot";
 *
 * const schema: OutputSchema = {
 *   type: "object",
 *   properties: { city: { type: "string" }, celsius: { type: "number" } },
 *   required: ["city", "celsius"],
 * };
 * ```
 */
export type OutputSchema = ArkTypeLike | JsonSchema;

/**
 * The type of `result.output` for an `output` option: an arktype `Type`'s
 * output, `unknown` for a JSON Schema, `undefined` without one.
 *
 * @example
 * ```ts
 * import { type } from "arktype";
 * import type { OutputOf } from "@copilot-sdk/copilot";
 *
 * const weather = type({ city: "string", celsius: "number" });
 * const answer: OutputOf<typeof weather> = { city: "Paris", celsius: 21 };
 * ```
 */
export type OutputOf<O> = O extends ArkTypeLike ? O["infer"] : O extends JsonSchema ? unknown
: undefined;

/**
 * Runs a turn (and, with `output`, gets its answer); the body of
 * `CopilotSession.run()`.
 *
 * @param session The session.
 * @param message The message.
 * @param options See {@linkcode RunOptions}.
 * @returns The turn's result.
 */
export async function runTurn<O extends OutputSchema | undefined>(
  session: TurnHost,
  message: string | MessageOptions,
  options: RunOptions<O> = {},
): Promise<TurnResult<OutputOf<O>>> {
  const { output, timeout, signal } = options;
  if (output === undefined) {
    const end = await waitForTurn(session, message, { timeout, signal, what: "run", record: true });
    return summarizeTurn(end) as TurnResult<OutputOf<O>>;
  }
  const spec = outputSpec(output, options);
  // One structured call at a time per session: the answer tool is the session's while it runs.
  const previous = locks.get(session.core) ?? Promise.resolve();
  const run = previous.then(() => structured(session, message, spec, { timeout, signal }));
  const settled = run.then(() => {}, () => {});
  locks.set(session.core, settled);
  settled.then(() => {
    if (locks.get(session.core) === settled) locks.delete(session.core);
  });
  return (await run) as TurnResult<OutputOf<O>>;
}

const locks = new WeakMap<SessionCore, Promise<void>>();

interface OutputSpec {
  /** The JSON Schema of the answer (of the tool's arguments: always an object). */
  schema: JsonSchema;
  /** Whether the answer is wrapped as `{ value }`. */
  wrapped: boolean;
  /** Validates the (unwrapped) answer. */
  check(value: unknown): { ok: true; value: unknown } | { ok: false; summary: string };
  maxAttempts: number;
  mode: "tool" | "json";
  toolName: string;
}

function outputSpec(
  output: OutputSchema,
  options: RunOptions<OutputSchema | undefined>,
): OutputSpec {
  const { maxAttempts = 3, outputMode = "tool", outputToolName = "final_answer" } = options;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(
      `Cannot run: "maxAttempts" must be a whole number >= 1, not ${maxAttempts}`,
    );
  }
  if (outputMode !== "tool" && outputMode !== "json") {
    throw new TypeError(`Cannot run: "outputMode" must be "tool" or "json"`);
  }
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(outputToolName)) {
    throw new TypeError(`Cannot run: "outputToolName" must be 1-64 letters, digits, "_" or "-"`);
  }
  let schema: JsonSchema;
  let check: OutputSpec["check"];
  if (typeof output === "function" && typeof output.toJsonSchema === "function") {
    const ark = output as ArkTypeLike;
    try {
      schema = { ...ark.toJsonSchema() } as JsonSchema;
    } catch (error) {
      throw new TypeError(
        `Cannot run: the output type cannot be expressed as JSON Schema (${
          error instanceof Error ? error.message : String(error)
        }); use JSON-compatible types`,
        { cause: error },
      );
    }
    delete schema.$schema;
    check = (value) => {
      const out = ark(value);
      return isArkErrors(out) ? { ok: false, summary: out.summary } : { ok: true, value: out };
    };
  } else if (output !== null && typeof output === "object" && !Array.isArray(output)) {
    schema = output as JsonSchema;
    check = (value) =>
      value === undefined
        ? { ok: false, summary: "the answer is missing" }
        : { ok: true, value: value };
  } else {
    throw new TypeError(`Cannot run: "output" must be an arktype Type or a JSON Schema object`);
  }
  const wrapped = schema.type !== "object";
  if (wrapped) {
    schema = { type: "object", properties: { value: schema }, required: ["value"] };
  }
  return { schema, wrapped, check, maxAttempts, mode: outputMode, toolName: outputToolName };
}

/** The state of one structured call: what the model answered so far. */
interface Attempts {
  refused: number;
  summary: string;
  value?: { value: unknown };
}

async function structured(
  session: TurnHost,
  message: string | MessageOptions,
  spec: OutputSpec,
  wait: { timeout?: number; signal?: AbortSignal },
): Promise<TurnResult<unknown>> {
  const core = session.core;
  const attempts: Attempts = { refused: 0, summary: "" };
  const tools = core.callbacks.tools;
  let restore: (() => Promise<void>) | undefined;
  if (spec.mode === "tool") {
    if (tools.has(spec.toolName)) {
      throw new TypeError(
        `Cannot run: the session has a tool named ${
          JSON.stringify(spec.toolName)
        }; pass another "outputToolName"`,
      );
    }
    tools.set(spec.toolName, answerTool(spec, attempts));
    // A session that limits its tools (`availableTools`) must allow this one too, for the call.
    const allowed = core.callbacks.availableTools;
    const limited = allowed !== undefined && !allowed.includes(spec.toolName);
    try {
      await setTools(core);
      if (limited) await setAvailable(core, [...allowed, spec.toolName]);
    } catch (error) {
      tools.delete(spec.toolName);
      await setTools(core).catch(() => {});
      throw error;
    }
    restore = async () => {
      tools.delete(spec.toolName);
      if (core.destroyed) return;
      await setTools(core).catch(core.report);
      if (limited) await setAvailable(core, allowed).catch(core.report);
    };
  }
  const results: TurnResult<unknown>[] = [];
  try {
    let next: string | MessageOptions = withInstructions(message, spec);
    while (true) {
      let turn: TurnResult;
      try {
        turn = summarizeTurn(
          await waitForTurn(session, next, { ...wait, what: "run", record: true }),
        );
      } catch (error) {
        // The last refused answer ended the turn (a rejected terminal tool call).
        if (attempts.refused >= spec.maxAttempts) break;
        throw error;
      }
      results.push(turn);
      if (attempts.value) return merge(results, attempts.value.value);
      if (attempts.refused >= spec.maxAttempts) break;
      // No answer through the tool: read the reply's text as JSON.
      const parsed = parseJson(turn.content);
      const checked = parsed.ok ? checkAnswer(spec, parsed.value) : parsed;
      if (checked.ok) return merge(results, checked.value);
      attempts.refused++;
      attempts.summary = checked.summary;
      if (attempts.refused >= spec.maxAttempts) break;
      next = retryPrompt(spec, checked.summary);
    }
  } finally {
    await restore?.();
  }
  throw new OutputError(attempts.summary, attempts.refused);
}

/** The tool whose arguments are the answer; its handler decides whether to take it. */
function answerTool(spec: OutputSpec, attempts: Attempts): Tool<unknown> {
  return {
    name: spec.toolName,
    description:
      "Give your final answer to the user's request by calling this tool once; its arguments are the answer. Call it when you are done, instead of answering in text.",
    parameters: spec.schema,
    skipPermission: true,
    isTerminal: true,
    handler: (args) => {
      const checked = checkAnswer(spec, args);
      if (checked.ok) {
        attempts.value = { value: checked.value };
        return "Answer recorded.";
      }
      attempts.refused++;
      attempts.summary = checked.summary;
      if (attempts.refused >= spec.maxAttempts) {
        // Ends the turn: no more tries.
        return {
          textResultForLlm: `Invalid answer: ${checked.summary}. No more tries.`,
          resultType: "rejected",
        };
      }
      return {
        textResultForLlm:
          `Invalid answer: ${checked.summary}. Call ${spec.toolName} again with a corrected answer.`,
        resultType: "failure",
        error: checked.summary,
      };
    },
  };
}

function checkAnswer(
  spec: OutputSpec,
  args: unknown,
): { ok: true; value: unknown } | { ok: false; summary: string } {
  if (!spec.wrapped) return spec.check(args);
  if (args === null || typeof args !== "object" || !("value" in args)) {
    return { ok: false, summary: "value must be present" };
  }
  return spec.check((args as { value: unknown }).value);
}

/** Registers the session's tools, as they are now, for the rest of the session. */
async function setTools(core: SessionCore): Promise<void> {
  // session.tools.set requires a description; session.create does not.
  const tools = [...core.callbacks.tools.values()].map((tool) => ({
    ...toolDeclaration(tool),
    description: tool.description ?? "",
  }));
  await core.request("session.tools.set", { sessionId: core.sessionId, tools } as never);
}

async function setAvailable(core: SessionCore, availableTools: string[]): Promise<void> {
  await core.request("session.options.update", { sessionId: core.sessionId, availableTools });
}

function withInstructions(message: string | MessageOptions, spec: OutputSpec): MessageOptions {
  const fields = typeof message === "string" ? { prompt: message } : message;
  if (spec.mode === "json") {
    return {
      ...fields,
      responseFormat: {
        type: "json_schema",
        jsonSchema: { name: spec.toolName, schema: spec.schema },
      },
    } as MessageOptions;
  }
  return {
    ...fields,
    prompt:
      `${fields.prompt}\n\nWhen you are done, give your answer by calling the tool ${spec.toolName}.`,
  };
}

function retryPrompt(spec: OutputSpec, summary: string): string {
  return spec.mode === "json"
    ? `Your answer was not valid: ${summary}. Reply again with only the corrected JSON.`
    : `Your answer was not valid: ${summary}. Give it again by calling the tool ${spec.toolName}.`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; summary: string } {
  const trimmed = text.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, "$1");
  if (trimmed === "") return { ok: false, summary: "no answer was given" };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch {
    return { ok: false, summary: "the answer is not JSON" };
  }
}

function merge(results: TurnResult<unknown>[], output: unknown): TurnResult<unknown> {
  const last = results.at(-1)!;
  if (results.length === 1) return { ...last, output };
  const usage = { ...last.usage };
  for (const key of Object.keys(usage) as (keyof typeof usage)[]) {
    usage[key] = results.reduce((sum, result) => sum + result.usage[key], 0);
  }
  return {
    ...last,
    toolCalls: results.flatMap((result) => result.toolCalls),
    events: results.flatMap((result) => result.events),
    usage,
    output,
  };
}

/** arktype's `ArkErrors`: an array with a `summary`. */
function isArkErrors(value: unknown): value is { summary: string } {
  return Array.isArray(value) && typeof (value as { summary?: unknown }).summary === "string";
}
