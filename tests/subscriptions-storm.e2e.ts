import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import type { Client } from "graphql-ws";
import {
  BoardChangedDocument,
  buildProject,
  buildWorkspaceWithTeam,
  collect,
  type Collected,
  type BoardChangedSubscription,
  createLiveClient,
  subscribe,
  workerDatabaseUrl,
} from "@plateau/test-kit";
import type { RunningGraph } from "../scripts/graph.js";
import { startExtraGateway, startTestGraph } from "./harness.js";

/**
 * A reconnect storm: many clients subscribing at once (a gateway restarted, a network blip). The
 * checks they meet at subscribe time are shared and admitted a few at a time. To see them pile up,
 * the test holds portfolio's project table locked (ACCESS EXCLUSIVE) while the subscribes arrive:
 * every check waits on the lock until the test lets go.
 */

const WAIT = { timeout: 30_000, interval: 25 };
let graph: RunningGraph;
let url: string;
let team: Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;
let projectIds: string[];
const clients: Client[] = [];
/** portfolio's SELECTs on its project table while `recording`. */
const projectReads: string[] = [];
let recording = false;

function live(gatewayUrl: string, token: string): Client {
  const client = createLiveClient({ url: gatewayUrl, token, retryAttempts: 0 });
  clients.push(client);
  return client;
}

/** Holds an ACCESS EXCLUSIVE lock on portfolio's project table until `release()`. */
async function lockProjects(): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: await workerDatabaseUrl() });
  await client.connect();
  const { rows } = await client.query<{ schema: string }>(
    "select table_schema as schema from information_schema.tables where table_name = 'project' and table_schema like '%portfolio%'",
  );
  expect(rows).toHaveLength(1);
  await client.query("begin");
  await client.query(`lock table "${rows[0]!.schema}"."project" in access exclusive mode`);
  return {
    release: async () => {
      await client.query("commit");
      await client.end();
    },
  };
}

beforeAll(async () => {
  graph = await startTestGraph({
    onQuery: (subgraph, sql) => {
      if (recording && subgraph === "portfolio" && /^\s*select/i.test(sql) && /"project"/.test(sql)) projectReads.push(sql);
    },
  });
  url = graph.gateway.url;
  team = await buildWorkspaceWithTeam(url, { name: "Storm" });
  projectIds = [];
  for (const name of ["Storm one", "Storm two", "Storm three"]) projectIds.push((await buildProject(url, team.MANAGER.token, { name })).id);
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await graph?.close();
});

describe("subscribe-time checks in a reconnect storm", () => {
  it("checks a board once per role however many subscribers of it arrive together, and starts them all", async () => {
    // What one subscriber's check reads, alone.
    recording = true;
    const alone = collect(subscribe(live(url, team.MEMBER.token), BoardChangedDocument, { projectId: projectIds[0]! }));
    await vi.waitFor(() => expect(graph.gateway.liveSubscriptions()).toBe(1), WAIT);
    recording = false;
    const perCheck = projectReads.splice(0).length;
    expect(perCheck).toBeGreaterThan(0);
    await alone.stop();
    await vi.waitFor(() => expect(graph.gateway.liveSubscriptions()).toBe(0), WAIT);

    const lock = await lockProjects();
    const storm: Collected<BoardChangedSubscription>[] = [];
    try {
      recording = true;
      for (const token of [...Array(20).fill(team.MEMBER.token), ...Array(20).fill(team.VIEWER.token)] as string[]) {
        storm.push(collect(subscribe(live(url, token), BoardChangedDocument, { projectId: projectIds[0]! })));
      }
      // All forty wait on two checks (one per role), both running: nothing waits for a turn.
      await vi.waitFor(() => expect(graph.gateway.subscribeChecks()).toEqual({ running: 2, waiting: 0, asking: 40 }), WAIT);
    } finally {
      await lock.release();
    }
    await vi.waitFor(() => expect(graph.gateway.liveSubscriptions()).toBe(40), WAIT);
    recording = false;
    expect(projectReads.splice(0)).toHaveLength(2 * perCheck);
    expect(storm.every((seen) => seen.failure.current === undefined)).toBe(true);
    expect(graph.gateway.subscribeChecks()).toEqual({ running: 0, waiting: 0, asking: 0 });
    await Promise.all(storm.map((seen) => seen.stop()));
    await vi.waitFor(() => expect(graph.gateway.liveSubscriptions()).toBe(0), WAIT);
  });

  it("refuses a subscribe with RATE_LIMITED and retryAfter when too many checks already wait, and serves the waiting ones", async () => {
    const narrow = await startExtraGateway(graph, {
      eventBus: graph.eventBus,
      subscriptionLimits: { checkConcurrency: 1, maxWaitingChecks: 1 },
    });
    const lock = await lockProjects();
    const admitted: Collected<BoardChangedSubscription>[] = [];
    try {
      const client = live(narrow.url, team.MEMBER.token);
      admitted.push(collect(subscribe(client, BoardChangedDocument, { projectId: projectIds[0]! })));
      admitted.push(collect(subscribe(client, BoardChangedDocument, { projectId: projectIds[1]! })));
      await vi.waitFor(() => expect(narrow.subscribeChecks()).toEqual({ running: 1, waiting: 1, asking: 2 }), WAIT);
      // The same board as a waiting check shares it; a third board finds the queue full.
      admitted.push(collect(subscribe(live(narrow.url, team.MEMBER.token), BoardChangedDocument, { projectId: projectIds[1]! })));
      await vi.waitFor(() => expect(narrow.subscribeChecks()).toEqual({ running: 1, waiting: 1, asking: 3 }), WAIT);
      const refused = await subscribe(client, BoardChangedDocument, { projectId: projectIds[2]! })
        .next()
        .then(
          () => undefined,
          (errors: unknown) => errors as { message: string; extensions?: { code?: string; retryAfter?: number } }[],
        );
      expect(refused?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", retryAfter: 1 });
      expect(refused?.[0]?.message).toMatch(/subscribe again in 1 s/);
    } finally {
      await lock.release();
    }
    try {
      await vi.waitFor(() => expect(narrow.liveSubscriptions()).toBe(3), WAIT);
      expect(admitted.map((seen) => seen.failure.current)).toEqual([undefined, undefined, undefined]);
      expect(narrow.subscribeChecks()).toEqual({ running: 0, waiting: 0, asking: 0 });
    } finally {
      await Promise.all(admitted.map((seen) => seen.stop()));
      await narrow.close();
    }
  });
});
