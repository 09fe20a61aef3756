import { defineEventType } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { Project, ProjectHealth } from "./project.entity.js";

/** `portfolio.project.health_changed`: a project's health changed; the subject is the project. */
export interface ProjectHealthChanged {
  projectId: string;
  from: ProjectHealth;
  to: ProjectHealth;
  /** The status update that changed it; null when it was changed by `updateProject`. */
  statusUpdateId: string | null;
}

/** `portfolio.project.archived` / `portfolio.project.restored`: a project left or came back to the active portfolio. */
export interface ProjectArchiveChanged {
  projectId: string;
}

/** `portfolio.project.updated`: `updateProject` changed some of the project's own fields; the subject is the project. */
export interface ProjectUpdated {
  projectId: string;
  /** The GraphQL fields of Project whose value changed, e.g. `["name", "endDate"]`. */
  changedFields: string[];
}

/**
 * `portfolio.project.progress_changed`: a change altered what `Project.progress`, `blockedTaskCount`,
 * `startDate` or `endDate` return; the subject is the project. The values are those fields' values
 * right after the commit, so a consumer (insights' risk rules) needs no call back to portfolio.
 */
export interface ProjectProgressChanged {
  projectId: string;
  /** 0-100, as `Project.progress`. */
  progress: number;
  /** What the previous `progress_changed` of the project said (0 before the first). */
  previousProgress: number;
  blockedTaskCount: number;
  previousBlockedTaskCount: number;
  /** YYYY-MM-DD, or null when the project has none. */
  startDate: string | null;
  endDate: string | null;
}

/** The events of the project module, on the `plateau:events:portfolio` stream. */
export const projectEvents = {
  healthChanged: defineEventType<ProjectHealthChanged>("portfolio.project.health_changed"),
  archived: defineEventType<ProjectArchiveChanged>("portfolio.project.archived"),
  restored: defineEventType<ProjectArchiveChanged>("portfolio.project.restored"),
  updated: defineEventType<ProjectUpdated>("portfolio.project.updated"),
  progressChanged: defineEventType<ProjectProgressChanged>("portfolio.project.progress_changed"),
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
