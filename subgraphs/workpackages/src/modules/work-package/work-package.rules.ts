import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may reach work packages; who may change them is the access matrix's (MANAGE_PROJECTS in kernel access.ts). */
export const workPackageRules: IRules = {
  WorkPackage: canRead,
  Budget: canRead,
  WorkPackageConnection: canRead,
  WorkPackageEdge: canRead,
  WorkPackagePayload: canRead,
  DeleteWorkPackagePayload: canRead,
};
