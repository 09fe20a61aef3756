import { OptimisticLockError } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import type { IdentityContext } from "../../context.js";
import { LoginPayload, type AuthPayload } from "../auth/auth.types.js";
import { newSecretToken, secretTokenHash } from "../auth/secret-token.js";
import { signIn } from "../auth/sign-in.js";
import { SecurityEventType } from "../security-event/security-event.entity.js";
import { securityEvents } from "../security-event/security-event.recorder.js";
import type { Session } from "../session/session.entity.js";
import type { User } from "../user/user.entity.js";
import { MfaChallenge } from "./mfa-challenge.entity.js";
import type { CompleteMfaLoginInput } from "./mfa.inputs.js";
import { activeFactor, checkSecondFactor } from "./second-factor.js";

/** Marks MFA challenges (`mfa_…`). */
export const MFA_CHALLENGE_PREFIX = "mfa_";

const invalidChallenge = () => errors.unauthenticated("Invalid or expired MFA challenge: log in again");
const invalidCode = () => errors.unauthenticated("Invalid MFA code");

/** Signing in once the first factor (password, reset token) is proven: directly, or through an MFA challenge. */
export const mfaLoginService = {
  /**
   * Signs `user` in when MFA is off; otherwise stores a challenge bound to the user and `requested`
   * and answers it instead of tokens. `record` adds what belongs to the same flush (security events);
   * it gets the new session, or null when a challenge was issued.
   */
  async start(
    ctx: IdentityContext,
    user: User,
    requested: string | undefined,
    record: (session: Session | null) => void,
  ): Promise<LoginPayload> {
    if (!(await activeFactor(ctx.em, user.id))) return LoginPayload.signedIn(await signIn(ctx, user, requested, record));
    // Spent and expired challenges of the user are of no further use.
    await ctx.em.nativeDelete(MfaChallenge, { user: user.id, $or: [{ usedAt: { $ne: null } }, { expiresAt: { $lte: new Date() } }] });
    const { token, hash } = newSecretToken(MFA_CHALLENGE_PREFIX);
    const expiresAt = new Date(Date.now() + ctx.services.settings.MFA_CHALLENGE_TTL_MS);
    ctx.em.create(MfaChallenge, { user, tokenHash: hash, requestedWorkspaceId: requested ?? null, expiresAt } as never);
    record(null);
    await ctx.em.flush();
    return LoginPayload.challenged(token, expiresAt);
  },

  /**
   * Redeems a challenge with a TOTP or recovery code and opens the session, scoped to the workspace
   * the login asked for. A wrong code leaves the challenge usable until it expires, throttled like a
   * wrong password.
   */
  async complete(ctx: IdentityContext, input: CompleteMfaLoginInput): Promise<AuthPayload> {
    const challenge = await ctx.em.findOne(
      MfaChallenge,
      { tokenHash: secretTokenHash(input.challenge.trim()), usedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ["user"] },
    );
    if (!challenge) throw invalidChallenge();
    const user = challenge.user.getEntity();
    const factor = await activeFactor(ctx.em, user.id);
    // MFA was turned off since the password was checked: log in again.
    if (!factor) throw invalidChallenge();
    const proven = await checkSecondFactor(ctx, user, factor, input.code, { purpose: "login", wrongCode: invalidCode, sessionId: null });
    challenge.usedAt = new Date();
    try {
      return await signIn(ctx, user, challenge.requestedWorkspaceId ?? undefined, (session) =>
        securityEvents.record(ctx, {
          type: SecurityEventType.LOGIN_SUCCEEDED,
          userId: user.id,
          sessionId: session.id,
          details: { mfa: proven.method },
        }),
      );
    } catch (error) {
      // The same challenge, code step or recovery code was redeemed by a concurrent request.
      if (error instanceof OptimisticLockError) throw invalidCode();
      throw error;
    }
  },
};
