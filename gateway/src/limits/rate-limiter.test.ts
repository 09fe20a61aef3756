import { describe, expect, it } from "vitest";
import { createLogger } from "@plateau/kernel";
import { CostRateLimiter, DEFAULT_RATE_LIMIT_POLICY, type RateLimitPolicy } from "./rate-limiter.js";
import { costReport, rateLimitHeaders } from "./rate-limit-headers.js";

const logger = createLogger({ service: "test", level: "silent" });
const limiter = (policy: Partial<RateLimitPolicy> = {}) =>
  new CostRateLimiter({ policy: { ...DEFAULT_RATE_LIMIT_POLICY, ...policy }, logger, keyPrefix: `t${Math.random()}` });

describe("CostRateLimiter (in memory)", () => {
  it("charges a request its cost, at least the minimum charge, against the user's budget", async () => {
    const rates = limiter({ userPoints: 1_000, minimumCharge: 100 });
    const first = await rates.charge({ userId: "u1", workspaceId: "w1" }, 250);
    expect(first).toMatchObject({ allowed: true, policy: "user", charged: 250, limit: 1_000, remaining: 750 });
    const cheap = await rates.charge({ userId: "u1", workspaceId: "w1" }, 3);
    expect(cheap).toMatchObject({ allowed: true, charged: 100, remaining: 650 });
    expect(cheap.resetAt.getTime()).toBeGreaterThan(Date.now());
    expect(cheap.resetAt.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
  });

  it("refuses a request the budget cannot cover, gives it back, and says when to retry", async () => {
    const rates = limiter({ userPoints: 1_000, minimumCharge: 1 });
    await rates.charge({ userId: "u1" }, 900);
    const refused = await rates.charge({ userId: "u1" }, 200);
    expect(refused).toMatchObject({ allowed: false, policy: "user", limit: 1_000, remaining: 100 });
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // The refused request took nothing: what is left still fits.
    expect(await rates.charge({ userId: "u1" }, 100)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it("keeps users apart but shares a workspace's budget between its users", async () => {
    const rates = limiter({ userPoints: 1_000, workspacePoints: 1_500, minimumCharge: 1 });
    expect(await rates.charge({ userId: "a", workspaceId: "w" }, 1_000)).toMatchObject({ allowed: true });
    expect(await rates.charge({ userId: "b", workspaceId: "w" }, 400)).toMatchObject({
      allowed: true,
      policy: "workspace",
      remaining: 100,
    });
    const refused = await rates.charge({ userId: "c", workspaceId: "w" }, 200);
    expect(refused).toMatchObject({ allowed: false, policy: "workspace" });
    // c's own budget was given back: another workspace's request of c's passes.
    expect(await rates.charge({ userId: "c", workspaceId: "other" }, 1_000)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it("charges anonymous callers by address", async () => {
    const rates = limiter({ anonymousPoints: 300, minimumCharge: 100 });
    for (let i = 0; i < 3; i++)
      expect(await rates.charge({ address: "10.0.0.1" }, 1)).toMatchObject({ allowed: true, policy: "anonymous" });
    expect(await rates.charge({ address: "10.0.0.1" }, 1)).toMatchObject({ allowed: false, policy: "anonymous" });
    expect(await rates.charge({ address: "10.0.0.2" }, 1)).toMatchObject({ allowed: true });
  });
});

describe("rate-limit headers and the cost report", () => {
  const decision = {
    allowed: true,
    policy: "user" as const,
    charged: 120,
    limit: 100_000,
    remaining: 99_880,
    resetAt: new Date(Date.now() + 42_000),
    windowSeconds: 60,
  };

  it("follow the IETF structured fields", () => {
    const headers = rateLimitHeaders(decision);
    expect(headers["ratelimit-policy"]).toBe('"user";q=100000;w=60');
    expect(headers.ratelimit).toMatch(/^"user";r=99880;t=4[12]$/);
    expect(headers["retry-after"]).toBeUndefined();
    expect(rateLimitHeaders({ ...decision, allowed: false, remaining: 0, retryAfterSeconds: 42 })["retry-after"]).toBe("42");
  });

  it("reports requested, limit, remaining and resetAt", () => {
    expect(costReport(120, decision)).toEqual({
      requested: 120,
      limit: 100_000,
      remaining: 99_880,
      resetAt: decision.resetAt.toISOString(),
    });
    expect(costReport(120, undefined)).toEqual({ requested: 120, limit: null, remaining: null, resetAt: null });
  });
});
