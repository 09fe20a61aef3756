import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Who may read and manage memberships; the services check roles (ADMIN or above, below own). */
export const membershipRules: IRules = {
  Query: { myMemberships: isAuthenticated },
  Mutation: { addWorkspaceMember: inWorkspace, changeMemberRole: inWorkspace, removeWorkspaceMember: inWorkspace },
  Membership: isAuthenticated,
  MembershipConnection: isAuthenticated,
  MembershipEdge: isAuthenticated,
  MembershipPayload: isAuthenticated,
  RemoveMembershipPayload: isAuthenticated,
  User: isAuthenticated,
};
