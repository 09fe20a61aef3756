import { errors } from "@plateau/kernel";
import { isAuthenticated, rule, type IRules, type ShieldContext } from "@plateau/subgraph-kit";
import type { GraphQLResolveInfo } from "graphql";

/**
 * Users are visible to signed-in callers, and to the anonymous caller of signUp/login for the account
 * they just authenticated as: that User is reached only as `AuthPayload.user`.
 */
const signedInOrJustAuthenticated = rule({ cache: "no_cache" })((
  _user: unknown,
  _args: unknown,
  ctx: ShieldContext,
  info: GraphQLResolveInfo,
) => {
  if (ctx.viewer || info.path.prev?.typename === "AuthPayload") return true;
  return ctx.authError ?? errors.unauthenticated();
});

export const userRules: IRules = {
  Query: { me: isAuthenticated, user: isAuthenticated },
  User: signedInOrJustAuthenticated,
};
