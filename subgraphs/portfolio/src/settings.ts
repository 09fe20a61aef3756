import type { ParsedEnv } from "@plateau/kernel";
import { identityUrlSetting, parseSubgraphSettings, workspacesUrlSetting } from "@plateau/subgraph-kit";

/** What portfolio reads from `deps.settings` (its environment); parsed once at start, failing fast. */
export const portfolioSettingsShape = {
  WORKSPACES_URL: workspacesUrlSetting("asked whether a task's assignee or a project's owner is a member of the caller's workspace"),
  IDENTITY_URL: identityUrlSetting("asked whether a project's team is in the caller's workspace"),
};

export type PortfolioSettings = ParsedEnv<typeof portfolioSettingsShape>;

/** Parses the free-form settings a subgraph receives. */
export const parsePortfolioSettings = (settings?: Record<string, unknown>): PortfolioSettings =>
  parseSubgraphSettings(portfolioSettingsShape, settings);
