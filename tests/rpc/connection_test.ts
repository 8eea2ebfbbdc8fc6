import assert from "node:assert/strict";
import { test } from "../_test.ts";
import { ConnectionClosedError, ProtocolError, RpcError } from "../../src/errors.ts";
import { Connection, type ConnectionOptions } from "../../src/rpc/connection.ts";
import { encodeFrame, FrameDecoderStream } from "../../src/rpc/framing.ts";
import { createLinkedPair, type MemoryTransport } from "../../src/rpc/memory.ts";

// deno-lint-ignore no-explicit-any
type Json = any;

/** An async FIFO: `push()` from callbacks, `next()` from the test. */
class Queue<T> {
  #items: T[] = [];
  #waiters: ((item: T) => void)[] = [];

  push(item: T): void {
    const waiter = this.#waiters.shift();
    if (waiter) waiter(item);
    else this.#items.push(item);
  }

  next(): Promise<T> {
    if (this.#items.length > 0) return Promise.resolve(this.#items.shift()!);
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  get size(): number {
    return this.#items.length;
  }
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => resolve = r);
  return { promise, resolve };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** mulberry32: a small seeded PRNG, so random delays are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pair {
  client: Connection;
  server: Connection;
  /** Closes both ends together (both locally, so neither waits for exit details). */
  close(): Promise<void>;
}

/** A client Connection whose far end is another Connection answering by method. */
function connect(options: { client?: ConnectionOptions; server?: ConnectionOptions } = {}): Pair {
  const [a, b] = createLinkedPair();
  const client = new Connection(a, options.client);
  const server = new Connection(b, options.server);
  return {
    client,
    server,
    async close() {
      await Promise.all([client.close(), server.close()]);
    },
  };
}

/** A far end that reads and writes raw frames, for input a Connection would never send. */
interface RawPeer {
  /** The next message the client sent, parsed. */
  receive(): Promise<Json>;
  /** Sends one message as JSON. */
  send(message: unknown): Promise<void>;
  /** Sends one frame with this exact body. */
  sendText(body: string): Promise<void>;
  /** Ends the peer's write side and waits for its read loop to stop. */
  close(): Promise<void>;
}

function rawPeer(transport: MemoryTransport): RawPeer {
  const writer = transport.writable.getWriter();
  const inbox = new Queue<Json>();
  // Read continuously so the client's writes never wait on back-pressure.
  const reading = (async () => {
    try {
      for await (const body of transport.readable.pipeThrough(new FrameDecoderStream())) {
        inbox.push(JSON.parse(body));
      }
    } catch {
      // The client aborted its side; nothing more to read.
    }
  })();
  return {
    receive: () => inbox.next(),
    send: (message) => writer.write(encodeFrame(JSON.stringify(message))),
    sendText: (body) => writer.write(encodeFrame(body)),
    async close() {
      await writer.close().catch(() => {});
      await reading;
    },
  };
}

function connectRaw(options?: ConnectionOptions): { client: Connection; peer: RawPeer } {
  const [a, b] = createLinkedPair();
  return { client: new Connection(a, options), peer: rawPeer(b) };
}

/** A request handler that never answers until its `context.signal` aborts. */
function hangUntilAborted(
  started?: Deferred<void>,
  aborted?: Deferred<unknown>,
): (params: unknown, context: { signal: AbortSignal }) => Promise<null> {
  return (_params, { signal }) => {
    started?.resolve();
    return new Promise((resolve) => {
      signal.addEventListener("abort", () => {
        aborted?.resolve(signal.reason);
        resolve(null);
      }, { once: true });
    });
  };
}

// --- requests ---

test("Connection.request() resolves with the far end's result", async () => {
  const { client, server, close } = connect();
  try {
    server.onRequest("ping", (params) => ({ pong: params.n + 1 }));
    assert.deepEqual(await client.request("ping", { n: 41 }), { pong: 42 });
  } finally {
    await close();
  }
});

test("Connection.request() passes params through unchanged", async () => {
  const { client, server, close } = connect();
  try {
    const seen: { params: unknown; method: string }[] = [];
    server.onRequest("echo", (params, context) => {
      seen.push({ params, method: context.method });
      return params ?? "no params";
    });
    const params = {
      text: 'é€😀 \r\n"quoted"',
      list: [1, 2.5, -3, true, false, null],
      nested: { deep: { deeper: [{}] } },
      empty: "",
    };
    assert.deepEqual(await client.request("echo", params), params);
    assert.deepEqual(await client.request("echo", [1, "two"]), [1, "two"]);
    assert.equal(await client.request("echo"), "no params");
    assert.deepEqual(seen, [
      { params, method: "echo" },
      { params: [1, "two"], method: "echo" },
      { params: undefined, method: "echo" },
    ]);
  } finally {
    await close();
  }
});

test("Connection.request() resolves with null when the handler returns undefined", async () => {
  const { client, server, close } = connect();
  try {
    server.onRequest("void", () => {});
    assert.equal(await client.request("void"), null);
  } finally {
    await close();
  }
});

test("Connection.request() works in both directions", async () => {
  const { client, server, close } = connect();
  try {
    client.onRequest("fromServer", (params) => `client got ${params.x}`);
    server.onRequest("fromClient", (params) => `server got ${params.x}`);
    assert.equal(await server.request("fromServer", { x: 1 }), "client got 1");
    assert.equal(await client.request("fromClient", { x: 2 }), "server got 2");
  } finally {
    await close();
  }
});

test("Connection.request() rejects with RpcError on error response", async () => {
  const { client, peer } = connectRaw();
  try {
    const pending = client.request("secret", { which: 1 });
    const request = await peer.receive();
    assert.equal(request.jsonrpc, "2.0");
    assert.equal(request.method, "secret");
    assert.deepEqual(request.params, { which: 1 });
    await peer.send({
      jsonrpc: "2.0",
      id: request.id,
      error: { code: -32001, message: "Access denied", data: { reason: "policy", ids: [1] } },
    });
    await assert.rejects(pending, (error) => {
      assert.ok(error instanceof RpcError);
      assert.equal(error.rpcCode, -32001);
      assert.equal(error.message, "Access denied");
      assert.deepEqual(error.data, { reason: "policy", ids: [1] });
      assert.equal(error.code, "RPC_ERROR");
      assert.ok(error.hasCode("RPC_ERROR"));
      return true;
    });
  } finally {
    await client.close();
    await peer.close();
  }
});

test("Connection.request() rejects with RpcError -32601 when the far end has no handler", async () => {
  const { client, close } = connect();
  try {
    await assert.rejects(client.request("no.such.method", {}), (error) => {
      assert.ok(error instanceof RpcError);
      assert.equal(error.rpcCode, -32601);
      assert.match(error.message, /no\.such\.method/);
      return true;
    });
  } finally {
    await close();
  }
});

test("Connection.onRequest() answers -32603 with the message of a throwing handler", async () => {
  const { client, server, close } = connect();
  try {
    server.onRequest("explode", () => {
      throw new Error("handler exploded");
    });
    server.onRequest("explodeAsync", async () => {
      await delay(1);
      throw new TypeError("async handler exploded");
    });
    server.onRequest("throwString", () => {
      throw "plain string";
    });
    for (
      const [method, message] of [
        ["explode", "handler exploded"],
        ["explodeAsync", "async handler exploded"],
        ["throwString", "plain string"],
      ]
    ) {
      await assert.rejects(client.request(method), (error) => {
        assert.ok(error instanceof RpcError, method);
        assert.equal(error.rpcCode, -32603, method);
        assert.equal(error.message, message);
        return true;
      });
    }
  } finally {
    await close();
  }
});

test("Connection.onRequest() keeps the code and data of an RpcError thrown by a handler", async () => {
  const { client, server, close } = connect();
  try {
    server.onRequest("refuse", () => {
      throw new RpcError(-32042, "Refused: quota exceeded", { retryAfter: 30 });
    });
    await assert.rejects(client.request("refuse"), (error) => {
      assert.ok(error instanceof RpcError);
      assert.equal(error.rpcCode, -32042);
      assert.equal(error.message, "Refused: quota exceeded");
      assert.deepEqual(error.data, { retryAfter: 30 });
      return true;
    });
  } finally {
    await close();
  }
});

test("Connection.onRequest() awaits an async handler's result", async () => {
  const { client, server, close } = connect();
  try {
    server.onRequest("slowAdd", async (params) => {
      await delay(10);
      return params.a + params.b;
    });
    assert.equal(await client.request("slowAdd", { a: 2, b: 3 }), 5);
  } finally {
    await close();
  }
});

test("Connection.onRequest() disposal restores the previous handler", async () => {
  const { client, server, close } = connect();
  try {
    const first = server.onRequest("who", () => "first");
    const second = server.onRequest("who", () => "second");
    const third = server.onRequest("who", () => "third");
    assert.equal(await client.request("who"), "third");
    second[Symbol.dispose](); // not the active one: "third" still answers
    assert.equal(await client.request("who"), "third");
    third[Symbol.dispose]();
    assert.equal(await client.request("who"), "first");
    first[Symbol.dispose]();
    first[Symbol.dispose](); // twice is harmless
    await assert.rejects(client.request("who"), (error) => {
      assert.ok(error instanceof RpcError);
      assert.equal(error.rpcCode, -32601);
      return true;
    });
  } finally {
    await close();
  }
});

test("Connection.request() matches many concurrent out-of-order responses to their calls", async () => {
  const { client, server, close } = connect();
  try {
    const rand = prng(1234);
    const finished: number[] = [];
    server.onRequest("square", async (params) => {
      await delay(Math.floor(rand() * 25));
      finished.push(params.n);
      return { n: params.n, square: params.n * params.n };
    });
    const count = 60;
    const results = await Promise.all(
      Array.from({ length: count }, (_, n) => client.request("square", { n })),
    );
    assert.deepEqual(results, Array.from({ length: count }, (_, n) => ({ n, square: n * n })));
    assert.equal(finished.length, count);
    assert.notDeepEqual(finished, [...finished].sort((x, y) => x - y), "answered out of order");
  } finally {
    await close();
  }
});

// --- notifications ---

test("Connection.notify() delivers notifications in both directions", async () => {
  const { client, server, close } = connect();
  try {
    const atServer = new Queue<unknown>();
    const atClient = new Queue<unknown>();
    server.onNotification("toServer", (params) => atServer.push(params));
    client.onNotification("toClient", (params) => atClient.push(params));
    await client.notify("toServer", { text: "é€😀", n: [1, 2] });
    await server.notify("toClient", "just a string");
    assert.deepEqual(await atServer.next(), { text: "é€😀", n: [1, 2] });
    assert.equal(await atClient.next(), "just a string");
  } finally {
    await close();
  }
});

test("Connection.notify() notifications arrive in the order sent", async () => {
  const { client, server, close } = connect();
  try {
    const seen: number[] = [];
    const all = deferred();
    const count = 300;
    server.onNotification("seq", (params) => {
      seen.push(params.i);
      if (seen.length === count) all.resolve();
    });
    // Fire without awaiting each one, mixed with requests.
    server.onRequest("noop", () => null);
    const sends: Promise<unknown>[] = [];
    for (let i = 0; i < count; i++) {
      sends.push(client.notify("seq", { i, pad: "x".repeat(i % 7 === 0 ? 5000 : 3) }));
      if (i % 50 === 0) sends.push(client.request("noop"));
    }
    await Promise.all(sends);
    await all.promise;
    assert.deepEqual(seen, Array.from({ length: count }, (_, i) => i));
  } finally {
    await close();
  }
});

test("Connection.onNotification() calls every handler for a method in registration order", async () => {
  const { client, server, close } = connect();
  try {
    const calls: string[] = [];
    const done = deferred();
    server.onNotification("multi", (params) => calls.push(`first ${params}`));
    server.onNotification("multi", (params) => calls.push(`second ${params}`));
    server.onNotification("multi", (params) => {
      calls.push(`third ${params}`);
      done.resolve();
    });
    await client.notify("multi", 7);
    await done.promise;
    assert.deepEqual(calls, ["first 7", "second 7", "third 7"]);
  } finally {
    await close();
  }
});

test("Connection.onNotification() reports a throwing handler to onError and still runs the others", async () => {
  const errors = new Queue<Error>();
  const { client, server, close } = connect({ server: { onError: (error) => errors.push(error) } });
  try {
    const calls: string[] = [];
    const done = deferred();
    server.onNotification("event", () => {
      calls.push("throws");
      throw new Error("notification handler failed");
    });
    server.onNotification("event", () => {
      calls.push("throws a string");
      throw "string failure";
    });
    server.onNotification("event", () => calls.push("runs"));
    server.onNotification("*", (_params, method) => {
      calls.push(`wildcard ${method}`);
      done.resolve();
    });
    await client.notify("event", {});
    await done.promise;
    assert.deepEqual(calls, ["throws", "throws a string", "runs", "wildcard event"]);
    const first = await errors.next();
    assert.ok(first instanceof Error);
    assert.equal(first.message, "notification handler failed");
    const second = await errors.next();
    assert.ok(second instanceof Error);
    assert.equal(second.message, "string failure");
    assert.equal(errors.size, 0);
  } finally {
    await close();
  }
});

test('Connection.onNotification() "*" receives every notification with its method', async () => {
  const { client, server, close } = connect();
  try {
    const all = new Queue<{ method: string; params: unknown }>();
    const specific = new Queue<unknown>();
    server.onNotification("*", (params, method) => all.push({ method, params }));
    server.onNotification("b", (params) => specific.push(params));
    await client.notify("a", 1);
    await client.notify("b", { x: 2 });
    await client.notify("session.event", ["c"]);
    assert.deepEqual(await all.next(), { method: "a", params: 1 });
    assert.deepEqual(await all.next(), { method: "b", params: { x: 2 } });
    assert.deepEqual(await all.next(), { method: "session.event", params: ["c"] });
    assert.deepEqual(await specific.next(), { x: 2 });
  } finally {
    await close();
  }
});

test("Connection.onNotification() disposal stops the handler", async () => {
  const { client, server, close } = connect();
  try {
    const disposed: number[] = [];
    const kept = new Queue<number>();
    const subscription = server.onNotification("tick", (params) => disposed.push(params.n));
    const wildcard = server.onNotification("*", () => disposed.push(-1));
    server.onNotification("tick", (params) => kept.push(params.n));
    await client.notify("tick", { n: 1 });
    assert.equal(await kept.next(), 1);
    subscription[Symbol.dispose]();
    wildcard[Symbol.dispose]();
    await client.notify("tick", { n: 2 });
    assert.equal(await kept.next(), 2);
    assert.deepEqual(disposed, [1, -1]);
  } finally {
    await close();
  }
});

// --- cancellation and timeouts ---

test("Connection.request() rejects with signal.reason on abort and cancels the far handler", async () => {
  const { client, server, close } = connect();
  try {
    const started = deferred();
    const aborted = deferred<unknown>();
    server.onRequest("slow", hangUntilAborted(started, aborted));
    const controller = new AbortController();
    const pending = client.request("slow", {}, { signal: controller.signal });
    await started.promise;
    const reason = new Error("user pressed stop");
    controller.abort(reason);
    await assert.rejects(pending, (error) => {
      assert.equal(error, reason);
      return true;
    });
    const farReason = await aborted.promise;
    assert.ok(farReason instanceof DOMException);
    assert.equal(farReason.name, "AbortError");
  } finally {
    await close();
  }
});

test("Connection.request() sends $/cancelRequest with the request id on abort", async () => {
  const { client, peer } = connectRaw();
  try {
    const controller = new AbortController();
    const pending = client.request("slow", { a: 1 }, { signal: controller.signal });
    const request = await peer.receive();
    assert.equal(request.method, "slow");
    controller.abort();
    await assert.rejects(pending, (error) => {
      assert.ok(error instanceof DOMException);
      assert.equal(error.name, "AbortError");
      assert.equal(error, controller.signal.reason);
      return true;
    });
    assert.deepEqual(await peer.receive(), {
      jsonrpc: "2.0",
      method: "$/cancelRequest",
      params: { id: request.id },
    });
  } finally {
    await client.close();
    await peer.close();
  }
});

test("Connection.request() with an already-aborted signal rejects without sending", async () => {
  const { client, peer } = connectRaw();
  try {
    const reason = new Error("aborted before the call");
    await assert.rejects(
      client.request("never", {}, { signal: AbortSignal.abort(reason) }),
      (error) => {
        assert.equal(error, reason);
        return true;
      },
    );
    await client.notify("marker");
    // The first thing on the wire is the marker: no request, no cancel.
    assert.deepEqual(await peer.receive(), { jsonrpc: "2.0", method: "marker" });
  } finally {
    await client.close();
    await peer.close();
  }
});

test("Connection.request() ignores an abort after the response arrived", async () => {
  const { client, server, close } = connect();
  try {
    server.onRequest("quick", () => "done");
    const controller = new AbortController();
    assert.equal(await client.request("quick", {}, { signal: controller.signal }), "done");
    controller.abort();
    assert.equal(await client.request("quick"), "done");
  } finally {
    await close();
  }
});

test("Connection.request() rejects with a TimeoutError DOMException after timeout ms", async () => {
  const { client, server, close } = connect();
  try {
    const aborted = deferred<unknown>();
    server.onRequest("slow", hangUntilAborted(undefined, aborted));
    const started = Date.now();
    await assert.rejects(client.request("slow", {}, { timeout: 30 }), (error) => {
      assert.ok(error instanceof DOMException);
      assert.equal(error.name, "TimeoutError");
      assert.match(error.message, /"slow" timed out after 30 ms/);
      return true;
    });
    assert.ok(Date.now() - started >= 25, "did not time out early");
    // The far end was told to cancel.
    const farReason = await aborted.promise;
    assert.ok(farReason instanceof DOMException);
  } finally {
    await close();
  }
});

test("Connection.request() clears its timer when the response comes first", async () => {
  // Deno's sanitizer fails this test if the 60 s timer were left running.
  const { client, server, close } = connect();
  try {
    server.onRequest("quick", () => 1);
    assert.equal(await client.request("quick", {}, { timeout: 60_000 }), 1);
  } finally {
    await close();
  }
});

// --- closing ---

test("Connection.close() rejects pending requests with ConnectionClosedError", async () => {
  const { client, server, close } = connect();
  try {
    const started = deferred();
    server.onRequest("hang", hangUntilAborted(started));
    const pending = client.request("hang");
    await started.promise;
    await close();
    await assert.rejects(pending, (error) => {
      assert.ok(error instanceof ConnectionClosedError);
      assert.equal(error.code, "CONNECTION_CLOSED");
      assert.match(
        error.message,
        /Cannot complete "hang": connection to the Copilot CLI was closed/,
      );
      return true;
    });
    assert.equal(client.isClosed, true);
    await client.close(); // idempotent
  } finally {
    await close();
  }
});

test("Connection.request() rejects every pending call when the far Connection closes", async () => {
  const { client, server, close } = connect();
  try {
    const started = new Queue<void>();
    server.onRequest("hang", (_params, { signal }) => {
      started.push();
      return new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
    });
    const rejectedAt: number[] = [];
    const pending = Array.from(
      { length: 5 },
      (_, i) =>
        assert.rejects(client.request("hang", { i }), (error) => {
          rejectedAt.push(Date.now());
          assert.ok(error instanceof ConnectionClosedError);
          assert.match(
            error.message,
            /Cannot complete "hang": connection to the Copilot CLI closed/,
          );
          return true;
        }),
    );
    for (let i = 0; i < 5; i++) await started.next();
    await server.close();
    await Promise.all(pending);
    assert.equal(rejectedAt.length, 5);
    assert.ok(Math.max(...rejectedAt) - Math.min(...rejectedAt) < 50, "all rejected together");
    const closed = await client.closed;
    assert.ok(closed instanceof ConnectionClosedError);
    assert.match(closed.message, /closed unexpectedly/);
  } finally {
    await close();
  }
});

test("Connection.request() rejects every pending call when the far transport closes", async () => {
  const [a, b] = createLinkedPair();
  const client = new Connection(a);
  const drained = b.readable.pipeTo(new WritableStream());
  try {
    const pending = ["one", "two", "three"].map((method) =>
      assert.rejects(client.request(method), (error) => {
        assert.ok(error instanceof ConnectionClosedError);
        assert.match(error.message, new RegExp(`Cannot complete "${method}"`));
        return true;
      })
    );
    await b.close();
    await Promise.all(pending);
    assert.ok((await client.closed) instanceof ConnectionClosedError);
    assert.equal(client.isClosed, true);
  } finally {
    await client.close();
    await drained.catch(() => {});
  }
});

test("Connection.request() after close rejects with ConnectionClosedError naming the method", async () => {
  const { client, close } = connect();
  try {
    await close();
    await assert.rejects(client.request("session.send", {}), (error) => {
      assert.ok(error instanceof ConnectionClosedError);
      assert.match(error.message, /Cannot call "session\.send": connection .* is closed/);
      assert.ok(error.cause instanceof ConnectionClosedError);
      return true;
    });
    await assert.rejects(client.notify("session.log", {}), (error) => {
      assert.ok(error instanceof ConnectionClosedError);
      assert.match(error.message, /"session\.log"/);
      return true;
    });
  } finally {
    await close();
  }
});

test("Connection.closed resolves with the ConnectionClosedError once closed", async () => {
  const { client, server, close } = connect();
  try {
    assert.equal(client.isClosed, false);
    const closed = client.closed;
    await close();
    const error = await closed;
    assert.ok(error instanceof ConnectionClosedError);
    assert.match(error.message, /Connection to the Copilot CLI was closed/);
    assert.equal(client.isClosed, true);
    assert.equal(server.isClosed, true);
  } finally {
    await close();
  }
});

test("Connection aborts an inbound handler's signal when it closes", async () => {
  const { client, server, close } = connect();
  const started = deferred();
  const aborted = deferred<unknown>();
  server.onRequest("hang", hangUntilAborted(started, aborted));
  const pending = assert.rejects(client.request("hang"), ConnectionClosedError);
  await started.promise;
  await close();
  assert.ok((await aborted.promise) instanceof ConnectionClosedError);
  await pending;
});

test("ConnectionClosedError carries the transport's exit code and stderr tail", async () => {
  let end!: ReadableStreamDefaultController<Uint8Array>;
  const readable = new ReadableStream<Uint8Array>({
    start(controller) {
      end = controller;
    },
  });
  const writable = new WritableStream<Uint8Array>();
  const connection = new Connection({
    readable,
    writable,
    closed: Promise.resolve({ code: 3, signal: null, stderrTail: "boom" }),
  });
  try {
    const pending = connection.request("initialize");
    end.close();
    await assert.rejects(pending, (error) => {
      assert.ok(error instanceof ConnectionClosedError);
      assert.equal(error.exitCode, 3);
      assert.equal(error.signal, null);
      assert.equal(error.stderrTail, "boom");
      assert.match(error.message, /Cannot complete "initialize"/);
      assert.match(error.message, /exit code 3/);
      assert.match(error.message, /boom/);
      return true;
    });
    const closed = await connection.closed;
    assert.equal(closed.exitCode, 3);
    assert.match(closed.message, /boom/);
    await assert.rejects(connection.request("ping"), (error) => {
      assert.ok(error instanceof ConnectionClosedError);
      assert.equal(error.exitCode, 3);
      assert.match(error.message, /Cannot call "ping"/);
      assert.match(error.message, /boom/);
      return true;
    });
  } finally {
    await connection.close();
  }
});

test("ConnectionClosedError carries the signal that ended the transport", async () => {
  const connection = new Connection({
    readable: new ReadableStream({
      start(controller) {
        controller.close();
      },
    }),
    writable: new WritableStream(),
    closed: Promise.resolve({ code: null, signal: "SIGKILL", stderrTail: "" }),
  });
  try {
    const closed = await connection.closed;
    assert.equal(closed.signal, "SIGKILL");
    assert.equal(closed.exitCode, null);
    assert.match(closed.message, /signal SIGKILL/);
  } finally {
    await connection.close();
  }
});

// --- bad input ---

test("Connection reports an invalid JSON frame to onError as ProtocolError and keeps working", async () => {
  const errors = new Queue<Error>();
  const { client, peer } = connectRaw({ onError: (error) => errors.push(error) });
  try {
    await peer.sendText("{not json");
    await peer.sendText("[1,2,3]");
    const error = await errors.next();
    assert.ok(error instanceof ProtocolError);
    assert.match(error.message, /Invalid JSON in frame/);
    const notObject = await errors.next();
    assert.ok(notObject instanceof ProtocolError);
    assert.match(notObject.message, /not a JSON-RPC object/);
    const pending = client.request("ping");
    const request = await peer.receive();
    await peer.send({ jsonrpc: "2.0", id: request.id, result: "pong" });
    assert.equal(await pending, "pong");
    assert.equal(client.isClosed, false);
  } finally {
    await client.close();
    await peer.close();
  }
});

test("Connection reports a response to an unknown id to onError as ProtocolError and keeps working", async () => {
  const errors = new Queue<Error>();
  const { client, peer } = connectRaw({ onError: (error) => errors.push(error) });
  try {
    await peer.send({ jsonrpc: "2.0", id: 999, result: "stray" });
    const error = await errors.next();
    assert.ok(error instanceof ProtocolError);
    assert.match(error.message, /unknown request id 999/);
    const pending = client.request("ping");
    const request = await peer.receive();
    await peer.send({ jsonrpc: "2.0", id: request.id, result: "pong" });
    assert.equal(await pending, "pong");
  } finally {
    await client.close();
    await peer.close();
  }
});

test("Connection skips a frame over the cap: the call it answers fails with ProtocolError naming maxFrameBytes, a notification is reported, the connection goes on", async () => {
  const reports: Error[] = [];
  const { client, peer } = connectRaw({
    maxFrameBytes: 64,
    onError: (error) => reports.push(error),
  });
  try {
    const pending = client.request("ping");
    const request = await peer.receive();
    await peer.send({ jsonrpc: "2.0", id: request.id, result: "x".repeat(100) });
    await assert.rejects(pending, (error) => {
      assert.ok(error instanceof ProtocolError, String(error));
      assert.match(
        error.message,
        /Cannot complete "ping": its answer is \d+ bytes, over the limit of 64/,
      );
      assert.match(error.message, /raise maxFrameBytes/);
      return true;
    });
    await peer.send({ jsonrpc: "2.0", method: "session.event", params: { data: "y".repeat(100) } });
    const next = client.request("ping");
    const again = await peer.receive();
    await peer.send({ jsonrpc: "2.0", id: again.id, result: "ok" });
    assert.equal(await next, "ok");
    assert.equal(client.isClosed, false);
    assert.equal(reports.length, 1);
    assert.match(reports[0].message, /Dropped a "session.event" message/);
  } finally {
    await client.close();
    await peer.close();
  }
});

// --- regressions ---

test("Connection reports a rejecting async notification handler to onError", async () => {
  const errors: Error[] = [];
  const reported = deferred();
  const { client, server, close } = connect({
    server: {
      onError: (error) => {
        errors.push(error);
        reported.resolve();
      },
    },
  });
  try {
    server.onNotification("tick", async () => {
      await Promise.resolve();
      throw new Error("async handler failed");
    });
    await client.notify("tick", {});
    await reported.promise;
    assert.equal(errors[0].message, "async handler failed");
  } finally {
    await close();
  }
});

test("Connection drops the late answer to a timed-out request without reporting it", async () => {
  const errors: Error[] = [];
  const { client, server, close } = connect({ client: { onError: (error) => errors.push(error) } });
  try {
    const answered = deferred();
    server.onRequest("slow", async () => {
      await delay(50);
      answered.resolve();
      return "late";
    });
    await assert.rejects(client.request("slow", {}, { timeout: 1 }), { name: "TimeoutError" });
    await answered.promise;
    // The late response has been written; a round trip guarantees it was read.
    server.onRequest("echo", (params) => params);
    assert.deepEqual(await client.request("echo", { ok: true }), { ok: true });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("MemoryTransport.close() ends the far side even with a Connection attached", async () => {
  const [a, b] = createLinkedPair();
  const client = new Connection(a);
  const server = new Connection(b);
  server.onRequest("never", () => new Promise(() => {}));
  const pending = assert.rejects(client.request("never", {}), ConnectionClosedError);
  await b.close();
  await pending;
  assert.ok((await server.closed) instanceof ConnectionClosedError);
  await Promise.all([client.close(), server.close()]);
});

test("Connection.close() does not hang when the far end stopped reading", async () => {
  const [a, b] = createLinkedPair();
  const client = new Connection(a);
  // Nobody reads b: the client's write of this large frame can never complete.
  const call = assert.rejects(client.request("big", "x".repeat(1 << 20)), ConnectionClosedError);
  await client.close();
  await call;
  await b.close();
});

test("Connection.request() sends a lone UTF-16 surrogate as U+FFFD, so the frame is well-formed UTF-8 JSON", async () => {
  const [near, far] = createLinkedPair();
  const client = new Connection(near);
  const server = new Connection(far);
  const seen = new Queue<unknown>();
  server.onRequest("echo", (params) => {
    seen.push(params);
    return params;
  });
  try {
    const emoji = "😀";
    const cut = `cut ${emoji.slice(0, 1)} here ${emoji.slice(1)}; key`;
    const answer = await client.request("echo", { text: cut, whole: emoji, [cut]: 1 });
    const expected = {
      text: "cut \ufffd here \ufffd; key",
      whole: emoji,
      [`cut \ufffd here \ufffd; key`]: 1,
    };
    assert.deepEqual(await seen.next(), expected);
    assert.deepEqual(answer, expected);
  } finally {
    await client.close();
    await server.close();
  }
});

test("Connection.request() with params JSON cannot encode (BigInt, a cycle) rejects with TypeError at once, sends nothing and keeps working", async () => {
  const [near, far] = createLinkedPair();
  const client = new Connection(near);
  const server = new Connection(far);
  const methods: string[] = [];
  server.onRequest("ok", () => "fine");
  server.onNotification("*", (_params, method) => methods.push(method));
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  try {
    for (const params of [{ n: 1n }, cycle]) {
      await assert.rejects(client.request("bad", params), (error: Error) => {
        assert.ok(error instanceof TypeError, String(error));
        assert.match(error.message, /Cannot send "bad": the value cannot be encoded as JSON/);
        return true;
      });
      await assert.rejects(client.notify("bad", params), TypeError);
    }
    assert.equal(await client.request("ok"), "fine");
    assert.deepEqual(methods, []);
  } finally {
    await client.close();
    await server.close();
  }
});

test("Connection answers an inbound request whose result JSON cannot encode with an error, not silence", async () => {
  const [near, far] = createLinkedPair();
  const client = new Connection(near);
  const server = new Connection(far);
  server.onRequest("big", () => ({ n: 2n }));
  try {
    await assert.rejects(client.request("big"), (error: Error) => {
      assert.ok(error instanceof RpcError, String(error));
      assert.match(error.message, /Cannot answer "big": the value cannot be encoded as JSON/);
      return true;
    });
  } finally {
    await client.close();
    await server.close();
  }
});

test("Connection fails every pending call on an error answer with id null (a request the peer could not read), and reports it", async () => {
  const reports: Error[] = [];
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const incoming = new TransformStream<Uint8Array, Uint8Array>();
  const connection = new Connection(
    { readable: incoming.readable, writable },
    { onError: (error) => reports.push(error) },
  );
  const drain = readable.pipeTo(new WritableStream());
  const writer = incoming.writable.getWriter();
  try {
    const a = connection.request("one");
    const b = connection.request("two");
    await writer.write(encodeFrame(JSON.stringify({
      jsonrpc: "2.0",
      id: null,
      error: { code: -32700, message: "Parse error" },
    })));
    for (const [call, method] of [[a, "one"], [b, "two"]] as const) {
      await assert.rejects(call, (error: Error) => {
        assert.ok(error instanceof RpcError, String(error));
        assert.equal(error.rpcCode, -32700);
        assert.match(
          error.message,
          new RegExp(`Cannot complete "${method}": the CLI could not read`),
        );
        return true;
      });
    }
    assert.equal(reports.length, 1);
    assert.ok(reports[0] instanceof ProtocolError);
  } finally {
    await writer.close();
    await connection.close();
    await drain.catch(() => {});
  }
});

test("Connection ends when the other end exits even though its output stays open (a grandchild holds it): pending calls get the exit status", async () => {
  let exit!: (info: { code: number; signal: null; stderrTail: string }) => void;
  const closed = new Promise<{ code: number; signal: null; stderrTail: string }>((resolve) =>
    exit = resolve
  );
  // Never ends: what a grandchild holding the CLI's stdout looks like.
  const readable = new ReadableStream<Uint8Array>();
  const connection = new Connection({ readable, writable: new WritableStream(), closed });
  const pending = connection.request("never");
  exit({ code: 7, signal: null, stderrTail: "crashed" });
  await assert.rejects(pending, (error: Error) => {
    assert.ok(error instanceof ConnectionClosedError, String(error));
    assert.equal(error.exitCode, 7);
    assert.match(error.message, /crashed/);
    return true;
  });
  assert.ok(connection.isClosed);
  await connection.close();
});
