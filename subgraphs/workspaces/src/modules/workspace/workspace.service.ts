import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/core";
import { errors, roleAtLeast, uuidv7, WorkspaceRole } from "@plateau/kernel";
import { check, parseId, requireViewer, runInWorkspace } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import { changedFields, recordAudit } from "../audit/audit.record.js";
import { Membership } from "../membership/membership.entity.js";
import { memberPolicy } from "../membership/membership.policy.js";
import { membershipChange } from "../membership/membership.audit.js";
import { Workspace } from "./workspace.entity.js";
import { recordWorkspaceDeleted } from "./workspace.events.js";
import type { CreateWorkspaceInput, DeleteWorkspaceInput, UpdateWorkspaceInput } from "./workspace.inputs.js";
import type { DeleteWorkspacePayload, WorkspacePayload } from "./workspace.types.js";
import { changeWorkspace } from "./workspace.lock.js";
import { SLUG_PATTERN, slugCandidates, slugFromName } from "./workspace.slug.js";

const NAME_MAX = 120;

function checkSlug(value: string): string {
  const slug = value.trim();
  if (!SLUG_PATTERN.test(slug)) throw errors.invalidField("input.slug", "must be 3-48 lower-case letters, digits or dashes");
  return slug;
}

const slugTaken = (slug: string) =>
  errors.conflict(`The slug "${slug}" is already taken`, { fields: [{ field: "input.slug", message: "already taken" }] });

/**
 * Creates the workspace and its OWNER membership in one transaction scoped to the new workspace (the
 * caller's token has none yet, and Row-Level Security admits only rows of the transaction's workspace).
 * Slugs of other workspaces are invisible here, so a taken slug shows up as the unique constraint
 * failing: an explicit slug is then a CONFLICT, a derived one moves on to the next candidate.
 */
async function insertWorkspace(
  ctx: WorkspacesContext,
  userId: string,
  name: string,
  slugs: string[],
  explicit: boolean,
): Promise<WorkspacePayload> {
  for (const slug of slugs) {
    const id = uuidv7();
    try {
      return await runInWorkspace(ctx.em, id, async (tx) => {
        const workspace = tx.create(Workspace, { id, name, slug } as never);
        const membership = tx.create(Membership, { workspaceId: id, userId, role: WorkspaceRole.OWNER } as never);
        recordAudit(
          tx,
          ctx,
          id,
          { action: "workspace.created", entityType: "Workspace", entityId: id, after: { name, slug } },
          membershipChange("member.added", membership),
        );
        await tx.flush();
        return { workspace, membership };
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      if (explicit) throw slugTaken(slug);
    }
  }
  throw errors.conflict("Could not find a free slug for this name: pass `slug` explicitly");
}

function assertCanEdit(role: WorkspaceRole | undefined): void {
  if (!roleAtLeast(role, WorkspaceRole.ADMIN)) throw errors.forbidden("Editing the workspace needs the ADMIN or OWNER role");
}

/** Flushes; a slug that became taken meanwhile is a CONFLICT, not a raw database error. */
async function flushSlug(em: EntityManager, slug: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw slugTaken(slug);
    throw error;
  }
}

/** Workspace use cases. */
export const workspaceService = {
  /** The token's workspace, or null when the token has none or it does not exist (any more). */
  async current(ctx: WorkspacesContext): Promise<Workspace | null> {
    const workspaceId = requireViewer(ctx).workspaceId;
    return workspaceId ? ctx.loaders.workspace.load(workspaceId) : null;
  },

  /** Any signed-in user may create a workspace (even with a token without one); they become its OWNER. */
  async create(ctx: WorkspacesContext, input: CreateWorkspaceInput): Promise<WorkspacePayload> {
    const viewer = requireViewer(ctx);
    const name = check.text("input.name", input.name, NAME_MAX);
    const explicit = input.slug !== null && input.slug !== undefined;
    const slugs = explicit ? [checkSlug(input.slug!)] : slugCandidates(slugFromName(name));
    // One transaction: a workspace never exists without its OWNER.
    return insertWorkspace(ctx, viewer.userId, name, slugs, explicit);
  },

  /** Renames the current workspace or changes its slug; ADMIN or above. */
  async update(ctx: WorkspacesContext, input: UpdateWorkspaceInput): Promise<WorkspacePayload> {
    assertCanEdit(requireViewer(ctx).role);
    return changeWorkspace(ctx, async (em, actor, workspace) => {
      assertCanEdit(actor.role);
      check.version("Workspace", workspace, input.expectedVersion);
      const before = { name: workspace.name, slug: workspace.slug };
      if (input.name !== null && input.name !== undefined) workspace.name = check.text("input.name", input.name, NAME_MAX);
      // Other workspaces' slugs are invisible here (Row-Level Security): a taken one fails the flush.
      if (input.slug !== null && input.slug !== undefined) workspace.slug = checkSlug(input.slug);
      const changed = changedFields(before, { name: workspace.name, slug: workspace.slug });
      if (changed) {
        recordAudit(em, ctx, workspace.id, { action: "workspace.updated", entityType: "Workspace", entityId: workspace.id, ...changed });
      }
      await flushSlug(em, workspace.slug);
      return { workspace, membership: actor.membership };
    });
  },

  /**
   * Soft-deletes the token's workspace; OWNER only, confirmed by its slug. From then on it reads as not
   * found, leaves everyone's memberships (so identity mints no more tokens for it) and takes no
   * changes; `workspaces.workspace.deleted` tells other services, in the same transaction.
   */
  async delete(ctx: WorkspacesContext, input: DeleteWorkspaceInput): Promise<DeleteWorkspacePayload> {
    const viewer = requireViewer(ctx);
    memberPolicy.assertOwner(viewer.role, "Deleting the workspace");
    if (parseId(input.workspaceId, "input.workspaceId") !== viewer.workspaceId?.toLowerCase()) {
      throw errors.invalidField("input.workspaceId", "is not the workspace your token is scoped to");
    }
    return changeWorkspace(ctx, async (em, actor, workspace) => {
      memberPolicy.assertOwner(actor.role, "Deleting the workspace");
      if (input.confirmSlug.trim() !== workspace.slug)
        throw errors.invalidField("input.confirmSlug", "does not match the workspace's slug");
      workspace.deletedAt = new Date();
      recordAudit(em, ctx, workspace.id, {
        action: "workspace.deleted",
        entityType: "Workspace",
        entityId: workspace.id,
        before: { deletedAt: null },
        after: { deletedAt: workspace.deletedAt.toISOString() },
      });
      recordWorkspaceDeleted(em, workspace, viewer.userId);
      await em.flush();
      return { deletedWorkspaceId: workspace.id, deletedAt: workspace.deletedAt };
    });
  },
};
