import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * Model tokens a workspace used on one UTC day: what its daily budget is checked against. Added to in the
 * transaction that stores an attempt's insights, and by failed attempts' tokens (a refusal still costs them).
 */
@Entity({ tableName: "ai_usage" })
export class AiUsage {
  @PrimaryKey({ type: "uuid" })
  workspaceId!: string;

  @PrimaryKey({ type: "date" })
  day!: string;

  @Property({ type: "bigint" })
  tokensIn: number = 0;

  @Property({ type: "bigint" })
  tokensOut: number = 0;

  /** Model calls made (answered, refused or invalid). */
  @Property({ type: "integer" })
  calls: number = 0;
}
