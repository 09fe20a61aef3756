import { errors, type Viewer } from "@plateau/kernel";
import type { IdentityContext } from "../../context.js";
import type { User } from "../user/user.entity.js";
import { currentClientInfo } from "./client-info.js";
import { Session } from "./session.entity.js";

/** Session use cases; callers flush. */
export const sessionService = {
  /** A new session for `user`, recording the calling client (persisted with the caller's flush). */
  open(ctx: IdentityContext, user: User): Session {
    const client = currentClientInfo();
    return ctx.em.create(Session, { user, userAgent: client.userAgent, ip: client.ip } as never);
  },

  /** The viewer's session, still valid; UNAUTHENTICATED when it is gone or revoked. Marks it seen. */
  async requireActive(ctx: IdentityContext, viewer: Viewer): Promise<Session> {
    const session = await ctx.em.findOne(Session, { id: viewer.sessionId, user: viewer.userId });
    if (!session || session.revokedAt) throw errors.unauthenticated("Your session has ended: log in again");
    session.lastSeenAt = new Date();
    return session;
  },

  /** Revokes the user's active sessions, except `keep`; returns how many. */
  async revokeAll(ctx: IdentityContext, userId: string, keep?: string): Promise<number> {
    const sessions = await ctx.em.find(Session, { user: userId, revokedAt: null, ...(keep ? { id: { $ne: keep } } : {}) });
    const now = new Date();
    for (const session of sessions) session.revokedAt = now;
    return sessions.length;
  },
};
