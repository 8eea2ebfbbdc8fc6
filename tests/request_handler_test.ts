// The llmInference.* responder in-process: a scripted CLI at the far end of
// an in-memory transport hands model requests to the client
// (httpRequestStart/httpRequestChunk) and records the response frames the
// client sends back (httpResponseStart/httpResponseChunk). The e2e test in
// tests/e2e/request_handler_test.ts does the round trip with the real CLI.

import assert from "node:assert/strict";
import {
  CopilotClient,
  type CopilotClientOptions,
  type CopilotRequestContext,
  CopilotRequestHandler,
  RpcError,
  SdkError,
} from "../mod.ts";
import { ScriptedCli, settle } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

/** A frame the client sent back. */
interface Frame {
  method: string;
  // deno-lint-ignore no-explicit-any
  params: any;
}

/** A scripted CLI that takes the provider and records response frames. */
function inferenceCli(accept: (frame: Frame) => boolean = () => true) {
  const frames: Frame[] = [];
  const waiters: Array<() => void> = [];
  const record = (method: string) => (params: unknown) => {
    frames.push({ method, params });
    for (const wake of waiters.splice(0)) wake();
    return { accepted: accept({ method, params }) };
  };
  const cli = new ScriptedCli({
    "llmInference.setProvider": () => ({ success: true }),
    "sessionFs.setProvider": () => ({ success: true }),
    "llmInference.httpResponseStart": record("start"),
    "llmInference.httpResponseChunk": record("chunk"),
  });
  /** Resolves once a frame satisfies `done`. */
  async function until(done: (frames: Frame[]) => boolean): Promise<Frame[]> {
    while (!done(frames)) await new Promise<void>((resolve) => waiters.push(resolve));
    return frames;
  }
  const ended = (id: string) =>
    until((all) => all.some((f) => f.params.requestId === id && f.params.end));
  return { cli, frames, until, ended };
}

async function started(cli: ScriptedCli, options: CopilotClientOptions): Promise<CopilotClient> {
  const client = cli.client(options);
  await client.start();
  return client;
}

function startFrame(requestId: string, extra: Record<string, unknown> = {}) {
  return {
    requestId,
    method: "POST",
    url: "http://model.test/v1/chat/completions",
    headers: {
      "content-type": ["application/json"],
      "authorization": ["Bearer k"],
      "x-multi": ["a", "b"],
      "host": ["model.test"],
      "content-length": ["999"],
    },
    sessionId: "s1",
    agentId: "a1",
    interactionType: "conversation-agent",
    transport: "http",
    ...extra,
  };
}

const text = (frames: Frame[], id: string) =>
  frames.filter((f) => f.method === "chunk" && f.params.requestId === id && !f.params.binary)
    .map((f) => f.params.data).join("");

test("CopilotClient requestHandler: the client registers llmInference.setProvider after the handshake, after sessionFs.setProvider", async () => {
  const { cli } = inferenceCli();
  const client = await started(cli, {
    requestHandler: () => new Response("unused"),
    sessionFs: { initialCwd: "/w", sessionStatePath: "/s", conventions: "posix" },
  });
  try {
    const order = cli.received.map((r) => r.method);
    assert.deepEqual(order, ["connect", "sessionFs.setProvider", "llmInference.setProvider"]);
    assert.deepEqual(cli.calls("llmInference.setProvider"), [{}]);
  } finally {
    await client.stop();
  }
  const plain = new ScriptedCli();
  const without = await started(plain, {});
  try {
    assert.deepEqual(plain.calls("llmInference.setProvider"), []);
  } finally {
    await without.stop();
  }
});

test("CopilotClient requestHandler: a refused llmInference.setProvider fails start()", async () => {
  const cli = new ScriptedCli({
    "llmInference.setProvider": () => ({ success: false, error: "another provider is set" }),
  });
  const client = cli.client({ requestHandler: () => new Response("") });
  try {
    const error = await assert.rejects(client.start(), (e: unknown) => {
      assert.ok(e instanceof RpcError);
      assert.match(e.message, /requestHandler.*another provider is set/);
      return true;
    });
    void error;
  } finally {
    await client.stop();
  }
});

