import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Who may link work packages to elements; the MANAGER check is in the service. */
export const packageLinkRules: IRules = {
  Mutation: { linkWorkPackage: inWorkspace, unlinkWorkPackage: inWorkspace },
  PackageLink: isAuthenticated,
  PackageLinkPayload: isAuthenticated,
  UnlinkWorkPackagePayload: isAuthenticated,
};
