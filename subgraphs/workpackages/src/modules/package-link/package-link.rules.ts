import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may link work packages to elements; the MANAGER check is in the service. */
export const packageLinkRules: IRules = {
  PackageLink: canRead,
  PackageLinkPayload: canRead,
  UnlinkWorkPackagePayload: canRead,
};
