import { canRead, type IRules } from "@plateau/subgraph-kit";

/** The Project stub; its `workPackages` are tenant-scoped by the loader's ORM filter. */
export const projectRules: IRules = {
  Project: canRead,
};
