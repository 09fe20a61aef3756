import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "graphql";
import { createInternalCredentialVerifier, createLogger, isUuid } from "@plateau/kernel";
import { Telemetry } from "@plateau/observability";
import { gatewayCredentialHeader, leakedInternals, readHttpError, TEST_INTERNAL_SECRETS } from "@plateau/test-kit";
import { startGraphQLServer, type RunningServer } from "./server.js";

/**
 * A subgraph's HTTP server answers HTTP-level errors the way the gateway does (JSON, stable code,
 * nothing internal) and sends the API security headers. The server is the kit's own, with a one-field
 * schema and one route that fails, so no database is needed. Requests carry the gateway's credential
 * (without it, the server answers 401 before anything else).
 */

let server: RunningServer;
let base: string;
const logged: string[] = [];

beforeAll(async () => {
  server = await startGraphQLServer({
    name: "hygiene",
    schema: buildSchema("type Query { ping: String }"),
    logger: createLogger({ service: "hygiene", level: "error", write: (line) => logged.push(line) }),
    context: async () => ({}),
    readiness: {},
    telemetry: new Telemetry().forService("hygiene"),
    internalCallers: createInternalCredentialVerifier(TEST_INTERNAL_SECRETS),
    routes: (app) =>
      app.get("/internal/broken", () => {
        throw new Error("pool exhausted: postgres://svc@10.9.8.7/plateau");
      }),
  });
  base = server.url.replace(/\/graphql$/, "");
});

afterAll(() => server?.close());

let json: Record<string, string>;
/** The gateway's credential, as every request a subgraph answers carries it. */
let internal: Record<string, string>;
beforeAll(async () => {
  internal = await gatewayCredentialHeader();
  json = { "content-type": "application/json", ...internal };
});

async function expectHttpError(response: Response, status: number, code: string) {
  const error = await readHttpError(response);
  expect({ status: error.status, code: error.code, contentType: error.contentType }).toEqual({
    status,
    code,
    contentType: "application/json; charset=utf-8",
  });
  expect(leakedInternals(error.text, error.headers)).toEqual([]);
  expect(error.headers.get("x-content-type-options")).toBe("nosniff");
  expect(error.headers.get("content-security-policy")).toContain("default-src 'none'");
  return error;
}

describe("a subgraph's HTTP errors", () => {
  it("answers each in JSON with its code", async () => {
    await expectHttpError(
      await fetch(server.url, { method: "POST", headers: json, body: JSON.stringify({ query: `{ ping } # ${"x".repeat(1_048_576)}` }) }),
      413,
      "PAYLOAD_TOO_LARGE",
    );
    await expectHttpError(await fetch(server.url, { method: "POST", headers: json, body: "{nope" }), 400, "BAD_REQUEST");
    await expectHttpError(
      await fetch(server.url, { method: "POST", headers: { "content-type": "text/plain", ...internal }, body: "{}" }),
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    );
    await expectHttpError(await fetch(`${base}/graphiql`), 404, "NOT_FOUND");
    const wrongMethod = await expectHttpError(await fetch(server.url, { method: "DELETE", headers: internal }), 405, "METHOD_NOT_ALLOWED");
    expect(wrongMethod.headers.get("allow")).toBe("GET, POST, OPTIONS");
  });

  it("answers a request without the internal credential 401 UNAUTHENTICATED, before any other check", async () => {
    for (const init of [
      { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ ping }" }) },
      { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" },
      { method: "DELETE" },
    ]) {
      const refused = await expectHttpError(await fetch(server.url, init), 401, "UNAUTHENTICATED");
      expect(refused.text).not.toContain("ping");
    }
    await expectHttpError(await fetch(`${base}/internal/broken`), 401, "UNAUTHENTICATED");
  });

  it("masks a failing route as INTERNAL_SERVER_ERROR with the request id, and logs what happened", async () => {
    const response = await fetch(`${base}/internal/broken`, { headers: { "x-request-id": "has space", ...internal } });
    const error = await expectHttpError(response, 500, "INTERNAL_SERVER_ERROR");
    const requestId = response.headers.get("x-request-id")!;
    expect(isUuid(requestId)).toBe(true);
    expect(error.requestId).toBe(requestId);
    expect(error.text).not.toContain("10.9.8.7");
    const line = logged.map((entry) => JSON.parse(entry) as Record<string, unknown>).find((entry) => entry.requestId === requestId);
    expect(line).toMatchObject({ level: "error", error: { message: "pool exhausted: postgres://svc@10.9.8.7/plateau" } });
  });

  it("keeps serving GraphQL with the same headers", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { ...json, "x-request-id": "gw-req-1" },
      body: JSON.stringify({ query: "{ ping }" }),
    });
    expect(await response.json()).toEqual({ data: { ping: null } });
    expect(response.headers.get("x-request-id")).toBe("gw-req-1");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.has("x-powered-by")).toBe(false);
  });
});
