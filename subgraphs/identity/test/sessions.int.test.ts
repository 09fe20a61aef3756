import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jwtVerify } from "jose";
import { uuidv7 } from "@plateau/kernel";
import { dataOf, errorCodes, execute, TEST_AUDIENCE } from "@plateau/test-kit";
import { login, PASSWORD, rawSql, REFRESH, signUp, startIdentityWithWorkspaces, SWITCH, uniqueEmail, type AuthResult } from "./helpers.js";

type Setup = Awaited<ReturnType<typeof startIdentityWithWorkspaces>>;
let setup: Setup;
let url: string;

beforeAll(async () => {
  setup = await startIdentityWithWorkspaces();
  url = setup.identity.url;
});
afterAll(() => setup?.close());

const DAY_MS = 24 * 60 * 60_000;
const SESSION = "id userAgent ip createdAt lastSeenAt expiresAt current";
const MY_SESSIONS = `{ mySessions(first: 100) { totalCount nodes { ${SESSION} } } }`;

interface SessionNode {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

const refresh = (refreshToken: string, options: { token?: string; headers?: Record<string, string> } = {}) =>
  execute<{ refreshAccessToken: AuthResult }>(url, REFRESH, { ...options, variables: { i: { refreshToken } } });
const refreshed = async (refreshToken: string) => dataOf(await refresh(refreshToken)).refreshAccessToken;
const claims = async (token: string) =>
  (await jwtVerify(token, setup.identity.jwks, { issuer: TEST_AUDIENCE.issuer, audience: TEST_AUDIENCE.audience })).payload;
const mySessions = async (token: string) =>
  dataOf(await execute<{ mySessions: { totalCount: number; nodes: SessionNode[] } }>(url, MY_SESSIONS, { token })).mySessions;
/** Whether identity still honours the session behind an access token (switchWorkspace checks it). */
async function sessionWorks(auth: AuthResult, workspaceId: string): Promise<boolean> {
  const result = await execute(url, SWITCH, { token: auth.accessToken, variables: { i: { workspaceId } } });
  if (result.errors) expect(errorCodes(result)).toEqual(["UNAUTHENTICATED"]);
  return !result.errors;
}
const tokenRows = (sessionId: string) =>
  rawSql<{ token_hash: string; generation: number; used_at: Date | null; revoked_at: Date | null }>(
    setup.identity,
    `select token_hash, generation, used_at, revoked_at from identity.refresh_token where session_id = ? order by generation`,
    [sessionId],
  );

/** A user in a workspace of their own, signed in to it. */
async function member(role: "OWNER" | "MEMBER" = "MEMBER") {
  const signed = await signUp(url);
  const workspaceId = uuidv7();
  setup.workspaces.grant(signed.user.id, workspaceId, role);
  const auth = await login(url, { email: signed.user.email, workspaceId });
  return { email: signed.user.email, userId: signed.user.id, workspaceId, auth };
}

describe("refresh tokens", () => {
  it("come with every sign-in: opaque, prefixed, 256 bits, stored only as a digest", async () => {
    const { auth } = await member();
    expect(auth.refreshToken).toMatch(/^prt_[A-Za-z0-9_-]{43}$/);
    expect((await claims(auth.accessToken)).sid).toBe(auth.sessionId);
    const expiresIn = new Date(auth.refreshTokenExpiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(29 * DAY_MS);
    expect(expiresIn).toBeLessThanOrEqual(30 * DAY_MS);
    const rows = await tokenRows(auth.sessionId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(auth.refreshToken.slice(4));
  });

  it("rotate on every use: a new pair in the same session and workspace, the old token spent", async () => {
    const { auth, workspaceId, userId } = await member();
    const next = await refreshed(auth.refreshToken);
    expect(next).toMatchObject({ sessionId: auth.sessionId, workspaceId, role: "MEMBER", user: { id: userId } });
    expect(next.refreshToken).not.toBe(auth.refreshToken);
    expect(await claims(next.accessToken)).toMatchObject({ sub: userId, sid: auth.sessionId, wid: workspaceId, wrole: "MEMBER" });
    const third = await refreshed(next.refreshToken);
    expect(third.sessionId).toBe(auth.sessionId);
    const rows = await tokenRows(auth.sessionId);
    expect(rows.map((row) => [row.generation, row.used_at !== null])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
  });

  it("need no access token: refreshing works without one and despite an invalid one", async () => {
    const { auth } = await member();
    const withGarbage = await refresh(auth.refreshToken, { token: "eyJhbGciOiJFZERTQSJ9.e30.c2ln" });
    expect(dataOf(withGarbage).refreshAccessToken.sessionId).toBe(auth.sessionId);
  });

  it("detect reuse: a spent token revokes the session, and even the newest token stops working", async () => {
    const { auth, workspaceId } = await member();
    const next = await refreshed(auth.refreshToken);
    const replay = await refresh(auth.refreshToken);
    expect(errorCodes(replay)).toEqual(["UNAUTHENTICATED"]);
    expect(replay.errors![0]!.message).toBe("Your session has ended: log in again");
    expect(errorCodes(await refresh(next.refreshToken))).toEqual(["UNAUTHENTICATED"]);
    expect(await sessionWorks(next, workspaceId)).toBe(false);
    const rows = await tokenRows(auth.sessionId);
    expect(rows.at(-1)!.revoked_at).not.toBeNull();
  });

  it("let only one of two concurrent refreshes with the same token through, and treat the other as reuse", async () => {
    const { auth } = await member();
    const results = await Promise.all([refresh(auth.refreshToken), refresh(auth.refreshToken)]);
    expect(results.flatMap((result) => errorCodes(result))).toEqual(["UNAUTHENTICATED"]);
    const winner = results.find((result) => !result.errors)!;
    expect(errorCodes(await refresh(dataOf(winner).refreshAccessToken.refreshToken))).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuse unknown, malformed and expired tokens without touching the session", async () => {
    for (const bogus of ["prt_" + "A".repeat(43), "not-a-token", ""]) {
      const result = await refresh(bogus);
      expect(result.errors![0]).toMatchObject({ message: "Invalid refresh token: log in again", extensions: { code: "UNAUTHENTICATED" } });
    }
    const { auth, workspaceId } = await member();
    await rawSql(setup.identity, `update identity.refresh_token set expires_at = now() - interval '1 second' where session_id = ?`, [
      auth.sessionId,
    ]);
    const expired = await refresh(auth.refreshToken);
    expect(expired.errors![0]).toMatchObject({
      message: "Your refresh token has expired: log in again",
      extensions: { code: "UNAUTHENTICATED" },
    });
    // An expired token is not reuse: the session itself lives on until its own end.
    expect(await sessionWorks(auth, workspaceId)).toBe(true);
  });

  it("stop at the session's absolute end, however recently refreshed", async () => {
    const { auth } = await member();
    await rawSql(setup.identity, `update identity.session set expires_at = now() - interval '1 second' where id = ?`, [auth.sessionId]);
    expect(errorCodes(await refresh(auth.refreshToken))).toEqual(["UNAUTHENTICATED"]);
  });

  it("record the device's latest address and user agent on refresh", async () => {
    const { auth } = await member();
    const before = (await mySessions(auth.accessToken)).nodes.find((node) => node.id === auth.sessionId)!;
    const next = dataOf(await refresh(auth.refreshToken, { headers: { "user-agent": "PlateauPhone/2.0" } })).refreshAccessToken;
    const after = (await mySessions(next.accessToken)).nodes.find((node) => node.id === auth.sessionId)!;
    expect(after.userAgent).toBe("PlateauPhone/2.0");
    expect(after.ip).toContain("127.0.0.1");
    expect(new Date(after.lastSeenAt).getTime()).toBeGreaterThanOrEqual(new Date(before.lastSeenAt).getTime());
    expect(after.createdAt).toBe(before.createdAt);
  });
});

describe("refresh and workspace membership", () => {
  it("keeps the session's workspace, with the user's current role there", async () => {
    const { auth, userId, workspaceId } = await member();
    setup.workspaces.memberships.set(userId, [{ workspaceId, role: "ADMIN", workspaceName: "Promoted" }]);
    const next = await refreshed(auth.refreshToken);
    expect(next).toMatchObject({ workspaceId, role: "ADMIN" });
    expect(await claims(next.accessToken)).toMatchObject({ wid: workspaceId, wrole: "ADMIN" });
  });

  it("drops the workspace from the refreshed token once the user was removed from it", async () => {
    const { auth, userId } = await member();
    setup.workspaces.memberships.set(userId, []);
    const next = await refreshed(auth.refreshToken);
    expect(next).toMatchObject({ workspaceId: null, role: null, sessionId: auth.sessionId });
    expect(await claims(next.accessToken)).not.toHaveProperty("wid");
    // The session no longer belongs to the workspace: a later refresh does not bring it back.
    expect((await refreshed(next.refreshToken)).workspaceId).toBeNull();
  });

  it("follows switchWorkspace, which replaces the refresh token", async () => {
    const { auth, userId } = await member();
    const other = uuidv7();
    setup.workspaces.grant(userId, other, "VIEWER");
    const switched = dataOf(
      await execute<{ switchWorkspace: AuthResult }>(url, SWITCH, { token: auth.accessToken, variables: { i: { workspaceId: other } } }),
    ).switchWorkspace;
    expect(switched.refreshToken).not.toBe(auth.refreshToken);
    const next = await refreshed(switched.refreshToken);
    expect(next).toMatchObject({ workspaceId: other, role: "VIEWER", sessionId: auth.sessionId });
    // The token from before the switch was replaced: presenting it is reuse.
    expect(errorCodes(await refresh(auth.refreshToken))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await refresh(next.refreshToken))).toEqual(["UNAUTHENTICATED"]);
  });

  it("spends nothing while workspaces is down, so the same token works once it is back", async () => {
    const { auth, workspaceId } = await member();
    setup.workspaces.down = true;
    try {
      expect(errorCodes(await refresh(auth.refreshToken))).toEqual(["SUBGRAPH_UNAVAILABLE"]);
    } finally {
      setup.workspaces.down = false;
    }
    expect((await refreshed(auth.refreshToken)).workspaceId).toBe(workspaceId);
  });
});

describe("sessions", () => {
  it("are listed with their device, address and times, the caller's marked current, and no secrets", async () => {
    const { email, auth } = await member();
    const phone = dataOf(
      await execute<{ login: AuthResult }>(url, `mutation($i: LoginInput!) { login(input: $i) { sessionId accessToken } }`, {
        variables: { i: { email, password: PASSWORD } },
        headers: { "user-agent": "PlateauPhone/1.0" },
      }),
    ).login;
    const { totalCount, nodes } = await mySessions(auth.accessToken);
    expect(totalCount).toBe(3);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    expect(byId.get(auth.sessionId)).toMatchObject({ current: true });
    expect(byId.get(phone.sessionId)).toMatchObject({
      current: false,
      userAgent: "PlateauPhone/1.0",
      ip: expect.stringContaining("127.0.0.1"),
    });
    const phoneSession = byId.get(phone.sessionId)!;
    expect(new Date(phoneSession.expiresAt).getTime() - new Date(phoneSession.createdAt).getTime()).toBe(90 * DAY_MS);
    expect(nodes.filter((node) => node.current)).toHaveLength(1);

    const fields = await execute<{ __type: { fields: { name: string }[] } }>(url, `{ __type(name: "Session") { fields { name } } }`);
    expect(dataOf(fields).__type.fields.map((field) => field.name)).toEqual([
      "id",
      "userAgent",
      "ip",
      "createdAt",
      "lastSeenAt",
      "expiresAt",
      "current",
    ]);
    expect(errorCodes(await execute(url, MY_SESSIONS))).toEqual(["UNAUTHENTICATED"]);
  });

  it("logout ends the caller's session: its refresh token and access token are refused by identity", async () => {
    const { auth, workspaceId } = await member();
    const logout = await execute<{ logout: { sessionId: string } }>(url, `mutation { logout { sessionId } }`, { token: auth.accessToken });
    expect(dataOf(logout).logout.sessionId).toBe(auth.sessionId);
    expect(await sessionWorks(auth, workspaceId)).toBe(false);
    const after = await refresh(auth.refreshToken);
    expect(after.errors![0]).toMatchObject({ message: "Your session has ended: log in again" });
    // Logging out twice is not an error.
    const again = await execute<{ logout: { sessionId: string } }>(url, `mutation { logout { sessionId } }`, { token: auth.accessToken });
    expect(dataOf(again).logout.sessionId).toBe(auth.sessionId);
    expect(errorCodes(await execute(url, `mutation { logout { sessionId } }`))).toEqual(["UNAUTHENTICATED"]);
  });

  it("revokeSession ends one of the caller's sessions, and reports anyone else's as not found", async () => {
    const { email, auth, workspaceId } = await member();
    const laptop = await login(url, { email, workspaceId });
    const REVOKE = `mutation($i: RevokeSessionInput!) { revokeSession(input: $i) { sessionId } }`;
    const revoked = await execute<{ revokeSession: { sessionId: string } }>(url, REVOKE, {
      token: auth.accessToken,
      variables: { i: { sessionId: laptop.sessionId } },
    });
    expect(dataOf(revoked).revokeSession.sessionId).toBe(laptop.sessionId);
    expect(await sessionWorks(laptop, workspaceId)).toBe(false);
    expect(errorCodes(await refresh(laptop.refreshToken))).toEqual(["UNAUTHENTICATED"]);
    expect(await sessionWorks(auth, workspaceId)).toBe(true);
    expect((await mySessions(auth.accessToken)).nodes.map((node) => node.id)).not.toContain(laptop.sessionId);

    const stranger = await member();
    const foreign = await execute(url, REVOKE, { token: auth.accessToken, variables: { i: { sessionId: stranger.auth.sessionId } } });
    expect(foreign.errors![0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    expect(await sessionWorks(stranger.auth, stranger.workspaceId)).toBe(true);
    const again = await execute(url, REVOKE, { token: auth.accessToken, variables: { i: { sessionId: laptop.sessionId } } });
    expect(errorCodes(again)).toEqual(["NOT_FOUND"]);
    const malformed = await execute(url, REVOKE, { token: auth.accessToken, variables: { i: { sessionId: "nope" } } });
    expect(malformed.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.sessionId" }] } });
  });

  it("revokeAllSessions ends the other sessions, and the caller's too when asked", async () => {
    const { email, auth, workspaceId } = await member();
    const others = [await login(url, { email, workspaceId }), await login(url, { email, workspaceId })];
    const REVOKE_ALL = `mutation($i: RevokeAllSessionsInput!) { revokeAllSessions(input: $i) { revokedSessions } }`;
    const kept = await execute<{ revokeAllSessions: { revokedSessions: number } }>(url, REVOKE_ALL, {
      token: auth.accessToken,
      variables: { i: {} },
    });
    // The sign-up's session and the two logins.
    expect(dataOf(kept).revokeAllSessions.revokedSessions).toBe(3);
    for (const other of others) expect(errorCodes(await refresh(other.refreshToken))).toEqual(["UNAUTHENTICATED"]);
    expect((await mySessions(auth.accessToken)).nodes.map((node) => node.id)).toEqual([auth.sessionId]);

    const all = await execute<{ revokeAllSessions: { revokedSessions: number } }>(url, REVOKE_ALL, {
      token: auth.accessToken,
      variables: { i: { includeCurrent: true } },
    });
    expect(dataOf(all).revokeAllSessions.revokedSessions).toBe(1);
    expect(await sessionWorks(auth, workspaceId)).toBe(false);
    expect(errorCodes(await refresh(auth.refreshToken))).toEqual(["UNAUTHENTICATED"]);
  });

  it("a password change revokes the other sessions' refresh tokens too", async () => {
    const { email, auth, workspaceId } = await member();
    const other = await login(url, { email, workspaceId });
    const changed = await execute(url, `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { revokedSessions } }`, {
      token: auth.accessToken,
      variables: { i: { currentPassword: PASSWORD, newPassword: "a wholly different passphrase" } },
    });
    expect(dataOf(changed)).toEqual({ changePassword: { revokedSessions: 2 } });
    expect(errorCodes(await refresh(other.refreshToken))).toEqual(["UNAUTHENTICATED"]);
    expect((await tokenRows(other.sessionId)).every((row) => row.revoked_at !== null)).toBe(true);
    expect((await refreshed(auth.refreshToken)).sessionId).toBe(auth.sessionId);
  });

  it("refresh tokens of a new account work straight after sign-up", async () => {
    const signed = await signUp(url, { email: uniqueEmail("fresh") });
    expect(await refreshed(signed.refreshToken)).toMatchObject({ sessionId: signed.sessionId, workspaceId: null });
  });
});

describe("session lifetimes", () => {
  let short: Setup;
  beforeAll(async () => {
    short = await startIdentityWithWorkspaces({
      settings: { SESSION_MAX_AGE_MS: String(60 * 60_000), REFRESH_TOKEN_TTL_MS: String(2 * 60 * 60_000) },
    });
  });
  afterAll(() => short?.close());

  it("never let a refresh token outlive its session", async () => {
    const signed = await signUp(short.identity.url);
    const sessionEnd = new Date(signed.refreshTokenExpiresAt).getTime();
    expect(sessionEnd - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    expect(sessionEnd - Date.now()).toBeGreaterThan(59 * 60_000);
    const next = dataOf(
      await execute<{ refreshAccessToken: AuthResult }>(short.identity.url, REFRESH, {
        variables: { i: { refreshToken: signed.refreshToken } },
      }),
    ).refreshAccessToken;
    expect(new Date(next.refreshTokenExpiresAt).getTime()).toBe(sessionEnd);
  });
});
