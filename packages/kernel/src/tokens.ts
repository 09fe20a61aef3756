import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from "jose";
import { AppError, ErrorCode } from "./errors.js";
import { isWorkspaceRole, viewerFromClaims, type AccessClaims, type Viewer } from "./viewer.js";

/** Asymmetric algorithms accepted for access tokens; anything else (HS*, `none`) is refused. */
export const ACCESS_TOKEN_ALGORITHMS = ["EdDSA", "ES256"] as const;

/** Issuer and audience every Plateau access token carries. */
export interface TokenAudience {
  issuer: string;
  audience: string;
}

/** Verifies bearer tokens and turns them into a Viewer. */
export interface AccessTokenVerifier {
  /** Resolves to the viewer, or rejects with UNAUTHENTICATED. */
  verify(token: string): Promise<Viewer>;
}

/** A key source that fetches (and caches) identity's JWKS. */
export function remoteKeySet(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 5_000, cacheMaxAge: 10 * 60_000 });
}

/** Builds a verifier over a key source (remote JWKS in services, a local key set in tests). */
export function createAccessTokenVerifier(keys: JWTVerifyGetKey, expected: TokenAudience): AccessTokenVerifier {
  return {
    async verify(token) {
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          issuer: expected.issuer,
          audience: expected.audience,
          algorithms: [...ACCESS_TOKEN_ALGORITHMS],
          requiredClaims: ["sub", "sid", "exp", "iat"],
        }));
      } catch (error) {
        const expired = error instanceof joseErrors.JWTExpired;
        if (!(error instanceof joseErrors.JOSEError)) throw error;
        throw new AppError(ErrorCode.UNAUTHENTICATED, expired ? "Access token expired: refresh it and retry" : "Invalid access token");
      }
      const claims = claimsFrom(payload);
      if (!claims) throw new AppError(ErrorCode.UNAUTHENTICATED, "Invalid access token");
      return viewerFromClaims(claims, token);
    },
  };
}

function claimsFrom(payload: Record<string, unknown>): AccessClaims | undefined {
  const { sub, sid, wid, wrole, padm } = payload;
  if (typeof sub !== "string" || typeof sid !== "string") return undefined;
  if (wid !== undefined && typeof wid !== "string") return undefined;
  if (wrole !== undefined && !isWorkspaceRole(wrole)) return undefined;
  if ((wid === undefined) !== (wrole === undefined)) return undefined;
  return { sub, sid, wid, wrole, padm: padm === true };
}

/** Extracts the token from an `Authorization: Bearer …` header; undefined when absent or malformed. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i);
  return match?.[1];
}

/** Audience of internal credentials (internal-credentials.ts): an access token must never carry it. */
export const INTERNAL_AUDIENCE = "plateau-internal";
