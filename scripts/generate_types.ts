/**
 * Writes `src/generated/` from the JSON schemas that ship in the pinned
 * `@github/copilot-sdk-linux-x64` package (`schemas/api.schema.json` and
 * `schemas/session-events.schema.json`).
 *
 * Usage:
 *
 * ```sh
 * deno run -A scripts/generate_types.ts          # write src/generated/
 * deno run -A scripts/generate_types.ts --check  # exit 1 if src/generated/ is stale
 * ```
 *
 * Type bodies come from `json-schema-to-typescript`, one `compile()` per
 * definition. Before that, this script:
 *
 * - drops every schema node marked `"visibility": "internal"` (methods,
 *   definitions, properties, union members) and the definitions that only
 *   internal entries reach;
 * - rewrites each `$ref` to the referenced definition's name (`tsType`).
 *   The library dereferences a `$ref` that has sibling keywords (here nearly
 *   always a `description`) into a copy, and emits that copy as a duplicate,
 *   numbered type (`AutoTier1`, `AutoTier2`, ...) or inlines it
 *   (json-schema-to-typescript issues 193, 363, 466, 472). Naming the type
 *   keeps one declaration per definition and the per-property description;
 * - maps `{"not": {}}` ("absent") to `undefined`, which the library would
 *   otherwise widen to `unknown`.
 *
 * The method maps (`ServerMethods`, ...) and `SessionEventDataMap` are built
 * as schemas too and compiled the same way. For `SessionMethods` the
 * `sessionId` property is removed from the params schema rather than with
 * `Omit<T, "sessionId">` in the type, because `Omit` keeps only the index
 * signature of a type that has one (`session.ui.elicitation`'s params).
 *
 * Every exported declaration gets JSDoc, so that `deno doc --lint` passes
 * (`mod.ts` and `src/types.ts` export the generated types): a definition the schema
 * does not describe says which types use it, each `SessionEventDataMap` entry
 * names its event, and an index signature the library prints bare gets a
 * one-line comment.
 *
 * The output is then formatted with `deno fmt`, so the files pass
 * `deno fmt --check` as they are. The method-name tables go to their own small
 * file, `rpc_methods.ts`: Node 22 strips types from every `.ts` file it loads,
 * and importing the 700 kB `rpc.ts` at run time would cost it about 80 ms.
 *
 * @module
 */

import { compile, type JSONSchema } from "json-schema-to-typescript";

const ROOT = new URL("../", import.meta.url);
const PACKAGE = "@github/copilot-sdk-linux-x64";
const PACKAGE_DIR = new URL(`node_modules/${PACKAGE}/`, ROOT);
const OUT_DIR = "src/generated/";
const COMMAND = "deno run -A scripts/generate_types.ts";

/** The method groups of `api.schema.json`, in the order they are written. */
const GROUPS = [
  {
    key: "server",
    map: "ServerMethods",
    table: "SERVER_RPC_METHODS",
    doc: "Methods the client calls on the CLI server, keyed by wire method name. `params` is " +
      "`undefined` for a method that takes none; `result` is `void` where the schema gives none.",
    omitSessionId: false,
  },
  {
    key: "session",
    map: "SessionMethods",
    table: "SESSION_RPC_METHODS",
    doc:
      "Methods the client calls on one session, keyed by wire method name. `params` leaves out " +
      "`sessionId`, which goes on the wire as `{ ...params, sessionId }`; it is `undefined` when " +
      "the session id is the only parameter.",
    omitSessionId: true,
  },
  {
    key: "clientSession",
    map: "ClientSessionMethods",
    table: "CLIENT_SESSION_RPC_METHODS",
    doc: "Requests the CLI sends to the client on behalf of one session (the client answers " +
      "them), keyed by wire method name. `params` includes `sessionId`.",
    omitSessionId: false,
  },
  {
    key: "clientGlobal",
    map: "ClientGlobalMethods",
    table: "CLIENT_GLOBAL_RPC_METHODS",
    doc: "Requests and notifications the CLI sends to the client outside any one session, keyed " +
      "by wire method name.",
    omitSessionId: false,
  },
] as const;

