import { Field, InputType, registerEnumType } from "type-graphql";
import { EnumFilter, IdFilter, SortDirection, type EnumFilterValue } from "@plateau/subgraph-kit";
import { RiskRule, RiskSeverity, RiskStatus } from "./risk.enums.js";

const RiskRuleFilter = EnumFilter(RiskRule, "RiskRule");
const RiskSeverityFilter = EnumFilter(RiskSeverity, "RiskSeverity");
const RiskStatusFilter = EnumFilter(RiskStatus, "RiskStatus");

@InputType({ description: "Filters risk assessments; fields combine with AND." })
export class RiskAssessmentFilter {
  @Field(() => IdFilter, { nullable: true }) projectId?: IdFilter;
  @Field(() => RiskRuleFilter, { nullable: true }) rule?: EnumFilterValue<RiskRule>;
  @Field(() => RiskSeverityFilter, { nullable: true }) severity?: EnumFilterValue<RiskSeverity>;
  @Field(() => RiskStatusFilter, { nullable: true }) status?: EnumFilterValue<RiskStatus>;
  @Field(() => [RiskAssessmentFilter], { nullable: true }) and?: RiskAssessmentFilter[];
  @Field(() => [RiskAssessmentFilter], { nullable: true }) or?: RiskAssessmentFilter[];
}

export enum RiskAssessmentOrderField {
  DETECTED_AT = "detectedAt",
  LAST_EVALUATED_AT = "lastEvaluatedAt",
  SEVERITY = "severity",
}
registerEnumType(RiskAssessmentOrderField, { name: "RiskAssessmentOrderField" });

@InputType({ description: "SEVERITY orders LOW < MEDIUM < HIGH < CRITICAL." })
export class RiskAssessmentOrder {
  @Field(() => RiskAssessmentOrderField) field!: RiskAssessmentOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection = SortDirection.ASC;
}
