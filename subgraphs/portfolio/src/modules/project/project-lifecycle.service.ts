import { ref } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { check, flushOrConflict, paginate, requireViewer, type PageArgs } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Project } from "./project.entity.js";
import { recordArchiveChanged, recordHealthChanged } from "./project.events.js";
import type { PostProjectStatusUpdateInput, ProjectActionInput } from "./project.inputs.js";
import { ProjectStatusUpdate } from "./project-status-update.entity.js";
import { projectService } from "./project.service.js";

const STATUS_TEXT_MAX = 10_000;

/** What happens to a project over its life: status reports, archiving and restoring. */
export const projectLifecycleService = {
  /** The project's status updates, newest first. */
  statusUpdates(ctx: PortfolioContext, project: Project, page: PageArgs) {
    return paginate(ctx.em, ProjectStatusUpdate, { project: project.id }, page, [{ createdAt: "desc" }]);
  },

  /** Records a status update by the caller and makes its health the project's (an event when that changes it). */
  async postStatusUpdate(ctx: PortfolioContext, input: PostProjectStatusUpdateInput) {
    const author = requireViewer(ctx);
    const project = await projectService.getWritable(ctx, input.projectId, "input.projectId");
    const text = check.text("input.text", input.text, STATUS_TEXT_MAX);
    const statusUpdate = ctx.em.create(ProjectStatusUpdate, {
      workspaceId: project.workspaceId,
      project: ref(Project, project.id),
      authorId: author.userId,
      health: input.health,
      text,
    } as never);
    const before = project.health;
    project.health = input.health;
    recordHealthChanged(ctx, project, before, statusUpdate.id);
    await flushOrConflict(ctx);
    return { statusUpdate, project };
  },

  /** Takes the project out of the active portfolio: hidden from `projects` by default, read-only. */
  async archive(ctx: PortfolioContext, input: ProjectActionInput): Promise<Project> {
    const project = await projectService.getWritable(ctx, input.projectId, "input.projectId");
    check.version("Project", project, input.expectedVersion);
    project.archivedAt = new Date();
    recordArchiveChanged(ctx, project, true);
    await flushOrConflict(ctx);
    return project;
  },

  /** Brings an archived project back, editable again. */
  async restore(ctx: PortfolioContext, input: ProjectActionInput): Promise<Project> {
    const project = await projectService.get(ctx, input.projectId, "input.projectId");
    check.version("Project", project, input.expectedVersion);
    if (!project.archivedAt) throw errors.conflict(`Project ${project.key} is not archived`, { projectId: project.id, archived: false });
    project.archivedAt = null;
    recordArchiveChanged(ctx, project, false);
    await flushOrConflict(ctx);
    return project;
  },
};
