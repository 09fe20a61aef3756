import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SpanKind } from "@opentelemetry/api";
import {
  BoardChangedDocument,
  buildProject,
  buildTask,
  buildWorkspaceWithTeam,
  collect,
  createLiveClient,
  dataOf,
  errorCodes,
  execute,
  startRedisServer,
  subscribe,
  TaskChangedDocument,
} from "@plateau/test-kit";
import { InMemorySpanExporter, startMetricsServer, Telemetry, type MetricsServer, type ReadableSpan } from "@plateau/observability";
import { createLogger } from "@plateau/kernel";
import { connectRateLimitRedis, DEFAULT_RATE_LIMIT_POLICY } from "@plateau/gateway";
import { streamName } from "@plateau/events";
import { RISK_CONSUMER_GROUP } from "@plateau/insights";
import { startOutboxRelay, type OutboxRelay } from "@plateau/subgraph-kit";
import { startGatewayFor, type RunningGraph } from "../scripts/graph.js";
import { startTestGraph } from "./harness.js";

const exporter = new InMemorySpanExporter();
// Spans exported as each ends: the test reads them as soon as the response is in.
const telemetry = new Telemetry({ tracing: { exporter, batch: false } });
let graph: RunningGraph;
let metrics: MetricsServer;
let team: Awaited<ReturnType<typeof buildWorkspaceWithTeam>>;
let projectId: string;
let taskId: string;
/** A relay started in place of portfolio's own, once a test has stopped that one. */
let replacementRelay: OutboxRelay | undefined;

const TASK_WITH_ASSIGNEE = "query TaskWithAssignee($id: ID!) { task(id: $id) { title assignee { name } } }";

beforeAll(async () => {
  graph = await startTestGraph({ telemetry });
  metrics = await startMetricsServer({ metrics: telemetry.metrics, port: 0 });
  team = await buildWorkspaceWithTeam(graph.gateway.url);
  projectId = (await buildProject(graph.gateway.url, team.MANAGER.token)).id;
  taskId = (await buildTask(graph.gateway.url, team.MANAGER.token, projectId, { title: "Traced task", assigneeId: team.MEMBER.id })).id;
});
afterAll(async () => {
  await replacementRelay?.stop();
  await metrics?.close();
  await graph?.close();
  await telemetry.shutdown();
});

