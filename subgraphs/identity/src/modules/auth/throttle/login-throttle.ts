import { createHash } from "node:crypto";
import { AppError, ErrorCode, type Logger } from "@plateau/kernel";
import type { FailureLog, FailureTally } from "./failure-log.js";

/**
 * The login throttling policy. Failed logins are counted per account (normalised email, whether or not
 * it has an account, so a refusal says nothing about which emails are registered) and per client IP,
 * over a sliding window. Once a key has `limit` failures in the window, attempts are refused until
 * `baseDelayMs · 2^(failures − limit)` after its latest failure (capped at `maxDelayMs`) — even with
 * the right password, which is what stops guessing. Refused attempts check no password and are not
 * counted, so the back-off doubles only with each further wrong guess. A successful login clears the
 * account's count but not the IP's: one valid account must not reset an IP that sprays many.
 */
export const LOGIN_THROTTLE_POLICY = {
  windowMs: 15 * 60_000,
  accountLimit: 5,
  // Higher than per account: offices and mobile carriers put many users behind one address.
  ipLimit: 20,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
};

export type LoginThrottlePolicy = typeof LOGIN_THROTTLE_POLICY;

/** Who is trying to log in. */
export interface LoginAttempt {
  /** Normalised email. */
  email: string;
  /** Client address; null outside an HTTP request (then only the account is counted). */
  ip: string | null;
}

/** A stable pseudonym of an email for keys and logs: neither Redis nor the logs hold the address. */
export const emailHash = (email: string) => createHash("sha256").update(email).digest("hex").slice(0, 32);

/** Login throttling over a {@link FailureLog}. */
export class LoginThrottle {
  private readonly policy: LoginThrottlePolicy;
  private readonly now: () => number;

  constructor(
    private readonly log: FailureLog,
    options: { policy?: Partial<LoginThrottlePolicy>; now?: () => number } = {},
  ) {
    this.policy = { ...LOGIN_THROTTLE_POLICY, ...options.policy };
    this.now = options.now ?? Date.now;
  }

  /**
   * Throws RATE_LIMITED (with `retryAfter` in seconds) when the attempt must wait. When the failure log
   * cannot be reached it lets the attempt through (fail open): logins keep working while Redis is down,
   * and argon2's cost still slows guessing; the warning makes the gap visible.
   */
  async guard(attempt: LoginAttempt, logger: Logger): Promise<void> {
    const keys = this.keysOf(attempt);
    const now = this.now();
    let tallies: FailureTally[];
    try {
      tallies = await this.log.read(
        keys.map((k) => k.key),
        now,
        this.policy.windowMs,
      );
    } catch (error) {
      logger.warn("login throttle unavailable: allowing the attempt unthrottled", { error });
      return;
    }
    const waitMs = Math.max(0, ...tallies.map((tally, i) => this.lockedUntil(tally, keys[i]!.limit) - now));
    if (waitMs <= 0) return;
    const retryAfter = Math.ceil(waitMs / 1000);
    throw new AppError(
      ErrorCode.RATE_LIMITED,
      `Too many failed login attempts: try again in ${retryAfter} second${retryAfter === 1 ? "" : "s"}`,
      { retryAfter },
    );
  }

  /** Counts a failed login; a key reaching its limit is logged as a lockout (a security event). */
  async recordFailure(attempt: LoginAttempt, logger: Logger): Promise<void> {
    const keys = this.keysOf(attempt);
    const now = this.now();
    let tallies: FailureTally[];
    try {
      tallies = await this.log.add(
        keys.map((k) => k.key),
        now,
        this.policy.windowMs,
      );
    } catch (error) {
      logger.warn("login throttle unavailable: failed login not counted", { error });
      return;
    }
    tallies.forEach((tally, i) => {
      const { scope, limit } = keys[i]!;
      if (tally.count < limit) return;
      const lockedForMs = this.lockedUntil(tally, limit) - now;
      const who = scope === "account" ? { emailHash: emailHash(attempt.email) } : { ip: attempt.ip };
      logger.warn("login locked out after repeated failures", {
        event: "login.lockout",
        scope,
        ...who,
        failures: tally.count,
        lockedForMs,
      });
    });
  }

  /** Clears the account's failures after a successful login (the IP's stay). */
  async recordSuccess(attempt: LoginAttempt, logger: Logger): Promise<void> {
    try {
      await this.log.clear(this.keysOf(attempt)[0]!.key);
    } catch (error) {
      logger.warn("login throttle unavailable: failures not cleared", { error });
    }
  }

  close(): Promise<void> {
    return this.log.close();
  }

  /** When a key with `tally` may try again; 0 below the limit. */
  private lockedUntil(tally: FailureTally, limit: number): number {
    if (tally.count < limit) return 0;
    const { baseDelayMs, maxDelayMs } = this.policy;
    // The exponent is bounded so that a long burst cannot overflow to Infinity before the cap.
    return tally.lastAt + Math.min(baseDelayMs * 2 ** Math.min(tally.count - limit, 40), maxDelayMs);
  }

  private keysOf(attempt: LoginAttempt) {
    const keys = [{ scope: "account", key: `login-failures:account:${emailHash(attempt.email)}`, limit: this.policy.accountLimit }];
    if (attempt.ip) keys.push({ scope: "ip", key: `login-failures:ip:${attempt.ip}`, limit: this.policy.ipLimit });
    return keys;
  }
}
