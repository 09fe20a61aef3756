import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger, REDACTED, type LoggerOptions } from "./logger.js";
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

  it("redacts credentials by key name, at the top level and nested, and leaves the rest", () => {
    const { logger, lines, entries } = buildLogger();

    logger.warn("login failed", {
      authorization: "Bearer eyJhbGciOi.secret.part",
      headers: { authorization: "Bearer abc", cookie: "sid=1", "set-cookie": "sid=2", "x-request-id": "r-1" },
      input: { email: "ada@example.com", credentials: { password: "hunter2", token: "t-1" } },
      refreshToken: "rt-1",
      secret: "s-1",
    });

    expect(entries()[0]).toMatchObject({
      authorization: REDACTED,
      headers: { authorization: REDACTED, cookie: REDACTED, "set-cookie": REDACTED, "x-request-id": "r-1" },
      input: { email: "ada@example.com", credentials: { password: REDACTED, token: REDACTED } },
      refreshToken: REDACTED,
      secret: REDACTED,
    });
    for (const secret of ["eyJhbGciOi", "abc", "sid=1", "sid=2", "hunter2", "t-1", "rt-1", "s-1"]) expect(lines[0]).not.toContain(secret);
  });

  it("redacts credentials in a child logger's own fields", () => {
    const { logger, lines } = buildLogger();

    logger.child({ component: "client", password: "hunter2" }).info("configured");

    expect(JSON.parse(lines[0]!)).toMatchObject({ component: "client", password: REDACTED });
  });

  it("keeps a child's request id instead of adding the scope's again", () => {
    const { logger, lines } = buildLogger();

    runInRequestScope({ requestId: "req-scope" }, () => logger.child({ requestId: "req-child" }).info("resolved"));

    expect(lines[0]!.match(/"requestId"/g)).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ requestId: "req-child" });
  });

  it("lets a child name another service, written once", () => {
    const { logger, lines } = buildLogger();

    logger.child({ service: "identity" }).info("listening");

    expect(lines[0]!.match(/"service"/g)).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ service: "identity" });
  });

  it("writes pino-pretty's readable lines when the format is pretty, still redacted", () => {
    const { logger, lines } = buildLogger({ format: "pretty" });

    runInRequestScope({ requestId: "req-7" }, () => logger.info("project created", { projectId: "p-1", password: "hunter2" }));

    expect(lines).toHaveLength(1);
    expect(() => JSON.parse(lines[0]!)).toThrow();
    expect(lines[0]).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: \[portfolio\] project created/);
    expect(lines[0]).toContain('requestId: "req-7"');
    expect(lines[0]).toContain('projectId: "p-1"');
    expect(lines[0]).not.toContain("hunter2");
  });

  it("takes its format from LOG_FORMAT when none is given", () => {
    vi.stubEnv("LOG_FORMAT", "pretty");
    const pretty = buildLogger({ format: undefined });
    pretty.logger.info("shown");
    expect(pretty.lines[0]).toContain("INFO: [portfolio] shown");

    vi.stubEnv("LOG_FORMAT", "json");
    const json = buildLogger({ format: undefined });
    json.logger.info("shown");
    expect(json.entries()[0]).toMatchObject({ msg: "shown", level: "info" });
  });
});
