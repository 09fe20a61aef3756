import { Field, InputType, registerEnumType } from "type-graphql";
import { EnumFilter, IdFilter, SortDirection, type EnumFilterValue } from "@plateau/subgraph-kit";
import { RiskRule, RiskSeverity, RiskStatus } from "./risk.enums.js";

const RiskRuleFilter = EnumFilter(RiskRule, "RiskRule");
const RiskSeverityFilter = EnumFilter(RiskSeverity, "RiskSeverity");
const RiskStatusFilter = EnumFilter(RiskStatus, "RiskStatus");

@InputType({ description: "Filters risk assessments; fields combine with AND." })
export class RiskAssessmentFilter {
  @Field(() => IdFilter, { nullable: true, description: "Assessments of these projects." }) projectId?: IdFilter;
  @Field(() => RiskRuleFilter, { nullable: true, description: "Assessments from these rules." }) rule?: EnumFilterValue<RiskRule>;
  @Field(() => RiskSeverityFilter, { nullable: true, description: "Assessments of these severities." })
  severity?: EnumFilterValue<RiskSeverity>;
  @Field(() => RiskStatusFilter, { nullable: true, description: "OPEN or RESOLVED assessments." }) status?: EnumFilterValue<RiskStatus>;
  @Field(() => [RiskAssessmentFilter], { nullable: true, description: "Every one of these filters matches." }) and?: RiskAssessmentFilter[];
  @Field(() => [RiskAssessmentFilter], { nullable: true, description: "At least one of these filters matches." })
  or?: RiskAssessmentFilter[];
}

export enum RiskAssessmentOrderField {
  DETECTED_AT = "detectedAt",
  LAST_EVALUATED_AT = "lastEvaluatedAt",
  SEVERITY = "severity",
}
registerEnumType(RiskAssessmentOrderField, {
  description: "What risk assessments can be sorted by (ties are broken by id).",
  valuesConfig: {
    DETECTED_AT: { description: "When the rule first fired (`detectedAt`)." },
    LAST_EVALUATED_AT: { description: "When the rule was last checked (`lastEvaluatedAt`)." },
    SEVERITY: { description: "By severity, LOW < MEDIUM < HIGH < CRITICAL." },
  },
  name: "RiskAssessmentOrderField",
});

@InputType({ description: "SEVERITY orders LOW < MEDIUM < HIGH < CRITICAL." })
export class RiskAssessmentOrder {
  @Field(() => RiskAssessmentOrderField, { description: "What to sort by." }) field!: RiskAssessmentOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending (default) or descending." })
  direction: SortDirection = SortDirection.ASC;
}
