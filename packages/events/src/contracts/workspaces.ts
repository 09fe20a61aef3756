import { defineEventType } from "../envelope.js";

/** `workspaces.workspace.deleted`: a workspace was soft-deleted; other services stop serving (and may purge) its data. The subject is the Workspace. */
export interface WorkspaceDeleted {
  name: string;
  slug: string;
  deletedAt: string;
}

/** Every event workspaces publishes, on the `plateau:events:workspaces` stream. */
export const workspacesEvents = {
  workspaceDeleted: defineEventType<WorkspaceDeleted>("workspaces.workspace.deleted", 1),
} as const;
