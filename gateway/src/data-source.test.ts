import { describe, expect, it } from "vitest";
import { createInternalCredentialVerifier, createLogger, generateInternalSecrets, internalCredential } from "@plateau/kernel";
import { SubgraphDataSource } from "./data-source.js";
import { clientOf } from "./context.js";
import { RETRY_SAFE_HEADER, SubgraphConnections } from "./subgraph-connections.js";

const secrets = generateInternalSecrets();
const source = new SubgraphDataSource(
  "identity",
  "http://127.0.0.1:1/graphql",
  new SubgraphConnections().fetcher(1000),
  createLogger({ service: "test", level: "silent" }),
  internalCredential(secrets, "gateway"),
);

/** The headers the gateway sends for a request with `context`, its internal credential set apart. */
async function forwarded(context: Parameters<SubgraphDataSource["willSendRequest"]>[0]["context"]) {
  const headers = new Headers();
  await source.willSendRequest({ request: { http: { headers, method: "POST", url: "" } }, context } as never);
  const { "x-plateau-internal": credential, ...rest } = Object.fromEntries(headers.entries());
  return { credential, headers: rest };
}

describe("what the gateway forwards to subgraphs", () => {
  it("passes the token, the request id and the caller's address and user agent", async () => {
    expect(
      (
        await forwarded({
          requestId: "req-1",
          authorization: "Bearer abc",
          client: { forwardedFor: "203.0.113.9, 127.0.0.1", userAgent: "PlateauApp/2.1" },
        })
      ).headers,
    ).toEqual({
      authorization: "Bearer abc",
      "x-request-id": "req-1",
      "x-forwarded-for": "203.0.113.9, 127.0.0.1",
      "user-agent": "PlateauApp/2.1",
    });
  });

  it("marks queries, never mutations, as safe to send again on a fresh connection", async () => {
    const marked = async (query: string) => {
      const headers = new Headers();
      await source.willSendRequest({
        request: { query, http: { headers, method: "POST", url: "" } },
        context: { requestId: "r" },
      } as never);
      return headers.get(RETRY_SAFE_HEADER);
    };
    expect(await marked("query($id: ID!) { project(id: $id) { name } }")).toBe("1");
    expect(await marked("{ me { id } }")).toBe("1");
    expect(await marked("mutation { logout }")).toBeNull();
  });

  it("sends no Authorization header for an anonymous caller", async () => {
    expect((await forwarded({ requestId: "req-2" })).headers).toEqual({ "x-request-id": "req-2" });
  });

  it("sends the gateway's own credential with every request, anonymous or not", async () => {
    const verifier = createInternalCredentialVerifier(secrets);
    for (const context of [{ requestId: "req-3", authorization: "Bearer abc" }, { requestId: "req-4" }]) {
      const { credential } = await forwarded(context);
      expect(await verifier.verify(credential)).toBe("gateway");
    }
  });

  it("appends the caller's own address to any forwarded chain", () => {
    const socket = { remoteAddress: "10.0.0.7" };
    expect(clientOf({ headers: { "x-forwarded-for": "203.0.113.9", "user-agent": "curl/8" }, socket } as never)).toEqual({
      forwardedFor: "203.0.113.9, 10.0.0.7",
      userAgent: "curl/8",
    });
    expect(clientOf({ headers: {}, socket } as never)).toEqual({ forwardedFor: "10.0.0.7", userAgent: undefined });
  });
});
