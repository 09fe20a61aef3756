import { inWorkspace, canRead, type IRules } from "@plateau/subgraph-kit";

/**
 * Project as insights serves it. `risks` writes (it refreshes the assessments it returns), so it needs a
 * workspace-scoped token; any role in the workspace may read it.
 */
export const projectRules: IRules = {
  Project: {
    id: canRead,
    progress: canRead,
    startDate: canRead,
    endDate: canRead,
    blockedTaskCount: canRead,
    risks: inWorkspace,
  },
};
