/**
 * {@linkcode convertMcpCallToolResult}: turns what an MCP server's tool
 * returned (a `CallToolResult`) into a tool result, so a tool of yours can
 * forward an MCP call.
 *
 * @module
 */

import type { ToolBinaryResult, ToolResultObject } from "./tools.ts";

/**
 * An MCP `CallToolResult`: content blocks (text, images, resources) and
 * whether it is an error.
 *
 * @example A text result
 * ```ts
 * import type { McpCallToolResult } from "@copilot-sdk/copilot";
 *
 * const result: McpCallToolResult = { content: [{ type: "text", text: "3 open issues" }] };
 * ```
 */
export interface McpCallToolResult {
  /** The content blocks. */
  content: Array<
    | { type: "text"; text: string }
    | { type: "image"; data: string; mimeType: string }
    | {
      type: "resource";
      resource: { uri: string; mimeType?: string; text?: string; blob?: string };
    }
    | { type: string; [key: string]: unknown }
  >;
  /** Whether the call failed. */
  isError?: boolean;
}

/**
 * Converts an MCP `CallToolResult`: text blocks (and resources' text)
 * become the text the model reads, images and resources' binary content
 * become binary results, and `isError` makes it a failure.
 *
 * @param result What the MCP tool returned.
 * @returns The tool result.
 *
 * @example Forward an MCP call from a tool of yours
 * ```ts
 * import { convertMcpCallToolResult } from "@copilot-sdk/copilot";
 *
 * const result = convertMcpCallToolResult({
 *   content: [{ type: "text", text: "done" }, { type: "image", data: "aGk=", mimeType: "image/png" }],
 * });
 * console.log(result.textResultForLlm, result.binaryResultsForLlm?.length); // "done" 1
 * ```
 */
export function convertMcpCallToolResult(result: McpCallToolResult): ToolResultObject {
  const text: string[] = [];
  const binary: ToolBinaryResult[] = [];
  for (const block of result?.content ?? []) {
    if (block?.type === "text" && typeof block.text === "string") {
      text.push(block.text);
    } else if (
      block?.type === "image" && typeof block.data === "string" && block.data &&
      typeof block.mimeType === "string"
    ) {
      binary.push({ type: "image", data: block.data, mimeType: block.mimeType });
    } else if (block?.type === "resource") {
      const resource = (block as { resource?: Record<string, unknown> }).resource;
      if (typeof resource?.text === "string" && resource.text) text.push(resource.text);
      if (typeof resource?.blob === "string" && resource.blob) {
        binary.push({
          type: "resource",
          data: resource.blob,
          mimeType: typeof resource.mimeType === "string" && resource.mimeType
            ? resource.mimeType
            : "application/octet-stream",
          description: typeof resource.uri === "string" ? resource.uri : undefined,
        });
      }
    }
  }
  return {
    textResultForLlm: text.join("\n"),
    resultType: result?.isError ? "failure" : "success",
    ...(binary.length ? { binaryResultsForLlm: binary } : {}),
  };
}
