/**
 * Tools the agent can call, written in TypeScript: {@linkcode defineTool}
 * takes an arktype `Type` (or a plain JSON Schema) for the arguments, so the
 * handler's argument is typed and checked before it runs.
 *
 * This module never imports arktype: it works through the `Type` the caller
 * passes, so a program without arktype tools never loads it.
 *
 * @module
 */

import type { ToolResultType as GeneratedToolResultType } from "./generated/rpc.ts";

/**
 * A JSON Schema object, as sent to the CLI for a tool's parameters.
 *
 * @example The parameters of a tool, by hand
 * ```ts
 * import type { JsonSchema } from "@copilot-sdk/copilot";
 *
 * const parameters: JsonSchema = {
 *   type: "object",
 *   properties: { city: { type: "string" } },
 *   required: ["city"],
 * };
 * ```
 */
export type JsonSchema = { [key: string]: unknown };

/**
 * The part of an arktype `Type` the SDK uses: calling it validates, and
 * `toJsonSchema()` describes it. Any arktype `Type` fits.
 *
 * @example An arktype type fits
 * ```ts
 * import { type } from "arktype";
 * import type { ArkTypeLike } from "@copilot-sdk/copilot";
 *
 * const city: ArkTypeLike<{ city: string }> = type({ city: "string" });
 * console.log(city.toJsonSchema()); // { type: "object", properties: { city: ... }, ... }
 * ```
 */
export interface ArkTypeLike<Out = unknown> {
  /** Validates `data`: the output, or arktype's errors. */
  (data: unknown): unknown;
  /** The JSON Schema of the type; throws when it has none. */
  toJsonSchema(): object;
  /** The validated output type (type-level only). */
  readonly infer: Out;
}

/**
 * What a tool handler learns about the call besides its arguments.
 *
 * @example Stop work when the call is cancelled
 * ```ts
 * import { defineTool } from "@copilot-sdk/copilot";
 *
 * const fetchPage = defineTool("fetch_page", {
 *   description: "Fetch a web page",
 *   parameters: { type: "object", properties: { url: { type: "string" } } },
 *   handler: async (args: { url: string }, invocation) => {
 *     const response = await fetch(args.url, { signal: invocation.signal });
 *     return await response.text();
 *   },
 * });
 * ```
 */
export interface ToolInvocation {
  /** The session the call belongs to. */
  sessionId: string;
  /** The model's id for this call. */
  toolCallId: string;
  /** The tool's name. */
  toolName: string;
  /** The arguments exactly as the model sent them. */
  arguments: unknown;
  /** Aborted when the call is cancelled (turn aborted, session destroyed, CLI gone). */
  signal: AbortSignal;
  /** The W3C `traceparent` of the CLI's span for this call, to continue the trace. */
  traceparent?: string;
  /** The W3C `tracestate` of the CLI's span for this call. */
  tracestate?: string;
  /**
   * The session's current tools, only for a tool that replaces the built-in
   * tool search (`tool_search_tool`), so it can rank the live catalog.
   */
  availableTools?: unknown[];
}

/**
 * How a tool call ended, as the model is told. With `"rejected"` or
 * `"denied"` the CLI (1.0.102) also ends the agent's turn: the model is not
 * asked again until the next message.
 *
 * @example A refusal
 * ```ts
 * import type { ToolResultType } from "@copilot-sdk/copilot";
 *
 * const resultType: ToolResultType = "rejected";
 * ```
 */
export type ToolResultType = GeneratedToolResultType;

/**
 * Binary content of a tool result for the model: an image or a resource.
 *
 * @example A PNG
 * ```ts
 * import type { ToolBinaryResult } from "@copilot-sdk/copilot";
 *
 * const chart: ToolBinaryResult = { type: "image", data: "<base64>", mimeType: "image/png" };
 * ```
 */
export interface ToolBinaryResult {
  /** `"image"` or `"resource"`. */
  type: "image" | "resource";
  /** The content, base64. */
  data: string;
  /** Its media type. */
  mimeType: string;
  /** What it is (a resource's URI, say). */
  description?: string;
}

