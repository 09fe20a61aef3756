import { describe, expect, it } from "vitest";
import { isUuid } from "./ids.js";
import { currentRequestScope, requestIdFrom, requestScopeMiddleware, runInRequestScope } from "./request-context.js";

describe("requestIdFrom", () => {
  it("keeps a well-formed incoming request id", () => {
    expect(requestIdFrom("abc-123")).toBe("abc-123");
    expect(requestIdFrom("0af7651916cd43dd.b7ad6b7169203331_01")).toBe("0af7651916cd43dd.b7ad6b7169203331_01");
    expect(requestIdFrom("01890a5d-ac96-774b-bcce-b302099a8057")).toBe("01890a5d-ac96-774b-bcce-b302099a8057");
    expect(requestIdFrom("x".repeat(64))).toBe("x".repeat(64));
    expect(requestIdFrom(["first-id", "second-id"])).toBe("first-id");
  });

  it("replaces a missing, malformed or too long id with a fresh UUID", () => {
    const malformed = [
      undefined,
      "",
      [],
      "x".repeat(65),
      "has space",
      "line\nbreak",
      "tab\there",
      '"quoted"',
      "<script>",
      "ünïcode",
      "a:b",
      "a/b",
      "%0d%0a",
    ];
    for (const header of malformed) {
      const id = requestIdFrom(header);
      expect(id, JSON.stringify(header)).not.toBe(header);
      expect(isUuid(id)).toBe(true);
    }
  });

  it("generates a different id for every request without one", () => {
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});

describe("runInRequestScope", () => {
  it("makes the scope current inside, across awaits, and not outside", async () => {
    expect(currentRequestScope()).toBeUndefined();

    const seen = await runInRequestScope({ requestId: "req-1" }, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return currentRequestScope()?.requestId;
    });

    expect(seen).toBe("req-1");
    expect(currentRequestScope()).toBeUndefined();
  });

  it("keeps concurrent requests apart", async () => {
    const idAfter = (requestId: string, ms: number) =>
      runInRequestScope({ requestId }, async () => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        return currentRequestScope()?.requestId;
      });

    expect(await Promise.all([idAfter("slow", 5), idAfter("fast", 0)])).toEqual(["slow", "fast"]);
  });
});

describe("requestScopeMiddleware", () => {
  it("echoes the request id, stores it on the request and runs the rest of the request in its scope", () => {
    const headers: Record<string, string> = {};
    const req: { headers: Record<string, string>; requestId?: string } = { headers: { "x-request-id": "abc-123" } };
    let seen: string | undefined;
    requestScopeMiddleware()(req, { setHeader: (name, value) => (headers[name] = value) }, () => {
      seen = currentRequestScope()?.requestId;
    });
    expect(headers).toEqual({ "x-request-id": "abc-123" });
    expect(req.requestId).toBe("abc-123");
    expect(seen).toBe("abc-123");
  });
});
