import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createEvent,
  identityEvents,
  InProcessEventBus,
  portfolioEvents,
  type DeliveredEvent,
  type SecurityEventTypeValue,
} from "@plateau/events";
import { createLogger, uuidv7, type Viewer } from "@plateau/kernel";
import { SUBSCRIPTIONS } from "./catalogue.js";
import { EventFeed, type SessionEnd } from "./event-feed.js";
import { LiveSubscription } from "./live-subscription.js";

const logger = createLogger({ service: "test", level: "silent" });
const WAIT = { timeout: 5_000, interval: 10 };
const workspaceId = uuidv7();
const projectId = uuidv7();
const viewer = (userId = uuidv7()): Viewer => ({
  userId,
  sessionId: uuidv7(),
  workspaceId,
  role: "MEMBER",
  platformAdmin: false,
  token: "t",
});

const moved = (overrides: Partial<Parameters<typeof createEvent<Record<string, unknown>>>[0]> = {}) =>
  createEvent<Record<string, unknown>>({
    type: portfolioEvents.taskMoved.name,
    subject: { typename: "Task", id: uuidv7() },
    workspaceId,
    actorId: uuidv7(),
    data: { projectId, from: "TODO", to: "DONE", rank: "m", afterTaskId: null, beforeTaskId: null, rebalanced: false },
    ...overrides,
  });

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

async function setup() {
  const bus = new InProcessEventBus({ logger });
  const ended: SessionEnd[] = [];
  const feed = new EventFeed(bus, logger, (end) => ended.push(end));
  await feed.start();
  cleanup.push(
    () => feed.stop(),
    () => bus.close(),
  );
  const resolved: string[] = [];
  const subscriber = (shareKey: string, who = viewer()) => {
    const subscription = new LiveSubscription(
      {
        field: "boardChanged",
        spec: SUBSCRIPTIONS.boardChanged!,
        topic: projectId,
        viewer: who,
        shareKey,
        maxQueued: 100,
        resolve: async (event: DeliveredEvent) => {
          resolved.push(`${shareKey}:${event.id}`);
          return { data: { boardChanged: { eventId: event.id, cursor: event.cursor } } };
        },
        onEnd: (ended) => feed.unregister(ended),
      },
      null,
    );
    feed.register(subscription);
    const received: unknown[] = [];
    void (async () => {
      for await (const result of subscription) received.push(result);
    })();
    return { subscription, received };
  };
  return { bus, feed, ended, resolved, subscriber };
}

describe("EventFeed", () => {
  it("resolves an event once per share key and gives it to every subscriber of its topic", async () => {
    const { bus, resolved, subscriber } = await setup();
    const [a, b, c] = [subscriber("member"), subscriber("member"), subscriber("viewer")];
    const event = moved();
    await bus.publish([event, moved({ data: { projectId: uuidv7(), from: "TODO", to: "DONE" } })]);
    for (const { received } of [a, b, c]) await vi.waitFor(() => expect(received).toHaveLength(1), WAIT);
    expect(resolved.sort()).toEqual([`member:${event.id}`, `viewer:${event.id}`]);
  });

  it("drops an event it has seen before (the outbox relays at least once), and one of another workspace", async () => {
    const { bus, subscriber } = await setup();
    const { received } = subscriber("k");
    const event = moved();
    await bus.publish([event]);
    await bus.publish([event, moved({ workspaceId: uuidv7() })]);
    const last = moved();
    await bus.publish([last]);
    await vi.waitFor(() => expect(received).toHaveLength(2), WAIT);
    expect(received.map((result) => (result as { data: { boardChanged: { eventId: string } } }).data.boardChanged.eventId)).toEqual([
      event.id,
      last.id,
    ]);
  });

  it("reports the sessions identity's events end", async () => {
    const { bus, ended } = await setup();
    const [userId, sessionId, kept] = [uuidv7(), uuidv7(), uuidv7()];
    const security = (type: SecurityEventTypeValue, sid: string | null) =>
      createEvent<Record<string, unknown>>({
        type: identityEvents.security[type].name,
        subject: { typename: "User", id: userId },
        data: { type, sessionId: sid },
      });
    await bus.publish([
      security("LOGOUT", sessionId),
      security("SESSION_REVOKED", sessionId),
      security("REFRESH_TOKEN_REUSE", sessionId),
      security("PASSWORD_CHANGED", kept),
      security("LOGIN_SUCCEEDED", sessionId),
    ]);
    await vi.waitFor(() => expect(ended).toHaveLength(4), WAIT);
    expect(ended.map((end) => ("sessionId" in end ? end.sessionId : `${end.userId} except ${end.exceptSessionId}`))).toEqual([
      sessionId,
      sessionId,
      sessionId,
      `${userId} except ${kept}`,
    ]);
  });
});
