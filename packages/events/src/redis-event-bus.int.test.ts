import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Redis } from "ioredis";
import { createLogger, uuidv7 } from "@plateau/kernel";
import { compareCursors } from "./cursor.js";
import { createEvent, streamName, type DeliveredEvent } from "./envelope.js";
import { eventBusContract } from "./event-bus.contract.js";
import { RedisEventBus, type RedisEventBusOptions } from "./redis-event-bus.js";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const logger = createLogger({ service: "events-test", level: process.env.LOG_LEVEL === undefined ? "silent" : undefined });
const WAIT = { timeout: 15_000, interval: 25 };

let admin: Redis;
beforeAll(() => {
  admin = new Redis(REDIS_URL, { protocol: 2 });
});
afterAll(() => admin?.quit());

/** Each bus names its connections uniquely, so a test can drop exactly its own. */
const busOptions = (options: Partial<RedisEventBusOptions> = {}): RedisEventBusOptions => ({
  url: REDIS_URL,
  logger,
  connectionName: `plateau-test-${uuidv7().slice(-12)}`,
  ...options,
});

eventBusContract("Redis", {
  createBus: (options) => new RedisEventBus(busOptions(options)),
  dropStream: async (stream) => void (await admin.del(stream, `${stream}:since`)),
});

/** A free local port: listened on, then released. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A TCP proxy in front of Redis that a test can take down and bring back, as an outage would. */
async function redisProxy() {
  const target = new URL(REDIS_URL);
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const up = async () => {
    server = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 6379), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
  };
  const down = async () => {
    const closed = new Promise((resolve) => server?.close(resolve));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  await up();
  return { url: `redis://127.0.0.1:${port}`, up, down };
}

function testService() {
  const service = `test-${uuidv7().replace(/-/g, "").slice(-12)}`;
  return {
    stream: streamName(service),
    event: (n: number) => createEvent({ type: `${service}.thing.happened`, subject: { typename: "Thing", id: uuidv7() }, data: { n } }),
  };
}

/** Publishes, retrying while the bus reconnects; returns how many attempts failed. */
async function publishEventually(bus: RedisEventBus, events: Parameters<RedisEventBus["publish"]>[0]) {
  let failures = 0;
  await vi.waitFor(async () => {
    try {
      await bus.publish(events);
    } catch (error) {
      failures += 1;
      throw error;
    }
  }, WAIT);
  return failures;
}

describe("Redis event bus, when Redis is unreachable", () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0)) await step();
  });

  it("rejects publish and ping when nothing listens at the URL, instead of queueing", async () => {
    const bus = new RedisEventBus(busOptions({ url: `redis://127.0.0.1:${await freePort()}` }));
    cleanup.push(() => bus.close());
    const { event } = testService();
    await expect(bus.publish([event(1)])).rejects.toThrow(/not reachable/);
    await expect(bus.ping()).rejects.toThrow(/not reachable/);
    await expect(bus.read("plateau:events:nothing", null, 1)).rejects.toThrow(/not reachable/);
  });

  it("keeps a subscription going when its connection is killed", async () => {
    const options = busOptions();
    const bus = new RedisEventBus(options);
    const { stream, event } = testService();
    cleanup.push(
      () => bus.close(),
      () => admin.del(stream),
    );
    const received: DeliveredEvent[] = [];
    const subscription = bus.subscribe({ stream, group: "g", consumer: "c", handler: async (e) => void received.push(e) });
    await subscription.ready;
    const [first, second] = [event(1), event(2)];
    await bus.publish([first]);
    await vi.waitFor(() => expect(received.map((e) => e.id)).toEqual([first.id]), WAIT);

    const clients = (await admin.call("CLIENT", "LIST", "TYPE", "normal")) as string;
    const ours = clients
      .split("\n")
      .filter((line) => line.includes(`name=${options.connectionName}:`))
      .map((line) => /\bid=(\d+)/.exec(line)![1]!);
    expect(ours.length).toBe(2);
    for (const id of ours) await admin.call("CLIENT", "KILL", "ID", id);

    await publishEventually(bus, [second]);
    await vi.waitFor(() => expect(received.map((e) => e.id)).toEqual([first.id, second.id]), WAIT);
  });

  it("fails publish fast while Redis is down, and resumes publishing and consuming when it is back", async () => {
    const proxy = await redisProxy();
    const bus = new RedisEventBus(busOptions({ url: proxy.url }));
    const { stream, event } = testService();
    cleanup.push(
      () => bus.close(),
      () => proxy.down(),
      () => admin.del(stream),
    );
    const received: DeliveredEvent[] = [];
    const subscription = bus.subscribe({ stream, group: "g", consumer: "c", handler: async (e) => void received.push(e) });
    await subscription.ready;
    const [before, during, after] = [event(1), event(2), event(3)];
    await bus.publish([before]);
    await vi.waitFor(() => expect(received).toHaveLength(1), WAIT);
    // Acknowledged before the outage (else it is rightly delivered again after it: at least once).
    await vi.waitFor(async () => expect(((await admin.call("XPENDING", stream, "g")) as [number])[0]).toBe(0), WAIT);

    await proxy.down();
    await vi.waitFor(() => expect(bus.ping()).rejects.toThrow(), WAIT);
    await expect(bus.publish([during])).rejects.toThrow();

    await proxy.up();
    await publishEventually(bus, [after]);
    await vi.waitFor(() => expect(received.map((e) => e.id)).toEqual([before.id, after.id]), WAIT);
    await expect(bus.ping()).resolves.toBeUndefined();
  });
});

