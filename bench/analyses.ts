/**
 * `npm run bench:analyses`: insights' analysis pipeline (requestAnalysis, the queue, the workers, the model
 * call through the `openai` SDK, the insight stored and published) with a model that answers after
 * BENCH_MODEL_LATENCY_MS, against the same model answering at once (the baseline), as ratios from one run.
 *
 * Starts the test kit's chat-completions server (a real HTTP server speaking OpenAI's protocol, answering
 * every request with a valid EXECUTIVE_SUMMARY) and the whole graph in this process (embedded PGlite in a
 * temporary folder, or the PostgreSQL in DATABASE_URL; the in-process bus, or Redis Streams in REDIS_URL),
 * insights asking that server with BENCH_AI_CONCURRENCY workers (its AI_CONCURRENCY) and a budget never
 * spent. Seeds workspaces through the API (a team and one project of five tasks each), enough that a
 * batch stays within the 20 analyses a workspace may have unfinished. After BENCH_WARMUP_ANALYSES
 * unmeasured analyses, for each model latency (BENCH_MODEL_LATENCY_MS, then 0):
 *   - a full queue: BENCH_ANALYSES requestAnalysis mutations (one EXECUTIVE_SUMMARY of a project, as a
 *     MEMBER, the workspaces in turn) through the gateway, BENCH_CONCURRENCY in flight, while the workers
 *     are held (each worker's handler waits before it runs an analysis: as if busy); then the workers are
 *     released together and drain it, until every request's `insights.insight.generated` event reached a
 *     follower of the bus (what the gateway's insightGenerated reads; no polling);
 *   - one at a time: BENCH_SEQUENTIAL analyses, each asked once the previous one's insight arrived.
 * The requests' rows give each one's wait in the queue, its time in a worker and the model call as the
 * worker timed it. Prints analyses per second against the ideal (workers / model latency), how the
 * analyses spread over the workers, the latencies, and the pipeline's own time per analysis beyond the
 * model's latency against the baseline; asserts nothing about speed.
 *
 * Environment (all optional):
 *   BENCH_ANALYSES          analyses in the full queue, per model latency                      (default 100)
 *   BENCH_MODEL_LATENCY_MS  how long the model takes to answer, in ms                          (default 200)
 *   BENCH_AI_CONCURRENCY    insights' analysis workers (its AI_CONCURRENCY)                    (default 4)
 *   BENCH_CONCURRENCY       requestAnalysis mutations in flight while filling the queue        (default 4)
 *   BENCH_SEQUENTIAL        analyses asked one at a time, per model latency                    (default 10)
 *   BENCH_WARMUP_ANALYSES   unmeasured analyses first, the model answering at once             (default 20)
 *   DATABASE_URL            PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset
 *   REDIS_URL               Redis Streams for the events (and the workers' queue); the in-process bus when unset
 *   LOG_LEVEL               the services' log level                                            (default error)
 */
import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { execute as executeAsClient } from "@plateau/client";
import { createEventBus, insightsEvents, streamName, type EventBus, type InsightGenerated } from "@plateau/events";
import { createLogger, env, parseEnv, type LogLevel } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import {
  buildProject,
  buildTask,
  buildWorkspaceWithTeam,
  dataOf,
  startChatCompletionsServer,
  type ChatCompletionAnswer,
} from "@plateau/test-kit";
import { startGraph } from "../scripts/graph.js";
import { MAX_UNFINISHED_PER_WORKSPACE } from "../subgraphs/insights/src/modules/analysis/analysis.service.js";
import { ANALYSIS_CONSUMER_GROUP } from "../subgraphs/insights/src/modules/analysis/analysis.worker.js";
import { formatNumber, formatRatio, percentile, renderTable } from "./stats.js";

