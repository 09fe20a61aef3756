import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { Redis } from "ioredis";
import type { Logger } from "@plateau/kernel";

/** Cost budgets per window (docs/api/limits-and-cost.md). */
export interface RateLimitPolicy {
  /** Length of a window in seconds; a budget is whole again when its window ends. */
  windowSeconds: number;
  /** Cost one signed-in user may spend per window. */
  userPoints: number;
  /** Cost all users of one workspace may spend together per window. */
  workspacePoints: number;
  /** Cost one client address may spend per window without a token. */
  anonymousPoints: number;
  /** What a request is charged at least, however cheap its operation: a flood of tiny requests is still a flood. */
  minimumCharge: number;
}

export const DEFAULT_RATE_LIMIT_POLICY: RateLimitPolicy = {
  windowSeconds: 60,
  userPoints: 100_000,
  workspacePoints: 1_000_000,
  anonymousPoints: 20_000,
  minimumCharge: 100,
};

/** Who is charged: a signed-in user (and their workspace) or, without a token, a client address. */
export type Caller = { userId: string; workspaceId?: string } | { address: string };

/** The budget that decided, as headers and `extensions.cost` report it. */
export interface RateDecision {
  allowed: boolean;
  /** `user`, `workspace` or `anonymous`: the budget with the least left. */
  policy: BudgetName;
  /** Points this request was charged (its cost, at least the minimum charge). */
  charged: number;
  limit: number;
  remaining: number;
  resetAt: Date;
  /** Seconds until the budget has room again (refusals only). */
  retryAfterSeconds?: number;
  windowSeconds: number;
  /** True when the store could not be asked and the request went on unmetered (fail open). */
  unmetered?: boolean;
}

export type BudgetName = "user" | "workspace" | "anonymous";

export interface RateLimiterOptions {
  policy: RateLimitPolicy;
  /** Shared by every gateway instance; without it each instance counts in memory (embedded mode). */
  redis?: Redis;
  /** Key prefix in Redis. */
  keyPrefix?: string;
  logger: Logger;
  /** Told whenever the store failed and a request went on unmetered. */
  onFailOpen?: (budget: BudgetName) => void;
}

/**
 * Cost-based rate limits (rate-limiter-flexible, fixed windows with a reset instant, like GitHub's
 * and Shopify's GraphQL APIs): every request is charged its operation's static cost against its
 * user's and workspace's budgets, or its address's when anonymous. A request refused by any budget
 * is given back to every budget it was charged to, so hammering over the limit does not push the
 * reset further away. When Redis cannot answer, requests go on unmetered (fail open) with a warning
 * and a metric: a limiter outage must never stop the API.
 */
export class CostRateLimiter {
  private readonly budgets: Record<BudgetName, RateLimiterAbstract>;
  private lastWarning = 0;

  constructor(private readonly options: RateLimiterOptions) {
    const { policy, redis } = options;
    const prefix = options.keyPrefix ?? "plateau:ratelimit";
    const make = (name: BudgetName, points: number): RateLimiterAbstract =>
      redis
        ? new RateLimiterRedis({
            storeClient: redis,
            points,
            duration: policy.windowSeconds,
            keyPrefix: `${prefix}:${name}`,
            rejectIfRedisNotReady: true,
          })
        : new RateLimiterMemory({ points, duration: policy.windowSeconds, keyPrefix: `${prefix}:${name}` });
    this.budgets = {
      user: make("user", policy.userPoints),
      workspace: make("workspace", policy.workspacePoints),
      anonymous: make("anonymous", policy.anonymousPoints),
    };
  }

  get policy(): RateLimitPolicy {
    return this.options.policy;
  }

  /** Charges `cost` to the caller's budgets; the decision says whether the request may go on. */
  async charge(caller: Caller, cost: number): Promise<RateDecision> {
    const charged = Math.max(Math.ceil(cost), this.options.policy.minimumCharge);
    const keys: [BudgetName, string][] =
      "address" in caller
        ? [["anonymous", caller.address]]
        : [["user", caller.userId], ...(caller.workspaceId ? [["workspace", caller.workspaceId] as [BudgetName, string]] : [])];
    let outcomes: { name: BudgetName; key: string; result: RateLimiterRes; allowed: boolean }[];
    try {
      outcomes = await Promise.all(
        keys.map(async ([name, key]) => {
          try {
            return { name, key, result: await this.budgets[name].consume(key, charged), allowed: true };
          } catch (rejection) {
            if (rejection instanceof RateLimiterRes) return { name, key, result: rejection, allowed: false };
            throw rejection;
          }
        }),
      );
    } catch (error) {
      return this.failOpen(error, keys[0]![0], charged);
    }
    const refused = outcomes.filter((outcome) => !outcome.allowed);
    if (refused.length > 0) {
      // Give every budget back what this refused request took from it.
      await Promise.all(outcomes.map((outcome) => this.budgets[outcome.name].reward(outcome.key, charged).catch(() => undefined)));
    }
    const deciding = (refused.length > 0 ? refused : outcomes).reduce((tightest, outcome) =>
      outcome.result.remainingPoints < tightest.result.remainingPoints ? outcome : tightest,
    );
    const limit = this.budgets[deciding.name].points;
    const resetAt = new Date(Date.now() + deciding.result.msBeforeNext);
    if (refused.length === 0) {
      return {
        allowed: true,
        policy: deciding.name,
        charged,
        limit,
        remaining: deciding.result.remainingPoints,
        resetAt,
        windowSeconds: this.policy.windowSeconds,
      };
    }
    // What is left once the refused request is given back.
    const remaining = Math.max(0, limit - (deciding.result.consumedPoints - charged));
    return {
      allowed: false,
      policy: deciding.name,
      charged,
      limit,
      remaining,
      resetAt,
      retryAfterSeconds: Math.max(1, Math.ceil(deciding.result.msBeforeNext / 1_000)),
      windowSeconds: this.policy.windowSeconds,
    };
  }

  private failOpen(error: unknown, budget: BudgetName, charged: number): RateDecision {
    this.options.onFailOpen?.(budget);
    // One warning per ten seconds, not one per request, while the store is down.
    if (Date.now() - this.lastWarning > 10_000) {
      this.lastWarning = Date.now();
      this.options.logger.warn("rate limiter store unavailable: requests go on unmetered", { error });
    }
    const limit = this.budgets[budget].points;
    return {
      allowed: true,
      policy: budget,
      charged,
      limit,
      remaining: limit,
      resetAt: new Date(Date.now() + this.policy.windowSeconds * 1_000),
      windowSeconds: this.policy.windowSeconds,
      unmetered: true,
    };
  }
}

/**
 * The rate limiter's own Redis connection: it fails fast while Redis is down (no offline queue, one
 * retry), so the limiter fails open at once instead of holding requests; its connection errors are
 * the limiter's to report (a throttled warning and a metric), not the connection's.
 */
export function connectRateLimitRedis(url: string): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName: "plateau-gateway-ratelimit" });
  redis.on("error", () => {});
  return redis;
}
