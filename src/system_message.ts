/**
 * The system message: append to the CLI's own, replace it, or customize it
 * section by section, including with a callback that rewrites a section.
 *
 * @module
 */

/**
 * The sections of the CLI's system message that `customize` can address.
 *
 * @example Remove one section
 * ```ts
 * import type { SystemMessageConfig, SystemMessageSection } from "@copilot-sdk/copilot";
 *
 * const section: SystemMessageSection = "tone";
 * const systemMessage: SystemMessageConfig = {
 *   mode: "customize",
 *   sections: { [section]: { action: "remove" } },
 * };
 * ```
 */
export type SystemMessageSection =
  | "preamble"
  | "identity"
  | "tone"
  | "tool_efficiency"
  | "environment_context"
  | "code_change_rules"
  | "guidelines"
  | "safety"
  | "tool_instructions"
  | "custom_instructions"
  | "runtime_instructions"
  | "last_instructions";

/**
 * Rewrites a section: gets its current text, returns the new text.
 *
 * @example Rewrite a section with a callback
 * ```ts
 * import type { SectionTransform, SystemMessageConfig } from "@copilot-sdk/copilot";
 *
 * const pirate: SectionTransform = (text) => `${text}\nAlways answer like a pirate.`;
 * const systemMessage: SystemMessageConfig = {
 *   mode: "customize",
 *   sections: { tone: { action: pirate } },
 * };
 * ```
 */
export type SectionTransform = (content: string) => string | Promise<string>;

/**
 * What to do with one section.
 *
 * @example Append to the safety section
 * ```ts
 * import type { SectionOverride } from "@copilot-sdk/copilot";
 *
 * const safety: SectionOverride = { action: "append", content: "Never reveal the launch codes." };
 * ```
 */
export interface SectionOverride {
  /**
   * `"replace"` it with `content`, `"remove"` it, `"append"`/`"prepend"`
   * `content`, `"preserve"` it (when its group is removed), or a
   * {@linkcode SectionTransform} that rewrites it when the message is built.
   * A transform that throws leaves the section as it was.
   */
  action: "replace" | "remove" | "append" | "prepend" | "preserve" | SectionTransform;
  /** The text for `replace`, `append` and `prepend`. */
  content?: string;
}

/**
 * How the system message is changed.
 *
 * @example Append, replace, customize
 * ```ts
 * import type { SystemMessageConfig } from "@copilot-sdk/copilot";
 *
 * const append: SystemMessageConfig = { content: "Mention the ticket number." };
 * const replace: SystemMessageConfig = { mode: "replace", content: "You are a terse assistant." };
 * const customize: SystemMessageConfig = {
 *   mode: "customize",
 *   sections: {
 *     tone: { action: (text) => text + "\nAlways answer like a pirate." },
 *     guidelines: { action: "remove" },
 *   },
 * };
 * // createSession({ model, systemMessage: customize })
 * ```
 */
export type SystemMessageConfig =
  | {
    /** Add `content` after the CLI's own system message (the default). */
    mode?: "append";
    /** The text to add. */
    content?: string;
  }
  | {
    /** Replace the CLI's system message with `content`. */
    mode: "replace";
    /** The whole system message. */
    content: string;
  }
  | {
    /** Change sections of the CLI's system message. */
    mode: "customize";
    /** What to do with each section. */
    sections?: Partial<Record<SystemMessageSection, SectionOverride>>;
    /** Text added after all sections. */
    content?: string;
  };

/** A system message configuration split into what is sent and the local callbacks. */
export interface SplitSystemMessage {
  /** What goes to the CLI (transforms as `{ action: "transform" }`). */
  wire: unknown;
  /** The transform callbacks by section, if any. */
  transforms?: Map<string, SectionTransform>;
}

/**
 * Separates transform callbacks from the configuration sent to the CLI.
 *
 * @param config The session's `systemMessage`.
 * @returns The wire form and the callbacks.
 * @throws {TypeError} An unknown mode or action.
 */
export function splitSystemMessage(config: SystemMessageConfig | undefined): SplitSystemMessage {
  if (config === undefined) return { wire: undefined };
  if (config === null || typeof config !== "object" || Array.isArray(config)) {
    throw new TypeError(
      `Cannot use systemMessage: it must be an object, not ${
        typeof config === "string" ? "a string" : String(config)
      }; to add text write { content: "..." }, to replace the CLI's own { mode: "replace", content: "..." }`,
    );
  }
  const mode = config.mode ?? "append";
  if (mode !== "append" && mode !== "replace" && mode !== "customize") {
    throw new TypeError(
      `Cannot use systemMessage: unknown mode ${
        JSON.stringify(mode)
      }; use "append", "replace" or "customize"`,
    );
  }
  if (config.mode !== "customize" || !config.sections) return { wire: config };
  const transforms = new Map<string, SectionTransform>();
  const sections: Record<string, unknown> = {};
  for (const [id, override] of Object.entries(config.sections)) {
    if (!override) continue;
    if (typeof override.action === "function") {
      transforms.set(id, override.action);
      sections[id] = { action: "transform" };
    } else if (
      ["replace", "remove", "append", "prepend", "preserve"].includes(override.action)
    ) {
      sections[id] = { action: override.action, content: override.content };
    } else {
      throw new TypeError(
        `Cannot use systemMessage: section ${JSON.stringify(id)} has unknown action ${
          JSON.stringify(override.action)
        }`,
      );
    }
  }
  return { wire: { ...config, sections }, transforms: transforms.size ? transforms : undefined };
}

/**
 * Answers the CLI's `systemMessage.transform` request: runs each section's
 * callback; a section without one, or whose callback throws, keeps its text.
 *
 * @param transforms The callbacks by section.
 * @param sections The sections' current text, from the CLI.
 * @param report Receives the error of a callback that threw.
 * @returns The new text of each section.
 */
export async function runTransforms(
  transforms: Map<string, SectionTransform> | undefined,
  sections: Record<string, { content: string }>,
  report: (error: unknown) => void,
): Promise<{ sections: Record<string, { content: string }> }> {
  const out: Record<string, { content: string }> = {};
  await Promise.all(
    Object.entries(sections ?? {}).map(async ([id, { content }]) => {
      const transform = transforms?.get(id);
      if (!transform) {
        out[id] = { content };
        return;
      }
      try {
        const next = await transform(content);
        out[id] = { content: typeof next === "string" ? next : content };
      } catch (error) {
        report(error);
        out[id] = { content };
      }
    }),
  );
  return { sections: out };
}
