/**
 * The benchmark scenarios, written once against {@linkcode BenchClient} so
 * that our SDK, the official SDK and the raw reader run the very same code.
 *
 * @module
 */

/** A session as the scenarios use it. */
export interface BenchSession {
  /** Subscribes to one event type; returns an unsubscribe function. */
  on(type: string, handler: (event: unknown) => void): () => void;
  /** Sends a prompt and waits for `session.idle`. */
  sendAndWait(prompt: string): Promise<unknown>;
}

/** A client as the scenarios use it. */
export interface BenchClient {
  /** Starts the CLI and does the handshake. */
  start(): Promise<void>;
  /** One `ping` round trip. */
  ping(): Promise<unknown>;
  /** Opens a session. */
  createSession(): Promise<BenchSession>;
  /** Stops the client and its CLI. */
  stop(): Promise<void>;
}

/** Makes a new client that runs `cliPath` as its CLI. */
export type ClientFactory = (cliPath: string) => BenchClient;

/** One scenario's measurements: every repetition's value, in its unit. */
export interface Series {
  /** What was measured, e.g. "events/s". */
  unit: string;
  /** One value per repetition. */
  values: number[];
}

/** The options every scenario takes. */
export interface ScenarioOptions {
  /** The fake CLI to run. */
  cliPath: string;
  /** Measured repetitions. */
  reps: number;
  /** Events per turn (events, memory). */
  events?: number;
  /** Pings per repetition (sequential and concurrent pings). */
  pings?: number;
  /** Pings in flight at once (concurrent pings). */
  inFlight?: number;
}

/** A scenario's result: named series. */
export type ScenarioResult = Record<string, Series>;

/** A function that reads the current heap use, and one that forces a full GC when it can. */
export interface HeapProbe {
  /** Bytes of JS heap in use. */
  used(): number;
  /** Runs a full garbage collection (a no-op when the runtime does not allow it). */
  gc(): void;
}

const now = () => performance.now();

/**
 * Runs one client per factory side by side: each is started and prepared,
 * then the repetitions alternate between them (so that a change in machine
 * load hits them alike), and all are stopped.
 *
 * @returns One list of measurements per factory.
 */
async function sideBySide<T>(
  factories: ClientFactory[],
  options: ScenarioOptions,
  prepare: (client: BenchClient) => Promise<T>,
  measure: (client: BenchClient, state: T) => Promise<number[]>,
): Promise<number[][][]> {
  const clients = factories.map((factory) => factory(options.cliPath));
  const started: BenchClient[] = [];
  const out = factories.map(() => [] as number[][]);
  try {
    const states: T[] = [];
    for (const client of clients) {
      await client.start();
      started.push(client);
      states.push(await prepare(client));
    }
    for (let rep = 0; rep < options.reps; rep++) {
      for (let i = 0; i < clients.length; i++) out[i].push(await measure(clients[i], states[i]));
    }
  } finally {
    for (const client of started) await client.stop();
  }
  return out;
}

/** Turns per-repetition tuples into named series. */
function series(reps: number[][], names: [string, string][]): ScenarioResult {
  const result: ScenarioResult = {};
  names.forEach(([name, unit], i) => result[name] = { unit, values: reps.map((r) => r[i]) });
  return result;
}

/**
 * (a) Event throughput: one turn streaming `events` deltas, from send to
 * `session.idle`, with a handler counting the deltas.
 */
export async function eventThroughput(
  factories: ClientFactory[],
  options: ScenarioOptions,
): Promise<ScenarioResult[]> {
  const events = options.events ?? 100_000;
  const reps = await sideBySide(factories, options, async (client) => {
    const session = await client.createSession();
    const counter = { count: 0 };
    session.on("assistant.message_delta", () => counter.count++);
    await session.sendAndWait(`events=${Math.min(events, 20_000)}`); // warm-up
    return { session, counter };
  }, async (_client, { session, counter }) => {
    counter.count = 0;
    const start = now();
    await session.sendAndWait(`events=${events}`);
    const seconds = (now() - start) / 1000;
    if (counter.count !== events) {
      throw new Error(`Expected ${events} deltas, got ${counter.count}`);
    }
    return [events / seconds];
  });
  return reps.map((r) => series(r, [["events", "events/s"]]));
}

