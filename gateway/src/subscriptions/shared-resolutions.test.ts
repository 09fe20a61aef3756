import { GraphQLError, type ExecutionResult } from "graphql";
import { describe, expect, it } from "vitest";
import { SharedResolutions } from "./shared-resolutions.js";

const ok = (value: string): ExecutionResult => ({ data: { boardChanged: { value } } });

describe("SharedResolutions", () => {
  it("resolves an event once per share key, for subscribers that ask at once or later", async () => {
    const shared = new SharedResolutions();
    let calls = 0;
    const resolve = () => Promise.resolve(ok(`resolution ${++calls}`));
    const [first, second] = await Promise.all([shared.resolve("k", "e1", resolve), shared.resolve("k", "e1", resolve)]);
    const later = await shared.resolve("k", "e1", resolve);
    expect(calls).toBe(1);
    expect([first, second, later]).toEqual([ok("resolution 1"), ok("resolution 1"), ok("resolution 1")]);
    // Another share key, or another event, is resolved on its own.
    expect(await shared.resolve("other", "e1", resolve)).toEqual(ok("resolution 2"));
    expect(await shared.resolve("k", "e2", resolve)).toEqual(ok("resolution 3"));
  });

  it("forgets a resolution that failed or carries errors, so the next subscriber asks again", async () => {
    const shared = new SharedResolutions();
    await expect(shared.resolve("k", "e1", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    const withErrors: ExecutionResult = { data: null, errors: [new GraphQLError("The portfolio service is unavailable")] };
    expect(await shared.resolve("k", "e1", () => Promise.resolve(withErrors))).toBe(withErrors);
    expect(await shared.resolve("k", "e1", () => Promise.resolve(ok("fresh")))).toEqual(ok("fresh"));
    expect(await shared.resolve("k", "e1", () => Promise.resolve(ok("not asked")))).toEqual(ok("fresh"));
  });

  it("gives a resolution to later subscribers for ttlMs only", async () => {
    let now = 0;
    const shared = new SharedResolutions({ ttlMs: 1_000, now: () => now });
    await shared.resolve("k", "e1", () => Promise.resolve(ok("old")));
    now = 999;
    expect(await shared.resolve("k", "e1", () => Promise.resolve(ok("new")))).toEqual(ok("old"));
    now = 1_000;
    expect(await shared.resolve("k", "e1", () => Promise.resolve(ok("new")))).toEqual(ok("new"));
  });

  it("keeps at most maxEntries, the oldest going first", async () => {
    const shared = new SharedResolutions({ maxEntries: 2 });
    for (const id of ["e1", "e2", "e3"]) await shared.resolve("k", id, () => Promise.resolve(ok(id)));
    expect(shared.size).toBe(2);
    expect(await shared.resolve("k", "e1", () => Promise.resolve(ok("again")))).toEqual(ok("again"));
    expect(await shared.resolve("k", "e3", () => Promise.resolve(ok("not asked")))).toEqual(ok("e3"));
  });
});
