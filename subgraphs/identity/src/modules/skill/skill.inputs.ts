import { Field, ID, InputType, Int } from "type-graphql";
import { StringFilter } from "@plateau/subgraph-kit";
import { SkillLevel } from "./skill.entity.js";

@InputType({ description: "Filters skills; fields combine with AND." })
export class SkillFilter {
  @Field(() => StringFilter, { nullable: true, description: "Skills whose name matches." }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "Skills whose category matches." }) category?: StringFilter;
  @Field(() => [SkillFilter], { nullable: true, description: "Every one of these filters matches." }) and?: SkillFilter[];
  @Field(() => [SkillFilter], { nullable: true, description: "At least one of these filters matches." }) or?: SkillFilter[];
}

@InputType({ description: "A new entry of the workspace's skill catalogue." })
export class CreateSkillInput {
  @Field(() => String, { description: "Unique within the workspace, ignoring case; at most 80 characters." }) name!: string;
  @Field(() => String, { nullable: true, description: "At most 80 characters." }) category?: string | null;
  @Field(() => String, { nullable: true, description: "What the skill covers, as free text." }) description?: string | null;
}

@InputType({ description: "Only the fields given are changed; null clears category and description." })
export class UpdateSkillInput {
  @Field(() => ID, { description: "The skill to edit." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the skill is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true, description: "A new name, unique within the workspace ignoring case; at most 80 characters." })
  name?: string | null;
  @Field(() => String, { nullable: true, description: "A new category, at most 80 characters; null clears it." }) category?: string | null;
  @Field(() => String, { nullable: true, description: "A new description; null clears it." }) description?: string | null;
}

@InputType({ description: "A skill to take out of the catalogue, with everyone's level in it." })
export class DeleteSkillInput {
  @Field(() => ID, { description: "The skill to delete." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the skill is still at this version." }) expectedVersion?:
    number | null;
}

@InputType({ description: "A user's level in a skill, set or replaced." })
export class SetUserSkillInput {
  @Field(() => ID, { description: "A member of the current workspace: the viewer, or anyone for MANAGER and above." }) userId!: string;
  @Field(() => ID, { description: "The skill, from the workspace's catalogue." }) skillId!: string;
  @Field(() => SkillLevel, { description: "How well the user masters it." }) level!: SkillLevel;
}

@InputType({ description: "A user's level in a skill, to remove." })
export class RemoveUserSkillInput {
  @Field(() => ID, { description: "The user: yourself, or anyone for MANAGER and above." }) userId!: string;
  @Field(() => ID, { description: "The skill." }) skillId!: string;
}
