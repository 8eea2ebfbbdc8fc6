/**
 * Which JavaScript runtime the SDK is running on.
 *
 * @module
 */

/** A runtime the SDK supports. */
export type RuntimeName = "deno" | "bun" | "node";

/**
 * Detects the current runtime: Deno, then Bun, else Node.
 *
 * @returns The runtime's name.
 */
export function detectRuntime(): RuntimeName {
  const g = globalThis as { Deno?: unknown; Bun?: unknown };
  if (typeof g.Deno === "object" && g.Deno !== null) return "deno";
  if (typeof g.Bun === "object" && g.Bun !== null) return "bun";
  return "node";
}
