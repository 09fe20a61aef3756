import type { RateDecision } from "./rate-limiter.js";

/**
 * The IETF rate-limit fields (draft-ietf-httpapi-ratelimit-headers, structured-field form) for a
 * decision: `RateLimit-Policy` names the budget, its quota and window; `RateLimit` what remains and,
 * in `t`, the seconds until the budget is whole again (`resetAt`). A refusal adds `Retry-After`, the
 * seconds until the refused request fits, and `t` then says the same, so a client that reads either
 * waits as long.
 */
export function rateLimitHeaders(decision: RateDecision, now = Date.now()): Record<string, string> {
  const resetSeconds = Math.max(0, Math.ceil((decision.resetAt.getTime() - now) / 1_000));
  const retryAfter = decision.allowed ? undefined : (decision.retryAfterSeconds ?? resetSeconds);
  const headers: Record<string, string> = {
    "ratelimit-policy": `"${decision.policy}";q=${decision.limit};w=${decision.windowSeconds}`,
    ratelimit: `"${decision.policy}";r=${decision.remaining};t=${retryAfter ?? resetSeconds}`,
  };
  if (retryAfter !== undefined) headers["retry-after"] = String(retryAfter);
  return headers;
}

/** What every response carries under `extensions.cost`. */
export interface CostReport {
  /** The operation's static cost (what was charged, unless below the minimum charge). */
  requested: number;
  /** The budget per sliding window (of the user, workspace or address, whichever has least left); null when rate limiting is off. */
  limit: number | null;
  /** What the sliding window leaves of it after this request. */
  remaining: number | null;
  /** When the whole budget is free again if nobody spends from it meanwhile (ISO 8601). */
  resetAt: string | null;
}

export function costReport(cost: number, decision: RateDecision | undefined): CostReport {
  if (!decision) return { requested: cost, limit: null, remaining: null, resetAt: null };
  return { requested: cost, limit: decision.limit, remaining: decision.remaining, resetAt: decision.resetAt.toISOString() };
}
