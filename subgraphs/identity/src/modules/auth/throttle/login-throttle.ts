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

/**
 * Password-reset requests, counted like failed logins but every request counts (each one mails the
 * account): a few per address and hour, more per client IP, then an exponential back-off. Counted per
 * address whether or not it has an account, so a refusal says nothing about which addresses do.
 */
export const PASSWORD_RESET_THROTTLE_POLICY: LoginThrottlePolicy = {
  windowMs: 60 * 60_000,
  accountLimit: 3,
  ipLimit: 20,
  baseDelayMs: 60_000,
  maxDelayMs: 60 * 60_000,
};

/** What a throttle counts: its keys' namespace and how a refusal reads. */
export interface ThrottleKind {
  /** How log lines name the throttle, e.g. "login throttle". */
  name: string;
  /** Prefix of the failure log's keys, e.g. `login-failures`. */
  keys: string;
  /** The start of the RATE_LIMITED message, e.g. "Too many failed login attempts". */
  refusal: string;
  /** The `event` of the log line written when a key reaches its limit. */
  lockoutEvent: string;
}

/** The login throttle's kind: failed logins (and wrong MFA codes or current passwords). */
export const LOGIN_ATTEMPTS: ThrottleKind = {
  name: "login throttle",
  keys: "login-failures",
  refusal: "Too many failed login attempts",
  lockoutEvent: "login.lockout",
};

/** The password-reset throttle's kind: requests for a reset message. */
export const PASSWORD_RESET_REQUESTS: ThrottleKind = {
  name: "password-reset throttle",
  keys: "password-reset-requests",
  refusal: "Too many password-reset requests",
  lockoutEvent: "password_reset.throttled",
};

/** Who is trying to log in. */
export interface LoginAttempt {
  /** Normalised email. */
  email: string;
  /** Client address; null outside an HTTP request (then only the account is counted). */
  ip: string | null;
}

/** A stable pseudonym of an email for keys and logs: neither Redis nor the logs hold the address. */
export const emailHash = (email: string) => createHash("sha256").update(email).digest("hex").slice(0, 32);

/**
 * Throttling of attempts per account and client IP over a {@link FailureLog}: failed logins by default,
 * or another {@link ThrottleKind} under its own keys (password-reset requests). Several throttles may
 * share one log; its owner closes it.
 */
export class LoginThrottle {
  private readonly policy: LoginThrottlePolicy;
  private readonly now: () => number;
  private readonly kind: ThrottleKind;

  constructor(
    private readonly log: FailureLog,
    options: { policy?: Partial<LoginThrottlePolicy>; now?: () => number; kind?: ThrottleKind } = {},
  ) {
    this.policy = { ...LOGIN_THROTTLE_POLICY, ...options.policy };
    this.now = options.now ?? Date.now;
    this.kind = options.kind ?? LOGIN_ATTEMPTS;
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
      logger.warn(`${this.kind.name} unavailable: allowing the attempt unthrottled`, { error });
      return;
    }
    const waitMs = Math.max(0, ...tallies.map((tally, i) => this.lockedUntil(tally, keys[i]!.limit) - now));
    if (waitMs <= 0) return;
    const retryAfter = Math.ceil(waitMs / 1000);
    throw new AppError(ErrorCode.RATE_LIMITED, `${this.kind.refusal}: try again in ${retryAfter} second${retryAfter === 1 ? "" : "s"}`, {
      retryAfter,
    });
  }

  /**
   * Counts an attempt (a failed login; for password resets, every request); a key reaching its limit
   * is logged as a lockout.
   */
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
      logger.warn(`${this.kind.name} unavailable: attempt not counted`, { error });
      return;
    }
    tallies.forEach((tally, i) => {
      const { scope, limit } = keys[i]!;
      if (tally.count < limit) return;
      const lockedForMs = this.lockedUntil(tally, limit) - now;
      const who = scope === "account" ? { emailHash: emailHash(attempt.email) } : { ip: attempt.ip };
      logger.warn(`${this.kind.name}: locked out after reaching the limit`, {
        event: this.kind.lockoutEvent,
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
      logger.warn(`${this.kind.name} unavailable: failures not cleared`, { error });
    }
  }

  /** When a key with `tally` may try again; 0 below the limit. */
  private lockedUntil(tally: FailureTally, limit: number): number {
    if (tally.count < limit) return 0;
    const { baseDelayMs, maxDelayMs } = this.policy;
    // The exponent is bounded so that a long burst cannot overflow to Infinity before the cap.
    return tally.lastAt + Math.min(baseDelayMs * 2 ** Math.min(tally.count - limit, 40), maxDelayMs);
  }

  private keysOf(attempt: LoginAttempt) {
    const prefix = this.kind.keys;
    const keys = [{ scope: "account", key: `${prefix}:account:${emailHash(attempt.email)}`, limit: this.policy.accountLimit }];
    if (attempt.ip) keys.push({ scope: "ip", key: `${prefix}:ip:${attempt.ip}`, limit: this.policy.ipLimit });
    return keys;
  }
}
