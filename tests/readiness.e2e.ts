import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { createLogger, remoteKeySet } from "@plateau/kernel";
import { readSupergraph, startGateway } from "@plateau/gateway";
import { startRedisServer, type TestRedisServer } from "@plateau/test-kit";
import { TOKEN_AUDIENCE, type RunningGraph } from "../scripts/graph.js";
import { startTestGraph } from "./harness.js";

interface Report {
  service: string;
  status: "healthy" | "degraded" | "unhealthy";
  checks: Record<string, { status: "up" | "down"; error?: string }>;
}

let redis: TestRedisServer;
let graph: RunningGraph;

beforeAll(async () => {
  // A Redis of this file's own, which it stops.
  redis = await startRedisServer();
  graph = await startTestGraph({ redisUrl: redis.url });
});
afterAll(async () => {
  await graph?.close();
  await redis?.stop();
});

const baseOf = (url: string) => url.replace(/\/graphql$/, "");

async function probe(url: string, route: "/health" | "/ready"): Promise<{ status: number; body: Report }> {
  const response = await fetch(`${baseOf(url)}${route}`);
  return { status: response.status, body: (await response.json()) as Report };
}

const statuses = (report: Report) => Object.fromEntries(Object.entries(report.checks).map(([name, check]) => [name, check.status]));
const SUBGRAPHS = ["identity", "insights", "portfolio", "timesheets", "workpackages", "workspaces"];

describe("/health and /ready", () => {
  it("report healthy with every dependency up", async () => {
    const gateway = await probe(graph.gateway.url, "/ready");
    expect(gateway.status).toBe(200);
    expect(gateway.body.status).toBe("healthy");
    expect(statuses(gateway.body)).toEqual({ jwks: "up", eventBus: "up", ...Object.fromEntries(SUBGRAPHS.map((name) => [name, "up"])) });
    for (const [name, running] of graph.subgraphs) {
      const subgraph = await probe(running.url, "/ready");
      expect(subgraph).toMatchObject({ status: 200, body: { service: name, status: "healthy" } });
      expect(statuses(subgraph.body)).toEqual({ database: "up", migrations: "up", jwks: "up", eventBus: "up" });
      expect(await probe(running.url, "/health")).toMatchObject({ status: 200, body: { service: name, status: "healthy" } });
    }
  });

  it("turn degraded, not unhealthy, while Redis is down (events wait in the outbox), and healthy once it is back", async () => {
    await redis.stop();
    try {
      const portfolio = await probe(graph.subgraphs.get("portfolio")!.url, "/ready");
      expect(portfolio.status).toBe(200);
      expect(portfolio.body.status).toBe("degraded");
      expect(statuses(portfolio.body)).toEqual({ database: "up", migrations: "up", jwks: "up", eventBus: "down" });
      const gateway = await probe(graph.gateway.url, "/ready");
      expect(gateway.status).toBe(200);
      expect(gateway.body).toMatchObject({
        status: "degraded",
        checks: { eventBus: { status: "down", error: "unreachable" }, portfolio: { status: "up" } },
      });
      // Liveness asks nothing of Redis: nobody restarts a service for an outage a restart cannot fix.
      expect(await probe(graph.gateway.url, "/health")).toMatchObject({ status: 200, body: { status: "healthy" } });
      expect(await probe(graph.subgraphs.get("portfolio")!.url, "/health")).toMatchObject({ status: 200, body: { status: "healthy" } });
    } finally {
      await redis.start();
    }
    await expect.poll(async () => (await probe(graph.gateway.url, "/ready")).body.status, { timeout: 15_000 }).toBe("healthy");
  });

  it("name a stopped subgraph down on the gateway, degraded (other subgraphs still serve), without its address", async () => {
    const insights = graph.subgraphs.get("insights")!;
    await insights.close();
    const gateway = await probe(graph.gateway.url, "/ready");
    expect(gateway.status).toBe(200);
    expect(gateway.body.status).toBe("degraded");
    expect(gateway.body.checks.insights).toMatchObject({ status: "down", error: "unreachable" });
    expect(gateway.body.checks.portfolio).toMatchObject({ status: "up" });
    expect(JSON.stringify(gateway.body)).not.toContain(new URL(insights.url).port);
  });

  it("make a subgraph with a pending migration unhealthy (503) while it stays live", async () => {
    const workpackages = graph.subgraphs.get("workpackages")!;
    const [last] = await workpackages.database.asOwner(async (em) => {
      const rows = (await em
        .getConnection()
        .execute(
          `select name, executed_at from workpackages.mikro_orm_migrations order by id desc limit 1`,
          [],
          "all",
          em.getTransactionContext(),
        )) as {
        name: string;
        executed_at: Date;
      }[];
      await em
        .getConnection()
        .execute(`delete from workpackages.mikro_orm_migrations where name = ?`, [rows[0]!.name], "run", em.getTransactionContext());
      return rows;
    });
    try {
      const ready = await probe(workpackages.url, "/ready");
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe("unhealthy");
      expect(ready.body.checks.migrations).toEqual(expect.objectContaining({ status: "down", error: `1 pending: ${last!.name}` }));
      expect((await probe(workpackages.url, "/health")).status).toBe(200);
    } finally {
      await workpackages.database.asOwner((em) =>
        em
          .getConnection()
          .execute(
            `insert into workpackages.mikro_orm_migrations (name, executed_at) values (?, ?)`,
            [last!.name, last!.executed_at],
            "run",
            em.getTransactionContext(),
          ),
      );
    }
    expect((await probe(workpackages.url, "/ready")).status).toBe(200);
  });

  it("make a gateway that cannot load identity's keys unhealthy (503), naming no address", async () => {
    const gateway = await startGateway({
      supergraphSdl: readSupergraph(path.resolve(import.meta.dirname, "..", "schema", "supergraph.graphql")),
      tokenKeys: remoteKeySet("http://127.0.0.1:1/.well-known/jwks.json"),
      tokenAudience: TOKEN_AUDIENCE,
      internalSecrets: graph.internalSecrets,
      subgraphUrls: Object.fromEntries([...graph.subgraphs].map(([name, running]) => [name, running.url])),
      logger: createLogger({ service: "e2e-gateway", level: "silent" }),
    });
    try {
      const ready = await probe(gateway.url, "/ready");
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({
        status: "unhealthy",
        checks: { jwks: { status: "down", error: "identity's keys cannot be loaded" } },
      });
      expect(JSON.stringify(ready.body)).not.toContain("127.0.0.1:1");
    } finally {
      await gateway.close();
    }
  });
});
