import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jwtVerify } from "jose";
import { isUuid, uuidv7 } from "@plateau/kernel";
import { dataOf, errorCodes, execute, TEST_AUDIENCE } from "@plateau/test-kit";
import {
  LOGIN,
  login,
  PASSWORD,
  SIGN_UP,
  signUp,
  startFakeWorkspaces,
  startIdentity,
  SWITCH,
  tempDataDir,
  uniqueEmail,
  type FakeWorkspaces,
  type TestIdentity,
} from "./helpers.js";

let identity: TestIdentity;
let workspaces: FakeWorkspaces;
let removeDataDir: () => Promise<void>;

beforeAll(async () => {
  const data = await tempDataDir();
  removeDataDir = data.remove;
  workspaces = await startFakeWorkspaces();
  identity = await startIdentity({ dataDir: data.dir, settings: { WORKSPACES_URL: workspaces.url } });
});
afterAll(async () => {
  await identity?.close();
  await workspaces?.close();
  await removeDataDir?.();
});

/** Verifies an access token exactly as the other services do: identity's JWKS, issuer, audience. */
const verify = (token: string) =>
  jwtVerify(token, identity.jwks, { issuer: TEST_AUDIENCE.issuer, audience: TEST_AUDIENCE.audience, algorithms: ["EdDSA"] });

const sessionRows = async (userId: string) =>
  (await identity.app.database.orm.em
    .fork()
    .getConnection()
    .execute(`select id, user_agent, ip from identity.session where user_id = ? order by created_at`, [userId])) as {
    id: string;
    user_agent: string | null;
    ip: string | null;
  }[];

