import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Every role reads the catalogue; changing it is for MANAGER and above (the access matrix). */
export const timeCategoryRules: IRules = {
  TimeCategory: canRead,
  TimeCategoryConnection: canRead,
  TimeCategoryEdge: canRead,
  TimeCategoryPayload: canRead,
};