/** One sample of a scrape: the value of `name` with exactly `labels`, 0 when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .sort()
    .join(",");
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = (match[2] ?? "").match(/\w+="(?:[^"\\]|\\.)*"/g) ?? [];
    if (found.sort().join(",") === wanted) return Number(match[3]);
  }
  return 0;
}

async function scrape(): Promise<string> {
  const response = await fetch(metrics.url);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return response.text();
}

const serviceOf = (span: ReadableSpan) => span.resource.attributes["service.name"];

describe("traces", () => {
  it("follow one cross-subgraph query from the gateway through portfolio and identity down to their SQL, in one trace", async () => {
    exporter.reset();
    const result = await execute(graph.gateway.url, TASK_WITH_ASSIGNEE, { token: team.MEMBER.token, variables: { id: taskId } });
    expect(dataOf(result)).toEqual({ task: { title: "Traced task", assignee: { name: "Member User" } } });

    const isRoot = (span: ReadableSpan) => serviceOf(span) === "gateway" && span.kind === SpanKind.SERVER;
    await vi.waitFor(() => expect(exporter.getFinishedSpans().filter(isRoot)).toHaveLength(1));
    const root = exporter.getFinishedSpans().find(isRoot)!;
    expect(root.name).toBe("POST /graphql");
    expect(root.parentSpanContext).toBeUndefined();
    const traceId = root.spanContext().traceId;
    const inTrace = () => exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    const subgraphServer = (service: string) => (span: ReadableSpan) => serviceOf(span) === service && span.kind === SpanKind.SERVER;
    await vi.waitFor(() => {
      expect(inTrace().filter(subgraphServer("portfolio")).length).toBeGreaterThan(0);
      expect(inTrace().filter(subgraphServer("identity")).length).toBeGreaterThan(0);
    });
    const spans = inTrace();
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const ancestors = (span: ReadableSpan): ReadableSpan[] => {
      const parent = span.parentSpanContext && byId.get(span.parentSpanContext.spanId);
      return parent ? [parent, ...ancestors(parent)] : [];
    };

    for (const service of ["portfolio", "identity"]) {
      // The subgraph's request continues the gateway's fetch of it (traceparent), which sits under the gateway's request.
      const server = spans.find(subgraphServer(service))!;
      const fetch = byId.get(server.parentSpanContext!.spanId)!;
      expect(fetch).toMatchObject({ name: `subgraph ${service}`, kind: SpanKind.CLIENT, attributes: { "plateau.subgraph": service } });
      expect(serviceOf(fetch)).toBe("gateway");
      expect(ancestors(fetch)).toContain(root);
      // Its SQL hangs under its request, parameterised: the task id the query asked for is not in the text.
      const sql = spans.filter((span) => serviceOf(span) === service && span.attributes["db.system.name"] === "postgresql");
      expect(sql.map((span) => span.attributes["db.operation.name"])).toContain("SELECT");
      for (const statement of sql) {
        expect(ancestors(statement)).toContain(server);
        expect(statement.attributes["db.namespace"]).toBe(service);
        expect(String(statement.attributes["db.query.text"])).not.toContain(taskId);
      }
    }
    expect(new Set(spans.map(serviceOf))).toEqual(new Set(["gateway", "portfolio", "identity"]));
  });

  it("start a new trace at the gateway whatever traceparent a client sends", async () => {
    exporter.reset();
    const forged = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    await execute(graph.gateway.url, "{ __typename }", { token: team.MEMBER.token, headers: { traceparent: forged } });
    const isRoot = (span: ReadableSpan) => serviceOf(span) === "gateway" && span.kind === SpanKind.SERVER;
    await vi.waitFor(() => expect(exporter.getFinishedSpans().filter(isRoot)).toHaveLength(1));
    const root = exporter.getFinishedSpans().find(isRoot)!;
    expect(root.spanContext().traceId).not.toBe("0af7651916cd43dd8448eb211c80319c");
    expect(root.parentSpanContext).toBeUndefined();
  });
});

describe("metrics", () => {
  it("count operations by name and outcome, errors by code, HTTP requests and subgraph fetches, on their own listener", async () => {
    const before = await scrape();
    dataOf(await execute(graph.gateway.url, TASK_WITH_ASSIGNEE, { token: team.MEMBER.token, variables: { id: taskId } }));
    const refused = await execute(graph.gateway.url, TASK_WITH_ASSIGNEE, { token: team.MEMBER.token, variables: { id: "not-an-id" } });
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    const unauthenticated = await execute(graph.gateway.url, "query { projects { totalCount } }", { token: "not-a-token" });
    expect(errorCodes(unauthenticated)).toEqual(["UNAUTHENTICATED"]);
    const after = await scrape();

    const delta = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    const operation = { service: "gateway", operation: "TaskWithAssignee", type: "query" };
    expect(delta("plateau_graphql_operations_total", { ...operation, outcome: "success" })).toBe(1);
    expect(
      delta("plateau_graphql_operations_total", { ...operation, outcome: "partial" }) +
        delta("plateau_graphql_operations_total", { ...operation, outcome: "error" }),
    ).toBe(1);
    expect(delta("plateau_graphql_operation_duration_seconds_count", { ...operation, outcome: "success" })).toBe(1);
    expect(delta("plateau_graphql_errors_total", { service: "gateway", code: "BAD_USER_INPUT" })).toBe(1);
    expect(delta("plateau_graphql_errors_total", { service: "gateway", code: "UNAUTHENTICATED" })).toBe(1);
    expect(delta("plateau_http_requests_total", { service: "gateway", method: "POST", route: "/graphql", status: "200" })).toBe(2);
    expect(delta("plateau_http_requests_total", { service: "gateway", method: "POST", route: "/graphql", status: "401" })).toBe(1);
    // The gateway asked portfolio for the task twice and identity for the assignee once; each subgraph counted its side.
    expect(delta("plateau_subgraph_fetch_duration_seconds_count", { service: "gateway", subgraph: "portfolio", outcome: "ok" })).toBe(2);
    expect(delta("plateau_subgraph_fetch_duration_seconds_count", { service: "gateway", subgraph: "identity", outcome: "ok" })).toBe(1);
    expect(delta("plateau_http_requests_total", { service: "identity", method: "POST", route: "/graphql", status: "200" })).toBe(1);
    expect(
      delta("plateau_graphql_operations_total", {
        service: "identity",
        operation: "TaskWithAssignee__identity__1",
        type: "query",
        outcome: "success",
      }),
    ).toBe(1);

    // Scrape-time gauges, one series per subgraph: pool use, outbox backlog; subscriptions open on the gateway.
    for (const service of ["identity", "workspaces", "portfolio", "workpackages", "timesheets", "insights"]) {
      expect(sample(after, "plateau_db_pool_connections", { service, state: "max" })).toBe(10);
      expect(sample(after, "plateau_db_pool_connections", { service, state: "total" })).toBeGreaterThan(0);
      expect(after).toMatch(new RegExp(`^plateau_outbox_backlog_events\\{service="${service}"\\} \\d+$`, "m"));
      expect(after).toMatch(new RegExp(`^plateau_event_bus_up\\{service="${service}"\\} 1$`, "m"));
    }
    expect(after).toMatch(/^plateau_subscriptions_open\{service="gateway"\} 0$/m);
  });

  it("count the edge's refusals: an operation over a limit, a caller over its budget", async () => {
    // A gateway in the same registry whose anonymous budget covers one request.
    const strict = await startGatewayFor(graph, {
      logger: createLogger({ service: "e2e-gateway", level: "silent" }),
      edge: { rateLimit: { ...DEFAULT_RATE_LIMIT_POLICY, anonymousPoints: 100, minimumCharge: 100 } },
      telemetry,
    });
    try {
      const before = await scrape();
      const aliases = Array.from({ length: 31 }, (_, n) => `m${n}: me { id }`).join(" ");
      expect(errorCodes(await execute(strict.url, `{ ${aliases} }`))).toEqual(["QUERY_TOO_COMPLEX"]);
      expect(errorCodes(await execute(strict.url, "{ __typename }"))).toEqual([]);
      expect(errorCodes(await execute(strict.url, "{ __typename }"))).toEqual(["RATE_LIMITED"]);
      const after = await scrape();
      const delta = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
      expect(delta("plateau_operations_refused_total", { service: "gateway", reason: "limits" })).toBe(1);
      expect(delta("plateau_rate_limit_refusals_total", { service: "gateway", scope: "anonymous" })).toBe(1);
      expect(delta("plateau_graphql_errors_total", { service: "gateway", code: "RATE_LIMITED" })).toBe(1);
    } finally {
      await strict.close();
    }
  });

  it("observe each event's lag from its occurrence to the consumer group that handles it", async () => {
    // insights' risk consumer reads every event of portfolio's stream (a new task is one).
    const lag = { service: "insights", stream: streamName("portfolio"), group: RISK_CONSUMER_GROUP };
    const handled = async () => sample(await scrape(), "plateau_event_consumer_lag_seconds_count", lag);
    const before = await handled();
    await buildTask(graph.gateway.url, team.MANAGER.token, projectId, { title: "Consumed task" });
    await expect.poll(handled, { timeout: 10_000 }).toBeGreaterThan(before);
    const after = await scrape();
    const count = sample(after, "plateau_event_consumer_lag_seconds_count", lag);
    expect(sample(after, "plateau_event_consumer_lag_seconds_bucket", { ...lag, le: "+Inf" })).toBe(count);
    expect(sample(after, "plateau_event_consumer_lag_seconds_sum", lag)).toBeGreaterThan(0);
  });

  it("count the events waiting in a subgraph's outbox while its relay is stopped, and none once they are relayed", async () => {
    const portfolio = graph.subgraphs.get("portfolio")!;
    const waiting = async () => sample(await scrape(), "plateau_outbox_backlog_events", { service: "portfolio" });
    await expect.poll(waiting, { timeout: 10_000 }).toBe(0);
    await portfolio.outboxRelay!.stop();
    await buildTask(graph.gateway.url, team.MANAGER.token, projectId, { title: "Waiting task" });
    await expect.poll(waiting, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(sample(await scrape(), "plateau_outbox_oldest_event_age_seconds", { service: "portfolio" })).toBeGreaterThan(0);
    // A relay started again publishes what waited.
    replacementRelay = startOutboxRelay({
      orm: portfolio.database.orm,
      bus: graph.eventBus,
      logger: createLogger({ service: "portfolio", level: "silent" }),
    });
    await expect.poll(waiting, { timeout: 10_000 }).toBe(0);
    expect(sample(await scrape(), "plateau_outbox_oldest_event_age_seconds", { service: "portfolio" })).toBe(0);
  });

  it("show the subscriptions open on the gateway while they run", async () => {
    const open = async () => sample(await scrape(), "plateau_subscriptions_open", { service: "gateway" });
    expect(await open()).toBe(0);
    const client = createLiveClient({ url: graph.gateway.url, token: team.MEMBER.token, retryAttempts: 0 });
    try {
      const board = collect(subscribe(client, BoardChangedDocument, { projectId }));
      const task = collect(subscribe(client, TaskChangedDocument, { taskId }));
      await expect.poll(open, { timeout: 10_000 }).toBe(2);
      await board.stop();
      await expect.poll(open, { timeout: 10_000 }).toBe(1);
      await task.stop();
      await expect.poll(open, { timeout: 10_000 }).toBe(0);
      expect([board.failure.current, task.failure.current]).toEqual([undefined, undefined]);
    } finally {
      await client.dispose();
    }
  });

  it("count the requests a gateway lets through unmetered while its rate limiter's Redis is unreachable", async () => {
    const redis = await startRedisServer();
    const rateLimitRedis = connectRateLimitRedis(redis.url);
    // One request's worth of budget: metered, the second is refused.
    const gateway = await startGatewayFor(graph, {
      logger: createLogger({ service: "e2e-gateway", level: "silent" }),
      edge: { rateLimit: { ...DEFAULT_RATE_LIMIT_POLICY, userPoints: 100, workspacePoints: 1e12, minimumCharge: 100 } },
      rateLimitRedis,
      telemetry,
    });
    const me = () => execute(gateway.url, "query Me { me { id } }", { token: team.VIEWER.token });
    try {
      await expect.poll(() => rateLimitRedis.status, { timeout: 10_000 }).toBe("ready");
      expect((await me()).status).toBe(200);
      expect(errorCodes(await me())).toEqual(["RATE_LIMITED"]);

      await redis.stop();
      const before = await scrape();
      for (let i = 0; i < 3; i++) {
        const answer = await me();
        expect(answer.status).toBe(200);
        expect(dataOf(answer)).toEqual({ me: { id: team.VIEWER.id } });
      }
      const after = await scrape();
      const delta = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
      expect(delta("plateau_rate_limiter_fail_open_total", { service: "gateway", scope: "user" })).toBe(3);
      expect(delta("plateau_rate_limit_refusals_total", { service: "gateway", scope: "user" })).toBe(0);
    } finally {
      await gateway.close();
      rateLimitRedis.disconnect();
      await redis.stop();
    }
  });

  it("are not served on the gateway's public port", async () => {
    const base = graph.gateway.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    const throughGraphQL = await fetch(`${graph.gateway.url}/metrics`, { headers: { accept: "text/plain" } });
    expect(await throughGraphQL.text()).not.toContain("plateau_http_requests_total");
  });
});
