/**
 * This process's host name and id, to tell who holds a session.
 *
 * @module
 */

interface Runtimes {
  Deno?: {
    hostname(): string;
    pid: number;
    permissions: { querySync(descriptor: { name: string; kind: string }): { state: string } };
  };
  process?: {
    pid: number;
    env: Record<string, string | undefined>;
    getBuiltinModule?(id: string): { hostname?(): string } | undefined;
  };
}

/**
 * `host/pid` of this process, e.g. `"worker-3/4242"` (the host part is
 * left out when the runtime does not tell it).
 *
 * @returns The name.
 */
export function processName(): string {
  const g = globalThis as unknown as Runtimes;
  let host: string | undefined;
  let pid: number | undefined;
  try {
    if (g.Deno) {
      pid = g.Deno.pid;
      // Only when allowed: asking would prompt the user.
      const allowed = g.Deno.permissions.querySync({ name: "sys", kind: "hostname" });
      if (allowed.state === "granted") host = g.Deno.hostname();
    } else if (g.process) {
      pid = g.process.pid;
      host = g.process.getBuiltinModule?.("node:os")?.hostname?.() ?? g.process.env.HOSTNAME;
    }
  } catch {
    // No permission to read the host name: the pid alone.
  }
  return [host, pid].filter((part) => part !== undefined && part !== "").join("/");
}
