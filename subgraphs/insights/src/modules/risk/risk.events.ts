import type { EntityManager } from "@mikro-orm/core";
import { insightsEvents, type RiskChanged } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { RiskAssessment } from "./risk.entity.js";
import type { RiskSeverity } from "./risk.enums.js";

/** What happened to an assessment: the `kind` of `insights.risk.changed` and of the RiskEvent subscribers get. */
export enum RiskEventKind {
  /** A rule started firing: a new OPEN assessment. */
  OPENED = "OPENED",
  /** An OPEN assessment's severity or metric changed (not when it was only evaluated again). */
  UPDATED = "UPDATED",
  /** The rule stopped firing: the assessment is RESOLVED. */
  RESOLVED = "RESOLVED",
}

export type { RiskChanged };

/** The events of the risk module, on the `plateau:events:insights` stream. */
export const riskEvents = {
  changed: insightsEvents.riskChanged,
};

/**
 * Records a change of `assessment` in the unit of work of `tx` (the evaluation's transaction).
 * `actorId` is the user whose change caused the evaluation, when an event says so; null on read.
 */
export function recordRiskChanged(
  tx: EntityManager,
  assessment: RiskAssessment,
  kind: RiskEventKind,
  previousSeverity: RiskSeverity | null,
  actorId: string | null,
): void {
  recordEvent(tx, {
    type: riskEvents.changed,
    workspaceId: assessment.workspaceId,
    actorId,
    subject: { typename: "RiskAssessment", id: assessment.id },
    data: {
      projectId: assessment.projectId,
      rule: assessment.rule,
      severity: assessment.severity,
      status: assessment.status,
      kind,
      previousSeverity,
      metric: assessment.metric,
    },
  });
}
