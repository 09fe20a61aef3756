import { AppError, ErrorCode, errors, ROLES_WITH } from "@plateau/kernel";
import { inTransaction, parseId, recordEvent, requireViewer, requireWorkspaceId, sqlRows } from "@plateau/subgraph-kit";
import { insightsEvents } from "@plateau/events";
import type { InsightsContext } from "../../context.js";
import { utcToday } from "../risk/risk.detectors.js";
import { effectiveAiSettings, tokensUsedOn } from "./ai-budget.js";
import { gatherContext } from "./analysis-context.js";
import { AnalysisRequest } from "./analysis-request.entity.js";
import { AnalysisScope, type AnalysisStatus } from "./analysis.enums.js";
import type { RequestAnalysisInput } from "./analysis.inputs.js";

/** Requests a workspace may have QUEUED or RUNNING at once: more is RATE_LIMITED until some finish. */
export const MAX_UNFINISHED_PER_WORKSPACE = 20;

/** The next UTC midnight: when a spent daily budget is whole again. */
const nextUtcMidnight = (today: string): string => new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString();

/** Refuses with AI_BUDGET_EXHAUSTED when the workspace used its day's model tokens (only when a model writes). */
export async function requireBudgetLeft(ctx: InsightsContext, workspaceId: string): Promise<void> {
  const runtime = ctx.services.analysis;
  if (!runtime.usesModel) return;
  const today = utcToday();
  const [settings, used] = await Promise.all([
    effectiveAiSettings(ctx.em, workspaceId, runtime.defaults),
    tokensUsedOn(ctx.em, workspaceId, today),
  ]);
  if (used >= settings.dailyTokenBudget) {
    throw new AppError(
      ErrorCode.AI_BUDGET_EXHAUSTED,
      `This workspace has used its ${settings.dailyTokenBudget} model tokens for today (UTC); analyses by a model resume at ${nextUtcMidnight(today)}`,
      { budget: settings.dailyTokenBudget, used, resetsAt: nextUtcMidnight(today) },
    );
  }
}

/** Analysis requests: asking for one, following it, cancelling it (analysis.worker.ts runs them). */
export const analysisService = {
  /**
   * Queues an analysis: checks the input and the budget, gathers the facts as the requester (a project they
   * cannot read is BAD_USER_INPUT), then, under the workspace's lock, checks that fewer than
   * {@link MAX_UNFINISHED_PER_WORKSPACE} are unfinished and stores the QUEUED request and its
   * `insights.analysis.requested` event in one transaction. Returns at once; a worker takes it from the event.
   */
  async request(ctx: InsightsContext, input: RequestAnalysisInput): Promise<AnalysisRequest> {
    const viewer = requireViewer(ctx);
    const workspaceId = requireWorkspaceId(ctx);
    if (input.kinds.length === 0) throw errors.invalidField("input.kinds", "name at least one kind of insight");
    const duplicate = input.kinds.findIndex((kind, index) => input.kinds.indexOf(kind) !== index);
    if (duplicate >= 0) throw errors.invalidField(`input.kinds[${duplicate}]`, `${input.kinds[duplicate]} is listed twice`);
    let projectId: string | null = null;
    if (input.scope === AnalysisScope.PROJECT) {
      if (!input.projectId) throw errors.invalidField("input.projectId", "a PROJECT analysis names its project");
      projectId = parseId(input.projectId, "input.projectId");
    } else if (input.projectId) {
      throw errors.invalidField("input.projectId", "a PORTFOLIO analysis covers every project: leave projectId out");
    }
    await requireBudgetLeft(ctx, workspaceId);
    const context = await gatherContext(ctx, input.scope, projectId);
    return inTransaction(ctx, async ({ em }) => {
      // Counted and added under the workspace's lock, so requests sent together cannot pass the limit together.
      await sqlRows(em, `select pg_advisory_xact_lock(hashtext('insights.analysis_request:' || ?))`, [workspaceId]);
      const [{ unfinished }] = (await sqlRows<{ unfinished: number }>(
        em,
        `select count(*)::int as unfinished from insights.analysis_request where workspace_id = ? and status in ('QUEUED', 'RUNNING')`,
        [workspaceId],
      )) as [{ unfinished: number }];
      if (unfinished >= MAX_UNFINISHED_PER_WORKSPACE) {
        throw new AppError(
          ErrorCode.RATE_LIMITED,
          `This workspace has ${unfinished} analyses queued or running; ask again when some have finished`,
          { limit: MAX_UNFINISHED_PER_WORKSPACE, policy: "analyses-in-flight" },
        );
      }
      const request = em.create(AnalysisRequest, {
        workspaceId,
        scope: input.scope,
        projectId,
        kinds: [...input.kinds],
        maxAttempts: ctx.services.analysis.maxAttempts,
        requestedById: viewer.userId.toLowerCase(),
        context,
      } as never);
      recordEvent(em, {
        type: insightsEvents.analysisRequested,
        workspaceId,
        actorId: request.requestedById,
        subject: { typename: "AnalysisRequest", id: request.id },
        data: { scope: input.scope, projectId, kinds: [...input.kinds] },
      });
      return request;
    });
  },

  /** The request with `id` in the caller's workspace; null when there is none. */
  async get(ctx: InsightsContext, id: string): Promise<AnalysisRequest | null> {
    requireWorkspaceId(ctx);
    return ctx.loaders.analysisRequest.load(parseId(id, "id"));
  },

  /**
   * Cancels a QUEUED or RUNNING request: its requester, or ADMIN and above. A worker on it stops at its next
   * step and stores nothing (its final write is conditional on the request still being its own). Another
   * member's request is FORBIDDEN, a finished one CONFLICT with its status, an unknown one NOT_FOUND.
   */
  async cancel(ctx: InsightsContext, id: string): Promise<AnalysisRequest> {
    const viewer = requireViewer(ctx);
    const requestId = parseId(id, "input.id");
    const request = await ctx.loaders.analysisRequest.load(requestId);
    if (!request) throw errors.notFound("AnalysisRequest", id);
    const administers = viewer.role !== undefined && ROLES_WITH.ADMINISTER.includes(viewer.role);
    if (request.requestedById !== viewer.userId.toLowerCase() && !administers) {
      throw errors.forbidden("Only whoever asked for an analysis, or ADMIN and above, may cancel it");
    }
    const cancelled = await sqlRows<{ id: string }>(
      ctx.em,
      `update insights.analysis_request
          set status = 'CANCELLED', finished_at = now(), updated_at = now(), lease_token = null, lease_until = null, next_attempt_at = null
        where id = ? and workspace_id = ? and status in ('QUEUED', 'RUNNING') returning id`,
      [requestId, request.workspaceId],
    );
    if (cancelled.length === 0) {
      const [now] = await sqlRows<{ status: AnalysisStatus }>(
        ctx.em,
        `select status from insights.analysis_request where id = ? and workspace_id = ?`,
        [requestId, request.workspaceId],
      );
      throw errors.conflict(`Analysis request ${id} is already ${now?.status ?? request.status} and cannot be cancelled`, {
        status: now?.status ?? request.status,
      });
    }
    return ctx.em.refreshOrFail(request);
  },
};