describe("Redis event bus, when the server loses its data", () => {
  it("moves the replay floor past every earlier cursor, and keeps its followers going", async () => {
    const options = busOptions();
    const bus = new RedisEventBus(options);
    const { stream, event } = testService();
    try {
      const received: DeliveredEvent[] = [];
      const follower = bus.follow({ stream, handler: (batch) => void received.push(...batch) });
      await follower.ready;
      const [before] = await bus.publish([event(1)]);
      await vi.waitFor(() => expect(received).toHaveLength(1), WAIT);
      expect(await bus.replayFloor(stream)).toBe(before);

      // What a restart without persistence leaves: no stream, no marker, every connection dropped.
      await admin.del(stream, `${stream}:since`);
      const clients = (await admin.call("CLIENT", "LIST", "TYPE", "normal")) as string;
      const ours = clients
        .split("\n")
        .filter((line) => line.includes(`name=${options.connectionName}:`))
        .map((line) => /\bid=(\d+)/.exec(line)![1]!);
      for (const id of ours) await admin.call("CLIENT", "KILL", "ID", id);

      const afterRestart = event(2);
      await publishEventually(bus, [afterRestart]);
      await vi.waitFor(() => expect(received.map((e) => e.id)).toEqual([before && received[0]!.id, afterRestart.id]), WAIT);
      const [kept] = await bus.read(stream, null, 10);
      const floor = await bus.replayFloor(stream);
      expect(floor).toBe(kept!.cursor);
      expect(compareCursors(before!, floor!)).toBeLessThan(0);
    } finally {
      await bus.close();
      await admin.del(stream, `${stream}:since`);
    }
  });
});

describe("Redis event bus, telling its publishers when the server lost events", () => {
  it("signals a stream without its marker or ending before what the bus stored, not a reconnect that kept everything", async () => {
    const options = busOptions();
    const bus = new RedisEventBus(options);
    const { stream, event } = testService();
    let resets = 0;
    bus.onServerReset(() => void (resets += 1));
    const killConnections = async () => {
      const clients = (await admin.call("CLIENT", "LIST", "TYPE", "normal")) as string;
      for (const line of clients.split("\n").filter((l) => l.includes(`name=${options.connectionName}:`))) {
        await admin.call("CLIENT", "KILL", "ID", /\bid=(\d+)/.exec(line)![1]!);
      }
    };
    try {
      // A stream this server has no record of: the first publish is refused once, for a republish.
      await expect(bus.publish([event(1)])).rejects.toThrow(/does not hold/);
      expect(resets).toBe(1);
      await bus.publish([event(2)]);

      // A dropped connection to the same server that kept its data is no reset.
      await killConnections();
      await publishEventually(bus, [event(3)]);
      expect(resets).toBe(1);

      // The server lost the stream (as a restart without persistence does).
      await admin.del(stream, `${stream}:since`);
      await killConnections();
      let refused = 0;
      await vi.waitFor(async () => {
        try {
          await bus.publish([event(4)]);
        } catch (error) {
          if (/does not hold/.test((error as Error).message)) refused += 1;
          throw error;
        }
      }, WAIT);
      expect([resets, refused]).toEqual([2, 1]);
      expect((await bus.read(stream, null, 10)).map((e) => e.data)).toEqual([{ n: 4 }]);
    } finally {
      await bus.close();
      await admin.del(stream, `${stream}:since`);
    }
  });
});
