import { ref, type EntityManager } from "@mikro-orm/core";
import { recordEvent, currentRequestClient } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import { User } from "../user/user.entity.js";
import { SecurityEvent, SecurityEventType } from "./security-event.entity.js";
import { securityEventType } from "./security-event.events.js";

/** What a service says about a security event; the client's address and agent are added. */
export interface SecurityEventInput {
  type: SecurityEventType;
  /** The account concerned; null for an address without one (stored, but no outbox event: nobody to tell). */
  userId: string | null;
  /** The session it concerns (opened, ended, revoked) or, failing that, the one acting. */
  sessionId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Attempts by whoever holds (or guesses) a credential: the account holder is not known to have acted,
 * so their outbox events carry no actor.
 */
const ATTEMPTS: ReadonlySet<SecurityEventType> = new Set([
  SecurityEventType.LOGIN_FAILED,
  SecurityEventType.LOGIN_THROTTLED,
  SecurityEventType.MFA_CHALLENGE_FAILED,
  SecurityEventType.REFRESH_TOKEN_REUSE,
  SecurityEventType.PASSWORD_RESET_REQUESTED,
]);

/** Records security events: the row, and for a known account the outbox event, in one unit of work. */
export const securityEvents = {
  /**
   * Adds the event to `em`'s unit of work (the request's by default): it commits with the change it
   * describes, or not at all.
   */
  record(ctx: IdentityContext, input: SecurityEventInput, em: EntityManager = ctx.em): SecurityEvent {
    const client = currentRequestClient();
    const occurredAt = new Date();
    const details = input.details ?? {};
    const sessionId = input.sessionId ?? null;
    const event = em.create(SecurityEvent, {
      user: input.userId ? ref(User, input.userId) : null,
      type: input.type,
      ip: client.ip,
      userAgent: client.userAgent,
      sessionId,
      details,
      occurredAt,
    } as never);
    if (input.userId) {
      recordEvent(em, {
        type: securityEventType(input.type),
        subject: { typename: "User", id: input.userId },
        workspaceId: null,
        actorId: ATTEMPTS.has(input.type) ? null : input.userId,
        data: { type: input.type, ip: client.ip, userAgent: client.userAgent, sessionId, details, requestId: ctx.requestId },
      });
    }
    return event;
  },

  /**
   * Records and commits the event in a unit of work of its own: for failures (a wrong password, a reused
   * token) whose request then answers with an error and flushes nothing.
   */
  async recordNow(ctx: IdentityContext, input: SecurityEventInput): Promise<void> {
    const em = ctx.em.fork();
    securityEvents.record(ctx, input, em);
    await em.flush();
  },
};
