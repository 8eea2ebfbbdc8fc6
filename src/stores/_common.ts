/**
 * What the built-in stores share: the lease's default length and checks,
 * and the key range of the paths under a directory.
 *
 * @module
 */

/** How long a lease lasts unless renewed, by default. */
export const DEFAULT_LEASE_MS = 30_000;

/**
 * Checks a `leaseMs` option.
 *
 * @param what The store function, for the message.
 * @param leaseMs The option.
 * @returns The lease's length.
 */
export function checkLeaseMs(what: string, leaseMs: number | undefined): number {
  if (leaseMs === undefined) return DEFAULT_LEASE_MS;
  if (typeof leaseMs !== "number" || !(leaseMs >= 100) || !Number.isFinite(leaseMs)) {
    throw new RangeError(
      `Cannot create ${what}: "leaseMs" must be a number of milliseconds from 100, not ${leaseMs}`,
    );
  }
  return leaseMs;
}

/**
 * The keys strictly between which every path under `dir` sorts (`"/"` sorts
 * just before `"0"`).
 *
 * @param dir The directory.
 * @returns `[low, high]`.
 */
export function prefixRange(dir: string): [string, string] {
  const prefix = dir === "/" ? "/" : `${dir}/`;
  return [prefix, `${prefix.slice(0, -1)}0`];
}