test("llmInference responder: the handler gets a Request (head, whole body from text and base64 chunks, context) and its Response goes back as start, chunks and end", async () => {
  const { cli, ended } = inferenceCli();
  let seen: { request: Request; body: string; context: unknown } | undefined;
  const client = await started(cli, {
    requestHandler: async (request, context) => {
      seen = { request, body: await request.text(), context };
      const headers = new Headers({
        "content-type": "application/json",
        "x-trace": "t1",
        // What fetch() keeps after decoding the body: not passed on.
        "content-encoding": "gzip",
        "transfer-encoding": "chunked",
      });
      headers.append("set-cookie", "a=1");
      headers.append("set-cookie", "b=2");
      return new Response(JSON.stringify({ answer: 42 }), {
        status: 201,
        statusText: "Created",
        headers,
      });
    },
  });
  try {
    assert.deepEqual(await cli.request("llmInference.httpRequestStart", startFrame("r1")), {});
    await cli.request("llmInference.httpRequestChunk", { requestId: "r1", data: '{"hello":' });
    await cli.request("llmInference.httpRequestChunk", {
      requestId: "r1",
      data: btoa('"wörld"}'.replace(/ö/, "\xc3\xb6")),
      binary: true,
      end: true,
    });
    const frames = await ended("r1");
    assert.ok(seen);
    assert.equal(seen.request.method, "POST");
    assert.equal(seen.request.url, "http://model.test/v1/chat/completions");
    assert.equal(seen.body, '{"hello":"wörld"}');
    assert.equal(seen.request.headers.get("authorization"), "Bearer k");
    assert.equal(seen.request.headers.get("x-multi"), "a, b");
    assert.equal(seen.request.headers.get("host"), null);
    assert.equal(seen.request.headers.get("content-length"), null);
    assert.deepEqual(seen.context, {
      requestId: "r1",
      sessionId: "s1",
      agentId: "a1",
      interactionType: "conversation-agent",
    });
    const start = frames.find((f) => f.method === "start")!;
    assert.equal(start.params.status, 201);
    assert.equal(start.params.statusText, "Created");
    assert.deepEqual(start.params.headers["x-trace"], ["t1"]);
    assert.deepEqual(start.params.headers["set-cookie"], ["a=1", "b=2"]);
    assert.equal(start.params.headers["content-encoding"], undefined);
    assert.equal(start.params.headers["transfer-encoding"], undefined);
    assert.equal(frames.indexOf(start), 0);
    assert.equal(text(frames, "r1"), '{"answer":42}');
    const last = frames[frames.length - 1];
    assert.deepEqual(last.params, { requestId: "r1", data: "", end: true });
  } finally {
    await client.stop();
  }
});

test("llmInference responder: a streaming Response body goes back chunk by chunk in order; bytes that are not whole UTF-8 go as base64", async () => {
  const { cli, ended } = inferenceCli();
  const client = await started(cli, {
    requestHandler: () => {
      const enc = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(enc.encode("data: one\n\n"));
          await settle();
          controller.enqueue(new Uint8Array([0xff, 0x00, 0xc3]));
          controller.enqueue(enc.encode("data: [DONE]\n\n"));
          controller.close();
        },
      });
      return new Response(body, { headers: { "content-type": "text/event-stream" } });
    },
  });
  try {
    await cli.request("llmInference.httpRequestStart", startFrame("r2", { method: "GET" }));
    await cli.request("llmInference.httpRequestChunk", { requestId: "r2", data: "", end: true });
    const frames = (await ended("r2")).filter((f) => f.params.requestId === "r2");
    assert.deepEqual(frames.map((f) => f.method), ["start", "chunk", "chunk", "chunk", "chunk"]);
    assert.deepEqual(frames[1].params, { requestId: "r2", data: "data: one\n\n", end: false });
    assert.deepEqual(frames[2].params, {
      requestId: "r2",
      data: btoa("\xff\x00\xc3"),
      binary: true,
      end: false,
    });
    assert.equal(frames[3].params.data, "data: [DONE]\n\n");
    assert.equal(frames[4].params.end, true);
  } finally {
    await client.stop();
  }
});

