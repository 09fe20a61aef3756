import { canRead, type IRules } from "@plateau/subgraph-kit";

/** portfolio's Project as extended here, and its effort rollup. */
export const projectRules: IRules = {
  Project: canRead,
  ProjectEffort: canRead,
};
