import { SignJWT } from "jose";
import type { TokenAudience, WorkspaceRole } from "@plateau/kernel";
import type { SigningKey } from "./signing-key.js";

/** Lifetime of an access token (docs/architecture.md, "Tokens and roles": short-lived; the refresh token renews it). */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

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
  };
}
