import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may reach work packages; the MANAGER check for changes is in the service (see roles.ts). */
export const workPackageRules: IRules = {
  WorkPackage: canRead,
  WorkPackageConnection: canRead,
  WorkPackageEdge: canRead,
  WorkPackagePayload: canRead,
  DeleteWorkPackagePayload: canRead,
};
