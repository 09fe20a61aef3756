import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Who may read and change projects. Role checks per the matrix arrive with the RBAC issue. */
export const projectRules: IRules = {
  Query: { project: inWorkspace, projects: inWorkspace },
  Mutation: { createProject: inWorkspace, updateProject: inWorkspace, deleteProject: inWorkspace },
  Project: isAuthenticated,
  ProjectConnection: isAuthenticated,
  ProjectEdge: isAuthenticated,
  ProjectPayload: isAuthenticated,
  DeleteProjectPayload: isAuthenticated,
  Workspace: isAuthenticated,
};
