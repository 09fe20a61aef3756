import { Entity, Enum, Index, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { WORKSPACE_ROLE_VALUES, WorkspaceRole } from "@plateau/kernel";
import { VersionedTenantEntity } from "@plateau/subgraph-kit";

registerEnumType(WorkspaceRole, {
  name: "WorkspaceRole",
  description: "Workspace roles, highest first.",
  valuesConfig: WORKSPACE_ROLE_VALUES,
});

/** A user's membership of a workspace, with their role there. Exposed fields: membership.resolver.ts. */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A user's membership of a workspace, with their role there." })
@Entity({ tableName: "membership" })
@Unique({ properties: ["workspaceId", "userId"] })
// Identity asks "which workspaces does this user belong to?" on every sign-in and switch: a lookup
// across tenants by design, so this one index leads with user_id instead of workspace_id.
@Index({ properties: ["userId", "createdAt"] })
export class Membership extends VersionedTenantEntity {
  /** The member (a User owned by identity); exposed as `user`. */
  @Property({ type: "uuid" })
  userId!: string;

  @Field(() => WorkspaceRole, { description: "What the member may do in the workspace: OWNER, ADMIN, MANAGER, MEMBER or VIEWER." })
  @Enum({ items: () => WorkspaceRole, nativeEnumName: "workspace_role" })
  role!: WorkspaceRole;
}
