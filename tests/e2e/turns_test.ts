// sendAndWait() against the real CLI where turns overlap, are aborted, are
// denied, or fail before they start (issue: hardening, items 6-9).

import assert from "node:assert/strict";
import { SessionError } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import type { RecordedRequest } from "../_harness/model_server.ts";
import { test } from "../_test.ts";

/** The scripted model echoes the prompt it was given, so each reply names its message. */
function echo(request: RecordedRequest): string {
  const text = request.lastUserText();
  const prompt = /(prompt-\d)/.exec(text)?.[1] ?? "?";
  return `reply to ${prompt}`;
}

test("CopilotSession.sendAndWait() called three times at once resolves each call with its own message's reply", async () => {
  const t = await cliTestEnv(echo);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    const replies = await Promise.all(
      ["prompt-1", "prompt-2", "prompt-3"].map((prompt) => session.sendAndWait(prompt)),
    );
    assert.deepEqual(replies.map((r) => r?.data.content), [
      "reply to prompt-1",
      "reply to prompt-2",
      "reply to prompt-3",
    ]);
  } finally {
    await t.close();
  }
});

test("CopilotSession.sendAndWait() after one aborted by its signal resolves: the late abort event is not its turn's", async () => {
  const t = await cliTestEnv([{ hang: true }, "second turn", { hang: true }, "third turn"]);
  try {
    const client = t.client();
    const session = await client.createSession({ model: MODEL, provider: t.provider });
    for (const [hung, next] of [[1, "second turn"], [3, "third turn"]] as const) {
      const controller = new AbortController();
      const first = session.sendAndWait("hang", { signal: controller.signal });
      await t.model.waitForRequests(hung);
      controller.abort(new Error("gave up"));
      await assert.rejects(first, /gave up/);
      // At once: the CLI's abort event and aborted idle arrive after this call is sent.
      assert.equal((await session.sendAndWait("go on"))?.data.content, next);
    }
  } finally {
    await t.close();
  }
});

test("CopilotSession.sendAndWait() resolves when the permission handler rejects a tool call (the CLI ends that turn with abort, then session.idle)", async () => {
  const t = await cliTestEnv([
    {
      content: "I will list the files",
      toolCalls: [{ name: "bash", arguments: { command: "ls" } }],
    },
  ]);
  try {
    const client = t.client();
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      onPermissionRequest: () => ({ kind: "reject" }),
    });
    const seen: string[] = [];
    session.on((event) => seen.push(event.type));
    const reply = await session.sendAndWait("list the files");
    assert.equal(reply?.data.content, "I will list the files");
    assert.ok(seen.includes("abort"), seen.join(" "));
  } finally {
    await t.close();
  }
});

test("CopilotSession.sendAndWait() rejects at once with SessionError when the turn fails before it starts", async () => {
  const t = await cliTestEnv(["never asked"]);
  try {
    const client = t.client();
    const session = await client.createSession({
      model: MODEL,
      provider: t.provider,
      // The CLI cannot use this system message: the turn fails before it begins.
      systemMessage: { mode: "replace", content: 5 as unknown as string },
    });
    await assert.rejects(session.sendAndWait("hi", { timeout: 50_000 }), (error: Error) => {
      assert.ok(error instanceof SessionError, String(error));
      assert.match(error.message, /ProtocolSystemMessageConfig/);
      return true;
    });
    assert.equal(t.model.requests.length, 0);
  } finally {
    await t.close();
  }
});
