import { describe, expect, it } from "vitest";
import type { ExecutionResult } from "graphql";
import { portfolioEvents, type DeliveredEvent } from "@plateau/events";
import type { Viewer } from "@plateau/kernel";
import { SUBSCRIPTIONS } from "./catalogue.js";
import { LiveSubscription } from "./live-subscription.js";

const workspaceId = "01a24f00-0000-7000-8000-000000000001";
const projectId = "01a24f00-0000-7000-8000-000000000002";

function subscription(after: string | null = null) {
  return new LiveSubscription(
    {
      field: "boardChanged",
      spec: SUBSCRIPTIONS.boardChanged!,
      topic: projectId,
      viewer: { workspaceId, userId: "01a24f00-0000-7000-8000-000000000003", role: "MEMBER" } as unknown as Viewer,
      shareKey: "k",
      resolve: async (event) => ({ data: { id: event.id } }),
      maxQueued: 100,
      onEnd: () => {},
    },
    after,
  );
}

const event = (id: string, cursor: string): DeliveredEvent => ({
  id,
  cursor,
  type: portfolioEvents.taskMoved.name,
  version: 1,
  occurredAt: new Date().toISOString(),
  workspaceId,
  actorId: null,
  subject: { typename: "Task", id: "01a24f00-0000-7000-8000-000000000004" },
  data: { projectId },
});

describe("a live subscription", () => {
  it("delivers an event once when a copy arrives under a new cursor (republished after a Redis restart)", async () => {
    const live = subscription();
    const offer = (e: DeliveredEvent) => live.offer(e, () => live.resolve(e));
    offer(event("01a24f00-0000-7000-8000-00000000000a", "100-0"));
    offer(event("01a24f00-0000-7000-8000-00000000000b", "101-0"));
    // The copies, after the restart, then a new event.
    offer(event("01a24f00-0000-7000-8000-00000000000a", "200-31"));
    offer(event("01a24f00-0000-7000-8000-00000000000b", "200-34"));
    offer(event("01a24f00-0000-7000-8000-00000000000c", "200-40"));
    live.end();
    const delivered: unknown[] = [];
    for await (const result of live) delivered.push(result.data);
    expect(delivered).toEqual([
      { id: "01a24f00-0000-7000-8000-00000000000a" },
      { id: "01a24f00-0000-7000-8000-00000000000b" },
      { id: "01a24f00-0000-7000-8000-00000000000c" },
    ]);
  });

  it("sends its acknowledgement first, even when it resolves last, and nothing at or before its position", async () => {
    const live = subscription("150-0");
    let acknowledged!: (value: ExecutionResult) => void;
    live.acknowledge(() => new Promise((resolve) => (acknowledged = resolve)));
    const offer = (e: DeliveredEvent) => live.offer(e, () => live.resolve(e));
    offer(event("01a24f00-0000-7000-8000-00000000000a", "150-0"));
    offer(event("01a24f00-0000-7000-8000-00000000000b", "151-0"));
    live.end();
    acknowledged({ data: { kind: "SUBSCRIBED" } });
    const delivered: unknown[] = [];
    for await (const result of live) delivered.push(result.data);
    expect(delivered).toEqual([{ kind: "SUBSCRIBED" }, { id: "01a24f00-0000-7000-8000-00000000000b" }]);
  });
});