/**
 * A detailed tool result.
 *
 * @example A failure the model can act on
 * ```ts
 * import { defineTool, type ToolResultObject } from "@copilot-sdk/copilot";
 *
 * const readConfig = defineTool("read_config", {
 *   description: "Read the app's configuration",
 *   handler: (): ToolResultObject => ({
 *     textResultForLlm: "No configuration file: ask the user to create config.json",
 *     resultType: "failure",
 *     error: "config.json not found",
 *     sessionLog: "read_config: config.json is missing",
 *   }),
 * });
 * ```
 */
export interface ToolResultObject {
  /** The text the model sees. */
  textResultForLlm: string;
  /**
   * How the call ended.
   *
   * @default {"success"}
   */
  resultType?: ToolResultType;
  /** An error message, for failures. */
  error?: string;
  /** A note for the session's log (shown to people, not the model). */
  sessionLog?: string;
  /** Telemetry about the call. */
  toolTelemetry?: Record<string, unknown>;
  /** Images and other binary content for the model. */
  binaryResultsForLlm?: ToolBinaryResult[];
  /** For a tool-search tool: the names of the tools it found, which the CLI then offers. */
  toolReferences?: string[];
}

/**
 * Runs a tool call. It may be sync or async and return a string, a
 * {@linkcode ToolResultObject}, or any JSON value (sent as JSON text).
 * Throwing gives the model a failure result with the message.
 *
 * @example A handler returning JSON
 * ```ts
 * import type { ToolHandler } from "@copilot-sdk/copilot";
 *
 * const handler: ToolHandler<{ city: string }> = ({ city }, { toolCallId }) => ({
 *   city,
 *   forecast: "sunny",
 *   call: toolCallId,
 * });
 * ```
 */
export type ToolHandler<Args> = (args: Args, invocation: ToolInvocation) => unknown;

/**
 * The outcome of checking a call's arguments.
 *
 * @example A check of your own, for a hand-built tool
 * ```ts
 * import type { ArgumentCheck, Tool } from "@copilot-sdk/copilot";
 *
 * function checkCity(args: unknown): ArgumentCheck<{ city: string }> {
 *   const city = (args as { city?: unknown } | null)?.city;
 *   return typeof city === "string"
 *     ? { ok: true, value: { city } }
 *     : { ok: false, message: "city must be a string" };
 * }
 * const weather: Tool<{ city: string }> = {
 *   name: "get_weather",
 *   parameters: { type: "object", properties: { city: { type: "string" } } },
 *   check: checkCity,
 *   handler: ({ city }) => `Sunny in ${city}`,
 * };
 * ```
 */
export type ArgumentCheck<Args> = { ok: true; value: Args } | { ok: false; message: string };

/**
 * A tool the agent can call. Make one with {@linkcode defineTool}.
 *
 * @example The low-level form, without arktype
 * ```ts
 * import type { Tool } from "@copilot-sdk/copilot";
 *
 * const now: Tool = {
 *   name: "current_time",
 *   description: "The current time, ISO 8601",
 *   skipPermission: true,
 *   handler: () => new Date().toISOString(),
 * };
 * // createSession({ model, tools: [now] })
 * ```
 */
export interface Tool<Args = unknown> {
  /** The name the model calls it by. */
  name: string;
  /** What it does, for the model. */
  description?: string;
  /** The JSON Schema of its arguments. */
  parameters?: JsonSchema;
  /** Replace a built-in CLI tool of the same name. */
  overridesBuiltInTool?: boolean;
  /** Run without asking for permission. */
  skipPermission?: boolean;
  /**
   * Runs the call. A tool without one is only declared: the model sees it,
   * and its calls are left for your program (the `external_tool.requested`
   * event) to answer with `session.rpc.tools.handlePendingToolCall`.
   */
  handler?: ToolHandler<Args>;
  /** Checks the model's arguments before the handler runs; absent for unchecked tools. */
  check?: (args: unknown) => ArgumentCheck<Args>;
  /**
   * `"auto"` lets the CLI load the tool only when tool search finds it (with
   * many tools); `"never"` always offers it.
   *
   * @default {"auto"}
   */
  defer?: "auto" | "never";
  /** Data of your own about the tool, kept as it is by the CLI. */
  metadata?: Record<string, unknown>;
  /** A successful call ends the agent's turn (the result is not given back to the model). */
  isTerminal?: boolean;
}

