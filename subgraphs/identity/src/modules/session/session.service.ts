import type { EntityManager } from "@mikro-orm/core";
import { errors, type Viewer } from "@plateau/kernel";
import { paginate, parseId, requireViewer, type Page, type PageArgs, currentRequestClient } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import { SecurityEventType } from "../security-event/security-event.entity.js";
import { securityEvents } from "../security-event/security-event.recorder.js";
import type { User } from "../user/user.entity.js";
import { refreshTokens } from "./refresh-tokens.js";
import { Session } from "./session.entity.js";

/** What a caller of a revoked or expired session is told. */
export const sessionEnded = () => errors.unauthenticated("Your session has ended: log in again");

/** Session use cases. Helpers that change sessions leave flushing to their caller. */
export const sessionService = {
  /** A new session for `user`, recording the calling client (persisted with the caller's flush). */
  open(ctx: IdentityContext, user: User): Session {
    const client = currentRequestClient();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + ctx.services.settings.SESSION_MAX_AGE_MS);
    return ctx.em.create(Session, {
      user,
      userAgent: client.userAgent,
      ip: client.ip,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    } as never);
  },

  /** Records that the session's device is active now, from the calling client's address and agent. */
  touch(session: Session): void {
    const client = currentRequestClient();
    session.lastSeenAt = new Date();
    if (client.ip) session.ip = client.ip;
    if (client.userAgent) session.userAgent = client.userAgent;
  },

  /**
   * The viewer's session, still valid; UNAUTHENTICATED when it is gone, revoked or expired (its access
   * token may still verify elsewhere for up to 15 minutes, but identity itself refuses it). Marks it
   * seen unless `touch` is false (reads, which must show the session as stored).
   */
  async requireActive(ctx: IdentityContext, viewer: Viewer, touch = true): Promise<Session> {
    const session = await ctx.em.findOne(Session, { id: viewer.sessionId, user: viewer.userId });
    if (!session?.isActive()) throw sessionEnded();
    if (touch) sessionService.touch(session);
    return session;
  },

  /** Revokes `sessions` and their live refresh tokens. */
  async revoke(em: EntityManager, sessions: Session[]): Promise<void> {
    const now = new Date();
    for (const session of sessions) session.revokedAt = now;
    await refreshTokens.revokeLive(
      em,
      sessions.map((session) => session.id),
      now,
    );
  },

  /** Revokes the user's active sessions (with their refresh tokens), except `keep`; returns them. */
  async revokeAll(ctx: IdentityContext, userId: string, keep?: string): Promise<Session[]> {
    const sessions = await ctx.em.find(Session, { user: userId, revokedAt: null, ...(keep ? { id: { $ne: keep } } : {}) });
    await sessionService.revoke(ctx.em, sessions);
    return sessions;
  },

  /** The caller's active sessions, most recently seen first. */
  async list(ctx: IdentityContext, page: PageArgs): Promise<Page<Session>> {
    const viewer = requireViewer(ctx);
    await sessionService.requireActive(ctx, viewer, false);
    const where = { user: viewer.userId, revokedAt: null, expiresAt: { $gt: new Date() } };
    return paginate(ctx.em, Session, where, page, [{ lastSeenAt: "desc" }]);
  },

  /**
   * Ends the caller's own session (the token's `sid`) and returns its id; ending one that already
   * ended is not an error.
   */
  async logout(ctx: IdentityContext): Promise<string> {
    const viewer = requireViewer(ctx);
    const session = await ctx.em.findOne(Session, { id: viewer.sessionId, user: viewer.userId });
    if (session?.isActive()) {
      await sessionService.revoke(ctx.em, [session]);
      securityEvents.record(ctx, { type: SecurityEventType.LOGOUT, userId: viewer.userId, sessionId: session.id });
      await ctx.em.flush();
    }
    return viewer.sessionId;
  },

  /** Revokes one of the caller's active sessions (the current one included); NOT_FOUND for any other id. */
  async revokeOne(ctx: IdentityContext, sessionId: string): Promise<Session> {
    const viewer = requireViewer(ctx);
    const id = parseId(sessionId, "input.sessionId");
    const current = await sessionService.requireActive(ctx, viewer);
    const session = await ctx.em.findOne(Session, { id, user: viewer.userId });
    // Someone else's session is reported exactly like a missing one.
    if (!session?.isActive()) throw errors.notFound("Session", id);
    await sessionService.revoke(ctx.em, [session]);
    recordRevoked(ctx, viewer.userId, [session], current.id);
    await ctx.em.flush();
    return session;
  },

  /** Revokes every active session of the caller, the current one only when asked; returns them. */
  async revokeEvery(ctx: IdentityContext, includeCurrent: boolean): Promise<Session[]> {
    const viewer = requireViewer(ctx);
    const current = await sessionService.requireActive(ctx, viewer);
    const revoked = await sessionService.revokeAll(ctx, viewer.userId, includeCurrent ? undefined : current.id);
    recordRevoked(ctx, viewer.userId, revoked, current.id);
    await ctx.em.flush();
    return revoked;
  },
};

/** One SESSION_REVOKED event per session the user ended from `by`, their current session. */
function recordRevoked(ctx: IdentityContext, userId: string, sessions: Session[], by: string): void {
  for (const session of sessions) {
    securityEvents.record(ctx, {
      type: SecurityEventType.SESSION_REVOKED,
      userId,
      sessionId: session.id,
      details: { revokedBySessionId: by, userAgent: session.userAgent },
    });
  }
}
