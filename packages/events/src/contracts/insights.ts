import { defineEventType } from "../envelope.js";

/** insights' risk rules (its `RiskRule`). */
export type RiskRuleValue = "SCHEDULE_SLIPPAGE" | "BLOCKED_TASKS" | "TEAM_OVERLOAD";
/** A risk's severity (insights' `RiskSeverity`). */
export type RiskSeverityValue = "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
/** A risk assessment's status (insights' `RiskStatus`). */
export type RiskStatusValue = "OPEN" | "RESOLVED";
/** What happened to an assessment (insights' `RiskEventKind`): opened, its severity or metric changed, resolved. */
export type RiskEventKindValue = "OPENED" | "UPDATED" | "RESOLVED";

/**
 * `insights.risk.changed`: an assessment opened, changed or resolved; the subject is the RiskAssessment.
 * Emitted by every evaluation (on portfolio's progress events, timesheets' team utilisation and the daily sweep) in the same transaction as
 * the change. The gateway turns it into the `riskChanged` subscription's RiskEvent.
 */
export interface RiskChanged {
  projectId: string;
  rule: RiskRuleValue;
  /** The assessment's severity now (a RESOLVED one keeps its last). */
  severity: RiskSeverityValue;
  status: RiskStatusValue;
  kind: RiskEventKindValue;
  /** Its severity before this change; null when OPENED. */
  previousSeverity: RiskSeverityValue | null;
  /** The measured value now (a RESOLVED one keeps its last): points behind schedule, blocked tasks, or the team's utilisation in percent. */
  metric: number;
}

/** Every event insights publishes, on the `plateau:events:insights` stream. */
export const insightsEvents = {
  riskChanged: defineEventType<RiskChanged>("insights.risk.changed", 1),
} as const;
