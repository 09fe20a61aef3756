import http from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRemoteJWKSet, decodeJwt, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { generate as generateTotp } from "otplib";
import { createInternalCredentialVerifier, INTERNAL_CREDENTIAL_HEADER, uuidv7, type WorkspaceRole } from "@plateau/kernel";
import { sqlRows, type RunningSubgraph } from "@plateau/subgraph-kit";
import { dataOf, execute, startSubgraphHarness, TEST_INTERNAL_SECRETS, type SqlCounter } from "@plateau/test-kit";
import { identity, type IdentityServices, type Notifier, type PasswordResetNotice } from "../src/index.js";

/** A password that passes the policy. */
export const PASSWORD = "correct horse battery staple";

export const uniqueEmail = (label = "user") => `${label}.${uuidv7()}@example.test`;

/** A throwaway data directory (for the generated signing key). */
export async function tempDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "plateau-identity-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface TestIdentity {
  app: RunningSubgraph<IdentityServices>;
  /** `/graphql` URL. */
  url: string;
  /** `/.well-known/jwks.json` URL. */
  jwksUrl: URL;
  /** identity's public keys, fetched over HTTP like every other service does. */
  jwks: JWTVerifyGetKey;
  /** Counts identity's SQL statements. */
  sql: SqlCounter;
  close(): Promise<void>;
}

/**
 * Starts identity on the worker's database (the kit's harness). It verifies tokens against its own
 * JWKS over HTTP, known only once it listens, so the key source delegates lazily.
 */
export async function startIdentity(options: {
  dataDir: string;
  settings?: Record<string, unknown>;
  /** Replaces the logging notifier (see {@link captureNotifier}). */
  notifier?: Notifier;
}): Promise<TestIdentity> {
  const own: { keys?: JWTVerifyGetKey } = {};
  const tokenKeys: JWTVerifyGetKey = (header, token) => {
    if (!own.keys) throw new Error("identity is not listening yet");
    return own.keys(header, token);
  };
  const { notifier } = options;
  const harness = await startSubgraphHarness(identity, {
    tokenKeys,
    settings: { DATA_DIR: options.dataDir, ...options.settings },
    services: notifier ? (built) => ({ ...built, notifier }) : undefined,
  });
  const jwksUrl = new URL("/.well-known/jwks.json", harness.url);
  own.keys = createRemoteJWKSet(jwksUrl);
  // close() also disposes the services (the throttle's Redis connection).
  return { app: harness.app, url: harness.url, jwksUrl, jwks: own.keys, sql: harness.sql, close: () => harness.close() };
}

export interface FakeMembership {
  workspaceId: string;
  role: WorkspaceRole;
  workspaceName: string;
}

/**
 * Plays the workspaces subgraph's internal endpoints (memberships, known users). Like the real one it
 * answers only identity's internal credential (signed with the test secret, `iss` identity).
 */
export interface FakeWorkspaces {
  /** Origin to pass as WORKSPACES_URL. */
  url: string;
  memberships: Map<string, FakeMembership[]>;
  /** Adds a membership (in order: the first added is the oldest). */
  grant(userId: string, workspaceId: string, role: WorkspaceRole): void;
  /** While true, every connection is dropped, as if workspaces were down. */
  down: boolean;
  /** Claims of the internal credentials that passed verification. */
  verifiedTokens: JWTPayload[];
  /** Calls refused for a missing or invalid credential, or one from another service. */
  refused: number;
  /** The known-users questions asked, as `{ workspaceId, viewerId, userIds }`. */
  knownUsersCalls: { workspaceId: string; viewerId: string; userIds: string[] }[];
  close(): Promise<void>;
}

