import type { RateDecision } from "./rate-limiter.js";

/**
 * The IETF rate-limit fields (draft-ietf-httpapi-ratelimit-headers, structured-field form) for a
 * decision: `RateLimit-Policy` names the budget, its quota and window; `RateLimit` what remains and
 * the seconds until it is whole again; a refusal adds `Retry-After`.
 */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  const resetSeconds = Math.max(0, Math.ceil((decision.resetAt.getTime() - Date.now()) / 1_000));
  const headers: Record<string, string> = {
    "ratelimit-policy": `"${decision.policy}";q=${decision.limit};w=${decision.windowSeconds}`,
    ratelimit: `"${decision.policy}";r=${decision.remaining};t=${resetSeconds}`,
  };
  if (!decision.allowed) headers["retry-after"] = String(decision.retryAfterSeconds ?? resetSeconds);
  return headers;
}

/** What every response carries under `extensions.cost`. */
export interface CostReport {
  /** The operation's static cost (what was charged, unless below the minimum charge). */
  requested: number;
  /** The budget of the window (of the user, workspace or address, whichever has least left); null when rate limiting is off. */
  limit: number | null;
  /** What is left of it after this request. */
  remaining: number | null;
  /** When the budget is whole again (ISO 8601). */
  resetAt: string | null;
}

export function costReport(cost: number, decision: RateDecision | undefined): CostReport {
  if (!decision) return { requested: cost, limit: null, remaining: null, resetAt: null };
  return { requested: cost, limit: decision.limit, remaining: decision.remaining, resetAt: decision.resetAt.toISOString() };
}
