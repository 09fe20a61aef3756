import { Entity, Enum, Index, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { TenantEntity } from "@plateau/subgraph-kit";
import type { RiskEvidenceFacts } from "./risk.detectors.js";
import { RiskRule, RiskSeverity, RiskStatus } from "./risk.enums.js";

export { RiskRule, RiskSeverity, RiskStatus };

/**
 * A risk a rule detected on a project. Rows are a materialised view of the rules over portfolio's facts:
 * evaluation opens, refreshes and resolves them (risk.service.ts); nobody edits them, hence no `version`.
 * At most one OPEN row per workspace, project and rule (a partial unique index); RESOLVED rows are history.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A risk a rule detected on a project; OPEN while the rule still fires." })
@Entity({ tableName: "risk_assessment" })
@Unique({
  name: "risk_assessment_one_open_per_rule",
  properties: ["workspaceId", "projectId", "rule"],
  where: { status: RiskStatus.OPEN },
})
@Index({ properties: ["workspaceId", "projectId", "status"] })
@Index({ properties: ["workspaceId", "detectedAt"] })
export class RiskAssessment extends TenantEntity {
  /** portfolio's Project; exposed as `project`. */
  @Field(() => ID, { description: "The id of the project the risk is on (also reachable as `project`)." })
  @Property({ type: "uuid" })
  projectId!: string;

  @Field(() => RiskRule, { description: "The rule that detected the risk; a project has at most one OPEN assessment per rule." })
  @Enum({ items: () => RiskRule, nativeEnumName: "risk_rule" })
  rule!: RiskRule;

  @Field(() => RiskSeverity, { description: "How bad the risk is now; an OPEN assessment is re-rated on every evaluation." })
  @Enum({ items: () => RiskSeverity, nativeEnumName: "risk_severity" })
  severity!: RiskSeverity;

  @Field(() => RiskStatus, { description: "OPEN while the rule still fires, RESOLVED once an evaluation finds it no longer does." })
  @Enum({ items: () => RiskStatus, nativeEnumName: "risk_status" })
  status: RiskStatus = RiskStatus.OPEN;

  @Field(() => String, { description: 'A one-line summary to show, e.g. "Schedule slipping".' })
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => String, { description: "What the rule saw, e.g. expected vs actual progress." })
  @Property({ type: "text" })
  detail!: string;

  @Field(() => Float, {
    description: "The measured value: percentage points behind schedule, blocked tasks, or the team's utilisation in percent of capacity.",
  })
  @Property({ type: "double" })
  metric!: number;

  @Field(() => Float, { description: "The rule fires when `metric` is above this." })
  @Property({ type: "double" })
  threshold!: number;

  /** The figures the finding rests on (TEAM_OVERLOAD: the team, the period, its hours); exposed as `evidence`. */
  @Property({ type: "json", nullable: true })
  evidence: RiskEvidenceFacts | null = null;

  @Field(() => Date, { description: "When the rule first fired for this assessment." })
  @Property({ type: "datetime" })
  detectedAt: Date = new Date();

  @Field(() => Date, { description: "When the rule was last checked while the assessment was open." })
  @Property({ type: "datetime" })
  lastEvaluatedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: "When an evaluation found the rule no longer fires." })
  @Property({ type: "datetime", nullable: true })
  resolvedAt: Date | null = null;
}