/** The options every tool takes besides its parameters and handler. */
export interface ToolOptions {
  /** What it does, for the model. */
  description?: string;
  /** Replace a built-in CLI tool of the same name. */
  overridesBuiltInTool?: boolean;
  /** Run without asking for permission. */
  skipPermission?: boolean;
  /** `"auto"` (found by tool search when there are many) or `"never"` (always offered). */
  defer?: "auto" | "never";
  /** Data of your own about the tool, kept as it is by the CLI. */
  metadata?: Record<string, unknown>;
  /** A successful call ends the agent's turn. */
  isTerminal?: boolean;
}

/**
 * Options for a tool whose arguments are an arktype `Type`.
 *
 * @example Options kept apart from the call
 * ```ts
 * import { type } from "arktype";
 * import { type ArkToolOptions, defineTool } from "@copilot-sdk/copilot";
 *
 * const args = type({ a: "number", b: "number" });
 * const options: ArkToolOptions<typeof args> = {
 *   description: "Add two numbers",
 *   parameters: args,
 *   handler: ({ a, b }) => String(a + b),
 *   skipPermission: true,
 * };
 * const add = defineTool("add", options);
 * ```
 */
export interface ArkToolOptions<T extends ArkTypeLike> extends ToolOptions {
  /** The arguments' type; invalid arguments never reach the handler. */
  parameters: T;
  /** Runs the call with the validated arguments; without one the tool is only declared. */
  handler?: ToolHandler<T["infer"]>;
}

/**
 * Options for a tool whose arguments are described by a JSON Schema (not
 * checked by the SDK).
 *
 * @example A JSON Schema tool
 * ```ts
 * import { defineTool, type JsonSchemaToolOptions } from "@copilot-sdk/copilot";
 *
 * const options: JsonSchemaToolOptions<{ text: string }> = {
 *   description: "Shout the text",
 *   parameters: { type: "object", properties: { text: { type: "string" } } },
 *   handler: ({ text }) => String(text).toUpperCase(),
 * };
 * const shout = defineTool("shout", options);
 * ```
 */
export interface JsonSchemaToolOptions<Args = Record<string, unknown>> extends ToolOptions {
  /** The JSON Schema of the arguments. */
  parameters?: JsonSchema;
  /** Runs the call; without one the tool is only declared. */
  handler?: ToolHandler<Args>;
}

const TOOL_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Defines a tool whose arguments are an arktype `Type`: the handler's
 * argument is typed from it, the model's arguments are validated with it
 * before the handler runs, and its JSON Schema is made now, so a type that
 * cannot be expressed as JSON Schema fails here.
 *
 * @param name The name the model calls it by (letters, digits, `_`, `-`; at most 64).
 * @param options Description, parameters and handler.
 * @returns The tool, for `createSession({ tools })`.
 * @throws {TypeError} A bad name, a handler that is not a function, or parameters with no JSON Schema.
 *
 * @example A typed tool
 * ```ts
 * import { type } from "arktype";
 * import { defineTool } from "@copilot-sdk/copilot";
 *
 * const lookup = defineTool("lookup_issue", {
 *   description: "Fetch an issue's title",
 *   parameters: type({ id: "string" }),
 *   handler: ({ id }) => `Issue ${id}: Fix the build`, // `id` is a string
 * });
 * console.log(lookup.parameters); // { type: "object", properties: { id: ... }, required: ["id"] }
 * console.log(lookup.check?.({ id: 7 })); // { ok: false, message: "id must be a string (was a number)" }
 * ```
 */
