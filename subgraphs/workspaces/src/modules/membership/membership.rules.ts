import { isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/**
 * Who may read memberships: any signed-in user, as `myMemberships` and `acceptInvitation` answer
 * without a workspace in the token; what they see is scoped by the services and Row-Level Security.
 * Root operations take their rules from the access matrix (@plateau/kernel, access.ts); the services
 * check the data-dependent rules (roles below one's own, the last OWNER).
 */
export const membershipRules: IRules = {
  Membership: isAuthenticated,
  MembershipConnection: isAuthenticated,
  MembershipEdge: isAuthenticated,
  MembershipPayload: isAuthenticated,
  RemoveMembershipPayload: isAuthenticated,
  LeaveWorkspacePayload: isAuthenticated,
  TransferOwnershipPayload: isAuthenticated,
  User: isAuthenticated,
};
