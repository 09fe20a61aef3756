import { defineEventType, type EventType } from "../envelope.js";

/** The kinds of security event identity records (its `SecurityEventType`). */
export const SECURITY_EVENT_TYPES = [
  "LOGIN_SUCCEEDED",
  "LOGIN_FAILED",
  "LOGIN_THROTTLED",
  "LOGOUT",
  "SESSION_REVOKED",
  "REFRESH_TOKEN_REUSE",
  "PASSWORD_CHANGED",
  "PASSWORD_RESET_REQUESTED",
  "PASSWORD_RESET",
  "MFA_ENABLED",
  "MFA_DISABLED",
  "MFA_CHALLENGE_FAILED",
  "RECOVERY_CODE_USED",
] as const;

/** One kind of security event. */
export type SecurityEventTypeValue = (typeof SECURITY_EVENT_TYPES)[number];

/**
 * The data of every `identity.security.<type>` event (the subject is the User). The workspaces
 * subgraph turns them into SECURITY entries of the audit log of every workspace the user belongs to;
 * the gateway ends the subscriptions of the sessions a logout, revocation or password change ends.
 */
export interface SecurityEventData {
  type: SecurityEventTypeValue;
  ip: string | null;
  userAgent: string | null;
  sessionId: string | null;
  details: Record<string, unknown>;
  /** The request that caused it (`x-request-id`), to match logs. */
  requestId: string | null;
}

/** How well someone masters a skill, weakest first (identity's `SkillLevel`). */
export type SkillLevelValue = "BEGINNER" | "INTERMEDIATE" | "ADVANCED" | "EXPERT";

/**
 * `identity.user_skill.changed`: a user's level in a skill of the workspace was set, changed or removed
 * (`level: null`); the subject is the User. Insights keeps who holds which skill from it (skill concentration).
 */
export interface UserSkillChanged {
  skillId: string;
  userId: string;
  level: SkillLevelValue | null;
}

/** `identity.skill.deleted`: a skill left the workspace's catalogue, and every level in it with it; the subject is the Skill. */
export interface SkillDeleted {
  skillId: string;
}

/** What every security event's type name starts with. */
const SECURITY_PREFIX = "identity.security.";

/**
 * Every event identity publishes, on the `plateau:events:identity` stream: one security event per kind, e.g.
 * `identity.security.login_failed`, and the changes of who holds which skill.
 */
export const identityEvents = {
  security: Object.fromEntries(
    SECURITY_EVENT_TYPES.map((type) => [type, defineEventType<SecurityEventData>(`${SECURITY_PREFIX}${type.toLowerCase()}`, 1)]),
  ) as Readonly<Record<SecurityEventTypeValue, EventType<SecurityEventData>>>,
  userSkillChanged: defineEventType<UserSkillChanged>("identity.user_skill.changed", 1),
  skillDeleted: defineEventType<SkillDeleted>("identity.skill.deleted", 1),
} as const;

/** True for identity's security events (every kind, including any added later). */
export function isSecurityEvent(type: string): boolean {
  return type.startsWith(SECURITY_PREFIX);
}
