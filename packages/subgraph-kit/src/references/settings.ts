import { env, parseEnv, type EnvShape, type EnvVar, type ParsedEnv } from "@plateau/kernel";

/**
 * `PORTFOLIO_URL`, for a subgraph that checks project or task ids with portfolio; `purpose` says what it
 * checks, for the variable's description.
 */
export const portfolioUrlSetting = (purpose: string): EnvVar<string> =>
  env.url(`Base URL of the portfolio subgraph (its /graphql is asked as the caller): ${purpose}`, "http://127.0.0.1:4003");

/** `WORKSPACES_URL`, for a subgraph that checks that user ids are members of the caller's workspace. */
export const workspacesUrlSetting = (purpose: string): EnvVar<string> =>
  env.url(`Base URL of the workspaces subgraph (its /graphql is asked as the caller): ${purpose}`, "http://127.0.0.1:4002");

/** `IDENTITY_URL`, for a subgraph that checks team ids with identity. */
export const identityUrlSetting = (purpose: string): EnvVar<string> =>
  env.url(`Base URL of the identity subgraph (its /graphql is asked as the caller): ${purpose}`, "http://127.0.0.1:4001");

/**
 * Parses the free-form settings a subgraph receives (`deps.settings`, its environment) against its
 * shape, failing fast with every problem at once; values that are not strings are ignored.
 */
export function parseSubgraphSettings<S extends EnvShape>(shape: S, settings: Record<string, unknown> = {}): ParsedEnv<S> {
  const source = Object.fromEntries(Object.entries(settings).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return parseEnv(shape, source);
}
