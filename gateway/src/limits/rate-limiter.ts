import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { Redis } from "ioredis";
import type { Logger } from "@plateau/kernel";

/** Cost budgets per sliding window (docs/api/limits-and-cost.md). */
export interface RateLimitPolicy {
  /** Length of the sliding window in seconds: what a budget may spend in any such span (approximately, see CostRateLimiter). */
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
  /**
   * `user`, `workspace` or `anonymous`: when allowed, the budget with the least left; when refused, the
   * refused budget that takes longest to make room for the request.
   */
  policy: BudgetName;
  /** Points this request was charged (its cost, at least the minimum charge). */
  charged: number;
  limit: number;
  /** What the sliding window leaves of the budget now, after this request (a refused one is not counted), rounded down. */
  remaining: number;
  /** When the whole budget is free again if nobody spends from it meanwhile (the sliding window then holds nothing). */
  resetAt: Date;
  /**
   * Refusals only: whole seconds until this request's charge fits the budget if nobody spends from it
   * meanwhile (the earliest instant, rounded up), and at least 1.
   */
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
  /** The clock, in milliseconds since the epoch (tests move it); `Date.now` by default. */
  now?: () => number;
}

/** One budget's two counters as a charge read them: its spend in the current and in the previous fixed window. */
interface BudgetState {
  name: BudgetName;
  /** The store key of the current window's counter, where the charge went (and a refund goes). */
  key: string;
  limit: number;
  /** Spend in the current window, this request included. */
  current: number;
  previous: number;
}

/**
 * Cost-based rate limits in a sliding window (the sliding-window counter of Cloudflare and Upstash):
 * every request is charged its operation's static cost against its user's and workspace's budgets, or
 * its address's when anonymous. Each budget keeps one counter per fixed window of `windowSeconds`
 * (rate-limiter-flexible's counters, in Redis when the gateway has it, else in memory, keyed by budget
 * and window index and kept for two windows). What the sliding window ending now has spent is taken as
 *
 *     spent = current window's spend + previous window's spend × the part of the previous window still inside it
 *
 * which assumes the previous window's spend was spread evenly over it. A request is admitted when
 * `spent` (itself included) is at most the budget, so no span of one window admits much more than a
 * budget: a client that spent a whole budget just before a window's edge still finds it spent just
 * after, and recovers gradually as that spend slides out. A request refused by any budget is given
 * back to every budget it was charged to, so hammering over the limit costs nothing and does not push
 * recovery further away. A charge is one round trip to Redis per budget, all budgets at once: the
 * current counter's increment and the previous counter's read go out together. When Redis cannot
 * answer, requests go on unmetered (fail open) with a warning and a metric: a limiter outage must
 * never stop the API. Gateway instances take the window index from their own clocks: keep them in
 * sync (NTP); a skew of s seconds moves an instance's window edges by s.
 */
export class CostRateLimiter {
  private readonly counters: Record<BudgetName, RateLimiterAbstract>;
  private readonly limits: Record<BudgetName, number>;
  private readonly now: () => number;
  private lastWarning = -Infinity;

