import type { SecurityEventType } from "./security-event.entity.js";

/**
 * The data of `identity.security.<type>` events (the subject is the User). The workspaces subgraph
 * turns them into SECURITY entries of the audit log of every workspace the user belongs to.
 */
export interface SecurityEventData {
  type: SecurityEventType;
  ip: string | null;
  userAgent: string | null;
  sessionId: string | null;
  details: Record<string, unknown>;
  /** The request that caused it (`x-request-id`), to match logs. */
  requestId: string | null;
}

/** The outbox event type of a security event, e.g. `identity.security.login_failed`. */
export function securityEventName(type: SecurityEventType): string {
  return `identity.security.${type.toLowerCase()}`;
}
