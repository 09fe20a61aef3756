import { check, inTransaction, requireWorkspaceId } from "@plateau/subgraph-kit";
import { errors } from "@plateau/kernel";
import type { InsightsContext } from "../../context.js";
import { utcToday } from "../risk/risk.detectors.js";
import { effectiveAiSettings, tokensUsedOn } from "./ai-budget.js";
import { InsightSource } from "./analysis.enums.js";
import type { AiSettings } from "./ai-settings.types.js";
import type { UpdateAiSettingsInput } from "./analysis.inputs.js";
import { WorkspaceAiSettings } from "./workspace-ai-settings.entity.js";

/** The largest daily budget a workspace may set. */
export const MAX_DAILY_TOKEN_BUDGET = 100_000_000;

/** A workspace's AI settings (ADMIN and above, by the access matrix). */
export const aiSettingsService = {
  async get(ctx: InsightsContext): Promise<AiSettings> {
    const workspaceId = requireWorkspaceId(ctx);
    const runtime = ctx.services.analysis;
    const today = utcToday();
    const [settings, used] = await Promise.all([
      effectiveAiSettings(ctx.em, workspaceId, runtime.defaults),
      tokensUsedOn(ctx.em, workspaceId, today),
    ]);
    return {
      source: runtime.usesModel ? InsightSource.MODEL : InsightSource.RULES,
      dailyTokenBudget: settings.dailyTokenBudget,
      dailyTokenBudgetIsDefault: settings.budgetIsDefault,
      model: settings.model,
      modelIsDefault: settings.modelIsDefault,
      tokensUsedToday: used,
      resetsAt: new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000),
      version: settings.version,
    };
  },

  /** Changes the workspace's budget or model; a field left out keeps its value, null returns to the default. */
  async update(ctx: InsightsContext, input: UpdateAiSettingsInput): Promise<AiSettings> {
    const workspaceId = requireWorkspaceId(ctx);
    const budget =
      input.dailyTokenBudget === undefined || input.dailyTokenBudget === null
        ? input.dailyTokenBudget
        : check.range("input.dailyTokenBudget", input.dailyTokenBudget, 0, MAX_DAILY_TOKEN_BUDGET);
    const model = input.model === undefined || input.model === null ? input.model : check.text("input.model", input.model, 200);
    await inTransaction(ctx, async ({ em }) => {
      const own = await em.findOne(WorkspaceAiSettings, { workspaceId });
      if (!own) {
        if (input.expectedVersion !== 0) {
          throw errors.conflict("This workspace's AI settings were never set (version 0); reload and retry", { currentVersion: 0 });
        }
        em.create(WorkspaceAiSettings, { workspaceId, dailyTokenBudget: budget ?? null, model: model ?? null } as never);
        return;
      }
      check.version("AiSettings", own, input.expectedVersion);
      if (budget !== undefined) own.dailyTokenBudget = budget;
      if (model !== undefined) own.model = model;
    });
    return this.get(ctx);
  },
};
