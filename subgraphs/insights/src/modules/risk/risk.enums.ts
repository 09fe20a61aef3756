import { registerEnumType } from "type-graphql";

/** The deterministic checks insights runs on a project (see risk.rules.ts). */
export enum RiskRule {
  SCHEDULE_SLIPPAGE = "SCHEDULE_SLIPPAGE",
  BLOCKED_TASKS = "BLOCKED_TASKS",
}
registerEnumType(RiskRule, { name: "RiskRule", description: "The check that detected a risk." });

/** How bad a risk is; the declaration order is the severity order (Postgres sorts native enums by it). */
export enum RiskSeverity {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
  CRITICAL = "CRITICAL",
}
registerEnumType(RiskSeverity, { name: "RiskSeverity" });

/** OPEN while the rule still fires; RESOLVED once an evaluation finds it no longer does. */
export enum RiskStatus {
  OPEN = "OPEN",
  RESOLVED = "RESOLVED",
}
registerEnumType(RiskStatus, { name: "RiskStatus" });
