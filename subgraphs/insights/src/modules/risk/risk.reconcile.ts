import type { EntityManager } from "@mikro-orm/core";
import { RiskAssessment } from "./risk.entity.js";
import { RiskStatus } from "./risk.enums.js";
import { recordRiskChanged, RiskEventKind } from "./risk.events.js";
import { evaluateRiskRules, RISK_RULES } from "./risk.detectors.js";
import type { ProjectToEvaluate } from "./project-facts.js";
import { taskFactsOf } from "./task-facts.js";
import { teamUtilizationOf } from "./team-utilization.js";

/** How an evaluation runs: on whose behalf, and on which day. */
export interface ReconcileOptions {
  /** The user whose change led to the evaluation (the event's actor), when the event names one; null for the daily sweep. */
  actorId: string | null;
  /** YYYY-MM-DD, the rules' "today". */
  today: string;
}

/**
 * Brings the assessments of `projects` in line with the rules, inside `tx`: a firing rule without an
 * OPEN row opens one, a firing rule with one refreshes it, an OPEN row whose rule no longer fires is
 * RESOLVED; every opening, change of severity or metric, and resolution records `insights.risk.changed`
 * in the same unit of work. `projects` are those whose facts the caller claimed (project-facts.ts), so
 * no other evaluation of them runs until `tx` commits. Returns each project's OPEN assessments, in rule
 * order. One statement reads the OPEN rows, one their teams' latest utilisation, three their tasks
 * (task-facts.ts); the flush at the end of `tx` batches the writes.
 */
export async function reconcile(
  tx: EntityManager,
  workspaceId: string,
  projects: readonly ProjectToEvaluate[],
  options: ReconcileOptions,
): Promise<RiskAssessment[][]> {
  if (projects.length === 0) return [];
  const teamIds = projects.map((project) => project.teamId).filter((id): id is string => id !== null);
  const [open, teams, tasks] = await Promise.all([
    tx.find(RiskAssessment, {
      workspaceId,
      projectId: { $in: projects.map((project) => project.id) },
      status: RiskStatus.OPEN,
    }),
    teamUtilizationOf(tx, workspaceId, teamIds),
    taskFactsOf(
      tx,
      workspaceId,
      projects.map((project) => project.id),
      options.today,
    ),
  ]);
  const openByKey = new Map(open.map((row) => [`${row.projectId}:${row.rule}`, row]));
  const now = new Date();
  const changed = (row: RiskAssessment, kind: RiskEventKind, previous: RiskAssessment["severity"] | null) =>
    recordRiskChanged(tx, row, kind, previous, options.actorId);

  return projects.map((project) => {
    const team = project.teamId ? (teams.get(project.teamId) ?? null) : null;
    const findings = new Map(
      evaluateRiskRules(project, options.today, team, tasks.get(project.id) ?? null).map((finding) => [finding.rule, finding]),
    );
    const current: RiskAssessment[] = [];
    for (const rule of RISK_RULES) {
      const row = openByKey.get(`${project.id}:${rule}`);
      const finding = findings.get(rule);
      if (finding && row) {
        const previous = row.severity;
        // Subscribers hear of what they would notice; a refreshed lastEvaluatedAt alone is not news.
        const news = finding.severity !== row.severity || finding.metric !== row.metric;
        const { severity, title, detail, metric, threshold, evidence } = finding;
        Object.assign(row, { severity, title, detail, metric, threshold, evidence, lastEvaluatedAt: now });
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
