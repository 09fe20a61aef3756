import { Field, Int, ObjectType } from "type-graphql";
import { InsightSource } from "./analysis.enums.js";

@ObjectType({ description: "A workspace's AI settings in effect and today's use of its budget (ADMIN and above)." })
export class AiSettings {
  @Field(() => InsightSource, {
    description: "Who writes this deployment's analyses: MODEL when a model endpoint is configured (OPENAI_API_KEY), RULES otherwise.",
  })
  source!: InsightSource;

  @Field(() => Int, { description: "Model tokens (in + out) the workspace may use per UTC day; RULES analyses use none." })
  dailyTokenBudget!: number;

  @Field(() => Boolean, {
    description: "True when the budget is the deployment's default (AI_DAILY_TOKEN_BUDGET), not the workspace's own.",
  })
  dailyTokenBudgetIsDefault!: boolean;

  @Field(() => String, { description: "The model analyses ask." })
  model!: string;

  @Field(() => Boolean, { description: "True when the model is the deployment's default (OPENAI_MODEL), not the workspace's own." })
  modelIsDefault!: boolean;

  @Field(() => Int, { description: "Model tokens the workspace used today (UTC)." })
  tokensUsedToday!: number;

  @Field(() => Date, { description: "When today's use starts again from 0: the next UTC midnight." })
  resetsAt!: Date;

  @Field(() => Int, { description: "Pass as `expectedVersion` to updateAiSettings (0 while the workspace has set nothing)." })
  version!: number;
}