const config = parseEnv({
  BENCH_ANALYSES: env.int("Analyses in the full queue, per model latency", 100),
  BENCH_MODEL_LATENCY_MS: env.int("How long the model takes to answer, in milliseconds", 200),
  BENCH_AI_CONCURRENCY: env.int("Insights' analysis workers (its AI_CONCURRENCY)", 4),
  BENCH_CONCURRENCY: env.int("requestAnalysis mutations in flight while filling the queue", 4),
  BENCH_SEQUENTIAL: env.int("Analyses asked one at a time, per model latency", 10),
  BENCH_WARMUP_ANALYSES: env.int("Unmeasured analyses first, the model answering at once", 20),
  DATABASE_URL: env.optionalUrl("PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset"),
  REDIS_URL: env.optionalUrl("Redis Streams for the events (and the workers' queue); the in-process bus when unset"),
  LOG_LEVEL: env.oneOf("The services' log level", ["debug", "info", "warn", "error", "silent"] satisfies LogLevel[], "error"),
});
for (const name of ["BENCH_ANALYSES", "BENCH_MODEL_LATENCY_MS", "BENCH_AI_CONCURRENCY", "BENCH_CONCURRENCY", "BENCH_SEQUENTIAL"] as const) {
  if (config[name] < 1) throw new Error(`${name} must be at least 1, got ${config[name]}`);
}
if (config.BENCH_WARMUP_ANALYSES < 0) throw new Error(`BENCH_WARMUP_ANALYSES must not be negative, got ${config.BENCH_WARMUP_ANALYSES}`);

const TASKS_PER_PROJECT = 5;
/** How long a batch may take before the run gives up (a worker stuck, an event lost). */
const SETTLE_TIMEOUT_MS = 5 * 60_000;
const REQUEST_ANALYSIS = `mutation($input: RequestAnalysisInput!) { requestAnalysis(input: $input) { analysisRequest { id status } } }`;
const LATENCY = config.BENCH_MODEL_LATENCY_MS;
const WORKERS = config.BENCH_AI_CONCURRENCY;

type Team = Awaited<ReturnType<typeof buildWorkspaceWithTeam>> & { projectId: string };
type Asked = { id: string; sentAt: number };

/** One batch of analyses: what the client saw, and what their rows say. */
interface Batch {
  count: number;
  /** Each requestAnalysis mutation, sent to answered. */
  mutationMs: number[];
  /** Each analysis, requestAnalysis sent to its insight's event arriving. */
  endToEndMs: number[];
  /** Each request's row created to a worker claiming it. */
  queuedMs: number[];
  /** Each request's claim by a worker to its SUCCEEDED write beginning. */
  workerMs: number[];
  /** Each model call as the worker timed it (the SDK's request, the answer parsed and checked). */
  modelCallMs: number[];
  /** Attempts beyond the first (retries after a transient failure). */
  retries: number;
}

/** A full queue drained: how long filling it and draining it took, and who ran what. */
interface Drained extends Batch {
  /** From sending the first requestAnalysis to the last one answered. */
  fillMs: number;
  /** From releasing the workers to the arrival of the last insight. */
  drainMs: number;
  /** Analyses each worker ran, most first. */
  perWorker: number[];
}

// The model: every request answered after the latency of the phase, with an EXECUTIVE_SUMMARY that cites
// the seeded projects (each analysis keeps the one it is about).
const model = await startChatCompletionsServer();
const projectIds: string[] = [];
let modelLatencyMs = 0;
model.fallback = () => {
  const answer: ChatCompletionAnswer = {
    kind: "json",
    content: {
      headline: "Delivery is on track",
      summary: "Five tasks are planned and none is blocked; the project should finish on its end date.",
      highlights: ["5 tasks planned, none blocked.", "No milestone is late."],
      citedIds: projectIds.slice(0, 40),
    },
  };
  return modelLatencyMs > 0 ? { kind: "slow", delayMs: modelLatencyMs, then: answer } : answer;
};

