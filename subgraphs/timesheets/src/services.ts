import { RemoteReferences, type SubgraphDeps } from "@plateau/subgraph-kit";
import { parseTimesheetsSettings } from "./settings.js";

/** What the timesheets subgraph needs beyond the ORM. */
export interface TimesheetsServices {
  /** Checks the tasks and projects (portfolio) and the users (workspaces) that time entries name. */
  references: RemoteReferences;
}

/** Built once at start from the subgraph's dependencies. */
export function createServices(deps: SubgraphDeps): TimesheetsServices {
  const settings = parseTimesheetsSettings(deps.settings);
  return { references: new RemoteReferences({ portfolioUrl: settings.PORTFOLIO_URL, workspacesUrl: settings.WORKSPACES_URL }) };
}
