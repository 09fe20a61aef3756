import type { EntityManager, MikroORM } from "@mikro-orm/core";
import { insightsEvents, streamName, type DeliveredEvent, type Subscription } from "@plateau/events";
import { uuidv8, type Logger } from "@plateau/kernel";
import { recordEvent, sqlRows, startGroupConsumer, today, type GroupConsumerOptions } from "@plateau/subgraph-kit";
import { workspaceForEvent } from "../risk/event-workspace.js";
import { addUsage, effectiveAiSettings, tokensUsedOn } from "./ai-budget.js";
import { citableFacts } from "./analysis-context.js";
import { AnalysisRequest } from "./analysis-request.entity.js";
import { backoffMs, type AnalysisRuntime } from "./analysis-runtime.js";
import { AnalysisErrorCode, AnalysisStatus } from "./analysis.enums.js";
import { GenerationFailure, type GeneratedInsight } from "./generators/generator.js";
import { factsMessage } from "./generators/model-generator.js";
import { Insight } from "./insight.entity.js";
import { handBack, startLeaseSweep } from "./lease-sweep.js";

/**
 * The consumer group of insights' analysis workers on its own stream: each `insights.analysis.requested`
 * event goes to one worker of one instance.
 */
export const ANALYSIS_CONSUMER_GROUP = "ai.analysis.requested";

/** The fewest output tokens worth asking a model for: with less of the budget left, the analysis is not started. */
const MIN_OUTPUT_TOKENS = 256;

/** Thrown out of a run when its worker is stopping: the request is handed back to the queue. */
class WorkerStopping extends Error {}

/**
 * Starts this instance's analysis workers: `runtime.concurrency` consumers of the group, each fetching one
 * event at a time, so at most that many analyses run here at once and an idle worker never waits behind a
 * busy one's batch (other instances add their own); and the sweep that hands back requests whose worker's
 * lease ran out (lease-sweep.ts). Closing them aborts what the workers are doing (a model call, a back-off)
 * and hands each unfinished request back to the queue at once.
 */
export function startAnalysisWorkers(options: GroupConsumerOptions, runtime: AnalysisRuntime): Subscription[] {
  const stopping = new AbortController();
  const workers = Array.from({ length: runtime.concurrency }, (_, index) => {
    const consumer = `${options.consumer}:analysis-${index + 1}`;
    return startGroupConsumer(
      { ...options, consumer },
      {
        stream: streamName("insights"),
        group: ANALYSIS_CONSUMER_GROUP,
        component: "analysis-worker",
        batchSize: 1,
        handle: (orm, logger, event) => handleAnalysisEvent(orm, logger, runtime, event, consumer, stopping.signal),
      },
    );
  });
  return [
    ...workers.map((worker) => ({
      ready: worker.ready,
      close: () => {
        stopping.abort();
        return worker.close();
      },
    })),
    startLeaseSweep({ orm: options.orm, logger: options.logger.child({ component: "analysis-lease-sweep" }) }),
  ];
}

/** Runs the analysis an `insights.analysis.requested` event names; ignores every other event of the stream. */
export async function handleAnalysisEvent(
  orm: MikroORM,
  logger: Logger,
  runtime: AnalysisRuntime,
  event: DeliveredEvent,
  consumer: string,
  signal: AbortSignal,
): Promise<void> {
  if (event.type !== insightsEvents.analysisRequested.name || !event.workspaceId) return;
  const em = await workspaceForEvent(orm, event.workspaceId);
  if (!em) return;
  // The same consumer handling the same event again (after a failure of its own) holds the same lease.
  const lease = uuidv8(`${consumer}:${event.id}`);
  await runAnalysis(
    em,
    logger.child({ requestId: event.subject.id }),
    runtime,
    { id: event.subject.id, workspaceId: event.workspaceId },
    lease,
    signal,
  );
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new WorkerStopping());
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", stop, { once: true });
    function done() {
      signal.removeEventListener("abort", stop);
      resolve();
    }
    function stop() {
      clearTimeout(timer);
      reject(new WorkerStopping());
    }
  });

/** What an attempt spent on the model and has not yet counted. */
interface Spent {
  tokensIn: number;
  tokensOut: number;
  calls: number;
}

/**
 * One request from claim to a final state. Idempotent by request id: only a QUEUED request without a lease,
 * or one whose lease is this worker's own, is claimed (one whose worker crashed is handed back by the lease
 * sweep once its lease has run out); every later write is conditional on the lease, so a request cancelled
 * or handed back meanwhile is left alone and nothing of this run is stored. Each attempt generates every kind
 * asked for; a transient failure waits (exponential back-off, at least what a `retry-after` said, at most
 * five minutes) and tries again, up to `maxAttempts`; anything else, or the last attempt, is FAILED with its
 * code and a public message (the details go to the log). Tokens a model used are counted against the budget
 * whatever happened to them.
 */
