import { RemoteReferences, type SubgraphDeps } from "@plateau/subgraph-kit";
import { parsePortfolioSettings } from "./settings.js";

/** What the portfolio subgraph needs beyond the ORM. */
export interface PortfolioServices {
  /** Checks that the users tasks and projects name are members of the caller's workspace (workspaces), and their teams (identity). */
  references: RemoteReferences;
}

/** Built once at start from the subgraph's dependencies. */
export function createServices(deps: SubgraphDeps): PortfolioServices {
  const settings = parsePortfolioSettings(deps.settings);
  return { references: new RemoteReferences({ workspacesUrl: settings.WORKSPACES_URL, identityUrl: settings.IDENTITY_URL }) };
}
