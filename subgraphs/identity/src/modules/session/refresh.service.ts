import { OptimisticLockError } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import type { IdentityContext } from "../../context.js";
import type { AuthPayload } from "../auth/auth.types.js";
import type { Membership } from "../auth/memberships.client.js";
import { secretTokenHash } from "../auth/secret-token.js";
import { issueTokens } from "../auth/sign-in.js";
import { SecurityEventType } from "../security-event/security-event.entity.js";
import { securityEvents } from "../security-event/security-event.recorder.js";
import { RefreshToken } from "./refresh-token.entity.js";
import { REFRESH_TOKEN_PREFIX } from "./refresh-tokens.js";
import type { RefreshAccessTokenInput } from "./session.inputs.js";
import { sessionEnded, sessionService } from "./session.service.js";

const invalidRefreshToken = () => errors.unauthenticated("Invalid refresh token: log in again");
const expiredRefreshToken = () => errors.unauthenticated("Your refresh token has expired: log in again");

/** Exchanging a refresh token for new tokens, and what happens when a spent one comes back. */
export const refreshService = {
  /**
   * Spends the presented token and issues the session's next pair, scoped to the session's workspace
   * if the user is still a member there (otherwise to none: the token loses its workspace, the session
   * stays). Needs no access token. Nothing is spent when membership cannot be checked (workspaces down:
   * SUBGRAPH_UNAVAILABLE), so the client may retry with the same token.
   */
  async refresh(ctx: IdentityContext, input: RefreshAccessTokenInput): Promise<AuthPayload> {
    const presented = input.refreshToken.trim();
    const token = presented.startsWith(REFRESH_TOKEN_PREFIX)
      ? await ctx.em.findOne(RefreshToken, { tokenHash: secretTokenHash(presented) }, { populate: ["session.user"] })
      : null;
    if (!token) throw invalidRefreshToken();
    const session = token.session.getEntity();
    if (token.usedAt) {
      await refreshService.reuseDetected(ctx, token.id);
      throw sessionEnded();
    }
    const now = new Date();
    if (token.revokedAt || !session.isActive(now)) throw sessionEnded();
    if (token.expiresAt <= now) throw expiredRefreshToken();
    const user = session.user.getEntity();
    const membership = await currentMembership(ctx, user.id, session.currentWorkspaceId);
    token.usedAt = now;
    sessionService.touch(session);
    try {
      return await issueTokens(ctx, user, session, membership, token.generation + 1);
    } catch (error) {
      // Another request spent the same token a moment earlier: it was presented twice.
      if (!(error instanceof OptimisticLockError)) throw error;
      await refreshService.reuseDetected(ctx, token.id);
      throw sessionEnded();
    }
  },

  /**
   * A spent refresh token was presented again: the token family has leaked (or a client is broken), and
   * there is no telling which holder is legitimate. The session and all its tokens are revoked, in a
   * unit of work of its own because the request itself fails.
   */
  async reuseDetected(ctx: IdentityContext, tokenId: string): Promise<void> {
    const em = ctx.em.fork();
    const token = await em.findOneOrFail(RefreshToken, tokenId, { populate: ["session"] });
    const session = token.session.getEntity();
    const wasActive = session.revokedAt === null;
    if (wasActive) await sessionService.revoke(em, [session]);
    securityEvents.record(
      ctx,
      {
        type: SecurityEventType.REFRESH_TOKEN_REUSE,
        userId: session.user.id,
        sessionId: session.id,
        details: { generation: token.generation, sessionRevoked: wasActive },
      },
      em,
    );
    await em.flush();
    ctx.logger.warn("refresh token reused: session revoked", {
      event: "session.refresh_token_reuse",
      sessionId: session.id,
      generation: token.generation,
      wasActive,
    });
  },
};

/** The membership a refresh is scoped to: the session's workspace, if the user still belongs to it. */
async function currentMembership(ctx: IdentityContext, userId: string, workspaceId: string | null): Promise<Membership | undefined> {
  if (!workspaceId) return undefined;
  const memberships = await ctx.services.memberships.forUser(userId);
  return memberships.find((membership) => membership.workspaceId === workspaceId);
}
