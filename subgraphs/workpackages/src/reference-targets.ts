import type { RemoteReferencesOptions, SubgraphDeps } from "@plateau/subgraph-kit";
import { parseWorkPackagesSettings } from "./settings.js";

/**
 * Where the workpackages subgraph checks the ids its inputs name (each request's `ctx.references`):
 * checks the projects (portfolio) that work packages are attached to.
 */
export function referenceTargets(deps: SubgraphDeps): RemoteReferencesOptions {
  const settings = parseWorkPackagesSettings(deps.settings);
  return { portfolioUrl: settings.PORTFOLIO_URL };
}
