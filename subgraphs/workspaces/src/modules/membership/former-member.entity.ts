import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * Someone who was a member of a workspace and is no longer (removed, or left): their name and email
 * stay visible to the workspace's members, whose data still names them (tasks, comments, audit).
 * Written only by the database: a trigger on deleting a membership (migration Migration20261207004405),
 * so no way of ending a membership can forget it. Not part of the GraphQL API.
 */
@Entity({ tableName: "former_member" })
export class FormerMember {
  @PrimaryKey({ type: "uuid" })
  workspaceId!: string;

  @PrimaryKey({ type: "uuid" })
  userId!: string;

  /** When the latest of their memberships there ended. */
  @Property({ type: "datetime", defaultRaw: "now()" })
  leftAt!: Date;
}
