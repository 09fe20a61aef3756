import { AppError, errors } from "@plateau/kernel";
import { rule, sameForEveryReader, type IRules, type ShieldContext } from "@plateau/subgraph-kit";
import type { GraphQLResolveInfo } from "graphql";
import type { EmailReaders } from "./user.email-readers.js";

/** Payloads whose `user` is the account the (possibly anonymous) caller just proved to be. */
const AUTHENTICATING_PAYLOADS = new Set(["AuthPayload", "LoginPayload"]);

/** The field is read on the `user` of a sign-in payload: the caller just authenticated as that user. */
const justAuthenticated = (info: GraphQLResolveInfo) => AUTHENTICATING_PAYLOADS.has(info.path.prev?.typename ?? "");

/**
 * Users are visible to signed-in callers, and to the anonymous caller of signUp/login/refresh for the
 * account they just authenticated as: that User is reached only as a sign-in payload's `user`. Every
 * signed-in reader passes alike.
 */
const signedInOrJustAuthenticated = sameForEveryReader(
  rule({ cache: "no_cache" })((_user: unknown, _args: unknown, ctx: ShieldContext, info: GraphQLResolveInfo) => {
    if (ctx.viewer || justAuthenticated(info)) return true;
    return ctx.authError ?? errors.unauthenticated();
  }),
);

/** Account-security facts: for the user themself only. */
const selfOnly = rule({ cache: "no_cache" })((user: { id: string }, _args: unknown, ctx: ShieldContext, info: GraphQLResolveInfo) => {
  if (justAuthenticated(info) || ctx.viewer?.userId === user.id) return true;
  if (!ctx.viewer) return ctx.authError ?? errors.unauthenticated();
  return errors.forbidden("Only the user themself can see this");
});

/**
 * The email: for the user themself and for members of the viewer's workspace the user belongs or
 * belonged to (user.email-readers.ts); anyone else gets FORBIDDEN on the field (it is non-null, so the
 * User reads as null for them: their name at most, never their address).
 */
const selfOrCoMember = rule({ cache: "no_cache" })(async (
  user: { id: string },
  _args: unknown,
  ctx: ShieldContext,
  info: GraphQLResolveInfo,
) => {
  if (justAuthenticated(info)) return true;
  if (!ctx.viewer) return ctx.authError ?? errors.unauthenticated();
  const { emailReaders } = (ctx as ShieldContext & { services: { emailReaders: EmailReaders } }).services;
  try {
    if (await emailReaders.mayRead(ctx, ctx.viewer, user.id)) return true;
  } catch (error) {
    // Workspaces could not be asked: say so rather than refuse as if the viewer had no right.
    if (error instanceof AppError) return error;
    throw error;
  }
  return errors.forbidden("Only the user and members of a workspace they belong or belonged to can see their email");
});

export const userRules: IRules = {
  User: {
    id: signedInOrJustAuthenticated,
    createdAt: signedInOrJustAuthenticated,
    updatedAt: signedInOrJustAuthenticated,
    email: selfOrCoMember,
    name: signedInOrJustAuthenticated,
    skills: signedInOrJustAuthenticated,
    teams: signedInOrJustAuthenticated,
    mfaEnabled: selfOnly,
  },
};
