import type { ParsedEnv } from "@plateau/kernel";
import { parseSubgraphSettings, portfolioUrlSetting } from "@plateau/subgraph-kit";

/** What workpackages reads from `deps.settings` (its environment); parsed once at start, failing fast. */
export const workPackagesSettingsShape = {
  PORTFOLIO_URL: portfolioUrlSetting("asked whether the project a work package is attached to is in the caller's workspace"),
};

export type WorkPackagesSettings = ParsedEnv<typeof workPackagesSettingsShape>;

/** Parses the free-form settings a subgraph receives. */
export const parseWorkPackagesSettings = (settings?: Record<string, unknown>): WorkPackagesSettings =>
  parseSubgraphSettings(workPackagesSettingsShape, settings);
