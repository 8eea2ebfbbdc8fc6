import assert from "node:assert/strict";
import { type } from "arktype";
import { test } from "./_test.ts";
import { prepareSessionConfig, type SessionConfig } from "../src/session_config.ts";
import { defineTool } from "../src/tools.ts";
import { approveAll } from "../src/permissions.ts";

// deno-lint-ignore no-explicit-any
type Json = any;

const SECRET = "sk-secret-123";

/** A validator for `assert.throws`: the error class, message patterns, and no secret. */
function errorMatching(
  kind: typeof TypeError | typeof RangeError,
  ...patterns: RegExp[]
): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof kind, `expected a ${kind.name}, got ${error}`);
    assert.match(error.message, /^Cannot createSession: /);
    for (const pattern of patterns) assert.match(error.message, pattern);
    assert.equal(error.message.includes(SECRET), false, `secret in: ${error.message}`);
    return true;
  };
}

function prepare(config: SessionConfig) {
  return prepareSessionConfig(config, "createSession");
}

test("prepareSessionConfig() throws TypeError for a provider without model", () => {
  assert.throws(
    () => prepare({ provider: { baseUrl: "http://127.0.0.1:11434/v1", apiKey: SECRET } }),
    errorMatching(TypeError, /"model" is missing/),
  );
});

test("prepareSessionConfig() throws TypeError for an Azure host with type openai", () => {
  for (const providerType of ["openai", undefined] as const) {
    assert.throws(
      () =>
        prepare({
          model: "gpt-4o",
          provider: {
            type: providerType,
            baseUrl: "https://my-resource.openai.azure.com/openai",
            apiKey: SECRET,
          },
        }),
      errorMatching(
        TypeError,
        /my-resource\.openai\.azure\.com/,
        /set "provider\.type" to "azure"/,
      ),
    );
  }
});

test("prepareSessionConfig() accepts an Azure host with type azure", () => {
  const { wire } = prepare({
    model: "gpt-4o",
    provider: { type: "azure", baseUrl: "https://my-resource.openai.azure.com/openai" },
  });
  assert.equal((wire.provider as Json).type, "azure");
});

test("prepareSessionConfig() throws TypeError for a missing or invalid baseUrl", () => {
  assert.throws(
    () => prepare({ model: "m", provider: { baseUrl: "", apiKey: SECRET } }),
    errorMatching(TypeError, /"provider\.baseUrl" is missing/),
  );
  assert.throws(
    () => prepare({ model: "m", provider: { baseUrl: "not a url", apiKey: SECRET } }),
    errorMatching(TypeError, /"provider\.baseUrl" is not a valid URL/, /"not a url"/),
  );
});

test("prepareSessionConfig() never puts the API key in an error message", () => {
  const bad: SessionConfig[] = [
    { model: "m", provider: { baseUrl: "::bad::", apiKey: SECRET } },
    { model: "m", provider: { baseUrl: "::bad::", bearerToken: SECRET } },
    { provider: { baseUrl: "http://127.0.0.1/v1", apiKey: SECRET } },
    // Credentials in a URL that does not parse are masked too.
    { model: "m", provider: { baseUrl: `http://user:${SECRET}@bad host/v1` } },
    // And a key in the query of a URL that does not parse.
    { model: "m", provider: { baseUrl: `http://h:99999/v1?api-key=${SECRET}` } },
  ];
  for (const config of bad) assert.throws(() => prepare(config), errorMatching(TypeError));
});

test("prepareSessionConfig() throws RangeError for an infiniteSessions threshold out of range", () => {
  for (
    const infiniteSessions of [
      { backgroundCompactionThreshold: 1.5 },
      { backgroundCompactionThreshold: -0.1 },
      { bufferExhaustionThreshold: 2 },
      { bufferExhaustionThreshold: Number.NaN },
    ]
  ) {
    assert.throws(
      () => prepare({ infiniteSessions }),
      errorMatching(RangeError, /"infiniteSessions\.\w+Threshold" must be between 0 and 1/),
    );
  }
});

test("prepareSessionConfig() accepts infiniteSessions thresholds from 0 to 1", () => {
  const infiniteSessions = { backgroundCompactionThreshold: 0, bufferExhaustionThreshold: 1 };
  assert.deepEqual(prepare({ infiniteSessions }).wire.infiniteSessions, infiniteSessions);
});

test("prepareSessionConfig() throws TypeError for duplicate tool names", () => {
  const tool = defineTool("get_weather", { handler: () => "Sunny" });
  assert.throws(
    () => prepare({ tools: [tool, { ...tool }] }),
    errorMatching(TypeError, /two tools are named "get_weather"/),
  );
});

test("prepareSessionConfig() throws TypeError for a bad tool", () => {
  // deno-lint-ignore no-explicit-any
  const tools: any[] = [{ name: "bad name", handler: () => "" }];
  assert.throws(() => prepare({ tools }), TypeError);
});

