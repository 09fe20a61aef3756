import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import type { Logger } from "@plateau/kernel";
import type { FailureLog, FailureTally } from "./failure-log.js";

/** Settings of the Redis {@link FailureLog}. */
export interface RedisFailureLogOptions {
  /** `redis://[user:password@]host:port[/db]`. */
  url: string;
  /** Put before every key, so deployments (and tests) sharing a Redis do not see each other's counts. */
  keyPrefix: string;
  logger: Logger;
  /** How long connecting may take before a command fails (default 2 s). */
  connectTimeoutMs?: number;
}

type ExecReply = [error: Error | null, result: unknown][] | null;

/** The results of a MULTI, failing as a whole when any command failed (the caller then fails open). */
function resultsOf(reply: ExecReply): unknown[] {
  if (!reply) throw new Error("redis transaction aborted");
  return reply.map(([error, result]) => {
    if (error) throw error;
    return result;
  });
}

/**
 * Failed logins in Redis, one sorted set per key (members unique, scored by time), trimmed to the
 * window on every access and expiring with it, so idle keys vanish by themselves. Times come from the
 * caller's clock: identity processes are assumed to agree on the time to well under a second.
 *
 * Connection options as in `@plateau/events`: no offline queue and no command retries, so while Redis
 * is down a command fails at once instead of holding the login for ~10 s; `commandTimeout` also bounds
 * a Redis that accepts connections but does not answer. It resolves once the first connection is up
 * (or has failed): without the offline queue, logins in the first milliseconds would otherwise all go
 * unthrottled.
 */
export async function createRedisFailureLog(options: RedisFailureLogOptions): Promise<FailureLog> {
  const client = new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: options.connectTimeoutMs ?? 2_000,
    commandTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt, 5), 2_000),
    connectionName: "plateau-identity:login-throttle",
  });
  let failures = 0;
  client.on("error", (error: Error) => {
    failures += 1;
    // One line when Redis goes away, then a reminder now and then rather than one per retry.
    if (failures === 1 || failures % 50 === 0) options.logger.warn("login throttle: redis connection error", { error, failures });
  });
  client.on("ready", () => {
    if (failures > 0) options.logger.info("login throttle: redis connection restored", { failures });
    failures = 0;
  });

  await firstConnection(client, options.connectTimeoutMs ?? 2_000);

  return {
    async read(keys, now, windowMs) {
      const tx = client.multi();
      for (const key of keys)
        tx.zremrangebyscore(key, "-inf", now - windowMs)
          .zcard(key)
          .zrange(key, "-1", "-1", "WITHSCORES");
      const results = resultsOf((await tx.exec()) as ExecReply);
      return keys.map((_, i): FailureTally => {
        const latest = results[i * 3 + 2] as string[];
        return { count: Number(results[i * 3 + 1]), lastAt: latest.length === 2 ? Number(latest[1]) : 0 };
      });
    },
    async add(keys, now, windowMs) {
      const tx = client.multi();
      for (const key of keys) {
        tx.zadd(key, now, `${now}:${randomUUID()}`)
          .zremrangebyscore(key, "-inf", now - windowMs)
          .pexpire(key, windowMs)
          .zcard(key);
      }
      const results = resultsOf((await tx.exec()) as ExecReply);
      return keys.map((_, i): FailureTally => ({ count: Number(results[i * 4 + 3]), lastAt: now }));
    },
    async clear(key) {
      await client.del(key);
    },
    async close() {
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/** Resolves when the client is ready, its first attempt failed, or `timeoutMs` passed, whichever is first. */
function firstConnection(client: Redis, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off("ready", done).off("error", done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    client.once("ready", done).once("error", done);
  });
}
