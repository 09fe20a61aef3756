import type { EntityManager } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { filterToWhere, paginate, parseId, requireWorkspaceId, type PageArgs } from "@plateau/subgraph-kit";
import type { InsightsContext } from "../../context.js";
import type { Project } from "../project/project.stub.js";
import { buryFacts, claimFacts, claimTeamProjects, lockProjectFacts, type ProjectToEvaluate } from "./project-facts.js";
import { RiskStatus } from "./risk.enums.js";
import { recordRiskChanged, RiskEventKind } from "./risk.events.js";
import { RiskAssessment } from "./risk.entity.js";
import type { RiskAssessmentFilter, RiskAssessmentOrder } from "./risk.inputs.js";
import { reconcile } from "./risk.reconcile.js";
import { utcToday } from "./risk.detectors.js";
import { claimTeamUtilization, lockTeam, type MeasuredTeamUtilization } from "./team-utilization.js";

/** Risk assessment use cases. */
export const riskService = {
  list(ctx: InsightsContext, filter: RiskAssessmentFilter | undefined, orderBy: RiskAssessmentOrder | undefined, page: PageArgs) {
    return paginate(
      ctx.em,
      RiskAssessment,
      filterToWhere(filter),
      page,
      orderBy ? [{ [orderBy.field]: orderBy.direction }] : [{ detectedAt: "desc" }],
    );
  },

  async get(ctx: InsightsContext, id: string): Promise<RiskAssessment> {
    const assessment = await ctx.loaders.riskAssessment.load(parseId(id, "id"));
    if (!assessment) throw errors.notFound("RiskAssessment", id);
    return assessment;
  },

  /**
   * The project's OPEN assessments, in rule order (plus its RESOLVED history, latest first, when
   * `includeResolved`), as the last evaluation left them: a read evaluates nothing and writes nothing.
   * Risks are evaluated when portfolio's facts change (risk.consumer.ts). Through the request's
   * loaders, so the risks of every project in one request are read together; the tenant filter and
   * Row-Level Security keep another workspace's project at no risks.
   */
  async projectRisks(ctx: InsightsContext, project: Project, includeResolved: boolean): Promise<RiskAssessment[]> {
    requireWorkspaceId(ctx);
    const id = parseId(project.id, "representations.id");
    const [open, resolved] = await Promise.all([ctx.loaders.openRisks.load(id), includeResolved ? ctx.loaders.resolvedRisks.load(id) : []]);
    return [...open, ...resolved];
  },

  /**
   * Evaluates the rules for one project with the facts of portfolio's event `change` (true as of its
   * `occurredAt`), in `em`'s workspace, in one transaction. Skipped whole when facts as new or newer
   * were already evaluated (the same event redelivered, an older event handled late):
   * false then, true when the facts were evaluated.
   */
  async applyFactsEvent(
    em: EntityManager,
    workspaceId: string,
    project: ProjectToEvaluate,
    change: { eventId: string; occurredAt: Date; actorId: string | null },
    today: string = utcToday(),
  ): Promise<boolean> {
    const source = { eventId: change.eventId, occurredAt: change.occurredAt };
    return em.transactional(async (tx) => {
      // The team's lock first (team-utilization.ts): evaluated with the team's figures as they are once any being applied commit.
      if (project.teamId) await lockTeam(tx, workspaceId, project.teamId);
      const claimed = await claimFacts(tx, workspaceId, [project], source, today);
      if (!claimed.has(project.id)) return false;
      await reconcile(tx, workspaceId, [project], { actorId: change.actorId, today });
      return true;
    });
  },

  /**
   * Records a team's utilisation from timesheets' event `change` and evaluates the rules again for every
   * project of the team, in `em`'s workspace, in one transaction. Skipped whole when figures as new or
   * newer were already recorded (team-utilization.ts): false then; otherwise the number of projects evaluated.
   */
  async applyTeamUtilizationEvent(
    em: EntityManager,
    workspaceId: string,
    figures: MeasuredTeamUtilization,
    change: { eventId: string; occurredAt: Date; actorId: string | null },
    today: string = utcToday(),
  ): Promise<number | false> {
    return em.transactional(async (tx) => {
      await lockTeam(tx, workspaceId, figures.teamId);
      if (!(await claimTeamUtilization(tx, workspaceId, figures, change))) return false;
      const projects = await claimTeamProjects(tx, workspaceId, figures.teamId);
      await reconcile(tx, workspaceId, projects, { actorId: change.actorId, today });
      return projects.length;
    });
  },

  /**
   * Forgets a deleted project (portfolio's `project.deleted`), in one transaction: its facts become a tombstone
   * (project-facts.ts) and its OPEN assessments are RESOLVED, each with its `insights.risk.changed`. False when
   * it was already forgotten (the same event again).
   */
  async applyProjectDeleted(
    em: EntityManager,
    workspaceId: string,
    projectId: string,
    change: { eventId: string; actorId: string | null },
    today: string = utcToday(),
  ): Promise<boolean> {
    return em.transactional(async (tx) => {
      if (!(await buryFacts(tx, workspaceId, projectId, change.eventId, today))) return false;
      const open = await tx.find(RiskAssessment, { workspaceId, projectId, status: RiskStatus.OPEN });
      const now = new Date();
      for (const row of open) {
        Object.assign(row, { status: RiskStatus.RESOLVED, resolvedAt: now, lastEvaluatedAt: now });
        recordRiskChanged(tx, row, RiskEventKind.RESOLVED, row.severity, change.actorId);
      }
      return true;
    });
  },

  /**
   * Evaluates the rules for one project again after a change of its tasks (insights' task state, which the
   * velocity and concentration rules read), in `em`'s workspace, in one transaction with its facts locked.
   * False for a project insights has no facts of yet.
   */
  async applyTaskChange(
    em: EntityManager,
    workspaceId: string,
    projectId: string,
    actorId: string | null,
    today: string = utcToday(),
  ): Promise<boolean> {
    return em.transactional(async (tx) => {
      const project = await lockProjectFacts(tx, workspaceId, projectId);
      if (!project) return false;
      await reconcile(tx, workspaceId, [project], { actorId, today });
      return true;
    });
  },
};
