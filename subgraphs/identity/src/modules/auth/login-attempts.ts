import { AppError, ErrorCode } from "@plateau/kernel";
import type { IdentityContext } from "../../context.js";
import { SecurityEventType } from "../security-event/security-event.entity.js";
import { securityEvents } from "../security-event/security-event.recorder.js";
import { User } from "../user/user.entity.js";
import { emailHash, type LoginAttempt } from "./throttle/login-throttle.js";

/** For an address without an account, its pseudonym: the event's only link to other attempts on it. */
function addressDetails(userId: string | null, attempt: LoginAttempt): Record<string, unknown> {
  return userId ? {} : { emailHash: emailHash(attempt.email) };
}

/**
 * The login throttle's guard, with its refusals recorded as LOGIN_THROTTLED for the account the
 * attempt named (looked up when the caller does not know it, the same for every address) before the
 * RATE_LIMITED error goes out.
 */
export async function guardLogin(ctx: IdentityContext, attempt: LoginAttempt, knownUserId?: string): Promise<void> {
  try {
    await ctx.services.loginThrottle.guard(attempt, ctx.logger);
  } catch (error) {
    if (!(error instanceof AppError && error.code === ErrorCode.RATE_LIMITED)) throw error;
    const userId = knownUserId ?? (await ctx.em.findOne(User, { email: attempt.email }))?.id ?? null;
    await securityEvents.recordNow(ctx, {
      type: SecurityEventType.LOGIN_THROTTLED,
      userId,
      details: { ...addressDetails(userId, attempt), retryAfter: error.extensions.retryAfter },
    });
    throw error;
  }
}

/**
 * Counts a failed credential (password or MFA code) in the login throttle and records it as a security
 * event, committed before the caller answers with its error.
 */
export async function recordFailedLogin(
  ctx: IdentityContext,
  attempt: LoginAttempt,
  userId: string | null,
  type: SecurityEventType = SecurityEventType.LOGIN_FAILED,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await ctx.services.loginThrottle.recordFailure(attempt, ctx.logger);
  await securityEvents.recordNow(ctx, { type, userId, details: { ...addressDetails(userId, attempt), ...extra } });
}
