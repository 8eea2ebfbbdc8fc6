/**
 * Answers `canvas.open`, `canvas.action.invoke` and `canvas.close`: the
 * agent opened a canvas of the session (`canvases`), acted on it, or it was
 * closed. What a canvas throws goes back as an error with a code
 * (`CanvasError`'s, else `"canvas_handler_error"`).
 *
 * @module
 */

import { CanvasError } from "../canvas.ts";
import type { Canvas } from "../canvas.ts";
import { RpcError } from "../errors.ts";
import { ErrorCodes } from "../rpc/message.ts";
import type { InboundSession, RequestResponder } from "./responder.ts";

// deno-lint-ignore no-explicit-any
type Params = any;

/** The three canvas requests. */
export const canvasResponders: RequestResponder<Params, unknown>[] = [
  {
    method: "canvas.open",
    respond: (session, params) =>
      run(session, params, async (canvas) => (await canvas.open(params)) ?? {}),
  },
  {
    method: "canvas.action.invoke",
    respond: (session, params) =>
      run(session, params, async (canvas) => {
        const handler = canvas.actions.get(params.actionName);
        if (!handler) {
          throw new CanvasError(
            "canvas_action_no_handler",
            `Canvas "${canvas.declaration.id}" has no action "${params.actionName}"`,
          );
        }
        return await handler(params) ?? {};
      }),
  },
  {
    method: "canvas.close",
    respond: (session, params) =>
      run(session, params, async (canvas) => {
        await canvas.onClose?.(params);
        return null;
      }),
  },
];

async function run(
  session: InboundSession,
  params: Params,
  answer: (canvas: Canvas) => Promise<unknown>,
): Promise<unknown> {
  const canvas = session.callbacks.canvases?.get(params?.canvasId);
  if (!canvas) {
    throw new RpcError(
      ErrorCodes.InvalidParams,
      `Session "${session.sessionId}" has no canvas "${params?.canvasId}"`,
    );
  }
  try {
    return await answer(canvas);
  } catch (error) {
    if (!(error instanceof CanvasError)) session.report(error);
    const code = error instanceof CanvasError ? error.code : "canvas_handler_error";
    const message = error instanceof Error ? error.message : String(error);
    throw new RpcError(ErrorCodes.InternalError, message, { code, message });
  }
}
