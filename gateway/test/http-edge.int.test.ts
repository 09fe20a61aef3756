import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, generateInternalSecrets, isUuid } from "@plateau/kernel";
import { leakedInternals, readHttpError } from "@plateau/test-kit";
import { readSupergraph, startGateway, type HttpEdgeOptions, type RunningGateway } from "../src/index.js";
import { DEFAULT_LISTEN_BACKLOG } from "../src/http/edge-options.js";

/**
 * The gateway's HTTP edge, as a client on the internet meets it: every HTTP-level error in JSON with a
 * stable code and nothing internal, security headers, CORS from the allow-list only, and request ids.
 * Nothing here reaches a subgraph (the URLs point at a closed port), so only the gateway runs.
 */

const ALLOWED_ORIGIN = "https://app.example.com";
const OTHER_ORIGIN = "https://evil.example.net";
const LIMIT = 8_192;
/** A syntactically valid ES256 token: verifying it asks the key store, which is down (a masked 500). */
const TOKEN_NEEDING_KEYS = "eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1In0.c2lnbmF0dXJl";

let edge: RunningGateway;
let plain: RunningGateway;
let edgeBase: string;
let plainBase: string;

const start = (edgeOptions?: HttpEdgeOptions) =>
  startGateway({
    supergraphSdl: readSupergraph(path.resolve(import.meta.dirname, "..", "..", "schema", "supergraph.graphql")),
    tokenKeys: () => {
      throw new Error("key store unreachable at http://10.1.2.3:4001/jwks");
    },
    tokenAudience: { issuer: "plateau-identity", audience: "plateau" },
    internalSecrets: generateInternalSecrets(),
    subgraphUrls: Object.fromEntries(
      ["identity", "workspaces", "portfolio", "workpackages", "timesheets", "insights"].map((name) => [name, "http://127.0.0.1:9/graphql"]),
    ),
    logger: createLogger({ service: "edge-test", level: "silent" }),
    http: edgeOptions,
  });

beforeAll(async () => {
  [edge, plain] = await Promise.all([start({ corsOrigins: [ALLOWED_ORIGIN], trustProxy: "loopback", maxBodyBytes: LIMIT }), start()]);
  edgeBase = edge.url.replace(/\/graphql$/, "");
  plainBase = plain.url.replace(/\/graphql$/, "");
});

afterAll(async () => {
  await Promise.all([edge?.close(), plain?.close()]);
});

const json = { "content-type": "application/json" };
const query = JSON.stringify({ query: "{ __typename }" });

/** Checks the shape every HTTP-level error shares, and returns it for the specific expectations. */
async function expectHttpError(response: Response, status: number, code: string) {
  const error = await readHttpError(response);
  expect({ status: error.status, code: error.code, contentType: error.contentType, errors: error.errorCount }).toEqual({
    status,
    code,
    contentType: "application/json; charset=utf-8",
    errors: 1,
  });
  expect(typeof error.message).toBe("string");
  expect(leakedInternals(error.text, error.headers)).toEqual([]);
  expect(error.headers.get("x-content-type-options")).toBe("nosniff");
  expect(isUuid(error.headers.get("x-request-id") ?? "")).toBe(true);
  return error;
}

