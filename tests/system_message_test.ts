import assert from "node:assert/strict";
import { test } from "./_test.ts";
import {
  runTransforms,
  type SectionTransform,
  splitSystemMessage,
  type SystemMessageConfig,
} from "../src/system_message.ts";

/** What the CLI receives: the wire form after JSON encoding. */
function sent(wire: unknown): unknown {
  return JSON.parse(JSON.stringify(wire));
}

test("splitSystemMessage() returns no wire form for undefined", () => {
  const split = splitSystemMessage(undefined);
  assert.equal(split.wire, undefined);
  assert.equal(split.transforms, undefined);
});

test("splitSystemMessage() passes append and replace configurations through", () => {
  const configs: SystemMessageConfig[] = [
    { content: "Answer in French" },
    { mode: "append", content: "Answer in French" },
    { mode: "replace", content: "You are a pirate" },
    { mode: "customize", content: "No sections" },
  ];
  for (const config of configs) {
    const split = splitSystemMessage(config);
    assert.equal(split.wire, config);
    assert.equal(split.transforms, undefined);
  }
});

test("splitSystemMessage() keeps static section actions", () => {
  const config: SystemMessageConfig = {
    mode: "customize",
    sections: {
      tone: { action: "replace", content: "Be terse." },
      safety: { action: "append", content: "Never run rm." },
      guidelines: { action: "prepend", content: "First:" },
      identity: { action: "remove" },
      preamble: { action: "preserve" },
    },
    content: "Closing words",
  };
  const split = splitSystemMessage(config);
  assert.deepEqual(sent(split.wire), {
    mode: "customize",
    sections: {
      tone: { action: "replace", content: "Be terse." },
      safety: { action: "append", content: "Never run rm." },
      guidelines: { action: "prepend", content: "First:" },
      identity: { action: "remove" },
      preamble: { action: "preserve" },
    },
    content: "Closing words",
  });
  assert.equal(split.transforms, undefined);
});

test('splitSystemMessage() sends a transform as {action: "transform"} and keeps the callback', () => {
  const shout: SectionTransform = (content) => content.toUpperCase();
  const config: SystemMessageConfig = {
    mode: "customize",
    sections: { tone: { action: shout }, safety: { action: "remove" }, identity: undefined },
  };
  const split = splitSystemMessage(config);
  assert.deepEqual(sent(split.wire), {
    mode: "customize",
    sections: { tone: { action: "transform" }, safety: { action: "remove" } },
  });
  // No function is left in the wire form.
  const wireSections = (split.wire as { sections: Record<string, { action: unknown }> }).sections;
  assert.deepEqual(wireSections.tone, { action: "transform" });
  assert.ok(split.transforms);
  assert.deepEqual([...split.transforms], [["tone", shout]]);
  // The caller's configuration is untouched.
  assert.equal(config.sections?.tone?.action, shout);
});

test("splitSystemMessage() throws TypeError for an unknown mode", () => {
  assert.throws(
    () => splitSystemMessage({ mode: "merge" } as unknown as SystemMessageConfig),
    (error: unknown) => {
      assert.ok(error instanceof TypeError);
      assert.match(error.message, /unknown mode "merge"/);
      return true;
    },
  );
});

test("splitSystemMessage() throws TypeError for an unknown section action", () => {
  for (const action of ["rewrite", "transform", 42]) {
    assert.throws(
      () =>
        splitSystemMessage({
          mode: "customize",
          sections: { tone: { action } },
        } as unknown as SystemMessageConfig),
      (error: unknown) => {
        assert.ok(error instanceof TypeError);
        assert.match(error.message, /section "tone" has unknown action/);
        return true;
      },
    );
  }
});

test("runTransforms() rewrites sections with a callback and keeps the others", async () => {
  const reported: unknown[] = [];
  const result = await runTransforms(
    new Map([["tone", (content: string) => content.toUpperCase()]]),
    { tone: { content: "be calm" }, safety: { content: "be safe" } },
    (error) => reported.push(error),
  );
  assert.deepEqual(result, {
    sections: { tone: { content: "BE CALM" }, safety: { content: "be safe" } },
  });
  assert.deepEqual(reported, []);
});

test("runTransforms() keeps every section without callbacks", async () => {
  const sections = { tone: { content: "be calm" } };
  assert.deepEqual(await runTransforms(undefined, sections, () => {}), { sections });
  assert.deepEqual(await runTransforms(new Map(), sections, () => {}), { sections });
});

test("runTransforms() keeps the text of a section whose callback throws, and reports", async () => {
  const error = new Error("transform broke");
  const reported: unknown[] = [];
  const result = await runTransforms(
    new Map<string, SectionTransform>([
      ["tone", () => {
        throw error;
      }],
      ["safety", () => Promise.reject(error)],
      ["identity", (content) => `${content}!`],
    ]),
    { tone: { content: "be calm" }, safety: { content: "be safe" }, identity: { content: "me" } },
    (e) => reported.push(e),
  );
  assert.deepEqual(result, {
    sections: {
      tone: { content: "be calm" },
      safety: { content: "be safe" },
      identity: { content: "me!" },
    },
  });
  assert.deepEqual(reported, [error, error]);
});

test("runTransforms() awaits an async callback", async () => {
  const result = await runTransforms(
    new Map([["tone", async (content: string) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return `${content} (async)`;
    }]]),
    { tone: { content: "be calm" } },
    () => {},
  );
  assert.deepEqual(result, { sections: { tone: { content: "be calm (async)" } } });
});

test("runTransforms() keeps the text when a callback returns a non-string", async () => {
  const result = await runTransforms(
    new Map([["tone", () => 42 as unknown as string]]),
    { tone: { content: "be calm" } },
    () => {},
  );
  assert.deepEqual(result, { sections: { tone: { content: "be calm" } } });
});
