// onAutoModeSwitchRequest against the real Copilot CLI. The CLI offers the
// switch to the "auto" model only for GitHub Copilot's own models (a BYOK
// provider answering 429 just gets retried, then fails), so these tests run
// the CLI signed in with a token against a fake GitHub and Copilot API on
// 127.0.0.1 (COPILOT_DEBUG_GITHUB_API_URL, COPILOT_API_URL, and the user's
// `endpoints.api`). Its chat endpoint answers every request for the session's
// model with 429 `user_weekly_rate_limited` and `retry-after: 1`; the "auto"
// model's session (`POST /models/session`) picks another model, whose requests
// go to the scripted model server.
//
// After its retries, the CLI reports the rate limit (`session.error`) and asks
// `autoModeSwitch.request`. "yes" switches the session to "auto", so the next
// message is answered by the model auto picked; "no" leaves the session on the
// rate-limited model, and the next message is rate-limited (and asks) again.

import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import {
  approveAll,
  type AutoModeSwitchRequest,
  type CopilotSession,
  type SessionEvent,
} from "../../mod.ts";
import { cliTestEnv } from "../_harness/cli_env.ts";
import { type FakeAnswer, fakeGitHubApi } from "../_harness/fake_github_api.ts";
import type { ModelServer } from "../_harness/model_server.ts";
import { test } from "../_test.ts";

/** The session's model: always rate-limited. */
const LIMITED = "claude-sonnet-4.5";
/** The model "auto" picks: served by the scripted model. */
const PICKED = "gpt-5-mini";

/**
 * A fake GitHub + Copilot API: the signed-in user, the model list, the auto
 * model's session, and chat completions (429 for {@link LIMITED}, else
 * forwarded to `model`). Records the model of every chat request.
 */