type Schema = Record<string, unknown>;

interface Method {
  group: string;
  rpcMethod: string;
  description?: string;
  notification: boolean;
  params: Schema | null;
  result: Schema | null;
}

/** One type to compile: its name and its schema. */
interface Declaration {
  name: string;
  schema: Schema;
}

// ---------------------------------------------------------------------------
// Schema walking

/** Keywords whose value is one schema. */
const SCHEMA_KEYS = ["items", "additionalProperties", "not", "contains", "propertyNames"];
/** Keywords whose value is a list of schemas. */
const SCHEMA_LIST_KEYS = ["anyOf", "oneOf", "allOf", "items"];
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAP_KEYS = ["properties", "patternProperties"];

function isObject(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isInternal(value: unknown): boolean {
  return isObject(value) && value.visibility === "internal";
}

/**
 * Returns a copy of a schema without the parts marked internal, without
 * `visibility` markers and without nested `title`s (a nested title would make
 * the library emit a separate, possibly clashing, declaration).
 */
function stripInternal(schema: Schema, where: string): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "visibility") continue;
    if (SCHEMA_MAP_KEYS.includes(key) && isObject(value)) {
      const map: Schema = {};
      for (const [name, sub] of Object.entries(value)) {
        if (isInternal(sub)) continue;
        map[name] = isObject(sub) ? stripNested(sub, `${where}.${name}`) : sub;
      }
      out[key] = map;
    } else if (SCHEMA_LIST_KEYS.includes(key) && Array.isArray(value)) {
      out[key] = value.filter((sub) => !isInternal(sub)).map((sub, i) =>
        isObject(sub) ? stripNested(sub, `${where}.${key}[${i}]`) : sub
      );
    } else if (SCHEMA_KEYS.includes(key) && isObject(value)) {
      if (isInternal(value)) {
        throw new Error(`Cannot drop internal "${key}" of ${where}: only whole entries can go`);
      }
      out[key] = stripNested(value, `${where}.${key}`);
    } else {
      out[key] = value;
    }
  }
  if (Array.isArray(out.required) && isObject(out.properties)) {
    const properties = out.properties;
    out.required = out.required.filter((name) => typeof name === "string" && name in properties);
  }
  return out;
}

function stripNested(schema: Schema, where: string): Schema {
  const out = stripInternal(schema, where);
  delete out.title;
  return out;
}

/** Calls `visit` on every schema node inside `schema`, `schema` included. */
function walk(schema: Schema, visit: (node: Schema) => void): void {
  visit(schema);
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_MAP_KEYS.includes(key) && isObject(value)) {
      for (const sub of Object.values(value)) if (isObject(sub)) walk(sub, visit);
    } else if (SCHEMA_LIST_KEYS.includes(key) && Array.isArray(value)) {
      for (const sub of value) if (isObject(sub)) walk(sub, visit);
    } else if (SCHEMA_KEYS.includes(key) && isObject(value)) {
      walk(value, visit);
    }
  }
}

const REF_PREFIX = "#/definitions/";
/** How `api.schema.json` refers to a definition of the events schema. */
const EVENTS_REF_PREFIX = "session-events.schema.json#/definitions/";

/** Names of the definitions a schema refers to directly, in its own file or the events file. */
function refsOf(schema: Schema, prefix = REF_PREFIX): string[] {
  const names: string[] = [];
  walk(schema, (node) => {
    if (typeof node.$ref === "string" && node.$ref.startsWith(prefix)) {
      names.push(node.$ref.slice(prefix.length));
    }
  });
  return names;
}