// The graph's bus, with the analysis workers' handlers behind a gate: while `held` is pending, a worker
// that took a request waits before running it (as if busy), so a full queue can be built through the API
// and drained from the moment the gate opens. Also counts the analyses each worker ran.
const logger = createLogger({ service: "bench", level: config.LOG_LEVEL });
const bus = createEventBus({ redisUrl: config.REDIS_URL, logger: logger.child({ service: "events" }) });
let held: Promise<void> | undefined;
let release = () => {};
const ranBy = new Map<string, number>();
const eventBus: EventBus = {
  publish: (events) => bus.publish(events),
  subscribe: (options) =>
    options.group !== ANALYSIS_CONSUMER_GROUP
      ? bus.subscribe(options)
      : bus.subscribe({
          ...options,
          handler: async (event) => {
            if (event.type !== insightsEvents.analysisRequested.name) return options.handler(event);
            await held;
            ranBy.set(options.consumer, (ranBy.get(options.consumer) ?? 0) + 1);
            return options.handler(event);
          },
        }),
  follow: (options) => bus.follow(options),
  replayFloor: (stream) => bus.replayFloor(stream),
  streamEnd: (stream) => bus.streamEnd(stream),
  read: (stream, after, count) => bus.read(stream, after, count),
  onServerReset: (listener) => bus.onServerReset(listener),
  ping: () => bus.ping(),
  close: () => bus.close(),
};

const dataDir = mkdtempSync(path.join(os.tmpdir(), "plateau-bench-analyses-"));
// On any exit, also when starting the graph fails: the embedded databases are throwaway.
process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));
const startingAt = performance.now();
const graph = await startGraph({
  database: config.DATABASE_URL ? { url: config.DATABASE_URL } : { pgliteRoot: dataDir },
  fixedPorts: false,
  settings: {
    DATA_DIR: dataDir,
    OPENAI_API_KEY: "bench-key",
    OPENAI_BASE_URL: model.baseURL,
    OPENAI_MODEL: "gpt-bench",
    AI_CONCURRENCY: String(WORKERS),
    AI_DAILY_TOKEN_BUDGET: String(1_000_000_000),
  },
  logger,
  eventBus,
  // The queue is filled by a few users as fast as the graph answers; the limiter is not what this measures.
  edge: { rateLimit: false },
}).catch(async (error: unknown) => {
  await bus.close();
  await model.close();
  throw error;
});
const startupSeconds = (performance.now() - startingAt) / 1000;

