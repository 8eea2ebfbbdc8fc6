/**
 * `test()` with Deno's op and resource sanitizers forced on. Deno 2.9 no
 * longer runs them by default (they need `--sanitize-ops` /
 * `--sanitize-resources` or these per-test options), and `tests/_test.ts`
 * passes none, so a leak test that means to prove "no timer, socket, child
 * process or stream left" registers through this. Under Bun and Node it is
 * the plain shim.
 */

import { test, type TestFn, type TestOptions } from "../_test.ts";

// deno-lint-ignore no-explicit-any
const g = globalThis as any;

/** Options for {@linkcode sanitizedTest}. */
export interface SanitizedTestOptions extends TestOptions {
  /**
   * Check resources (sockets, child processes and their pipes, files) too.
   * Turn off only for a known leak, and say which.
   *
   * @default {true}
   */
  sanitizeResources?: boolean;
}

/**
 * Registers a test that, under Deno, fails if it leaves an async op (a timer,
 * a read, a child's status) or a resource (a socket, a child process, a
 * file) behind.
 *
 * @param name The test's name.
 * @param fn The test body.
 * @param options Skip it, or leave resources unchecked.
 */
export function sanitizedTest(
  name: string,
  fn: TestFn,
  options: SanitizedTestOptions = {},
): void {
  if (g.Deno) {
    g.Deno.test({
      name,
      fn,
      ignore: options.ignore,
      sanitizeOps: true,
      sanitizeResources: options.sanitizeResources ?? true,
      sanitizeExit: true,
    });
    return;
  }
  test(name, fn, options);
}
