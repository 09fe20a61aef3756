import type { WorkspacesContext } from "../../context.js";
import { type Membership } from "./membership.entity.js";

/**
 * Resolves Membership references through the request's loader: the tenant filter hides other
 * workspaces, and a deleted workspace has no members.
 */
export const membershipReference = {
  __resolveReference: async (reference: { id: string }, ctx: WorkspacesContext): Promise<Membership | null> => {
    const membership = await ctx.loaders.membership.load(reference.id);
    return membership && (await ctx.loaders.workspace.load(membership.workspaceId)) ? membership : null;
  },
};
