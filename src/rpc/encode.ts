/**
 * Encodes JSON-RPC messages as JSON text the other end can read: only
 * well-formed Unicode, and a clear error for values JSON cannot hold.
 *
 * @module
 */

/**
 * A message as JSON text with only well-formed Unicode: a lone UTF-16
 * surrogate (a string cut in the middle of an emoji) becomes U+FFFD, as
 * `TextEncoder` would make it. The CLI refuses a frame holding one with a
 * parse error that names no request, which would leave its call unanswered.
 * `JSON.stringify` writes surrogate pairs as they are and a lone surrogate
 * as a `\udXXX` escape, so any such escape (not itself escaped) is a lone one.
 *
 * @param message The message.
 * @returns Its JSON text.
 * @throws {TypeError} JSON cannot hold it (a BigInt, a cycle).
 */
export function encodeMessage(message: unknown): string {
  const text = JSON.stringify(message);
  if (!text.includes("\\ud")) return text;
  return text.replace(LONE_SURROGATE, "$1\\ufffd");
}

/** A `\udXXX` escape preceded by an even number of backslashes (so it is an escape). */
const LONE_SURROGATE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

/**
 * The error of a value JSON cannot hold, for the call it belonged to.
 *
 * @param what What could not be done, e.g. `Cannot send "session.send"`.
 * @param error What `JSON.stringify` threw.
 * @returns A `TypeError` saying so.
 */
export function unencodable(what: string, error: unknown): TypeError {
  const why = error instanceof Error ? error.message : String(error);
  return new TypeError(`${what}: the value cannot be encoded as JSON (${why})`, { cause: error });
}
