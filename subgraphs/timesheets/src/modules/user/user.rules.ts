import { canRead, type IRules } from "@plateau/subgraph-kit";

/** identity's User as extended here. */
export const userRules: IRules = {
  User: canRead,
};
