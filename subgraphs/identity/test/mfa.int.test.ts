import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf, errorCodes, execute } from "@plateau/test-kit";
import {
  captureNotifier,
  LOGIN,
  loginResult,
  PASSWORD,
  rawSql,
  signUp,
  startIdentityWithWorkspaces,
  totpCode,
  type AuthResult,
  type LoginResult,
} from "./helpers.js";

type Setup = Awaited<ReturnType<typeof startIdentityWithWorkspaces>>;
let setup: Setup;
let url: string;
const notifier = captureNotifier();

beforeAll(async () => {
  // Behind a trusted proxy, so tests choose their client address and do not share throttle counts; a
  // long back-off, so a lockout outlasts a slow machine's next request.
  setup = await startIdentityWithWorkspaces({ settings: { TRUST_PROXY: "loopback", LOGIN_THROTTLE_BASE_DELAY_MS: "60000" }, notifier });
  url = setup.identity.url;
});
afterAll(() => setup?.close());

const ENROLL = `mutation { enrollMfa { secret otpauthUri } }`;
const CONFIRM = `mutation($i: ConfirmMfaInput!) { confirmMfa(input: $i) { recoveryCodes user { id mfaEnabled } } }`;
const DISABLE = `mutation($i: DisableMfaInput!) { disableMfa(input: $i) { user { id mfaEnabled } } }`;
const REGENERATE = `mutation($i: RegenerateRecoveryCodesInput!) { regenerateRecoveryCodes(input: $i) { recoveryCodes } }`;
const COMPLETE = `mutation($i: CompleteMfaLoginInput!) {
  completeMfaLogin(input: $i) { accessToken refreshToken sessionId workspaceId role user { id mfaEnabled } }
}`;
const EVENTS = `query($types: [SecurityEventType!]) {
  mySecurityEvents(filter: { type: { in: $types } }) { nodes { type sessionId details } }
}`;

let ipCounter = 0;
const freshIp = () => `198.18.0.${++ipCounter}`;

interface MfaUser {
  email: string;
  userId: string;
  workspaceId: string;
  /** A token of the sign-up's session (signed in before MFA was turned on). */
  token: string;
  secret: string;
  recoveryCodes: string[];
  /** The client address this user's requests come from. */
  ip: string;
}

const gql = <T>(query: string, options: { token?: string; variables?: Record<string, unknown>; ip?: string } = {}) =>
  execute<T>(url, query, {
    token: options.token,
    variables: options.variables,
    headers: options.ip ? { "x-forwarded-for": options.ip } : undefined,
  });
const lastStep = async (userId: string) =>
  (
    await rawSql<{ last_used_step: number | null }>(setup.identity, `select last_used_step from identity.mfa_factor where user_id = ?`, [
      userId,
    ])
  )[0]?.last_used_step ?? null;
const codeFor = async (user: MfaUser) => totpCode(user.secret, await lastStep(user.userId));
const loginAs = (user: MfaUser, workspaceId?: string) => loginResult(url, { email: user.email, workspaceId });
const complete = (challenge: string, code: string, ip: string) =>
  gql<{ completeMfaLogin: AuthResult & { user: { mfaEnabled: boolean } } }>(COMPLETE, { variables: { i: { challenge, code } }, ip });
const eventsOf = async (token: string, types: string[]) =>
  dataOf(
    await gql<{ mySecurityEvents: { nodes: { type: string; sessionId: string | null; details: Record<string, unknown> }[] } }>(EVENTS, {
      token,
      variables: { types },
    }),
  ).mySecurityEvents.nodes;

