import { OptimisticLockError } from "@mikro-orm/core";
import { errors, uuidv7, parseEmail } from "@plateau/kernel";
import { requireViewer, currentRequestClient } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import type { LoginPayload } from "../auth/auth.types.js";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "../auth/password-policy.js";
import { guardLogin, recordFailedLogin } from "../auth/login-attempts.js";
import { newSecretToken, secretTokenHash } from "../auth/secret-token.js";
import { emailHash } from "../auth/throttle/login-throttle.js";
import { mfaLoginService } from "../mfa/mfa-login.service.js";
import { SecurityEventType } from "../security-event/security-event.entity.js";
import { securityEvents } from "../security-event/security-event.recorder.js";
import { sessionService } from "../session/session.service.js";
import { User } from "../user/user.entity.js";
import { PasswordResetToken } from "./password-reset-token.entity.js";
import type { ChangePasswordPayload, RequestPasswordResetPayload } from "./password.types.js";
import type { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput } from "./password.inputs.js";

const invalidToken = () => errors.invalidField("input.token", "is invalid or has expired");

/** Password change (signed in) and reset (by a token sent to the account's address). */
export const passwordService = {
  /**
   * A wrong current password counts as a failed login in the login throttle (and is recorded as one):
   * otherwise a stolen access token would be an unthrottled oracle for guessing the password.
   */
  async changePassword(ctx: IdentityContext, input: ChangePasswordInput): Promise<ChangePasswordPayload> {
    const viewer = requireViewer(ctx);
    const session = await sessionService.requireActive(ctx, viewer);
    const user = await ctx.em.findOne(User, { id: viewer.userId });
    if (!user) throw errors.unauthenticated("Your account no longer exists");
    const attempt = { email: user.email, ip: currentRequestClient().ip };
    await guardLogin(ctx, attempt, user.id);
    if (!(await ctx.services.passwords.verify(user.passwordHash, input.currentPassword.slice(0, PASSWORD_MAX_LENGTH * 4)))) {
      await recordFailedLogin(ctx, attempt, user.id, SecurityEventType.LOGIN_FAILED, { operation: "changePassword" });
      throw errors.invalidField("input.currentPassword", "is not your current password");
    }
    await ctx.services.loginThrottle.recordSuccess(attempt, ctx.logger);
    const problem = passwordProblem(input.newPassword, user);
    if (problem) throw errors.invalidField("input.newPassword", problem);
    if (input.newPassword === input.currentPassword)
      throw errors.invalidField("input.newPassword", "must differ from your current password");
    user.passwordHash = await ctx.services.passwords.hash(input.newPassword);
    const revokedSessions = (await sessionService.revokeAll(ctx, user.id, session.id)).length;
    securityEvents.record(ctx, {
      type: SecurityEventType.PASSWORD_CHANGED,
      userId: user.id,
      sessionId: session.id,
      details: { revokedSessions },
    });
    await ctx.em.flush();
    ctx.logger.info("password changed", { event: "password.changed", userId: user.id, revokedSessions });
    return { user, revokedSessions };
  },

  /**
   * Throttled per address and client IP (RATE_LIMITED with `retryAfter`, counted alike for addresses
   * with and without an account). Otherwise answers the same whether or not the address has an
   * account, after the same queries: both paths
   * look the account and its pending tokens up, make a token and store a security event; only a real
   * account's token is stored (and its event sent to the outbox). The message is sent without waiting
   * for delivery, so its latency (or failure) reveals nothing either.
   */
  async requestReset(ctx: IdentityContext, input: RequestPasswordResetInput): Promise<RequestPasswordResetPayload> {
    const email = parseEmail(input.email);
    if (!email) throw errors.invalidField("input.email", "is not a valid email address");
    // Counted per address whether or not it has an account, before the account is looked up.
    const attempt = { email, ip: currentRequestClient().ip };
    await ctx.services.passwordResetThrottle.guard(attempt, ctx.logger);
    await ctx.services.passwordResetThrottle.recordFailure(attempt, ctx.logger);
    const user = await ctx.em.findOne(User, { email });
    const { token, hash: tokenHash } = newSecretToken();
    // A new request supersedes earlier ones: only the latest message works.
    const pending = await ctx.em.find(PasswordResetToken, { user: user?.id ?? uuidv7(), usedAt: null });
    securityEvents.record(ctx, {
      type: SecurityEventType.PASSWORD_RESET_REQUESTED,
      userId: user?.id ?? null,
      details: user ? {} : { emailHash: emailHash(email) },
    });
    if (!user) {
      await ctx.em.flush();
      return { accepted: true };
    }
    for (const earlier of pending) ctx.em.remove(earlier);
    const expiresAt = new Date(Date.now() + ctx.services.settings.PASSWORD_RESET_TTL_MS);
    ctx.em.create(PasswordResetToken, { user, tokenHash, expiresAt } as never);
    await ctx.em.flush();
    ctx.services.notifier.sendPasswordReset({ email: user.email, name: user.name, token, expiresAt }).catch((error: unknown) => {
      ctx.logger.error("password-reset message not delivered", { userId: user.id, error });
    });
    return { accepted: true };
  },

  /**
   * Spends the token, sets the password, ends every session (whoever had one) and opens a new one, or,
   * when the account has MFA, answers an MFA challenge: the address alone must not bypass the second factor.
   */
  async reset(ctx: IdentityContext, input: ResetPasswordInput): Promise<LoginPayload> {
    const row = await ctx.em.findOne(
      PasswordResetToken,
      { tokenHash: secretTokenHash(input.token.trim()), usedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ["user"] },
    );
    if (!row) throw invalidToken();
    const user = row.user.getEntity();
    const problem = passwordProblem(input.newPassword, user);
    if (problem) throw errors.invalidField("input.newPassword", problem);
    row.usedAt = new Date();
    user.passwordHash = await ctx.services.passwords.hash(input.newPassword);
    const revokedSessions = (await sessionService.revokeAll(ctx, user.id)).length;
    let payload: LoginPayload;
    try {
      payload = await mfaLoginService.start(ctx, user, undefined, (session) =>
        securityEvents.record(ctx, {
          type: SecurityEventType.PASSWORD_RESET,
          userId: user.id,
          sessionId: session?.id ?? null,
          details: { revokedSessions },
        }),
      );
    } catch (error) {
      // A concurrent reset spent the token first; its flush won, this one changed nothing.
      if (error instanceof OptimisticLockError) throw invalidToken();
      throw error;
    }
    // Proving control of the address lifts a lockout of the account (not of the address it came from),
    // unless the account has MFA: then only a right code does, or resets would reopen code guessing.
    if (!payload.mfaRequired) await ctx.services.loginThrottle.recordSuccess({ email: user.email, ip: null }, ctx.logger);
    ctx.logger.info("password reset", { event: "password.reset", userId: user.id, revokedSessions });
    return payload;
  },
};
