/**
 * Looks at this test process's children in the process table (Linux `ps`),
 * to prove a client leaves no CLI process behind.
 */

import { execFileSync } from "node:child_process";
import process from "node:process";

/** A child process of this one. */
export interface ChildInfo {
  /** Its pid. */
  pid: number;
  /** Its command line. */
  command: string;
}

/** The live children of this process, zombies excluded. */
export function childProcesses(): ChildInfo[] {
  const out = execFileSync("ps", ["-o", "pid=,stat=,args=", "--ppid", String(process.pid)], {
    encoding: "utf8",
  }).toString();
  return out.split("\n").map((line) => line.trim().split(/\s+/)).filter((cols) =>
    cols.length >= 3 && !cols[1].startsWith("Z")
  ).map((cols) => ({ pid: Number(cols[0]), command: cols.slice(2).join(" ") }));
}

/** The live `copilot` children of this process. */
export function copilotChildren(): ChildInfo[] {
  return childProcesses().filter((child) => /(^|\/)copilot(\.exe)?( |$)/.test(child.command));
}
