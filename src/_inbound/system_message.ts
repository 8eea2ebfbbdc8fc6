/**
 * Answers `systemMessage.transform`: the CLI hands the sections whose
 * `customize` action is a callback, and each callback rewrites its section.
 * A callback that throws leaves its section as it was.
 *
 * @module
 */

import type { CliRequests } from "../protocol.ts";
import { runTransforms } from "../system_message.ts";
import type { RequestResponder } from "./responder.ts";

type Transform = CliRequests["systemMessage.transform"];

/** Runs the session's section transforms. */
export const systemMessageResponder: RequestResponder<Transform["params"], Transform["result"]> = {
  method: "systemMessage.transform",
  respond: (session, params) =>
    runTransforms(session.callbacks.transforms, params?.sections, session.report),
};
