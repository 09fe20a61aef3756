import { afterEach, describe, expect, it, vi } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { compareCursors } from "./cursor.js";
import { createEvent, streamName, type DeliveredEvent, type DomainEvent } from "./envelope.js";
import type { BusOptions, EventBus, SubscribeOptions } from "./event-bus.js";

/** How the contract suite gets buses of one implementation. */
export interface EventBusHarness {
  /** A new bus with these settings; the suite closes it after each test. */
  createBus(options?: BusOptions): EventBus | Promise<EventBus>;
  /** Deletes a stream a test used (the Redis suite shares one server). */
  dropStream?(stream: string): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const WAIT = { timeout: 10_000, interval: 20 };

/**
 * The semantics every {@link EventBus} must have, as one suite run against each implementation:
 * per-stream order, fan-out between groups, load sharing within a group, acknowledgement after the
 * handler, redelivery, replay, retention.
 */
export function eventBusContract(name: string, harness: EventBusHarness): void {
  describe(`${name} event bus (contract)`, () => {
    const buses: EventBus[] = [];
    const streams: string[] = [];
    afterEach(async () => {
      await Promise.all(buses.splice(0).map((bus) => bus.close()));
      await Promise.all(streams.splice(0).map((stream) => harness.dropStream?.(stream)));
    });

    /** A bus and a producing service of this test's own, so tests never share a stream. */
    async function setup(options?: BusOptions) {
      const bus = await harness.createBus(options);
      buses.push(bus);
      return { bus, ...service() };
    }
    function service() {
      const service = `test-${uuidv7().replace(/-/g, "").slice(-12)}`;
      const stream = streamName(service);
      streams.push(stream);
      const event = (n: number): DomainEvent =>
        createEvent({
          type: `${service}.thing.happened`,
          subject: { typename: "Thing", id: uuidv7() },
          data: { n },
          workspaceId: uuidv7(),
          actorId: uuidv7(),
        });
      return { stream, event, events: (count: number) => Array.from({ length: count }, (_, i) => event(i + 1)) };
    }
    /** A handler that records what it receives. */
    function recorder() {
      const received: DeliveredEvent[] = [];
      return {
        received,
        ids: () => received.map((event) => event.id),
        handler: async (event: DeliveredEvent) => void received.push(event),
      };
    }
    const subscribe = async (bus: EventBus, options: SubscribeOptions) => {
      const subscription = bus.subscribe(options);
      await subscription.ready;
      return subscription;
    };
    const idsOf = (events: DomainEvent[]) => events.map((event) => event.id);

    it("publishes in order, returns each event's cursor, and replays after a cursor", async () => {
      const { bus, stream, events } = await setup();
      const sent = events(5);
      const cursors = [...(await bus.publish(sent.slice(0, 3))), ...(await bus.publish(sent.slice(3)))];
      expect(cursors).toHaveLength(5);
      expect([...cursors].sort(compareCursors)).toEqual(cursors);
      expect(new Set(cursors).size).toBe(5);

      const all = await bus.read(stream, null, 100);
      expect(all).toEqual(sent.map((event, i) => ({ ...event, cursor: cursors[i] })));
      expect(idsOf(await bus.read(stream, cursors[1]!, 2))).toEqual(idsOf(sent.slice(2, 4)));
      expect(await bus.read(stream, cursors[4]!, 10)).toEqual([]);
      expect(await bus.read(streamName(`test-none-${uuidv7().slice(-12)}`), null, 10)).toEqual([]);
    });

    it("refuses a batch holding something that is not an envelope, publishing none of it", async () => {
      const { bus, stream, events } = await setup();
      const [valid, other] = events(2);
      await expect(bus.publish([valid!, { ...other!, id: "not-a-uuid" }])).rejects.toThrow(/not a domain event/);
      expect(await bus.read(stream, null, 10)).toEqual([]);
    });

    it("puts each service's events on that service's own stream", async () => {
      const { bus, stream, event } = await setup();
      const other = service();
      const [a1, b1, a2] = [event(1), other.event(1), event(2)];
      await bus.publish([a1!, b1!, a2!]);
      expect(idsOf(await bus.read(stream, null, 10))).toEqual(idsOf([a1!, a2!]));
      expect(idsOf(await bus.read(other.stream, null, 10))).toEqual(idsOf([b1!]));
    });

    it("delivers a stream's events to a consumer in order, each once, and does not redeliver acknowledged ones", async () => {
      const { bus, stream, events } = await setup();
      const first = recorder();
      const subscription = await subscribe(bus, { stream, group: "reactor", consumer: "one", handler: first.handler, batchSize: 3 });
      const sent = events(10);
      await bus.publish(sent.slice(0, 4));
      for (const event of sent.slice(4)) await bus.publish([event]);
      await vi.waitFor(() => expect(first.received).toHaveLength(10), WAIT);
      expect(first.ids()).toEqual(idsOf(sent));
      expect(first.received.map((event) => event.cursor)).toEqual((await bus.read(stream, null, 100)).map((event) => event.cursor));
      await subscription.close();

      // The same consumer back, and a second one: only what is new arrives.
      const again = recorder();
      await subscribe(bus, { stream, group: "reactor", consumer: "one", handler: again.handler, claimIdleMs: 50 });
      await subscribe(bus, { stream, group: "reactor", consumer: "two", handler: again.handler, claimIdleMs: 50 });
      const [late] = events(1);
      await bus.publish([late!]);
      await vi.waitFor(() => expect(again.ids()).toEqual([late!.id]), WAIT);
      await sleep(200);
      expect(again.ids()).toEqual([late!.id]);
    });

    it("gives every group every event (fan-out)", async () => {
      const { bus, stream, events } = await setup();
      const insights = recorder();
      const timesheets = recorder();
      await subscribe(bus, { stream, group: "insights", consumer: "a", handler: insights.handler });
      await subscribe(bus, { stream, group: "timesheets", consumer: "a", handler: timesheets.handler });
      const sent = events(6);
      await bus.publish(sent);
      await vi.waitFor(() => expect(insights.received).toHaveLength(6), WAIT);
      await vi.waitFor(() => expect(timesheets.received).toHaveLength(6), WAIT);
      expect(insights.ids()).toEqual(idsOf(sent));
      expect(timesheets.ids()).toEqual(idsOf(sent));
    });

    it("shares a group's events between its consumers: each event goes to exactly one", async () => {
      const { bus, stream, events } = await setup();
      const slow = (record: ReturnType<typeof recorder>) => async (event: DeliveredEvent) => {
        await sleep(15);
        await record.handler(event);
      };
      const one = recorder();
      const two = recorder();
      await subscribe(bus, { stream, group: "workers", consumer: "one", handler: slow(one), batchSize: 1 });
      await subscribe(bus, { stream, group: "workers", consumer: "two", handler: slow(two), batchSize: 1 });
      const sent = events(20);
      for (const event of sent) await bus.publish([event]);
      await vi.waitFor(() => expect(one.received.length + two.received.length).toBe(20), WAIT);
      await sleep(100);
      expect(one.received.length + two.received.length).toBe(20);
      expect(new Set([...one.ids(), ...two.ids()])).toEqual(new Set(idsOf(sent)));
      expect(one.received.length).toBeGreaterThan(0);
      expect(two.received.length).toBeGreaterThan(0);
      // Each consumer still sees its share in stream order.
      for (const record of [one, two])
        expect([...record.received.map((e) => e.cursor)].sort(compareCursors)).toEqual(record.received.map((e) => e.cursor));
    });

    it("starts a new group at the oldest retained event by default, or at the end with startAt: latest", async () => {
      const { bus, stream, events } = await setup();
      const [before, after] = events(2);
      await bus.publish([before!]);
      const earliest = recorder();
      const latest = recorder();
      await subscribe(bus, { stream, group: "from-start", consumer: "a", handler: earliest.handler });
      await subscribe(bus, { stream, group: "from-now", consumer: "a", handler: latest.handler, startAt: "latest" });
      await bus.publish([after!]);
      await vi.waitFor(() => expect(earliest.ids()).toEqual(idsOf([before!, after!])), WAIT);
      await vi.waitFor(() => expect(latest.ids()).toEqual([after!.id]), WAIT);
    });

    it("acknowledges an event only once its handler resolves; close waits for the running handler", async () => {
      const { bus, stream, events } = await setup();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const started: string[] = [];
      const stuck = await subscribe(bus, {
        stream,
        group: "g",
        consumer: "stuck",
        handler: async (event) => {
          started.push(event.id);
          await gate;
        },
      });
      const sent = events(3);
      await bus.publish(sent);
      await vi.waitFor(() => expect(started).toEqual([sent[0]!.id]), WAIT);

      let closed = false;
      const closing = stuck.close().then(() => (closed = true));
      // While the first handler runs, nothing it was given is acknowledged: as if its process had
      // died, another consumer of the group takes all three over once they have been idle long enough.
      const other = recorder();
      await subscribe(bus, { stream, group: "g", consumer: "other", handler: other.handler, claimIdleMs: 100 });
      await vi.waitFor(() => expect(other.ids()).toEqual(idsOf(sent)), WAIT);
      expect(closed).toBe(false);
      release();
      await closing;
      expect(started).toEqual([sent[0]!.id]);
    });

    it("keeps an event whose handler failed pending and retries it before later events", async () => {
      const { bus, stream, events } = await setup();
      const sent = events(4);
      let failuresLeft = 2;
      const attempts: string[] = [];
      const handled: string[] = [];
      await subscribe(bus, {
        stream,
        group: "g",
        consumer: "one",
        retryDelayMs: 50,
        handler: async (event) => {
          attempts.push(event.id);
          if (event.id === sent[1]!.id && failuresLeft-- > 0) throw new Error("not yet");
          handled.push(event.id);
        },
      });
      await bus.publish(sent);
      await vi.waitFor(() => expect(handled).toHaveLength(4), WAIT);
      expect(handled).toEqual(idsOf(sent));
      const [e1, e2, e3, e4] = idsOf(sent);
      expect(attempts).toEqual([e1, e2, e2, e2, e3, e4]);
    });

    it("redelivers what a consumer left unacknowledged to another consumer of the group after claimIdleMs", async () => {
      const { bus, stream, events } = await setup();
      const failing = await subscribe(bus, {
        stream,
        group: "g",
        consumer: "crashing",
        retryDelayMs: 60_000,
        handler: async () => {
          throw new Error("down");
        },
      });
      const sent = events(3);
      await bus.publish(sent);
      await sleep(150);
      await failing.close();

      const healthy = recorder();
      await subscribe(bus, { stream, group: "g", consumer: "healthy", handler: healthy.handler, claimIdleMs: 200 });
      await vi.waitFor(() => expect(healthy.ids()).toEqual(idsOf(sent)), WAIT);
    });

    it("bounds each stream by its retention, keeping the newest events", async () => {
      const { bus, stream, events } = await setup({ retention: 10 });
      const sent = events(300);
      for (let i = 0; i < sent.length; i += 50) await bus.publish(sent.slice(i, i + 50));
      const kept = await bus.read(stream, null, 1_000);
      expect(kept.length).toBeGreaterThanOrEqual(10);
      expect(kept.length).toBeLessThan(300);
      expect(idsOf(kept)).toEqual(idsOf(sent.slice(-kept.length)));
    });

    it("lets every follower see every event published after it became ready, in order", async () => {
      const { bus, stream, events } = await setup();
      const [early, ...later] = events(5);
      await bus.publish([early!]);
      const seen: DeliveredEvent[][] = [[], []];
      const followers = seen.map((into) => bus.follow({ stream, handler: (batch) => void into.push(...batch), batchSize: 2 }));
      await Promise.all(followers.map((follower) => follower.ready));
      for (const event of later) await bus.publish([event]);
      for (const into of seen) await vi.waitFor(() => expect(idsOf(into)).toEqual(idsOf(later)), WAIT);
      // Cursors come with the events and grow.
      const cursors = seen[0]!.map((event) => event.cursor);
      expect([...cursors].sort(compareCursors)).toEqual(cursors);
      await Promise.all(followers.map((follower) => follower.close()));
      await bus.publish(events(1));
      await sleep(100);
      expect(seen[0]).toHaveLength(later.length);
    });

    it("keeps following after a handler fails", async () => {
      const { bus, stream, events } = await setup();
      const received: DeliveredEvent[] = [];
      let calls = 0;
      const follower = bus.follow({
        stream,
        handler: (batch) => {
          calls += 1;
          if (calls === 1) throw new Error("boom");
          received.push(...batch);
        },
      });
      await follower.ready;
      const [first, second] = events(2);
      await bus.publish([first!]);
      await vi.waitFor(() => expect(calls).toBe(1), WAIT);
      await bus.publish([second!]);
      await vi.waitFor(() => expect(idsOf(received)).toEqual([second!.id]), WAIT);
    });

    it("puts the replay floor at the stream's first event, and past what retention trimmed", async () => {
      const { bus, stream, events } = await setup({ retention: 10 });
      expect(await bus.replayFloor(stream)).toBeNull();
      expect(await bus.streamEnd(stream)).toBeNull();
      const cursors = await bus.publish(events(5));
      const firstCursor = cursors[0];
      expect(await bus.replayFloor(stream)).toBe(firstCursor);
      expect(await bus.streamEnd(stream)).toBe(cursors.at(-1));
      for (let i = 0; i < 6; i++) await bus.publish(events(50));
      const floor = (await bus.replayFloor(stream))!;
      expect(compareCursors(floor, firstCursor!)).toBeGreaterThan(0);
      // Everything after the floor is still there: the oldest retained event is not before it.
      const [oldest] = await bus.read(stream, null, 1);
      expect(compareCursors(oldest!.cursor, floor)).toBeGreaterThanOrEqual(0);
    });

    it("answers ping while open, and refuses work once closed", async () => {
      const { bus, stream, events } = await setup();
      await expect(bus.ping()).resolves.toBeUndefined();
      await bus.close();
      await expect(bus.publish(events(1))).rejects.toThrow();
      await expect(bus.ping()).rejects.toThrow();
      await expect(bus.read(stream, null, 1)).rejects.toThrow();
    });
  });
}