function refName(ref: string): string {
  for (const prefix of [REF_PREFIX, EVENTS_REF_PREFIX]) {
    if (ref.startsWith(prefix)) return ref.slice(prefix.length);
  }
  throw new Error(`Cannot follow "$ref": ${ref}`);
}

/** A copy of a schema without the keywords that do not change its type. */
function withoutNotes(schema: Schema): Schema {
  const copy = structuredClone(schema);
  walk(copy, (node) => {
    for (const key of Object.keys(node)) {
      if (["description", "title", "stability", "deprecated"].includes(key)) delete node[key];
      if (key.startsWith("x-")) delete node[key];
    }
  });
  return copy;
}

/** Whether a schema only admits `{}` (which the library prints as an empty interface). */
function isEmptyObject(node: Schema): boolean {
  return node.type === "object" && node.additionalProperties === false &&
    !node.patternProperties &&
    (!isObject(node.properties) || Object.keys(node.properties).length === 0);
}

/**
 * Rewrites `$ref`s to `tsType` names, `{"not": {}}` to `undefined` and
 * `{"type": "object", "additionalProperties": false}` to
 * `Record<string, never>`, in place (on a copy made by
 * {@linkcode stripInternal}).
 */
function rewrite(schema: Schema): Schema {
  walk(schema, (node) => {
    if (typeof node.$ref === "string") {
      node.tsType = refName(node.$ref);
      delete node.$ref;
    }
    if (isObject(node.not) && Object.keys(node.not).length === 0) {
      delete node.not;
      node.tsType = "undefined";
    }
    if (isEmptyObject(node)) node.tsType = "Record<string, never>";
  });
  return schema;
}

/**
 * The definitions reachable from `roots`, in sorted order, and apart from
 * them those for which `elsewhere` is true (declared in another file; their
 * own references are not followed). Throws if a public entry refers to a
 * definition that is internal or missing.
 */
function reachable(
  roots: { name: string; schema: Schema }[],
  definitions: Record<string, Schema>,
  elsewhere: (name: string) => boolean = () => false,
): { local: string[]; elsewhere: string[] } {
  const local = new Set<string>();
  const other = new Set<string>();
  const queue = roots.flatMap((root) => refsOf(root.schema).map((name) => [name, root.name]));
  while (queue.length > 0) {
    const [name, from] = queue.pop()!;
    if (local.has(name) || other.has(name)) continue;
    const definition = definitions[name];
    if (definition === undefined) {
      throw new Error(
        `Cannot type "${from}": it refers to "${name}", which is internal or missing`,
      );
    }
    if (elsewhere(name)) {
      other.add(name);
      continue;
    }
    local.add(name);
    for (const next of refsOf(definition)) queue.push([next, name]);
  }
  return { local: [...local].sort(), elsewhere: [...other].sort() };
}

// ---------------------------------------------------------------------------
// Compiling and printing

const COMPILE_OPTIONS = {
  bannerComment: "",
  format: false,
  declareExternallyReferenced: false,
  unreachableDefinitions: false,
  ignoreMinAndMaxItems: true,
  additionalProperties: true,
  strictIndexSignatures: false,
  unknownAny: true,
  enableConstEnums: false,
  inferStringEnumKeysFromValues: false,
};

