import { SignJWT } from "jose";
import { INTERNAL_AUDIENCE, type TokenAudience, type WorkspaceRole } from "@plateau/kernel";
import type { SigningKey } from "./signing-key.js";

/** Lifetime of an access token (ARCHITECTURE.md: short-lived; refresh tokens arrive later). */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** Lifetime of a service token: one call to another service. */
export const SERVICE_TOKEN_TTL_SECONDS = 60;
/** identity's name in service tokens (`svc`) and their subject. */
export const SERVICE_NAME = "identity";

/** Who an access token is for. */
export interface AccessTokenSubject {
  userId: string;
  sessionId: string;
  /** Both or neither: the workspace the token is scoped to and the user's role there. */
  workspace?: { id: string; role: WorkspaceRole };
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/** Mints identity's tokens with its signing key. */
export interface TokenIssuer {
  /** An access token as every subgraph verifies it (kernel `createAccessTokenVerifier`). */
  accessToken(subject: AccessTokenSubject): Promise<IssuedToken>;
  /** A token identity presents to another service's internal endpoints (kernel `verifyServiceToken`). */
  serviceToken(): Promise<string>;
}

export function createTokenIssuer(key: SigningKey, audience: TokenAudience): TokenIssuer {
  const header = { alg: key.alg, kid: key.kid, typ: "JWT" };
  return {
    async accessToken(subject) {
      const now = Math.floor(Date.now() / 1000);
      const exp = now + ACCESS_TOKEN_TTL_SECONDS;
      const claims = subject.workspace
        ? { sid: subject.sessionId, wid: subject.workspace.id, wrole: subject.workspace.role }
        : { sid: subject.sessionId };
      const token = await new SignJWT(claims)
        .setProtectedHeader(header)
        .setSubject(subject.userId)
        .setIssuer(audience.issuer)
        .setAudience(audience.audience)
        .setIssuedAt(now)
        .setExpirationTime(exp)
        .sign(key.privateKey);
      return { token, expiresAt: new Date(exp * 1000) };
    },
    serviceToken() {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ svc: SERVICE_NAME })
        .setProtectedHeader(header)
        .setSubject(`service:${SERVICE_NAME}`)
        .setIssuer(audience.issuer)
        .setAudience(INTERNAL_AUDIENCE)
        .setIssuedAt(now)
        .setExpirationTime(now + SERVICE_TOKEN_TTL_SECONDS)
        .sign(key.privateKey);
    },
  };
}
