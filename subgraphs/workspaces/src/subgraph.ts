import { SESSION_VARIABLES, sessionValue, type SubgraphDefinition, mountRequestClient } from "@plateau/subgraph-kit";
import { createLoaders, type WorkspacesLoaders } from "./context.js";
import { migrations } from "./migrations/index.js";
import { AuditEntry } from "./modules/audit/audit-entry.entity.js";
import { startAuditConsumer } from "./modules/audit/audit.consumer.js";
import { AuditEntryResolver } from "./modules/audit/audit.resolver.js";
import { auditRules } from "./modules/audit/audit.rules.js";
import { mountInternalRoutes } from "./modules/internal/internal.routes.js";
import { Invitation } from "./modules/invitation/invitation.entity.js";
import { InvitationResolver } from "./modules/invitation/invitation.resolver.js";
import { invitationRules } from "./modules/invitation/invitation.rules.js";
import { INVITATION_TOKEN_VARIABLE } from "./modules/invitation/invitation.service.js";
import { FormerMember } from "./modules/membership/former-member.entity.js";
import { Membership } from "./modules/membership/membership.entity.js";
import { MembershipResolver } from "./modules/membership/membership.resolver.js";
import { membershipReference } from "./modules/membership/membership.reference.js";
import { membershipRules } from "./modules/membership/membership.rules.js";
import { UserMembershipsResolver } from "./modules/user/user.resolver.js";
import { userReference } from "./modules/user/user.reference.js";
import { Workspace } from "./modules/workspace/workspace.entity.js";
import { WorkspaceResolver } from "./modules/workspace/workspace.resolver.js";
import { workspaceReference } from "./modules/workspace/workspace.reference.js";
import { workspaceRules } from "./modules/workspace/workspace.rules.js";
import { createServices, type WorkspacesServices } from "./services.js";

/** The workspaces subgraph: workspaces (the tenants), who belongs to them with which role, invitations, the audit log. */
export const workspaces: SubgraphDefinition<WorkspacesLoaders, WorkspacesServices> = {
  name: "workspaces",
  entities: [Workspace, Membership, FormerMember, Invitation, AuditEntry],
  // Workspace is the tenant itself, so only the rows that belong to one are scoped by the tenant filter.
  tenantEntities: [Membership, FormerMember, Invitation, AuditEntry],
  rowLevelSecurity: {
    policies: {
      // A user sees their own memberships in every workspace (myMemberships, identity's sign-in).
      membership: [{ name: "own_memberships", command: "select", using: `user_id = ${sessionValue(SESSION_VARIABLES.userId)}` }],
      // The tenant itself: the transaction's workspace, plus, to read, the workspaces the user belongs to.
      workspace: [
        {
          name: "current_workspace",
          using: `id = ${sessionValue(SESSION_VARIABLES.workspaceId)}`,
          check: `id = ${sessionValue(SESSION_VARIABLES.workspaceId)}`,
        },
        {
          name: "member_workspaces",
          command: "select",
          using: `id in (select workspace_id from workspaces.membership where user_id = ${sessionValue(SESSION_VARIABLES.userId)})`,
        },
      ],
      // Accepting an invitation finds it by its token, before knowing its workspace: exactly the one
      // row whose hash the accept flow sets, read only (the change then runs scoped to its workspace).
      invitation: [
        { name: "invitation_by_token", command: "select", using: `token_hash = ${sessionValue(INVITATION_TOKEN_VARIABLE, "text")}` },
      ],
    },
  },
  migrations,
  resolvers: [WorkspaceResolver, MembershipResolver, UserMembershipsResolver, InvitationResolver, AuditEntryResolver],
  referenceResolvers: {
    Workspace: workspaceReference,
    Membership: membershipReference,
    User: userReference,
  } as never,
  permissions: [workspaceRules, membershipRules, invitationRules, auditRules],
  loaders: createLoaders,
  services: createServices,
  // The audit log learns other services' security events and data changes from their streams.
  consumers: ({ bus, orm, logger, consumerName }) => startAuditConsumer({ bus, orm, logger, consumer: consumerName }),
  routes: (app, services, orm) => {
    mountRequestClient(app, services.settings.TRUST_PROXY);
    mountInternalRoutes(app, services, orm);
  },
};
