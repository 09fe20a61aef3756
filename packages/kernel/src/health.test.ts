import { afterEach, describe, expect, it, vi } from "vitest";
import { healthReport, type HealthCheck } from "./health.js";

const up = (critical = true): HealthCheck => ({ critical, check: async () => {} });
const down = (message: string, critical = true): HealthCheck => ({
  critical,
  check: async () => {
    throw new Error(message);
  },
});

afterEach(() => {
  vi.useRealTimers();
});

describe("healthReport", () => {
  it("is healthy when every check passes", async () => {
    const report = await healthReport({ postgres: up(), redis: up(false) });

    expect(report.status).toBe("healthy");
    expect(report.checks).toEqual({
      postgres: { status: "up", latencyMs: expect.any(Number) },
      redis: { status: "up", latencyMs: expect.any(Number) },
    });
  });

  it("is healthy with nothing to check", async () => {
    expect(await healthReport({})).toEqual({ status: "healthy", checks: {} });
  });

  it("is degraded when only a non-critical check fails, and says why", async () => {
    const report = await healthReport({ postgres: up(), redis: down("connect ECONNREFUSED", false) });

    expect(report.status).toBe("degraded");
    expect(report.checks.redis).toEqual({ status: "down", latencyMs: expect.any(Number), error: "connect ECONNREFUSED" });
    expect(report.checks.postgres!.status).toBe("up");
  });

  it("is unhealthy when a critical check fails, whatever the others do", async () => {
    const report = await healthReport({ postgres: down("password authentication failed"), redis: down("timeout", false) });

    expect(report.status).toBe("unhealthy");
    expect(report.checks.postgres!.error).toBe("password authentication failed");
  });

  it("times a hanging check out after two seconds instead of waiting for it", async () => {
    vi.useFakeTimers();
    const hanging: HealthCheck = { critical: true, check: () => new Promise<void>(() => {}) };

    const pending = healthReport({ postgres: hanging, redis: up(false) });
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const report = await pending;

    expect(report.status).toBe("unhealthy");
    expect(report.checks.postgres).toMatchObject({ status: "down", error: "timed out" });
    expect(report.checks.redis!.status).toBe("up");
  });
});
