import type { EntityManager } from "@mikro-orm/core";
import { sqlRows } from "@plateau/subgraph-kit";

/** A workspace's model settings in effect: its own where its ADMIN set them, the deployment's otherwise. */
export interface EffectiveAiSettings {
  dailyTokenBudget: number;
  model: string;
  /** True where the value is the deployment's default, not the workspace's own. */
  budgetIsDefault: boolean;
  modelIsDefault: boolean;
  /** The row's version (0: the workspace has set nothing). */
  version: number;
}

/** The deployment's defaults (AI_DAILY_TOKEN_BUDGET, OPENAI_MODEL). */
export interface AiDefaults {
  dailyTokenBudget: number;
  model: string;
}

/** `workspaceId`'s settings in effect, in one statement. */
export async function effectiveAiSettings(em: EntityManager, workspaceId: string, defaults: AiDefaults): Promise<EffectiveAiSettings> {
  const [row] = await sqlRows<{ daily_token_budget: number | null; model: string | null; version: number }>(
    em,
    `select daily_token_budget, model, version from insights.ai_settings where workspace_id = ?`,
    [workspaceId],
  );
  return {
    dailyTokenBudget: row?.daily_token_budget ?? defaults.dailyTokenBudget,
    model: row?.model ?? defaults.model,
    budgetIsDefault: row?.daily_token_budget == null,
    modelIsDefault: row?.model == null,
    version: row?.version ?? 0,
  };
}

/** Model tokens (in + out) `workspaceId` used on `day` (UTC), in one statement. */
export async function tokensUsedOn(em: EntityManager, workspaceId: string, day: string): Promise<number> {
  const [row] = await sqlRows<{ used: string | number }>(
    em,
    `select coalesce(sum(tokens_in + tokens_out), 0) as used from insights.ai_usage where workspace_id = ? and day = ?::date`,
    [workspaceId, day],
  );
  return Number(row?.used ?? 0);
}

/** Adds a model call's tokens to `workspaceId`'s usage of `day`, in `em`'s transaction. */
export async function addUsage(
  em: EntityManager,
  workspaceId: string,
  day: string,
  tokensIn: number,
  tokensOut: number,
  calls: number,
): Promise<void> {
  if (calls === 0 && tokensIn === 0 && tokensOut === 0) return;
  await sqlRows(
    em,
    `insert into insights.ai_usage (workspace_id, day, tokens_in, tokens_out, calls) values (?, ?::date, ?, ?, ?)
     on conflict (workspace_id, day) do update
        set tokens_in = ai_usage.tokens_in + excluded.tokens_in, tokens_out = ai_usage.tokens_out + excluded.tokens_out,
            calls = ai_usage.calls + excluded.calls`,
    [workspaceId, day, tokensIn, tokensOut, calls],
  );
}
