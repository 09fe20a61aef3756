import type { ParsedEnv } from "@plateau/kernel";
import { identityUrlSetting, parseSubgraphSettings, portfolioUrlSetting, workspacesUrlSetting } from "@plateau/subgraph-kit";

/** What timesheets reads from `deps.settings` (its environment); parsed once at start, failing fast. */
export const timesheetsSettingsShape = {
  PORTFOLIO_URL: portfolioUrlSetting("asked whether the task time is logged on is in the caller's workspace, and in the project given"),
  WORKSPACES_URL: workspacesUrlSetting("asked whether the user time is logged for is a member of the caller's workspace"),
  IDENTITY_URL: identityUrlSetting("asked for the members of teams and the teams of people, for utilisation and productivity by team"),
};

export type TimesheetsSettings = ParsedEnv<typeof timesheetsSettingsShape>;

/** Parses the free-form settings a subgraph receives. */
export const parseTimesheetsSettings = (settings?: Record<string, unknown>): TimesheetsSettings =>
  parseSubgraphSettings(timesheetsSettingsShape, settings);
