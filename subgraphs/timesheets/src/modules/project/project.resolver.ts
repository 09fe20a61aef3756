import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { TimesheetsContext } from "../../context.js";
import { Project, ProjectEffort, projectRef } from "./project.stub.js";

/** The fields timesheets adds to portfolio's Project. */
@Resolver(() => Project)
export class ProjectEffortResolver {
  @FieldResolver(() => ProjectEffort, { description: "Time logged on the project's tasks in the current workspace." })
  effort(@Root() project: Project, @Ctx() ctx: TimesheetsContext): Promise<ProjectEffort> {
    return ctx.loaders.projectEffort.load(project.id);
  }
}

/** Project references need no lookup: timesheets only adds fields keyed by the id. */
export const projectReference = {
  __resolveReference: (reference: { id: string }): Project => projectRef(reference.id),
};