async function compileAll(declarations: Declaration[]): Promise<string> {
  const parts: string[] = [];
  for (const { name, schema } of declarations) {
    const root = { ...schema, title: name };
    const code = await compile(root as JSONSchema, name, COMPILE_OPTIONS);
    const declared = [...code.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
    if (declared.length !== 1 || declared[0] !== name) {
      throw new Error(`Cannot compile "${name}": expected one declaration, got ${declared}`);
    }
    if (/^export (?:const )?enum /m.test(code)) {
      throw new Error(`Cannot compile "${name}": enums are not erasable TypeScript`);
    }
    parts.push(documentIndexSignatures(code.trim()));
  }
  return parts.join("\n\n");
}

/**
 * Gives every declaration whose schema has no `description` one that says
 * where it is used, so that each exported type has JSDoc (`deno doc --lint`).
 */
function describeUndescribed(declarations: Declaration[]): void {
  const users = new Map<string, string[]>();
  for (const { name, schema } of declarations) {
    walk(schema, (node) => {
      if (typeof node.tsType !== "string") return;
      for (const [used] of node.tsType.matchAll(/\b[A-Z]\w*\b/g)) {
        const list = users.get(used) ?? [];
        if (used !== name && !list.includes(name)) list.push(name);
        users.set(used, list);
      }
    });
  }
  for (const { name, schema } of declarations) {
    if (typeof schema.description === "string" && schema.description.trim()) continue;
    const by = (users.get(name) ?? []).sort();
    const links = by.slice(0, 3).map((user) => `{@linkcode ${user}}`);
    if (by.length > 3) links.push("others");
    schema.description = links.length
      ? `Part of ${
        links.length > 1 ? links.slice(0, -1).join(", ") + " and " + links.at(-1) : links[0]
      } (the schema does not describe it).`
      : "A type of the CLI's schema (the schema does not describe it).";
  }
}

/**
 * Puts a JSDoc comment on each index signature of an interface that the
 * library prints without one (`[k: string]: unknown`), so that
 * `deno doc --lint` passes: "Entries, by key." when it is the only member,
 * else "Other properties.". (Nested object literals need none.) Works on the
 * library's unformatted output: one member or brace per line, no indent.
 */
function documentIndexSignatures(code: string): string {
  if (!/^export interface /m.test(code)) return code;
  const lines = code.split("\n");
  /** Per line: the brace depth before it, or -1 inside a comment. */
  const depths: number[] = [];
  let depth = 0;
  let comment = false;
  for (const line of lines) {
    const text = line.trim();
    if (comment || text.startsWith("/*")) {
      comment = !text.includes("*/");
      depths.push(-1);
      continue;
    }
    depths.push(depth);
    depth += (text.match(/{/g)?.length ?? 0) - (text.match(/}/g)?.length ?? 0);
  }
  const notes = new Map<number, string>();
  for (const [i, line] of lines.entries()) {
    if (depths[i] !== 1 || !line.trim().startsWith("[k: string]:")) continue;
    if ((lines[i - 1] ?? "").trim().endsWith("*/")) continue;
    // The member ends before the next line back at depth 1: a member or the closing brace.
    let next = i + 1;
    while (next < lines.length && depths[next] !== 1) next++;
    const only = (lines[i - 1] ?? "").trim().endsWith("{") && lines[next]?.trim() === "}";
    notes.set(i, only ? "/** Entries, by key. */" : "/** Other properties. */");
  }
  return lines.flatMap((line, i) => notes.has(i) ? [notes.get(i)!, line] : [line]).join("\n");
}

function header(schemaFile: string, version: string, note: string[] = []): string {
  return [
    `// Generated from ${PACKAGE}@${version} ${schemaFile}`,
    `// by \`${COMMAND}\`. Do not edit by hand: run the command again.`,
    ...(note.length ? ["//", ...note.map((line) => `// ${line}`)] : []),
    "",
  ].join("\n");
}

function pascal(rpcMethod: string): string {
  return rpcMethod.split(".").map((part) => part[0].toUpperCase() + part.slice(1)).join("");
}

async function format(files: Map<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [path, text] of files) {
    const child = new Deno.Command(Deno.execPath(), {
      args: ["fmt", "--ext", "ts", "-"],
      cwd: ROOT,
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(text));
    await writer.close();
    const { code, stdout, stderr } = await child.output();
    if (code !== 0) {
      throw new Error(`Cannot format "${path}": ${new TextDecoder().decode(stderr).trim()}`);
    }
    out.set(path, new TextDecoder().decode(stdout));
  }
  return out;
}

// ---------------------------------------------------------------------------
// session_events.ts

async function generateEvents(
  schema: Schema,
  version: string,
  alsoExport: string[],
): Promise<string> {
  const definitions = publicDefinitions(schema);
  const union = definitions.SessionEvent;
  if (!union || !Array.isArray(union.anyOf)) {
    throw new Error('Cannot find the "SessionEvent" union in session-events.schema.json');
  }

  const events: { type: string; name: string; data: string }[] = [];
  for (const member of union.anyOf as Schema[]) {
    const name = refName(String(member.$ref));
    const event = definitions[name];
    const properties = event?.properties;
    if (!isObject(properties) || !isObject(properties.type) || !isObject(properties.data)) {
      throw new Error(`Cannot read event "${name}": expected "type" and "data" properties`);
    }
    const type = properties.type.const;
    if (typeof type !== "string") throw new Error(`Cannot read event "${name}": no "type" const`);
    const dataRef = properties.data.$ref;
    events.push({
      type,
      name,
      data: typeof dataRef === "string" ? refName(dataRef) : `${name}["data"]`,
    });
  }
  const types = events.map((event) => event.type);
  const duplicate = types.find((type, i) => types.indexOf(type) !== i);
  if (duplicate) throw new Error(`Cannot type events: "${duplicate}" appears twice`);

  const names = reachable([
    { name: "SessionEvent", schema: union },
    ...alsoExport.map((name) => ({ name: "api.schema.json", schema: { $ref: REF_PREFIX + name } })),
  ], definitions).local;
  const declarations = names.map((name) => ({
    name,
    schema: rewrite(structuredClone(definitions[name])),
  }));
  declarations.unshift(
    declarations.splice(declarations.findIndex((d) => d.name === "SessionEvent"), 1)[0],
  );
  const first = declarations[0].schema;
  first.description = "Every event the CLI sends in a `session.event` notification, " +
    "discriminated on `type`. A newer CLI may send types this union does not list.";

  const dataMap = {
    name: "SessionEventDataMap",
    schema: {
      description: "The `data` payload of each event type.",
      type: "object",
      additionalProperties: false,
      required: types,
      properties: Object.fromEntries(
        events.map((event) => [event.type, {
          tsType: event.data,
          description: `The \`data\` of {@linkcode ${event.name}} (\`${event.type}\`).`,
        }]),
      ),
    },
  };
  const typeUnion = {
    name: "SessionEventType",
    schema: { description: "The `type` of every known event.", tsType: 'SessionEvent["type"]' },
  };

  const all = [declarations[0], typeUnion, dataMap, ...declarations.slice(1)];
  describeUndescribed(all);
  return header("schemas/session-events.schema.json", version) + "\n" +
    await compileAll(all) + "\n";
}

/** The definitions of a schema file minus the internal ones, internal parts stripped. */
function publicDefinitions(schema: Schema): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const [name, definition] of Object.entries(schema.definitions as Record<string, Schema>)) {
    if (isInternal(definition)) continue;
    const stripped = stripInternal(definition, name);
    delete stripped.title;
    out[name] = stripped;
  }
  return out;
}

