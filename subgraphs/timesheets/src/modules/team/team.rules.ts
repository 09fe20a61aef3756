import { canRead, type IRules } from "@plateau/subgraph-kit";

/** identity's Team as timesheets points at it (its id). */
export const teamRules: IRules = {
  Team: canRead,
};
