/**
 * A session's GitHub identity from a callback: with `gitHubTokenProvider`
 * the CLI asks the program for the session's GitHub token when the session
 * starts (`reason: "initial"`) and again before it expires
 * (`reason: "refresh"`), instead of being handed one fixed `gitHubToken`.
 * The token goes to the CLI over JSON-RPC only: it is never in argv, the
 * environment or a log.
 *
 * @module
 */

/**
 * What a {@linkcode GitHubTokenProvider} is asked for (the official SDK's
 * name). The registration id the CLI names the callback by stays inside the SDK.
 *
 * @example Log why a token is needed (never the token)
 * ```ts
 * import type { GitHubTokenProviderArgs } from "@copilot-sdk/copilot";
 *
 * const describe = ({ host, reason }: GitHubTokenProviderArgs) => `${reason} token for ${host}`;
 * ```
 */
export interface GitHubTokenProviderArgs {
  /** The GitHub host the token is for, e.g. `"https://github.com"`. */
  host: string;
  /** `"initial"` when the session starts, `"refresh"` when the last token is about to expire. */
  reason: "initial" | "refresh";
  /** The session the token is for. */
  sessionId?: string;
}

/**
 * A GitHub token a {@linkcode GitHubTokenProvider} gives.
 *
 * @example A token valid for eight hours
 * ```ts
 * import type { GitHubTokenGrant } from "@copilot-sdk/copilot";
 *
 * const grant: GitHubTokenGrant = { accessToken: "<token>", expiresIn: 8 * 3600 };
 * ```
 */
export interface GitHubTokenGrant {
  /** The GitHub access token. Never logged. */
  accessToken: string;
  /**
   * Its remaining lifetime in seconds. It must be more than 3600: the CLI
   * asks again when an hour or less is left, and refuses a token that is
   * already that close to expiry.
   */
  expiresIn: number;
  /**
   * The token type.
   *
   * @default {"bearer"}
   */
  tokenType?: string;
}

/**
 * What a {@linkcode GitHubTokenProvider} returns, tagged as in the official
 * SDK: a token, or a refusal. (An untagged {@linkcode GitHubTokenGrant}, or
 * `null`/`undefined` for a refusal, is taken too.)
 *
 * @example Refuse
 * ```ts
 * import type { GitHubTokenProviderResult } from "@copilot-sdk/copilot";
 *
 * const refuse: GitHubTokenProviderResult = { kind: "cancelled" };
 * ```
 */
export type GitHubTokenProviderResult =
  | ({ kind: "token" } & GitHubTokenGrant)
  | { kind: "cancelled" };

/**
 * Gives a session's GitHub token when the CLI asks (at start, then before
 * each expiry), as in the official SDK. Return a token, or
 * `{ kind: "cancelled" }` (or `null`) to refuse: the session then fails to
 * open (at start) or loses its GitHub sign-in (on refresh). A provider that
 * throws refuses the same way, and its error goes to the client's
 * `onError`. Not with `gitHubToken`, nor with a BYOK `provider`.
 *
 * @example A user's token from your sign-in service (GitHub App user tokens last 8 hours)
 * ```ts
 * import type { GitHubTokenProvider } from "@copilot-sdk/copilot";
 *
 * // Your sign-in service's user token (a stand-in here).
 * const userToken = () =>
 *   Promise.resolve({ token: "<token>", expiresAt: new Date(Date.now() + 8 * 3600_000) });
 *
 * const gitHubTokenProvider: GitHubTokenProvider = async ({ reason }) => {
 *   const { token, expiresAt } = await userToken();
 *   console.log(`GitHub token (${reason}) until ${expiresAt.toISOString()}`);
 *   return { kind: "token", accessToken: token, expiresIn: (expiresAt.getTime() - Date.now()) / 1000 };
 * };
 * // createSession({ gitHubTokenProvider, onPermissionRequest: approveAll })
 * ```
 */
export type GitHubTokenProvider = (
  args: GitHubTokenProviderArgs,
  signal: AbortSignal,
) =>
  | GitHubTokenProviderResult
  | GitHubTokenGrant
  | null
  | undefined
  | Promise<GitHubTokenProviderResult | GitHubTokenGrant | null | undefined>;
