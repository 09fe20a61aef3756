import type { WorkspacesContext } from "../../context.js";
import { canSeeWorkspace } from "./workspace.access.js";
import { type Workspace } from "./workspace.entity.js";

/** Resolves Workspace references: only workspaces the viewer belongs to (or their token's) resolve. */
export const workspaceReference = {
  __resolveReference: async (reference: { id: string }, ctx: WorkspacesContext): Promise<Workspace | null> => {
    const [workspace, visible] = await Promise.all([ctx.loaders.workspace.load(reference.id), canSeeWorkspace(ctx, reference.id)]);
    return visible ? workspace : null;
  },
};
