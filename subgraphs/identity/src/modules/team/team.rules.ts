import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Teams are tenant data: every root field needs a workspace-scoped token. Role checks live in the service. */
export const teamRules: IRules = {
  Query: { team: inWorkspace, teams: inWorkspace },
  Mutation: {
    createTeam: inWorkspace,
    updateTeam: inWorkspace,
    deleteTeam: inWorkspace,
    addTeamMember: inWorkspace,
    removeTeamMember: inWorkspace,
  },
  Team: isAuthenticated,
  TeamConnection: isAuthenticated,
  TeamEdge: isAuthenticated,
  TeamPayload: isAuthenticated,
  DeleteTeamPayload: isAuthenticated,
};