// When each request's insight reached the bus: followed as the gateway follows it for insightGenerated.
const arrivedAt = new Map<string, number>();
let onArrival: (() => void) | undefined;
const follower = graph.eventBus.follow({
  stream: streamName("insights"),
  handler: (events) => {
    const now = performance.now();
    for (const event of events) {
      if (event.type === insightsEvents.insightGenerated.name) arrivedAt.set((event.data as unknown as InsightGenerated).requestId, now);
    }
    onArrival?.();
  },
});
try {
  await follower.ready;
  const url = graph.gateway.url;
  const seedingAt = performance.now();
  const teams: Team[] = [];
  const workspaces = Math.ceil(Math.max(config.BENCH_ANALYSES, config.BENCH_WARMUP_ANALYSES) / MAX_UNFINISHED_PER_WORKSPACE);
  for (let n = 0; n < workspaces; n++) {
    const team = await buildWorkspaceWithTeam(url, { name: `Analyses bench ${n + 1}` });
    const project = await buildProject(url, team.MANAGER.token, { name: `Analysed project ${n + 1}` });
    for (let task = 0; task < TASKS_PER_PROJECT; task++) {
      await buildTask(url, team.MANAGER.token, project.id, { title: `Task ${task + 1} of project ${n + 1}` });
    }
    teams.push({ ...team, projectId: project.id });
    projectIds.push(project.id);
  }
  // What autovacuum would soon do after such a load (PGlite has none): statistics for the planner.
  await graph.analyze();
  const seedSeconds = (performance.now() - seedingAt) / 1000;

  /** Asks for one EXECUTIVE_SUMMARY of `team`'s project as its MEMBER, through the gateway as a client does. */
  async function ask(team: Team, mutationMs: number[]): Promise<Asked> {
    const sentAt = performance.now();
    const response = await executeAsClient<{ requestAnalysis: { analysisRequest: { id: string; status: string } } }>(
      url,
      REQUEST_ANALYSIS,
      {
        token: team.MEMBER.token,
        variables: { input: { scope: "PROJECT", projectId: team.projectId, kinds: ["EXECUTIVE_SUMMARY"] } },
      },
    );
    mutationMs.push(performance.now() - sentAt);
    const { analysisRequest } = dataOf(response).requestAnalysis;
    if (analysisRequest.status !== "QUEUED") throw new Error(`requestAnalysis answered ${analysisRequest.status}, not QUEUED`);
    return { id: analysisRequest.id, sentAt };
  }

  /** `count` analyses asked with BENCH_CONCURRENCY in flight, the workspaces in turn. */
  async function askMany(count: number, mutationMs: number[]): Promise<Asked[]> {
    const asked: Asked[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(config.BENCH_CONCURRENCY, count) }, async () => {
        while (next < count) {
          const n = next++;
          asked[n] = await ask(teams[n % teams.length]!, mutationMs);
        }
      }),
    );
    return asked;
  }

  /**
   * Resolves once every request of `ids` has its insight on the bus. Woken by each arrival; at most once a
   * second (while nothing arrives) it reads the requests' rows, to fail at once on one that FAILED.
   */
  async function settle(ids: string[]): Promise<void> {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    let checkedAt = Date.now();
    while (!ids.every((id) => arrivedAt.has(id))) {
      if (Date.now() - checkedAt >= 1000) {
        checkedAt = Date.now();
        const ended = await graph.subgraphs
          .get("insights")!
          .database.asOwner((em) =>
            sqlRows<{ id: string; status: string; last_error: string | null }>(
              em,
              `select id, status, last_error from insights.analysis_request where id = any(?::uuid[]) and status in ('FAILED', 'CANCELLED')`,
              [`{${ids.join(",")}}`],
            ),
          );
        if (ended.length > 0) throw new Error(`${ended.length} analyses did not succeed, e.g. ${JSON.stringify(ended[0])}`);
        if (Date.now() > deadline) {
          throw new Error(`only ${ids.filter((id) => arrivedAt.has(id)).length} of ${ids.length} analyses done in ${SETTLE_TIMEOUT_MS} ms`);
        }
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        onArrival = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      onArrival = undefined;
    }
  }

  /** The rows of `asked` (every one SUCCEEDED) with the client's timings. */
  async function batchOf(asked: Asked[], mutationMs: number[]): Promise<Batch> {
    const rows = await graph.subgraphs.get("insights")!.database.asOwner((em) =>
      sqlRows<{ status: string; attempts: number; queued_ms: number; worker_ms: number; model_call_ms: number | null }>(
        em,
        `select r.status, r.attempts,
                (extract(epoch from r.started_at - r.created_at) * 1000)::float8 as queued_ms,
                (extract(epoch from r.finished_at - r.started_at) * 1000)::float8 as worker_ms,
                i.latency_ms as model_call_ms
           from insights.analysis_request r left join insights.insight i on i.request_id = r.id
          where r.id = any(?::uuid[])`,
        [`{${asked.map((request) => request.id).join(",")}}`],
      ),
    );
    const failed = rows.filter((row) => row.status !== "SUCCEEDED" || row.model_call_ms === null);
    if (rows.length !== asked.length || failed.length > 0) throw new Error(`analyses without an insight: ${JSON.stringify(failed[0])}`);
    return {
      count: asked.length,
      mutationMs,
      endToEndMs: asked.map((request) => arrivedAt.get(request.id)! - request.sentAt),
      queuedMs: rows.map((row) => Number(row.queued_ms)),
      workerMs: rows.map((row) => Number(row.worker_ms)),
      modelCallMs: rows.map((row) => Number(row.model_call_ms)),
      retries: rows.reduce((sum, row) => sum + row.attempts - 1, 0),
    };
  }

  /** `count` analyses queued while the workers are held, then drained by all of them, the model answering after `latencyMs`. */
  async function drain(count: number, latencyMs: number): Promise<Drained> {
    modelLatencyMs = latencyMs;
    held = new Promise((resolve) => (release = resolve));
    ranBy.clear();
    const mutationMs: number[] = [];
    const fillingAt = performance.now();
    const asked = await askMany(count, mutationMs);
    const fillMs = performance.now() - fillingAt;
    const releasedAt = performance.now();
    release();
    held = undefined;
    await settle(asked.map((request) => request.id));
    const drainMs = Math.max(...asked.map((request) => arrivedAt.get(request.id)!)) - releasedAt;
    const perWorker = [...ranBy.values()].sort((a, b) => b - a);
    return { ...(await batchOf(asked, mutationMs)), fillMs, drainMs, perWorker };
  }

  /** `count` analyses asked one at a time, each once the previous one's insight arrived. */
  async function oneAtATime(count: number, latencyMs: number): Promise<Batch> {
    modelLatencyMs = latencyMs;
    const mutationMs: number[] = [];
    const asked: Asked[] = [];
    for (let n = 0; n < count; n++) {
      const request = await ask(teams[0]!, mutationMs);
      await settle([request.id]);
      asked.push(request);
    }
    return batchOf(asked, mutationMs);
  }

  if (config.BENCH_WARMUP_ANALYSES > 0) {
    modelLatencyMs = 0;
    await settle((await askMany(config.BENCH_WARMUP_ANALYSES, [])).map((request) => request.id));
  }
  const full = await drain(config.BENCH_ANALYSES, LATENCY);
  const fullBaseline = await drain(config.BENCH_ANALYSES, 0);
  const single = await oneAtATime(config.BENCH_SEQUENTIAL, LATENCY);
  const singleBaseline = await oneAtATime(config.BENCH_SEQUENTIAL, 0);

  const p50 = (samples: number[]) => percentile(samples, 50);
  const perSecond = (drained: Drained) => (drained.count / drained.drainMs) * 1000;
  /** What one worker spent per analysis, from the throughput: workers × drain time / analyses. */
  const perWorkerMs = (drained: Drained) => (WORKERS * drained.drainMs) / drained.count;
  /** Workers busy on average while draining: their time in a worker over the drain. */
  const busy = (drained: Drained) => drained.workerMs.reduce((sum, ms) => sum + ms, 0) / drained.drainMs;
  const ideal = (WORKERS / LATENCY) * 1000;
  const outsideModel = (batch: Batch) => batch.workerMs.map((ms, n) => ms - batch.modelCallMs[n]!);
  const drainRow = (label: string, drained: Drained, withIdeal: boolean) => [
    label,
    String(drained.count),
    formatNumber(drained.fillMs / 1000, 2),
    formatNumber((drained.count / drained.fillMs) * 1000, 2),
    formatNumber(drained.drainMs / 1000, 2),
    formatNumber(perSecond(drained), 2),
    withIdeal ? formatNumber(ideal, 2) : "—",
    withIdeal ? formatRatio(perSecond(drained), ideal) : "—",
    formatNumber(busy(drained), 2),
    drained.perWorker.join(" / "),
  ];
  const timings = (label: string, batch: Batch, oneByOne: boolean) => [
    label,
    String(batch.count),
    formatNumber(p50(batch.mutationMs), 1),
    formatNumber(percentile(batch.mutationMs, 95), 1),
    oneByOne ? formatNumber(p50(batch.endToEndMs), 1) : "—",
    oneByOne ? formatNumber(percentile(batch.endToEndMs, 95), 1) : "—",
    oneByOne ? formatNumber(p50(batch.queuedMs), 1) : "—",
    formatNumber(p50(batch.workerMs), 1),
    formatNumber(p50(batch.modelCallMs), 1),
    formatNumber(p50(outsideModel(batch)), 1),
    String(batch.retries),
  ];
  /** A time beyond the model's latency: measured, minus the latency, the baseline's, their ratio and difference. */
  const overhead = (label: string, measured: number, baseline: number) => [
    label,
    formatNumber(measured, 1),
    formatNumber(measured - LATENCY, 1),
    formatNumber(baseline, 1),
    formatRatio(measured - LATENCY, baseline),
    formatNumber(measured - LATENCY - baseline, 1),
  ];

  const cpus = os.cpus();
  process.stdout.write(
    [
      `insights' analysis pipeline through the gateway: EXECUTIVE_SUMMARY analyses of a project (${TASKS_PER_PROJECT} tasks) over ` +
        `${teams.length} workspace${teams.length === 1 ? "" : "s"}, ${WORKERS} workers, the model answering after ${LATENCY} ms and at once (baseline); a full ` +
        `queue of ${config.BENCH_ANALYSES} (filled ${config.BENCH_CONCURRENCY} in flight, then drained), then ${config.BENCH_SEQUENTIAL} ` +
        `one at a time, after ${config.BENCH_WARMUP_ANALYSES} unmeasured`,
      `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}; ` +
        `${config.DATABASE_URL ? "PostgreSQL from DATABASE_URL" : "embedded PGlite"}, events on ${config.REDIS_URL ? "Redis Streams" : "the in-process bus"}; ` +
        `graph up in ${startupSeconds.toFixed(1)} s, data seeded in ${seedSeconds.toFixed(1)} s; graph, model server ` +
        `(the test kit's chat-completions server) and client in this process`,
      "",
      renderTable(
        [
          "full queue",
          "analyses",
          "filled in s",
          "queued/s",
          "drained in s",
          "analyses/s",
          `ideal/s (${WORKERS} / ${LATENCY} ms)`,
          "measured / ideal",
          "workers busy",
          "analyses per worker",
        ],
        [drainRow(`model answers after ${LATENCY} ms`, full, true), drainRow("model answers at once (baseline)", fullBaseline, false)],
        [1, 2, 3, 4, 5, 6, 7, 8],
      ),
      "",
      renderTable(
        [
          "per analysis",
          "analyses",
          "requestAnalysis p50 ms",
          "p95 ms",
          "to insight p50 ms",
          "p95 ms",
          "queued p50 ms",
          "in worker p50 ms",
          "model call p50 ms",
          "in worker, not model, p50 ms",
          "retries",
        ],
        [
          timings(`full queue, model after ${LATENCY} ms`, full, false),
          timings("full queue, model at once (baseline)", fullBaseline, false),
          timings(`one at a time, model after ${LATENCY} ms`, single, true),
          timings("one at a time, model at once (baseline)", singleBaseline, true),
        ],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      ),
      "",
      renderTable(
        [
          "the pipeline's own time per analysis, same run",
          "measured ms",
          `minus ${LATENCY} ms`,
          "model at once (baseline) ms",
          "ratio",
          "difference ms",
        ],
        [
          overhead("one at a time: requestAnalysis sent to insight, p50", p50(single.endToEndMs), p50(singleBaseline.endToEndMs)),
          overhead("one at a time: in worker, p50", p50(single.workerMs), p50(singleBaseline.workerMs)),
          overhead("one at a time: model call as the worker timed it, p50", p50(single.modelCallMs), p50(singleBaseline.modelCallMs)),
          overhead("full queue: in worker, p50", p50(full.workerMs), p50(fullBaseline.workerMs)),
          overhead("full queue: model call as the worker timed it, p50", p50(full.modelCallMs), p50(fullBaseline.modelCallMs)),
          overhead("full queue: worker time per analysis (workers × drain / analyses)", perWorkerMs(full), perWorkerMs(fullBaseline)),
        ],
        [1, 2, 3, 4, 5],
      ),
      "",
      `Full queue: requestAnalysis through the gateway while every worker's handler waits (as if busy), then all released; ` +
        `analyses/s over the drain, from the release to the arrival of the last insight on the bus; ideal: every worker ` +
        `always waiting on the model; workers busy: their time in a worker summed over the drain; analyses per worker: how ` +
        `the consumer group spread them. requestAnalysis: the mutation, sent to answered (QUEUED). To insight: requestAnalysis ` +
        `sent to its insights.insight.generated event reaching a follower of the bus. Queued: the request's row created to a ` +
        `worker claiming it; in worker: claimed to its SUCCEEDED write beginning (both from the rows); model call: the SDK's ` +
        `request to the answer parsed and checked, as the worker timed it. Minus ${LATENCY} ms: what the pipeline adds to the ` +
        `model's latency; the baseline measures the same with the model answering at once.`,
      "",
    ].join("\n"),
  );
} finally {
  release();
  await follower.close();
  await graph.close();
  await bus.close();
  await model.close();
}
