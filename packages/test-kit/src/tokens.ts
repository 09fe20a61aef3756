import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTVerifyGetKey } from "jose";
import { uuidv7, type AccessClaims, type InternalSecrets, type TokenAudience, type WorkspaceRole } from "@plateau/kernel";
import { TEST_INTERNAL_SECRETS } from "./internal-credentials.js";

export const TEST_AUDIENCE: TokenAudience = { issuer: "plateau-identity", audience: "plateau" };

/** A signing key for tests, with the key set a subgraph verifies against and a token minter. */
export interface TestTokens {
  tokenKeys: JWTVerifyGetKey;
  audience: TokenAudience;
  /** The internal secret to start subgraphs with, so that test-kit's `execute` reaches them. */
  internalSecrets: InternalSecrets;
  sign(claims: AccessClaims, options?: { expiresIn?: string; audience?: string }): Promise<string>;
  /** A token for a fresh user in `workspaceId` with `role`. */
  forRole(workspaceId: string, role: WorkspaceRole, userId?: string): Promise<string>;
}

/** Creates an Ed25519 key pair, its local JWKS and a minter: subgraphs under test trust nothing else. */
export async function createTestTokens(): Promise<TestTokens> {
  const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
  const jwk = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "EdDSA", use: "sig" };
  const tokenKeys = createLocalJWKSet({ keys: [jwk] });
  const sign: TestTokens["sign"] = (claims, options = {}) =>
    new SignJWT({ ...claims })
      .setProtectedHeader({ alg: "EdDSA", kid: "test-key" })
      .setIssuer(TEST_AUDIENCE.issuer)
      .setAudience(options.audience ?? TEST_AUDIENCE.audience)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? "15m")
      .sign(privateKey);
  return {
    tokenKeys,
    audience: TEST_AUDIENCE,
    internalSecrets: TEST_INTERNAL_SECRETS,
    sign,
    forRole: (workspaceId, role, userId = uuidv7()) => sign({ sub: userId, sid: uuidv7(), wid: workspaceId, wrole: role }),
  };
}
