import type { EntityManager } from "@mikro-orm/core";
import { workspacesEvents } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { Workspace } from "./workspace.entity.js";

/** The events of the workspace module, on the `plateau:events:workspaces` stream. */
export const workspaceEvents = {
  deleted: workspacesEvents.workspaceDeleted,
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
