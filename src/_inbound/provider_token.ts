/**
 * Answers `providerToken.getToken`: the CLI needs a bearer token for a BYOK
 * provider configured with a `bearerTokenProvider` (it asks before each
 * model request; the callback owns caching). The provider of the singular
 * `provider` option is named `"default"`. Tokens are never logged.
 *
 * @module
 */

import type { RequestResponder } from "./responder.ts";

/** The name the singular `provider` goes by. */
export const DEFAULT_PROVIDER_NAME = "default";

/** Asks the provider's token callback. */
export const providerTokenResponder: RequestResponder<
  { sessionId: string; providerName: string },
  { token: string }
> = {
  method: "providerToken.getToken",
  async respond(session, params) {
    const name = params?.providerName;
    const provide = session.callbacks.tokenProviders?.get(name);
    if (!provide) {
      throw new Error(`Session "${session.sessionId}" has no bearerTokenProvider for "${name}"`);
    }
    let token: unknown;
    try {
      token = await provide({ providerName: name, sessionId: session.sessionId });
    } catch (error) {
      session.report(error);
      throw new Error(`The bearerTokenProvider of "${name}" failed`);
    }
    if (typeof token !== "string" || token === "") {
      throw new Error(`The bearerTokenProvider of "${name}" gave no token`);
    }
    return { token };
  },
};
