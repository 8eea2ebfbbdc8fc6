/**
 * A scripted Copilot CLI in the same process: a `CopilotClient` made with
 * {@linkcode ScriptedCli.client} reaches it over a linked pair of in-memory
 * transports (through the client's internal connector seam), and the test
 * drives the far end: it answers requests by method, sends session events
 * and requests of its own, and can "crash" with an exit code and stderr.
 * Each start of the client opens a new link (a new "process").
 */

import { withConnector } from "../../src/_connector.ts";
import type { CliLink, Connector } from "../../src/_supervisor.ts";
import { CopilotClient, type CopilotClientOptions, type SessionEvent } from "../../mod.ts";
import type { CloseInfo } from "../../src/errors.ts";
import { Connection } from "../../src/rpc/connection.ts";
import { createLinkedPair } from "../../src/rpc/memory.ts";

/** Answers one method; the default answers are in {@linkcode defaultAnswers}. */
// deno-lint-ignore no-explicit-any
export type Answer = (params: any, cli: ScriptedCli) => unknown;

/** A call the client made, as the scripted CLI received it. */
export interface Received {
  /** Which start of the client (1 for the first CLI "process"). */
  launch: number;
  /** The method. */
  method: string;
  /** The params. */
  // deno-lint-ignore no-explicit-any
  params: any;
}

interface Live {
  server: Connection;
  crash(info: CloseInfo): Promise<void>;
}

/** The far end of a client's connection. */
export class ScriptedCli {
  /** Every request the client sent, oldest first. */
  readonly received: Received[] = [];
  /** How many times a client connected. */
  launches = 0;
  #answers: Map<string, Answer>;
  #live: Live | undefined;
  #nextMessage = 1;

  /**
   * Creates a scripted CLI.
   *
   * @param answers Answers by method, over the defaults.
   */
  constructor(answers: Record<string, Answer> = {}) {
    this.#answers = new Map(Object.entries({ ...defaultAnswers(), ...answers }));
  }

  /**
   * A client that reaches this CLI.
   *
   * @param options Other client options.
   */
  client(options: CopilotClientOptions = {}): CopilotClient {
    return new CopilotClient(withConnector(options, (signal) => this.#connect(signal)));
  }

  /**
   * Opens a link to this CLI, as a client's connector does: for code that
   * makes its own client (e.g. `joinSession()`). `owned` says whether the
   * client counts the CLI as its own (and shuts it down on `stop()`).
   */
  connector(owned = true): Connector {
    return (signal) => this.#connect(signal).then((link) => ({ ...link, owned }));
  }

  /** Replaces (or adds) the answer of one method, also on the connection that is live. */
  answer(method: string, answer: Answer): void {
    const known = this.#answers.has(method);
    this.#answers.set(method, answer);
    if (!known && this.#live) this.#register(this.#live.server, this.launches, method);
  }

  /** The calls of one method, oldest first. */
  // deno-lint-ignore no-explicit-any
  calls(method: string): any[] {
    return this.received.filter((r) => r.method === method).map((r) => r.params);
  }

  /** A fresh message id, as `session.send` answers. */
  messageId(): string {
    return `m${this.#nextMessage++}`;
  }

  /** Sends a session event to the client. */
  async emit(sessionId: string, type: string, data: Record<string, unknown> = {}): Promise<void> {
    await this.#server.notify("session.event", { sessionId, event: event(type, data) });
  }

  /** Sends a notification to the client. */
  async notify(method: string, params: unknown): Promise<void> {
    await this.#server.notify(method, params);
  }

  /** Sends a request to the client and returns its answer. */
  request(method: string, params: unknown): Promise<unknown> {
    return this.#server.request(method, params);
  }

  /** Ends the current "process" as if it exited with `code` after writing `stderr`. */
  async crash(code = 1, stderr = ""): Promise<void> {
    await this.#live?.crash({ code, signal: null, stderrTail: stderr });
  }

  #register(server: Connection, launch: number, method: string): void {
    server.onRequest(method, (params) => {
      this.received.push({ launch, method, params });
      return this.#answers.get(method)!(params, this);
    });
  }

  get #server(): Connection {
    if (!this.#live) throw new Error("The scripted CLI is not connected");
    return this.#live.server;
  }

  #connect(signal: AbortSignal): Promise<CliLink> {
    signal.throwIfAborted();
    const launch = ++this.launches;
    const [near, far] = createLinkedPair();
    let resolveClosed!: (info: CloseInfo) => void;
    const closed = new Promise<CloseInfo>((resolve) => resolveClosed = resolve);
    near.closed.then(() => resolveClosed({ code: null, signal: null, stderrTail: "" }));
    const server = new Connection(far);
    for (const method of this.#answers.keys()) this.#register(server, launch, method);
    const live: Live = {
      server,
      async crash(info) {
        resolveClosed(info);
        await near.close();
        await server.close();
      },
    };
    this.#live = live;
    server.closed.then(() => {
      if (this.#live === live) this.#live = undefined;
    });
    return Promise.resolve({
      owned: true,
      transport: {
        readable: near.readable,
        writable: near.writable,
        closed,
        async close() {
          await near.close();
          await server.close();
          await closed;
        },
      },
    });
  }
}

/** A session event with the common fields filled in. */
export function event(type: string, data: Record<string, unknown> = {}): SessionEvent {
  return {
    id: crypto.randomUUID(),
    timestamp: new Date().toISOString(),
    parentId: null,
    type,
    data,
  } as SessionEvent;
}

/** What a CLI 1.0.102 answers, in short. */
export function defaultAnswers(): Record<string, Answer> {
  return {
    "connect": () => ({ ok: true, protocolVersion: 3, version: "1.0.102-scripted" }),
    "ping": (params) => ({
      message: `pong: ${params?.message ?? ""}`,
      timestamp: Date.now(),
      protocolVersion: 3,
    }),
    "status.get": () => ({ version: "1.0.102-scripted", protocolVersion: 3 }),
    "tools.list": () => ({ tools: [{ name: "bash" }, { name: "view" }, { name: "edit" }] }),
    "session.create": (params) => ({
      sessionId: params.sessionId,
      workspacePath: `/scripted/${params.sessionId}`,
    }),
    "session.resume": (params) => ({ sessionId: params.sessionId }),
    "session.send": (_params, cli) => ({ messageId: cli.messageId() }),
    "session.abort": () => ({}),
    "session.destroy": () => ({}),
    "session.log": () => ({ eventId: crypto.randomUUID() }),
    "session.getMessages": () => ({ events: [] }),
    "session.list": () => ({ sessions: [] }),
    "session.delete": () => ({ success: true }),
    "session.tools.handlePendingToolCall": () => ({ success: true }),
    "session.permissions.handlePendingPermissionRequest": () => ({ success: true }),
    "session.ui.handlePendingElicitation": () => ({ success: true }),
    "session.commands.handlePendingCommand": () => ({ success: true }),
    "session.mcp.oauth.handlePendingRequest": () => ({ success: true }),
    "session.eventLog.registerInterest": () => ({}),
    "runtime.shutdown": () => ({}),
  };
}

/** Resolves after pending microtasks and one macrotask: lets messages in flight land. */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
