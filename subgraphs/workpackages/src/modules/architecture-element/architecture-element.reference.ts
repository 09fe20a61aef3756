import type { WorkPackagesContext } from "../../context.js";
import type { ArchitectureElement } from "./architecture-element.entity.js";
/** Resolves ArchitectureElement references through the request's loader. */
export const architectureElementReference = {
  __resolveReference: (reference: { id: string }, ctx: WorkPackagesContext): Promise<ArchitectureElement | null> =>
    ctx.loaders.architectureElement.load(reference.id),
};