// ---------------------------------------------------------------------------
// rpc.ts

function collectMethods(schema: Schema): Method[] {
  const methods: Method[] = [];
  function visit(node: Schema, group: string, path: string[]): void {
    if (typeof node.rpcMethod === "string") {
      if (isInternal(node)) return;
      const where = node.rpcMethod;
      methods.push({
        group,
        rpcMethod: node.rpcMethod,
        description: typeof node.description === "string" ? node.description : undefined,
        notification: node.notification === true,
        params: isObject(node.params) ? stripInternal(node.params, `${where} params`) : null,
        result: isObject(node.result) ? stripInternal(node.result, `${where} result`) : null,
      });
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (isObject(value)) visit(value, group, [...path, key]);
      else throw new Error(`Cannot read "${[group, ...path, key].join(".")}" in api.schema.json`);
    }
  }
  for (const group of GROUPS) {
    const node = schema[group.key];
    if (!isObject(node)) throw new Error(`Cannot find group "${group.key}" in api.schema.json`);
    visit(node, group.key, []);
  }
  return methods;
}

/** `anyOf: [{not: {}}, {type: "object", ...}]` (optional params) to the object. */
function requiredParams(params: Schema): Schema {
  if (!Array.isArray(params.anyOf)) return params;
  const objects = (params.anyOf as Schema[]).filter((branch) => !isObject(branch.not));
  if (objects.length !== 1 || params.anyOf.length !== 2) return params;
  const { anyOf: _, ...rest } = params;
  return { ...rest, ...objects[0], description: rest.description ?? objects[0].description };
}

