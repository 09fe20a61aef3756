import { describe, expect, it } from "vitest";
import { BoardChangedDocument } from "./generated/graphql.js";
import { createLiveClient, followLive, isAcknowledgement, retryDelayMs } from "./subscribe.js";

describe("retryDelayMs", () => {
  it("doubles with each retry up to 30 s, at least half of it fixed and the rest random", () => {
    expect([0, 1, 2, 3].map((retries) => retryDelayMs(retries, 0, () => 0))).toEqual([250, 500, 1_000, 2_000]);
    expect([0, 1, 2, 3].map((retries) => retryDelayMs(retries, 0, () => 1))).toEqual([500, 1_000, 2_000, 4_000]);
    expect(retryDelayMs(20, 0, () => 1)).toBe(30_000);
    expect(retryDelayMs(20, 0, () => 0)).toBe(15_000);
  });

  it("spreads clients that retry together", () => {
    const delays = new Set(Array.from({ length: 100 }, () => Math.round(retryDelayMs(3))));
    expect(delays.size).toBeGreaterThan(50);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(2_000);
  });

  it("waits at least the server's retryAfter", () => {
    expect(retryDelayMs(0, 5, () => 0)).toBe(5_000);
    expect(retryDelayMs(0, 5, () => 1)).toBe(5_500);
  });
});

describe("followLive", () => {
  it("refuses an operation without `$after`, which would lose the events missed while disconnected", async () => {
    const client = createLiveClient({ url: "http://127.0.0.1:9/graphql", token: "unused" });
    try {
      expect(() =>
        followLive(
          client,
          "subscription($projectId: ID!) { boardChanged(projectId: $projectId) { cursor } }",
          { projectId: "p" },
          {
            cursorOf: () => null,
          },
        ),
      ).toThrow(/must declare `\$after: String`/);
      // A generated document passes the check (no socket is opened until the first next()).
      const iterator = followLive(client, BoardChangedDocument, { projectId: "p" }, { cursorOf: (data) => data.boardChanged.cursor });
      await iterator.return?.();
    } finally {
      await client.dispose();
    }
  });

  it("refuses an operation declaring `$acknowledge` without selecting `kind`: its SUBSCRIBED could not be told from an event", () => {
    const client = createLiveClient({ url: "http://127.0.0.1:9/graphql", token: "unused" });
    const query =
      "subscription($projectId: ID!, $after: String, $acknowledge: Boolean! = false) " +
      "{ boardChanged(projectId: $projectId, after: $after, acknowledge: $acknowledge) { cursor } }";
    expect(() => followLive(client, query, { projectId: "p" }, { cursorOf: () => null })).toThrow(/must select `kind`/);
    void client.dispose();
  });
});

describe("isAcknowledgement", () => {
  it("tells a SUBSCRIBED result from an event by its root field's kind", () => {
    expect(isAcknowledgement({ boardChanged: { kind: "SUBSCRIBED", cursor: "1-0" } })).toBe(true);
    expect(isAcknowledgement({ boardChanged: { kind: "CARD_MOVED", cursor: "1-0" } })).toBe(false);
    expect(isAcknowledgement({ riskChanged: { cursor: "1-0" } })).toBe(false);
    expect(isAcknowledgement(null)).toBe(false);
  });
});
