import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { TimesheetsContext } from "../../context.js";
import { Project, ProjectEffort } from "./project.stub.js";

/** The fields timesheets adds to portfolio's Project. */
@Resolver(() => Project)
export class ProjectEffortResolver {
  @FieldResolver(() => ProjectEffort, { description: "Time logged on the project's tasks in the current workspace." })
  effort(@Root() project: Project, @Ctx() ctx: TimesheetsContext): Promise<ProjectEffort> {
    return ctx.loaders.projectEffort.load(project.id);
  }
}
