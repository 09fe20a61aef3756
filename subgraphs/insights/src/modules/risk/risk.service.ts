import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { filterToWhere, paginate, parseId, requireWorkspaceId, type PageArgs } from "@plateau/subgraph-kit";
import type { InsightsContext } from "../../context.js";
import type { Project } from "../project/project.stub.js";
import { RiskAssessment } from "./risk.entity.js";
import { RiskStatus } from "./risk.enums.js";
import type { RiskAssessmentFilter, RiskAssessmentOrder } from "./risk.inputs.js";
import { evaluateRiskRules, RISK_RULES, utcToday, type ProjectFacts } from "./risk.rules.js";

/** A project to evaluate: its id and the facts portfolio supplied through `@requires`. */
export interface ProjectToEvaluate extends ProjectFacts {
  id: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
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
    if (!(await ctx.services.references.of(ctx).hasProject(facts.id))) return [];
    const open = await ctx.loaders.riskEvaluation.load(facts);
    if (!includeResolved) return open;
    return [...open, ...(await ctx.loaders.resolvedRisks.load(facts.id))];
  },

  /**
   * Evaluates the rules for `projects` and brings their assessments in line, in one transaction: a firing
   * rule without an OPEN row opens one, a firing rule with one refreshes it, an OPEN row whose rule no
   * longer fires is RESOLVED. One read for all projects and one flush for all changes, whatever their
   * number. Returns each project's OPEN assessments, in rule order.
   *
   * This writes on behalf of whoever reads, whatever their role: the rows are a materialised view of
   * deterministic facts (the same facts give the same rows for every reader), not anyone's edit, so
   * there is nothing to authorise beyond reading the workspace.
   */
  async evaluate(
    em: EntityManager,
    workspaceId: string,
    projects: readonly ProjectToEvaluate[],
    today: string = utcToday(),
  ): Promise<RiskAssessment[][]> {
    const attempt = () => em.transactional((tx) => reconcile(tx, workspaceId, projects, today));
    try {
      return await attempt();
    } catch (error) {
      // A concurrent evaluation of the same project opened the row first: read it and update it instead.
      if (error instanceof UniqueConstraintViolationException) return attempt();
      throw error;
    }
  },
};

async function reconcile(
  tx: EntityManager,
  workspaceId: string,
  projects: readonly ProjectToEvaluate[],
  today: string,
): Promise<RiskAssessment[][]> {
  const open = await tx.find(RiskAssessment, {
    workspaceId,
    projectId: { $in: projects.map((project) => project.id) },
    status: RiskStatus.OPEN,
  });
  const openByKey = new Map(open.map((row) => [`${row.projectId}:${row.rule}`, row]));
  const now = new Date();
  return projects.map((project) => {
    const findings = new Map(evaluateRiskRules(project, today).map((finding) => [finding.rule, finding]));
    const current: RiskAssessment[] = [];
    for (const rule of RISK_RULES) {
      const row = openByKey.get(`${project.id}:${rule}`);
      const finding = findings.get(rule);
      if (finding && row) {
        const { severity, title, detail, metric, threshold } = finding;
        Object.assign(row, { severity, title, detail, metric, threshold, lastEvaluatedAt: now });
        current.push(row);
      } else if (finding) {
        current.push(
          tx.create(RiskAssessment, {
            ...finding,
            workspaceId,
            projectId: project.id,
            status: RiskStatus.OPEN,
            detectedAt: now,
            lastEvaluatedAt: now,
          } as never),
        );
      } else if (row) {
        row.status = RiskStatus.RESOLVED;
        row.resolvedAt = now;
        row.lastEvaluatedAt = now;
      }
    }
    return current;
  });
}

/**
 * The facts of a Project representation. The gateway always sends them (`@requires`); a direct caller
 * that leaves them out or sends the wrong types gets BAD_USER_INPUT, not a guess.
 */
function factsOf(project: Project): ProjectToEvaluate {
  const { progress, startDate, endDate, blockedTaskCount } = project as unknown as Record<string, unknown>;
  const isDate = (value: unknown) => value === null || (typeof value === "string" && DATE.test(value));
  if (
    typeof progress !== "number" ||
    !Number.isFinite(progress) ||
    !Number.isInteger(blockedTaskCount) ||
    !isDate(startDate) ||
    !isDate(endDate)
  ) {
    throw errors.invalidField("representations", REQUIRED);
  }
  return {
    id: parseId(project.id, "representations.id"),
    progress,
    startDate: startDate as string | null,
    endDate: endDate as string | null,
    blockedTaskCount: blockedTaskCount as number,
  };
}
