import type { WorkPackagesContext } from "../../context.js";
import type { WorkPackage } from "./work-package.entity.js";

/** Resolves WorkPackage references through the request's loader (the tenant filter hides other workspaces). */
export const workPackageReference = {
  __resolveReference: (reference: { id: string }, ctx: WorkPackagesContext): Promise<WorkPackage | null> =>
    ctx.loaders.workPackage.load(reference.id),
};