test("llmInference responder: a cancel chunk aborts the Request's signal and nothing more is sent; onError hears nothing", async () => {
  const { cli, frames, until } = inferenceCli();
  const errors: unknown[] = [];
  let reason: unknown;
  const bodyCancelled = Promise.withResolvers<void>();
  const client = await started(cli, {
    onError: (e) => errors.push(e),
    requestHandler: (request) => {
      request.signal.addEventListener("abort", () => reason = request.signal.reason);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("data: partial\n\n"));
        },
        cancel() {
          bodyCancelled.resolve();
        },
      });
      return new Response(body);
    },
  });
  try {
    await cli.request("llmInference.httpRequestStart", startFrame("r3"));
    await cli.request("llmInference.httpRequestChunk", { requestId: "r3", data: "{}", end: true });
    await until((all) => all.some((f) => f.method === "chunk"));
    await cli.request("llmInference.httpRequestChunk", {
      requestId: "r3",
      data: "",
      end: true,
      cancel: true,
      cancelReason: "runtime cancelled the request",
    });
    // The handler's body stream is cancelled, and the client sends nothing more.
    await bodyCancelled.promise;
    await client.ping();
    assert.ok(reason instanceof DOMException);
    assert.equal(reason.name, "AbortError");
    assert.match(reason.message, /cancelled.*runtime cancelled the request/);
    assert.deepEqual(frames.map((f) => f.method), ["start", "chunk"]);
    assert.deepEqual(errors, []);
  } finally {
    await client.stop();
  }
});

test("llmInference responder: a throwing handler is reported to onError and the CLI gets a terminal error chunk naming it", async () => {
  const { cli, ended } = inferenceCli();
  const errors: unknown[] = [];
  const client = await started(cli, {
    onError: (e) => errors.push(e),
    requestHandler: () => {
      throw new Error("upstream unreachable");
    },
  });
  try {
    await cli.request("llmInference.httpRequestStart", startFrame("r4"));
    await cli.request("llmInference.httpRequestChunk", { requestId: "r4", data: "{}", end: true });
    const frames = await ended("r4");
    assert.equal(frames.length, 1);
    assert.deepEqual(frames[0], {
      method: "chunk",
      params: {
        requestId: "r4",
        data: "",
        end: true,
        error: {
          message: "requestHandler failed: upstream unreachable",
          code: "request_handler_error",
        },
      },
    });
    assert.equal(errors.length, 1);
    assert.match(String(errors[0]), /upstream unreachable/);
  } finally {
    await client.stop();
  }
});

test("llmInference responder: a body stream that errors after the head ends the response with an error chunk", async () => {
  const { cli, ended } = inferenceCli();
  const errors: unknown[] = [];
  const client = await started(cli, {
    onError: (e) => errors.push(e),
    requestHandler: () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            controller.error(new Error("stream broke"));
          },
        }),
      ),
  });
  try {
    await cli.request("llmInference.httpRequestStart", startFrame("r5"));
    await cli.request("llmInference.httpRequestChunk", { requestId: "r5", data: "", end: true });
    const frames = await ended("r5");
    assert.deepEqual(frames.map((f) => f.method), ["start", "chunk"]);
    assert.match(frames[1].params.error.message, /requestHandler failed: stream broke/);
    assert.equal(errors.length, 1);
  } finally {
    await client.stop();
  }
});

test("llmInference responder: a handler that returns no Response gets a TypeError sent as the error", async () => {
  const { cli, ended } = inferenceCli();
  const client = await started(cli, {
    onError: () => {},
    requestHandler: (() => ({ status: 200 })) as never,
  });
  try {
    await cli.request("llmInference.httpRequestStart", startFrame("r6"));
    await cli.request("llmInference.httpRequestChunk", { requestId: "r6", data: "", end: true });
    const frames = await ended("r6");
    assert.match(frames[0].params.error.message, /must return a Response/);
  } finally {
    await client.stop();
  }
});

test("llmInference responder: when the CLI no longer accepts the response (accepted: false) the signal aborts and the body is cancelled", async () => {
  const { cli, frames } = inferenceCli(() => false);
  let aborted = false;
  const bodyCancelled = Promise.withResolvers<void>();
  const client = await started(cli, {
    requestHandler: (request) => {
      request.signal.addEventListener("abort", () => aborted = true);
      return new Response(new ReadableStream({ cancel: () => bodyCancelled.resolve() }));
    },
  });
  try {
    await cli.request("llmInference.httpRequestStart", startFrame("r7"));
    await cli.request("llmInference.httpRequestChunk", { requestId: "r7", data: "", end: true });
    await bodyCancelled.promise;
    await client.ping();
    assert.deepEqual(frames.map((f) => f.method), ["start"]);
    assert.ok(aborted);
  } finally {
    await client.stop();
  }
});

