import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Anyone who reads the workspace reads its activity log (the fields live on Task and Project, read-guarded there). */
export const activityRules: IRules = {
  ActivityEntry: canRead,
  ActivityEntryConnection: canRead,
  ActivityEntryEdge: canRead,
};
