import { ref } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { flushOrConflict, parseId, loadOrThrow, requireWorkspaceId } from "@plateau/subgraph-kit";
import type { WorkPackagesContext } from "../../context.js";
import { ArchitectureElement } from "../architecture-element/architecture-element.entity.js";
import { WorkPackage } from "../work-package/work-package.entity.js";
import { PackageLink } from "./package-link.entity.js";
import type { LinkWorkPackageInput, UnlinkWorkPackageInput } from "./package-link.inputs.js";
import { ALLOWED_TARGETS, relationAllows } from "./package-relation.js";

/** Linking work packages to the architecture elements they act on. */
export const packageLinkService = {
  async get(ctx: WorkPackagesContext, id: string, field = "id"): Promise<PackageLink> {
    return loadOrThrow(ctx.loaders.packageLink, "PackageLink", id, field);
  },

  async link(ctx: WorkPackagesContext, input: LinkWorkPackageInput): Promise<PackageLink> {
    const workspaceId = requireWorkspaceId(ctx);
    const [workPackage, element] = await Promise.all([
      ctx.loaders.workPackage.load(parseId(input.workPackageId, "input.workPackageId")),
      ctx.loaders.architectureElement.load(parseId(input.elementId, "input.elementId")),
    ]);
    if (!workPackage) throw errors.invalidField("input.workPackageId", `no work package ${input.workPackageId} in this workspace`);
    if (!element) throw errors.invalidField("input.elementId", `no architecture element ${input.elementId} in this workspace`);
    if (!relationAllows(input.relation, element.type)) {
      throw errors.invalidField(
        "input.relation",
        `${input.relation} may only link to ${ALLOWED_TARGETS[input.relation].join(" or ")}; "${element.name}" is a ${element.type}`,
      );
    }
    const link = ctx.em.create(PackageLink, {
      workspaceId,
      workPackage: ref(WorkPackage, workPackage.id),
      element: ref(ArchitectureElement, element.id),
      relation: input.relation,
    } as never);
    await flushOrConflict(ctx, {
      unique: {
        field: "input.relation",
        message: `${workPackage.name} already ${input.relation} "${element.name}"`,
        fieldMessage: "this link already exists",
      },
    });
    return link;
  },

  async unlink(ctx: WorkPackagesContext, input: UnlinkWorkPackageInput): Promise<string> {
    const link = await packageLinkService.get(ctx, input.linkId, "input.linkId");
    ctx.em.remove(link);
    await flushOrConflict(ctx);
    return link.id;
  },
};
