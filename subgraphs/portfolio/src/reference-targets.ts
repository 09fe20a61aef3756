import type { RemoteReferencesOptions, SubgraphDeps } from "@plateau/subgraph-kit";
import { parsePortfolioSettings } from "./settings.js";

/**
 * Where the portfolio subgraph checks the ids its inputs name (each request's `ctx.references`):
 * checks that the users tasks and projects name are members of the caller's workspace (workspaces), and their teams (identity).
 */
export function referenceTargets(deps: SubgraphDeps): RemoteReferencesOptions {
  const settings = parsePortfolioSettings(deps.settings);
  return { workspacesUrl: settings.WORKSPACES_URL, identityUrl: settings.IDENTITY_URL };
}
