import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Client } from "graphql-ws";
import { RedisEventBus } from "@plateau/events";
import { createLogger } from "@plateau/kernel";
import type { RunningGateway } from "@plateau/gateway";
import {
  BoardChangedDocument,
  type BoardChangedSubscription,
  type Collected,
  buildProject,
  buildTask,
  buildWorkspaceWithTeam,
  collect,
  createLiveClient,
  dataOf,
  execute,
  MoveTaskDocument,
  startRedisServer,
  subscribe,
  type TestRedisServer,
} from "@plateau/test-kit";
import type { RunningGraph } from "../scripts/graph.js";
import { startExtraGateway, startTestGraph } from "./harness.js";

/**
 * Subscriptions on Redis Streams, as deployed: a Redis server of this test's own (so it can be
 * restarted without disturbing anyone), the whole graph publishing to it, and gateways following it.
 */

const WAIT = { timeout: 30_000, interval: 50 };
const logger = createLogger({ service: "e2e", level: "silent" });
let redis: TestRedisServer;
let graph: RunningGraph;
let second: RunningGateway;
let secondBus: RedisEventBus;
let url: string;
let team: Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;
let projectId: string;
const clients: Client[] = [];

function live(gatewayUrl: string, token: string): Client {
  const client = createLiveClient({ url: gatewayUrl, token, retryAttempts: 0 });
  clients.push(client);
  return client;
}

async function move(taskId: string, toStatus: string) {
  dataOf(
    await execute(url, MoveTaskDocument, { token: team.MANAGER.token, variables: { input: { taskId, toStatus: toStatus as never } } }),
  );
}

beforeAll(async () => {
  redis = await startRedisServer();
  const redisUrl = redis.url;
  graph = await startTestGraph({ redisUrl });
  url = graph.gateway.url;
  secondBus = new RedisEventBus({ url: redisUrl, logger, connectionName: "plateau-e2e-second-gateway" });
  second = await startExtraGateway(graph, { eventBus: secondBus });
  team = await buildWorkspaceWithTeam(url, { name: "Live on Redis" });
  projectId = (await buildProject(url, team.MANAGER.token, { name: "Redis board" })).id;
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await second?.close();
  await secondBus?.close();
  await graph?.close();
  await redis?.stop();
});

/** Subscriptions a test opened: stopped after it, whatever happened. */
const open: Collected<BoardChangedSubscription>[] = [];
function watch(gatewayUrl: string, token: string): Collected<BoardChangedSubscription> {
  const seen = collect(subscribe(live(gatewayUrl, token), BoardChangedDocument, { projectId }));
  open.push(seen);
  return seen;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((seen) => seen.stop()));
  await vi.waitFor(() => expect([graph.gateway.liveSubscriptions(), second.liveSubscriptions()]).toEqual([0, 0]), WAIT);
});

/**
 * The moves of one card a subscriber saw. Only moves: the card's CARD_CREATED may arrive after the
 * subscription started (a relay that found the fresh Redis empty republishes first).
 */
const movesOf = (seen: Collected<BoardChangedSubscription>, taskId: string) =>
  seen
    .data()
    .map((d) => d.boardChanged)
    .filter((event) => event.kind === "CARD_MOVED" && event.taskId === taskId);

