import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { SKILL_LEVELS, SkillLevel, TenantEntity, VersionedTenantEntity } from "@plateau/subgraph-kit";
import { User } from "../user/user.entity.js";

/** How well someone masters a skill, weakest first. */
export { SkillLevel, SKILL_LEVELS };

/** An entry of the workspace's skill catalogue. */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "An entry of the workspace's skill catalogue." })
@Entity({ tableName: "skill" })
@Unique({ properties: ["workspaceId", "nameKey"] })
export class Skill extends VersionedTenantEntity {
  @Field(() => String, { description: "Unique within the workspace, ignoring case." })
  @Property({ type: "string", length: 80 })
  name!: string;

  /** The lower-cased name: what makes names unique regardless of case. Kept in step by the service. */
  @Property({ type: "string", length: 80, hidden: true })
  nameKey!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A free grouping such as "Security" or "Languages" (at most 80 characters); null for none.',
  })
  @Property({ type: "string", length: 80, nullable: true })
  category: string | null = null;

  @Field(() => String, { nullable: true, description: "What the skill covers, as free text; null for none." })
  @Property({ type: "text", nullable: true })
  description: string | null = null;
}

/** A user's level in a skill of the workspace's catalogue: at most one per user and skill. */
@ObjectType({ description: "A user's level in a skill." })
@Entity({ tableName: "user_skill" })
@Unique({ properties: ["workspaceId", "user", "skill"] })
@Index({ properties: ["workspaceId", "skill"] })
export class UserSkill extends TenantEntity {
  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  user!: Ref<User>;

  @ManyToOne({ entity: () => Skill, ref: true, deleteRule: "cascade" })
  skill!: Ref<Skill>;

  @Field(() => SkillLevel, { description: "How well the user masters the skill." })
  @Enum({ items: () => SkillLevel, nativeEnumName: "skill_level" })
  level!: SkillLevel;
}
