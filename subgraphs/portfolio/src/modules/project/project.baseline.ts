import type { Project } from "./project.entity.js";

/**
 * Takes the project's planned start and end as its baseline, against which `scheduleSlipDays` and the
 * overview's schedule slip are measured. Part of `setProjectBaseline` (timeline/baseline.service.ts),
 * which baselines the project's tasks and milestones in the same transaction.
 */
export function takeProjectBaseline(project: Project, now: Date = new Date()): void {
  project.baselineStartDate = project.startDate;
  project.baselineEndDate = project.endDate;
  project.baselineSetAt = now;
}