export async function runAnalysis(
  em: EntityManager,
  logger: Logger,
  runtime: AnalysisRuntime,
  target: { id: string; workspaceId: string },
  lease: string,
  signal: AbortSignal,
): Promise<void> {
  const { id, workspaceId } = target;
  const claimed = await sqlRows<{ id: string }>(
    em,
    `update insights.analysis_request
        set status = 'RUNNING', lease_token = ?, lease_until = now() + ? * interval '1 millisecond',
            started_at = coalesce(started_at, now()), updated_at = now()
      where id = ? and workspace_id = ? and status in ('QUEUED', 'RUNNING') and (lease_token is null or lease_token = ?)
      returning id`,
    [lease, runtime.leaseMs, id, workspaceId, lease],
  );
  if (claimed.length === 0) {
    logger.debug("analysis request already finished, cancelled or held by another worker");
    return;
  }
  const request = await em.findOneOrFail(AnalysisRequest, { id, workspaceId });
  if (request.nextAttemptAt && request.nextAttemptAt.getTime() > Date.now()) {
    await waitOrHandBack(em, workspaceId, lease, request.nextAttemptAt.getTime() - Date.now(), signal);
  }
  let attempt = request.attempts;
  for (;;) {
    attempt += 1;
    const started = await sqlRows<{ id: string }>(
      em,
      `update insights.analysis_request
          set attempts = ?, status = 'RUNNING', next_attempt_at = null, lease_until = now() + ? * interval '1 millisecond', updated_at = now()
        where id = ? and workspace_id = ? and lease_token = ? and status in ('QUEUED', 'RUNNING') returning id`,
      [attempt, runtime.leaseMs, id, workspaceId, lease],
    );
    if (started.length === 0) return logger.info("analysis request cancelled or handed back; stopping");
    const spent: Spent = { tokensIn: 0, tokensOut: 0, calls: 0 };
    try {
      const generated = await generateAll(em, runtime, request, lease, spent, signal);
      if (generated === null) {
        await recordSpent(em, request, spent);
        return logger.info("analysis request cancelled while running; nothing stored");
      }
      const stored = await store(em, request, lease, generated, spent);
      logger.info(stored ? "analysis stored" : "analysis request cancelled before it was stored", { insights: generated.length, attempt });
      return;
    } catch (error) {
      const failure =
        error instanceof GenerationFailure
          ? error
          : new GenerationFailure(AnalysisErrorCode.INTERNAL_ERROR, "Writing the insights failed inside Plateau", true);
      spent.tokensIn += failure.tokensIn;
      spent.tokensOut += failure.tokensOut;
      if (runtime.usesModel && error instanceof GenerationFailure && failure.code !== AnalysisErrorCode.BUDGET_EXHAUSTED) spent.calls += 1;
      await recordSpent(em, request, spent);
      if (error instanceof WorkerStopping || signal.aborted) return handBackOwn(em, workspaceId, lease);
      logger.warn("analysis attempt failed", { attempt, code: failure.code, error: failure.cause ?? error });
      if (!failure.transient || attempt >= request.maxAttempts) {
        await sqlRows(
          em,
          `update insights.analysis_request
              set status = 'FAILED', error_code = ?, last_error = ?, finished_at = now(), lease_token = null, lease_until = null,
                  next_attempt_at = null, updated_at = now()
            where id = ? and workspace_id = ? and lease_token = ?`,
          [failure.code, failure.message, id, workspaceId, lease],
        );
        return;
      }
      const delay = backoffMs(attempt, runtime.retryBaseMs, failure.retryAfterMs);
      const waiting = await sqlRows<{ id: string }>(
        em,
        `update insights.analysis_request
            set status = 'QUEUED', last_error = ?, next_attempt_at = now() + ? * interval '1 millisecond',
                lease_until = now() + ? * interval '1 millisecond', updated_at = now()
          where id = ? and workspace_id = ? and lease_token = ? and status = 'RUNNING' returning id`,
        [failure.message, delay, delay + runtime.leaseMs, id, workspaceId, lease],
      );
      if (waiting.length === 0) return;
      await waitOrHandBack(em, workspaceId, lease, delay, signal);
    }
  }
}

/** Waits `ms`; when the worker stops meanwhile, hands the request back and ends the run. */
async function waitOrHandBack(em: EntityManager, workspaceId: string, lease: string, ms: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (error) {
    await handBackOwn(em, workspaceId, lease);
    throw error;
  }
}

/** Hands the request this worker holds back to the queue (it is stopping), with a new event, so any worker takes it at once. */
async function handBackOwn(em: EntityManager, workspaceId: string, lease: string): Promise<void> {
  await em.transactional((tx) => handBack(tx, workspaceId, lease));
}

