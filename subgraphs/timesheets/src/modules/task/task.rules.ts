import { canRead, type IRules } from "@plateau/subgraph-kit";

/** portfolio's Task as extended here; its time figures are scoped to the viewer's workspace. */
export const taskRules: IRules = {
  Task: canRead,
};