describe("subscriptions on Redis", () => {
  it("delivers every event once to every subscriber of each of two gateway instances", async () => {
    const task = await buildTask(url, team.MANAGER.token, projectId, { title: "Two gateways" });
    const subscribers = [
      watch(url, team.MEMBER.token),
      watch(url, team.VIEWER.token),
      watch(second.url, team.MEMBER.token),
      watch(second.url, team.ADMIN.token),
    ];
    await vi.waitFor(() => expect([graph.gateway.liveSubscriptions(), second.liveSubscriptions()]).toEqual([2, 2]), WAIT);
    const statuses = ["IN_PROGRESS", "IN_REVIEW", "DONE", "IN_PROGRESS", "DONE"];
    for (const status of statuses) await move(task.id, status);
    for (const seen of subscribers) {
      await vi.waitFor(() => expect(movesOf(seen, task.id)).toHaveLength(statuses.length), WAIT);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The moves only: the card's creation reaches whichever subscriptions were live when it arrived.
    const eventIds = subscribers.map((seen) => movesOf(seen, task.id).map((event) => event.eventId));
    for (const ids of eventIds) expect(ids).toEqual(eventIds[0]);
    for (const seen of subscribers) {
      const all = seen.data().map((d) => d.boardChanged.eventId);
      expect(new Set(all).size).toBe(all.length);
      expect(movesOf(seen, task.id).map((event) => event.position?.status)).toEqual(statuses);
      expect(movesOf(seen, task.id).every((event) => event.task?.id === task.id)).toBe(true);
    }
  });

  it("acknowledges from the stream's end: resuming on the other gateway from that cursor brings the move made meanwhile, once", async () => {
    const task = await buildTask(url, team.MANAGER.token, projectId, { title: "Acknowledged on Redis" });
    const plain = watch(url, team.VIEWER.token);
    await vi.waitFor(() => expect(graph.gateway.liveSubscriptions()).toBe(1), WAIT);
    await move(task.id, "IN_PROGRESS");
    // On the stream once a subscriber has it: made before the acknowledged subscription.
    await vi.waitFor(() => expect(movesOf(plain, task.id)).toHaveLength(1), WAIT);

    const first = collect(subscribe(live(url, team.MEMBER.token), BoardChangedDocument, { projectId, acknowledge: true }));
    open.push(first);
    await vi.waitFor(() => expect(first.data()).not.toHaveLength(0), WAIT);
    const { kind, cursor } = first.data()[0]!.boardChanged;
    expect(kind).toBe("SUBSCRIBED");
    await first.stop();

    await move(task.id, "DONE");
    const back = collect(
      subscribe(live(second.url, team.MEMBER.token), BoardChangedDocument, { projectId, after: cursor, acknowledge: true }),
    );
    open.push(back);
    await vi.waitFor(() => expect(movesOf(back, task.id)).toHaveLength(1), WAIT);
    await vi.waitFor(() => expect(movesOf(plain, task.id)).toHaveLength(2), WAIT);
    expect(back.data()[0]!.boardChanged).toMatchObject({ kind: "SUBSCRIBED", cursor });
    expect(movesOf(back, task.id).map((event) => event.position?.status)).toEqual(["DONE"]);
    expect(back.failure.current).toBeUndefined();
  });

  it("starts a gateway while Redis is down, serving HTTP and reporting degraded readiness", async () => {
    const deadRedis = await startRedisServer();
    await deadRedis.stop();
    const deadBus = new RedisEventBus({ url: deadRedis.url, logger, connectionName: "plateau-e2e-dead" });
    const startedAt = Date.now();
    const gateway = await startExtraGateway(graph, { eventBus: deadBus });
    try {
      expect(Date.now() - startedAt).toBeLessThan(15_000);
      const health = (await (await fetch(gateway.url.replace(/\/graphql$/, "/ready"))).json()) as {
        status: string;
        checks: Record<string, { status: string }>;
      };
      expect(health).toMatchObject({ status: "degraded", checks: { eventBus: { status: "down" }, portfolio: { status: "up" } } });
      // Queries still reach the subgraphs: the member sees the team's one project.
      const projects = await execute(gateway.url, `{ projects { totalCount nodes { id name } } }`, { token: team.MEMBER.token });
      expect(dataOf(projects)).toEqual({ projects: { totalCount: 1, nodes: [{ id: projectId, name: "Redis board" }] } });
    } finally {
      await gateway.close();
      await deadBus.close();
    }
  });

  it("loses no move when Redis restarts mid-stream: what was committed meanwhile arrives once it is back", async () => {
    const task = await buildTask(url, team.MANAGER.token, projectId, { title: "Through a Redis restart" });
    const watchers = [watch(url, team.MEMBER.token), watch(second.url, team.MEMBER.token)];
    await vi.waitFor(() => expect([graph.gateway.liveSubscriptions(), second.liveSubscriptions()]).toEqual([1, 1]), WAIT);
    const before = ["IN_PROGRESS", "BLOCKED"];
    for (const status of before) await move(task.id, status);
    for (const seen of watchers) await vi.waitFor(() => expect(movesOf(seen, task.id)).toHaveLength(before.length), WAIT);

    await redis.stop();
    // Moves commit while Redis is down; their events wait in portfolio's outbox.
    const during = ["IN_PROGRESS", "IN_REVIEW", "DONE"];
    for (const status of during) await move(task.id, status);
    await redis.start();
    const after = ["IN_PROGRESS"];
    for (const status of after) await move(task.id, status);

    const expected = [...before, ...during, ...after];
    for (const seen of watchers) {
      // On failure, the ids and cursors tell a copy (same id, another cursor) from a second move.
      const moves = () => movesOf(seen, task.id);
      await vi.waitFor(
        () =>
          expect(
            moves().map((event) => event.position?.status),
            JSON.stringify(moves().map((e) => [e.eventId, e.cursor])),
          ).toEqual(expected),
        WAIT,
      );
      expect(new Set(seen.data().map((d) => d.boardChanged.eventId)).size).toBe(seen.data().length);
      expect(seen.failure.current).toBeUndefined();
    }
  });
});
