import { describe, expect, it } from "vitest";
import { isUuid } from "@plateau/kernel";
import { compareCursors, isCursor } from "./cursor.js";
import { createEvent, decodeEvent, defineEventType, encodeEvent, serviceOf, streamFor } from "./envelope.js";

/** An event type of this test's own (no contract has it), in a real service's stream. */
const thingCreated = defineEventType<{ title: string }>("portfolio.thing.created", 2);

describe("event envelope", () => {
  it("fills in id, time and version, and names the producing service's stream", () => {
    const event = createEvent({
      type: thingCreated,
      subject: { typename: "Thing", id: "t1" },
      data: { title: "Ship it" },
      workspaceId: "w1",
      occurredAt: new Date("2026-03-01T10:00:00Z"),
    });
    expect(isUuid(event.id)).toBe(true);
    expect(event).toMatchObject({
      type: thingCreated.name,
      version: 2,
      occurredAt: "2026-03-01T10:00:00.000Z",
      workspaceId: "w1",
      actorId: null,
      subject: { typename: "Thing", id: "t1" },
      data: { title: "Ship it" },
    });
    expect(streamFor(event)).toBe("plateau:events:portfolio");
  });

  it("rejects type names that do not say <service>.<aggregate>.<what happened>", () => {
    for (const bad of ["portfolio", "Portfolio.thing.created", "portfolio..created", ".thing.created"]) {
      expect(() => serviceOf(bad), bad).toThrow(/not an event type/);
    }
    expect(serviceOf("work-packages.package.linked")).toBe("work-packages");
  });

  it("round-trips through JSON without its cursor, and refuses what is not an envelope", () => {
    const event = createEvent({ type: thingCreated.name, subject: { typename: "Thing", id: "t1" }, data: { n: 1 } });
    const decoded = decodeEvent(encodeEvent({ ...event, cursor: "1-0" } as never));
    expect(decoded).toEqual(event);
    expect(() => decodeEvent(JSON.stringify({ ...event, id: "nope" }))).toThrow(/not a domain event/);
    expect(() => decodeEvent(JSON.stringify({ ...event, data: null }))).toThrow(/not a domain event/);
    expect(() => decodeEvent("null")).toThrow(/not a domain event/);
  });
});

describe("cursors", () => {
  it("order by time, then sequence, numerically", () => {
    expect(compareCursors("9-0", "10-0")).toBeLessThan(0);
    expect(compareCursors("10-2", "10-10")).toBeLessThan(0);
    expect(compareCursors("10-2", "10-2")).toBe(0);
    expect(compareCursors("11-0", "10-99")).toBeGreaterThan(0);
    expect(isCursor("1795320879709-0")).toBe(true);
    expect(isCursor("abc")).toBe(false);
    expect(() => compareCursors("x", "1-0")).toThrow(/not a stream cursor/);
  });
});
