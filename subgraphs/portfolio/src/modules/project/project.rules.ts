import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may read and change projects. Root operations take their rules from the access matrix (@plateau/kernel, access.ts). */
export const projectRules: IRules = {
  Project: canRead,
  ProjectConnection: canRead,
  ProjectEdge: canRead,
  ProjectPayload: canRead,
  DeleteProjectPayload: canRead,
  Budget: canRead,
  Team: canRead,
  ProjectStatusUpdate: canRead,
  ProjectStatusUpdateConnection: canRead,
  ProjectStatusUpdateEdge: canRead,
  PostProjectStatusUpdatePayload: canRead,
  Workspace: canRead,
  // projectChanged's payload: the gateway resolves it as the subscriber, so any reader of the workspace.
  ProjectEvent: canRead,
};