/** (b) Sequential `ping` round trips: median and p99 latency per repetition. */
export async function pingSequential(
  factories: ClientFactory[],
  options: ScenarioOptions,
): Promise<ScenarioResult[]> {
  const pings = options.pings ?? 5_000;
  const latencies = new Float64Array(pings);
  const reps = await sideBySide(factories, options, async (client) => {
    for (let i = 0; i < Math.min(pings, 2_000); i++) await client.ping(); // warm-up
  }, async (client) => {
    for (let i = 0; i < pings; i++) {
      const start = now();
      await client.ping();
      latencies[i] = now() - start;
    }
    latencies.sort();
    return [quantile(latencies, 0.5) * 1000, quantile(latencies, 0.99) * 1000];
  });
  return reps.map((r) => series(r, [["p50", "µs"], ["p99", "µs"]]));
}

/** (c) Concurrent pings: `pings` calls with `inFlight` outstanding at once. */
export async function pingConcurrent(
  factories: ClientFactory[],
  options: ScenarioOptions,
): Promise<ScenarioResult[]> {
  const pings = options.pings ?? 50_000;
  const inFlight = options.inFlight ?? 100;
  const round = async (client: BenchClient, total: number) => {
    let left = total;
    const worker = async () => {
      while (left > 0) {
        left--;
        await client.ping();
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
  };
  const reps = await sideBySide(factories, options, async (client) => {
    await round(client, Math.min(pings, 10_000)); // warm-up
  }, async (client) => {
    const start = now();
    await round(client, pings);
    return [pings / ((now() - start) / 1000)];
  });
  return reps.map((r) => series(r, [["calls", "calls/s"]]));
}

/**
 * (d) Client start to its first answer (a `ping`), then `stop()`, with a new
 * client each time, alternating between the factories.
 */
export async function startStop(
  factories: ClientFactory[],
  options: ScenarioOptions,
): Promise<ScenarioResult[]> {
  const results = factories.map(() => ({
    first: { unit: "ms", values: [] as number[] },
    stop: { unit: "ms", values: [] as number[] },
  }));
  for (let rep = 0; rep <= options.reps; rep++) {
    for (let i = 0; i < factories.length; i++) {
      const start = now();
      const client = factories[i](options.cliPath);
      await client.start();
      await client.ping();
      const answered = now();
      await client.stop();
      // The first round loads the SDKs' lazy modules: not counted.
      if (rep === 0) continue;
      results[i].first.values.push(answered - start);
      results[i].stop.values.push(now() - answered);
    }
  }
  return results;
}

/**
 * Memory: the peak growth of the JS heap over its level after a full GC
 * during one burst of `events` deltas. The heap is sampled in the delta
 * handler every 1,000 events and by a 5 ms timer. One client per process,
 * so that nothing else shares its heap.
 */
export async function memoryBurst(
  factory: ClientFactory,
  options: ScenarioOptions,
  heap: HeapProbe,
): Promise<ScenarioResult> {
  const events = options.events ?? 200_000;
  const client = factory(options.cliPath);
  await client.start();
  try {
    const session = await client.createSession();
    const values: number[] = [];
    let count = 0;
    let peak = 0;
    session.on("assistant.message_delta", () => {
      if (++count % 1000 === 0) peak = Math.max(peak, heap.used());
    });
    await session.sendAndWait("events=1000"); // warm-up
    for (let rep = 0; rep < options.reps; rep++) {
      heap.gc();
      heap.gc();
      const base = heap.used();
      peak = base;
      count = 0;
      const timer = setInterval(() => peak = Math.max(peak, heap.used()), 5);
      try {
        await session.sendAndWait(`events=${events}`);
      } finally {
        clearInterval(timer);
      }
      if (count !== events) throw new Error(`Expected ${events} deltas, got ${count}`);
      values.push((Math.max(peak, heap.used()) - base) / (1024 * 1024));
    }
    return { heap: { unit: "MiB", values } };
  } finally {
    await client.stop();
  }
}

/** The scenarios by name. */
export const SCENARIOS = {
  events: eventThroughput,
  pingSequential,
  pingConcurrent,
  startStop,
} as const;

/** A scenario that runs clients side by side (memory and import are run apart). */
export type ScenarioName = keyof typeof SCENARIOS;

/**
 * The `q` quantile of sorted values (nearest rank).
 *
 * @param sorted Values in ascending order.
 * @param q Between 0 and 1.
 * @returns The value.
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at];
}

/**
 * The median of some values.
 *
 * @param values The values.
 * @returns Their median.
 */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
