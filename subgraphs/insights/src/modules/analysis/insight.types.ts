import { Field, ID, ObjectType } from "type-graphql";
import { CitationKind, InsightRiskCategory, RecommendationPriority } from "./analysis.enums.js";
import { RiskSeverity } from "../risk/risk.enums.js";

@ObjectType({
  description: "A risk an insight names: from the rules' assessments and the figures (RULES), or as a model judged it (MODEL).",
})
export class InsightRisk {
  @Field(() => String, { description: "What the risk is, in one line." }) title!: string;
  @Field(() => InsightRiskCategory, { description: "What kind of risk it is." }) category!: InsightRiskCategory;
  @Field(() => RiskSeverity, { description: "How bad it is." }) severity!: RiskSeverity;
  @Field(() => String, { description: "The figures that show it." }) evidence!: string;
  @Field(() => String, { description: "What would reduce it." }) mitigation!: string;
}

@ObjectType({ description: "An action an insight recommends." })
export class InsightRecommendation {
  @Field(() => String, { description: "What to do." }) action!: string;
  @Field(() => String, { description: "Why, from the figures." }) rationale!: string;
  @Field(() => RecommendationPriority, { description: "How urgent it is." }) priority!: RecommendationPriority;
}

@ObjectType({
  description:
    "A fact an insight relies on: a project, task, milestone or risk among those the analysis gathered (ids a model named that are not among them are dropped).",
})
export class InsightCitation {
  @Field(() => CitationKind, { description: "What the fact is." }) kind!: CitationKind;
  @Field(() => ID, { description: "Its id (query it with `project`, `task`, `milestone` or `riskAssessment`)." }) id!: string;
}
