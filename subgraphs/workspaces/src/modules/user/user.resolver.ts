import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { WorkspacesContext } from "../../context.js";
import { Membership } from "../membership/membership.entity.js";
import { membershipService } from "../membership/membership.service.js";
import { User } from "./user.stub.js";

/** The field workspaces adds to identity's User. */
@Resolver(() => User)
export class UserMembershipsResolver {
  @FieldResolver(() => [Membership], {
    description: "The user's memberships the caller may see: all of the caller's own; of others, the one in the current workspace.",
  })
  memberships(@Root() user: User, @Ctx() ctx: WorkspacesContext): Promise<Membership[]> {
    return membershipService.ofUser(ctx, user.id);
  }
}
