import type { ParsedEnv } from "@plateau/kernel";
import { parseSubgraphSettings, portfolioUrlSetting } from "@plateau/subgraph-kit";

/** What insights reads from `deps.settings` (its environment); parsed once at start, failing fast. */
export const insightsSettingsShape = {
  PORTFOLIO_URL: portfolioUrlSetting(
    "asked whether a Project whose risks are requested is in the caller's workspace; risks are evaluated and stored only for those",
  ),
};

export type InsightsSettings = ParsedEnv<typeof insightsSettingsShape>;

/** Parses the free-form settings a subgraph receives. */
export const parseInsightsSettings = (settings?: Record<string, unknown>): InsightsSettings =>
  parseSubgraphSettings(insightsSettingsShape, settings);
