import { canRead, type IRules } from "@plateau/subgraph-kit";

/** identity's Team as insights points at it (a risk's evidence: its id). */
export const teamRules: IRules = {
  Team: canRead,
};
