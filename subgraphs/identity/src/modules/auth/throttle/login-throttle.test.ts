import { describe, expect, it } from "vitest";
import { AppError, createLogger, ErrorCode } from "@plateau/kernel";
import { createMemoryFailureLog, type FailureLog } from "./failure-log.js";
import { emailHash, LoginThrottle, PASSWORD_RESET_REQUESTS, PASSWORD_RESET_THROTTLE_POLICY } from "./login-throttle.js";

/** A throttle over the in-memory log, on a clock the test moves, with the log lines it writes. */
function buildThrottle(log: FailureLog = createMemoryFailureLog()) {
  const clock = { now: 1_000_000 };
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    service: "identity",
    level: "debug",
    write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  const throttle = new LoginThrottle(log, { now: () => clock.now });
  return { throttle, clock, lines, logger };
}

/** Seconds `guard` asks to wait; 0 when it lets the attempt through. */
async function retryAfter(run: () => Promise<void>): Promise<number> {
  try {
    await run();
    return 0;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== ErrorCode.RATE_LIMITED) throw error;
    return error.extensions.retryAfter as number;
  }
}

const ada = { email: "ada@example.com", ip: "203.0.113.7" };

describe("LoginThrottle (in memory)", () => {
  it("lets four failures through and refuses after the fifth, backing off 1, 2, 4 s with each further failure", async () => {
    const { throttle, clock, logger } = buildThrottle();
    const guard = () => retryAfter(() => throttle.guard(ada, logger));
    for (let i = 0; i < 4; i++) await throttle.recordFailure(ada, logger);
    expect(await guard()).toBe(0);
    await throttle.recordFailure(ada, logger);
    expect(await guard()).toBe(1);

    clock.now += 1_000;
    expect(await guard()).toBe(0);
    await throttle.recordFailure(ada, logger);
    expect(await guard()).toBe(2);
    clock.now += 1_500;
    expect(await guard()).toBe(1);
    clock.now += 500;
    await throttle.recordFailure(ada, logger);
    expect(await guard()).toBe(4);
  });

  it("caps the back-off at 15 minutes and forgets failures older than the window", async () => {
    const { throttle, clock, logger } = buildThrottle();
    for (let i = 0; i < 40; i++) await throttle.recordFailure(ada, logger);
    expect(await retryAfter(() => throttle.guard(ada, logger))).toBe(15 * 60);
    clock.now += 15 * 60_000;
    expect(await retryAfter(() => throttle.guard(ada, logger))).toBe(0);
  });

  it("throttles an address that has an account and one that has none identically: only the email counts", async () => {
    const { throttle, logger } = buildThrottle();
    const unknown = { email: "nobody@example.com", ip: "198.51.100.1" };
    for (let i = 0; i < 5; i++) await throttle.recordFailure(unknown, logger);
    const error = await throttle.guard(unknown, logger).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ErrorCode.RATE_LIMITED, message: "Too many failed login attempts: try again in 1 second" });
  });

  it("clears the account's failures on success but keeps the IP's", async () => {
    const { throttle, logger } = buildThrottle();
    for (let i = 0; i < 4; i++) await throttle.recordFailure(ada, logger);
    await throttle.recordSuccess(ada, logger);
    for (let i = 0; i < 4; i++) await throttle.recordFailure(ada, logger);
    expect(await retryAfter(() => throttle.guard(ada, logger))).toBe(0);

    // Twenty failures from one IP across many accounts lock the IP, whoever tries next from it.
    for (let i = 0; i < 12; i++) await throttle.recordFailure({ email: `user${i}@example.com`, ip: ada.ip }, logger);
    await throttle.recordSuccess(ada, logger);
    expect(await retryAfter(() => throttle.guard({ email: "fresh@example.com", ip: ada.ip }, logger))).toBe(1);
    expect(await retryAfter(() => throttle.guard({ email: "fresh@example.com", ip: "192.0.2.1" }, logger))).toBe(0);
  });

  it("logs a lockout as a security event with the email's hash, never the address", async () => {
    const { throttle, lines, logger } = buildThrottle();
    for (let i = 0; i < 5; i++) await throttle.recordFailure(ada, logger);
    const lockouts = lines.filter((line) => line.event === "login.lockout");
    expect(lockouts).toEqual([
      expect.objectContaining({ level: "warn", scope: "account", emailHash: emailHash(ada.email), failures: 5, lockedForMs: 1_000 }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(ada.email);
  });

  it("keeps another kind's counts (password-reset requests) apart in a shared log, with its own policy and message", async () => {
    const log = createMemoryFailureLog();
    const { throttle: logins, clock, logger } = buildThrottle(log);
    const resets = new LoginThrottle(log, { now: () => clock.now, policy: PASSWORD_RESET_THROTTLE_POLICY, kind: PASSWORD_RESET_REQUESTS });
    for (let i = 0; i < 3; i++) await resets.recordFailure(ada, logger);
    expect(await retryAfter(() => logins.guard(ada, logger))).toBe(0);
    const error = await resets.guard(ada, logger).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ErrorCode.RATE_LIMITED, message: "Too many password-reset requests: try again in 60 seconds" });
    clock.now += 60_000;
    expect(await retryAfter(() => resets.guard(ada, logger))).toBe(0);
  });

  it("fails open when the failure log is unreachable, with a warning", async () => {
    const broken: FailureLog = {
      read: () => Promise.reject(new Error("connection refused")),
      add: () => Promise.reject(new Error("connection refused")),
      clear: () => Promise.reject(new Error("connection refused")),
      close: () => Promise.resolve(),
    };
    const { throttle, lines, logger } = buildThrottle(broken);
    for (let i = 0; i < 10; i++) await throttle.recordFailure(ada, logger);
    await throttle.recordSuccess(ada, logger);
    expect(await retryAfter(() => throttle.guard(ada, logger))).toBe(0);
    expect(lines.filter((line) => line.level === "warn").map((line) => line.msg)).toContain(
      "login throttle unavailable: allowing the attempt unthrottled",
    );
  });
});
