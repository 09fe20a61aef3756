import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { RiskAssessment } from "./risk.entity.js";
import { RiskStatus } from "./risk.enums.js";
import type { ProjectToEvaluate } from "./project-facts.js";
import { riskService } from "./risk.service.js";

/**
 * Evaluates the risks of every project asked for in a request in one batch (one claim of the facts, one
 * read, one flush), keyed by project id: each project is evaluated once per request however often it
 * appears.
 */
export function riskEvaluationLoader(
  em: EntityManager,
  workspaceId: string | undefined,
): DataLoader<ProjectToEvaluate, RiskAssessment[], string> {
  return new DataLoader<ProjectToEvaluate, RiskAssessment[], string>(
    async (projects) => {
      if (!workspaceId) throw errors.forbidden("Evaluating risks needs a workspace-scoped token: call switchWorkspace first");
      return riskService.evaluate(em, workspaceId, projects);
    },
    { cacheKeyFn: (project) => project.id },
  );
}

/** The RESOLVED assessments of each project, most recently resolved first, in one query per batch. */
export function resolvedRisksLoader(em: EntityManager): DataLoader<string, RiskAssessment[]> {
  return new DataLoader<string, RiskAssessment[]>(async (projectIds) => {
    const rows = await em.find(
      RiskAssessment,
      { projectId: { $in: [...projectIds] }, status: RiskStatus.RESOLVED },
      { orderBy: [{ resolvedAt: "desc" }, { id: "asc" }] },
    );
    const groups = new Map<string, RiskAssessment[]>(projectIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row.projectId)?.push(row);
    return projectIds.map((id) => groups.get(id) ?? []);
  });
}
