import { decodeJwt } from "jose";
import type { AccessTokenVerifier, Viewer } from "@plateau/kernel";

/** How many verified tokens the gateway remembers, and for how long at most. */
export interface VerifiedTokenCacheOptions {
  maxEntries: number;
  maxAgeMs: number;
  /** Milliseconds since the epoch; for tests. */
  now?: () => number;
}

export const DEFAULT_VERIFIED_TOKEN_CACHE: VerifiedTokenCacheOptions = { maxEntries: 10_000, maxAgeMs: 60_000 };

/**
 * `verifier`, remembering the tokens it has verified: a client sends the same access token with every
 * request, and checking its signature (WebCrypto) was the largest share of the gateway's own CPU per
 * request. A remembered token is answered until it expires or `maxAgeMs` has passed, whichever is
 * first (so a signing key withdrawn from the JWKS stops being honoured within `maxAgeMs`); refusals
 * are never remembered. The oldest entry goes first when `maxEntries` are held.
 */
export function rememberVerifiedTokens(
  verifier: AccessTokenVerifier,
  options: VerifiedTokenCacheOptions = DEFAULT_VERIFIED_TOKEN_CACHE,
): AccessTokenVerifier {
  const now = options.now ?? Date.now;
  const verified = new Map<string, { viewer: Viewer; until: number }>();
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known && now() < known.until) return known.viewer;
      if (known) verified.delete(token);
      const viewer = await verifier.verify(token);
      const { exp } = decodeJwt(token);
      const until = Math.min(now() + options.maxAgeMs, exp === undefined ? 0 : exp * 1000);
      if (verified.size >= options.maxEntries) verified.delete(verified.keys().next().value!);
      verified.set(token, { viewer, until });
      return viewer;
    },
  };
}
