import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { createLogger } from "@plateau/kernel";
import { startRedisServer, type TestRedisServer } from "@plateau/test-kit";
import { CostRateLimiter, DEFAULT_RATE_LIMIT_POLICY, type RateLimitPolicy } from "./rate-limiter.js";

const logger = createLogger({ service: "test", level: "silent" });
let server: TestRedisServer;
const clients: Redis[] = [];
const WINDOW = 60_000;
/** A window's edge, on the clock the instances share. */
const EDGE = 1_000_000 * WINDOW;
const clock = { now: EDGE + 10_000 };

/** A gateway instance's limiter on the shared Redis, with a connection of its own that fails fast. */
function instance(keyPrefix: string, options: { onFailOpen?: () => void; policy?: Partial<RateLimitPolicy>; now?: () => number } = {}) {
  const redis = new Redis(server.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => 50 });
  redis.on("error", () => {});
  clients.push(redis);
  const limiter = new CostRateLimiter({
    policy: { ...DEFAULT_RATE_LIMIT_POLICY, userPoints: 1_000, workspacePoints: 1_500, minimumCharge: 1, ...options.policy },
    redis,
    keyPrefix,
    logger,
    onFailOpen: options.onFailOpen,
    now: options.now ?? (() => clock.now),
  });
  return { redis, limiter };
}

const ready = (redis: Redis) => (redis.status === "ready" ? Promise.resolve() : new Promise((resolve) => redis.once("ready", resolve)));

beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await server?.stop();
});

describe("CostRateLimiter on Redis", () => {
  it("shares one budget between gateway instances, one counter per budget and window", async () => {
    clock.now = EDGE + 10_000;
    const a = instance("shared");
    const b = instance("shared");
    await Promise.all([ready(a.redis), ready(b.redis)]);
    expect(await a.limiter.charge({ userId: "u1" }, 600)).toMatchObject({ allowed: true, remaining: 400 });
    expect(await b.limiter.charge({ userId: "u1" }, 300)).toMatchObject({ allowed: true, remaining: 100 });
    const refused = await a.limiter.charge({ userId: "u1" }, 200);
    expect(refused).toMatchObject({ allowed: false, remaining: 100 });
    expect(refused.unmetered).toBeUndefined();
    // The window's counter holds what was admitted, and lives two windows: it is the previous window's next.
    const counter = `shared:user:u1:${EDGE / WINDOW}`;
    expect(await a.redis.get(counter)).toBe("900");
    const ttl = await a.redis.pttl(counter);
    expect(ttl).toBeGreaterThan(2 * WINDOW - 10_000);
    expect(ttl).toBeLessThanOrEqual(2 * WINDOW);
  });

  it("does not let a budget spent on one instance before a window's edge be spent on another just after it", async () => {
    const a = instance("edge");
    const b = instance("edge");
    await Promise.all([ready(a.redis), ready(b.redis)]);
    clock.now = EDGE + WINDOW - 500;
    expect(await a.limiter.charge({ userId: "u1" }, 1_000)).toMatchObject({ allowed: true, remaining: 0 });
    clock.now = EDGE + WINDOW + 500;
    const refused = await b.limiter.charge({ userId: "u1" }, 500);
    expect(refused).toMatchObject({ allowed: false, policy: "user", remaining: 8 });
    // 500 fits once half the previous window has slid out.
    expect(refused.retryAfterSeconds).toBe(30);
    clock.now += 29_000;
    expect(await a.limiter.charge({ userId: "u1" }, 500)).toMatchObject({ allowed: false });
    clock.now += 1_000;
    // 30.5 s after the edge: 1,000 × 29.5/60 and the 500 just admitted.
    expect(await b.limiter.charge({ userId: "u1" }, 500)).toMatchObject({ allowed: true, remaining: 8 });
  });

  it("gives a request the workspace refuses back to the user's budget too", async () => {
    clock.now = EDGE + 10_000;
    const a = instance("refund");
    const b = instance("refund");
    await Promise.all([ready(a.redis), ready(b.redis)]);
    expect(await a.limiter.charge({ userId: "x", workspaceId: "w" }, 1_000)).toMatchObject({ allowed: true });
    expect(await b.limiter.charge({ userId: "y", workspaceId: "w" }, 800)).toMatchObject({ allowed: false, policy: "workspace" });
    expect(await a.redis.get(`refund:user:y:${EDGE / WINDOW}`)).toBe("0");
    expect(await b.limiter.charge({ userId: "y", workspaceId: "w" }, 500)).toMatchObject({
      allowed: true,
      policy: "workspace",
      remaining: 0,
    });
  });

  it("admits a refused caller once Retry-After has passed, on the real clock with one-second windows", async () => {
    const { redis, limiter } = instance("realtime", { policy: { windowSeconds: 1 }, now: Date.now });
    await ready(redis);
    const caller = { userId: "u1" };
    expect(await limiter.charge(caller, 1_000)).toMatchObject({ allowed: true, remaining: 0 });
    const refused = await limiter.charge(caller, 600);
    expect(refused).toMatchObject({ allowed: false, windowSeconds: 1 });
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(2);
    // The wait the window requires, as a client honouring Retry-After would.
    await sleep(refused.retryAfterSeconds! * 1_000);
    expect(await limiter.charge(caller, 600)).toMatchObject({ allowed: true });
  });

  it("fails open while Redis is down, and counts again once it is back", async () => {
    clock.now = EDGE + 10_000;
    let failures = 0;
    const { redis, limiter } = instance("outage", { onFailOpen: () => (failures += 1) });
    await ready(redis);
    expect(await limiter.charge({ userId: "u2" }, 900)).toMatchObject({ allowed: true, remaining: 100 });
    await server.stop();
    const unmetered = await limiter.charge({ userId: "u2" }, 900);
    expect(unmetered).toMatchObject({ allowed: true, unmetered: true, remaining: 1_000 });
    expect(failures).toBe(1);
    await server.start();
    await ready(redis);
    // A new server holds no counters: the user's budget is whole.
    expect(await limiter.charge({ userId: "u2" }, 900)).toMatchObject({ allowed: true, remaining: 100 });
    expect(await limiter.charge({ userId: "u2" }, 900)).toMatchObject({ allowed: false, remaining: 100 });
    expect(failures).toBe(1);
  });
});
