/**
 * Answers `gitHubToken.getToken`: the session was opened with a
 * `gitHubTokenProvider` (sent as an opaque `gitHubTokenProviderRegistrationId`),
 * and the CLI needs its GitHub token, when the session starts or before the
 * last token expires. The registration must be this session's. A refusal
 * (`{ kind: "cancelled" }` or `null`) answers `cancelled`; a provider that throws, or gives a token the
 * CLI would refuse, is reported to `onError` and answered with an error that
 * names the problem but never the token.
 *
 * @module
 */

import type { GitHubTokenAcquireRequest, GitHubTokenAcquireResult } from "../generated/rpc.ts";
import type { RequestResponder } from "./responder.ts";

/** The CLI refreshes a token with this many seconds or fewer left, and refuses one given so. */
const REFRESH_THRESHOLD_S = 3600;

/** Asks the session's GitHub token provider. */
export const gitHubTokenResponder: RequestResponder<
  GitHubTokenAcquireRequest,
  GitHubTokenAcquireResult
> = {
  method: "gitHubToken.getToken",
  async respond(session, params, signal) {
    const own = session.callbacks.gitHubTokenProvider;
    if (!own || own.registrationId !== params?.registrationId) {
      throw new Error(
        `Session "${session.sessionId}" has no gitHubTokenProvider registered as ${
          JSON.stringify(params?.registrationId)
        }`,
      );
    }
    let grant: unknown;
    try {
      grant = await own.provide({
        host: params.host,
        reason: params.reason,
        ...(params.sessionId === undefined ? {} : { sessionId: params.sessionId }),
      }, signal);
    } catch (error) {
      session.report(error);
      throw new Error("The session's gitHubTokenProvider threw (the error went to onError)");
    }
    const { kind, accessToken, expiresIn, tokenType } = (grant ?? { kind: "cancelled" }) as Record<
      string,
      unknown
    >;
    if (kind === "cancelled") return { kind: "cancelled" };
    let problem: string | undefined;
    if (kind !== undefined && kind !== "token") {
      problem = `gave "kind" ${JSON.stringify(kind)}; use "token" or "cancelled"`;
    } else if (typeof accessToken !== "string" || accessToken === "") {
      problem = 'gave no "accessToken" (a non-empty string)';
    } else if (
      typeof expiresIn !== "number" || !Number.isFinite(expiresIn) ||
      !(expiresIn > REFRESH_THRESHOLD_S)
    ) {
      problem = `gave "expiresIn" ${
        JSON.stringify(expiresIn)
      }; it must be the token's remaining lifetime in seconds, more than ${REFRESH_THRESHOLD_S} (the CLI refreshes tokens with an hour or less left)`;
    } else if (tokenType !== undefined && typeof tokenType !== "string") {
      problem = 'gave a "tokenType" that is not a string';
    }
    if (problem) {
      const error = new TypeError(`The session's gitHubTokenProvider ${problem}`);
      session.report(error);
      throw error;
    }
    return {
      kind: "token",
      accessToken: accessToken as string,
      expiresIn: expiresIn as number,
      ...(tokenType === undefined ? {} : { tokenType: tokenType as string }),
    };
  },
};
