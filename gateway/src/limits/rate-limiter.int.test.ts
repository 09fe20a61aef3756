import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { createLogger } from "@plateau/kernel";
import { startRedisServer, type TestRedisServer } from "@plateau/test-kit";
import { CostRateLimiter, DEFAULT_RATE_LIMIT_POLICY } from "./rate-limiter.js";

const logger = createLogger({ service: "test", level: "silent" });
let server: TestRedisServer;
const clients: Redis[] = [];

/** A gateway instance's limiter on the shared Redis, with a connection of its own that fails fast. */
function instance(keyPrefix: string, onFailOpen?: () => void) {
  const redis = new Redis(server.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => 50 });
  redis.on("error", () => {});
  clients.push(redis);
  const limiter = new CostRateLimiter({
    policy: { ...DEFAULT_RATE_LIMIT_POLICY, userPoints: 1_000, minimumCharge: 1 },
    redis,
    keyPrefix,
    logger,
    onFailOpen,
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
  it("shares one budget between gateway instances", async () => {
    const a = instance("shared");
    const b = instance("shared");
    await Promise.all([ready(a.redis), ready(b.redis)]);
    expect(await a.limiter.charge({ userId: "u1" }, 600)).toMatchObject({ allowed: true, remaining: 400 });
    expect(await b.limiter.charge({ userId: "u1" }, 300)).toMatchObject({ allowed: true, remaining: 100 });
    const refused = await a.limiter.charge({ userId: "u1" }, 200);
    expect(refused).toMatchObject({ allowed: false, remaining: 100 });
    expect(refused.unmetered).toBeUndefined();
    // The budget lives in Redis with the window's expiry.
    const ttl = await a.redis.pttl("shared:user:u1");
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it("fails open while Redis is down, and counts again once it is back", async () => {
    let failures = 0;
    const { redis, limiter } = instance("outage", () => (failures += 1));
    await ready(redis);
    expect(await limiter.charge({ userId: "u2" }, 900)).toMatchObject({ allowed: true, remaining: 100 });
    await server.stop();
    const unmetered = await limiter.charge({ userId: "u2" }, 900);
    expect(unmetered).toMatchObject({ allowed: true, unmetered: true });
    expect(failures).toBe(1);
    await server.start();
    await ready(redis);
    // A new server holds no budgets: the user starts a fresh window.
    expect(await limiter.charge({ userId: "u2" }, 900)).toMatchObject({ allowed: true, remaining: 100 });
    expect(failures).toBe(1);
  });
});
