import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate, VersionedTenantEntity } from "@plateau/subgraph-kit";
import { Project } from "../project/project.entity.js";

export enum MilestoneStatus {
  UPCOMING = "UPCOMING",
  ACHIEVED = "ACHIEVED",
  MISSED = "MISSED",
}
registerEnumType(MilestoneStatus, {
  description: "Whether a milestone was reached.",
  valuesConfig: {
    UPCOMING: { description: "Not reached yet, and its due date has not passed." },
    ACHIEVED: { description: "Reached: all its linked tasks are done, or a manager said so." },
    MISSED: { description: "Its due date passed before it was reached." },
  },
  name: "MilestoneStatus",
});

/** A dated checkpoint of a project. */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A dated checkpoint of a project." })
@Entity({ tableName: "milestone" })
@Index({ properties: ["workspaceId", "project", "dueDate"] })
export class Milestone extends VersionedTenantEntity {
  @ManyToOne({ entity: () => Project, ref: true, deleteRule: "cascade" })
  project!: Ref<Project>;

  @Field(() => String, { description: "Its name, 1-200 characters." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "What reaching it means, as free text; null for none." })
  @Property({ type: "text", nullable: true })
  description: string | null = null;

  @Field(() => LocalDate, { description: "The day it is due." })
  @Property({ type: "date" })
  dueDate!: string;

  @Field(() => MilestoneStatus, {
    description: "ACHIEVED (all linked tasks done, or set by a manager), MISSED (due date passed, not achieved) or UPCOMING.",
  })
  @Enum({ items: () => MilestoneStatus, nativeEnumName: "milestone_status" })
  status: MilestoneStatus = MilestoneStatus.UPCOMING;

  @Field(() => Date, { nullable: true, description: "When it was reached; null while it is not." })
  @Property({ type: "datetime", nullable: true })
  achievedAt: Date | null = null;

  @Field(() => LocalDate, { nullable: true, description: "The due date when the project's baseline was last set (`setProjectBaseline`)." })
  @Property({ type: "date", nullable: true })
  baselineDueDate: string | null = null;
}