/** A user in a workspace with MFA enrolled and confirmed. */
async function mfaUser(): Promise<MfaUser> {
  const signed = await signUp(url);
  const workspaceId = uuidv7();
  setup.workspaces.grant(signed.user.id, workspaceId, "MEMBER");
  const ip = freshIp();
  const { secret } = dataOf(await gql<{ enrollMfa: { secret: string } }>(ENROLL, { token: signed.accessToken })).enrollMfa;
  const confirmed = await gql<{ confirmMfa: { recoveryCodes: string[] } }>(CONFIRM, {
    token: signed.accessToken,
    variables: { i: { code: await totpCode(secret) } },
    ip,
  });
  return {
    email: signed.user.email,
    userId: signed.user.id,
    workspaceId,
    token: signed.accessToken,
    secret,
    recoveryCodes: dataOf(confirmed).confirmMfa.recoveryCodes,
    ip,
  };
}

/** Logs in (password) and completes with `code`. */
async function signInWith(user: MfaUser, code: string, workspaceId?: string) {
  const challenged = await loginAs(user, workspaceId);
  return complete(challenged.mfaChallenge!, code, user.ip);
}

describe("enrolling MFA", () => {
  it("hands out a base32 secret and a QR-ready otpauth URI, and stores the secret only encrypted", async () => {
    const signed = await signUp(url);
    const { enrollMfa } = dataOf(await gql<{ enrollMfa: { secret: string; otpauthUri: string } }>(ENROLL, { token: signed.accessToken }));
    expect(enrollMfa.secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(enrollMfa.otpauthUri);
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe(`/Plateau:${signed.user.email}`);
    expect(uri.searchParams.get("secret")).toBe(enrollMfa.secret);
    expect(uri.searchParams.get("issuer")).toBe("Plateau");

    const [row] = await rawSql<{ sealed_secret: string; status: string }>(
      setup.identity,
      `select sealed_secret, status from identity.mfa_factor where user_id = ?`,
      [signed.user.id],
    );
    expect(row!.status).toBe("PENDING");
    expect(row!.sealed_secret).toMatch(/^v1\.[A-Za-z0-9_-]+\./);
    expect(row!.sealed_secret).not.toContain(enrollMfa.secret);
    expect(Buffer.from(row!.sealed_secret.split(".")[3]!, "base64url").toString("latin1")).not.toContain(enrollMfa.secret);

    // Pending is not enabled: login still answers tokens.
    const me = await gql<{ me: { mfaEnabled: boolean } }>(`{ me { mfaEnabled } }`, { token: signed.accessToken });
    expect(dataOf(me).me.mfaEnabled).toBe(false);
    expect((await loginResult(url, { email: signed.user.email })).mfaRequired).toBe(false);
  });

  it("activates only with a valid code from the latest secret, then hands out ten recovery codes once", async () => {
    const signed = await signUp(url);
    const first = dataOf(await gql<{ enrollMfa: { secret: string } }>(ENROLL, { token: signed.accessToken })).enrollMfa.secret;
    const second = dataOf(await gql<{ enrollMfa: { secret: string } }>(ENROLL, { token: signed.accessToken })).enrollMfa.secret;
    expect(second).not.toBe(first);
    const ip = freshIp();
    for (const code of [await totpCode(first), "000000"]) {
      const wrong = await gql(CONFIRM, { token: signed.accessToken, variables: { i: { code } }, ip });
      expect(wrong.errors![0]).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.code", message: "is not a valid code" }] },
      });
    }
    const confirmed = dataOf(
      await gql<{ confirmMfa: { recoveryCodes: string[]; user: { id: string; mfaEnabled: boolean } } }>(CONFIRM, {
        token: signed.accessToken,
        variables: { i: { code: await totpCode(second) } },
        ip,
      }),
    ).confirmMfa;
    expect(confirmed.user).toEqual({ id: signed.user.id, mfaEnabled: true });
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    for (const code of confirmed.recoveryCodes) expect(code).toMatch(/^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/);

    const stored = await rawSql<{ code_hash: string; salt: string }>(
      setup.identity,
      `select code_hash, salt from identity.recovery_code where user_id = ?`,
      [signed.user.id],
    );
    expect(stored).toHaveLength(10);
    const raw = JSON.stringify(stored);
    for (const code of confirmed.recoveryCodes) expect(raw).not.toContain(code.replace(/-/g, ""));

    const again = await gql(ENROLL, { token: signed.accessToken });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    const events = await eventsOf(signed.accessToken, ["MFA_ENABLED", "MFA_CHALLENGE_FAILED"]);
    expect(events.map((event) => event.type)).toEqual(["MFA_ENABLED", "MFA_CHALLENGE_FAILED", "MFA_CHALLENGE_FAILED"]);
    expect(events[0]).toMatchObject({ sessionId: signed.sessionId, details: { method: "totp" } });
  });

  it("needs a signed-in caller, an enrolment to confirm, and a six-digit code to confirm it", async () => {
    expect(errorCodes(await gql(ENROLL))).toEqual(["UNAUTHENTICATED"]);
    const signed = await signUp(url);
    expect(errorCodes(await gql(CONFIRM, { token: signed.accessToken, variables: { i: { code: "123456" } } }))).toEqual(["CONFLICT"]);
    await gql(ENROLL, { token: signed.accessToken });
    const recoveryShaped = await gql(CONFIRM, { token: signed.accessToken, variables: { i: { code: "abcd-efgh-jkmn-pqrs" } } });
    expect(recoveryShaped.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.code" }] } });
    expect(errorCodes(await gql(DISABLE, { token: signed.accessToken, variables: { i: { code: "123456" } } }))).toEqual(["CONFLICT"]);
  });
});

