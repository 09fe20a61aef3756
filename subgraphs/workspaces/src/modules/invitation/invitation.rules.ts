import { Capability } from "@plateau/kernel";
import { accessRule, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

const administers = accessRule(Capability.ADMINISTER);

/**
 * Who may read invitations: members who manage members (never anyone by token: accepting answers with
 * the membership and workspace, not the invitation). Root operations take their rules from the access
 * matrix (@plateau/kernel, access.ts).
 */
export const invitationRules: IRules = {
  Invitation: administers,
  InvitationConnection: administers,
  InvitationEdge: administers,
  InvitationPayload: administers,
  AcceptInvitationPayload: isAuthenticated,
};