test("llmInference responder: requests still open when the CLI goes away have their signal aborted", async () => {
  const { cli } = inferenceCli();
  const reason = Promise.withResolvers<unknown>();
  const handling = Promise.withResolvers<void>();
  const client = await started(cli, {
    autoRestart: false,
    requestHandler: (request) => {
      handling.resolve();
      return new Promise((_, reject) => {
        request.signal.addEventListener("abort", () => {
          reason.resolve(request.signal.reason);
          reject(request.signal.reason);
        });
      });
    },
  });
  try {
    await cli.request("llmInference.httpRequestStart", startFrame("r8"));
    await cli.request("llmInference.httpRequestChunk", { requestId: "r8", data: "", end: true });
    await handling.promise;
    await cli.crash(1, "gone");
    const why = await reason.promise;
    assert.ok(why instanceof SdkError && why.hasCode("CONNECTION_CLOSED"), String(why));
  } finally {
    await client.stop();
  }
});

test("llmInference responder: without requestHandler the CLI's model requests are refused with an error naming the option", async () => {
  const cli = new ScriptedCli();
  const client = await started(cli, {});
  try {
    await assert.rejects(
      cli.request("llmInference.httpRequestStart", startFrame("r9")),
      (e: unknown) => e instanceof RpcError && /no requestHandler/.test(e.message),
    );
  } finally {
    await client.stop();
  }
});

test("CopilotClient requestHandler: a value that is not a function is refused when the client is made", () => {
  assert.throws(
    () => new CopilotClient({ requestHandler: "fetch" as never }),
    (e: unknown) => e instanceof TypeError && /"requestHandler" must be a function/.test(e.message),
  );
});

test("CopilotRequestHandler (the official SDK's class): a subclass's sendRequest serves the request with its context (url, headers by name, signal); super.sendRequest() fails the request naming the fix (no key from the URL), and a bare instance is refused", async () => {
  const { cli, ended } = inferenceCli();
  const seen: CopilotRequestContext[] = [];
  class Recording extends CopilotRequestHandler {
    protected override sendRequest(_request: Request, context: CopilotRequestContext) {
      seen.push(context);
      return Promise.resolve(new Response("from the subclass"));
    }
  }
  const errors: unknown[] = [];
  const client = await started(cli, {
    requestHandler: new Recording(),
    onError: (error) => errors.push(error),
  });
  try {
    await cli.request("llmInference.httpRequestStart", startFrame("c1"));
    await cli.request("llmInference.httpRequestChunk", { requestId: "c1", data: "{}", end: true });
    const frames = await ended("c1");
    assert.equal(text(frames, "c1"), "from the subclass");
    const [context] = seen;
    assert.equal(context.requestId, "c1");
    assert.equal(context.sessionId, "s1");
    assert.equal(context.transport, "http");
    assert.equal(context.url, "http://model.test/v1/chat/completions");
    assert.deepEqual(context.headers["x-multi"], ["a, b"]);
    assert.ok(context.signal instanceof AbortSignal);
  } finally {
    await client.stop();
  }
  // super.sendRequest() does not forward (this SDK does no networking): the request fails, naming the fix.
  class Super extends CopilotRequestHandler {
    protected override sendRequest(request: Request, context: CopilotRequestContext) {
      return super.sendRequest(request, context);
    }
  }
  const plain = inferenceCli();
  const bare = await started(plain.cli, {
    requestHandler: new Super(),
    onError: (error) => errors.push(error),
  });
  try {
    await plain.cli.request(
      "llmInference.httpRequestStart",
      startFrame("c2", { url: "http://model.test/v1/chat?key=secret-key" }),
    );
    await plain.cli.request("llmInference.httpRequestChunk", { requestId: "c2", end: true });
    const frames = await plain.ended("c2");
    assert.match(frames.at(-1)!.params.error.message, /sendRequest\(\) is not overridden/);
    assert.match(String(errors.at(-1)), /serve POST http:\/\/model\.test\/v1\/chat \(forward it/);
    assert.doesNotMatch(String(errors.at(-1)), /secret-key/);
  } finally {
    await bare.stop();
  }
  // A bare CopilotRequestHandler serves nothing: refused when the client is made.
  assert.throws(
    () => new CopilotClient({ requestHandler: new CopilotRequestHandler() }),
    /or a CopilotRequestHandler whose sendRequest\(\) is overridden/,
  );
  assert.throws(
    () => new CopilotClient({ requestHandler: {} as never }),
    /"requestHandler" must be a function \(request, context\) => Response, or a CopilotRequestHandler/,
  );
});
