import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may read boards. Root operations take their rules from the access matrix (@plateau/kernel, access.ts). */
export const boardRules: IRules = {
  Board: canRead,
  BoardColumn: canRead,
  UpdateWorkflowPayload: canRead,
  MoveTaskPayload: canRead,
  // boardChanged's payload: the gateway resolves it as the subscriber, so any reader of the workspace.
  BoardEvent: canRead,
  CardPosition: canRead,
};
