import { Field, ID, ObjectType } from "type-graphql";
import { Milestone } from "./milestone.entity.js";

@ObjectType({ description: "The milestone as created or edited." })
export class MilestonePayload {
  @Field(() => Milestone, { description: "The milestone after the change." }) milestone!: Milestone;
}

@ObjectType({ description: "What deleteMilestone removed." })
export class DeleteMilestonePayload {
  @Field(() => ID, { description: "The id of the milestone that no longer exists." }) deletedMilestoneId!: string;
}
