import { describe, expect, it } from "vitest";
import { AppError, ErrorCode, type AccessTokenVerifier, type Viewer } from "@plateau/kernel";
import { rememberVerifiedTokens } from "./verified-tokens.js";

/** An unsigned JWT with `exp` (seconds): the fake verifier below decides what is valid. */
function tokenExpiringAt(exp: number, subject = "user-1"): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none" })}.${part({ sub: subject, exp })}.`;
}

/** A verifier that counts its calls and accepts every token not in `refused`. */
function countingVerifier(refused = new Set<string>()) {
  const calls: string[] = [];
  const verifier: AccessTokenVerifier = {
    verify: async (token) => {
      calls.push(token);
      if (refused.has(token)) throw new AppError(ErrorCode.UNAUTHENTICATED, "Invalid access token");
      return { userId: "user-1", sessionId: "s-1", platformAdmin: false, token } satisfies Viewer;
    },
  };
  return { verifier, calls };
}

describe("remembered access tokens", () => {
  it("verifies a token once, then answers from memory", async () => {
    let clock = 1_000_000;
    const { verifier, calls } = countingVerifier();
    const cached = rememberVerifiedTokens(verifier, { maxEntries: 10, maxAgeMs: 60_000, now: () => clock });
    const token = tokenExpiringAt(clock / 1000 + 600);
    expect((await cached.verify(token)).userId).toBe("user-1");
    clock += 30_000;
    await cached.verify(token);
    expect(calls).toHaveLength(1);
  });

  it("verifies again after maxAgeMs, and never past the token's expiry", async () => {
    let clock = 1_000_000;
    const { verifier, calls } = countingVerifier();
    const cached = rememberVerifiedTokens(verifier, { maxEntries: 10, maxAgeMs: 60_000, now: () => clock });
    const longLived = tokenExpiringAt(clock / 1000 + 600, "long");
    const expiringSoon = tokenExpiringAt(clock / 1000 + 5, "soon");
    await cached.verify(longLived);
    await cached.verify(expiringSoon);
    clock += 6_000;
    await cached.verify(expiringSoon);
    expect(calls).toEqual([longLived, expiringSoon, expiringSoon]);
    clock += 60_000;
    await cached.verify(longLived);
    expect(calls).toEqual([longLived, expiringSoon, expiringSoon, longLived]);
  });

  it("never remembers a refusal", async () => {
    const bad = tokenExpiringAt(Date.now() / 1000 + 600);
    const { verifier, calls } = countingVerifier(new Set([bad]));
    const cached = rememberVerifiedTokens(verifier);
    await expect(cached.verify(bad)).rejects.toThrow("Invalid access token");
    await expect(cached.verify(bad)).rejects.toThrow("Invalid access token");
    expect(calls).toHaveLength(2);
  });

  it("forgets the oldest token when full", async () => {
    const { verifier, calls } = countingVerifier();
    const cached = rememberVerifiedTokens(verifier, { maxEntries: 2, maxAgeMs: 60_000 });
    const [a, b, c] = ["a", "b", "c"].map((subject) => tokenExpiringAt(Date.now() / 1000 + 600, subject)) as [string, string, string];
    for (const token of [a, b, c, b, a]) await cached.verify(token);
    expect(calls).toEqual([a, b, c, a]);
  });
});
