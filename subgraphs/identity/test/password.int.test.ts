import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7, WorkspaceRole } from "@plateau/kernel";
import { dataOf, errorCodes, execute } from "@plateau/test-kit";
import {
  captureNotifier,
  LOGIN,
  login,
  PASSWORD,
  signUp,
  startFakeWorkspaces,
  startIdentity,
  SWITCH,
  tempDataDir,
  uniqueEmail,
  type AuthResult,
  type FakeWorkspaces,
  type TestIdentity,
} from "./helpers.js";

const NEW_PASSWORD = "a brand new passphrase for plateau";
const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { revokedSessions user { id email } } }`;
const REQUEST = `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) { accepted } }`;
const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { accessToken user { id email } } }`;

let identity: TestIdentity;
let workspaces: FakeWorkspaces;
let dataDir: { dir: string; remove: () => Promise<void> };
const notifier = captureNotifier();

beforeAll(async () => {
  dataDir = await tempDataDir();
  workspaces = await startFakeWorkspaces();
  identity = await startIdentity({ dataDir: dataDir.dir, settings: { WORKSPACES_URL: workspaces.url }, notifier });
});
afterAll(async () => {
  await identity?.close();
  await workspaces?.close();
  await dataDir?.remove();
});

const loginResult = (email: string, password: string) => execute(identity.url, LOGIN, { variables: { i: { email, password } } });
/** The email of the user a login with `password` signs in (failing the test with the errors when it is refused). */
const signedInEmail = async (email: string, password: string) =>
  dataOf(await execute<{ login: { user: { email: string } } }>(identity.url, LOGIN, { variables: { i: { email, password } } })).login.user
    .email;
const change = (token: string, currentPassword: string, newPassword: string) =>
  execute<{ changePassword: { revokedSessions: number; user: { id: string } } }>(identity.url, CHANGE, {
    token,
    variables: { i: { currentPassword, newPassword } },
  });
const requestReset = async (email: string) =>
  dataOf(await execute<{ requestPasswordReset: { accepted: boolean } }>(identity.url, REQUEST, { variables: { i: { email } } }))
    .requestPasswordReset;
const reset = (token: string, newPassword = NEW_PASSWORD) =>
  execute<{ resetPassword: { accessToken: string; user: { id: string; email: string } } }>(identity.url, RESET, {
    variables: { i: { token, newPassword } },
  });
/** Whether a session can still be used: switching workspace requires it to be active. */
async function sessionWorks(auth: AuthResult): Promise<boolean> {
  const result = await execute(identity.url, SWITCH, { token: auth.accessToken, variables: { i: { workspaceId: workspaceOf(auth) } } });
  if (result.errors) expect(errorCodes(result)).toEqual(["UNAUTHENTICATED"]);
  return !result.errors;
}
const workspaceByUser = new Map<string, string>();
const workspaceOf = (auth: AuthResult) => workspaceByUser.get(auth.user.id)!;

/** A user with a workspace and three sessions (sign-up plus two logins). */
async function userWithSessions() {
  const email = uniqueEmail("pw");
  const first = await signUp(identity.url, { email, name: "Pat Word" });
  const workspaceId = uuidv7();
  workspaces.grant(first.user.id, workspaceId, WorkspaceRole.MEMBER);
  workspaceByUser.set(first.user.id, workspaceId);
  return { email, sessions: [first, await login(identity.url, { email }), await login(identity.url, { email })] };
}

const lastNoticeFor = (email: string) => notifier.resets.filter((n) => n.email === email).at(-1);

