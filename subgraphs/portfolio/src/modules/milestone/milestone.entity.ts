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
registerEnumType(MilestoneStatus, { name: "MilestoneStatus" });

/** A dated checkpoint of a project. */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A dated checkpoint of a project." })
@Entity({ tableName: "milestone" })
@Index({ properties: ["workspaceId", "project", "dueDate"] })
export class Milestone extends VersionedTenantEntity {
  @ManyToOne({ entity: () => Project, ref: true, deleteRule: "cascade" })
  project!: Ref<Project>;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  description: string | null = null;

  @Field(() => LocalDate)
  @Property({ type: "date" })
  dueDate!: string;

  @Field(() => MilestoneStatus)
  @Enum({ items: () => MilestoneStatus, nativeEnumName: "milestone_status" })
  status: MilestoneStatus = MilestoneStatus.UPCOMING;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  achievedAt: Date | null = null;

  @Field(() => LocalDate, { nullable: true, description: "The due date when the project's baseline was last set (`setProjectBaseline`)." })
  @Property({ type: "date", nullable: true })
  baselineDueDate: string | null = null;
}
