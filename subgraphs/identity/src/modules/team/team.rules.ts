import { isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Teams are tenant data: the access matrix rules their root fields; role checks on the data live in the service. */
export const teamRules: IRules = {
  Team: isAuthenticated,
  TeamConnection: isAuthenticated,
  TeamEdge: isAuthenticated,
  TeamPayload: isAuthenticated,
  DeleteTeamPayload: isAuthenticated,
};
