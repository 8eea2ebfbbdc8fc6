/**
 * SQLite on Deno: Deno's `node:sqlite`, the same module as Node's.
 *
 * @module
 */

export { openSqlite } from "./sqlite_node.ts";
