import type { EntityManager } from "@mikro-orm/core";
import { RiskAssessment } from "./risk.entity.js";
import { RiskStatus } from "./risk.enums.js";
import { recordRiskChanged, RiskEventKind } from "./risk.events.js";
import { evaluateRiskRules, RISK_RULES } from "./risk.detectors.js";
import { claimFacts, type FactsSource, type ProjectToEvaluate } from "./project-facts.js";

/** How an evaluation runs: whose facts, as of when, and on which day. */
export interface ReconcileOptions {
  source: FactsSource;
  /** The user whose change led to the evaluation (an event's actor); null on read. */
  actorId: string | null;
  /** YYYY-MM-DD, the rules' "today". */
  today: string;
}

/**
 * Brings the assessments of `projects` in line with the rules, inside `tx`: a firing rule without an
 * OPEN row opens one, a firing rule with one refreshes it, an OPEN row whose rule no longer fires is
 * RESOLVED; every opening, change of severity or metric, and resolution records `insights.risk.changed`
 * in the same unit of work. Projects whose facts are not newer than the ones last evaluated
 * (project-facts.ts) are skipped: null in the result. Otherwise each project's OPEN assessments, in
 * rule order. One statement claims the facts, one reads the OPEN rows; the flush batches the writes.
 */
export async function reconcile(
  tx: EntityManager,
  workspaceId: string,
  projects: readonly ProjectToEvaluate[],
  options: ReconcileOptions,
): Promise<(RiskAssessment[] | null)[]> {
  const claimed = await claimFacts(tx, workspaceId, projects, options.source);
  if (claimed.size === 0) return projects.map(() => null);
  const open = await tx.find(RiskAssessment, {
    workspaceId,
    projectId: { $in: [...claimed] },
    status: RiskStatus.OPEN,
  });
  const openByKey = new Map(open.map((row) => [`${row.projectId}:${row.rule}`, row]));
  const now = options.source.kind === "READ" ? options.source.at : new Date();
  const changed = (row: RiskAssessment, kind: RiskEventKind, previous: RiskAssessment["severity"] | null) =>
    recordRiskChanged(tx, row, kind, previous, options.actorId);

  return projects.map((project) => {
    if (!claimed.has(project.id)) return null;
    const findings = new Map(evaluateRiskRules(project, options.today).map((finding) => [finding.rule, finding]));
    const current: RiskAssessment[] = [];
    for (const rule of RISK_RULES) {
      const row = openByKey.get(`${project.id}:${rule}`);
      const finding = findings.get(rule);
      if (finding && row) {
        const previous = row.severity;
        // Subscribers hear of what they would notice; a refreshed lastEvaluatedAt alone is not news.
        const news = finding.severity !== row.severity || finding.metric !== row.metric;
        const { severity, title, detail, metric, threshold } = finding;
        Object.assign(row, { severity, title, detail, metric, threshold, lastEvaluatedAt: now });
        if (news) changed(row, RiskEventKind.UPDATED, previous);
        current.push(row);
      } else if (finding) {
        const opened = tx.create(RiskAssessment, {
          ...finding,
          workspaceId,
          projectId: project.id,
          status: RiskStatus.OPEN,
          detectedAt: now,
          lastEvaluatedAt: now,
        } as never);
        changed(opened, RiskEventKind.OPENED, null);
        current.push(opened);
      } else if (row) {
        row.status = RiskStatus.RESOLVED;
        row.resolvedAt = now;
        row.lastEvaluatedAt = now;
        changed(row, RiskEventKind.RESOLVED, row.severity);
      }
    }
    return current;
  });
}
