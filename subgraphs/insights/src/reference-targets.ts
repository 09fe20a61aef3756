import type { RemoteReferencesOptions, SubgraphDeps } from "@plateau/subgraph-kit";
import { parseInsightsSettings } from "./settings.js";

/**
 * Where the insights subgraph checks the ids its inputs name (each request's `ctx.references`):
 * confirms with portfolio that a Project representation names a project of the caller's workspace.
 */
export function referenceTargets(deps: SubgraphDeps): RemoteReferencesOptions {
  const settings = parseInsightsSettings(deps.settings);
  return { portfolioUrl: settings.PORTFOLIO_URL };
}
