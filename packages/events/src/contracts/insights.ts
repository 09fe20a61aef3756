import { defineEventType } from "../envelope.js";

/** insights' risk rules (its `RiskRule`). */
export type RiskRuleValue =
  "SCHEDULE_SLIPPAGE" | "BLOCKED_TASKS" | "TEAM_OVERLOAD" | "DECLINING_VELOCITY" | "KNOWLEDGE_CONCENTRATION" | "SKILL_CONCENTRATION";
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

/** What an analysis covers (insights' `AnalysisScope`). */
export type AnalysisScopeValue = "PROJECT" | "PORTFOLIO";
/** What an insight is (insights' `InsightKind`). */
export type InsightKindValue = "EXECUTIVE_SUMMARY" | "RISK_ASSESSMENT" | "PROGRESS_ANALYSIS" | "RECOMMENDATIONS";
/** Who wrote an insight (insights' `InsightSource`): a model, or the deterministic rules. */
export type InsightSourceValue = "MODEL" | "RULES";

/**
 * `insights.analysis.requested`: somebody asked for an analysis; the subject is the AnalysisRequest. Recorded
 * in the same transaction as the QUEUED request, and taken by one of insights' analysis workers (the consumer
 * group `ai.analysis.requested`), which reads the request itself: the event carries no facts.
 */
export interface AnalysisRequested {
  scope: AnalysisScopeValue;
  /** The project analysed; null for the portfolio. */
  projectId: string | null;
  kinds: InsightKindValue[];
}

/**
 * `insights.insight.generated`: an analysis stored an insight; the subject is the Insight. Recorded in the same
 * transaction as the insight. The gateway turns it into the `insightGenerated` subscription's InsightEvent.
 */
export interface InsightGenerated {
  requestId: string;
  /** The project it is about; null for a portfolio insight. */
  projectId: string | null;
  scope: AnalysisScopeValue;
  kind: InsightKindValue;
  source: InsightSourceValue;
}

/** Every event insights publishes, on the `plateau:events:insights` stream. */
export const insightsEvents = {
  riskChanged: defineEventType<RiskChanged>("insights.risk.changed", 1),
  analysisRequested: defineEventType<AnalysisRequested>("insights.analysis.requested", 1),
  insightGenerated: defineEventType<InsightGenerated>("insights.insight.generated", 1),
} as const;
