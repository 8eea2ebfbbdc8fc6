/**
 * Talking to the CLI over TCP, and surviving a crash.
 *
 * ```sh
 * deno run -A examples/tcp.ts                     # spawn the CLI in TCP mode
 * COPILOT_CLI_URL=8080 deno run -A examples/tcp.ts # attach to `copilot --headless --port 8080`
 * ```
 *
 * With `useStdio: false` the client starts the CLI as a TCP server on
 * 127.0.0.1 with a connection token only it knows. With `cliUrl` it attaches
 * to a server started elsewhere and spawns nothing (set
 * `COPILOT_CONNECTION_TOKEN` if that server requires one). Either way the
 * client restarts a crashed CLI it owns on the next call and re-attaches its
 * sessions (`autoRestart`, on by default).
 *
 * @module
 */

import process from "node:process";
import { CopilotClient } from "../mod.ts";
import { exampleModel } from "./_demo_model.ts";

const model = await exampleModel();
const cliUrl = process.env.COPILOT_CLI_URL;
const client = cliUrl
  ? new CopilotClient({ cliUrl, connectionToken: process.env.COPILOT_CONNECTION_TOKEN })
  : new CopilotClient({ useStdio: false, githubToken: model.githubToken });
client.on((event) => {
  if (event.type === "cli.exited") console.log(`(CLI exited: ${event.error.message})`);
  if (event.type === "cli.restarted") console.log("(CLI restarted, sessions re-attached)");
});
try {
  const session = await client.createSession(model.config);
  const reply = await session.sendAndWait({ prompt: "What is 6*7?" });
  console.log(`${cliUrl ? `via ${cliUrl}` : "over TCP"}: ${reply?.data.content}`);
  await session.destroy();
} finally {
  await client.stop();
  await model.close();
}
