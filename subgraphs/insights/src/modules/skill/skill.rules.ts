import { canRead, type IRules } from "@plateau/subgraph-kit";

/** identity's Skill as insights points at it (a risk's evidence: its id). */
export const skillRules: IRules = {
  Skill: canRead,
};
