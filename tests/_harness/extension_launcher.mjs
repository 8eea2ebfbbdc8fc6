// The `extension.mjs` the e2e tests put in `.github/extensions/<name>/`: the
// Copilot CLI runs it with its own Node. With SDK_TEST_EXTENSION_COMMAND (a
// JSON array: the test runtime's command for tests/_harness/extension_program.ts)
// it runs the program under that runtime on the CLI's own stdio (inherited), so
// the SDK's extension side runs on Deno, Bun or Node; without, it imports the
// program into the CLI's Node.
import { spawn } from "node:child_process";
import { appendFileSync } from "node:fs";

appendFileSync(process.env.SDK_TEST_EXTENSION_LOG, "launched\n");

const command = JSON.parse(process.env.SDK_TEST_EXTENSION_COMMAND ?? "null");
if (command) {
  const child = spawn(command[0], command.slice(1), { stdio: "inherit" });
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  await import(process.env.SDK_TEST_EXTENSION_PROGRAM);
}