test("prepareSessionConfig() throws TypeError for a handler that is not a function", () => {
  for (const key of ["onPermissionRequest", "onUserInputRequest"]) {
    assert.throws(
      () => prepare({ [key]: "yes" } as unknown as SessionConfig),
      errorMatching(TypeError, new RegExp(`"${key}" must be a function`)),
    );
  }
});

test("prepareSessionConfig() sends false request flags without callbacks", () => {
  const { wire, callbacks } = prepare({ model: "gpt-5", streaming: true });
  assert.deepEqual(wire, {
    model: "gpt-5",
    streaming: true,
    requestPermission: false,
    requestUserInput: false,
    requestElicitation: false,
    requestExitPlanMode: false,
    requestAutoModeSwitch: false,
    hooks: false,
    // Always sent, as the official SDK does.
    includeSubAgentStreamingEvents: true,
    envValueMode: "direct",
    toolFilterPrecedence: "excluded",
  });
  assert.equal(callbacks.tools.size, 0);
  assert.equal(callbacks.onPermissionRequest, undefined);
  assert.equal(callbacks.onUserInputRequest, undefined);
  assert.equal(callbacks.transforms, undefined);
});

test("prepareSessionConfig() sends hooks: false when no hook is a function", () => {
  assert.equal(prepare({ hooks: {} }).wire.hooks, false);
  assert.equal(prepare({ hooks: { onPreToolUse: undefined } }).wire.hooks, false);
});

test("prepareSessionConfig() splits the wire form from the callbacks", () => {
  const handler = ({ city }: { city: string }) => `Sunny in ${city}`;
  const weather = defineTool("get_weather", {
    description: "Weather of a city",
    parameters: type({ city: "string" }),
    handler,
    skipPermission: true,
  });
  const lookup = defineTool("lookup_issue", {
    parameters: { type: "object", properties: { id: { type: "string" } } },
    handler: () => "",
    overridesBuiltInTool: true,
  });
  const onUserInputRequest = () => ({ answer: "blue", wasFreeform: false });
  const hooks = { onPreToolUse: () => {} };
  const shout = (content: string) => content.toUpperCase();
  const config: SessionConfig = {
    sessionId: "my-session",
    model: "gpt-4o",
    provider: { baseUrl: "http://127.0.0.1:11434/v1", apiKey: "key" },
    tools: [weather, lookup],
    onPermissionRequest: approveAll,
    onUserInputRequest,
    hooks,
    systemMessage: { mode: "customize", sections: { tone: { action: shout } } },
  };
  const { wire, callbacks } = prepare(config);

  assert.deepEqual(JSON.parse(JSON.stringify(wire)), {
    sessionId: "my-session",
    includeSubAgentStreamingEvents: true,
    envValueMode: "direct",
    toolFilterPrecedence: "excluded",
    model: "gpt-4o",
    provider: { type: "openai", baseUrl: "http://127.0.0.1:11434/v1", apiKey: "key" },
    tools: [
      {
        name: "get_weather",
        description: "Weather of a city",
        parameters: {
          type: "object",
          properties: { city: { type: "string" } },
          required: ["city"],
        },
        skipPermission: true,
      },
      {
        name: "lookup_issue",
        parameters: { type: "object", properties: { id: { type: "string" } } },
        overridesBuiltInTool: true,
      },
    ],
    systemMessage: { mode: "customize", sections: { tone: { action: "transform" } } },
    requestPermission: true,
    requestUserInput: true,
    requestElicitation: false,
    requestExitPlanMode: false,
    requestAutoModeSwitch: false,
    hooks: true,
  });
  // Only these keys on each wire tool: no handler, no check.
  for (const tool of wire.tools as Json[]) {
    assert.deepEqual(Object.keys(tool).sort(), [
      "defer",
      "description",
      "isTerminal",
      "metadata",
      "name",
      "overridesBuiltInTool",
      "parameters",
      "skipPermission",
    ]);
  }
  for (const key of ["onPermissionRequest", "onUserInputRequest"]) assert.equal(key in wire, false);

  assert.deepEqual([...callbacks.tools.keys()], ["get_weather", "lookup_issue"]);
  assert.equal(callbacks.tools.get("get_weather")!.handler, handler);
  assert.equal(callbacks.tools.get("get_weather")!.check, weather.check);
  assert.equal(callbacks.onPermissionRequest, approveAll);
  assert.equal(callbacks.onUserInputRequest, onUserInputRequest);
  assert.equal(callbacks.hooks, hooks);
  assert.deepEqual([...callbacks.transforms!], [["tone", shout]]);
  // The caller's provider is not changed.
  assert.equal(config.provider?.type, undefined);
});

test("prepareSessionConfig() keeps a provider's own type", () => {
  const { wire } = prepare({
    model: "claude",
    provider: { type: "anthropic", baseUrl: "https://api.anthropic.com" },
  });
  assert.equal((wire.provider as Json).type, "anthropic");
});

test("prepareSessionConfig() defaults a provider type given as undefined to openai", () => {
  const { wire } = prepare({
    model: "m",
    provider: { type: undefined, baseUrl: "http://127.0.0.1:11434/v1" },
  });
  assert.equal((wire.provider as Json).type, "openai");
});
