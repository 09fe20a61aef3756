import { Entity, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { registerEnumType } from "type-graphql";
import { VersionedTenantEntity } from "@plateau/subgraph-kit";
import { Project } from "../project/project.entity.js";
import { TaskStatus } from "./task.entity.js";

/** What a column means for progress, whatever its name: not started, under way, finished. */
export enum WorkflowCategory {
  TODO = "TODO",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
}
registerEnumType(WorkflowCategory, {
  valuesConfig: {
    TODO: { description: "Not started." },
    IN_PROGRESS: { description: "Under way." },
    DONE: { description: "Finished: tasks here count as complete." },
  },
  name: "WorkflowCategory",
  description: "What a board column means: not started, under way, finished.",
});

/** One column of a project's board: the tasks of one status. */
export interface WorkflowColumn {
  status: TaskStatus;
  name: string;
  category: WorkflowCategory;
  /** At most this many tasks may be moved into the column; null: no limit. */
  wipLimit: number | null;
}

/** The workflow every project starts with: one column per status, in the order work flows. */
export function defaultWorkflowColumns(): WorkflowColumn[] {
  return [
    { status: TaskStatus.TODO, name: "To do", category: WorkflowCategory.TODO, wipLimit: null },
    { status: TaskStatus.IN_PROGRESS, name: "In progress", category: WorkflowCategory.IN_PROGRESS, wipLimit: null },
    { status: TaskStatus.BLOCKED, name: "Blocked", category: WorkflowCategory.IN_PROGRESS, wipLimit: null },
    { status: TaskStatus.IN_REVIEW, name: "In review", category: WorkflowCategory.IN_PROGRESS, wipLimit: null },
    { status: TaskStatus.DONE, name: "Done", category: WorkflowCategory.DONE, wipLimit: null },
  ];
}

/**
 * A project's workflow: the ordered columns of its board. A project that never had its workflow
 * edited has no row and uses {@link defaultWorkflowColumns}; the row is written the first time a
 * change to the board needs its lock (workflow.lock.ts). Its row lock serialises every change to the
 * order of the project's cards.
 */
@Entity({ tableName: "workflow" })
@Unique({ properties: ["workspaceId", "project"] })
export class Workflow extends VersionedTenantEntity {
  @ManyToOne({ entity: () => Project, ref: true, deleteRule: "cascade" })
  project!: Ref<Project>;

  @Property({ type: "json" })
  columns: WorkflowColumn[] = defaultWorkflowColumns();
}
