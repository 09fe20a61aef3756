import { errors } from "@plateau/kernel";
import type { PortfolioContext } from "../../context.js";
import type { Project } from "./project.entity.js";

/**
 * Archived projects are read-only, their tasks, milestones and boards included: CONFLICT (the request
 * is fine, the project's state refuses it) until someone restores it. Deleting stays possible.
 */
export function assertProjectWritable(project: Pick<Project, "id" | "key" | "archivedAt">): void {
  if (project.archivedAt) {
    throw errors.conflict(`Project ${project.key} is archived and read-only; restore it (restoreProject) to change it or its tasks`, {
      projectId: project.id,
      archived: true,
    });
  }
}

/** {@link assertProjectWritable} for the project `projectId`; nothing when the workspace has no such project (the caller says NOT_FOUND). */
export async function assertProjectIdWritable(ctx: PortfolioContext, projectId: string): Promise<void> {
  const project = await ctx.loaders.project.load(projectId);
  if (project) assertProjectWritable(project);
}
