import { identityEvents, type EventType, type SecurityEventData } from "@plateau/events";
import type { SecurityEventType } from "./security-event.entity.js";

/** The outbox event type of a security event (the contract's), e.g. `identity.security.login_failed` for LOGIN_FAILED. */
export function securityEventType(type: SecurityEventType): EventType<SecurityEventData> {
  return identityEvents.security[type];
}
