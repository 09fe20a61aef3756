import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "./errors.js";
import { bearerToken, createAccessTokenVerifier, INTERNAL_AUDIENCE, type AccessTokenVerifier } from "./tokens.js";

const expected = { issuer: "plateau-identity", audience: "plateau" };
const userId = "0190b7a2-1111-7000-8000-000000000001";
const sessionId = "0190b7a2-2222-7000-8000-000000000002";
const workspaceId = "0190b7a2-3333-7000-8000-000000000003";

let privateKey: CryptoKey;
let keys: JWTVerifyGetKey;
let verifier: AccessTokenVerifier;

beforeAll(async () => {
  const pair = await generateKeyPair("EdDSA", { crv: "Ed25519" });
  privateKey = pair.privateKey;
  keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: "test-key", alg: "EdDSA", use: "sig" }] });
  verifier = createAccessTokenVerifier(keys, expected);
});

interface TokenOverrides {
  claims?: JWTPayload;
  issuer?: string;
  audience?: string;
  issuedAt?: number;
  expiresAt?: number | string;
  key?: CryptoKey;
}

/** A token as identity mints it; each override breaks one thing. */
function buildToken(overrides: TokenOverrides = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(overrides.claims ?? { sid: sessionId, wid: workspaceId, wrole: "MANAGER" })
    .setProtectedHeader({ alg: "EdDSA", kid: "test-key", typ: "JWT" })
    .setSubject(userId)
    .setIssuer(overrides.issuer ?? expected.issuer)
    .setAudience(overrides.audience ?? expected.audience)
    .setIssuedAt(overrides.issuedAt ?? now)
    .setExpirationTime(overrides.expiresAt ?? now + 900)
    .sign(overrides.key ?? privateKey);
}

const base64url = (value: object | string): string =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

/** The error `promise` rejects with; fails the test when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, "expected a rejection").toBeInstanceOf(AppError);
  return error as AppError;
}

describe("createAccessTokenVerifier", () => {
  it("returns the viewer of a valid workspace token", async () => {
    const token = await buildToken();

    expect(await verifier.verify(token)).toEqual({
      userId,
      sessionId,
      workspaceId,
      role: "MANAGER",
      platformAdmin: false,
      token,
    });
  });

  it("accepts a token without a workspace, and a platform operator's flag", async () => {
    const viewer = await verifier.verify(await buildToken({ claims: { sid: sessionId, padm: true } }));

    expect(viewer).toMatchObject({ userId, workspaceId: undefined, role: undefined, platformAdmin: true });
  });

  it("only treats padm: true as a platform operator", async () => {
    const viewer = await verifier.verify(await buildToken({ claims: { sid: sessionId, padm: "true" } }));

    expect(viewer.platformAdmin).toBe(false);
  });

  it("rejects an expired token, saying it expired", async () => {
    const now = Math.floor(Date.now() / 1000);
    const error = await rejectionOf(verifier.verify(await buildToken({ issuedAt: now - 3600, expiresAt: now - 60 })));

    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.message).toMatch(/expired/i);
  });

  it.each([
    ["another audience", { audience: "someone-else" }],
    ["the internal audience", { audience: INTERNAL_AUDIENCE }],
    ["another issuer", { issuer: "https://evil.example" }],
    ["no session id", { claims: { wid: workspaceId, wrole: "MEMBER" } }],
    ["a non-string session id", { claims: { sid: 42 } }],
    ["a workspace without a role", { claims: { sid: sessionId, wid: workspaceId } }],
    ["a role without a workspace", { claims: { sid: sessionId, wrole: "OWNER" } }],
    ["an unknown role", { claims: { sid: sessionId, wid: workspaceId, wrole: "SUPERUSER" } }],
    ["a non-string workspace id", { claims: { sid: sessionId, wid: 7, wrole: "OWNER" } }],
  ] satisfies [string, TokenOverrides][])("rejects a token with %s", async (_case, overrides) => {
    const error = await rejectionOf(verifier.verify(await buildToken(overrides)));

    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.message).toBe("Invalid access token");
  });

  // Bug: isWorkspaceRole (viewer.ts) accepts Object.prototype names, so this token yields a viewer whose
  // role is "constructor" instead of being refused.
  it("rejects a token whose role is an Object.prototype member name", async () => {
    const error = await rejectionOf(
      verifier.verify(await buildToken({ claims: { sid: sessionId, wid: workspaceId, wrole: "constructor" } })),
    );

    expect(error.code).toBe("UNAUTHENTICATED");
  });

  it("rejects a token signed by a key it does not trust, even under a trusted kid", async () => {
    const stranger = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const error = await rejectionOf(verifier.verify(await buildToken({ key: stranger.privateKey })));

    expect(error.code).toBe("UNAUTHENTICATED");
  });

  it("rejects an HS256 token, even one keyed with the public key's bytes", async () => {
    const publicJwk = await exportJWK((await generateKeyPair("EdDSA", { crv: "Ed25519" })).publicKey);
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ sid: sessionId, wid: workspaceId, wrole: "OWNER" })
      .setProtectedHeader({ alg: "HS256", kid: "test-key" })
      .setSubject(userId)
      .setIssuer(expected.issuer)
      .setAudience(expected.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 900)
      .sign(Buffer.from(publicJwk.x!, "base64url"));

    const error = await rejectionOf(verifier.verify(token));

    expect(error.code).toBe("UNAUTHENTICATED");
  });

  it("rejects an unsigned token (alg: none)", async () => {
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      sub: userId,
      sid: sessionId,
      wid: workspaceId,
      wrole: "OWNER",
      iss: expected.issuer,
      aud: expected.audience,
      iat: now,
      exp: now + 900,
    };
    const token = `${base64url({ alg: "none", typ: "JWT" })}.${base64url(payload)}.`;

    const error = await rejectionOf(verifier.verify(token));

    expect(error.code).toBe("UNAUTHENTICATED");
  });

  it("rejects something that is not a token at all", async () => {
    for (const token of ["", "garbage", "a.b.c", `${base64url("{")}.${base64url("{}")}.sig`]) {
      const error = await rejectionOf(verifier.verify(token));
      expect(error.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("bearerToken", () => {
  it("extracts the token of a Bearer header, whatever the scheme's case", () => {
    expect(bearerToken("Bearer abc.def.ghi")).toBe("abc.def.ghi");
    expect(bearerToken("bearer   abc.def-_~+/=")).toBe("abc.def-_~+/=");
    expect(bearerToken(["Bearer first.token", "Bearer second.token"])).toBe("first.token");
  });

  it("is undefined when the header is absent or not a bearer token", () => {
    for (const header of [
      undefined,
      "",
      [],
      "Bearer",
      "Bearer ",
      "Basic dXNlcjpwYXNz",
      "abc.def.ghi",
      "Bearer abc def",
      "Bearer abc\nX-Injected: 1",
    ]) {
      expect(bearerToken(header)).toBeUndefined();
    }
  });
});
