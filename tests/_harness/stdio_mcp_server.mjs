// A minimal MCP server over stdio (newline-delimited JSON-RPC) with one tool,
// `echo`, whose result holds its text and the server's working directory. Run
// with node by the CLI in e2e tests.
import { createInterface } from "node:readline";

const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");
createInterface({ input: process.stdin }).on("line", (line) => {
  const { id, method, params } = JSON.parse(line);
  if (id === undefined) return;
  if (method === "initialize") {
    send({
      jsonrpc: "2.0",
      id,
      result: {
        protocolVersion: params.protocolVersion,
        capabilities: { tools: {} },
        serverInfo: { name: "echo", version: "1.0.0" },
      },
    });
  } else if (method === "tools/list") {
    send({
      jsonrpc: "2.0",
      id,
      result: {
        tools: [{
          name: "echo",
          description: "Echoes the text",
          inputSchema: {
            type: "object",
            properties: { text: { type: "string" } },
            required: ["text"],
          },
        }],
      },
    });
  } else if (method === "tools/call") {
    const text = `echo: ${params.arguments.text} (cwd ${process.cwd()})`;
    send({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text }] } });
  } else {
    send({ jsonrpc: "2.0", id, error: { code: -32601, message: `No method ${method}` } });
  }
});