/**
 * A params object schema without its `sessionId`. (The schema, not the type:
 * `Omit<T, "sessionId">` would keep only the index signature of a `T` that has
 * one, as `session.ui.elicitation`'s params do.)
 */
function withoutSessionId(params: Schema): Schema {
  const { sessionId: _, ...properties } = params.properties as Schema;
  const required = Array.isArray(params.required) ? params.required : [];
  return { ...params, properties, required: required.filter((name) => name !== "sessionId") };
}

/** Whether a params object schema has no property other than `sessionId`. */
function onlySessionId(params: Schema): boolean {
  return isObject(params.properties) &&
    Object.keys(params.properties).every((name) => name === "sessionId");
}

async function generateRpc(
  schema: Schema,
  eventsSchema: Schema,
  version: string,
): Promise<{ text: string; tableText: string; eventTypes: string[] }> {
  const definitions = publicDefinitions(schema);
  // A definition that both schema files hold, the same but for its comments, is
  // declared once, in session_events.ts, and imported here.
  const eventDefinitions = publicDefinitions(eventsSchema);
  const sameInEvents = (name: string) =>
    name in eventDefinitions &&
    JSON.stringify(withoutNotes(eventDefinitions[name])) ===
      JSON.stringify(withoutNotes(definitions[name]));
  const methods = collectMethods(schema);

  const declarations: Declaration[] = [];
  const maps: Declaration[] = [];
  const roots: { name: string; schema: Schema }[] = [];
  const names = new Set<string>();

  function named(name: string, typeSchema: Schema): string {
    if (names.has(name) || name in definitions) {
      throw new Error(`Cannot name the type "${name}": the name is taken`);
    }
    names.add(name);
    roots.push({ name, schema: typeSchema });
    declarations.push({ name, schema: typeSchema });
    return name;
  }

  /** A `tsType` for one side of a method: a definition name, a new name, or inline. */
  function typeOf(side: Schema | null, name: string, none: string): Schema {
    if (side === null) return { tsType: none };
    roots.push({ name, schema: side });
    if (typeof side.$ref === "string") return { tsType: refName(side.$ref) };
    if (side.type === "object" || Array.isArray(side.anyOf)) {
      const typeSchema = { ...side };
      delete typeSchema.title;
      return { tsType: named(name, typeSchema) };
    }
    return side;
  }

  for (const group of GROUPS) {
    const entries: [string, Schema][] = [];
    for (const method of methods.filter((m) => m.group === group.key)) {
      const base = pascal(method.rpcMethod);
      let params: Schema;
      if (group.omitSessionId) {
        const wire = method.params && requiredParams(method.params);
        if (!wire || !isObject(wire.properties) || !("sessionId" in wire.properties)) {
          throw new Error(`Cannot type "${method.rpcMethod}": its params have no "sessionId"`);
        }
        params = onlySessionId(wire)
          ? { tsType: "undefined" }
          : typeOf(withoutSessionId(wire), `${base}Params`, "undefined");
      } else {
        params = typeOf(method.params, `${base}Params`, "undefined");
      }
      const result = typeOf(method.result, `${base}Result`, "void");
      delete params.description;
      delete result.description;
      const doc = [
        method.description,
        method.notification ? "Sent as a notification: there is no response." : undefined,
      ].filter(Boolean).join("\n\n");
      entries.push([method.rpcMethod, {
        ...(doc ? { description: doc } : {}),
        type: "object",
        additionalProperties: false,
        required: ["params", "result"],
        properties: { params, result },
      }]);
    }
    maps.push({
      name: group.map,
      schema: {
        description: group.doc,
        type: "object",
        additionalProperties: false,
        required: entries.map(([name]) => name),
        properties: Object.fromEntries(entries),
      },
    });
  }

  const { local: used, elsewhere: shared } = reachable(roots, definitions, sameInEvents);
  const eventTypes = [
    ...new Set([
      ...shared,
      ...[...roots.map((root) => root.schema), ...used.map((name) => definitions[name])]
        .flatMap((node) => refsOf(node, EVENTS_REF_PREFIX)),
    ]),
  ].sort();
  const clash = eventTypes.find((name) => used.includes(name) || names.has(name));
  if (clash) throw new Error(`Cannot import "${clash}" from the events file: rpc.ts declares it`);
  const imports = eventTypes.length
    ? `import type { ${eventTypes.join(", ")} } from "./session_events.ts";\n\n`
    : "";
  const all = [
    ...maps.map((d) => ({ name: d.name, schema: rewrite(d.schema) })),
    ...declarations.map((d) => ({ name: d.name, schema: rewrite(structuredClone(d.schema)) })),
    ...used.map((name) => ({ name, schema: rewrite(structuredClone(definitions[name])) })),
  ];
  all.sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : 1));
  function rank(name: string): number {
    const i = maps.findIndex((map) => map.name === name);
    return i === -1 ? maps.length : i;
  }

  const notifications = methods.filter((m) => m.notification).map((m) => m.rpcMethod);
  const notificationType = {
    name: "RpcNotificationMethod",
    schema: {
      description: "The methods in the maps above that are notifications, not requests.",
      tsType: notifications.length
        ? notifications.map((m) => JSON.stringify(m)).join(" | ")
        : "never",
    },
  };

  const tables = GROUPS.map((group) => {
    const list = methods.filter((m) => m.group === group.key).map((m) => m.rpcMethod);
    return [
      `/** Every method of {@linkcode ${group.map}}, for building a proxy at run time. */`,
      `export const ${group.table} = ${
        JSON.stringify(list)
      } as const satisfies readonly (keyof ${group.map})[];`,
    ].join("\n");
  }).join("\n\n");

  describeUndescribed(all);
  const text = header("schemas/api.schema.json", version, [
    "Types only: import them with `import type`, so that no runtime loads this file. The method",
    "names, needed at run time, are in ./rpc_methods.ts.",
  ]) + "\n" + imports +
    await compileAll([...all.slice(0, maps.length), notificationType, ...all.slice(maps.length)]) +
    "\n";
  const tableText = header("schemas/api.schema.json", version, [
    "The one runtime part of the generated code, apart from ./rpc.ts so that a runtime that",
    "strips types at load time never parses the large type file.",
  ]) + "\n" + `import type { ${GROUPS.map((g) => g.map).join(", ")} } from "./rpc.ts";\n\n` +
    tables + "\n";
  return { text, tableText, eventTypes };
}

