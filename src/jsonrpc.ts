/**
 * The JSON-RPC 2.0 engine the SDK talks to the CLI with: a
 * {@linkcode Connection} over any pair of byte streams, with LSP-style
 * `Content-Length` framing. Most programs never need it: `CopilotClient`
 * uses it for them.
 *
 * @example Two peers in one process
 * ```ts
 * import { Connection, createLinkedPair } from "@copilot-sdk/copilot/jsonrpc";
 *
 * const [a, b] = createLinkedPair();
 * const server = new Connection(b);
 * server.onRequest("ping", (params) => ({ message: `pong: ${params.message}` }));
 * const client = new Connection(a);
 * console.log(await client.request("ping", { message: "hi" }));
 * await client.close();
 * await server.close();
 * ```
 *
 * @module
 */

export {
  Connection,
  type ConnectionOptions,
  type ConnectionTransport,
  type NotificationHandler,
  type RequestContext,
  type RequestHandler,
  type RequestOptions,
} from "./rpc/connection.ts";
export {
  DEFAULT_MAX_FRAME_BYTES,
  encodeFrame,
  type FrameDecoderOptions,
  FrameDecoderStream,
} from "./rpc/framing.ts";
export { createLinkedPair, type MemoryTransport } from "./rpc/memory.ts";
export type { CloseInfo } from "./errors.ts";
