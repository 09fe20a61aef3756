import { RemoteReferences, type SubgraphDeps } from "@plateau/subgraph-kit";
import { parseWorkPackagesSettings } from "./settings.js";

/** What the workpackages subgraph needs beyond the ORM. */
export interface WorkPackagesServices {
  /** Checks the projects (portfolio) that work packages are attached to. */
  references: RemoteReferences;
}

/** Built once at start from the subgraph's dependencies. */
export function createServices(deps: SubgraphDeps): WorkPackagesServices {
  const settings = parseWorkPackagesSettings(deps.settings);
  return { references: new RemoteReferences({ portfolioUrl: settings.PORTFOLIO_URL }) };
}
