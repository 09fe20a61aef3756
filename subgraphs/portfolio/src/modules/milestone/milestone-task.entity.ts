import { Entity, Index, ManyToOne, Unique } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { TenantEntity } from "@plateau/subgraph-kit";
import { Task } from "../task/task.entity.js";
import { Milestone } from "./milestone.entity.js";

/**
 * A task linked to a milestone of its project: the milestone is achieved once all its linked tasks
 * are done. A task may count towards several milestones. Deleting either end removes the link.
 */
@Entity({ tableName: "milestone_task" })
@Unique({ properties: ["workspaceId", "milestone", "task"] })
@Index({ properties: ["workspaceId", "task"] })
export class MilestoneTask extends TenantEntity {
  @ManyToOne({ entity: () => Milestone, ref: true, deleteRule: "cascade" })
  milestone!: Ref<Milestone>;

  @ManyToOne({ entity: () => Task, ref: true, deleteRule: "cascade" })
  task!: Ref<Task>;
}
