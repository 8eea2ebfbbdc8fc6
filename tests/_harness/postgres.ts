/**
 * A throwaway PostgreSQL server for tests: a fresh cluster (initdb) in a
 * temp folder, started with pg_ctl on a free port on 127.0.0.1 (as the
 * `postgres` user when the tests run as root), stopped and removed by
 * `close()`. A server that cannot start throws: tests that need it fail,
 * never skip.
 */

import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";

/** A running throwaway PostgreSQL server. */
export interface TestPostgres {
  /** `postgres://postgres@127.0.0.1:PORT/postgres`. */
  url: string;
  /** Stops the server (fast shutdown: connections are cut). */
  stop(): void;
  /** Starts it again on the same port, with the same data. */
  start(): void;
  /** Stops it and removes its files. */
  close(): void;
}

function binDir(): string {
  for (const dir of ["/usr/local/bin", "/usr/bin"]) {
    if (existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"))) return dir;
  }
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort().reverse() : [];
  for (const version of versions) {
    const dir = join(root, version, "bin");
    if (existsSync(join(dir, "initdb"))) return dir;
  }
  throw new Error(
    "Cannot start PostgreSQL: initdb and pg_ctl were not found; install it (apt-get install -y postgresql)",
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Creates and starts a throwaway cluster.
 *
 * @returns The server.
 * @throws {Error} It could not be created or started (with pg_ctl's log).
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  const root = mkdtempSync(join(tmpdir(), "copilot-sdk-pg-"));
  const asRoot = process.getuid?.() === 0;
  const data = join(root, "data");
  const log = join(root, "server.log");
  const port = await freePort();
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(root, uid, gid);
  }
  const run = (command: string, args: string[]) => {
    const [file, all] = asRoot
      ? ["runuser", ["-u", "postgres", "--", join(bin, command), ...args]]
      : [join(bin, command), args];
    try {
      execFileSync(file, all, { stdio: "pipe", timeout: 60_000 });
    } catch (error) {
      const output = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
      const tail = existsSync(log) ? readFileSync(log, "utf8").slice(-2000) : "";
      throw new Error(`Cannot run PostgreSQL's ${command}: ${output}\n${tail}`, { cause: error });
    }
  };
  const start = () =>
    run("pg_ctl", [
      "-D",
      data,
      "-l",
      log,
      "-w",
      "-t",
      "30",
      "-o",
      `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      "start",
    ]);
  const stop = () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
  let running = false;
  try {
    run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
    start();
    running = true;
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      if (running) stop();
      running = false;
    },
    start() {
      if (!running) start();
      running = true;
    },
    close() {
      try {
        if (running) stop();
      } finally {
        running = false;
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
