import { Field, ID, InputType, Int } from "type-graphql";
import { AnalysisScope, InsightKind } from "./analysis.enums.js";

@InputType({ description: "What to analyse and which insights to write." })
export class RequestAnalysisInput {
  @Field(() => AnalysisScope, { description: "One project (with `projectId`), or the whole portfolio." })
  scope!: AnalysisScope;

  @Field(() => ID, { nullable: true, description: "The project, for a PROJECT analysis; must be left out for PORTFOLIO." })
  projectId?: string | null;

  @Field(() => [InsightKind], { description: "The insights to write, one per kind, each at most once." })
  kinds!: InsightKind[];
}

@InputType({
  description: "A workspace's AI settings to change; a field left out keeps its value, null returns it to the deployment's default.",
})
export class UpdateAiSettingsInput {
  @Field(() => Int, {
    nullable: true,
    description: "Model tokens (in + out) the workspace may use per UTC day, 0 to 100,000,000; null: the deployment's default.",
  })
  dailyTokenBudget?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The model to ask (as the endpoint names it, at most 200 characters); null: the deployment's default.",
  })
  model?: string | null;

  @Field(() => Int, { description: "The settings' `version` as last read (0 when the workspace has set nothing yet)." })
  expectedVersion!: number;
}

@InputType({ description: "The analysis request to cancel." })
export class CancelAnalysisRequestInput {
  @Field(() => ID, { description: "The request's id." })
  id!: string;
}
