import { AppError, ErrorCode, errors } from "@plateau/kernel";
import type { IdentityContext } from "../../context.js";
import { refreshTokens } from "../session/refresh-tokens.js";
import type { Session } from "../session/session.entity.js";
import { sessionService } from "../session/session.service.js";
import type { User } from "../user/user.entity.js";
import type { AuthPayload } from "./auth.types.js";
import type { Membership } from "./memberships.client.js";

/**
 * The workspace a new token is scoped to. A requested workspace must be one of the user's (FORBIDDEN
 * otherwise, SUBGRAPH_UNAVAILABLE when that cannot be checked); without a request it is the oldest
 * membership, or none, also when workspaces is down: signing in must not depend on it.
 */
export async function workspaceFor(ctx: IdentityContext, userId: string, requested: string | undefined): Promise<Membership | undefined> {
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

/**
 * Scopes the session to `membership`, issues refresh token `generation`, flushes it with whatever
 * else the caller changed (one transaction), and then mints the access token.
 */
export async function issueTokens(
  ctx: IdentityContext,
  user: User,
  session: Session,
  membership: Membership | undefined,
  generation: number,
): Promise<AuthPayload> {
  session.currentWorkspaceId = membership?.workspaceId ?? null;
  const refresh = refreshTokens.issue(ctx, session, generation);
  await ctx.em.flush();
  const workspace = membership ? { id: membership.workspaceId, role: membership.role } : undefined;
  const { token, expiresAt } = await ctx.services.tokens.accessToken({ userId: user.id, sessionId: session.id, workspace });
  return {
    accessToken: token,
    tokenType: "Bearer",
    expiresAt,
    refreshToken: refresh.token,
    refreshTokenExpiresAt: refresh.expiresAt,
    sessionId: session.id,
    user,
    workspaceId: workspace?.id ?? null,
    role: workspace?.role ?? null,
  };
}

/**
 * Opens a new session for `user`, scoped to the requested workspace (or the oldest), and issues its
 * tokens. `beforeFlush` records what belongs to the same transaction (security events).
 */
export async function signIn(
  ctx: IdentityContext,
  user: User,
  requested?: string,
  beforeFlush?: (session: Session) => void,
): Promise<AuthPayload> {
  const membership = await workspaceFor(ctx, user.id, requested);
  const session = sessionService.open(ctx, user);
  beforeFlush?.(session);
  return issueTokens(ctx, user, session, membership, 1);
}
