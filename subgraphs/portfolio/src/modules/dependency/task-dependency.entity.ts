import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "@plateau/subgraph-kit";
import { Project } from "../project/project.entity.js";
import { Task } from "../task/task.entity.js";

/** How a successor is bound to its predecessor (the arithmetic is in timeline/schedule.ts). */
export enum DependencyType {
  FINISH_TO_START = "FINISH_TO_START",
  START_TO_START = "START_TO_START",
  FINISH_TO_FINISH = "FINISH_TO_FINISH",
  START_TO_FINISH = "START_TO_FINISH",
}
registerEnumType(DependencyType, {
  description: "How a successor task is bound to its predecessor in the schedule.",
  name: "DependencyType",
  valuesConfig: {
    FINISH_TO_START: { description: "The successor starts after the predecessor finishes (plus lag)." },
    START_TO_START: { description: "The successor starts no earlier than the predecessor starts (plus lag)." },
    FINISH_TO_FINISH: { description: "The successor finishes no earlier than the predecessor finishes (plus lag)." },
    START_TO_FINISH: { description: "The successor finishes no earlier than the predecessor starts (plus lag)." },
  },
});

/**
 * A scheduling dependency between two tasks of one project. Both ends cascade: deleting a task
 * removes its dependencies. At most one dependency links a given predecessor to a given successor.
 */
@ObjectType({ description: "A scheduling dependency between two tasks of the same project." })
@Entity({ tableName: "task_dependency" })
@Unique({ properties: ["workspaceId", "predecessor", "successor"] })
@Index({ properties: ["workspaceId", "project"] })
@Index({ properties: ["workspaceId", "successor"] })
export class TaskDependency extends TenantEntity {
  @ManyToOne({ entity: () => Project, ref: true, deleteRule: "cascade" })
  project!: Ref<Project>;

  @ManyToOne({ entity: () => Task, ref: true, deleteRule: "cascade" })
  predecessor!: Ref<Task>;

  @ManyToOne({ entity: () => Task, ref: true, deleteRule: "cascade" })
  successor!: Ref<Task>;

  @Field(() => DependencyType, { description: "How the successor is bound to the predecessor." })
  @Enum({ items: () => DependencyType, nativeEnumName: "dependency_type" })
  type: DependencyType = DependencyType.FINISH_TO_START;

  @Field(() => Int, { description: "Whole days added to the relationship; negative is a lead (overlap)." })
  @Property({ type: "integer" })
  lagDays: number = 0;

  @Field(() => ID, { description: "The task that drives the other." })
  get predecessorId(): string {
    return this.predecessor.id;
  }

  @Field(() => ID, { description: "The task that waits for (or is bound to) the predecessor." })
  get successorId(): string {
    return this.successor.id;
  }
}
