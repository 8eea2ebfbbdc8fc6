/**
 * Checks of what users pass, made before anything is sent to the CLI: each
 * error names the field and the fix. (What the CLI would take silently and
 * then hang on, or refuse with a message that names no field.)
 *
 * @module
 */

import type { Attachment as GeneratedAttachment } from "./generated/session_events.ts";
import { pathKind } from "./runtime/env.ts";

/**
 * Checks MCP server entries: the CLI takes a bad one silently and the turn
 * then hangs.
 *
 * @param servers The servers by name, if any.
 * @param what The call, for messages.
 * @param where The option's path, for messages.
 * @throws {TypeError} A bad entry, named.
 */
export function checkMcpServers(servers: unknown, what: string, where: string): void {
  if (servers === undefined) return;
  if (servers === null || typeof servers !== "object" || Array.isArray(servers)) {
    throw new TypeError(
      `Cannot ${what}: "${where}" must be an object of servers by name, e.g. { files: { command: "mcp-files", args: [] } }`,
    );
  }
  for (const [name, server] of Object.entries(servers)) {
    const at = `"${where}.${name}"`;
    if (server === null || typeof server !== "object") {
      throw new TypeError(`Cannot ${what}: ${at} must be an object`);
    }
    const { type, command, args, url, tools } = server as Record<string, unknown>;
    if (type === undefined || type === "local" || type === "stdio") {
      if (typeof command !== "string" || command === "") {
        throw new TypeError(
          `Cannot ${what}: ${at}.command must be the command to run (a non-empty string), e.g. "npx"`,
        );
      }
      if (args !== undefined && !isStringArray(args)) {
        throw new TypeError(`Cannot ${what}: ${at}.args must be an array of strings`);
      }
    } else if (type === "http" || type === "sse") {
      if (typeof url !== "string" || url === "") {
        throw new TypeError(`Cannot ${what}: ${at}.url must be the server's URL (a string)`);
      }
    } else {
      throw new TypeError(
        `Cannot ${what}: ${at}.type ${
          JSON.stringify(type)
        } is not a server type; use "local" (or "stdio"), "http" or "sse"`,
      );
    }
    if (tools !== undefined && !isStringArray(tools)) {
      throw new TypeError(`Cannot ${what}: ${at}.tools must be an array of tool names, e.g. ["*"]`);
    }
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** Every attachment type of the CLI's schema (checked both ways at compile time). */
const ATTACHMENT_TYPE_LIST = [
  "file",
  "directory",
  "selection",
  "blob",
  "extension_context",
  "github_reference",
  "github_commit",
  "github_release",
  "github_actions_job",
  "github_repository",
  "github_file_diff",
  "github_tree_comparison",
  "github_url",
  "github_file",
  "github_snippet",
] as const satisfies readonly GeneratedAttachment["type"][];
const ATTACHMENT_TYPES = new Set<string>(ATTACHMENT_TYPE_LIST);
const _allAttachmentTypes: [GeneratedAttachment["type"]] extends
  [typeof ATTACHMENT_TYPE_LIST[number]] ? true : never = true;

/**
 * Checks a message's attachments: an array of known attachment types, and
 * for files, directories and selections an absolute path to something of
 * that kind (when `localFiles`: the CLI runs on this machine).
 *
 * @param attachments The message's `attachments`.
 * @param localFiles Whether paths can be checked here.
 * @throws {TypeError} A bad attachment, named by its index.
 */
export function checkAttachments(attachments: unknown, localFiles: boolean): void {
  if (attachments === undefined) return;
  if (!Array.isArray(attachments)) {
    throw new TypeError(
      'Cannot send: "attachments" must be an array, e.g. [{ type: "file", path: "/abs/notes.md" }]',
    );
  }
  for (const [i, attachment] of attachments.entries()) {
    const at = `attachments[${i}]`;
    if (attachment === null || typeof attachment !== "object") {
      throw new TypeError(`Cannot send: ${at} must be an object with a "type"`);
    }
    const { type } = attachment as { type?: unknown };
    if (typeof type !== "string" || !ATTACHMENT_TYPES.has(type)) {
      throw new TypeError(
        `Cannot send: ${at} has the unknown type ${JSON.stringify(type)}; use one of ${
          ATTACHMENT_TYPE_LIST.map((t) => `"${t}"`).join(", ")
        }`,
      );
    }
    if (type !== "file" && type !== "directory" && type !== "selection") continue;
    const key = type === "selection" ? "filePath" : "path";
    const path: unknown = (attachment as Record<string, unknown>)[key];
    const want = type === "directory" ? "directory" : "file";
    if (typeof path !== "string" || !isAbsolute(path)) {
      throw new TypeError(
        `Cannot send: ${at}.${key} must be an absolute path to the ${want}, not ${
          JSON.stringify(path)
        }`,
      );
    }
    if (!localFiles) continue;
    const kind = pathKind(path);
    if (kind !== want) {
      throw new TypeError(
        `Cannot send: ${at}.${key} ${JSON.stringify(path)} ${
          kind === undefined ? "does not exist" : `is not a ${want}`
        }`,
      );
    }
  }
}

function isAbsolute(path: string): boolean {
  return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\");
}
