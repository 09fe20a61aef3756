import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { graphqlRequestGuard, httpErrorHandler, httpErrorOf, notFoundHandler, type HttpResponseLike } from "./http-errors.js";
import { runInRequestScope } from "./request-context.js";

/** A response that records what a handler wrote. */
function recordingResponse(headersSent = false) {
  const headers: Record<string, string | number> = {};
  const res = {
    statusCode: 200,
    headersSent,
    body: undefined as string | undefined,
    ended: false,
    headers,
    setHeader: (name: string, value: string | number) => (headers[name.toLowerCase()] = value),
    end(body?: string) {
      this.body = body;
      this.ended = true;
    },
  } satisfies HttpResponseLike & Record<string, unknown>;
  return res;
}

const bodyOf = (res: { body?: string }) =>
  JSON.parse(res.body ?? "null") as { errors: { message: string; extensions: Record<string, unknown> }[] };

/** body-parser's errors as it builds them (http-errors with a `type`). */
const bodyParserError = (type: string, status: number) =>
  Object.assign(new Error(`raw message with /secret/path (${type})`), { type, status, expose: true });

describe("httpErrorOf", () => {
  it("maps body-parser's errors to stable codes and messages of its own", () => {
    expect(httpErrorOf(bodyParserError("entity.too.large", 413), 2048)).toEqual({
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
      message: "Request body larger than the limit of 2048 bytes",
    });
    expect(httpErrorOf(bodyParserError("entity.parse.failed", 400))).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect(httpErrorOf(bodyParserError("charset.unsupported", 415))).toMatchObject({ status: 415, code: "UNSUPPORTED_MEDIA_TYPE" });
    expect(httpErrorOf(bodyParserError("encoding.unsupported", 415))).toMatchObject({ status: 415, code: "UNSUPPORTED_MEDIA_TYPE" });
  });

  it("keeps another 4xx status with a generic message, and masks everything else as a 500", () => {
    expect(httpErrorOf(Object.assign(new Error("Failed to decode param '%E0'"), { status: 400 }))).toEqual({
      status: 400,
      code: "BAD_REQUEST",
      message: "Bad request",
    });
    expect(httpErrorOf(Object.assign(new Error("ENOENT /srv/x"), { statusCode: 404 }))).toMatchObject({ status: 404, code: "NOT_FOUND" });
    for (const error of [new Error("db down"), Object.assign(new Error("x"), { status: 503 }), "a string", null, undefined]) {
      expect(httpErrorOf(error)).toEqual({ status: 500, code: "INTERNAL_SERVER_ERROR", message: "Internal server error" });
    }
  });
});

describe("httpErrorHandler", () => {
  it("answers in JSON, logs the unexpected error, and gives the client only the request id", () => {
    const lines: string[] = [];
    const handle = httpErrorHandler({ logger: createLogger({ service: "t", write: (line) => lines.push(line) }) });
    const res = recordingResponse();
    runInRequestScope({ requestId: "req-7" }, () =>
      handle(new Error("connection refused to 10.0.0.5:5432"), { headers: {} }, res, () => {}),
    );

    expect(res.statusCode).toBe(500);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(bodyOf(res)).toEqual({
      errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-7" } }],
    });
    expect(res.body).not.toContain("10.0.0.5");
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      expect.objectContaining({
        level: "error",
        requestId: "req-7",
        error: expect.objectContaining({ message: "connection refused to 10.0.0.5:5432" }),
      }),
    ]);
  });

  it("does not log a client's mistake, nor echo the parser's message", () => {
    const lines: string[] = [];
    const handle = httpErrorHandler({ logger: createLogger({ service: "t", write: (line) => lines.push(line) }) });
    const res = recordingResponse();
    handle(bodyParserError("entity.parse.failed", 400), { headers: {} }, res, () => {});
    expect(res.statusCode).toBe(400);
    expect(bodyOf(res).errors[0]).toEqual({ message: "Malformed JSON in the request body", extensions: { code: "BAD_REQUEST" } });
    expect(lines).toEqual([]);
  });

  it("cuts the connection when part of the response is already out", () => {
    const handle = httpErrorHandler({ logger: createLogger({ service: "t", level: "silent" }) });
    const res = recordingResponse(true);
    let destroyed = false;
    handle(new Error("stream broke"), { headers: {}, socket: { destroy: () => void (destroyed = true) } }, res, () => {});
    expect(destroyed).toBe(true);
    expect(res.ended).toBe(false);
  });
});

describe("notFoundHandler", () => {
  it("answers 404 NOT_FOUND without echoing the path", () => {
    const res = recordingResponse();
    notFoundHandler()({ method: "GET", headers: {} }, res);
    expect(res.statusCode).toBe(404);
    expect(bodyOf(res).errors[0]!.extensions).toEqual({ code: "NOT_FOUND" });
  });
});

describe("graphqlRequestGuard", () => {
  const guard = (method: string, contentType?: string) => {
    const res = recordingResponse();
    let passed = false;
    graphqlRequestGuard()({ method, headers: contentType ? { "content-type": contentType } : {} }, res, () => void (passed = true));
    return { res, passed };
  };

  it("lets GET and JSON POSTs through", () => {
    expect(guard("GET").passed).toBe(true);
    expect(guard("POST", "application/json").passed).toBe(true);
    expect(guard("POST", "Application/JSON; charset=utf-8").passed).toBe(true);
  });

  it("refuses a POST that is not JSON with 415", () => {
    for (const contentType of [
      undefined,
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonp",
    ]) {
      const { res, passed } = guard("POST", contentType);
      expect(passed, contentType).toBe(false);
      expect(res.statusCode).toBe(415);
      expect(bodyOf(res).errors[0]!.extensions.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    }
  });

  it("refuses other methods with 405 and Allow, and answers a bare OPTIONS with Allow only", () => {
    for (const method of ["PUT", "DELETE", "PATCH", "HEAD"]) {
      const { res, passed } = guard(method);
      expect(passed).toBe(false);
      expect(res.statusCode).toBe(405);
      expect(res.headers.allow).toBe("GET, POST, OPTIONS");
      expect(bodyOf(res).errors[0]!.extensions.code).toBe("METHOD_NOT_ALLOWED");
    }
    const { res } = guard("OPTIONS");
    expect(res.statusCode).toBe(204);
    expect(res.headers.allow).toBe("GET, POST, OPTIONS");
    expect(res.body).toBeUndefined();
  });
});
