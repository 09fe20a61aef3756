import { createHash, randomBytes } from "node:crypto";
import { OptimisticLockError } from "@mikro-orm/core";
import { errors, uuidv7 } from "@plateau/kernel";
import { requireViewer } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import { signIn } from "../auth/auth.service.js";
import type { AuthPayload } from "../auth/auth.types.js";
import { parseEmail } from "../auth/email.js";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "../auth/password-policy.js";
import { currentClientInfo } from "../session/client-info.js";
import { sessionService } from "../session/session.service.js";
import { User } from "../user/user.entity.js";
import { PasswordResetToken } from "./password-reset-token.entity.js";
import type {
  ChangePasswordInput,
  ChangePasswordPayload,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResetPasswordInput,
} from "./password.types.js";

/** Random bytes in a reset token: 256 bits, beyond guessing. */
const RESET_TOKEN_BYTES = 32;

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const invalidToken = () => errors.invalidField("input.token", "is invalid or has expired");

/** Password change (signed in) and reset (by a token sent to the account's address). */
export const passwordService = {
  /**
   * A wrong current password counts as a failed login in the login throttle: otherwise a stolen access
   * token would be an unthrottled oracle for guessing the password.
   */
  async changePassword(ctx: IdentityContext, input: ChangePasswordInput): Promise<ChangePasswordPayload> {
    const viewer = requireViewer(ctx);
    const session = await sessionService.requireActive(ctx, viewer);
    const user = await ctx.em.findOne(User, { id: viewer.userId });
    if (!user) throw errors.unauthenticated("Your account no longer exists");
    const attempt = { email: user.email, ip: currentClientInfo().ip };
    await ctx.services.loginThrottle.guard(attempt, ctx.logger);
    if (!(await ctx.services.passwords.verify(user.passwordHash, input.currentPassword.slice(0, PASSWORD_MAX_LENGTH * 4)))) {
      await ctx.services.loginThrottle.recordFailure(attempt, ctx.logger);
      throw errors.invalidField("input.currentPassword", "is not your current password");
    }
    await ctx.services.loginThrottle.recordSuccess(attempt, ctx.logger);
    const problem = passwordProblem(input.newPassword, user);
    if (problem) throw errors.invalidField("input.newPassword", problem);
    if (input.newPassword === input.currentPassword)
      throw errors.invalidField("input.newPassword", "must differ from your current password");
    user.passwordHash = await ctx.services.passwords.hash(input.newPassword);
    const revokedSessions = await sessionService.revokeAll(ctx, user.id, session.id);
    await ctx.em.flush();
    ctx.logger.info("password changed", { event: "password.changed", userId: user.id, revokedSessions });
    return { user, revokedSessions };
  },

  /**
   * Answers the same whether or not the address has an account, after the same queries: both paths
   * look the account and its pending tokens up and make a token; only a real account's is stored. The
   * message is sent without waiting for delivery, so its latency (or failure) reveals nothing either.
   */
  async requestReset(ctx: IdentityContext, input: RequestPasswordResetInput): Promise<RequestPasswordResetPayload> {
    const email = parseEmail(input.email);
    if (!email) throw errors.invalidField("input.email", "is not a valid email address");
    const user = await ctx.em.findOne(User, { email });
    const token = randomBytes(RESET_TOKEN_BYTES).toString("base64url");
    const tokenHash = sha256(token);
    // A new request supersedes earlier ones: only the latest message works.
    const pending = await ctx.em.find(PasswordResetToken, { user: user?.id ?? uuidv7(), usedAt: null });
    if (!user) return { accepted: true };
    for (const earlier of pending) ctx.em.remove(earlier);
    const expiresAt = new Date(Date.now() + ctx.services.settings.PASSWORD_RESET_TTL_MS);
    ctx.em.create(PasswordResetToken, { user, tokenHash, expiresAt } as never);
    await ctx.em.flush();
    ctx.services.notifier.sendPasswordReset({ email: user.email, name: user.name, token, expiresAt }).catch((error: unknown) => {
      ctx.logger.error("password-reset message not delivered", { userId: user.id, error });
    });
    return { accepted: true };
  },

  /** Spends the token, sets the password, ends every session (whoever had one) and opens a new one. */
  async reset(ctx: IdentityContext, input: ResetPasswordInput): Promise<AuthPayload> {
    const row = await ctx.em.findOne(
      PasswordResetToken,
      { tokenHash: sha256(input.token.trim()), usedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ["user"] },
    );
    if (!row) throw invalidToken();
    const user = row.user.getEntity();
    const problem = passwordProblem(input.newPassword, user);
    if (problem) throw errors.invalidField("input.newPassword", problem);
    row.usedAt = new Date();
    user.passwordHash = await ctx.services.passwords.hash(input.newPassword);
    const revokedSessions = await sessionService.revokeAll(ctx, user.id);
    let payload: AuthPayload;
    try {
      payload = await signIn(ctx, user);
    } catch (error) {
      // A concurrent reset spent the token first; its flush won, this one changed nothing.
      if (error instanceof OptimisticLockError) throw invalidToken();
      throw error;
    }
    // Proving control of the address lifts a lockout of the account (not of the address it came from).
    await ctx.services.loginThrottle.recordSuccess({ email: user.email, ip: null }, ctx.logger);
    ctx.logger.info("password reset", { event: "password.reset", userId: user.id, revokedSessions });
    return payload;
  },
};
