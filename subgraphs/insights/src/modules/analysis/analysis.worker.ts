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
import { Insight } from "./insight.entity.js";

/**
 * The consumer group of insights' analysis workers on its own stream: each `insights.analysis.requested`
 * event goes to one worker of one instance.
 */
export const ANALYSIS_CONSUMER_GROUP = "ai.analysis.requested";

/** Thrown out of a run when its worker is stopping: the request is handed back to the queue. */
class WorkerStopping extends Error {}

/**
 * Starts this instance's analysis workers: `runtime.concurrency` consumers of the group, so at most that many
 * analyses run here at once (other instances add their own). Closing them aborts what they are doing (a model
 * call, a back-off) and hands each unfinished request back to the queue at once (analysis.worker.ts, `release`).
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
        // Not handed to another worker while this one may still be on it (a crashed worker's is, once its lease is over).
        claimIdleMs: runtime.leaseMs,
        // One request at a time: a worker holding a batch would keep it from idle workers.
        batchSize: 1,
        handle: (orm, logger, event) => handleAnalysisEvent(orm, logger, runtime, event, consumer, stopping.signal),
      },
    );
  });
  return workers.map((worker) => ({
    ready: worker.ready,
    close: () => {
      stopping.abort();
      return worker.close();
    },
  }));
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
  await runAnalysis(em, logger.child({ requestId: event.subject.id }), runtime, event.subject.id, lease, signal);
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

/**
 * One request from claim to a final state. Idempotent by request id: only a QUEUED request, or one whose
 * lease ran out (its worker crashed) or is this worker's own, is claimed; every later write is conditional on
 * the lease, so a request cancelled or taken over meanwhile is left alone and nothing of this run is stored.
 * Each attempt generates every kind asked for; a transient failure waits (exponential back-off, at least what
 * a `retry-after` said) and tries again, up to `maxAttempts`; anything else, or the last attempt, is FAILED
 * with its code and error. Tokens a model used are counted against the budget whatever happened to them.
 */
export async function runAnalysis(
  em: EntityManager,
  logger: Logger,
  runtime: AnalysisRuntime,
  requestId: string,
  lease: string,
  signal: AbortSignal,
): Promise<void> {
  const claimed = await sqlRows<{ id: string }>(
    em,
    `update insights.analysis_request
        set status = 'RUNNING', lease_token = ?, lease_until = now() + ? * interval '1 millisecond',
            started_at = coalesce(started_at, now()), updated_at = now()
      where id = ? and status in ('QUEUED', 'RUNNING') and (lease_token is null or lease_token = ? or lease_until < now())
      returning id`,
    [lease, runtime.leaseMs, requestId, lease],
  );
  if (claimed.length === 0) {
    logger.debug("analysis request already finished, cancelled or held by another worker");
    return;
  }
  const request = await em.findOneOrFail(AnalysisRequest, { id: requestId });
  if (request.nextAttemptAt && request.nextAttemptAt.getTime() > Date.now()) {
    await waitOrRelease(em, requestId, lease, request.nextAttemptAt.getTime() - Date.now(), signal);
  }
  let attempt = request.attempts;
  for (;;) {
    attempt += 1;
    const started = await sqlRows<{ id: string }>(
      em,
      `update insights.analysis_request
          set attempts = ?, status = 'RUNNING', next_attempt_at = null, lease_until = now() + ? * interval '1 millisecond', updated_at = now()
        where id = ? and lease_token = ? and status in ('QUEUED', 'RUNNING') returning id`,
      [attempt, runtime.leaseMs, requestId, lease],
    );
    if (started.length === 0) return logger.info("analysis request cancelled or taken over; stopping");
    const spent: Spent = { tokensIn: 0, tokensOut: 0, calls: 0 };
    try {
      const generated = await generateAll(em, runtime, request, lease, spent, signal);
      if (generated === null) {
        await recordSpent(em, request, spent);
        return logger.info("analysis request cancelled while running; nothing stored");
      }
      const stored = await store(em, request, lease, generated, spent);
      logger.info(stored ? "analysis stored" : "analysis request cancelled before it was stored", {
        insights: generated.length,
        attempt,
        tokensIn: spent.tokensIn,
        tokensOut: spent.tokensOut,
      });
      return;
    } catch (error) {
      if (error instanceof WorkerStopping || signal.aborted) {
        await recordSpent(em, request, spent);
        return release(em, requestId, lease);
      }
      const failure =
        error instanceof GenerationFailure
          ? error
          : new GenerationFailure(AnalysisErrorCode.INTERNAL_ERROR, `Writing the insights failed: ${(error as Error).message}`, true);
      if (!(error instanceof GenerationFailure)) logger.error("analysis attempt failed unexpectedly", { error, attempt });
      spent.tokensIn += failure.tokensIn;
      spent.tokensOut += failure.tokensOut;
      if (runtime.usesModel && error instanceof GenerationFailure && failure.code !== AnalysisErrorCode.BUDGET_EXHAUSTED) spent.calls += 1;
      await recordSpent(em, request, spent);
      if (!failure.transient || attempt >= request.maxAttempts) {
        await sqlRows(
          em,
          `update insights.analysis_request
              set status = 'FAILED', error_code = ?, last_error = ?, finished_at = now(), lease_token = null, lease_until = null,
                  next_attempt_at = null, updated_at = now()
            where id = ? and lease_token = ?`,
          [failure.code, failure.message, requestId, lease],
        );
        logger.warn("analysis request failed", { code: failure.code, error: failure.message, attempt, transient: failure.transient });
        return;
      }
      const delay = backoffMs(attempt, runtime.retryBaseMs, failure.retryAfterMs);
      const waiting = await sqlRows<{ id: string }>(
        em,
        `update insights.analysis_request
            set status = 'QUEUED', last_error = ?, next_attempt_at = now() + ? * interval '1 millisecond',
                lease_until = now() + ? * interval '1 millisecond', updated_at = now()
          where id = ? and lease_token = ? and status = 'RUNNING' returning id`,
        [failure.message, delay, delay + runtime.leaseMs, requestId, lease],
      );
      if (waiting.length === 0) return;
      logger.info("analysis attempt failed; retrying", { attempt, delayMs: delay, error: failure.message });
      await waitOrRelease(em, requestId, lease, delay, signal);
    }
  }
}

