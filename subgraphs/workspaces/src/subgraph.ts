import type { SubgraphDefinition } from "@plateau/subgraph-kit";
import { createLoaders, type WorkspacesLoaders } from "./context.js";
import { migrations } from "./migrations/index.js";
import { mountInternalRoutes } from "./modules/internal/internal.routes.js";
import { Membership } from "./modules/membership/membership.entity.js";
import { membershipReference, MembershipResolver } from "./modules/membership/membership.resolver.js";
import { membershipRules } from "./modules/membership/membership.rules.js";
import { userReference, UserMembershipsResolver } from "./modules/user/user.resolver.js";
import { Workspace } from "./modules/workspace/workspace.entity.js";
import { workspaceReference, WorkspaceResolver } from "./modules/workspace/workspace.resolver.js";
import { workspaceRules } from "./modules/workspace/workspace.rules.js";
import { createServices, type WorkspacesServices } from "./services.js";

/** The workspaces subgraph: workspaces (the tenants) and who belongs to them with which role. */
export const workspaces: SubgraphDefinition<WorkspacesLoaders, WorkspacesServices> = {
  name: "workspaces",
  entities: [Workspace, Membership],
  // Workspace is the tenant itself, so only memberships are scoped by the tenant filter.
  tenantEntities: [Membership],
  migrations,
  resolvers: [WorkspaceResolver, MembershipResolver, UserMembershipsResolver],
  referenceResolvers: {
    Workspace: workspaceReference,
    Membership: membershipReference,
    User: userReference,
  } as never,
  permissions: [workspaceRules, membershipRules],
  loaders: createLoaders,
  services: createServices,
  routes: mountInternalRoutes,
};
