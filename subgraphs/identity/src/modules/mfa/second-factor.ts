import { currentRequestClient } from "@plateau/subgraph-kit";
import type { EntityManager } from "@mikro-orm/core";
import type { AppError } from "@plateau/kernel";
import type { IdentityContext } from "../../context.js";
import { guardLogin, recordFailedLogin } from "../auth/login-attempts.js";
import { SecurityEventType } from "../security-event/security-event.entity.js";
import { securityEvents } from "../security-event/security-event.recorder.js";
import type { User } from "../user/user.entity.js";
import { MfaFactor, MfaFactorStatus, totpSecretContext } from "./mfa-factor.entity.js";
import { RecoveryCode } from "./recovery-code.entity.js";
import { recoveryCodeMatches } from "./recovery-codes.js";
import { totp } from "./totp.js";

/** How a second factor was proven. */
export type SecondFactor = { method: "totp" } | { method: "recovery_code"; remainingRecoveryCodes: number };

/** What a code was checked for, recorded with failures. */
export type CodePurpose = "login" | "confirm" | "disable" | "regenerate";

/** The user's active TOTP factor, or null when MFA is off. */
export function activeFactor(em: EntityManager, userId: string): Promise<MfaFactor | null> {
  return em.findOne(MfaFactor, { user: userId, status: MfaFactorStatus.ACTIVE });
}

/** The factor's TOTP secret in the clear, re-sealed under the active key when an older key sealed it. */
export function openTotpSecret(ctx: IdentityContext, factor: MfaFactor): string {
  const context = totpSecretContext(factor.user.id);
  const secret = ctx.services.secrets.open(factor.sealedSecret, context);
  if (ctx.services.secrets.needsReseal(factor.sealedSecret)) factor.sealedSecret = ctx.services.secrets.seal(secret, context);
  return secret;
}

/**
 * Checks `code` against an active factor: a TOTP code (± one step, of a later step than the last one
 * accepted) or an unused recovery code. On success the factor's last step, or the recovery code's
 * use, is left in the unit of work for the caller's flush; null when the code matches nothing.
 */
async function verifySecondFactor(ctx: IdentityContext, factor: MfaFactor, code: string): Promise<SecondFactor | null> {
  if (totp.looksLikeCode(code)) {
    const step = await totp.match(openTotpSecret(ctx, factor), code, factor.lastUsedStep);
    if (step === null) return null;
    factor.lastUsedStep = step;
    return { method: "totp" };
  }
  const unused = await ctx.em.find(RecoveryCode, { user: factor.user.id, usedAt: null });
  const match = unused.find((stored) => recoveryCodeMatches(code, stored));
  if (!match) return null;
  match.usedAt = new Date();
  return { method: "recovery_code", remainingRecoveryCodes: unused.length - 1 };
}

/**
 * A second-factor check as every MFA operation makes it: throttled with the login throttle (wrong codes
 * count as failed logins, so codes cannot be brute-forced with a password or a stolen access token),
 * a wrong code recorded as MFA_CHALLENGE_FAILED before `wrongCode()` is thrown, a spent recovery code
 * recorded as RECOVERY_CODE_USED (with the caller's flush) under `sessionId`.
 */
export async function checkSecondFactor(
  ctx: IdentityContext,
  user: User,
  factor: MfaFactor,
  code: string,
  options: { purpose: CodePurpose; wrongCode: () => AppError; sessionId: string | null },
): Promise<SecondFactor> {
  const attempt = { email: user.email, ip: currentRequestClient().ip };
  await guardLogin(ctx, attempt, user.id);
  const proven = await verifySecondFactor(ctx, factor, code);
  if (!proven) {
    await recordFailedLogin(ctx, attempt, user.id, SecurityEventType.MFA_CHALLENGE_FAILED, { purpose: options.purpose });
    throw options.wrongCode();
  }
  await ctx.services.loginThrottle.recordSuccess(attempt, ctx.logger);
  if (proven.method === "recovery_code") {
    securityEvents.record(ctx, {
      type: SecurityEventType.RECOVERY_CODE_USED,
      userId: user.id,
      sessionId: options.sessionId,
      details: { purpose: options.purpose, remainingRecoveryCodes: proven.remainingRecoveryCodes },
    });
  }
  return proven;
}