export async function startFakeWorkspaces(): Promise<FakeWorkspaces> {
  const verifier = createInternalCredentialVerifier(TEST_INTERNAL_SECRETS);
  const workspacesOf = (userId: string) => (fake.memberships.get(userId) ?? []).map((membership) => membership.workspaceId);
  const answer = (url: string, body: string): unknown => {
    const memberships = /^\/internal\/users\/([^/]+)\/memberships$/.exec(url);
    if (memberships) return { memberships: fake.memberships.get(decodeURIComponent(memberships[1]!)) ?? [] };
    const known = /^\/internal\/workspaces\/([^/]+)\/known-users$/.exec(url);
    if (!known) return undefined;
    const question = { workspaceId: decodeURIComponent(known[1]!), ...(JSON.parse(body) as { viewerId: string; userIds: string[] }) };
    fake.knownUsersCalls.push(question);
    const inWorkspace = (userId: string) => workspacesOf(userId).includes(question.workspaceId);
    return { userIds: inWorkspace(question.viewerId) ? question.userIds.filter(inWorkspace) : [] };
  };
  const server = http.createServer((req, res) => {
    if (fake.down) {
      req.socket.destroy();
      return;
    }
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const token = req.headers[INTERNAL_CREDENTIAL_HEADER] as string | undefined;
      verifier.verify(token).then(
        (caller) => {
          if (caller !== "identity") throw new Error(`a credential from ${caller}`);
          const result = answer(req.url ?? "", body);
          if (result === undefined) return void res.writeHead(404).end();
          fake.verifiedTokens.push(decodeJwt(token!));
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
        },
        () => {
          fake.refused++;
          res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "internal credential required" }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const fake: FakeWorkspaces = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    memberships: new Map(),
    grant(userId, workspaceId, role) {
      const list = fake.memberships.get(userId) ?? [];
      list.push({ workspaceId, role, workspaceName: `Workspace ${workspaceId.slice(-4)}` });
      fake.memberships.set(userId, list);
    },
    down: false,
    verifiedTokens: [],
    refused: 0,
    knownUsersCalls: [],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

export interface AuthResult {
  accessToken: string;
  tokenType: string;
  expiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  sessionId: string;
  workspaceId: string | null;
  role: WorkspaceRole | null;
  user: { id: string; email: string; name: string };
}

export const AUTH_FIELDS =
  "accessToken tokenType expiresAt refreshToken refreshTokenExpiresAt sessionId workspaceId role user { id email name }";
export const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { ${AUTH_FIELDS} } }`;
export const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { mfaRequired mfaChallenge mfaChallengeExpiresAt ${AUTH_FIELDS} } }`;
export const SWITCH = `mutation($i: SwitchWorkspaceInput!) { switchWorkspace(input: $i) { ${AUTH_FIELDS} } }`;
export const REFRESH = `mutation($i: RefreshAccessTokenInput!) { refreshAccessToken(input: $i) { ${AUTH_FIELDS} } }`;

/** What login answers: an AuthResult's fields (all null when MFA is required) and the MFA challenge. */
export type LoginResult = { [K in keyof AuthResult]: AuthResult[K] | null } & {
  mfaRequired: boolean;
  mfaChallenge: string | null;
  mfaChallengeExpiresAt: string | null;
};

/** Signs a new user up; returns the payload. */
export async function signUp(url: string, input: { email?: string; password?: string; name?: string } = {}): Promise<AuthResult> {
  const result = await execute<{ signUp: AuthResult }>(url, SIGN_UP, {
    variables: {
      i: { email: input.email ?? uniqueEmail(), password: input.password ?? PASSWORD, name: input.name ?? "Test User" },
    } as never,
  });
  return dataOf(result).signUp;
}

/** Logs in; returns the payload (of an account without MFA: with tokens). */
export async function login(url: string, input: { email: string; password?: string; workspaceId?: string }): Promise<AuthResult> {
  return (await loginResult(url, input)) as AuthResult;
}

/** Logs in; returns the payload as it is, tokens or MFA challenge. */
export async function loginResult(url: string, input: { email: string; password?: string; workspaceId?: string }): Promise<LoginResult> {
  const result = await execute<{ login: LoginResult }>(url, LOGIN, {
    variables: { i: { password: PASSWORD, ...input } } as never,
  });
  return dataOf(result).login;
}

/**
 * A TOTP code for `secret` that identity will accept after `lastStep` (the factor's last accepted time
 * step): the current step's, or the next one's (within the ±1 step window). Two codes per account are
 * always available this way without waiting for the clock.
 */
export async function totpCode(secret: string, lastStep: number | null = null): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const step = Math.max(Math.floor(now / 30), (lastStep ?? -1) + 1);
  if (step > Math.floor(now / 30) + 1) throw new Error("no unused TOTP step within the window: the test uses too many codes");
  return generateTotp({ secret, epoch: step * 30 });
}

/**
 * Raw SQL on identity's database as the services' own role: for tests that read what is stored (a
 * digest, a ciphertext) or age rows. identity's tables are user-scoped, outside Row-Level Security.
 */
export async function rawSql<Row = Record<string, unknown>>(identity: TestIdentity, sql: string, params: unknown[] = []): Promise<Row[]> {
  return (await identity.app.database.orm.em.fork().getConnection().execute(sql, params)) as Row[];
}

/** The outbox events identity recorded about a user, oldest first (read as the owner: the outbox is the relay's). */
export async function outboxEventsAbout(identity: TestIdentity, userId: string) {
  return identity.app.database.asOwner((em) =>
    sqlRows<{
      type: string;
      workspace_id: string | null;
      actor_id: string | null;
      subject_typename: string;
      data: Record<string, unknown>;
    }>(em, `select type, workspace_id, actor_id, subject_typename, data from identity.outbox where subject_id = ? order by id`, [userId]),
  );
}

/** A notifier that keeps what it was asked to send, for tests to read the reset token from. */
export function captureNotifier(): Notifier & { resets: PasswordResetNotice[] } {
  const resets: PasswordResetNotice[] = [];
  return {
    resets,
    sendPasswordReset(notice) {
      resets.push(notice);
      return Promise.resolve();
    },
  };
}

/** A workspace member for tests: signed up, granted `role` by the fake workspaces, signed in to it. */
export interface TestMember {
  userId: string;
  name: string;
  token: string;
}

/**
 * identity in front of a fake workspaces service, with a statement counter, a member factory and a
 * GraphQL helper: the setup every workspace-scoped identity test shares.
 */
export async function startIdentityWithWorkspaces(options: { settings?: Record<string, unknown>; notifier?: Notifier } = {}) {
  const data = await tempDataDir();
  const workspaces = await startFakeWorkspaces();
  const identity = await startIdentity({
    dataDir: data.dir,
    settings: { WORKSPACES_URL: workspaces.url, ...options.settings },
    notifier: options.notifier,
  });
  const { sql } = identity;
  const memberOf = async (
    workspaceId: string,
    role: WorkspaceRole,
    name = `${role.toLowerCase()} ${uuidv7().slice(-6)}`,
  ): Promise<TestMember> => {
    const { user } = await signUp(identity.url, { name });
    workspaces.grant(user.id, workspaceId, role);
    const { accessToken } = await login(identity.url, { email: user.email, workspaceId });
    return { userId: user.id, name, token: accessToken };
  };
  const gql = <T = Record<string, unknown>>(token: string | undefined, query: string, variables: Record<string, unknown> = {}) =>
    execute<T>(identity.url, query, { token, variables: variables as never });
  const close = async () => {
    await identity.close();
    await workspaces.close();
    await data.remove();
  };
  return { identity, workspaces, sql, memberOf, gql, close };
}
