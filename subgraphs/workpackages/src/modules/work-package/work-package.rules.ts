import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Who may reach work packages; the MANAGER check for changes is in the service (see roles.ts). */
export const workPackageRules: IRules = {
  Query: { workPackage: inWorkspace, workPackages: inWorkspace },
  Mutation: { createWorkPackage: inWorkspace, updateWorkPackage: inWorkspace, deleteWorkPackage: inWorkspace },
  WorkPackage: isAuthenticated,
  WorkPackageConnection: isAuthenticated,
  WorkPackageEdge: isAuthenticated,
  WorkPackagePayload: isAuthenticated,
  DeleteWorkPackagePayload: isAuthenticated,
};
