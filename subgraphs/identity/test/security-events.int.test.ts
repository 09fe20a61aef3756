import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { identityEvents } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { emailHash } from "../src/modules/auth/throttle/login-throttle.js";
import { dataOf, errorCodes, execute } from "@plateau/test-kit";
import {
  captureNotifier,
  LOGIN,
  login,
  outboxEventsAbout,
  PASSWORD,
  rawSql,
  REFRESH,
  signUp,
  startIdentityWithWorkspaces,
  uniqueEmail,
  type AuthResult,
} from "./helpers.js";

const { security } = identityEvents;

type Setup = Awaited<ReturnType<typeof startIdentityWithWorkspaces>>;
let setup: Setup;
let url: string;
const notifier = captureNotifier();

beforeAll(async () => {
  // Behind a trusted proxy, so each test can choose its client address (and not share throttle counts).
  setup = await startIdentityWithWorkspaces({ settings: { TRUST_PROXY: "loopback" }, notifier });
  url = setup.identity.url;
});
afterAll(() => setup?.close());

interface EventNode {
  id: string;
  type: string;
  ip: string | null;
  userAgent: string | null;
  sessionId: string | null;
  details: Record<string, unknown>;
  occurredAt: string;
}
interface EventPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: EventNode[];
}

const EVENTS = `query($first: Int, $after: String, $filter: SecurityEventFilter) {
  mySecurityEvents(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id type ip userAgent sessionId details occurredAt }
  }
}`;
const events = async (token: string, variables: Record<string, unknown> = {}) =>
  dataOf(await execute<{ mySecurityEvents: EventPage }>(url, EVENTS, { token, variables })).mySecurityEvents;
const typesOf = async (token: string) => (await events(token)).nodes.map((node) => node.type);

let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;
const loginFrom = (ip: string, email: string, password: string, userAgent = "Browser/1") =>
  execute<{ login: AuthResult }>(url, LOGIN, {
    variables: { i: { email, password } },
    headers: { "x-forwarded-for": ip, "user-agent": userAgent },
  });

describe("security events", () => {
  it("record a successful login with its session, address and device, and send it to the outbox", async () => {
    const email = uniqueEmail("events");
    const signed = await signUp(url, { email });
    const ip = freshIp();
    const logged = dataOf(await loginFrom(ip, email, PASSWORD, "Browser/7")).login;
    const [latest] = (await events(logged.accessToken)).nodes;
    expect(latest).toMatchObject({ type: "LOGIN_SUCCEEDED", ip, userAgent: "Browser/7", sessionId: logged.sessionId, details: {} });

    const outbox = await outboxEventsAbout(setup.identity, signed.user.id);
    expect(outbox).toEqual([
      {
        type: security.LOGIN_SUCCEEDED.name,
        workspace_id: null,
        actor_id: signed.user.id,
        subject_typename: "User",
        data: expect.objectContaining({ type: "LOGIN_SUCCEEDED", ip, userAgent: "Browser/7", sessionId: logged.sessionId, details: {} }),
      },
    ]);
  });

  it("persist a failed login although the login answers with an error, without naming an actor", async () => {
    const email = uniqueEmail("failing");
    const signed = await signUp(url, { email });
    const ip = freshIp();
    const failed = await loginFrom(ip, email, "not the right password");
    expect(failed.errors![0]).toMatchObject({ message: "Invalid email or password", extensions: { code: "UNAUTHENTICATED" } });
    const [latest] = (await events(signed.accessToken)).nodes;
    expect(latest).toMatchObject({ type: "LOGIN_FAILED", ip, sessionId: null });
    const outbox = await outboxEventsAbout(setup.identity, signed.user.id);
    expect(outbox.at(-1)).toMatchObject({ type: security.LOGIN_FAILED.name, actor_id: null, workspace_id: null });
  });

  it("store a failed login for an unknown address without a user, and send nothing to the outbox", async () => {
    const email = uniqueEmail("nobody");
    const ip = freshIp();
    const failed = await loginFrom(ip, email, "not the right password");
    expect(failed.errors![0]).toMatchObject({ message: "Invalid email or password", extensions: { code: "UNAUTHENTICATED" } });
    const rows = await rawSql<{ user_id: string | null; type: string; ip: string; details: { emailHash?: string } }>(
      setup.identity,
      `select user_id, type, ip, details from identity.security_event where details->>'emailHash' = ?`,
      [emailHash(email)],
    );
    expect(rows).toEqual([{ user_id: null, type: "LOGIN_FAILED", ip, details: { emailHash: emailHash(email) } }]);
    expect(JSON.stringify(rows)).not.toContain(email);
    const outbox = await setup.identity.app.database.asOwner((em) =>
      em
        .getConnection()
        .execute(
          `select count(*)::int as n from identity.outbox where data->'details'->>'emailHash' = ?`,
          [emailHash(email)],
          "get",
          em.getTransactionContext(),
        ),
    );
    expect(outbox).toEqual({ n: 0 });
  });

  it("record throttled logins", async () => {
    const email = uniqueEmail("throttled");
    const signed = await signUp(url, { email });
    const ip = freshIp();
    for (let i = 0; i < 5; i++) expect(errorCodes(await loginFrom(ip, email, "wrong password here"))).toEqual(["UNAUTHENTICATED"]);
    const refused = await loginFrom(ip, email, PASSWORD);
    expect(errorCodes(refused)).toEqual(["RATE_LIMITED"]);
    const { nodes } = await events(signed.accessToken, { filter: { type: { in: ["LOGIN_THROTTLED"] } } });
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.details).toEqual({ retryAfter: refused.errors![0]!.extensions!.retryAfter });
  });

  it("record logout, session revocation, refresh-token reuse and password changes", async () => {
    const email = uniqueEmail("lifecycle");
    const signed = await signUp(url, { email });
    const workspaceId = uuidv7();
    setup.workspaces.grant(signed.user.id, workspaceId, "MEMBER");
    const [laptop, phone, tablet] = [await login(url, { email }), await login(url, { email }), await login(url, { email })];

    await execute(url, `mutation { logout { sessionId } }`, { token: tablet.accessToken });
    await execute(url, `mutation($i: RevokeSessionInput!) { revokeSession(input: $i) { sessionId } }`, {
      token: laptop.accessToken,
      variables: { i: { sessionId: phone.sessionId } },
    });
    const spent = laptop.refreshToken;
    const next = dataOf(
      await execute<{ refreshAccessToken: AuthResult }>(url, REFRESH, { variables: { i: { refreshToken: spent } } }),
    ).refreshAccessToken;
    expect(errorCodes(await execute(url, REFRESH, { variables: { i: { refreshToken: spent } } }))).toEqual(["UNAUTHENTICATED"]);
    const reader = await login(url, { email });
    await execute(url, `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { revokedSessions } }`, {
      token: reader.accessToken,
      variables: { i: { currentPassword: PASSWORD, newPassword: "another strong passphrase" } },
    });

    const { nodes } = await events(reader.accessToken);
    const byType = (type: string) => nodes.filter((node) => node.type === type);
    expect(byType("LOGOUT")).toMatchObject([{ sessionId: tablet.sessionId }]);
    expect(byType("SESSION_REVOKED")).toMatchObject([{ sessionId: phone.sessionId, details: { revokedBySessionId: laptop.sessionId } }]);
    expect(byType("REFRESH_TOKEN_REUSE")).toMatchObject([
      { sessionId: laptop.sessionId, details: { generation: 1, sessionRevoked: true } },
    ]);
    // Of the other sessions only the sign-up's was still open; the reader's own is kept.
    expect(byType("PASSWORD_CHANGED")).toMatchObject([{ sessionId: reader.sessionId, details: { revokedSessions: 1 } }]);
    expect(next.sessionId).toBe(laptop.sessionId);

    const outbox = await outboxEventsAbout(setup.identity, signed.user.id);
    const reuse = outbox.find((row) => row.type === security.REFRESH_TOKEN_REUSE.name)!;
    expect(reuse).toMatchObject({ actor_id: null, data: { sessionId: laptop.sessionId } });
    expect(outbox.find((row) => row.type === security.LOGOUT.name)).toMatchObject({ actor_id: signed.user.id });
  });

  it("record password-reset requests and resets", async () => {
    const email = uniqueEmail("resetting");
    await signUp(url, { email });
    await execute(url, `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) { accepted } }`, {
      variables: { i: { email } },
      headers: { "x-forwarded-for": freshIp() },
    });
    const { token } = notifier.resets.filter((notice) => notice.email === email).at(-1)!;
    const reset = dataOf(
      await execute<{ resetPassword: { accessToken: string; sessionId: string } }>(
        url,
        `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { accessToken sessionId } }`,
        { variables: { i: { token, newPassword: "a reset passphrase for me" } } },
      ),
    ).resetPassword;
    const { nodes } = await events(reset.accessToken);
    expect(nodes.slice(0, 2)).toMatchObject([
      { type: "PASSWORD_RESET", sessionId: reset.sessionId, details: { revokedSessions: 1 } },
      { type: "PASSWORD_RESET_REQUESTED", sessionId: null },
    ]);
  });
});