export function defineTool<T extends ArkTypeLike>(
  name: string,
  options: ArkToolOptions<T>,
): Tool<T["infer"]>;
/**
 * Defines a tool whose arguments are described by a plain JSON Schema; the
 * SDK passes them to the handler unchecked.
 *
 * @param name The name the model calls it by.
 * @param options Description, parameters and handler.
 * @returns The tool.
 * @throws {TypeError} A bad name, or a handler that is not a function.
 *
 * @example A tool with a JSON Schema
 * ```ts
 * import { defineTool } from "@copilot-sdk/copilot";
 *
 * const greet = defineTool<{ name: string }>("greet", {
 *   description: "Greet someone",
 *   parameters: { type: "object", properties: { name: { type: "string" } } },
 *   handler: ({ name }) => `Hello, ${name}!`,
 * });
 * console.log(greet.check); // undefined: the arguments reach the handler unchecked
 * ```
 */
export function defineTool<Args = Record<string, unknown>>(
  name: string,
  options: JsonSchemaToolOptions<Args>,
): Tool<Args>;
export function defineTool(
  name: string,
  options: ArkToolOptions<ArkTypeLike> | JsonSchemaToolOptions<unknown>,
): Tool<unknown> {
  const what = `Cannot define tool ${JSON.stringify(name)}`;
  if (typeof name !== "string" || !TOOL_NAME.test(name)) {
    throw new TypeError(
      `${what}: a tool name must be 1-64 letters, digits, "_" or "-"`,
    );
  }
  if (options === null || typeof options !== "object") {
    throw new TypeError(`${what}: the options must be an object`);
  }
  if (options.handler !== undefined && typeof options.handler !== "function") {
    throw new TypeError(`${what}: "handler" must be a function (or left out to only declare it)`);
  }
  if (options.defer !== undefined && options.defer !== "auto" && options.defer !== "never") {
    throw new TypeError(`${what}: "defer" must be "auto" or "never"`);
  }
  const tool: Tool<unknown> = {
    name,
    description: options.description,
    handler: options.handler,
    overridesBuiltInTool: options.overridesBuiltInTool,
    skipPermission: options.skipPermission,
    defer: options.defer,
    metadata: options.metadata,
    isTerminal: options.isTerminal,
  };
  const parameters = options.parameters;
  if (isArkType(parameters)) {
    tool.parameters = arkJsonSchema(parameters, what);
    tool.check = (args) => checkWithArkType(parameters, args);
  } else if (parameters !== undefined) {
    if (parameters === null || typeof parameters !== "object" || Array.isArray(parameters)) {
      throw new TypeError(
        `${what}: "parameters" must be an arktype Type or a JSON Schema object`,
      );
    }
    tool.parameters = parameters;
  }
  if (tool.parameters !== undefined && tool.parameters.type !== "object") {
    // The CLI leaves such a tool out of what the model is offered, silently.
    throw new TypeError(
      `${what}: its parameters must describe an object (JSON Schema "type": "object"), since the model passes tool arguments as named fields; got ${
        JSON.stringify(tool.parameters.type ?? "no type")
      }. Wrap the value in an object, e.g. type({ value: "string" })`,
    );
  }
  return tool;
}

/**
 * Checks a tool the caller built by hand (the low-level form
 * `{ name, description, parameters, handler }`) and fills in what
 * {@linkcode defineTool} would.
 *
 * @param tool The tool.
 * @returns The tool, ready to register.
 * @throws {TypeError} A bad name, handler or parameters.
 */
// deno-lint-ignore no-explicit-any
export function normalizeTool(tool: Tool<any>): Tool<unknown> {
  if (tool === null || typeof tool !== "object") {
    throw new TypeError("Cannot register tool: a tool must be an object made by defineTool()");
  }
  // Checks the name and handler, and converts arktype parameters if given raw.
  const normalized = defineTool(tool.name, tool as unknown as JsonSchemaToolOptions<unknown>);
  if (tool.check) normalized.check = tool.check as Tool<unknown>["check"];
  return normalized;
}

/**
 * A tool as the CLI is told of it: everything but its handler and argument check.
 */
