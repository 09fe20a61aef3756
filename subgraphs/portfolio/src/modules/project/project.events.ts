import { portfolioEvents, type ProjectProgressChanged } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { Project, ProjectHealth } from "./project.entity.js";

export type { ProjectProgressChanged };

/** The events of the project module, on the `plateau:events:portfolio` stream. */
export const projectEvents = {
  healthChanged: portfolioEvents.projectHealthChanged,
  archived: portfolioEvents.projectArchived,
  restored: portfolioEvents.projectRestored,
  updated: portfolioEvents.projectUpdated,
  progressChanged: portfolioEvents.projectProgressChanged,
};

const subject = (project: Project) => ({ typename: "Project", id: project.id });

/** Records a health change in the request's unit of work, when there is one. */
export function recordHealthChanged(ctx: PortfolioContext, project: Project, from: ProjectHealth, statusUpdateId: string | null): void {
  if (project.health === from) return;
  recordEvent(ctx, {
    type: projectEvents.healthChanged,
    subject: subject(project),
    data: { projectId: project.id, from, to: project.health, statusUpdateId },
  });
}

/** Records that a project was archived (true) or restored (false). */
export function recordArchiveChanged(ctx: PortfolioContext, project: Project, archived: boolean): void {
  recordEvent(ctx, {
    type: archived ? projectEvents.archived : projectEvents.restored,
    subject: subject(project),
    data: { projectId: project.id },
  });
}

/** Records `project.updated` when `changedFields` (GraphQL field names of Project) is not empty. */
export function recordProjectUpdated(ctx: PortfolioContext, project: Project, changedFields: string[]): void {
  if (changedFields.length === 0) return;
  recordEvent(ctx, { type: projectEvents.updated, subject: subject(project), data: { projectId: project.id, changedFields } });
}

/*
 * Kept with the project, below the task module, because a project's deletion records it for all its tasks as
 * a task's deletion does for its subtree (task.service.ts).
 */
/**
 * Records `task.deleted` for each of `tasks` of the project `projectId` (a deleted task and its descendants, or
 * every task of a deleted project: `withProject`).
 */
export function recordTasksDeleted(
  ctx: PortfolioContext,
  projectId: string,
  tasks: readonly { id: string; parentId: string | null }[],
  withProject = false,
): void {
  for (const task of tasks) {
    recordEvent(ctx, {
      type: portfolioEvents.taskDeleted,
      subject: { typename: "Task", id: task.id },
      data: withProject ? { projectId, parentId: task.parentId, withProject } : { projectId, parentId: task.parentId },
    });
  }
}

/** Records `portfolio.project.deleted` for a project being deleted (after its tasks' `task.deleted`). */
export function recordProjectDeleted(ctx: PortfolioContext, projectId: string): void {
  recordEvent(ctx, { type: portfolioEvents.projectDeleted, subject: { typename: "Project", id: projectId }, data: { projectId } });
}
