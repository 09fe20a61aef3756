import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import { errors, normaliseEmail, parseEmail } from "@plateau/kernel";
import { check, parseId, requireViewer, currentRequestClient } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import { mfaLoginService } from "../mfa/mfa-login.service.js";
import { SecurityEventType } from "../security-event/security-event.entity.js";
import { securityEvents } from "../security-event/security-event.recorder.js";
import { refreshTokens } from "../session/refresh-tokens.js";
import { sessionService } from "../session/session.service.js";
import { User } from "../user/user.entity.js";
import type { AuthPayload, LoginPayload } from "./auth.types.js";
import type { LoginInput, SignUpInput, SwitchWorkspaceInput } from "./auth.inputs.js";
import { guardLogin, recordFailedLogin } from "./login-attempts.js";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "./password-policy.js";
import { issueTokens, workspaceFor } from "./sign-in.js";

/** One message for every failed login, whatever failed: nobody learns which emails have accounts. */
const INVALID_CREDENTIALS = "Invalid email or password";

/**
 * Sign-up with an address that already has an account must not confirm that it does (account
 * enumeration): a CONFLICT would. So it fails like this, with no field named, after the same work
 * (hashing) a successful sign-up does. Fully silent sign-up needs email verification, a later issue.
 */
const signUpRefused = () => errors.badInput("Could not sign up with these details");

/** Sign-up, login and workspace switching: each ends in new tokens. */
export const authService = {
  async signUp(ctx: IdentityContext, input: SignUpInput): Promise<AuthPayload> {
    const email = parseEmail(input.email);
    if (!email) throw errors.invalidField("input.email", "is not a valid email address");
    const name = check.text("input.name", input.name, 200);
    const problem = passwordProblem(input.password, { email, name });
    if (problem) throw errors.invalidField("input.password", problem);
    const passwordHash = await ctx.services.passwords.hash(input.password);
    if (await ctx.em.count(User, { email })) throw signUpRefused();
    const user = ctx.em.create(User, { email, name, passwordHash } as never);
    const session = sessionService.open(ctx, user);
    try {
      return await issueTokens(ctx, user, session, undefined, 1);
    } catch (error) {
      // Another sign-up with this address won the race.
      if (error instanceof UniqueConstraintViolationException) throw signUpRefused();
      throw error;
    }
  },

  /** Tokens, or an MFA challenge when the account has MFA (LoginPayload). */
  async login(ctx: IdentityContext, input: LoginInput): Promise<LoginPayload> {
    const requested = input.workspaceId ? parseId(input.workspaceId, "input.workspaceId") : undefined;
    const attempt = { email: normaliseEmail(input.email), ip: currentRequestClient().ip };
    // Before the account is looked up, so a refusal is the same whether or not the email has one.
    await guardLogin(ctx, attempt);
    const user = await ctx.em.findOne(User, { email: attempt.email });
    // Unknown accounts are checked against a dummy hash, so both failures take the same time, and both
    // store a security event (only a known account's also goes to the outbox).
    const valid = await ctx.services.passwords.verify(user?.passwordHash, input.password.slice(0, PASSWORD_MAX_LENGTH * 4));
    if (!user || !valid) {
      await recordFailedLogin(ctx, attempt, user?.id ?? null);
      throw errors.unauthenticated(INVALID_CREDENTIALS);
    }
    if (ctx.services.passwords.needsRehash(user.passwordHash)) user.passwordHash = await ctx.services.passwords.hash(input.password);
    const payload = await mfaLoginService.start(ctx, user, requested, (session) => {
      if (session) securityEvents.record(ctx, { type: SecurityEventType.LOGIN_SUCCEEDED, userId: user.id, sessionId: session.id });
    });
    // With MFA, failures are forgiven only once the code is right: a known password must not reset the
    // count that stops codes being guessed.
    if (!payload.mfaRequired) await ctx.services.loginThrottle.recordSuccess(attempt, ctx.logger);
    return payload;
  },

  async switchWorkspace(ctx: IdentityContext, input: SwitchWorkspaceInput): Promise<AuthPayload> {
    const viewer = requireViewer(ctx);
    const workspaceId = parseId(input.workspaceId, "input.workspaceId");
    const session = await sessionService.requireActive(ctx, viewer);
    const user = await ctx.loaders.user.load(viewer.userId);
    if (!user) throw errors.unauthenticated("Your account no longer exists");
    const membership = await workspaceFor(ctx, user.id, workspaceId);
    // The session's refresh token is replaced too: its next refresh must land in this workspace.
    const generation = await refreshTokens.spendLatest(ctx, session);
    try {
      return await issueTokens(ctx, user, session, membership, generation);
    } catch (error) {
      if (error instanceof OptimisticLockError) throw errors.conflict("Your session was refreshed at the same time: try again");
      throw error;
    }
  },
};
