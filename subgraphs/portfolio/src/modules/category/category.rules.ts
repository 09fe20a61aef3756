import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may read project categories. Root operations take their rules from the access matrix (@plateau/kernel, access.ts). */
export const categoryRules: IRules = {
  ProjectCategory: canRead,
  ProjectCategoryConnection: canRead,
  ProjectCategoryEdge: canRead,
  ProjectCategoryPayload: canRead,
  DeleteProjectCategoryPayload: canRead,
};
