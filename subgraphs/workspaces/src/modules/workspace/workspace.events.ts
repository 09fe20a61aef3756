import type { EntityManager } from "@mikro-orm/core";
import { defineEventType } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { Workspace } from "./workspace.entity.js";

/** `workspaces.workspace.deleted`: a workspace was soft-deleted; other services may stop serving or purge its data. */
export interface WorkspaceDeleted {
  name: string;
  slug: string;
  deletedAt: string;
}

/** The events of the workspace module, on the `plateau:events:workspaces` stream. */
export const workspaceEvents = {
  deleted: defineEventType<WorkspaceDeleted>("workspaces.workspace.deleted"),
};

/** Records the deletion in `em`'s unit of work (the transaction that deletes it). */
export function recordWorkspaceDeleted(em: EntityManager, workspace: Workspace, actorId: string): void {
  recordEvent(em, {
    type: workspaceEvents.deleted,
    workspaceId: workspace.id,
    actorId,
    subject: { typename: "Workspace", id: workspace.id },
    data: { name: workspace.name, slug: workspace.slug, deletedAt: workspace.deletedAt!.toISOString() },
  });
}
