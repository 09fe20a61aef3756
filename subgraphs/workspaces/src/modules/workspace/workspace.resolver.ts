import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { WorkspaceRole } from "@plateau/kernel";
import { PageArgs } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import { MembershipFilter } from "../membership/membership.inputs.js";
import { MembershipConnection } from "../membership/membership.resolver.js";
import { membershipService } from "../membership/membership.service.js";
import { viewerRoleIn } from "./workspace.access.js";
import { Workspace } from "./workspace.entity.js";
import { CreateWorkspaceInput, DeleteWorkspaceInput, UpdateWorkspaceInput } from "./workspace.inputs.js";
import { DeleteWorkspacePayload, WorkspacePayload } from "./workspace.types.js";
import { workspaceService } from "./workspace.service.js";

@Resolver(() => Workspace)
export class WorkspaceResolver {
  @Query(() => Workspace, { nullable: true, description: "The workspace the access token is scoped to; null when it has none." })
  workspace(@Ctx() ctx: WorkspacesContext): Promise<Workspace | null> {
    return workspaceService.current(ctx);
  }

  @Mutation(() => WorkspacePayload, {
    description: "Creates a workspace with the caller as OWNER; then call switchWorkspace for a token scoped to it.",
  })
  createWorkspace(
    @Arg("input", () => CreateWorkspaceInput, { description: "Its name and, optionally, its URL name." }) input: CreateWorkspaceInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<WorkspacePayload> {
    return workspaceService.create(ctx, input);
  }

  @Mutation(() => WorkspacePayload, { description: "Edits the current workspace; ADMIN or above." })
  updateWorkspace(
    @Arg("input", () => UpdateWorkspaceInput, { description: "The fields to change." }) input: UpdateWorkspaceInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<WorkspacePayload> {
    return workspaceService.update(ctx, input);
  }

  @Mutation(() => DeleteWorkspacePayload, {
    description: "Deletes the current workspace (it then reads as not found and nobody can switch to it); OWNER only.",
  })
  deleteWorkspace(
    @Arg("input", () => DeleteWorkspaceInput, { description: "The workspace and its slug, typed out." }) input: DeleteWorkspaceInput,
    @Ctx() ctx: WorkspacesContext,
  ): Promise<DeleteWorkspacePayload> {
    return workspaceService.delete(ctx, input);
  }

  @FieldResolver(() => MembershipConnection, { description: "The members, oldest first; empty unless this is the token's workspace." })
  members(
    @Root() workspace: Workspace,
    @Arg("filter", () => MembershipFilter, { nullable: true, description: "Only members that match; omit for all." })
    filter: MembershipFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: WorkspacesContext,
  ) {
    return membershipService.list(ctx, workspace.id, filter, page);
  }

  @FieldResolver(() => WorkspaceRole, { nullable: true, description: "The caller's role in this workspace." })
  viewerRole(@Root() workspace: Workspace, @Ctx() ctx: WorkspacesContext): Promise<WorkspaceRole | null> {
    return viewerRoleIn(ctx, workspace.id);
  }
}
