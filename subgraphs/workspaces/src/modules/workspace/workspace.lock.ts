import { LockMode, type EntityManager } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { requireViewer, requireWorkspaceId, runInWorkspace, TENANT_FILTER } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import { actingMember, type ActingMember } from "../membership/membership.actor.js";
import { Workspace } from "./workspace.entity.js";

/** Locks the workspace's row for the rest of `em`'s transaction; NOT_FOUND when it is missing or deleted. */
async function lockWorkspace(em: EntityManager, workspaceId: string): Promise<Workspace> {
  const workspace = await em.findOne(Workspace, { id: workspaceId, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!workspace) throw errors.notFound("Workspace", workspaceId);
  return workspace;
}

/**
 * Runs a change to the token's workspace in one transaction holding the workspace row's lock, so
 * concurrent changes cannot both pass checks such as "keeps an OWNER" or "no pending invitation for
 * this address", and nothing changes in a deleted workspace (NOT_FOUND). `actor` is the caller's
 * current membership (FORBIDDEN when it is gone).
 */
export function changeWorkspace<T>(
  ctx: WorkspacesContext,
  change: (em: EntityManager, actor: ActingMember, workspace: Workspace) => Promise<T>,
): Promise<T> {
  const viewer = requireViewer(ctx);
  const workspaceId = requireWorkspaceId(ctx);
  return ctx.em.transactional(async (em) => {
    const workspace = await lockWorkspace(em, workspaceId);
    return change(em, await actingMember(em, workspaceId, viewer), workspace);
  });
}

/**
 * Runs a change to a workspace other than the token's (accepting an invitation to it) in one
 * transaction scoped to that workspace, for Row-Level Security and the ORM's tenant filter alike,
 * holding its row lock. Only for callers already shown to be entitled to act there.
 */
export function changeOtherWorkspace<T>(
  em: EntityManager,
  workspaceId: string,
  change: (em: EntityManager, workspace: Workspace) => Promise<T>,
): Promise<T> {
  return runInWorkspace(em, workspaceId, async (tx) => {
    tx.setFilterParams(TENANT_FILTER, { workspaceId });
    return change(tx, await lockWorkspace(tx, workspaceId));
  });
}
