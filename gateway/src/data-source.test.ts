import { describe, expect, it } from "vitest";
import { createLogger } from "@plateau/kernel";
import { SubgraphDataSource } from "./data-source.js";
import { clientOf } from "./context.js";

const source = new SubgraphDataSource("identity", "http://127.0.0.1:1/graphql", 1000, createLogger({ service: "test", level: "silent" }));

function forwarded(context: Parameters<SubgraphDataSource["willSendRequest"]>[0]["context"]) {
  const headers = new Headers();
  source.willSendRequest({ request: { http: { headers, method: "POST", url: "" } }, context } as never);
  return Object.fromEntries(headers.entries());
}

describe("what the gateway forwards to subgraphs", () => {
  it("passes the token, the request id and the caller's address and user agent", () => {
    expect(
      forwarded({
        requestId: "req-1",
        authorization: "Bearer abc",
        client: { forwardedFor: "203.0.113.9, 127.0.0.1", userAgent: "PlateauApp/2.1" },
      }),
    ).toEqual({
      authorization: "Bearer abc",
      "x-request-id": "req-1",
      "x-forwarded-for": "203.0.113.9, 127.0.0.1",
      "user-agent": "PlateauApp/2.1",
    });
  });

  it("sends no Authorization header for an anonymous caller", () => {
    expect(forwarded({ requestId: "req-2" })).toEqual({ "x-request-id": "req-2" });
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
