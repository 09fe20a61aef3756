import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Who may read and change tasks. Role checks per the matrix arrive with the RBAC issue. */
export const taskRules: IRules = {
  Query: { task: inWorkspace, tasks: inWorkspace },
  Mutation: { createTask: inWorkspace, updateTask: inWorkspace, deleteTask: inWorkspace },
  Task: isAuthenticated,
  TaskConnection: isAuthenticated,
  TaskEdge: isAuthenticated,
  TaskPayload: isAuthenticated,
  DeleteTaskPayload: isAuthenticated,
  User: isAuthenticated,
};
