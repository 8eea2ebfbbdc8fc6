/**
 * Resume a session: a conversation outlives the client and the CLI process.
 * The first client asks a question and goes away; a second one (a new CLI
 * process) finds the session on disk, resumes it, reads its history, and goes
 * on where it stopped.
 *
 * ```sh
 * deno run -A examples/resume.ts          # the session is deleted at the end
 * deno run -A examples/resume.ts --keep   # keep it (in ~/.copilot)
 * ```
 *
 * The model is chosen as in `examples/basic.ts`; the built-in demo model
 * answers "What did I ask before?" from the history the CLI sends it.
 *
 * @module
 */

import process from "node:process";
import { CopilotClient } from "../mod.ts";
import { exampleModel } from "./_demo_model.ts";

const keep = process.argv.includes("--keep");
const model = await exampleModel();

// 1. A first client: one turn, then it stops (the CLI process ends).
let sessionId: string;
{
  const client = new CopilotClient({ githubToken: model.githubToken });
  try {
    const session = await client.createSession(model.config);
    sessionId = session.sessionId;
    const reply = await session.sendAndWait({ prompt: "What is 2+2?" });
    console.log(`[first client] ${reply?.data.content}`);
    await session.destroy(); // the history stays on disk
  } finally {
    await client.stop();
  }
}

// 2. A second client, with a new CLI process, resumes the session.
const client = new CopilotClient({ githubToken: model.githubToken });
try {
  const stored = await client.listSessions();
  const found = stored.find((s) => s.sessionId === sessionId);
  console.log(`[stored] ${sessionId}${found?.summary ? `: ${found.summary}` : ""}`);

  // The provider is not stored with the session: pass the configuration again.
  const session = await client.resumeSession(sessionId, model.config);
  for (const event of await session.getMessages()) {
    if (event.type === "user.message") console.log(`[history] user: ${event.data.content}`);
    if (event.type === "assistant.message" && event.data.content) {
      console.log(`[history] assistant: ${event.data.content}`);
    }
  }
  const reply = await session.sendAndWait({ prompt: "What did I ask before?" });
  console.log(`[second client] ${reply?.data.content}`);
  await session.destroy();
  if (!keep) await client.deleteSession(sessionId);
} finally {
  await client.stop();
  await model.close();
}
