import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { StringFilter } from "@plateau/subgraph-kit";
import { Skill, SkillLevel, UserSkill } from "./skill.entity.js";

@InputType({ description: "Filters skills; fields combine with AND." })
export class SkillFilter {
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) category?: StringFilter;
  @Field(() => [SkillFilter], { nullable: true }) and?: SkillFilter[];
  @Field(() => [SkillFilter], { nullable: true }) or?: SkillFilter[];
}

@InputType()
export class CreateSkillInput {
  @Field(() => String, { description: "Unique within the workspace, ignoring case; at most 80 characters." }) name!: string;
  @Field(() => String, { nullable: true, description: "At most 80 characters." }) category?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({ description: "Only the fields given are changed; null clears category and description." })
export class UpdateSkillInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the skill is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class DeleteSkillInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the skill is still at this version." }) expectedVersion?:
    number | null;
}

@InputType()
export class SetUserSkillInput {
  @Field(() => ID, { description: "A member of the current workspace: the viewer, or anyone for MANAGER and above." }) userId!: string;
  @Field(() => ID) skillId!: string;
  @Field(() => SkillLevel) level!: SkillLevel;
}

@InputType()
export class RemoveUserSkillInput {
  @Field(() => ID) userId!: string;
  @Field(() => ID) skillId!: string;
}

@ObjectType()
export class SkillPayload {
  @Field(() => Skill) skill!: Skill;
}

@ObjectType()
export class DeleteSkillPayload {
  @Field(() => ID) deletedSkillId!: string;
}

@ObjectType()
export class UserSkillPayload {
  @Field(() => UserSkill) userSkill!: UserSkill;
}

@ObjectType()
export class RemoveUserSkillPayload {
  @Field(() => Boolean, { description: "False when the user had no level in that skill." }) removed!: boolean;
}