  constructor(private readonly options: RateLimiterOptions) {
    const { policy, redis } = options;
    const prefix = options.keyPrefix ?? "plateau:ratelimit";
    this.now = options.now ?? Date.now;
    // A window's counter is read as the previous window's during the next one: it lives two windows.
    const duration = 2 * policy.windowSeconds;
    const make = (name: BudgetName, points: number): RateLimiterAbstract =>
      redis
        ? new RateLimiterRedis({ storeClient: redis, points, duration, keyPrefix: `${prefix}:${name}`, rejectIfRedisNotReady: true })
        : new RateLimiterMemory({ points, duration, keyPrefix: `${prefix}:${name}` });
    this.limits = { user: policy.userPoints, workspace: policy.workspacePoints, anonymous: policy.anonymousPoints };
    this.counters = {
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
    const budgets: [BudgetName, string][] =
      "address" in caller
        ? [["anonymous", caller.address]]
        : [["user", caller.userId], ...(caller.workspaceId ? [["workspace", caller.workspaceId] as [BudgetName, string]] : [])];
    const now = this.now();
    const windowMs = this.policy.windowSeconds * 1_000;
    const index = Math.floor(now / windowMs);
    let states: BudgetState[];
    try {
      states = await Promise.all(
        budgets.map(async ([name, id]): Promise<BudgetState> => {
          const key = `${id}:${index}`;
          const [current, previous] = await Promise.all([
            this.counters[name].penalty(key, charged),
            this.counters[name].get(`${id}:${index - 1}`),
          ]);
          return { name, key, limit: this.limits[name], current: current.consumedPoints, previous: previous?.consumedPoints ?? 0 };
        }),
      );
    } catch (error) {
      return this.failOpen(error, budgets[0]![0], charged);
    }
    const window = new SlidingWindow(windowMs, index, now);
    const refused = states.filter((state) => window.over(state));
    if (refused.length === 0) {
      const tightest = minBy(states, (state) => window.remaining(state));
      return this.decision(window, tightest, charged, true);
    }
    // Give every budget back what this refused request took from it.
    await Promise.all(states.map((state) => this.counters[state.name].reward(state.key, charged).catch(() => undefined)));
    const returned = refused.map((state) => ({ ...state, current: state.current - charged }));
    // The budget that makes the caller wait longest decides (the one with least left among equals).
    const deciding = returned.reduce((worst, state) => {
      const [fits, worstFits] = [window.fitsAt(state, charged), window.fitsAt(worst, charged)];
      return fits > worstFits || (fits === worstFits && window.remaining(state) < window.remaining(worst)) ? state : worst;
    });
    return this.decision(window, deciding, charged, false);
  }

  private decision(window: SlidingWindow, state: BudgetState, charged: number, allowed: boolean): RateDecision {
    return {
      allowed,
      policy: state.name,
      charged,
      limit: state.limit,
      remaining: window.remaining(state),
      resetAt: new Date(window.emptyAt(state)),
      ...(allowed ? {} : { retryAfterSeconds: Math.max(1, Math.ceil((window.fitsAt(state, charged) - window.now) / 1_000)) }),
      windowSeconds: this.policy.windowSeconds,
    };
  }

  private failOpen(error: unknown, budget: BudgetName, charged: number): RateDecision {
    this.options.onFailOpen?.(budget);
    // One warning per ten seconds, not one per request, while the store is down.
    const now = this.now();
    if (now - this.lastWarning > 10_000) {
      this.lastWarning = now;
      this.options.logger.warn("rate limiter store unavailable: requests go on unmetered", { error });
    }
    const limit = this.limits[budget];
    return {
      allowed: true,
      policy: budget,
      charged,
      limit,
      remaining: limit,
      resetAt: new Date(now),
      windowSeconds: this.policy.windowSeconds,
      unmetered: true,
    };
  }
}

/**
 * The sliding-window arithmetic at one instant, in integers: spend is compared in points × milliseconds
 * (a fixed window's counter weighted by the milliseconds of it still inside the sliding window), so
 * nothing is lost to rounding while a budget × the window in milliseconds stays below 2^53 (a million
 * points an hour is 3.6 × 10^12).
 */
class SlidingWindow {
  /** Milliseconds from the current fixed window's start to now. */
  private readonly elapsed: number;
  private readonly start: number;

  constructor(
    private readonly length: number,
    index: number,
    readonly now: number,
  ) {
    this.start = index * length;
    this.elapsed = now - this.start;
  }

  /** What the sliding window ending now has spent, in points × milliseconds. */
  private weighted(state: BudgetState): number {
    return state.current * this.length + state.previous * (this.length - this.elapsed);
  }

  /** Whether the sliding window ending now holds more than the budget. */
  over(state: BudgetState): boolean {
    return this.weighted(state) > state.limit * this.length;
  }

  remaining(state: BudgetState): number {
    return Math.max(0, Math.floor((state.limit * this.length - this.weighted(state)) / this.length));
  }

  /** When the sliding window holds nothing of this budget's spend if nobody spends meanwhile. */
  emptyAt(state: BudgetState): number {
    if (state.current > 0) return this.start + 2 * this.length;
    if (state.previous > 0) return this.start + this.length;
    return this.now;
  }

  /**
   * The earliest instant at which `charge` more fits the budget if nobody spends meanwhile: still in
   * the current window once enough of the previous window's spend has slid out, else in the next
   * window once enough of the current one's has. A charge above the whole budget never fits: then the
   * instant the budget is whole again.
   */
  fitsAt(state: BudgetState, charge: number): number {
    const room = state.limit - charge;
    if (room < 0) return this.emptyAt(state);
    if (this.weighted(state) <= room * this.length) return this.now;
    if (state.current <= room) {
      // previous × (length − t) ≤ (room − current) × length, for t the milliseconds into the current window.
      const t = this.length - Math.floor(((room - state.current) * this.length) / state.previous);
      return this.start + Math.max(t, this.elapsed);
    }
    // current × (length − t) ≤ room × length, for t the milliseconds into the next window.
    const t = this.length - Math.floor((room * this.length) / state.current);
    return this.start + this.length + t;
  }
}

function minBy<T>(items: T[], score: (item: T) => number): T {
  return items.reduce((best, item) => (score(item) < score(best) ? item : best));
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