describe("changePassword", () => {
  it("changes the password, revokes the other sessions and keeps the current one", async () => {
    const { email, sessions } = await userWithSessions();
    const [old1, current, old2] = sessions as [AuthResult, AuthResult, AuthResult];
    const result = dataOf(await change(current.accessToken, PASSWORD, NEW_PASSWORD)).changePassword;
    expect(result).toEqual({ revokedSessions: 2, user: { id: current.user.id, email } });
    expect(await sessionWorks(current)).toBe(true);
    expect(await sessionWorks(old1)).toBe(false);
    expect(await sessionWorks(old2)).toBe(false);
    expect(errorCodes(await loginResult(email, PASSWORD))).toEqual(["UNAUTHENTICATED"]);
    expect(await signedInEmail(email, NEW_PASSWORD)).toBe(email);
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const { email, sessions } = await userWithSessions();
    const result = await change(sessions[0]!.accessToken, "not the password at all", NEW_PASSWORD);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0]).toMatchObject({
      extensions: { fields: [{ field: "input.currentPassword", message: "is not your current password" }] },
    });
    expect(await signedInEmail(email, PASSWORD)).toBe(email);
    expect(await sessionWorks(sessions[1]!)).toBe(true);
  });

  it("counts wrong current passwords as failed logins, so guessing is throttled", async () => {
    const { sessions } = await userWithSessions();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(...errorCodes(await change(sessions[0]!.accessToken, `wrong guess ${i} xxxxxxxx`, NEW_PASSWORD)));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill("BAD_USER_INPUT"));
    expect(codes[5]).toBe("RATE_LIMITED");
  });

  it("applies the password policy to the new password and requires a different one", async () => {
    const { sessions } = await userWithSessions();
    for (const [newPassword, message] of [
      ["short", "must be at least 12 characters long"],
      [PASSWORD, "must differ from your current password"],
    ] as const) {
      const result = await change(sessions[0]!.accessToken, PASSWORD, newPassword);
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors![0]).toMatchObject({ extensions: { fields: [{ field: "input.newPassword", message }] } });
    }
    expect(await sessionWorks(sessions[1]!)).toBe(true);
  });

  it("needs a signed-in caller", async () => {
    const result = await execute(identity.url, CHANGE, { variables: { i: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } } });
    expect(errorCodes(result)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("password reset", () => {
  it("accepts requests for unknown and known addresses alike and notifies only a known one", async () => {
    const { email } = await userWithSessions();
    const before = notifier.resets.length;
    const unknown = uniqueEmail("nobody");
    expect(await requestReset(unknown)).toEqual({ accepted: true });
    expect(notifier.resets).toHaveLength(before);
    expect(await requestReset(email.toUpperCase())).toEqual({ accepted: true });
    expect(notifier.resets).toHaveLength(before + 1);
    const notice = lastNoticeFor(email)!;
    expect(notice).toMatchObject({ email, name: "Pat Word" });
    expect(notice.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(notice.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(notice.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    const stored = (await identity.app.database.orm.em
      .fork()
      .getConnection()
      .execute(`select token_hash from identity.password_reset_token t join identity."user" u on u.id = t.user_id where u.email = ?`, [
        email,
      ])) as { token_hash: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(notice.token);
  });

  it("resets once with the token: new password works, old does not, every earlier session is revoked", async () => {
    const { email, sessions } = await userWithSessions();
    await requestReset(email);
    const { token } = lastNoticeFor(email)!;
    const result = dataOf(await reset(token)).resetPassword;
    expect(result.user.id).toBe(sessions[0]!.user.id);
    for (const session of sessions) expect(await sessionWorks(session)).toBe(false);
    expect(errorCodes(await loginResult(email, PASSWORD))).toEqual(["UNAUTHENTICATED"]);
    expect(await signedInEmail(email, NEW_PASSWORD)).toBe(email);
    const me = await execute<{ me: { id: string } }>(identity.url, `{ me { id } }`, { token: result.accessToken });
    expect(dataOf(me).me.id).toBe(result.user.id);

    const again = await reset(token, "yet another passphrase here");
    expect(errorCodes(again)).toEqual(["BAD_USER_INPUT"]);
    expect(again.errors![0]).toMatchObject({ extensions: { fields: [{ field: "input.token", message: "is invalid or has expired" }] } });
    expect(await signedInEmail(email, NEW_PASSWORD)).toBe(email);
  });

  it("refuses an unknown token and a weak new password without spending the token", async () => {
    const { email } = await userWithSessions();
    expect(errorCodes(await reset("not-a-token"))).toEqual(["BAD_USER_INPUT"]);
    await requestReset(email);
    const { token } = lastNoticeFor(email)!;
    const weak = await reset(token, "short");
    expect(weak.errors![0]).toMatchObject({ extensions: { fields: [{ field: "input.newPassword" }] } });
    expect(dataOf(await reset(token)).resetPassword.user.email).toBe(email);
  });

  it("invalidates an earlier token when a new one is requested", async () => {
    const { email } = await userWithSessions();
    await requestReset(email);
    const first = lastNoticeFor(email)!.token;
    await requestReset(email);
    const second = lastNoticeFor(email)!.token;
    expect(second).not.toBe(first);
    expect(errorCodes(await reset(first))).toEqual(["BAD_USER_INPUT"]);
    expect(await signedInEmail(email, PASSWORD)).toBe(email);
    expect(dataOf(await reset(second)).resetPassword.user.email).toBe(email);
  });

  it("lets only one of two concurrent resets with the same token succeed", async () => {
    const { email } = await userWithSessions();
    await requestReset(email);
    const { token } = lastNoticeFor(email)!;
    const results = await Promise.all([reset(token), reset(token, "the other concurrent passphrase")]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap((r) => errorCodes(r))).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("password reset with a short-lived token", () => {
  let shortLived: TestIdentity;
  const captured = captureNotifier();
  beforeAll(async () => {
    shortLived = await startIdentity({
      dataDir: dataDir.dir,
      settings: { WORKSPACES_URL: workspaces.url, PASSWORD_RESET_TTL_MS: "50" },
      notifier: captured,
    });
  });
  afterAll(() => shortLived?.close());

  it("refuses an expired token and changes nothing", async () => {
    const email = uniqueEmail("expiry");
    await signUp(shortLived.url, { email });
    await execute(shortLived.url, REQUEST, { variables: { i: { email } } });
    const { token } = captured.resets.at(-1)!;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const result = await execute(shortLived.url, RESET, { variables: { i: { token, newPassword: NEW_PASSWORD } } });
    expect(result.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.token" }] } });
    const login = await execute<{ login: { user: { email: string } } }>(shortLived.url, LOGIN, {
      variables: { i: { email, password: PASSWORD } },
    });
    expect(dataOf(login).login.user.email).toBe(email);
  });
});

describe("password-reset throttling", () => {
  let proxied: TestIdentity;
  const captured = captureNotifier();
  beforeAll(async () => {
    // Behind a trusted proxy, so the test chooses each request's client address.
    proxied = await startIdentity({
      dataDir: dataDir.dir,
      settings: { WORKSPACES_URL: workspaces.url, TRUST_PROXY: "loopback" },
      notifier: captured,
    });
  });
  afterAll(() => proxied?.close());

  let ipCounter = 0;
  const freshIp = () => `192.0.2.${++ipCounter}`;
  const requestFrom = (ip: string, email: string) =>
    execute<{ requestPasswordReset: { accepted: boolean } }>(proxied.url, REQUEST, {
      variables: { i: { email } },
      headers: { "x-forwarded-for": ip },
    });

  it("allows three requests per address an hour, from any address, then answers RATE_LIMITED with retryAfter", async () => {
    const email = uniqueEmail("often");
    await signUp(proxied.url, { email });
    for (let i = 0; i < 3; i++) expect(dataOf(await requestFrom(freshIp(), email))).toEqual({ requestPasswordReset: { accepted: true } });
    const refused = await requestFrom(freshIp(), email);
    expect(refused.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Too many password-reset requests: try again in \d+ seconds?$/),
      extensions: { code: "RATE_LIMITED", retryAfter: expect.any(Number) },
    });
    expect(refused.errors![0]!.extensions!.retryAfter).toBeGreaterThan(0);
    expect(captured.resets.filter((notice) => notice.email === email)).toHaveLength(3);
    // Other addresses are not affected.
    expect(dataOf(await requestFrom(freshIp(), uniqueEmail("other")))).toEqual({ requestPasswordReset: { accepted: true } });
  });

  it("throttles an address without an account exactly like one with an account", async () => {
    const known = uniqueEmail("known");
    await signUp(proxied.url, { email: known });
    const run = async (email: string) => {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await requestFrom(freshIp(), email));
      return answers.map((answer) => ({
        data: answer.data,
        code: answer.errors?.[0]?.extensions?.code,
        message: answer.errors?.[0]?.message.replace(/\d+ seconds?/, "N seconds"),
      }));
    };
    const [forKnown, forUnknown] = [await run(known), await run(uniqueEmail("unknown"))];
    expect(forUnknown).toEqual(forKnown);
    expect(forKnown.map((answer) => answer.code)).toEqual([undefined, undefined, undefined, "RATE_LIMITED"]);
  });

  it("limits one client address to twenty requests an hour across addresses", async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i++) expect(errorCodes(await requestFrom(ip, uniqueEmail(`spray${i}`)))).toEqual([]);
    expect(errorCodes(await requestFrom(ip, uniqueEmail("one-more")))).toEqual(["RATE_LIMITED"]);
    expect(errorCodes(await requestFrom(freshIp(), uniqueEmail("elsewhere")))).toEqual([]);
  });
});