describe("logging in with MFA", () => {
  it("answers a challenge instead of tokens, and completeMfaLogin with a TOTP code opens the session in the requested workspace", async () => {
    const user = await mfaUser();
    const challenged = await loginAs(user, user.workspaceId);
    expect(challenged).toMatchObject({
      mfaRequired: true,
      accessToken: null,
      tokenType: null,
      refreshToken: null,
      sessionId: null,
      user: null,
      workspaceId: null,
    });
    expect(challenged.mfaChallenge).toMatch(/^mfa_[A-Za-z0-9_-]{43}$/);
    const ttl = new Date(challenged.mfaChallengeExpiresAt!).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(4 * 60_000);
    expect(ttl).toBeLessThanOrEqual(5 * 60_000);
    const stored = await rawSql(setup.identity, `select token_hash from identity.mfa_challenge where user_id = ?`, [user.userId]);
    expect(JSON.stringify(stored)).not.toContain(challenged.mfaChallenge!.slice(4));

    const done = dataOf(await complete(challenged.mfaChallenge!, await codeFor(user), user.ip)).completeMfaLogin;
    expect(done).toMatchObject({ workspaceId: user.workspaceId, role: "MEMBER", user: { id: user.userId, mfaEnabled: true } });
    expect(done.refreshToken).toMatch(/^prt_/);
    const me = await gql<{ me: { id: string } }>(`{ me { id } }`, { token: done.accessToken });
    expect(dataOf(me).me.id).toBe(user.userId);
    const [succeeded] = await eventsOf(done.accessToken, ["LOGIN_SUCCEEDED"]);
    expect(succeeded).toMatchObject({ sessionId: done.sessionId, details: { mfa: "totp" } });

    // Single use: the redeemed challenge opens nothing more.
    const reused = await complete(challenged.mfaChallenge!, user.recoveryCodes[0]!, user.ip);
    expect(reused.errors![0]).toMatchObject({
      message: "Invalid or expired MFA challenge: log in again",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("refuses a TOTP code used before within its window", async () => {
    const user = await mfaUser();
    const code = await codeFor(user);
    expect(dataOf(await signInWith(user, code)).completeMfaLogin.user).toEqual({ id: user.userId, mfaEnabled: true });
    const replayed = await signInWith(user, code);
    expect(replayed.errors![0]).toMatchObject({ message: "Invalid MFA code", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("accepts each recovery code once", async () => {
    const user = await mfaUser();
    const [recovery] = user.recoveryCodes;
    const done = dataOf(await signInWith(user, recovery!.toUpperCase())).completeMfaLogin;
    const events = await eventsOf(done.accessToken, ["RECOVERY_CODE_USED", "LOGIN_SUCCEEDED"]);
    // Both in the same flush: their order within one millisecond is not defined.
    expect(events).toHaveLength(2);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "LOGIN_SUCCEEDED", sessionId: done.sessionId, details: { mfa: "recovery_code" } }),
        expect.objectContaining({ type: "RECOVERY_CODE_USED", details: { purpose: "login", remainingRecoveryCodes: 9 } }),
      ]),
    );
    const again = await signInWith(user, recovery!);
    expect(again.errors![0]).toMatchObject({ message: "Invalid MFA code", extensions: { code: "UNAUTHENTICATED" } });
    expect(dataOf(await signInWith(user, user.recoveryCodes[1]!)).completeMfaLogin.user.id).toBe(user.userId);
  });

  it("records wrong codes and throttles them like wrong passwords, the right code included once locked", async () => {
    const user = await mfaUser();
    const challenged = await loginAs(user);
    for (let i = 0; i < 5; i++) {
      const wrong = await complete(challenged.mfaChallenge!, String(100_000 + i), user.ip);
      expect(wrong.errors![0]).toMatchObject({ message: "Invalid MFA code", extensions: { code: "UNAUTHENTICATED" } });
    }
    const locked = await complete(challenged.mfaChallenge!, await codeFor(user), user.ip);
    expect(locked.errors![0]).toMatchObject({ extensions: { code: "RATE_LIMITED", retryAfter: expect.any(Number) } });
    // Knowing the password does not reset the count that stops codes being guessed.
    const password = await gql(LOGIN, { variables: { i: { email: user.email, password: PASSWORD } }, ip: freshIp() });
    expect(errorCodes(password)).toEqual(["RATE_LIMITED"]);
    const failures = await eventsOf(user.token, ["MFA_CHALLENGE_FAILED"]);
    expect(failures).toHaveLength(5);
    expect(failures[0]).toMatchObject({ details: { purpose: "login" } });
  });

  it("refuses an expired challenge and a made-up one", async () => {
    const user = await mfaUser();
    const challenged = await loginAs(user);
    await rawSql(setup.identity, `update identity.mfa_challenge set expires_at = now() - interval '1 second' where user_id = ?`, [
      user.userId,
    ]);
    for (const challenge of [challenged.mfaChallenge!, `mfa_${"A".repeat(43)}`]) {
      const result = await complete(challenge, await codeFor(user), user.ip);
      expect(result.errors![0]).toMatchObject({ message: "Invalid or expired MFA challenge: log in again" });
    }
  });

  it("refuses a workspace the user is not in only once the code is right, spending nothing", async () => {
    const user = await mfaUser();
    const stranger = await loginAs(user, uuidv7());
    const code = await codeFor(user);
    expect(errorCodes(await complete(stranger.mfaChallenge!, code, user.ip))).toEqual(["FORBIDDEN"]);
    // Nothing was spent: the same code still opens a session through another challenge.
    expect(dataOf(await signInWith(user, code)).completeMfaLogin.user.id).toBe(user.userId);
  });

  it("also guards a password reset: the reset answers a challenge, not tokens", async () => {
    const user = await mfaUser();
    await gql(`mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) { accepted } }`, {
      variables: { i: { email: user.email } },
      ip: user.ip,
    });
    const { token } = notifier.resets.filter((notice) => notice.email === user.email).at(-1)!;
    const reset = dataOf(
      await gql<{ resetPassword: LoginResult }>(
        `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { mfaRequired mfaChallenge accessToken refreshToken } }`,
        { variables: { i: { token, newPassword: "a new passphrase after reset" } } },
      ),
    ).resetPassword;
    expect(reset).toMatchObject({ mfaRequired: true, accessToken: null, refreshToken: null });
    const done = dataOf(await complete(reset.mfaChallenge!, await codeFor(user), user.ip)).completeMfaLogin;
    const events = await eventsOf(done.accessToken, ["PASSWORD_RESET"]);
    expect(events).toMatchObject([{ sessionId: null, details: { revokedSessions: 1 } }]);
  });
});

describe("managing MFA", () => {
  it("disables with a recovery code (not a wrong one): secret and codes deleted, login answers tokens again", async () => {
    const user = await mfaUser();
    const wrong = await gql(DISABLE, { token: user.token, variables: { i: { code: "0000-0000-0000-0000" } }, ip: user.ip });
    expect(wrong.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.code" }] } });
    const disabled = await gql<{ disableMfa: { user: { id: string; mfaEnabled: boolean } } }>(DISABLE, {
      token: user.token,
      variables: { i: { code: user.recoveryCodes[3] } },
      ip: user.ip,
    });
    expect(dataOf(disabled).disableMfa.user).toEqual({ id: user.userId, mfaEnabled: false });
    const left = await rawSql<{ n: number }>(
      setup.identity,
      `select (select count(*) from identity.mfa_factor where user_id = ?)::int + (select count(*) from identity.recovery_code where user_id = ?)::int as n`,
      [user.userId, user.userId],
    );
    expect(left).toEqual([{ n: 0 }]);
    const plain = await loginAs(user);
    expect(plain).toMatchObject({ mfaRequired: false, mfaChallenge: null });
    expect(plain.accessToken).toBeTruthy();
    const [event] = await eventsOf(user.token, ["MFA_DISABLED"]);
    expect(event).toMatchObject({ details: { method: "recovery_code" } });
  });

  it("disables with a TOTP code", async () => {
    const user = await mfaUser();
    const disabled = await gql<{ disableMfa: { user: { mfaEnabled: boolean } } }>(DISABLE, {
      token: user.token,
      variables: { i: { code: await codeFor(user) } },
      ip: user.ip,
    });
    expect(dataOf(disabled).disableMfa.user.mfaEnabled).toBe(false);
  });

  it("regenerates recovery codes: the old ones stop working, the new ones work", async () => {
    const user = await mfaUser();
    const fresh = dataOf(
      await gql<{ regenerateRecoveryCodes: { recoveryCodes: string[] } }>(REGENERATE, {
        token: user.token,
        variables: { i: { code: await codeFor(user) } },
        ip: user.ip,
      }),
    ).regenerateRecoveryCodes.recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((code) => user.recoveryCodes.includes(code))).toEqual([]);
    expect(errorCodes(await signInWith(user, user.recoveryCodes[0]!))).toEqual(["UNAUTHENTICATED"]);
    expect(dataOf(await signInWith(user, fresh[0]!)).completeMfaLogin.user.id).toBe(user.userId);
    const wrong = await gql(REGENERATE, { token: user.token, variables: { i: { code: "999999" } }, ip: user.ip });
    expect(errorCodes(wrong)).toEqual(["BAD_USER_INPUT"]);
  });

  it("shows mfaEnabled to the user themself only", async () => {
    const user = await mfaUser();
    const colleague = await signUp(url);
    setup.workspaces.grant(colleague.user.id, user.workspaceId, "ADMIN");
    const colleagueToken = (await loginResult(url, { email: colleague.user.email, workspaceId: user.workspaceId })).accessToken!;
    const query = `query($id: ID!) { user(id: $id) { id name mfaEnabled } }`;
    const seen = await gql<{ user: { id: string; mfaEnabled: boolean | null } | null }>(query, {
      token: colleagueToken,
      variables: { id: user.userId },
    });
    expect(errorCodes(seen)).toEqual(["FORBIDDEN"]);
    const own = await gql<{ me: { mfaEnabled: boolean } }>(`{ me { mfaEnabled } }`, { token: user.token });
    expect(dataOf(own).me.mfaEnabled).toBe(true);
  });
});
