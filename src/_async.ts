/**
 * Small promise helpers shared inside the SDK.
 *
 * @module
 */

/**
 * Waits for a promise to settle, but no longer than `ms`; the timer is
 * always cleared, so nothing is left behind.
 *
 * @param promise The promise to wait for (its rejection is swallowed).
 * @param ms The most to wait, in milliseconds.
 * @returns `true` when it settled in time, `false` on timeout.
 */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => timer = setTimeout(() => resolve(false), ms));
  try {
    return await Promise.race([promise.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits for a promise, or rejects with the signal's reason as soon as it
 * aborts (the promise goes on; its outcome is dropped).
 *
 * @param promise The promise to wait for.
 * @param signal The signal.
 * @returns The promise's value.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Hands an error nobody awaits to the user's `onError`; a reporter that
 * throws has nowhere left to report to, so that is swallowed.
 *
 * @param onError The user's reporter, if any.
 * @param error The error.
 */
export function reportTo(onError: ((error: unknown) => void) | undefined, error: unknown): void {
  try {
    onError?.(error);
  } catch {
    // Nowhere left to report to.
  }
}