/** Every kind's insight, in the order asked; null when the request was cancelled between two of them. */
async function generateAll(
  em: EntityManager,
  runtime: AnalysisRuntime,
  request: AnalysisRequest,
  lease: string,
  spent: Spent,
  signal: AbortSignal,
): Promise<GeneratedInsight[] | null> {
  const settings = await effectiveAiSettings(em, request.workspaceId, runtime.defaults);
  // About four characters a token: what the prompt will cost, to leave room for the answer within the budget.
  const promptTokens = Math.ceil(factsMessage(request.context).length / 4) + 500;
  const generated: GeneratedInsight[] = [];
  for (const kind of request.kinds) {
    const [state] = await sqlRows<{ status: AnalysisStatus; lease_token: string | null }>(
      em,
      `select status, lease_token from insights.analysis_request where id = ? and workspace_id = ?`,
      [request.id, request.workspaceId],
    );
    if (state?.status !== AnalysisStatus.RUNNING || state.lease_token !== lease) return null;
    let maxOutputTokens = runtime.maxOutputTokens;
    if (runtime.usesModel) {
      const used = (await tokensUsedOn(em, request.workspaceId, today())) + spent.tokensIn + spent.tokensOut;
      const left = settings.dailyTokenBudget - used - promptTokens;
      if (left < MIN_OUTPUT_TOKENS) {
        throw new GenerationFailure(
          AnalysisErrorCode.BUDGET_EXHAUSTED,
          `The workspace's ${settings.dailyTokenBudget} model tokens for today (UTC) are spent, or too few are left for this analysis`,
          false,
        );
      }
      maxOutputTokens = Math.min(maxOutputTokens, left);
    }
    const insight = await runtime.generator.generate(kind, request.context, { model: settings.model, maxOutputTokens, signal });
    spent.tokensIn += insight.tokensIn;
    spent.tokensOut += insight.tokensOut;
    spent.calls += runtime.usesModel ? 1 : 0;
    generated.push(insight);
  }
  return generated;
}

/** Adds `spent` to the request's and the workspace's day's tokens in `tx` (the caller zeroes it once `tx` commits). */
async function addSpent(tx: EntityManager, request: AnalysisRequest, spent: Spent): Promise<void> {
  if (spent.tokensIn === 0 && spent.tokensOut === 0 && spent.calls === 0) return;
  await addUsage(tx, request.workspaceId, today(), spent.tokensIn, spent.tokensOut, spent.calls);
  await sqlRows(
    tx,
    `update insights.analysis_request set tokens_in = tokens_in + ?, tokens_out = tokens_out + ? where id = ? and workspace_id = ?`,
    [spent.tokensIn, spent.tokensOut, request.id, request.workspaceId],
  );
}

const zero = (spent: Spent) => Object.assign(spent, { tokensIn: 0, tokensOut: 0, calls: 0 });

/** {@link addSpent} in a transaction of its own, then zeroes `spent`: for an attempt that stores nothing else. */
async function recordSpent(em: EntityManager, request: AnalysisRequest, spent: Spent): Promise<void> {
  await em.transactional((tx) => addSpent(tx, request, spent));
  zero(spent);
}

/**
 * Stores the insights, their `insights.insight.generated` events, the tokens and SUCCEEDED in one
 * transaction, if the request is still this worker's and RUNNING; otherwise (cancelled meanwhile) stores
 * only the tokens spent, and returns false. When the transaction fails, `spent` is left for the caller to count.
 */
async function store(
  em: EntityManager,
  request: AnalysisRequest,
  lease: string,
  generated: GeneratedInsight[],
  spent: Spent,
): Promise<boolean> {
  const facts = citableFacts(request.context);
  const succeeded = await em.transactional(async (tx) => {
    const done = await sqlRows<{ id: string }>(
      tx,
      `update insights.analysis_request
          set status = 'SUCCEEDED', finished_at = now(), lease_token = null, lease_until = null, next_attempt_at = null,
              error_code = null, updated_at = now()
        where id = ? and workspace_id = ? and lease_token = ? and status = 'RUNNING' returning id`,
      [request.id, request.workspaceId, lease],
    );
    if (done.length === 0) return false;
    await addSpent(tx, request, spent);
    for (const insight of generated) {
      const citations = [...new Set(insight.content.citedIds.map((id) => id.toLowerCase()))]
        .filter((id) => facts.has(id))
        .map((id) => ({ kind: facts.get(id)!, id }));
      const row = tx.create(Insight, {
        workspaceId: request.workspaceId,
        requestId: request.id,
        kind: insight.kind,
        scope: request.scope,
        projectId: request.projectId,
        source: insight.source,
        headline: insight.content.headline,
        summary: insight.content.summary,
        highlights: insight.content.highlights,
        risks: insight.content.risks,
        recommendations: insight.content.recommendations,
        citations,
        model: insight.model,
        promptVersion: insight.promptVersion,
        tokensIn: insight.tokensIn,
        tokensOut: insight.tokensOut,
        latencyMs: insight.latencyMs,
        costEstimate: insight.costEstimate,
        createdById: request.requestedById,
      } as never);
      recordEvent(tx, {
        type: insightsEvents.insightGenerated,
        workspaceId: request.workspaceId,
        actorId: request.requestedById,
        subject: { typename: "Insight", id: row.id },
        data: { requestId: request.id, projectId: request.projectId, scope: request.scope, kind: insight.kind, source: insight.source },
      });
    }
    return true;
  });
  if (succeeded) zero(spent);
  else await recordSpent(em, request, spent);
  return succeeded;
}
