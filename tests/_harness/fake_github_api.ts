/**
 * A fake GitHub (and Copilot) API on 127.0.0.1 for e2e tests that sign the
 * real CLI in with a token: pass its `url` as `COPILOT_API_URL` and
 * `COPILOT_DEBUG_GITHUB_API_URL`. It records the method, path and
 * `Authorization` header of every request; `/copilot_internal/user` answers
 * what `user` gives for the bearer token (404 without it), `route` may
 * answer anything else, and the rest is 404.
 *
 * @module
 */

import { Buffer } from "node:buffer";
import { createServer } from "node:http";

/** An answer of the fake API. */
export interface FakeAnswer {
  status: number;
  /** Sent as JSON, unless it is a Buffer. */
  body: unknown;
  headers?: Record<string, string>;
}

/** What the fake API is asked, and how it answers. */
export interface FakeGitHubApiOptions {
  /** The user a bearer token signs in as, or `undefined` for 404. */
  user?: (token: string, origin: string) => Record<string, unknown> | undefined;
  /** Answers a request the fake does not (or `undefined` for 404). */
  route?: (
    request: { method: string; path: string; body: string },
    origin: string,
  ) => FakeAnswer | undefined | Promise<FakeAnswer | undefined>;
}

/** A running fake GitHub API. */
export interface FakeGitHubApi {
  /** Its origin, e.g. `http://127.0.0.1:40000`. */
  url: string;
  /** The `Authorization` header of each request ("" when none), in order. */
  authorizations: string[];
  /** `METHOD /path` of each request, in order. */
  paths: string[];
  /** Stops it. */
  close(): Promise<void>;
}

/**
 * Starts a fake GitHub API.
 *
 * @param options How it answers.
 * @returns The running fake.
 */
export async function fakeGitHubApi(options: FakeGitHubApiOptions = {}): Promise<FakeGitHubApi> {
  const authorizations: string[] = [];
  const paths: string[] = [];
  let origin = "";
  const server = createServer((request, response) => {
    const authorization = request.headers.authorization ?? "";
    authorizations.push(authorization);
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const method = request.method ?? "GET";
      const path = new URL(request.url ?? "/", origin).pathname;
      paths.push(`${method} ${path}`);
      const token = /^(?:bearer|token) (\S+)$/i.exec(authorization)?.[1];
      let answer: FakeAnswer | undefined;
      if (path === "/copilot_internal/user") {
        const user = token ? options.user?.(token, origin) : undefined;
        if (user) answer = { status: 200, body: user };
      } else {
        const body = Buffer.concat(chunks).toString("utf8");
        answer = await options.route?.({ method, path, body }, origin);
      }
      answer ??= { status: 404, body: { message: "Not Found" } };
      const raw = Buffer.isBuffer(answer.body);
      response.writeHead(answer.status, {
        ...(raw ? {} : { "content-type": "application/json" }),
        ...answer.headers,
      });
      response.end(raw ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url: origin,
    authorizations,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