export function toolDeclaration(tool: Tool<unknown>): Record<string, unknown> {
  return {
    name: tool.name,
    description: tool.description,
    parameters: tool.parameters,
    overridesBuiltInTool: tool.overridesBuiltInTool,
    skipPermission: tool.skipPermission,
    defer: tool.defer,
    metadata: tool.metadata,
    isTerminal: tool.isTerminal,
  };
}

/**
 * Turns what a handler returned into what the CLI takes: a string or a
 * {@linkcode ToolResultObject}; other values become JSON text.
 *
 * @param value The handler's return value.
 * @returns The wire result.
 */
export function toToolResult(value: unknown): string | ToolResultObject {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (isToolResultObject(value)) return value;
  if (hasResultType(value)) {
    // A result object without its text: the model reads the error, or the rest as JSON.
    const { resultType } = value;
    if (!RESULT_TYPES.has(resultType as string)) {
      const message = `The tool returned an unknown resultType ${JSON.stringify(resultType)}`;
      return toolFailure(message);
    }
    const error = typeof value.error === "string" ? value.error : undefined;
    return { ...value, textResultForLlm: error ?? JSON.stringify(value) } as ToolResultObject;
  }
  if (typeof value === "bigint") return String(value);
  if (typeof value !== "object") return JSON.stringify(value) ?? String(value);
  try {
    return JSON.stringify(value);
  } catch (error) {
    // A BigInt or a cycle inside: the model gets a failure, not "[object Object]".
    const why = error instanceof Error ? error.message : String(error);
    return toolFailure(`The tool's result cannot be sent as JSON (${why})`);
  }
}

/**
 * A failure result whose text tells the model what went wrong.
 *
 * @param message What went wrong.
 * @returns The result.
 */
export function toolFailure(message: string): ToolResultObject {
  return { textResultForLlm: message, resultType: "failure", error: message };
}

/**
 * Every {@linkcode ToolResultType}: `satisfies` fails to compile when the
 * schema drops one, `_allResultTypes` when it adds one.
 */
const RESULT_TYPE_LIST = [
  "success",
  "failure",
  "timeout",
  "rejected",
  "denied",
] as const satisfies readonly ToolResultType[];
const RESULT_TYPES = new Set<string>(RESULT_TYPE_LIST);
const _allResultTypes: [ToolResultType] extends [typeof RESULT_TYPE_LIST[number]] ? true : never =
  true;

function isToolResultObject(value: unknown): value is ToolResultObject {
  return typeof value === "object" && value !== null &&
    typeof (value as ToolResultObject).textResultForLlm === "string" &&
    ((value as ToolResultObject).resultType === undefined ||
      RESULT_TYPES.has((value as ToolResultObject).resultType!));
}

function hasResultType(value: unknown): value is { resultType: unknown; error?: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value) &&
    "resultType" in value;
}

function isArkType(value: unknown): value is ArkTypeLike {
  return typeof value === "function" &&
    typeof (value as Partial<ArkTypeLike>).toJsonSchema === "function";
}

/** arktype's `ArkErrors`: an array with a `summary` and a `throw()` method. */
function isArkErrors(value: unknown): value is { summary: string } {
  return Array.isArray(value) && typeof (value as { summary?: unknown }).summary === "string" &&
    typeof (value as { throw?: unknown }).throw === "function";
}

function checkWithArkType(type: ArkTypeLike, args: unknown): ArgumentCheck<unknown> {
  const out = type(args);
  if (isArkErrors(out)) return { ok: false, message: out.summary };
  return { ok: true, value: out };
}

function arkJsonSchema(type: ArkTypeLike, what: string): JsonSchema {
  let schema: JsonSchema;
  try {
    schema = { ...type.toJsonSchema() } as JsonSchema;
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");
    throw new TypeError(
      `${what}: its parameters cannot be expressed as JSON Schema (${detail}); use JSON-compatible types (no Date, morphs or custom predicates) or pass a JSON Schema object`,
      { cause: error },
    );
  }
  delete schema.$schema;
  return schema;
}
