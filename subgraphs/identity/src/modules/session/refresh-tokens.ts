import type { EntityManager } from "@mikro-orm/core";
import { newSecretToken } from "../auth/secret-token.js";
import type { IdentityContext } from "../../context.js";
import { RefreshToken } from "./refresh-token.entity.js";
import type { Session } from "./session.entity.js";

/** Marks refresh tokens as Plateau's (`prt_…`): recognisable in logs and by secret scanners. */
export const REFRESH_TOKEN_PREFIX = "prt_";

/** A refresh token as the client receives it. */
export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

/** The storage side of refresh tokens; callers flush. */
export const refreshTokens = {
  /**
   * Creates generation `generation` of the session's refresh token. It lives REFRESH_TOKEN_TTL_MS from
   * now (sliding), but never past the session's absolute end.
   */
  issue(ctx: IdentityContext, session: Session, generation: number): IssuedRefreshToken {
    const { token, hash } = newSecretToken(REFRESH_TOKEN_PREFIX);
    const expiresAt = new Date(Math.min(Date.now() + ctx.services.settings.REFRESH_TOKEN_TTL_MS, session.expiresAt.getTime()));
    ctx.em.create(RefreshToken, { session, tokenHash: hash, generation, expiresAt } as never);
    return { token, expiresAt };
  },

  /**
   * Spends the session's live token (the latest generation, when unspent) because a new one replaces
   * it, and returns the generation that comes next. Presenting the spent one later counts as reuse.
   */
  async spendLatest(ctx: IdentityContext, session: Session): Promise<number> {
    const latest = await ctx.em.findOne(RefreshToken, { session: session.id }, { orderBy: { generation: "desc" } });
    if (latest && !latest.usedAt && !latest.revokedAt) latest.usedAt = new Date();
    return (latest?.generation ?? 0) + 1;
  },

  /** Revokes the live tokens of `sessionIds` (their sessions are being revoked). */
  async revokeLive(em: EntityManager, sessionIds: string[], now: Date): Promise<void> {
    if (sessionIds.length === 0) return;
    const live = await em.find(RefreshToken, { session: { $in: sessionIds }, usedAt: null, revokedAt: null });
    for (const token of live) token.revokedAt = now;
  },
};
