import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { AppError, ErrorCode, errors } from "@plateau/kernel";
import { check, parseId, requireViewer } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import type { Session } from "../session/session.entity.js";
import { currentClientInfo } from "../session/client-info.js";
import { sessionService } from "../session/session.service.js";
import { User } from "../user/user.entity.js";
import type { AuthPayload, LoginInput, SignUpInput, SwitchWorkspaceInput } from "./auth.types.js";
import { normaliseEmail, parseEmail } from "./email.js";
import type { Membership } from "./memberships.client.js";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "./password-policy.js";

/** One message for every failed login, whatever failed: nobody learns which emails have accounts. */
const INVALID_CREDENTIALS = "Invalid email or password";

/**
 * Sign-up with an address that already has an account must not confirm that it does (account
 * enumeration): a CONFLICT would. So it fails like this, with no field named, after the same work
 * (hashing) a successful sign-up does. Fully silent sign-up needs email verification, a later issue.
 */
const signUpRefused = () => errors.badInput("Could not sign up with these details");

/** Sign-up, login and workspace switching: each ends in a new access token. */
export const authService = {
  async signUp(ctx: IdentityContext, input: SignUpInput): Promise<AuthPayload> {
    const email = parseEmail(input.email);
    if (!email) throw errors.invalidField("input.email", "is not a valid email address");
    const name = check.text("input.name", input.name, 200);
    const problem = passwordProblem(input.password, { email, name });
    if (problem) throw errors.invalidField("input.password", problem);
    const passwordHash = await ctx.services.passwords.hash(input.password);
    if (await ctx.em.count(User, { email })) throw signUpRefused();
    const user = ctx.em.create(User, { email, name, passwordHash } as never);
    const session = sessionService.open(ctx, user);
    try {
      await ctx.em.flush();
    } catch (error) {
      // Another sign-up with this address won the race.
      if (error instanceof UniqueConstraintViolationException) throw signUpRefused();
      throw error;
    }
    return issue(ctx, user, session, undefined);
  },

  async login(ctx: IdentityContext, input: LoginInput): Promise<AuthPayload> {
    const requested = input.workspaceId ? parseId(input.workspaceId, "input.workspaceId") : undefined;
    const attempt = { email: normaliseEmail(input.email), ip: currentClientInfo().ip };
    // Before the account is looked up, so a refusal is the same whether or not the email has one.
    await ctx.services.loginThrottle.guard(attempt, ctx.logger);
    const user = await ctx.em.findOne(User, { email: attempt.email });
    // Unknown accounts are checked against a dummy hash, so both failures take the same time.
    const valid = await ctx.services.passwords.verify(user?.passwordHash, input.password.slice(0, PASSWORD_MAX_LENGTH * 4));
    if (!user || !valid) {
      await ctx.services.loginThrottle.recordFailure(attempt, ctx.logger);
      throw errors.unauthenticated(INVALID_CREDENTIALS);
    }
    await ctx.services.loginThrottle.recordSuccess(attempt, ctx.logger);
    if (ctx.services.passwords.needsRehash(user.passwordHash)) user.passwordHash = await ctx.services.passwords.hash(input.password);
    return signIn(ctx, user, requested);
  },

  async switchWorkspace(ctx: IdentityContext, input: SwitchWorkspaceInput): Promise<AuthPayload> {
    const viewer = requireViewer(ctx);
    const workspaceId = parseId(input.workspaceId, "input.workspaceId");
    const session = await sessionService.requireActive(ctx, viewer);
    const user = await ctx.loaders.user.load(viewer.userId);
    if (!user) throw errors.unauthenticated("Your account no longer exists");
    const membership = await workspaceFor(ctx, user.id, workspaceId);
    await ctx.em.flush();
    return issue(ctx, user, session, membership);
  },
};

/**
 * Opens a new session for `user`, scoped to the requested workspace (or the oldest), flushes it with
 * whatever else the caller changed, and mints its token.
 */
export async function signIn(ctx: IdentityContext, user: User, requested?: string): Promise<AuthPayload> {
  const membership = await workspaceFor(ctx, user.id, requested);
  const session = sessionService.open(ctx, user);
  await ctx.em.flush();
  return issue(ctx, user, session, membership);
}

/**
 * The workspace a new token is scoped to. A requested workspace must be one of the user's (FORBIDDEN
 * otherwise, SUBGRAPH_UNAVAILABLE when that cannot be checked); without a request it is the oldest
 * membership, or none, also when workspaces is down: signing in must not depend on it.
 */
async function workspaceFor(ctx: IdentityContext, userId: string, requested: string | undefined): Promise<Membership | undefined> {
  if (requested) {
    const memberships = await ctx.services.memberships.forUser(userId);
    const membership = memberships.find((m) => m.workspaceId === requested);
    if (!membership) throw errors.forbidden(`You are not a member of workspace ${requested}`);
    return membership;
  }
  try {
    return (await ctx.services.memberships.forUser(userId))[0];
  } catch (error) {
    if (!(error instanceof AppError && error.code === ErrorCode.SUBGRAPH_UNAVAILABLE)) throw error;
    ctx.logger.warn("signing in without a workspace: memberships unavailable", { userId });
    return undefined;
  }
}

async function issue(ctx: IdentityContext, user: User, session: Session, membership: Membership | undefined): Promise<AuthPayload> {
  const workspace = membership ? { id: membership.workspaceId, role: membership.role } : undefined;
  const { token, expiresAt } = await ctx.services.tokens.accessToken({ userId: user.id, sessionId: session.id, workspace });
  return { accessToken: token, tokenType: "Bearer", expiresAt, user, workspaceId: workspace?.id ?? null, role: workspace?.role ?? null };
}
