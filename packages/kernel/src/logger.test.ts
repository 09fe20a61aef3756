import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger, type LoggerOptions } from "./logger.js";
import { runInRequestScope } from "./request-context.js";

/** A logger whose lines are collected, parsed, instead of written to stdout. */
function buildLogger(overrides: Partial<LoggerOptions> = {}) {
  const lines: string[] = [];
  const logger = createLogger({ service: "portfolio", level: "debug", write: (line) => lines.push(line), ...overrides });
  return { logger, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("createLogger", () => {
  it("writes one JSON object per line with time, level, message and service", () => {
    const { logger, lines, entries } = buildLogger();

    logger.info("project created", { projectId: "p-1" });

    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("\n");
    const [entry] = entries();
    expect(entry).toEqual({ time: expect.any(String), level: "info", msg: "project created", service: "portfolio", projectId: "p-1" });
    expect(new Date(entry!.time as string).toISOString()).toBe(entry!.time);
  });

  it("keeps its envelope when a call passes fields with the same names", () => {
    const lines: string[] = [];
    const logger = createLogger({ service: "portfolio", level: "info", write: (line) => lines.push(line) });
    logger.info("real message", { msg: "forged", level: "debug", service: "other", detail: 1 });
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: "real message", level: "info", service: "portfolio", detail: 1 });
  });

  it("adds the request id inside a request scope only", () => {
    const { logger, entries } = buildLogger();

    runInRequestScope({ requestId: "req-42" }, () => logger.warn("slow query"));
    logger.warn("outside");

    expect(entries().map((entry) => entry.requestId)).toEqual(["req-42", undefined]);
  });

  it("drops lines below the threshold", () => {
    const { logger, entries } = buildLogger({ level: "warn" });

    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");

    expect(entries().map((entry) => entry.level)).toEqual(["warn", "error"]);
  });

  it("writes nothing when silent", () => {
    const { logger, lines } = buildLogger({ level: "silent" });

    logger.error("boom");

    expect(lines).toEqual([]);
  });

  it("takes its threshold from LOG_LEVEL when none is given, and defaults to info", () => {
    vi.stubEnv("LOG_LEVEL", "error");
    const fromEnv = buildLogger({ level: undefined });
    fromEnv.logger.warn("hidden");
    fromEnv.logger.error("shown");
    expect(fromEnv.entries().map((entry) => entry.msg)).toEqual(["shown"]);

    vi.stubEnv("LOG_LEVEL", "chatty");
    const unknown = buildLogger({ level: undefined });
    unknown.logger.debug("hidden");
    unknown.logger.info("shown");
    expect(unknown.entries().map((entry) => entry.msg)).toEqual(["shown"]);
  });

  it("serialises errors with their name, message and stack", () => {
    const { logger, entries } = buildLogger();
    const failure = new TypeError("cannot read properties of undefined");

    logger.error("unexpected error", { error: failure });

    expect(entries()[0]!.error).toEqual({ name: "TypeError", message: "cannot read properties of undefined", stack: failure.stack });
  });

  it("gives a child logger its own fields on every line, without changing the parent", () => {
    const { logger, entries } = buildLogger({ fields: { region: "eu" } });

    const child = logger.child({ module: "outbox" });
    child.info("published");
    logger.info("plain");

    expect(entries()).toMatchObject([
      { msg: "published", service: "portfolio", region: "eu", module: "outbox" },
      { msg: "plain", service: "portfolio", region: "eu" },
    ]);
    expect(entries()[1]).not.toHaveProperty("module");
  });
});
