import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { WorkPackagesContext } from "../../context.js";
import { ArchitectureElement } from "../architecture-element/architecture-element.entity.js";
import { WorkPackage } from "../work-package/work-package.entity.js";
import { PackageLink } from "./package-link.entity.js";
import { LinkWorkPackageInput, UnlinkWorkPackageInput } from "./package-link.inputs.js";
import { PackageLinkPayload, UnlinkWorkPackagePayload } from "./package-link.types.js";
import { packageLinkService } from "./package-link.service.js";

@Resolver(() => PackageLink)
export class PackageLinkResolver {
  @Mutation(() => PackageLinkPayload, {
    description: "Needs MANAGER or above. The relation must suit the element's type; CONFLICT when the link exists.",
  })
  async linkWorkPackage(
    @Arg("input", () => LinkWorkPackageInput, { description: "The package, the element and the relation." }) input: LinkWorkPackageInput,
    @Ctx() ctx: WorkPackagesContext,
  ): Promise<PackageLinkPayload> {
    return { link: await packageLinkService.link(ctx, input) };
  }

  @Mutation(() => UnlinkWorkPackagePayload, { description: "Needs MANAGER or above." })
  async unlinkWorkPackage(
    @Arg("input", () => UnlinkWorkPackageInput, { description: "The link to remove." }) input: UnlinkWorkPackageInput,
    @Ctx() ctx: WorkPackagesContext,
  ): Promise<UnlinkWorkPackagePayload> {
    return { removedLinkId: await packageLinkService.unlink(ctx, input) };
  }

  // Both ends live in the link's workspace (foreign keys, cascading), so the loaders always find them.
  @FieldResolver(() => WorkPackage, { description: "The work package." })
  async workPackage(@Root() link: PackageLink, @Ctx() ctx: WorkPackagesContext): Promise<WorkPackage> {
    return (await ctx.loaders.workPackage.load(link.workPackage.id))!;
  }

  @FieldResolver(() => ArchitectureElement, { description: "The architecture element." })
  async element(@Root() link: PackageLink, @Ctx() ctx: WorkPackagesContext): Promise<ArchitectureElement> {
    return (await ctx.loaders.architectureElement.load(link.element.id))!;
  }
}
