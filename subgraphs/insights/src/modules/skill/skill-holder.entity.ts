import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * Who holds which of identity's skills, at which level, from identity's `identity.user_skill.changed` and
 * `identity.skill.deleted` events (skill-holder.consumer.ts): what SKILL_CONCENTRATION reads. A removed
 * level stays as a tombstone (`level` null), so an older event arriving late cannot bring it back.
 * Written only by the consumer's conditional upsert (newer events only, by UUIDv7 id). Not a GraphQL type.
 */
@Entity({ tableName: "skill_holder" })
export class SkillHolder {
  @PrimaryKey({ type: "uuid" })
  workspaceId!: string;

  /** identity's Skill. */
  @PrimaryKey({ type: "uuid" })
  skillId!: string;

  /** identity's User. */
  @PrimaryKey({ type: "uuid" })
  userId!: string;

  /** identity's SkillLevel; null once the level was removed, or the skill deleted. */
  @Property({ type: "string", length: 20, nullable: true })
  level: string | null = null;

  /** The last event applied (UUIDv7 ids sort by creation): the watermark. */
  @Property({ type: "uuid" })
  lastEventId!: string;
}
