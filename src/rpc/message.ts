/**
 * JSON-RPC 2.0 message shapes and the standard error codes.
 *
 * @module
 */

/** A request or response id. */
export type MessageId = number | string;

/** A request: expects a response with the same id. */
export interface RequestMessage {
  /** Always `"2.0"`. */
  jsonrpc: "2.0";
  /** The id the response will carry. */
  id: MessageId;
  /** The method name. */
  method: string;
  /** The parameters. */
  params?: unknown;
}

/** A notification: no id, no response. */
export interface NotificationMessage {
  /** Always `"2.0"`. */
  jsonrpc: "2.0";
  /** The method name. */
  method: string;
  /** The parameters. */
  params?: unknown;
}

/** The error member of an error response. */
export interface ResponseError {
  /** A JSON-RPC error code. */
  code: number;
  /** A short description. */
  message: string;
  /** Extra information. */
  data?: unknown;
}

/** A response to a request. */
export interface ResponseMessage {
  /** Always `"2.0"`. */
  jsonrpc: "2.0";
  /** The id of the request answered (`null` when it could not be read). */
  id: MessageId | null;
  /** The result, on success. */
  result?: unknown;
  /** The error, on failure. */
  error?: ResponseError;
}

/**
 * Any JSON-RPC message.
 *
 * @example Tell the three kinds apart
 * ```ts
 * import type { Message } from "./message.ts";
 *
 * function kind(message: Message): string {
 *   if ("method" in message) return "id" in message ? "request" : "notification";
 *   return message.error ? "error response" : "response";
 * }
 * console.log(kind({ jsonrpc: "2.0", id: 1, method: "ping" })); // "request"
 * ```
 */
export type Message = RequestMessage | NotificationMessage | ResponseMessage;

/**
 * Standard JSON-RPC error codes.
 *
 * @example Answer an unknown method
 * ```ts
 * import { ErrorCodes, type ResponseMessage } from "./message.ts";
 *
 * const reply: ResponseMessage = {
 *   jsonrpc: "2.0",
 *   id: 7,
 *   error: { code: ErrorCodes.MethodNotFound, message: "Unhandled method \"foo\"" },
 * };
 * ```
 */
export const ErrorCodes = {
  /** Invalid JSON was received. */
  ParseError: -32700,
  /** The JSON sent is not a valid request object. */
  InvalidRequest: -32600,
  /** The method does not exist or has no handler. */
  MethodNotFound: -32601,
  /** Invalid method parameters. */
  InvalidParams: -32602,
  /** Internal error, also used for a handler that threw. */
  InternalError: -32603,
  /** The request was cancelled (LSP). */
  RequestCancelled: -32800,
} as const;

/**
 * What the first bytes of a message say it is, without parsing the rest:
 * a request or notification's method, or a response's id (top-level keys
 * only, before any nested object).
 *
 * @param head The start of the message's JSON text.
 * @returns The method, or the id of a response, when they can be told.
 */
export function peekMessage(head: string): { method?: string; responseId?: MessageId } {
  const method = /^\s*\{(?:[^{]*?,)?\s*"method"\s*:\s*"([^"]{1,200})"/.exec(head)?.[1];
  if (method !== undefined) return { method };
  const id = /^\s*\{(?:[^{]*?,)?\s*"id"\s*:\s*(\d{1,15}|"[^"]{0,200}")\s*[,}]/.exec(head)?.[1];
  if (id === undefined) return {};
  return { responseId: id.startsWith('"') ? JSON.parse(id) : Number(id) };
}
