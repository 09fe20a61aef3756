import type { FieldReaders } from "../../field-changes.js";
import type { Task } from "./task.entity.js";

/**
 * The Task fields `portfolio.task.updated` reports, by GraphQL name, in the schema's order. `parent`
 * is left out (a tree move is `task.moved_in_tree`), as are bookkeeping (`version`, `updatedAt`) and
 * the fields derived from others or from other rows.
 */
export const TASK_FIELDS: FieldReaders<Task> = {
  title: (task) => task.title,
  description: (task) => task.description,
  status: (task) => task.status,
  priority: (task) => task.priority,
  estimateHours: (task) => task.estimateHours,
  startDate: (task) => task.startDate,
  dueDate: (task) => task.dueDate,
  rank: (task) => task.rank,
  completion: (task) => task.completion,
  completedAt: (task) => task.completedAt?.toISOString() ?? null,
  labels: (task) => task.labels,
  requiredSkills: (task) => task.requiredSkills.map((requirement) => requirement.skillId),
  skillRequirements: (task) => task.requiredSkills,
  assignee: (task) => task.assigneeId,
};