/** Waits `ms`; when the worker stops meanwhile, hands the request back and ends the run. */
async function waitOrRelease(em: EntityManager, requestId: string, lease: string, ms: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (error) {
    await release(em, requestId, lease);
    throw error;
  }
}

/**
 * Hands a request this worker holds back to the queue (the worker is stopping): QUEUED without a lease, with
 * a new `insights.analysis.requested` event in the same transaction, so any worker takes it at once.
 */
async function release(em: EntityManager, requestId: string, lease: string): Promise<void> {
  await em.transactional(async (tx) => {
    const released = await sqlRows<{ id: string; workspace_id: string; scope: string; project_id: string | null; kinds: string[] }>(
      tx,
      `update insights.analysis_request set status = 'QUEUED', lease_token = null, lease_until = null, updated_at = now()
        where id = ? and lease_token = ? and status in ('QUEUED', 'RUNNING') returning id, workspace_id, scope, project_id, kinds`,
      [requestId, lease],
    );
    const row = released[0];
    if (!row) return;
    recordEvent(tx, {
      type: insightsEvents.analysisRequested,
      workspaceId: row.workspace_id,
      actorId: null,
      subject: { typename: "AnalysisRequest", id: row.id },
      data: { scope: row.scope as never, projectId: row.project_id, kinds: row.kinds as never },
    });
  });
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
  const generated: GeneratedInsight[] = [];
  for (const kind of request.kinds) {
    const [state] = await sqlRows<{ status: AnalysisStatus; lease_token: string | null }>(
      em,
      `select status, lease_token from insights.analysis_request where id = ?`,
      [request.id],
    );
    if (state?.status !== AnalysisStatus.RUNNING || state.lease_token !== lease) return null;
    let maxOutputTokens = runtime.maxOutputTokens;
    if (runtime.usesModel) {
      const left = settings.dailyTokenBudget - (await tokensUsedOn(em, request.workspaceId, today())) - spent.tokensIn - spent.tokensOut;
      if (left <= 0) {
        throw new GenerationFailure(
          AnalysisErrorCode.BUDGET_EXHAUSTED,
          `The workspace's ${settings.dailyTokenBudget} model tokens for today (UTC) are spent`,
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

/** What an attempt spent on the model so far. */
interface Spent {
  tokensIn: number;
  tokensOut: number;
  calls: number;
}

/** Adds `spent` to the request's and the workspace's day's tokens in `tx`, then zeroes it (it is counted once). */
async function addSpent(tx: EntityManager, request: AnalysisRequest, spent: Spent): Promise<void> {
  if (spent.tokensIn === 0 && spent.tokensOut === 0 && spent.calls === 0) return;
  await addUsage(tx, request.workspaceId, today(), spent.tokensIn, spent.tokensOut, spent.calls);
  await sqlRows(tx, `update insights.analysis_request set tokens_in = tokens_in + ?, tokens_out = tokens_out + ? where id = ?`, [
    spent.tokensIn,
    spent.tokensOut,
    request.id,
  ]);
  spent.tokensIn = spent.tokensOut = spent.calls = 0;
}

/** {@link addSpent} in a transaction of its own: for an attempt that stores nothing else. */
async function recordSpent(em: EntityManager, request: AnalysisRequest, spent: Spent): Promise<void> {
  await em.transactional((tx) => addSpent(tx, request, spent));
}

/**
 * Stores the insights, their `insights.insight.generated` events, the tokens and SUCCEEDED in one
 * transaction, if the request is still this worker's and RUNNING; otherwise (cancelled meanwhile) stores
 * only the tokens spent, and returns false.
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
        where id = ? and lease_token = ? and status = 'RUNNING' returning id`,
      [request.id, lease],
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
  if (!succeeded) await recordSpent(em, request, spent);
  return succeeded;
}
