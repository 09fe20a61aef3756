import { describe, expect, it } from "vitest";
import { createLogger } from "@plateau/kernel";
import { CostRateLimiter, DEFAULT_RATE_LIMIT_POLICY, type Caller, type RateDecision, type RateLimitPolicy } from "./rate-limiter.js";
import { costReport, rateLimitHeaders } from "./rate-limit-headers.js";

const logger = createLogger({ service: "test", level: "silent" });
const WINDOW = 60_000;
/** A window's edge: the clock starts 10 s into window 1,000,000. */
const EDGE = 1_000_000 * WINDOW;

/** A limiter on a clock the test moves (`clock.at(ms)`), in memory. */
function limiter(policy: Partial<RateLimitPolicy> = {}) {
  const clock = { now: EDGE + 10_000, at: (ms: number) => void (clock.now = ms) };
  const rates = new CostRateLimiter({
    policy: { ...DEFAULT_RATE_LIMIT_POLICY, windowSeconds: WINDOW / 1_000, ...policy },
    logger,
    keyPrefix: `t${Math.random()}`,
    now: () => clock.now,
  });
  return { rates, clock };
}

/** A refused request is refused again a second before its Retry-After and admitted once it has passed. */
async function retriesAfter(rates: CostRateLimiter, clock: { now: number }, caller: Caller, cost: number, refused: RateDecision) {
  const refusedAt = clock.now;
  const wait = refused.retryAfterSeconds! * 1_000;
  clock.now = refusedAt + wait - 1_000;
  expect(await rates.charge(caller, cost)).toMatchObject({ allowed: false });
  clock.now = refusedAt + wait;
  expect(await rates.charge(caller, cost)).toMatchObject({ allowed: true });
}

