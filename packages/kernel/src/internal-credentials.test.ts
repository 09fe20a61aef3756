import { randomBytes } from "node:crypto";
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env.js";
import { AppError, ErrorCode } from "./errors.js";
import {
  createInternalCredentialVerifier,
  generateInternalSecrets,
  internalCredential,
  internalSecretsEnvShape,
  internalSecretsFromEnv,
  InternalSecretsError,
  parseInternalSecrets,
} from "./internal-credentials.js";
import { INTERNAL_AUDIENCE } from "./tokens.js";

const secret = () => randomBytes(32).toString("base64url");
const OLD = `old:${secret()}`;
const NEW = `new:${secret()}`;

/** The AppError a verification rejects with. */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (rejected: unknown) => rejected,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(ErrorCode.UNAUTHENTICATED);
  return error as AppError;
}

describe("parseInternalSecrets", () => {
  it("reads kid:secret entries, the first active unless another is named", () => {
    const secrets = parseInternalSecrets(` ${NEW} , ${OLD} `);
    expect([...secrets.keys.keys()]).toEqual(["new", "old"]);
    expect(secrets.activeId).toBe("new");
    expect(parseInternalSecrets(`${NEW},${OLD}`, "old").activeId).toBe("old");
  });

  it.each([
    ["no entry", "", /no secret/],
    ["an entry without a kid", `:${secret()}`, /kid:secret/],
    ["a kid with a space", `a b:${secret()}`, /kid:secret/],
    ["a short secret", "k1:tooshort", /shorter than 32 bytes/],
    ["a kid listed twice", `${OLD},${OLD}`, /listed twice/],
  ])("refuses %s, without echoing a secret", (_case, value, message) => {
    let error: unknown;
    try {
      parseInternalSecrets(value);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InternalSecretsError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(OLD.slice(4));
  });

  it("refuses an active id that is not listed", () => {
    expect(() => parseInternalSecrets(OLD, "new")).toThrow(/active secret "new"/);
  });
});

describe("the environment variables", () => {
  it("require INTERNAL_SECRETS and report a malformed one by name", () => {
    const problems = (source: Record<string, string>) => {
      try {
        parseEnv(internalSecretsEnvShape, source);
        return [];
      } catch (error) {
        if (!(error instanceof EnvError)) throw error;
        return error.problems;
      }
    };
    expect(problems({})).toEqual([expect.stringMatching(/^INTERNAL_SECRETS is required/)]);
    expect(problems({ INTERNAL_SECRETS: "k1:short" })).toEqual([expect.stringMatching(/^INTERNAL_SECRETS: .*shorter than 32 bytes/)]);
    expect(problems({ INTERNAL_SECRETS: OLD })).toEqual([]);
  });

  it("name INTERNAL_ACTIVE_SECRET_ID when it points at no listed secret", () => {
    const config = parseEnv(internalSecretsEnvShape, { INTERNAL_SECRETS: OLD, INTERNAL_ACTIVE_SECRET_ID: "new" });
    expect(() => internalSecretsFromEnv(config)).toThrow(/^INTERNAL_ACTIVE_SECRET_ID: /);
  });
});

describe("generateInternalSecrets", () => {
  it("makes a different 32-byte secret every run, which the credentials it signs pass with", async () => {
    const [first, second] = [generateInternalSecrets(), generateInternalSecrets()];
    const key = (secrets: typeof first) => Buffer.from(secrets.keys.get(secrets.activeId)!).toString("hex");
    expect(key(first)).toHaveLength(64);
    expect(key(first)).not.toBe(key(second));
    expect(await createInternalCredentialVerifier(first).verify(await internalCredential(first, "gateway").token())).toBe("gateway");
    await refusal(createInternalCredentialVerifier(second).verify(await internalCredential(first, "gateway").token()));
  });
});

describe("internal credentials", () => {
  const secrets = parseInternalSecrets(`${NEW},${OLD}`);

  it("name the caller, the internal audience and the active secret, for 60 seconds", async () => {
    const token = await internalCredential(secrets, "gateway").token();
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: "HS256", kid: "new" });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: "gateway", aud: INTERNAL_AUDIENCE });
    expect(claims.exp! - claims.iat!).toBe(60);
    expect(await createInternalCredentialVerifier(secrets).verify(token)).toBe("gateway");
  });

  it("are minted once and reused until half their lifetime has passed", async () => {
    let now = 1_000_000;
    const credential = internalCredential(secrets, "portfolio", { now: () => now });
    const first = await credential.token();
    now += 29;
    expect(await credential.token()).toBe(first);
    now += 1;
    const renewed = await credential.token();
    expect(renewed).not.toBe(first);
    expect(decodeJwt(renewed).iat).toBe(1_000_030);
  });

  it("are refused when missing, malformed, expired, too long-lived or for another audience", async () => {
    const verifier = createInternalCredentialVerifier(secrets);
    const key = secrets.keys.get("new")!;
    const now = Math.floor(Date.now() / 1000);
    const sign = (build: (jwt: SignJWT) => SignJWT) =>
      build(new SignJWT({}).setProtectedHeader({ alg: "HS256", kid: "new" }).setIssuer("gateway").setAudience(INTERNAL_AUDIENCE)).sign(key);

    expect((await refusal(verifier.verify(undefined))).message).toMatch(/only Plateau's gateway and services/);
    await refusal(verifier.verify("not-a-jwt"));
    const expired = await sign((jwt) => jwt.setIssuedAt(now - 120).setExpirationTime(now - 60));
    expect((await refusal(verifier.verify(expired))).message).toMatch(/expired/);
    // Valid for a day: refused once it is older than a credential may be, whatever its exp says.
    await refusal(verifier.verify(await sign((jwt) => jwt.setIssuedAt(now - 600).setExpirationTime(now + 86_400))));
    await refusal(
      verifier.verify(
        await sign((jwt) =>
          jwt
            .setIssuedAt(now)
            .setExpirationTime(now + 60)
            .setAudience("plateau"),
        ),
      ),
    );
    const withoutIssuer = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256", kid: "new" })
      .setAudience(INTERNAL_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .sign(key);
    await refusal(verifier.verify(withoutIssuer));
  });

  it("are refused when forged: signed with an unknown secret, under a listed kid, or with no kid", async () => {
    const verifier = createInternalCredentialVerifier(secrets);
    const stranger = parseInternalSecrets(`other:${secret()}`);
    await refusal(verifier.verify(await internalCredential(stranger, "gateway").token()));
    const forged = parseInternalSecrets(`new:${secret()}`);
    await refusal(verifier.verify(await internalCredential(forged, "gateway").token()));
    const now = Math.floor(Date.now() / 1000);
    const kidless = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("gateway")
      .setAudience(INTERNAL_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .sign(secrets.keys.get("new")!);
    await refusal(verifier.verify(kidless));
  });

  it("are not access tokens, nor access tokens credentials: an EdDSA token for the internal audience is refused", async () => {
    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const now = Math.floor(Date.now() / 1000);
    const asymmetric = await new SignJWT({})
      .setProtectedHeader({ alg: "EdDSA", kid: "new" })
      .setIssuer("identity")
      .setAudience(INTERNAL_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .sign(privateKey);
    await refusal(createInternalCredentialVerifier(secrets).verify(asymmetric));
  });

  it("rotate: both secrets pass while both are listed, the dropped one is refused", async () => {
    const before = parseInternalSecrets(OLD);
    const during = parseInternalSecrets(`${NEW},${OLD}`);
    const after = parseInternalSecrets(NEW);
    const oldToken = await internalCredential(before, "gateway").token();
    const newToken = await internalCredential(during, "gateway").token();
    const verifier = createInternalCredentialVerifier(during);
    expect(await verifier.verify(oldToken)).toBe("gateway");
    expect(await verifier.verify(newToken)).toBe("gateway");
    expect(await createInternalCredentialVerifier(after).verify(newToken)).toBe("gateway");
    await refusal(createInternalCredentialVerifier(after).verify(oldToken));
  });
});
