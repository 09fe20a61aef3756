import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/core";
import { RiskAssessment } from "./risk.entity.js";
import { RiskStatus } from "./risk.enums.js";
import { RISK_RULES } from "./risk.detectors.js";

/** Each project's assessments of `status`, in `order`, in one query per batch. */
function risksByProject(
  em: EntityManager,
  status: RiskStatus,
  order: (a: RiskAssessment, b: RiskAssessment) => number,
): DataLoader<string, RiskAssessment[]> {
  return new DataLoader<string, RiskAssessment[]>(async (projectIds) => {
    const rows = await em.find(RiskAssessment, { projectId: { $in: [...projectIds] }, status });
    const groups = new Map<string, RiskAssessment[]>(projectIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row.projectId)?.push(row);
    return projectIds.map((id) => (groups.get(id) ?? []).sort(order));
  });
}

const ruleOrder = (a: RiskAssessment, b: RiskAssessment) => RISK_RULES.indexOf(a.rule) - RISK_RULES.indexOf(b.rule);
const latestResolvedFirst = (a: RiskAssessment, b: RiskAssessment) =>
  (b.resolvedAt?.getTime() ?? 0) - (a.resolvedAt?.getTime() ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The OPEN assessments of each project, in rule order (at most one per rule). */
export const openRisksLoader = (em: EntityManager) => risksByProject(em, RiskStatus.OPEN, ruleOrder);

/** The RESOLVED assessments of each project, most recently resolved first. */
export const resolvedRisksLoader = (em: EntityManager) => risksByProject(em, RiskStatus.RESOLVED, latestResolvedFirst);
