/**
 * A web chat: the agent served to a browser. The page (`web_chat.html`)
 * posts each prompt to `/chat`, and the answer streams back as Server-Sent
 * Events made by `turnResponse()`: text as it is written, tool calls as
 * they run. Its Stop button aborts the `fetch`, and a client that goes away
 * aborts the turn.
 *
 * ```sh
 * deno run -A examples/web_chat.ts      # or: bun examples/web_chat.ts, node examples/web_chat.ts
 * # then open http://127.0.0.1:8000/   (PORT=0 picks a free port)
 * ```
 *
 * The same `handle(request): Response` is served by `Deno.serve` on Deno,
 * `Bun.serve` on Bun, and `node:http` on Node through a small adapter
 * (`examples/_serve.ts`, `toNodeListener`).
 *
 * The model: GitHub Copilot with `GITHUB_TOKEN`/`GH_TOKEN`, your own with
 * `COPILOT_PROVIDER_BASE_URL` and `COPILOT_MODEL`, or else the built-in demo
 * model (scripted replies): try "What is in README.md?" (the agent reads the
 * file with its `view` tool) and "Tell me a long story" (then Stop).
 *
 * The agent may read files in the folder the server runs in and nothing
 * else: every other permission is refused (the page shows each request and
 * the answer). Each page (a `conversation` id
 * it makes) has its own session.
 *
 * @module
 */

import { readFileSync } from "node:fs";
import { resolve, sep } from "node:path";
import process from "node:process";
import {
  CopilotClient,
  type CopilotSession,
  type PermissionHandler,
  turnResponse,
} from "../mod.ts";
import { exampleModel } from "./_demo_model.ts";
import { serve } from "./_serve.ts";

const page = readFileSync(new URL("./web_chat.html", import.meta.url), "utf8");
const model = await exampleModel();
// With your model or the demo model, no GitHub login is looked for (see the README).
const client = new CopilotClient(
  model.githubToken ? { githubToken: model.githubToken } : { useLoggedInUser: false },
);
const folder = resolve(process.cwd());

/** Reading files in this folder is allowed; anything else is refused. */
const readHereOnly: PermissionHandler = (request) => {
  if (request.kind === "read" && resolve(request.path).startsWith(folder + sep)) {
    console.log(`[server] allowed: read ${request.path}`);
    return { kind: "approve-once" };
  }
  console.log(`[server] refused: ${request.kind}`);
  return { kind: "reject", feedback: "This web chat only lets the agent read files in its folder" };
};

/** One session per conversation (a page). */
const sessions = new Map<string, Promise<CopilotSession>>();

function sessionFor(conversation: string): Promise<CopilotSession> {
  let session = sessions.get(conversation);
  if (!session) {
    session = client.createSession({
      ...model.config,
      streaming: true,
      onPermissionRequest: readHereOnly,
    }).then((session) => {
      session.on("abort", (event) => console.log(`[server] turn aborted (${event.data.reason})`));
      return session;
    });
    session.catch(() => sessions.delete(conversation));
    sessions.set(conversation, session);
  }
  return session;
}

async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (request.method === "GET" && pathname === "/") {
    return new Response(page, { headers: { "content-type": "text/html; charset=utf-8" } });
  }
  if (request.method === "POST" && pathname === "/chat") {
    const body = await request.json().catch(() => undefined);
    const { conversation, prompt } = body ?? {};
    if (typeof conversation !== "string" || typeof prompt !== "string" || !prompt.trim()) {
      return Response.json({ error: 'Send {"conversation": "...", "prompt": "..."}' }, {
        status: 400,
      });
    }
    const session = await sessionFor(conversation);
    console.log(`[server] prompt: ${prompt}`);
    return turnResponse(session, prompt, {
      signal: request.signal, // the page went away, or pressed Stop
      onError: (error) => console.log(`[server] turn ended: ${error}`),
    });
  }
  return new Response("Not found", { status: 404 });
}

const server = await serve(handle, { port: Number(process.env.PORT ?? 8000) });
console.log(`Web chat on http://127.0.0.1:${server.port}/`);

let stopping: Promise<void> | undefined;
function stop(): Promise<void> {
  stopping ??= (async () => {
    await client.stop(); // ends the turns in progress, and with them their streams
    await server.close();
    await model.close();
    process.exit(0);
  })();
  return stopping;
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
