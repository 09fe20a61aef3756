import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/core";
import { isUuid, type Viewer } from "@plateau/kernel";
import { entityLoader, groupLoader, type ResolverContext } from "@plateau/subgraph-kit";
import { Membership } from "./modules/membership/membership.entity.js";
import { membershipsOfUser, type MembershipWithWorkspace } from "./modules/membership/membership.of-user.js";
import { Workspace } from "./modules/workspace/workspace.entity.js";
import type { WorkspacesServices } from "./services.js";

/** Workspaces by id; deleted ones load as null (a deleted workspace is not found anywhere). */
function workspaceLoader(em: EntityManager): DataLoader<string, Workspace | null> {
  return new DataLoader<string, Workspace | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await em.find(Workspace, { id: { $in: valid }, deletedAt: null }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Runs `load` at most once per request, on first use. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= load());
}

/** The request-scoped loaders of the workspaces subgraph. */
export function createLoaders(em: EntityManager, viewer: Viewer | undefined) {
  return {
    /** Not tenant-filtered: callers decide whether the viewer may see the workspace. */
    workspace: workspaceLoader(em),
    /** Tenant-filtered: only memberships of the viewer's current workspace. */
    membership: entityLoader(em, Membership),
    /** Tenant-filtered: a user's membership in the viewer's current workspace (zero or one). */
    membershipsByUser: groupLoader(em, Membership, "userId", { createdAt: "asc", id: "asc" }),
    /** The viewer's own memberships in every workspace (the one cross-tenant read; see membershipsOfUser). */
    viewerMemberships: once<MembershipWithWorkspace[]>(async () => (viewer ? membershipsOfUser(em.fork(), viewer.userId) : [])),
  };
}

export type WorkspacesLoaders = ReturnType<typeof createLoaders>;
export type WorkspacesContext = ResolverContext<WorkspacesLoaders, WorkspacesServices>;
