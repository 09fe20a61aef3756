import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { TenantEntity, VersionedTenantEntity } from "@plateau/subgraph-kit";
import { User } from "../user/user.entity.js";

/** A named group of people within a workspace. */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A named group of people within a workspace." })
@Entity({ tableName: "team" })
@Unique({ properties: ["workspaceId", "name"] })
@Index({ properties: ["workspaceId", "lead"] })
export class Team extends VersionedTenantEntity {
  @Field(() => String, { description: "Unique within the workspace." })
  @Property({ type: "string", length: 120 })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the team does, as free text; null for none." })
  @Property({ type: "text", nullable: true })
  description: string | null = null;

  /**
   * Approves the weekly timesheets of the team's members (besides MANAGER and above). Always one of the
   * team's members: the service adds them when they become lead and clears the lead when they leave.
   * Exposed as `Team.lead` by the resolver, through the user loader.
   */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: "set null" })
  lead: Ref<User> | null = null;
}

/** A user's place in a team; part of the Team aggregate, not a GraphQL type of its own. */
@Entity({ tableName: "team_member" })
@Unique({ properties: ["workspaceId", "team", "user"] })
@Index({ properties: ["workspaceId", "user"] })
export class TeamMember extends TenantEntity {
  @ManyToOne({ entity: () => Team, ref: true, deleteRule: "cascade" })
  team!: Ref<Team>;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  user!: Ref<User>;
}
