import type { WorkPackagesContext } from "../../context.js";
import type { PackageLink } from "./package-link.entity.js";
/** Resolves PackageLink references through the request's loader. */
export const packageLinkReference = {
  __resolveReference: (reference: { id: string }, ctx: WorkPackagesContext): Promise<PackageLink | null> =>
    ctx.loaders.packageLink.load(reference.id),
};
