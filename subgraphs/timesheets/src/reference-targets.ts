import type { RemoteReferencesOptions, SubgraphDeps } from "@plateau/subgraph-kit";
import { parseTimesheetsSettings } from "./settings.js";

/**
 * Where the timesheets subgraph checks the ids its inputs name (each request's `ctx.references`):
 * checks the tasks and projects (portfolio) and the users (workspaces) that time entries name, and asks
 * identity for teams and their members.
 */
export function referenceTargets(deps: SubgraphDeps): RemoteReferencesOptions {
  const settings = parseTimesheetsSettings(deps.settings);
  return { portfolioUrl: settings.PORTFOLIO_URL, workspacesUrl: settings.WORKSPACES_URL, identityUrl: settings.IDENTITY_URL };
}