// ---------------------------------------------------------------------------
// main

async function readJson(url: URL): Promise<Schema> {
  try {
    return JSON.parse(await Deno.readTextFile(url));
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new Error(
        `Cannot read "${url.pathname}": install the pinned ${PACKAGE} with \`npm ci\` (linux-x64 only)`,
      );
    }
    throw error;
  }
}

/**
 * Generates every file of `src/generated/`.
 *
 * @returns The formatted text of each file, keyed by path from the repository root.
 */
export async function generate(): Promise<Map<string, string>> {
  const pkg = await readJson(new URL("package.json", PACKAGE_DIR));
  const version = String(pkg.version);
  const events = await readJson(new URL("schemas/session-events.schema.json", PACKAGE_DIR));
  const api = await readJson(new URL("schemas/api.schema.json", PACKAGE_DIR));
  const rpc = await generateRpc(api, events, version);
  const files = await format(
    new Map([
      [`${OUT_DIR}session_events.ts`, await generateEvents(events, version, rpc.eventTypes)],
      [`${OUT_DIR}rpc.ts`, rpc.text],
      [`${OUT_DIR}rpc_methods.ts`, rpc.tableText],
    ]),
  );
  // Read from the formatted text: one union member and one map entry a line.
  const eventsText = files.get(`${OUT_DIR}session_events.ts`)!;
  const exports = `${OUT_DIR}session_event_types.ts`;
  const more = await format(new Map([[exports, eventTypeExports(eventsText, version)]]));
  return new Map([...files, ...more]);
}

