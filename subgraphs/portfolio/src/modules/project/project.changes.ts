import type { FieldReaders } from "../../field-changes.js";
import type { Project } from "./project.entity.js";

/**
 * The Project fields `portfolio.project.updated` reports, by GraphQL name, in the schema's order: what
 * `updateProject` edits. Archiving, baselines and progress have events of their own.
 */
export const PROJECT_FIELDS: FieldReaders<Project> = {
  name: (project) => project.name,
  description: (project) => project.description,
  status: (project) => project.status,
  health: (project) => project.health,
  startDate: (project) => project.startDate,
  endDate: (project) => project.endDate,
  owner: (project) => project.ownerId,
  team: (project) => project.teamId,
  category: (project) => project.category?.id ?? null,
  budget: (project) => [project.budgetAmount === null ? null : Number(project.budgetAmount), project.budgetCurrency],
};
