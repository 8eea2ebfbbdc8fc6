// Bad input is refused before anything is sent, with a message that names the
// field and the fix (src/_checks.ts, client options, session configuration).
// A scripted CLI in-process records what reached it.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CopilotClient, type CopilotClientOptions, ProcessError } from "../mod.ts";
import { ScriptedCli } from "./_harness/scripted_cli.ts";
import { test } from "./_test.ts";

test("CopilotSession.send() refuses bad attachments before sending: not an array, unknown type, relative path, missing file, a file given as a directory", async () => {
  const dir = mkdtempSync(join(tmpdir(), "copilot-sdk-checks-"));
  const file = join(dir, "notes.md");
  writeFileSync(file, "# notes");
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    const session = await client.createSession();
    const cases: Array<[unknown, RegExp]> = [
      [{ type: "file", path: file }, /"attachments" must be an array/],
      [
        [{ type: "pdf", path: file }],
        /attachments\[0\] has the unknown type "pdf"; use one of "file"/,
      ],
      [["notes.md"], /attachments\[0\] must be an object/],
      [[{ type: "file", path: "notes.md" }], /attachments\[0\]\.path must be an absolute path/],
      [
        [{ type: "file", path: file }, { type: "file", path: join(dir, "gone.md") }],
        /attachments\[1\]\.path ".*gone\.md" does not exist/,
      ],
      [
        [{ type: "directory", path: file }],
        /attachments\[0\]\.path ".*notes\.md" is not a directory/,
      ],
      [[{ type: "selection", filePath: dir, displayName: "x" }], /filePath ".*" is not a file/],
    ];
    for (const [attachments, message] of cases) {
      await assert.rejects(
        session.send({ prompt: "hi", attachments } as never),
        (error: Error) => {
          assert.ok(error instanceof TypeError, String(error));
          assert.match(error.message, message);
          return true;
        },
      );
    }
    assert.equal(cli.calls("session.send").length, 0);
    await session.send({
      prompt: "fine",
      attachments: [{ type: "file", path: file }, { type: "directory", path: dir }],
    });
    assert.equal(cli.calls("session.send").length, 1);
  } finally {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("CopilotClient.createSession() refuses an empty sessionId, a string systemMessage and MCP servers the CLI would hang on", async () => {
  const cli = new ScriptedCli();
  const client = cli.client();
  try {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ sessionId: "" }, /"sessionId" must be a non-empty string/],
      [{ systemMessage: "Be brief" }, /systemMessage: it must be an object, not a string/],
      [
        { mcpServers: { files: { command: 5, args: [], tools: ["*"] } } },
        /"mcpServers\.files"\.command must be the command to run/,
      ],
      [
        { mcpServers: { files: { command: "mcp", args: "--x" } } },
        /"mcpServers\.files"\.args must be an array of strings/,
      ],
      [{ mcpServers: { web: { type: "http" } } }, /"mcpServers\.web"\.url must be/],
      [{ mcpServers: { x: { type: "grpc", url: "u" } } }, /type "grpc" is not a server type/],
      [{ mcpServers: ["files"] }, /"mcpServers" must be an object of servers by name/],
      [
        { customAgents: [{ name: "a", prompt: "p", mcpServers: { m: { command: null } } }] },
        /"customAgents\[0\]\.mcpServers\.m"\.command/,
      ],
    ];
    for (const [config, message] of cases) {
      await assert.rejects(client.createSession(config as never), (error: Error) => {
        assert.ok(error instanceof TypeError, String(error));
        assert.match(error.message, message);
        return true;
      });
    }
    assert.equal(cli.calls("session.create").length, 0);
  } finally {
    await client.stop();
  }
});

test("new CopilotClient() refuses options of the wrong type: useStdio as a string, onError/onStderr that are not functions", () => {
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ useStdio: "false" }, /"useStdio" must be true or false, not the string "false"/],
    [{ autoStart: 0 }, /"autoStart" must be true or false, not a number/],
    [{ onError: "log" }, /"onError" must be a function, not the string "log"/],
    [{ onStderr: {} }, /"onStderr" must be a function, not an object/],
    [{ cwd: "" }, /"cwd" must be a non-empty string/],
  ];
  for (const [options, message] of cases) {
    assert.throws(() => new CopilotClient(options as CopilotClientOptions), (error: Error) => {
      assert.ok(error instanceof TypeError, String(error));
      assert.match(error.message, message);
      return true;
    });
  }
});

test("CopilotClient.start() with a cwd that does not exist says so, not that the CLI is missing", async () => {
  const client = new CopilotClient({ cwd: join(tmpdir(), "no-such-dir-copilot-sdk") });
  try {
    await assert.rejects(client.start(), (error: Error) => {
      assert.ok(error instanceof ProcessError, String(error));
      assert.match(
        error.message,
        /working directory ".*no-such-dir-copilot-sdk" \("cwd"\) does not exist/,
      );
      assert.doesNotMatch(error.message, /install @github\/copilot/);
      return true;
    });
  } finally {
    await client.stop();
  }
});