describe("sign-up and login", () => {
  it("returns tokens that verify against the JWKS with the expected claims", async () => {
    const email = uniqueEmail("ada");
    const signed = await signUp(identity.url, { email: `  ${email.toUpperCase()} `, name: "Ada Lovelace" });
    expect(signed.user).toMatchObject({ email, name: "Ada Lovelace" });
    expect(signed).toMatchObject({ tokenType: "Bearer", workspaceId: null, role: null });

    const { payload, protectedHeader } = await verify(signed.accessToken);
    const jwks = (await (await fetch(identity.jwksUrl)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
    expect(protectedHeader).toMatchObject({ alg: "EdDSA", kid: jwks.keys[0]!.kid });
    expect(payload.sub).toBe(signed.user.id);
    expect(isUuid(payload.sid)).toBe(true);
    expect(payload).not.toHaveProperty("wid");
    expect(payload).not.toHaveProperty("wrole");
    expect(payload.exp! - payload.iat!).toBe(15 * 60);
    expect(new Date(signed.expiresAt).getTime()).toBe(payload.exp! * 1000);

    const logged = await login(identity.url, { email });
    const second = await verify(logged.accessToken);
    expect(second.payload.sub).toBe(signed.user.id);
    expect(second.payload.sid).not.toBe(payload.sid);

    const me = await execute<{ me: { id: string; email: string } }>(identity.url, `{ me { id email } }`, { token: logged.accessToken });
    expect(dataOf(me).me).toEqual({ id: signed.user.id, email });
  });

  it("records each session with the client's user agent and address", async () => {
    const email = uniqueEmail();
    const signed = dataOf(
      await execute<{ signUp: { user: { id: string } } }>(
        identity.url,
        `mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`,
        {
          variables: { i: { email, password: PASSWORD, name: "Device Tester" } } as never,
          headers: { "user-agent": "PlateauTest/1.0" },
        },
      ),
    ).signUp;
    await login(identity.url, { email });
    const rows = await sessionRows(signed.user.id);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ user_agent: "PlateauTest/1.0", ip: expect.stringContaining("127.0.0.1") });
    expect((await verify((await login(identity.url, { email })).accessToken)).payload.sid).toBe((await sessionRows(signed.user.id))[2]!.id);
  });

  it("never exposes the password hash", async () => {
    const type = await execute<{ __type: { fields: { name: string }[] } }>(identity.url, `{ __type(name: "User") { fields { name } } }`);
    expect(dataOf(type).__type.fields.map((f) => f.name)).toEqual([
      "id",
      "createdAt",
      "updatedAt",
      "email",
      "name",
      "skills",
      "mfaEnabled",
      "teams",
    ]);
  });

  it("answers a wrong password and an unknown email identically, both after one argon2 verification", async () => {
    const email = uniqueEmail();
    await signUp(identity.url, { email });
    // Watch the hasher (the unit tests show that an unknown account is verified against a real argon2id hash).
    const passwords = identity.app.services.passwords;
    const verify = passwords.verify;
    const verified: (string | undefined)[] = [];
    passwords.verify = (hash, password) => {
      verified.push(hash);
      return verify(hash, password);
    };
    try {
      const attempt = (variables: { email: string; password: string }) =>
        execute(identity.url, LOGIN, { variables: { i: variables } as never });
      const wrong = await attempt({ email, password: "not the right password" });
      const unknown = await attempt({ email: uniqueEmail("nobody"), password: "not the right password" });
      expect(wrong.data).toBeNull();
      expect(wrong.errors).toEqual(unknown.errors);
      expect(wrong.errors).toEqual([
        expect.objectContaining({ message: "Invalid email or password", extensions: { code: "UNAUTHENTICATED" } }),
      ]);
      // One verification each: against the account's hash, and for the unknown email against none (the dummy).
      expect(verified).toHaveLength(2);
      expect(verified[0]).toMatch(/^\$argon2id\$/);
      expect(verified[1]).toBeUndefined();
    } finally {
      passwords.verify = verify;
    }
  });

  it.each([
    ["with a password shorter than 12 characters", { password: "short pw" }, "input.password: must be at least 12 characters long"],
    ["with a password longer than 256 characters", { password: "x".repeat(257) }, "input.password: must be at most 256 characters long"],
    [
      "with a password equal to the email",
      { email: "Grace.Hopper@Example.test", password: "grace.hopper@example.test" },
      "input.password: must not be your email address",
    ],
    [
      "with a password equal to the name",
      { name: "Grace Brewster Hopper", password: "GRACE BREWSTER HOPPER" },
      "input.password: must not be your name",
    ],
    ["with an invalid email", { email: "grace@@example" }, "input.email: is not a valid email address"],
  ])("refuses a sign-up %s, naming the field and saving nothing", async (_label, override, message) => {
    const input = { email: uniqueEmail("grace"), password: PASSWORD, name: "Grace Hopper", ...override };
    const result = await execute(identity.url, SIGN_UP, { variables: { i: input } as never });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    const [field, rule] = message.split(": ") as [string, string];
    expect(result.errors![0]).toMatchObject({ message, extensions: { fields: [{ field, message: rule }] } });
    const retry = await execute(identity.url, LOGIN, { variables: { i: { email: input.email, password: input.password } } as never });
    expect(errorCodes(retry)).toEqual(["UNAUTHENTICATED"]);
  });

  it("does not reveal that an email is already registered", async () => {
    const email = uniqueEmail("taken");
    const original = await signUp(identity.url, { email });
    const again = await execute(identity.url, SIGN_UP, {
      variables: { i: { email: email.toUpperCase(), password: "another long password", name: "Someone Else" } } as never,
    });
    expect(again.errors).toEqual([
      expect.objectContaining({ message: "Could not sign up with these details", extensions: { code: "BAD_USER_INPUT", fields: [] } }),
    ]);
    expect(JSON.stringify(again.errors)).not.toMatch(/exist|taken|registered|email/i);
    // The account is untouched: the old password still works, the new one does not.
    expect((await login(identity.url, { email })).user.id).toBe(original.user.id);
    const other = await execute(identity.url, LOGIN, { variables: { i: { email, password: "another long password" } } as never });
    expect(errorCodes(other)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("workspace-scoped tokens", () => {
  it("scopes login to the oldest membership, or to the requested one, asking workspaces with a service token", async () => {
    const { user } = await signUp(identity.url);
    const first = uuidv7();
    const second = uuidv7();
    workspaces.grant(user.id, first, "OWNER");
    workspaces.grant(user.id, second, "MEMBER");
    const verifiedBefore = workspaces.verifiedTokens.length;

    const plain = await login(identity.url, { email: user.email });
    expect(plain).toMatchObject({ workspaceId: first, role: "OWNER" });
    expect((await verify(plain.accessToken)).payload).toMatchObject({ sub: user.id, wid: first, wrole: "OWNER" });

    const scoped = await login(identity.url, { email: user.email, workspaceId: second });
    expect(scoped).toMatchObject({ workspaceId: second, role: "MEMBER" });
    expect((await verify(scoped.accessToken)).payload).toMatchObject({ wid: second, wrole: "MEMBER" });

    expect(workspaces.refused).toBe(0);
    const calls = workspaces.verifiedTokens.slice(verifiedBefore);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ iss: "identity", sub: "service:identity", aud: "plateau-internal" });
    expect(calls[0]!.exp! - calls[0]!.iat!).toBe(60);
  });

  it("signs in without a workspace when the user has none", async () => {
    const { user } = await signUp(identity.url);
    const logged = await login(identity.url, { email: user.email });
    expect(logged).toMatchObject({ workspaceId: null, role: null });
    expect((await verify(logged.accessToken)).payload).not.toHaveProperty("wid");
  });

  it("refuses a workspace the user is not a member of, opening no session", async () => {
    const { user } = await signUp(identity.url);
    workspaces.grant(user.id, uuidv7(), "ADMIN");
    const result = await execute(identity.url, LOGIN, {
      variables: { i: { email: user.email, password: PASSWORD, workspaceId: uuidv7() } } as never,
    });
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    expect(await sessionRows(user.id)).toHaveLength(1);
    const malformed = await execute(identity.url, LOGIN, {
      variables: { i: { email: user.email, password: PASSWORD, workspaceId: "nope" } } as never,
    });
    expect(malformed.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.workspaceId" }] } });
  });

  it("switches workspace within the same session after re-checking membership", async () => {
    const signed = await signUp(identity.url);
    const target = uuidv7();
    workspaces.grant(signed.user.id, target, "MANAGER");
    const original = await verify(signed.accessToken);

    const switched = dataOf(
      await execute<{ switchWorkspace: { accessToken: string; workspaceId: string; role: string; user: { id: string } } }>(
        identity.url,
        SWITCH,
        { token: signed.accessToken, variables: { i: { workspaceId: target } } as never },
      ),
    ).switchWorkspace;
    expect(switched).toMatchObject({ workspaceId: target, role: "MANAGER", user: { id: signed.user.id } });
    expect((await verify(switched.accessToken)).payload).toMatchObject({
      sub: signed.user.id,
      sid: original.payload.sid,
      wid: target,
      wrole: "MANAGER",
    });

    // A workspace-scoped token may switch too; a workspace the user is not in may not be switched to.
    const stranger = await execute(identity.url, SWITCH, {
      token: switched.accessToken,
      variables: { i: { workspaceId: uuidv7() } } as never,
    });
    expect(errorCodes(stranger)).toEqual(["FORBIDDEN"]);
    const anonymous = await execute(identity.url, SWITCH, { variables: { i: { workspaceId: target } } as never });
    expect(errorCodes(anonymous)).toEqual(["UNAUTHENTICATED"]);
  });

  it("still signs in when workspaces is down, but cannot scope to a workspace", async () => {
    const signed = await signUp(identity.url);
    const workspaceId = uuidv7();
    workspaces.grant(signed.user.id, workspaceId, "OWNER");
    workspaces.down = true;
    try {
      const logged = await login(identity.url, { email: signed.user.email });
      expect(logged).toMatchObject({ workspaceId: null, role: null });

      const requested = await execute(identity.url, LOGIN, {
        variables: { i: { email: signed.user.email, password: PASSWORD, workspaceId } } as never,
      });
      const switched = await execute(identity.url, SWITCH, { token: logged.accessToken, variables: { i: { workspaceId } } as never });
      for (const result of [requested, switched]) {
        expect(errorCodes(result)).toEqual(["SUBGRAPH_UNAVAILABLE"]);
        expect(result.errors![0]!.message).toMatch(/workspaces service is unavailable/);
        expect(JSON.stringify(result.errors)).not.toContain(workspaces.url);
      }
    } finally {
      workspaces.down = false;
    }
  });
});

describe("users", () => {
  it("resolves User references globally through _entities, null for unknown ids; another's email only for co-members", async () => {
    const a = await signUp(identity.url, { name: "Alan Turing" });
    const b = await signUp(identity.url, { name: "Joan Clarke" });
    const named = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name } } }`;
    const withEmail = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name email } } }`;
    const representations = [a.user.id, uuidv7(), b.user.id].map((id) => ({ __typename: "User", id }));
    const result = await execute<{ _entities: unknown[] }>(identity.url, named, {
      token: a.accessToken,
      variables: { r: representations } as never,
    });
    const { email: _aEmail, ...aNamed } = a.user;
    const { email: _bEmail, ...bNamed } = b.user;
    expect(dataOf(result)._entities).toEqual([aNamed, null, bNamed]);
    // The user's own email, never a stranger's: they share no workspace.
    const emails = await execute<{ _entities: unknown[] }>(identity.url, withEmail, {
      token: a.accessToken,
      variables: { r: representations } as never,
    });
    expect(emails.data?._entities).toEqual([a.user, null, null]);
    expect(emails.errors).toEqual([expect.objectContaining({ path: ["_entities", 2, "email"], extensions: { code: "FORBIDDEN" } })]);
    expect(JSON.stringify(emails)).not.toContain(b.user.email);
    const anonymous = await execute(identity.url, withEmail, { variables: { r: representations } as never });
    expect(errorCodes(anonymous)).toEqual(["UNAUTHENTICATED"]);
  });

  it("shows co-members' emails, asking workspaces once per request for every user read", async () => {
    const workspaceId = uuidv7();
    const [caller, first, second, stranger] = await Promise.all(
      ["Cal Caller", "Fay First", "Sid Second", "Stu Stranger"].map((name) => signUp(identity.url, { name })),
    );
    for (const user of [caller!, first!, second!]) workspaces.grant(user.user.id, workspaceId, "MEMBER");
    workspaces.grant(stranger!.user.id, uuidv7(), "OWNER");
    const token = (await login(identity.url, { email: caller!.user.email, workspaceId })).accessToken;
    const asked = workspaces.knownUsersCalls.length;
    const ids = [first!, second!, stranger!].map((user) => user.user.id);
    const result = await execute<{ _entities: unknown[] }>(
      identity.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email } } }`,
      { token, variables: { r: ids.map((id) => ({ __typename: "User", id })) } as never },
    );
    expect(result.data?._entities).toEqual([
      { id: first!.user.id, email: first!.user.email },
      { id: second!.user.id, email: second!.user.email },
      null,
    ]);
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    expect(workspaces.knownUsersCalls.slice(asked)).toEqual([{ workspaceId, viewerId: caller!.user.id, userIds: ids }]);
  });

  it("answers SUBGRAPH_UNAVAILABLE for another's email when workspaces cannot be asked, and still the name", async () => {
    const workspaceId = uuidv7();
    const [caller, colleague] = await Promise.all(["Una Caller", "Vic Colleague"].map((name) => signUp(identity.url, { name })));
    for (const user of [caller!, colleague!]) workspaces.grant(user.user.id, workspaceId, "MEMBER");
    const token = (await login(identity.url, { email: caller!.user.email, workspaceId })).accessToken;
    const read = (select: string) =>
      execute<{ _entities: unknown[] }>(
        identity.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { ${select} } } }`,
        {
          token,
          variables: { r: [{ __typename: "User", id: colleague!.user.id }] } as never,
        },
      );
    workspaces.down = true;
    try {
      const failed = await read("id email");
      expect(errorCodes(failed)).toEqual(["SUBGRAPH_UNAVAILABLE"]);
      expect(failed.data?._entities).toEqual([null]);
      expect(dataOf(await read("id name"))._entities).toEqual([{ id: colleague!.user.id, name: "Vic Colleague" }]);
    } finally {
      workspaces.down = false;
    }
  });

  it("answers user(id) with the user, null when unknown, BAD_USER_INPUT when malformed", async () => {
    const signed = await signUp(identity.url);
    // user(id) reads workspace data (the access matrix): it needs a workspace-scoped token.
    workspaces.grant(signed.user.id, uuidv7(), "VIEWER");
    const a = await login(identity.url, { email: signed.user.email });
    const known = await execute<{ user: unknown }>(identity.url, `query($id: ID!) { user(id: $id) { id email } }`, {
      token: a.accessToken,
      variables: { id: a.user.id } as never,
    });
    expect(dataOf(known).user).toEqual({ id: a.user.id, email: a.user.email });
    const unknown = await execute<{ user: unknown }>(identity.url, `query($id: ID!) { user(id: $id) { id } }`, {
      token: a.accessToken,
      variables: { id: uuidv7() } as never,
    });
    expect(dataOf(unknown).user).toBeNull();
    const malformed = await execute(identity.url, `{ user(id: "42") { id } }`, { token: a.accessToken });
    expect(errorCodes(malformed)).toEqual(["BAD_USER_INPUT"]);
  });

  it("answers user(id) for members of the caller's workspace only: anyone else reads as unknown", async () => {
    const workspaceId = uuidv7();
    const [caller, colleague, stranger] = await Promise.all(
      ["Ada Caller", "Bea Colleague", "Cy Stranger"].map((name) => signUp(identity.url, { name })),
    );
    workspaces.grant(caller!.user.id, workspaceId, "VIEWER");
    workspaces.grant(colleague!.user.id, workspaceId, "MEMBER");
    workspaces.grant(stranger!.user.id, uuidv7(), "OWNER");
    const token = (await login(identity.url, { email: caller!.user.email, workspaceId })).accessToken;
    const lookUp = async (id: string) =>
      dataOf(
        await execute<{ user: unknown }>(identity.url, `query($id: ID!) { user(id: $id) { id name email } }`, {
          token,
          variables: { id } as never,
        }),
      ).user;
    expect(await lookUp(colleague!.user.id)).toEqual({ id: colleague!.user.id, name: "Bea Colleague", email: colleague!.user.email });
    expect(await lookUp(caller!.user.id)).toMatchObject({ id: caller!.user.id });
    expect(await lookUp(stranger!.user.id)).toBeNull();
  });

  it("requires a valid token for me and user(id)", async () => {
    expect(errorCodes(await execute(identity.url, `{ me { id } }`))).toEqual(["UNAUTHENTICATED"]);
    const forged = await execute(identity.url, `{ me { id } }`, { token: "eyJhbGciOiJFZERTQSJ9.e30.c2ln" });
    expect(forged.errors![0]).toMatchObject({ message: "Invalid access token", extensions: { code: "UNAUTHENTICATED" } });
    expect(errorCodes(await execute(identity.url, `{ user(id: "${uuidv7()}") { id } }`))).toEqual(["UNAUTHENTICATED"]);
  });
});
