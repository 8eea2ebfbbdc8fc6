/**
 * One `test()` for every runtime: `Deno.test` (with its resource and op
 * sanitizers on), `bun:test` and `node:test`. Test files import this instead of
 * a runtime's own runner so the same file runs under `deno test`, `bun test`
 * and `node --test`.
 */

/** A test body. */
export type TestFn = () => void | Promise<void>;

/** Options accepted by {@linkcode test}. */
export interface TestOptions {
  /** Skip the test. */
  ignore?: boolean;
}

type Register = (name: string, fn: TestFn, options: TestOptions) => void;

// deno-lint-ignore no-explicit-any
const g = globalThis as any;

async function pickRunner(): Promise<Register> {
  if (g.Deno) {
    // Deno 2.9 leaves its sanitizers off unless asked: turn them on, so a
    // leaked timer, op or resource (child process, socket, stream) fails the test.
    return (name, fn, options) =>
      g.Deno.test({
        name,
        fn,
        ignore: options.ignore,
        sanitizeOps: true,
        sanitizeResources: true,
        sanitizeExit: true,
      });
  }
  if (g.Bun) {
    const bun = await import("bun:test" as string);
    return (name, fn, options) =>
      options.ignore ? bun.test.skip(name, fn) : bun.test(name, fn, 120_000);
  }
  const node = await import("node:test");
  return (name, fn, options) => node.test(name, { skip: options.ignore }, fn);
}

const register = await pickRunner();

/** Registers a test with the runtime's own test runner. */
export function test(name: string, fn: TestFn, options: TestOptions = {}): void {
  register(name, fn, options);
}
