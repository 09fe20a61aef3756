import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Project as insights serves it: any role in the workspace may read its risks (a read that writes nothing). */
export const projectRules: IRules = {
  Project: canRead,
  // portfolio's Milestone as a forecast points at it (its id).
  Milestone: canRead,
};
