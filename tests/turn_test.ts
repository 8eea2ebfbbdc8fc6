// TurnTracker: the pure rule of which events belong to the turn of one sent
// message, and when that turn is over (what sendAndWait() follows).

import assert from "node:assert/strict";
import { HOOK_ERROR_TYPE, type TurnOutcome, TurnTracker } from "../src/_turn.ts";
import { SessionError } from "../mod.ts";
import { event } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

function reply(outcome: TurnOutcome): unknown {
  assert.ok(outcome.done && "reply" in outcome, JSON.stringify(outcome));
  return outcome.reply?.data.content;
}

function failure(outcome: TurnOutcome): Error {
  assert.ok(outcome.done && "error" in outcome, JSON.stringify(outcome));
  return outcome.error;
}

test("TurnTracker ends the turn at session.idle with its last top-level assistant.message", () => {
  const turn = new TurnTracker("s");
  assert.equal(turn.sent("m1").done, false);
  turn.push(event("user.message", { messageId: "m1", content: "hi" }));
  turn.push(event("assistant.message", { messageId: "a1", content: "first" }));
  turn.push(event("assistant.message", { messageId: "a2", content: "sub", parentToolCallId: "t" }));
  turn.push(event("assistant.message", { messageId: "a3", content: "last" }));
  assert.equal(turn.outcome.done, false);
  assert.equal(reply(turn.push(event("session.idle"))), "last");
});

test("TurnTracker keeps events that arrive before the message id and judges them once it is known", () => {
  const turn = new TurnTracker("s");
  turn.push(event("user.message", { messageId: "m1" }));
  turn.push(event("assistant.message", { messageId: "a", content: "early" }));
  assert.equal(turn.push(event("session.idle")).done, false, "undecided before sent()");
  assert.equal(reply(turn.sent("m1")), "early");
});

test("TurnTracker ignores a session.idle and session.error left over from an earlier turn", () => {
  const turn = new TurnTracker("s");
  turn.sent("m2");
  turn.push(event("session.idle"));
  turn.push(event("session.error", { errorType: "x", message: "old", originatingMessageId: "m1" }));
  turn.push(event("assistant.message", { messageId: "a", content: "of m1" }));
  assert.equal(turn.outcome.done, false);
  turn.push(event("user.message", { messageId: "m2" }));
  assert.equal(reply(turn.push(event("session.idle"))), undefined);
});

test("TurnTracker fails the turn with SessionError on its session.error, also before it starts when the error names the message", () => {
  const started = new TurnTracker("s");
  started.sent("m1");
  started.push(event("user.message", { messageId: "m1" }));
  const error = failure(started.push(event("session.error", { errorType: "model", message: "x" })));
  assert.ok(error instanceof SessionError);
  assert.equal(error.message, 'Session "s" failed: x');
  const early = new TurnTracker("s");
  early.sent("m1");
  assert.ok(
    failure(
      early.push(
        event("session.error", { errorType: "q", message: "y", originatingMessageId: "m1" }),
      ),
    ) instanceof SessionError,
  );
});

test("TurnTracker lets the turn go on after a failed hook's session.error", () => {
  const turn = new TurnTracker("s");
  turn.sent("m1");
  turn.push(event("user.message", { messageId: "m1" }));
  turn.push(event("session.error", { errorType: HOOK_ERROR_TYPE, message: "hook threw" }));
  assert.equal(turn.outcome.done, false);
  assert.equal(reply(turn.push(event("session.idle"))), undefined);
});

test("TurnTracker ends an aborted turn with an AbortError at its aborted session.idle, started or still queued", () => {
  for (const started of [true, false]) {
    const turn = new TurnTracker("s");
    turn.sent("m1");
    if (started) turn.push(event("user.message", { messageId: "m1" }));
    assert.equal(turn.push(event("abort", { reason: "user_initiated" })).done, false);
    const error = failure(turn.push(event("session.idle", { aborted: true })));
    assert.equal(error.name, "AbortError");
    assert.match(error.message, started ? /aborted \(user_initiated\)/ : /dropped from the queue/);
  }
});

test("TurnTracker resolves a turn whose tool call was denied (abort, then a plain session.idle) with its reply", () => {
  const turn = new TurnTracker("s");
  turn.sent("m1");
  turn.push(event("user.message", { messageId: "m1" }));
  turn.push(event("assistant.message", { messageId: "a", content: "let me run it" }));
  turn.push(event("abort", { reason: "user_initiated" }));
  assert.equal(reply(turn.push(event("session.idle"))), "let me run it");
});

test("TurnTracker ignores the aborted session.idle of an abort asked for before its message was sent (staleAborts)", () => {
  const turn = new TurnTracker("s", { staleAborts: 1 });
  turn.sent("m2");
  turn.push(event("abort", { reason: "user_initiated" }));
  assert.equal(turn.push(event("session.idle", { aborted: true })).done, false);
  turn.push(event("user.message", { messageId: "m2" }));
  turn.push(
    event("assistant.message", { messageId: "a", content: "fresh", originatingMessageId: "m2" }),
  );
  assert.equal(reply(turn.push(event("session.idle"))), "fresh");
});

test("TurnTracker picks its own reply when queued messages run back to back with one session.idle", () => {
  const turns = ["m1", "m2", "m3"].map((id) => {
    const turn = new TurnTracker("s");
    turn.sent(id);
    return turn;
  });
  const events = ["m1", "m2", "m3"].flatMap((id, i) => [
    event("user.message", { messageId: id }),
    event("assistant.message", {
      messageId: `a${i}`,
      content: `reply ${id}`,
      originatingMessageId: id,
    }),
  ]);
  events.push(event("session.idle"));
  for (const e of events) for (const turn of turns) turn.push(e);
  assert.deepEqual(turns.map((turn) => reply(turn.outcome)), ["reply m1", "reply m2", "reply m3"]);
});

test("TurnTracker ignores a session.error that names another queued message", () => {
  const turn = new TurnTracker("s");
  turn.sent("m1");
  turn.push(event("user.message", { messageId: "m1" }));
  turn.push(
    event("assistant.message", { messageId: "a", content: "mine", originatingMessageId: "m1" }),
  );
  turn.push(event("user.message", { messageId: "m2" }));
  turn.push(
    event("session.error", { errorType: "x", message: "m2 broke", originatingMessageId: "m2" }),
  );
  assert.equal(reply(turn.push(event("session.idle"))), "mine");
});

test("TurnTracker fails a turn that fails before it starts: a session.error naming no message, then session.idle", () => {
  const turn = new TurnTracker("s");
  turn.sent("m1");
  turn.push(event("session.error", { errorType: "query", message: "bad system message" }));
  const error = failure(turn.push(event("session.idle")));
  assert.ok(error instanceof SessionError);
  assert.match(error.message, /bad system message/);
  // The same error kept from before the send was answered may be an earlier turn's.
  const early = new TurnTracker("s");
  early.push(event("session.error", { errorType: "query", message: "old" }));
  early.push(event("session.idle"));
  assert.equal(early.sent("m1").done, false);
});

test("TurnTracker does not change its outcome once the turn is over", () => {
  const turn = new TurnTracker("s");
  turn.sent("m1");
  turn.push(event("user.message", { messageId: "m1" }));
  turn.push(event("assistant.message", { messageId: "a", content: "done" }));
  turn.push(event("session.idle"));
  turn.push(event("session.idle", { aborted: true }));
  assert.equal(reply(turn.outcome), "done");
});
