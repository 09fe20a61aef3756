import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may read and change tasks. Root operations take their rules from the access matrix (@plateau/kernel, access.ts). */
export const taskRules: IRules = {
  Task: canRead,
  TaskConnection: canRead,
  TaskEdge: canRead,
  TaskPayload: canRead,
  DeleteTaskPayload: canRead,
  TaskTreeNode: canRead,
  TaskSkillRequirement: canRead,
  AssigneeSuggestion: canRead,
  Skill: canRead,
  User: canRead,
  // taskChanged's payload: the gateway resolves it as the subscriber, so any reader of the workspace.
  TaskEvent: canRead,
};
