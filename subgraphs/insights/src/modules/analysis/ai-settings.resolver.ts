import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { InsightsContext } from "../../context.js";
import { aiSettingsService } from "./ai-settings.service.js";
import { AiSettings } from "./ai-settings.types.js";
import { UpdateAiSettingsInput } from "./analysis.inputs.js";

@Resolver(() => AiSettings)
export class AiSettingsResolver {
  @Query(() => AiSettings, { description: "The workspace's AI settings in effect and today's use of its token budget. ADMIN and above." })
  aiSettings(@Ctx() ctx: InsightsContext): Promise<AiSettings> {
    return aiSettingsService.get(ctx);
  }

  @Mutation(() => AiSettings, {
    description: "Sets the workspace's daily token budget or model, or returns them to the deployment's defaults (null). ADMIN and above.",
  })
  updateAiSettings(
    @Arg("input", () => UpdateAiSettingsInput, { description: "What to change, and the version last read." }) input: UpdateAiSettingsInput,
    @Ctx() ctx: InsightsContext,
  ): Promise<AiSettings> {
    return aiSettingsService.update(ctx, input);
  }
}