async function fakeCopilotApi(model: ModelServer) {
  const chats: string[] = [];
  const api = await fakeGitHubApi({
    user: (_token, origin) => ({
      login: "auto-mode-user",
      copilot_plan: "individual_pro",
      endpoints: { api: origin, telemetry: "https://localhost:1/telemetry" },
      analytics_tracking_id: "auto-mode-tracking-id",
    }),
    async route({ path, body }): Promise<FakeAnswer | undefined> {
      if (path === "/models") {
        return {
          status: 200,
          body: {
            data: [LIMITED, PICKED, "auto"].map((id) => ({
              id,
              name: id,
              capabilities: {
                supports: { vision: false },
                limits: { max_context_window_tokens: 128000 },
              },
            })),
          },
        };
      }
      if (path === "/models/session") {
        return {
          status: 200,
          body: {
            selected_model: PICKED,
            session_token: "auto-session-token",
            expires_at: Math.floor(Date.now() / 1000) + 3600,
            available_models: [PICKED, LIMITED],
          },
        };
      }
      if (path !== "/chat/completions") return undefined;
      const name = String(JSON.parse(body).model);
      chats.push(name);
      if (name === LIMITED) {
        return {
          status: 429,
          body: {
            error: {
              message: "You've reached your weekly rate limit.",
              type: "user_weekly_rate_limited",
              code: "user_weekly_rate_limited",
            },
          },
          headers: { "retry-after": "1" },
        };
      }
      const forwarded = await fetch(`${model.url}/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      return {
        status: forwarded.status,
        body: Buffer.from(await forwarded.arrayBuffer()),
        headers: {
          "content-type": forwarded.headers.get("content-type") ?? "application/json",
        },
      };
    },
  });
  return { ...api, chats };
}

/** Resolves with the first event matching `predicate`; fails after 60 s. */
function nextEvent(
  session: CopilotSession,
  what: string,
  predicate: (event: SessionEvent) => boolean,
): Promise<SessionEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`Timed out waiting for ${what}`));
    }, 60_000);
    const off = session.on((event) => {
      if (!predicate(event)) return;
      clearTimeout(timer);
      off();
      resolve(event);
    });
  });
}

/** Starts the CLI against the fake API, with `answer` as the session's auto-mode answer. */
async function rateLimitedSession(answer: "yes" | "no") {
  const t = await cliTestEnv(["Answered by the auto model"]);
  const api = await fakeCopilotApi(t.model);
  const asked: Array<{ request: AutoModeSwitchRequest; sessionId: string }> = [];
  const events: SessionEvent[] = [];
  const client = t.client({
    githubToken: "gho_automodetesttoken",
    env: { ...t.env, COPILOT_API_URL: api.url, COPILOT_DEBUG_GITHUB_API_URL: api.url },
  });
  const session = await client.createSession({
    model: LIMITED,
    onPermissionRequest: approveAll,
    onAutoModeSwitchRequest: (request, invocation) => {
      asked.push({ request, sessionId: invocation.sessionId });
      return answer;
    },
    onEvent: (event) => events.push(event),
  });
  // The first message: rate-limited, retried, reported, then the CLI asks.
  const completed = nextEvent(
    session,
    "auto_mode_switch.completed",
    (e) => e.type === "auto_mode_switch.completed",
  );
  const idle = nextEvent(session, "session.idle", (e) => e.type === "session.idle");
  await session.send("Hello");
  await completed;
  await idle;
  return {
    t,
    api,
    session,
    asked,
    events,
    close: async () => {
      await t.close();
      await api.close();
    },
  };
}

test('CopilotSession onAutoModeSwitchRequest: after a 429 rate limit the CLI asks; "yes" switches the session to the auto model, which answers the next message', async () => {
  const { t, api, session, asked, events, close } = await rateLimitedSession("yes");
  try {
    assert.equal(asked.length, 1, JSON.stringify(asked));
    assert.deepEqual(asked[0], {
      request: { errorCode: "user_weekly_rate_limited", retryAfterSeconds: 1 },
      sessionId: session.sessionId,
    });
    const error = events.find((e) => e.type === "session.error");
    assert.equal((error?.data as { errorType?: string }).errorType, "rate_limit");
    const requested = events.find((e) => e.type === "auto_mode_switch.requested");
    const completed = events.find((e) => e.type === "auto_mode_switch.completed");
    assert.deepEqual(completed?.data, {
      requestId: (requested?.data as { requestId: string }).requestId,
      response: "yes",
    });
    const change = events.find((e) => e.type === "session.model_change");
    assert.deepEqual(
      {
        cause: (change?.data as { cause?: string }).cause,
        previousModel: (change?.data as { previousModel?: string }).previousModel,
        newModel: (change?.data as { newModel?: string }).newModel,
      },
      { cause: "rate_limit_auto_switch", previousModel: LIMITED, newModel: "auto" },
    );
    assert.equal(t.model.requests.length, 0);
    assert.ok(api.chats.every((m) => m === LIMITED), api.chats.join());

    // The next message goes to the model auto picked, and is answered.
    const reply = await session.sendAndWait("Hello again");
    assert.equal(reply?.data.content, "Answered by the auto model");
    assert.equal(api.chats.at(-1), PICKED);
    assert.ok(api.paths.includes("POST /models/session"), api.paths.join());
    assert.equal(t.model.requests.length, 1);
    assert.equal(t.model.requests[0].lastUserText().includes("Hello again"), true);
    assert.equal(asked.length, 1);
  } finally {
    await close();
  }
});

test('CopilotSession onAutoModeSwitchRequest: "no" keeps the rate-limited model; the next message is rate-limited and asks again', async () => {
  const { t, api, session, asked, events, close } = await rateLimitedSession("no");
  try {
    assert.equal(asked.length, 1, JSON.stringify(asked));
    assert.deepEqual(asked[0].request, {
      errorCode: "user_weekly_rate_limited",
      retryAfterSeconds: 1,
    });
    const completed = events.find((e) => e.type === "auto_mode_switch.completed");
    assert.equal((completed?.data as { response?: string }).response, "no");
    assert.equal(events.some((e) => e.type === "session.model_change"), false);

    // The next message still goes to the rate-limited model, and the CLI asks again.
    const askedAgain = nextEvent(
      session,
      "a second auto_mode_switch.completed",
      (e) => e.type === "auto_mode_switch.completed",
    );
    await assert.rejects(session.sendAndWait("Hello again"), /weekly rate limit/);
    await askedAgain;
    assert.equal(asked.length, 2);
    assert.ok(api.chats.length > 1 && api.chats.every((m) => m === LIMITED), api.chats.join());
    assert.equal(api.paths.includes("POST /models/session"), false, api.paths.join());
    assert.equal(t.model.requests.length, 0);
  } finally {
    await close();
  }
});