describe("HTTP-level errors", () => {
  it("a body over the limit: 413 PAYLOAD_TOO_LARGE naming the limit", async () => {
    const body = JSON.stringify({ query: `{ __typename } # ${"x".repeat(LIMIT)}` });
    const error = await expectHttpError(await fetch(edge.url, { method: "POST", headers: json, body }), 413, "PAYLOAD_TOO_LARGE");
    expect(error.message).toBe(`Request body larger than the limit of ${LIMIT} bytes`);
  });

  it("the default limit is 1 MiB", async () => {
    // The padding is in variables: a document that large is the operation limits' to refuse, not the body limit's.
    const fits = JSON.stringify({ query: "{ __typename }", variables: { padding: "x".repeat(1_048_576 - 100) } });
    expect((await fetch(plain.url, { method: "POST", headers: json, body: fits })).status).toBe(200);
    const body = JSON.stringify({ query: `{ __typename } # ${"x".repeat(1_048_576)}` });
    const error = await expectHttpError(await fetch(plain.url, { method: "POST", headers: json, body }), 413, "PAYLOAD_TOO_LARGE");
    expect(error.message).toContain("1048576 bytes");
  });

  it("malformed JSON: 400 BAD_REQUEST, without the parser's message", async () => {
    for (const body of ['{"query": ', "{'query': 1}", '"just a string"', "nul"]) {
      const error = await expectHttpError(await fetch(edge.url, { method: "POST", headers: json, body }), 400, "BAD_REQUEST");
      expect(error.message).toBe("Malformed JSON in the request body");
    }
  });

  it("a POST that is not JSON (the simple requests CSRF uses): 415 UNSUPPORTED_MEDIA_TYPE", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml"]) {
      await expectHttpError(
        await fetch(edge.url, { method: "POST", headers: { "content-type": contentType }, body: query }),
        415,
        "UNSUPPORTED_MEDIA_TYPE",
      );
    }
    await expectHttpError(
      await fetch(edge.url, { method: "POST", headers: { "content-type": "application/json; charset=iso-8859-1" }, body: query }),
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    );
  });

  it("an unknown route: 404 NOT_FOUND, whatever the method, without echoing the path", async () => {
    for (const [method, route, echo] of [
      ["GET", "/nope-q7", "q7"],
      ["POST", "/api/v9/rpc", "rpc"],
      ["DELETE", "/health", "health"],
      ["GET", "/graphiql/assets/..%2f..%2fpackage.json", "package"],
      ["GET", "/graphiql/assets/secrets.js", "secrets"],
    ] as const) {
      const error = await expectHttpError(await fetch(`${edgeBase}${route}`, { method }), 404, "NOT_FOUND");
      expect(error.text).not.toContain(echo);
    }
  });

  it("a method GraphQL does not use: 405 METHOD_NOT_ALLOWED with Allow", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const error = await expectHttpError(await fetch(edge.url, { method, headers: json, body: query }), 405, "METHOD_NOT_ALLOWED");
      expect(error.headers.get("allow")).toBe("GET, POST, OPTIONS");
    }
  });

  it("a mutation over GET: 405 (Apollo's BAD_REQUEST), Allow: POST", async () => {
    const url = `${edge.url}?query=${encodeURIComponent("mutation { logout { __typename } }")}`;
    const error = await expectHttpError(await fetch(url, { headers: { "apollo-require-preflight": "true" } }), 405, "BAD_REQUEST");
    expect(error.headers.get("allow")).toBe("POST");
  });

  it("CSRF prevention stays on: a GET without a preflight-forcing header is refused", async () => {
    const error = await expectHttpError(await fetch(`${edge.url}?query=${encodeURIComponent("{ __typename }")}`), 400, "BAD_REQUEST");
    expect(error.message).toContain("Cross-Site Request Forgery");
    const allowed = await fetch(`${edge.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(((await allowed.json()) as { data: unknown }).data).toEqual({ __typename: "Query" });
  });

  it("a malformed URL: 400 BAD_REQUEST", async () => {
    await expectHttpError(await fetch(`${edgeBase}/graphiql/assets/%E0%A4%A`), 400, "BAD_REQUEST");
  });

  it("an unexpected failure: a masked 500 INTERNAL_SERVER_ERROR carrying the request id", async () => {
    const response = await fetch(edge.url, {
      method: "POST",
      headers: { ...json, authorization: `Bearer ${TOKEN_NEEDING_KEYS}` },
      body: query,
    });
    const error = await expectHttpError(response, 500, "INTERNAL_SERVER_ERROR");
    expect(error.message).toBe("Internal server error");
    expect(error.requestId).toBe(response.headers.get("x-request-id"));
    expect(error.text).not.toContain("10.1.2.3");
  });
});

/** The CSP of a response as a map of directive → sources. */
function csp(response: Response): Record<string, string[]> {
  const header = response.headers.get("content-security-policy") ?? "";
  return Object.fromEntries(
    header
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("security headers", () => {
  it("GraphiQL runs only its own assets and the inline blocks whose hashes it names, and cannot be framed", async () => {
    const response = await fetch(`${edgeBase}/graphiql`);
    const html = await response.text();
    const policy = csp(response);
    const inlineScripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    const inlineStyles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    expect(inlineScripts).toHaveLength(1);
    expect(inlineStyles).toHaveLength(1);

    expect(policy["default-src"]).toEqual(["'none'"]);
    expect(policy["script-src"]).toEqual(["'self'", ...inlineScripts.map(sha256)]);
    expect(policy["style-src"]).toEqual(["'self'", ...inlineStyles.map(sha256)]);
    expect(policy["connect-src"]).toEqual(["'self'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(response.headers.get("content-security-policy")).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // Every script and stylesheet the page loads is one of this server's own assets.
    for (const [, src] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(src).toMatch(/^\/graphiql\/assets\//);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.has("x-powered-by")).toBe(false);
  });

  it("a browser opening /graphql gets GraphiQL under the same policy", async () => {
    const [page, graphql] = await Promise.all([fetch(`${edgeBase}/graphiql`), fetch(edge.url, { headers: { accept: "text/html" } })]);
    expect(graphql.headers.get("content-type")).toMatch(/^text\/html/);
    expect(graphql.headers.get("content-security-policy")).toBe(page.headers.get("content-security-policy"));
  });

  it("JSON answers load nothing and cannot be framed", async () => {
    const response = await fetch(edge.url, { method: "POST", headers: json, body: query });
    expect(((await response.json()) as { data: unknown }).data).toEqual({ __typename: "Query" });
    expect(csp(response)).toMatchObject({ "default-src": ["'none'"], "frame-ancestors": ["'none'"] });
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.has("x-powered-by")).toBe(false);
  });

  it("HSTS only on requests a trusted proxy marks as HTTPS", async () => {
    const https = { "x-forwarded-proto": "https" };
    expect((await fetch(`${edgeBase}/graphiql`, { headers: https })).headers.get("strict-transport-security")).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect((await fetch(`${edgeBase}/graphiql`)).headers.has("strict-transport-security")).toBe(false);
    // Without TRUST_PROXY the header is the client's word, and counts for nothing.
    expect((await fetch(`${plainBase}/graphiql`, { headers: https })).headers.has("strict-transport-security")).toBe(false);
  });
});

/** A preflight as a browser sends it before a JSON POST with a token. */
const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization,content-type,x-request-id",
    },
  });

const corsHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith("access-control-"));

describe("CORS", () => {
  it("an allowed origin's preflight is answered with the methods and headers a client needs", async () => {
    const response = await preflight(edge.url, ALLOWED_ORIGIN);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(response.headers.get("access-control-allow-methods")?.split(",")).toEqual(expect.arrayContaining(["GET", "POST"]));
    expect(response.headers.get("access-control-allow-headers")?.split(",")).toEqual(
      expect.arrayContaining(["authorization", "content-type", "x-request-id", "apollo-require-preflight"]),
    );
    expect(Number(response.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    expect(response.headers.has("access-control-allow-credentials")).toBe(false);
    expect(response.headers.get("vary")).toMatch(/Origin/);
  });

  it("an allowed origin reads the answer and its request id and rate-limit headers", async () => {
    const response = await fetch(edge.url, { method: "POST", headers: { ...json, origin: ALLOWED_ORIGIN }, body: query });
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(response.headers.get("access-control-expose-headers")?.split(",")).toEqual(
      expect.arrayContaining(["x-request-id", "retry-after", "ratelimit", "ratelimit-policy"]),
    );
  });

  it("any other origin gets no CORS header at all, on the preflight and on the request", async () => {
    const refused = await preflight(edge.url, OTHER_ORIGIN);
    expect(corsHeaders(refused)).toEqual([]);
    expect(refused.headers.get("vary")).toMatch(/Origin/);
    const request = await fetch(edge.url, { method: "POST", headers: { ...json, origin: OTHER_ORIGIN }, body: query });
    expect(corsHeaders(request)).toEqual([]);
    // A look-alike of the allowed origin is another origin.
    for (const origin of [`${ALLOWED_ORIGIN}.evil.net`, "http://app.example.com", `${ALLOWED_ORIGIN}:8443`, "null"]) {
      expect(corsHeaders(await preflight(edge.url, origin)), origin).toEqual([]);
    }
  });

  it("with no CORS_ORIGINS, no origin gets cross-origin access", async () => {
    expect(corsHeaders(await preflight(plain.url, ALLOWED_ORIGIN))).toEqual([]);
  });
});

/** A request with a raw `x-request-id` value (bytes fetch would refuse to send). */
function rawRequest(base: string, requestId: string, headers: Record<string, string> = {}): Promise<{ headerId: string; body: string }> {
  const payload = Buffer.from(query);
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${base}/graphql`,
      {
        method: "POST",
        headers: { ...json, ...headers, "content-length": payload.length, "x-request-id": Buffer.from(requestId).toString("latin1") },
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ headerId: String(response.headers["x-request-id"]), body }));
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

describe("request ids", () => {
  it("a short, safe id from the client is kept and echoed", async () => {
    for (const id of ["client-trace_01.ab", "01890a5d-ac96-774b-bcce-b302099a8057", "x".repeat(64)]) {
      const response = await fetch(edge.url, { method: "POST", headers: { ...json, "x-request-id": id }, body: query });
      expect(response.headers.get("x-request-id")).toBe(id);
    }
  });

  it("anything else is replaced by a fresh id, which the response and a masked error carry", async () => {
    for (const id of [
      "x".repeat(65),
      "has spaces in it",
      "tab\there",
      "ünïcode-ид",
      '"quoted"',
      "<script>",
      "a:b",
      "%0d%0aSet-Cookie:x=1",
    ]) {
      const { headerId, body } = await rawRequest(edgeBase, id, { authorization: `Bearer ${TOKEN_NEEDING_KEYS}` });
      expect(isUuid(headerId), id).toBe(true);
      const error = (JSON.parse(body) as { errors: { extensions: { code: string; requestId: string } }[] }).errors[0]!;
      expect(error.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: headerId });
      expect(body).not.toContain(id);
    }
  });
});

describe("the listening socket", () => {
  // Linux only: the queue's size is read from the kernel (`ss`, /proc/sys); CI runs on Linux.
  it.runIf(process.platform === "linux")(
    "queues a reconnect storm: its accept queue is GATEWAY_LISTEN_BACKLOG deep (as net.core.somaxconn allows), not Node's 511",
    () => {
      const somaxconn = Number(readFileSync("/proc/sys/net/core/somaxconn", "utf8"));
      // For a listening socket, ss shows the accept queue's size as Send-Q.
      const [state, , queue] = execFileSync("ss", ["-Hltn", `sport = :${plain.port}`], { encoding: "utf8" })
        .trim()
        .split(/\s+/);
      expect(state).toBe("LISTEN");
      expect(Number(queue)).toBe(Math.min(DEFAULT_LISTEN_BACKLOG, somaxconn));
    },
  );
});
