import { describe, expect, it } from "vitest";
import { env, EnvError, parseEnv } from "./env.js";

const shape = {
  DATABASE_URL: env.url("PostgreSQL connection string"),
  PORT: env.int("HTTP port", 4000),
  JWT_ISSUER: env.string("issuer of access tokens"),
  LOG_LEVEL: env.oneOf("log threshold", ["debug", "info", "warn"], "info"),
  GRAPHIQL: env.bool("serve GraphiQL", false),
  REDIS_URL: env.optionalUrl("Redis for subscriptions"),
  OTEL_SERVICE: env.optionalString("tracing service name"),
};

const complete = { DATABASE_URL: "postgres://db:5432/plateau", JWT_ISSUER: "plateau-identity" };

/** The EnvError thrown by parsing `source`, so a test can look at every problem it lists. */
function problemsOf(source: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(shape, source);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error("expected parseEnv to fail");
}

describe("parseEnv", () => {
  it("applies defaults and leaves optional values undefined", () => {
    expect(parseEnv(shape, complete)).toEqual({
      DATABASE_URL: "postgres://db:5432/plateau",
      PORT: 4000,
      JWT_ISSUER: "plateau-identity",
      LOG_LEVEL: "info",
      GRAPHIQL: false,
      REDIS_URL: undefined,
      OTEL_SERVICE: undefined,
    });
  });

  it("parses every kind of value when set", () => {
    const parsed = parseEnv(shape, {
      ...complete,
      PORT: "8080",
      LOG_LEVEL: "debug",
      GRAPHIQL: "Yes",
      REDIS_URL: "redis://cache:6379",
      OTEL_SERVICE: "gateway",
    });
    expect(parsed).toMatchObject({
      PORT: 8080,
      LOG_LEVEL: "debug",
      GRAPHIQL: true,
      REDIS_URL: "redis://cache:6379",
      OTEL_SERVICE: "gateway",
    });
  });

  it("reads booleans in the usual spellings, whatever the case", () => {
    const flag = { FLAG: env.bool("a flag", true) };
    for (const raw of ["1", "true", "TRUE", "yes"]) expect(parseEnv(flag, { FLAG: raw }).FLAG).toBe(true);
    for (const raw of ["0", "false", "False", "no"]) expect(parseEnv(flag, { FLAG: raw }).FLAG).toBe(false);
    expect(parseEnv(flag, {}).FLAG).toBe(true);
  });

  it("treats an empty value like a missing one", () => {
    expect(parseEnv(shape, { ...complete, PORT: "" }).PORT).toBe(4000);
    expect(problemsOf({ ...complete, JWT_ISSUER: "" }).problems).toEqual(["JWT_ISSUER is required (issuer of access tokens)"]);
  });

  it("reports every missing and malformed variable in one error", () => {
    const error = problemsOf({ DATABASE_URL: "not a url", PORT: "80.5", LOG_LEVEL: "trace", GRAPHIQL: "maybe", REDIS_URL: "::" });
    expect(error.problems).toEqual([
      'DATABASE_URL: expected a URL, got "not a url"',
      'PORT: expected an integer, got "80.5"',
      "JWT_ISSUER is required (issuer of access tokens)",
      'LOG_LEVEL: expected one of debug, info, warn, got "trace"',
      'GRAPHIQL: expected true or false, got "maybe"',
      'REDIS_URL: expected a URL, got "::"',
    ]);
    expect(error.name).toBe("EnvError");
    for (const problem of error.problems) expect(error.message).toContain(problem);
  });

  it("rejects a non-numeric integer", () => {
    expect(problemsOf({ ...complete, PORT: "eighty" }).problems).toEqual(['PORT: expected an integer, got "eighty"']);
  });

  it("reads process.env when no source is given", () => {
    const name = "PLATEAU_ENV_TEST_VALUE";
    process.env[name] = "from the process";
    try {
      expect(parseEnv({ [name]: env.string("a value") })[name]).toBe("from the process");
    } finally {
      delete process.env[name];
    }
  });
});
