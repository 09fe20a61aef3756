import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { AppError, ErrorCode, errors, formatClientError, toGraphQLError } from "./errors.js";
import { runInRequestScope } from "./request-context.js";

/** What graphql-js hands the formatter for `error` raised while resolving `project.name`. */
function formattedFrom(error: Error, extensions?: Record<string, unknown>): { formatted: GraphQLFormattedError; original: GraphQLError } {
  const original = new GraphQLError(error.message, {
    path: ["project", "name"],
    originalError: error,
    extensions,
  });
  return { formatted: { ...original.toJSON(), locations: [{ line: 1, column: 3 }] }, original };
}

describe("formatClientError", () => {
  it("keeps an AppError's code, message and extensions, such as the fields of bad input", () => {
    const error = errors.badInput("Fix the highlighted fields", [{ field: "input.email", message: "is not an email address" }]);
    const { formatted, original } = formattedFrom(error);

    expect(formatClientError(formatted, original)).toEqual({
      message: "Fix the highlighted fields",
      locations: [{ line: 1, column: 3 }],
      path: ["project", "name"],
      extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.email", message: "is not an email address" }] },
    });
  });

  it("finds an AppError wrapped more than once as originalError", () => {
    const notFound = errors.notFound("Project", "0190b7a2-0000-7000-8000-000000000000");
    const wrapped = new GraphQLError("wrapped", { originalError: new GraphQLError("inner", { originalError: notFound }) });

    const result = formatClientError({ message: "wrapped" }, wrapped);

    expect(result.message).toBe("Project 0190b7a2-0000-7000-8000-000000000000 was not found");
    expect(result.extensions).toEqual({ code: "NOT_FOUND", typename: "Project", id: "0190b7a2-0000-7000-8000-000000000000" });
  });

  it("does not let an AppError's extensions override its code", () => {
    const error = new AppError(ErrorCode.FORBIDDEN, "Only owners may do this", { code: "INTERNAL_SERVER_ERROR", requiredRole: "OWNER" });
    const { formatted, original } = formattedFrom(error);

    expect(formatClientError(formatted, original).extensions).toEqual({ code: "FORBIDDEN", requiredRole: "OWNER" });
  });

  it("keeps GraphQL's own client-side codes but strips the stack trace", () => {
    const formatted: GraphQLFormattedError = {
      message: 'Cannot query field "nme" on type "Project". Did you mean "name"?',
      locations: [{ line: 2, column: 5 }],
      extensions: {
        code: "GRAPHQL_VALIDATION_FAILED",
        stacktrace: ["GraphQLError: Cannot query field", "    at validate (/app/x.js:1:1)"],
      },
    };

    expect(formatClientError(formatted, new GraphQLError(formatted.message))).toEqual({
      message: formatted.message,
      locations: [{ line: 2, column: 5 }],
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
  });

  it("keeps a Plateau code raised by another service, without its stack trace", () => {
    const formatted: GraphQLFormattedError = {
      message: "Too many requests, retry in 10 seconds",
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: 10, stacktrace: ["Error", "    at limiter"] },
    };

    expect(formatClientError(formatted, new GraphQLError(formatted.message)).extensions).toEqual({
      code: "RATE_LIMITED",
      retryAfterSeconds: 10,
    });
  });

  it("masks an unexpected error as INTERNAL_SERVER_ERROR carrying the request id, and hands the original to onInternal", () => {
    const failure = new Error('duplicate key value violates unique constraint "project_pkey": INSERT INTO "project" ("id") VALUES ($1)');
    const { formatted, original } = formattedFrom(failure);
    const onInternal = vi.fn();

    const result = runInRequestScope({ requestId: "req-42" }, () => formatClientError(formatted, original, onInternal));

    expect(result).toEqual({
      message: "Internal server error",
      locations: [{ line: 1, column: 3 }],
      path: ["project", "name"],
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-42" },
    });
    expect(JSON.stringify(result)).not.toMatch(/INSERT|project_pkey|duplicate/);
    expect(onInternal).toHaveBeenCalledExactlyOnceWith(original);
  });

  it("masks a raw Error with SQL in its message even outside a request scope", () => {
    const failure = new Error("select * from users where password_hash = 'x' -- syntax error at or near");
    const formatted: GraphQLFormattedError = { message: failure.message, extensions: { stacktrace: [failure.stack] } };

    const result = formatClientError(formatted, failure);

    expect(result).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("masks an unknown or explicitly internal code", () => {
    for (const code of ["INTERNAL_SERVER_ERROR", "DOWNSTREAM_SERVICE_ERROR", "ECONNREFUSED"]) {
      const formatted: GraphQLFormattedError = { message: "connect ECONNREFUSED 10.0.0.7:5432", extensions: { code } };
      expect(formatClientError(formatted, new Error(formatted.message))).toEqual({
        message: "Internal server error",
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
    }
  });
});

describe("toGraphQLError", () => {
  it("carries the code next to the AppError's extensions", () => {
    const error = toGraphQLError(errors.conflict("Slug is taken", { slug: "acme" }));

    expect(error.message).toBe("Slug is taken");
    expect(error.extensions).toEqual({ slug: "acme", code: "CONFLICT" });
  });
});

describe("errors", () => {
  it("names the field in an invalid-field error", () => {
    const error = errors.invalidField("input.name", "must not be empty");

    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toBe("input.name: must not be empty");
    expect(error.extensions).toEqual({ fields: [{ field: "input.name", message: "must not be empty" }] });
  });
});
