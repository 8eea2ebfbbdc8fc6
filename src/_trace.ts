/**
 * W3C trace context for the calls that start work in the CLI
 * (`session.create`, `session.resume`, `session.send`): the client's
 * `onGetTraceContext` is asked before each, and its `traceparent` and
 * `tracestate` go with the call's params.
 *
 * @module
 */

import type { TraceContext } from "./client_options.ts";

/** The methods that carry the caller's trace context. */
const TRACED = new Set(["session.create", "session.resume", "session.send"]);

/**
 * The params of a call with the caller's trace context added, when the
 * method carries one. A callback that throws is reported, and the call goes
 * without.
 *
 * @param method The method.
 * @param params Its params.
 * @param provider The client's `onGetTraceContext`.
 * @param report Receives what the callback throws.
 * @returns The params to send.
 */
export async function withTraceContext<P>(
  method: string,
  params: P,
  provider: (() => TraceContext | Promise<TraceContext>) | undefined,
  report: (error: unknown) => void,
): Promise<P> {
  if (!provider || !TRACED.has(method)) return params;
  let context: TraceContext | undefined;
  try {
    context = await provider();
  } catch (error) {
    report(error);
    return params;
  }
  const extra: TraceContext = {};
  if (typeof context?.traceparent === "string") extra.traceparent = context.traceparent;
  if (typeof context?.tracestate === "string") extra.tracestate = context.tracestate;
  return { ...params, ...extra };
}
