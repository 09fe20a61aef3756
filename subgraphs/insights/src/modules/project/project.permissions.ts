import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/**
 * Project as insights serves it. `risks` writes (it refreshes the assessments it returns), so it needs a
 * workspace-scoped token; any role in the workspace may read it.
 */
export const projectPermissions: IRules = {
  Project: {
    id: isAuthenticated,
    progress: isAuthenticated,
    startDate: isAuthenticated,
    endDate: isAuthenticated,
    blockedTaskCount: isAuthenticated,
    risks: inWorkspace,
  },
};