describe("mySecurityEvents", () => {
  it("lists only the caller's events, newest first, a page at a time, filtered by type", async () => {
    const email = uniqueEmail("lister");
    await signUp(url, { email });
    const ip = freshIp();
    await loginFrom(ip, email, "wrong password one");
    await loginFrom(ip, email, "wrong password two");
    const auth = dataOf(await loginFrom(ip, email, PASSWORD)).login;
    const other = await signUp(url);
    await login(url, { email: other.user.email });

    const all = await events(auth.accessToken);
    expect(all.nodes.map((node) => node.type)).toEqual(["LOGIN_SUCCEEDED", "LOGIN_FAILED", "LOGIN_FAILED"]);
    expect(all.totalCount).toBe(3);
    const times = all.nodes.map((node) => new Date(node.occurredAt).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const first = await events(auth.accessToken, { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await events(auth.accessToken, { first: 2, after: first.pageInfo.endCursor });
    expect([...first.nodes, ...second.nodes].map((node) => node.id)).toEqual(all.nodes.map((node) => node.id));

    const failures = await events(auth.accessToken, { filter: { type: { eq: "LOGIN_FAILED" } } });
    expect(failures.totalCount).toBe(2);
    expect(await typesOf(other.accessToken)).toEqual(["LOGIN_SUCCEEDED"]);
    expect(errorCodes(await execute(url, EVENTS))).toEqual(["UNAUTHENTICATED"]);
  });

  it("are kept in a user-scoped table: no workspace column, no Row-Level Security", async () => {
    const columns = await rawSql<{ column_name: string }>(
      setup.identity,
      `select column_name from information_schema.columns where table_schema = 'identity' and table_name = 'security_event'`,
    );
    expect(columns.map((column) => column.column_name)).not.toContain("workspace_id");
    const [table] = await rawSql<{ relrowsecurity: boolean }>(
      setup.identity,
      `select relrowsecurity from pg_class where oid = 'identity.security_event'::regclass`,
    );
    expect(table).toEqual({ relrowsecurity: false });
  });
});
