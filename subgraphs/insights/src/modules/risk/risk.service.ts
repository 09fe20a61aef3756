import type { EntityManager } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { filterToWhere, paginate, parseId, requireWorkspaceId, type PageArgs } from "@plateau/subgraph-kit";
import type { InsightsContext } from "../../context.js";
import type { Project } from "../project/project.stub.js";
import { readProjectFacts, type ProjectToEvaluate } from "./project-facts.js";
import { RiskAssessment } from "./risk.entity.js";
import type { RiskAssessmentFilter, RiskAssessmentOrder } from "./risk.inputs.js";
import { reconcile } from "./risk.reconcile.js";
import { utcToday } from "./risk.detectors.js";

const REQUIRED = "a Project representation for `risks` must carry progress, startDate, endDate and blockedTaskCount";

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
   * The project's OPEN assessments after evaluating the rules on its facts (plus its RESOLVED history
   * when `includeResolved`). Evaluation goes through the request's loader, so the risks of every project
   * in one request are evaluated together. Only a project portfolio confirms is in the caller's workspace
   * is evaluated: for any other id (a forged representation, another workspace's project) the answer is
   * no risks and nothing is written.
   */
  async projectRisks(ctx: InsightsContext, project: Project, includeResolved: boolean): Promise<RiskAssessment[]> {
    requireWorkspaceId(ctx);
    const facts = factsOf(project);
    if (!(await ctx.references.hasProject(facts.id))) return [];
    const open = await ctx.loaders.riskEvaluation.load(facts);
    if (!includeResolved) return open;
    return [...open, ...(await ctx.loaders.resolvedRisks.load(facts.id))];
  },

  /**
   * Evaluates the rules for `projects` with the facts a read carried (true as of now) and brings their
   * assessments in line, in one transaction (risk.reconcile.ts), emitting `insights.risk.changed` for
   * what opened, changed or resolved. One claim of the facts, one read and one flush for all projects,
   * whatever their number. Returns each project's OPEN assessments, in rule order.
   *
   * This writes on behalf of whoever reads, whatever their role: the rows are a materialised view of
   * deterministic facts (the same facts give the same rows for every reader), not anyone's edit, so
   * there is nothing to authorise beyond reading the workspace. Concurrent evaluations of one project
   * wait for each other on its facts row (project-facts.ts), so they never race to open the same rule.
   */
  async evaluate(
    em: EntityManager,
    workspaceId: string,
    projects: readonly ProjectToEvaluate[],
    today: string = utcToday(),
  ): Promise<RiskAssessment[][]> {
    const source = { kind: "READ", at: new Date() } as const;
    const results = await em.transactional((tx) => reconcile(tx, workspaceId, projects, { source, actorId: null, today }));
    return results.map((open) => open ?? []);
  },

  /**
   * Evaluates the rules for one project with the facts of portfolio's event `change` (true as of its
   * `occurredAt`), in `em`'s workspace, in one transaction. Skipped whole when facts as new or newer
   * were already evaluated (the same event redelivered, an older event handled late, a read since):
   * false then, true when the facts were evaluated.
   */
  async applyFactsEvent(
    em: EntityManager,
    workspaceId: string,
    project: ProjectToEvaluate,
    change: { eventId: string; occurredAt: Date; actorId: string | null },
    today: string = utcToday(),
  ): Promise<boolean> {
    const source = { kind: "EVENT", eventId: change.eventId, occurredAt: change.occurredAt } as const;
    const [open] = await em.transactional((tx) => reconcile(tx, workspaceId, [project], { source, actorId: change.actorId, today }));
    return open !== null;
  },
};

/**
 * The facts of a Project representation. The gateway always sends them (`@requires`); a direct caller
 * that leaves them out or sends the wrong types gets BAD_USER_INPUT, not a guess.
 */
function factsOf(project: Project): ProjectToEvaluate {
  const facts = readProjectFacts(project as unknown as Record<string, unknown>);
  if (!facts) throw errors.invalidField("representations", REQUIRED);
  return { id: parseId(project.id, "representations.id"), ...facts };
}
