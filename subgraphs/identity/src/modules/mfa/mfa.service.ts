import { errors } from "@plateau/kernel";
import { requireViewer } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import { SecurityEventType } from "../security-event/security-event.entity.js";
import { securityEvents } from "../security-event/security-event.recorder.js";
import type { Session } from "../session/session.entity.js";
import { sessionService } from "../session/session.service.js";
import { User } from "../user/user.entity.js";
import { MfaFactor, MfaFactorStatus, totpSecretContext } from "./mfa-factor.entity.js";
import type { ConfirmMfaPayload, DisableMfaPayload, EnrollMfaPayload, RegenerateRecoveryCodesPayload } from "./mfa.types.js";
import type { ConfirmMfaInput, DisableMfaInput, RegenerateRecoveryCodesInput } from "./mfa.inputs.js";
import { RecoveryCode } from "./recovery-code.entity.js";
import { hashRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes.js";
import { checkSecondFactor, type CodePurpose } from "./second-factor.js";
import { totp } from "./totp.js";

const invalidCode = () => errors.invalidField("input.code", "is not a valid code");
const notEnabled = () => errors.conflict("MFA is not enabled on your account");

/**
 * Managing one's own TOTP factor and recovery codes. Every change needs the caller's session to be
 * active; every code is checked with the login throttle. A wrong code is BAD_USER_INPUT (the caller is
 * signed in: UNAUTHENTICATED would read as "your token is bad").
 */
export const mfaService = {
  /** A new pending secret (replacing a pending one); CONFLICT while MFA is on. */
  async enroll(ctx: IdentityContext): Promise<EnrollMfaPayload> {
    const { user } = await signedIn(ctx);
    const existing = await ctx.em.findOne(MfaFactor, { user: user.id });
    if (existing?.status === MfaFactorStatus.ACTIVE)
      throw errors.conflict("MFA is already enabled: disable it before enrolling another authenticator");
    const secret = totp.newSecret();
    const sealedSecret = ctx.services.secrets.seal(secret, totpSecretContext(user.id));
    if (existing) Object.assign(existing, { sealedSecret, lastUsedStep: null, createdAt: new Date() });
    else ctx.em.create(MfaFactor, { user, sealedSecret } as never);
    await ctx.em.flush();
    return { secret, otpauthUri: totp.uri(secret, user.email) };
  },

  /** Activates the pending factor with a code from it, and hands out the first recovery codes. */
  async confirm(ctx: IdentityContext, input: ConfirmMfaInput): Promise<ConfirmMfaPayload> {
    const { user, session } = await signedIn(ctx);
    const factor = await ctx.em.findOne(MfaFactor, { user: user.id });
    if (!factor) throw errors.conflict("There is no authenticator to confirm: call enrollMfa first");
    if (factor.status === MfaFactorStatus.ACTIVE) throw errors.conflict("MFA is already enabled");
    // Only a TOTP code proves the new authenticator; recovery codes come with the confirmation.
    if (!totp.looksLikeCode(input.code)) throw errors.invalidField("input.code", "must be the six-digit code from your authenticator app");
    await checkCode(ctx, user, factor, input.code, "confirm", session);
    factor.status = MfaFactorStatus.ACTIVE;
    factor.confirmedAt = new Date();
    const recoveryCodes = await replaceRecoveryCodes(ctx, user);
    securityEvents.record(ctx, {
      type: SecurityEventType.MFA_ENABLED,
      userId: user.id,
      sessionId: session.id,
      details: { method: "totp" },
    });
    await ctx.em.flush();
    return { user, recoveryCodes };
  },

  /** Turns MFA off with a TOTP or recovery code: the secret and the recovery codes are deleted. */
  async disable(ctx: IdentityContext, input: DisableMfaInput): Promise<DisableMfaPayload> {
    const { user, session } = await signedIn(ctx);
    const factor = await requireActiveFactor(ctx, user);
    const proven = await checkCode(ctx, user, factor, input.code, "disable", session);
    ctx.em.remove(factor);
    for (const code of await ctx.em.find(RecoveryCode, { user: user.id })) ctx.em.remove(code);
    securityEvents.record(ctx, {
      type: SecurityEventType.MFA_DISABLED,
      userId: user.id,
      sessionId: session.id,
      details: { method: proven.method },
    });
    await ctx.em.flush();
    return { user };
  },

  /** Replaces every recovery code (used or not) with ten new ones, after a TOTP or recovery code. */
  async regenerateRecoveryCodes(ctx: IdentityContext, input: RegenerateRecoveryCodesInput): Promise<RegenerateRecoveryCodesPayload> {
    const { user, session } = await signedIn(ctx);
    const factor = await requireActiveFactor(ctx, user);
    await checkCode(ctx, user, factor, input.code, "regenerate", session);
    const recoveryCodes = await replaceRecoveryCodes(ctx, user);
    await ctx.em.flush();
    return { recoveryCodes };
  },
};

/** The caller and their session, which must be active. */
async function signedIn(ctx: IdentityContext): Promise<{ user: User; session: Session }> {
  const viewer = requireViewer(ctx);
  const session = await sessionService.requireActive(ctx, viewer);
  const user = await ctx.em.findOne(User, { id: viewer.userId });
  if (!user) throw errors.unauthenticated("Your account no longer exists");
  return { user, session };
}

async function requireActiveFactor(ctx: IdentityContext, user: User): Promise<MfaFactor> {
  const factor = await ctx.em.findOne(MfaFactor, { user: user.id, status: MfaFactorStatus.ACTIVE });
  if (!factor) throw notEnabled();
  return factor;
}

function checkCode(ctx: IdentityContext, user: User, factor: MfaFactor, code: string, purpose: CodePurpose, session: Session) {
  return checkSecondFactor(ctx, user, factor, code, { purpose, wrongCode: invalidCode, sessionId: session.id });
}

/** Deletes the user's recovery codes and stores ten new ones; returns them in the clear, the only time. */
async function replaceRecoveryCodes(ctx: IdentityContext, user: User): Promise<string[]> {
  for (const old of await ctx.em.find(RecoveryCode, { user: user.id })) ctx.em.remove(old);
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  for (const code of codes) ctx.em.create(RecoveryCode, { user, ...hashRecoveryCode(code) } as never);
  return codes;
}
