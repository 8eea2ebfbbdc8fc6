/**
 * The `listModels()` cache of a client: one answer per connection to the
 * CLI (forgotten when the CLI exits or the client stops), one request
 * however many callers ask at once, and a copy for each caller, so that
 * none can change what the next one gets. A failed request is not kept.
 *
 * @module
 */

import type { ModelInfo } from "./protocol.ts";

/** Caches the model list of one connection. */
export class ModelsCache {
  #models: Promise<ModelInfo[]> | undefined;
  #generation = 0;

  /**
   * The cached list, or the one `fetch` gets (shared by concurrent callers).
   *
   * @param fetch Gets the list from the CLI or the client's `onListModels`.
   * @returns A copy of the list.
   */
  async get(fetch: () => ModelInfo[] | Promise<ModelInfo[]>): Promise<ModelInfo[]> {
    if (!this.#models) {
      const generation = this.#generation;
      const models = Promise.resolve().then(fetch).then((list) => {
        if (!Array.isArray(list)) {
          throw new TypeError("Cannot listModels: the model list must be an array");
        }
        return structuredClone(list);
      });
      this.#models = models;
      models.catch(() => {
        if (this.#models === models && this.#generation === generation) this.#models = undefined;
      });
    }
    return structuredClone(await this.#models);
  }

  /** Forgets the list: the connection it came from is gone. */
  reset(): void {
    this.#generation++;
    this.#models = undefined;
  }
}
