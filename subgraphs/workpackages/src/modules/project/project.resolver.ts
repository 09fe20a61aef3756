import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { WorkPackagesContext } from "../../context.js";
import { WorkPackage } from "../work-package/work-package.entity.js";
import { WorkPackageFilter } from "../work-package/work-package.inputs.js";
import { Project } from "./project.stub.js";

/** The field workpackages adds to portfolio's Project. */
@Resolver(() => Project)
export class ProjectWorkPackagesResolver {
  @FieldResolver(() => [WorkPackage], { description: "The work packages of this project in the current workspace, oldest first." })
  workPackages(
    @Root() project: Project,
    @Arg("filter", () => WorkPackageFilter, { nullable: true, description: "Only packages that match; omit for all of the project's." })
    filter: WorkPackageFilter | undefined,
    @Ctx() ctx: WorkPackagesContext,
  ): Promise<WorkPackage[]> {
    return ctx.loaders.workPackagesByProject(filter).load(project.id);
  }
}
