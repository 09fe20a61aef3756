import { createLogger, type Logger } from "@plateau/kernel";
import type { SubgraphDeps } from "@plateau/subgraph-kit";
import { createLoggingNotifier, type InvitationNotifier } from "./modules/invitation/invitation.notifier.js";
import { parseWorkspacesSettings, type WorkspacesSettings } from "./settings.js";

/** What the workspaces subgraph needs beyond the ORM. */
export interface WorkspacesServices {
  settings: WorkspacesSettings;
  /** Delivers invitation tokens; the default one logs them (the only implementation so far). */
  notifier: InvitationNotifier;
  logger: Logger;
}

/** Built once at start from the subgraph's dependencies. */
export function createServices(deps: SubgraphDeps): WorkspacesServices {
  const logger = deps.logger ?? createLogger({ service: "workspaces" });
  return {
    settings: parseWorkspacesSettings(deps.settings),
    notifier: createLoggingNotifier(logger),
    logger,
  };
}
