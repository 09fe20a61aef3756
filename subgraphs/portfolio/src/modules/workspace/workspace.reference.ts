import type { Workspace } from "./workspace.stub.js";

/** Workspace references need no lookup: portfolio only adds fields keyed by the id (project's workspace-projects.resolver.ts). */
export const workspaceReference = {
  __resolveReference: (reference: { id: string }): Workspace => ({ id: reference.id }),
};