/**
 * The session event types the root entry exports: the `SessionEvent` union,
 * each of its members and the `data` type of each (read from the generated
 * text). Their parts and every other generated type stay in the `./types`
 * entry, so the root's documentation opens with what programs use.
 */
function eventTypeExports(eventsText: string, version: string): string {
  const union = /export type SessionEvent =([^;]*);/.exec(eventsText)?.[1] ?? "";
  const members = [...union.matchAll(/\|\s*([A-Za-z0-9]+)/g)].map((m) => m[1]);
  const map = /export interface SessionEventDataMap \{([\s\S]*?)\n\}/.exec(eventsText)?.[1] ?? "";
  const data = [...map.matchAll(/^\s*"[^"]+": ([A-Za-z0-9]+);/gm)].map((m) => m[1]);
  const names = [
    ...new Set(["SessionEvent", "SessionEventDataMap", "SessionEventType", ...members, ...data]),
  ].sort();
  if (members.length < 50 || data.length < 50) {
    throw new Error(
      "Cannot find the SessionEvent union or SessionEventDataMap in session_events.ts",
    );
  }
  return [
    `// Generated from ${PACKAGE}@${version} schemas/session-events.schema.json`,
    `// by \`${COMMAND}\`. Do not edit by hand: run the command again.`,
    "//",
    "// The session event types the root entry exports: the SessionEvent union, its",
    "// members and their data. Every generated type is exported by src/types.ts.",
    "",
    `export type {\n${names.map((n) => `  ${n},`).join("\n")}\n} from "./session_events.ts";`,
    "",
  ].join("\n");
}

async function readOrNull(url: URL): Promise<string | null> {
  try {
    return await Deno.readTextFile(url);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
}

async function main(args: string[]): Promise<number> {
  const check = args.includes("--check");
  const unknown = args.filter((arg) => arg !== "--check");
  if (unknown.length > 0) {
    console.error(`Unknown argument: ${unknown.join(" ")}\nUsage: ${COMMAND} [--check]`);
    return 2;
  }
  const files = await generate();
  if (check) {
    const stale: string[] = [];
    for (const [path, text] of files) {
      const current = await readOrNull(new URL(path, ROOT));
      if (current !== text) stale.push(current === null ? `${path} (missing)` : path);
    }
    if (stale.length > 0) {
      console.error(
        `Generated types are out of date:\n${stale.map((p) => `  ${p}`).join("\n")}\n` +
          `Run: ${COMMAND}`,
      );
      return 1;
    }
    console.log(`${OUT_DIR} is up to date (${files.size} files)`);
    return 0;
  }
  await Deno.mkdir(new URL(OUT_DIR, ROOT), { recursive: true });
  for (const [path, text] of files) {
    await Deno.writeTextFile(new URL(path, ROOT), text);
    console.log(`wrote ${path} (${new TextEncoder().encode(text).length} bytes)`);
  }
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
