// Load against the real Copilot CLI: many sessions on one client, each doing
// turns with a tool call at the same time. Every answer, tool call and tool
// result carries its session's own token, so anything lost or crossed shows.

import assert from "node:assert/strict";
import { type } from "arktype";
import { type CopilotSession, defineTool, SdkError, type ToolInvocation } from "../../mod.ts";
import { cliTestEnv, MODEL } from "../_harness/cli_env.ts";
import type { RecordedRequest } from "../_harness/model_server.ts";
import { copilotChildren } from "../_harness/processes.ts";
import { sanitizedTest as test } from "../_harness/sanitized_test.ts";

const SESSIONS = 50;
const TURNS = 2;

/** The scripted model: calls echo_token with the prompt's token, then answers with the result. */
function reply(request: RecordedRequest) {
  const token = /token=(S\d+-\d+)\b/.exec(request.lastUserText())?.[1];
  if (!token) return "no token in the prompt";
  let lastUser = -1;
  request.messages.forEach((message, i) => {
    if (message.role === "user") lastUser = i;
  });
  const results = request.messages.slice(lastUser + 1).filter((m) => m.role === "tool");
  if (results.length === 0) {
    return { toolCalls: [{ name: "echo_token", arguments: { token } }] };
  }
  const content = results.map((m) => String(m.content)).join(" | ");
  return content === `echo ${token}` ? `done ${token}` : `crossed ${token}: ${content}`;
}

test(`CopilotClient runs ${SESSIONS} concurrent sessions, ${TURNS} turns each with a tool call, with nothing lost or crossed`, async () => {
  const t = await cliTestEnv(reply);
  try {
    const client = t.client();
    const calls: { sessionId: string; token: string; toolCallId: string }[] = [];
    const tool = defineTool("echo_token", {
      description: "Echoes a token",
      parameters: type({ token: "string" }),
      skipPermission: true,
      handler: async ({ token }, invocation: ToolInvocation) => {
        calls.push({ sessionId: invocation.sessionId, token, toolCallId: invocation.toolCallId });
        // Let other sessions' calls overlap this one.
        await new Promise((resolve) => setTimeout(resolve, 5));
        return `echo ${token}`;
      },
    });
    const started = Date.now();
    const sessions: CopilotSession[] = await Promise.all(
      Array.from(
        { length: SESSIONS },
        () => client.createSession({ model: MODEL, provider: t.provider, tools: [tool] }),
      ),
    );
    const created = Date.now();
    assert.equal(new Set(sessions.map((s) => s.sessionId)).size, SESSIONS);
    assert.equal(copilotChildren().length, 1, "one CLI for every session");
    const tokenOf = new Map(sessions.map((s, i) => [s.sessionId, `S${i}`]));

    // Each session runs its turns one after the other; the sessions run at once.
    const replies = await Promise.all(sessions.map(async (session, i) => {
      const contents: (string | undefined)[] = [];
      for (let turn = 1; turn <= TURNS; turn++) {
        const reply = await session.sendAndWait(`Call echo_token with token=S${i}-${turn}`, {
          timeout: 120_000,
        });
        contents.push(reply?.data.content);
      }
      return contents;
    }));
    const answered = Date.now();
    const expected = (i: number) => Array.from({ length: TURNS }, (_, turn) => `S${i}-${turn + 1}`);

    // Every session got its own answers, in order.
    assert.deepEqual(
      replies,
      sessions.map((_, i) => expected(i).map((token) => `done ${token}`)),
    );
    // Each tool call ran once, in the session whose prompt had the token.
    assert.equal(calls.length, SESSIONS * TURNS);
    for (const call of calls) {
      assert.equal(tokenOf.get(call.sessionId), call.token.split("-")[0], JSON.stringify(call));
    }
    assert.deepEqual(
      calls.map((c) => c.token).sort(),
      sessions.flatMap((_, i) => expected(i)).sort(),
    );
    assert.equal(new Set(calls.map((c) => c.toolCallId)).size, SESSIONS * TURNS);
    // Two model requests per turn (the tool call, then the answer), and each
    // carried the history of one session only.
    assert.equal(t.model.requests.length, 2 * SESSIONS * TURNS);
    for (const request of t.model.requests) {
      const text = JSON.stringify(request.messages);
      const mentioned = new Set(
        [...text.matchAll(/(?:token=|echo |done )(S\d+)-/g)].map((m) => m[1]),
      );
      assert.equal(mentioned.size, 1, `one request mixes sessions ${[...mentioned]}`);
    }

    await Promise.all(sessions.map((s) => s.destroy()));
    for (const session of sessions) {
      assert.equal(session.destroyed, true);
      await assert.rejects(session.send("again"), (error: Error) => {
        assert.ok(error instanceof SdkError && error.hasCode("SESSION_DESTROYED"), String(error));
        return true;
      });
    }
    assert.deepEqual(await client.stop(), []);
    assert.deepEqual(copilotChildren(), []);
    console.log(
      `${SESSIONS} sessions x ${TURNS} turns: created in ${created - started} ms, turns in ${
        answered - created
      } ms, ` +
        `destroyed and stopped in ${Date.now() - answered} ms`,
    );
  } finally {
    await t.close();
  }
});
