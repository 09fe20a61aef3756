import { RemoteReferences, type SubgraphDeps } from "@plateau/subgraph-kit";
import { parseInsightsSettings } from "./settings.js";

/** What the insights subgraph needs beyond the ORM. */
export interface InsightsServices {
  /** Confirms with portfolio that a Project representation names a project of the caller's workspace. */
  references: RemoteReferences;
}

/** Built once at start from the subgraph's dependencies. */
export function createServices(deps: SubgraphDeps): InsightsServices {
  const settings = parseInsightsSettings(deps.settings);
  return { references: new RemoteReferences({ portfolioUrl: settings.PORTFOLIO_URL }) };
}