describe("CostRateLimiter (in memory, sliding window)", () => {
  it("charges a request its cost, at least the minimum charge, against the user's budget", async () => {
    const { rates } = limiter({ userPoints: 1_000, minimumCharge: 100 });
    const first = await rates.charge({ userId: "u1", workspaceId: "w1" }, 250);
    expect(first).toMatchObject({ allowed: true, policy: "user", charged: 250, limit: 1_000, remaining: 750, windowSeconds: 60 });
    const cheap = await rates.charge({ userId: "u1", workspaceId: "w1" }, 3);
    expect(cheap).toMatchObject({ allowed: true, charged: 100, remaining: 650 });
    // Spent in this window: the sliding window holds it until the next window ends.
    expect(cheap.resetAt.getTime()).toBe(EDGE + 2 * WINDOW);
  });

  it("refuses a request the budget cannot cover, gives it back, and admits it once Retry-After has passed", async () => {
    const { rates, clock } = limiter({ userPoints: 1_000, minimumCharge: 1 });
    await rates.charge({ userId: "u1" }, 900);
    const refused = await rates.charge({ userId: "u1" }, 200);
    expect(refused).toMatchObject({ allowed: false, policy: "user", limit: 1_000, remaining: 100 });
    // 900 spent 10 s into a window: 200 fits once 800 is all the sliding window holds of it, 1/9 into the next window.
    expect(refused.retryAfterSeconds).toBe(Math.ceil((WINDOW + WINDOW / 9 - 10_000) / 1_000));
    expect(refused.resetAt.getTime()).toBe(EDGE + 2 * WINDOW);
    // The refused request took nothing: what is left still fits.
    expect(await rates.charge({ userId: "u1" }, 100)).toMatchObject({ allowed: true, remaining: 0 });
    const again = await rates.charge({ userId: "u1" }, 200);
    await retriesAfter(rates, clock, { userId: "u1" }, 200, again);
  });

  it("does not let a budget spent before a window's edge be spent again just after it", async () => {
    const { rates, clock } = limiter({ userPoints: 1_000, minimumCharge: 1 });
    const user = { userId: "u1" };
    clock.at(EDGE + WINDOW - 100);
    for (let i = 0; i < 10; i++) expect(await rates.charge(user, 100)).toMatchObject({ allowed: true });
    // Fixed windows would admit a second budget here; the sliding window still holds 599/600 of the first.
    clock.at(EDGE + WINDOW + 100);
    const refused = await rates.charge(user, 100);
    expect(refused).toMatchObject({ allowed: false, remaining: 1 });
    // 100 fits once a tenth of the previous window has slid out: 6 s after the edge.
    expect(refused.retryAfterSeconds).toBe(6);
    // Nothing is spent in the new window: the budget is whole once the previous one has slid out.
    expect(refused.resetAt.getTime()).toBe(EDGE + 2 * WINDOW);
    let admitted = 0;
    for (let at = EDGE + WINDOW + 100; at < EDGE + WINDOW + 6_000; at += 100) {
      clock.at(at);
      if ((await rates.charge(user, 100)).allowed) admitted += 1;
    }
    expect(admitted).toBe(0);
    clock.at(EDGE + WINDOW + 6_000);
    expect(await rates.charge(user, 100)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it("recovers gradually as the previous window's spend slides out", async () => {
    const { rates, clock } = limiter({ userPoints: 1_000, minimumCharge: 1 });
    const user = { userId: "u1" };
    clock.at(EDGE + WINDOW - 1_000);
    expect(await rates.charge(user, 1_000)).toMatchObject({ allowed: true, remaining: 0 });
    const left = async (at: number) => {
      clock.at(at);
      return (await rates.charge(user, 1)).remaining;
    };
    // remaining = 1,000 − (spent this window + 1,000 × the part of the previous window still inside).
    expect(await left(EDGE + WINDOW + 15_000)).toBe(1_000 - 1 - 750);
    expect(await left(EDGE + WINDOW + 30_000)).toBe(1_000 - 2 - 500);
    expect(await left(EDGE + WINDOW + 45_000)).toBe(1_000 - 3 - 250);
    // The next edge: this window's 3 points are the previous window now, all of it still inside.
    expect(await left(EDGE + 2 * WINDOW)).toBe(1_000 - 1 - 3);
    // A request refused on the way says exactly when it fits.
    const fresh = limiter({ userPoints: 1_000, minimumCharge: 1 });
    fresh.clock.at(EDGE + WINDOW - 1_000);
    await fresh.rates.charge(user, 1_000);
    fresh.clock.at(EDGE + WINDOW + 15_000);
    const refused = await fresh.rates.charge(user, 300);
    expect(refused).toMatchObject({ allowed: false, remaining: 250 });
    // 300 fits once 700 is all that is left of the previous window's 1,000: 18 s after the edge.
    expect(refused.retryAfterSeconds).toBe(3);
    await retriesAfter(fresh.rates, fresh.clock, user, 300, refused);
  });

  it("keeps users apart but shares a workspace's budget between its users, refunding every budget of a refused request", async () => {
    const { rates } = limiter({ userPoints: 1_000, workspacePoints: 1_500, minimumCharge: 1 });
    expect(await rates.charge({ userId: "a", workspaceId: "w" }, 1_000)).toMatchObject({ allowed: true });
    expect(await rates.charge({ userId: "b", workspaceId: "w" }, 400)).toMatchObject({
      allowed: true,
      policy: "workspace",
      remaining: 100,
    });
    const refused = await rates.charge({ userId: "c", workspaceId: "w" }, 200);
    expect(refused).toMatchObject({ allowed: false, policy: "workspace", limit: 1_500, remaining: 100 });
    // c's own budget was given back: another workspace's request of c's passes.
    expect(await rates.charge({ userId: "c", workspaceId: "other" }, 1_000)).toMatchObject({ allowed: true, remaining: 0 });
    // And the workspace's: its 100 left still fit.
    expect(await rates.charge({ userId: "b", workspaceId: "w" }, 100)).toMatchObject({ allowed: true, policy: "workspace", remaining: 0 });
  });

  it("names the budget that keeps a refused request waiting longest, not the one with least left", async () => {
    const { rates, clock } = limiter({ userPoints: 1_000, workspacePoints: 1_000, minimumCharge: 1 });
    // The workspace spent its budget just before the edge; the user 600 just after, elsewhere.
    clock.at(EDGE - 1_000);
    await rates.charge({ userId: "a", workspaceId: "w" }, 1_000);
    clock.at(EDGE + 1_000);
    await rates.charge({ userId: "b", workspaceId: "other" }, 600);
    const refused = await rates.charge({ userId: "b", workspaceId: "w" }, 500);
    // The workspace has 16 left and fits 500 30 s after the edge; the user has 400 left but fits 500
    // only once a sixth of the next window has passed.
    expect(refused).toMatchObject({ allowed: false, policy: "user", remaining: 400 });
    expect(refused.retryAfterSeconds).toBe(69);
    await retriesAfter(rates, clock, { userId: "b", workspaceId: "w" }, 500, refused);
  });

  it("charges anonymous callers by address", async () => {
    const { rates } = limiter({ anonymousPoints: 300, minimumCharge: 100 });
    for (let i = 0; i < 3; i++)
      expect(await rates.charge({ address: "10.0.0.1" }, 1)).toMatchObject({ allowed: true, policy: "anonymous" });
    expect(await rates.charge({ address: "10.0.0.1" }, 1)).toMatchObject({ allowed: false, policy: "anonymous" });
    expect(await rates.charge({ address: "10.0.0.2" }, 1)).toMatchObject({ allowed: true });
  });
});

describe("rate-limit headers and the cost report", () => {
  const now = Date.now();
  const decision = {
    allowed: true,
    policy: "user" as const,
    charged: 120,
    limit: 100_000,
    remaining: 99_880,
    resetAt: new Date(now + 42_000),
    windowSeconds: 60,
  };

  it("follow the IETF structured fields: t is the seconds until the budget is whole, or until a refused request fits", () => {
    const headers = rateLimitHeaders(decision, now);
    expect(headers["ratelimit-policy"]).toBe('"user";q=100000;w=60');
    expect(headers.ratelimit).toBe('"user";r=99880;t=42');
    expect(headers["retry-after"]).toBeUndefined();
    const refused = rateLimitHeaders({ ...decision, allowed: false, remaining: 0, retryAfterSeconds: 7 }, now);
    expect(refused["retry-after"]).toBe("7");
    expect(refused.ratelimit).toBe('"user";r=0;t=7');
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
