import { Field, ID, ObjectType } from "type-graphql";
import { Skill, UserSkill } from "./skill.entity.js";

@ObjectType({ description: "The skill as created or edited." })
export class SkillPayload {
  @Field(() => Skill, { description: "The skill after the change." }) skill!: Skill;
}

@ObjectType({ description: "What deleteSkill removed." })
export class DeleteSkillPayload {
  @Field(() => ID, { description: "The id of the skill that no longer exists." }) deletedSkillId!: string;
}

@ObjectType({ description: "A user's level in a skill, as set." })
export class UserSkillPayload {
  @Field(() => UserSkill, { description: "The rating after the change." }) userSkill!: UserSkill;
}

@ObjectType({ description: "Whether a level was removed." })
export class RemoveUserSkillPayload {
  @Field(() => Boolean, { description: "False when the user had no level in that skill." }) removed!: boolean;
}
