/**
 * Canvases: panels your program renders (a chart, a form, a preview) that
 * the agent can open and act on. Declare them with {@linkcode createCanvas}
 * in a session's `canvases`; the CLI offers the model `open_canvas`,
 * `invoke_canvas_action` and `list_canvas_capabilities`, and asks your
 * canvas (`canvas.open`, `canvas.action.invoke`, `canvas.close`). Names and
 * shapes follow the official SDK.
 *
 * @module
 */

import type {
  CanvasActionInvokeParams,
  CanvasCloseParams,
  CanvasJsonSchema,
  CanvasOpenParams,
  CanvasProviderOpenResult,
} from "./generated/rpc.ts";

export type {
  CanvasActionInvokeParams,
  CanvasCloseParams,
  CanvasJsonSchema,
  CanvasOpenParams,
  CanvasProviderOpenResult,
};

/**
 * Something the agent can do on an open canvas.
 *
 * @example Refresh a chart
 * ```ts
 * import type { CanvasAction } from "@copilot-sdk/copilot";
 *
 * const refresh: CanvasAction = {
 *   name: "refresh",
 *   description: "Reload the chart's data",
 *   handler: ({ instanceId }) => ({ refreshed: instanceId }),
 * };
 * ```
 */
export interface CanvasAction {
  /** Its name. */
  name: string;
  /** What it does, for the model. */
  description?: string;
  /** The JSON Schema of its input. */
  inputSchema?: CanvasJsonSchema;
  /** Runs it; what it returns goes to the model. */
  handler: (request: CanvasActionInvokeParams) => unknown;
}

/**
 * What is declared to the CLI about a canvas (no handlers).
 *
 * @example As sent
 * ```ts
 * import type { CanvasDeclaration } from "@copilot-sdk/copilot";
 *
 * const chart: CanvasDeclaration = { id: "chart", displayName: "Chart", description: "A line chart" };
 * ```
 */
export interface CanvasDeclaration {
  /** The canvas type's id. */
  id: string;
  /** Its name for people. */
  displayName: string;
  /** What it shows, for the model. */
  description: string;
  /** The JSON Schema of what opening it takes. */
  inputSchema?: CanvasJsonSchema;
  /** Its actions, without handlers. */
  actions?: Omit<CanvasAction, "handler">[];
}

/**
 * A canvas: its declaration and its handlers.
 *
 * @example A chart canvas
 * ```ts
 * import { createCanvas } from "@copilot-sdk/copilot";
 *
 * const chart = createCanvas({
 *   id: "chart",
 *   displayName: "Chart",
 *   description: "A line chart of a metric",
 *   open: ({ instanceId, input }) => ({ url: `http://127.0.0.1:8000/chart/${instanceId}`, title: String(input?.metric) }),
 * });
 * // createSession({ model, canvases: [chart] })
 * ```
 */
export interface CanvasOptions {
  /** The canvas type's id. */
  id: string;
  /** Its name for people. */
  displayName: string;
  /** What it shows, for the model. */
  description: string;
  /** The JSON Schema of what opening it takes. */
  inputSchema?: CanvasJsonSchema;
  /** Its actions. */
  actions?: CanvasAction[];
  /** Opens (or focuses) an instance: where it is shown, its title, a status line. */
  open(request: CanvasOpenParams): CanvasProviderOpenResult | Promise<CanvasProviderOpenResult>;
  /** An instance was closed. */
  onClose?(request: CanvasCloseParams): void | Promise<void>;
}

/**
 * A failure of a canvas, with a code the CLI passes on (e.g.
 * `"canvas_action_no_handler"`). Anything else a canvas throws is reported
 * as `"canvas_handler_error"`.
 *
 * @example Refuse an input
 * ```ts
 * import { CanvasError } from "@copilot-sdk/copilot";
 *
 * const error = new CanvasError("bad_metric", "No metric named cpu2");
 * console.log(error.code); // "bad_metric"
 * ```
 */
export class CanvasError extends Error {
  /** The code the CLI gets. */
  readonly code: string;

  /**
   * Creates the error.
   *
   * @param code The code the CLI gets.
   * @param message What went wrong.
   */
  constructor(code: string, message: string) {
    super(message);
    this.name = "CanvasError";
    this.code = code;
  }
}

/** A declared canvas with its handlers; make one with {@linkcode createCanvas}. */
export interface Canvas {
  /** What is sent to the CLI. */
  readonly declaration: CanvasDeclaration;
  /** Opens an instance. */
  readonly open: CanvasOptions["open"];
  /** An instance was closed. */
  readonly onClose?: CanvasOptions["onClose"];
  /** The action handlers by name. */
  readonly actions: ReadonlyMap<string, CanvasAction["handler"]>;
}

/**
 * Makes a canvas from its options.
 *
 * @param options The declaration and handlers.
 * @returns The canvas, for a session's `canvases`.
 * @throws {TypeError} A missing id or `open`, or two actions with one name.
 *
 * @example A canvas with an action
 * ```ts
 * import { createCanvas } from "@copilot-sdk/copilot";
 *
 * const preview = createCanvas({
 *   id: "preview",
 *   displayName: "Preview",
 *   description: "A rendered preview of the page",
 *   open: () => ({ url: "http://127.0.0.1:8000/preview" }),
 *   actions: [{ name: "reload", handler: () => "reloaded" }],
 * });
 * console.log(preview.declaration.actions); // [{ name: "reload" }]
 * ```
 */
export function createCanvas(options: CanvasOptions): Canvas {
  if (typeof options?.id !== "string" || options.id === "") {
    throw new TypeError('Cannot create a canvas: "id" must be a non-empty string');
  }
  if (typeof options.open !== "function") {
    throw new TypeError(`Cannot create canvas "${options.id}": "open" must be a function`);
  }
  const actions = new Map<string, CanvasAction["handler"]>();
  for (const action of options.actions ?? []) {
    if (actions.has(action.name) || typeof action.handler !== "function") {
      throw new TypeError(
        `Cannot create canvas "${options.id}": action "${action.name}" is repeated or has no handler`,
      );
    }
    actions.set(action.name, action.handler);
  }
  return {
    declaration: {
      id: options.id,
      displayName: options.displayName,
      description: options.description,
      inputSchema: options.inputSchema,
      actions: options.actions?.map(({ handler: _handler, ...declared }) => declared),
    },
    open: options.open,
    onClose: options.onClose,
    actions,
  };
}
