import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/core";
import { errors, roleAtLeast, WorkspaceRole } from "@plateau/kernel";
import { check, requireViewer, requireWorkspaceId } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import { actingMember } from "../membership/membership.actor.js";
import { Membership } from "../membership/membership.entity.js";
import { Workspace } from "./workspace.entity.js";
import type { CreateWorkspaceInput, UpdateWorkspaceInput, WorkspacePayload } from "./workspace.inputs.js";
import { SLUG_PATTERN, slugCandidates, slugFromName } from "./workspace.slug.js";

const NAME_MAX = 120;

function checkSlug(value: string): string {
  const slug = value.trim();
  if (!SLUG_PATTERN.test(slug)) throw errors.invalidField("input.slug", "must be 3-48 lower-case letters, digits or dashes");
  return slug;
}

const slugTaken = (slug: string) =>
  errors.conflict(`The slug "${slug}" is already taken`, { fields: [{ field: "input.slug", message: "already taken" }] });

/** Slugs among `candidates` already used (by any workspace, deleted ones too: the column is unique). */
async function takenSlugs(em: EntityManager, candidates: string[]): Promise<Set<string>> {
  // A fork of its own: these rows are only looked at, never edited, and must not linger in the request's identity map.
  const rows = await em.fork().find(Workspace, { slug: { $in: candidates } });
  return new Set(rows.map((row) => row.slug));
}

/** The derived slug for a name: the plain one when free, else one with a short random suffix. */
async function derivedSlug(em: EntityManager, name: string): Promise<string> {
  const candidates = slugCandidates(slugFromName(name));
  const taken = await takenSlugs(em, candidates);
  const free = candidates.find((candidate) => !taken.has(candidate));
  if (!free) throw errors.conflict("Could not find a free slug for this name: pass `slug` explicitly");
  return free;
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
    let slug: string;
    if (input.slug !== null && input.slug !== undefined) {
      slug = checkSlug(input.slug);
      if ((await takenSlugs(ctx.em, [slug])).size > 0) throw slugTaken(slug);
    } else {
      slug = await derivedSlug(ctx.em, name);
    }
    const workspace = ctx.em.create(Workspace, { name, slug } as never);
    const membership = ctx.em.create(Membership, { workspaceId: workspace.id, userId: viewer.userId, role: WorkspaceRole.OWNER } as never);
    // One flush, one transaction: a workspace never exists without its OWNER.
    await flushSlug(ctx.em, slug);
    return { workspace, membership };
  },

  /** Renames the current workspace or changes its slug; ADMIN or above. */
  async update(ctx: WorkspacesContext, input: UpdateWorkspaceInput): Promise<WorkspacePayload> {
    const viewer = requireViewer(ctx);
    const workspaceId = requireWorkspaceId(ctx);
    if (!roleAtLeast(viewer.role, WorkspaceRole.ADMIN)) throw errors.forbidden("Editing the workspace needs the ADMIN or OWNER role");
    const workspace = await ctx.loaders.workspace.load(workspaceId);
    if (!workspace) throw errors.notFound("Workspace", workspaceId);
    const actor = await actingMember(ctx.em, workspaceId, viewer);
    if (!roleAtLeast(actor.role, WorkspaceRole.ADMIN)) throw errors.forbidden("Editing the workspace needs the ADMIN or OWNER role");
    check.version("Workspace", workspace, input.expectedVersion);
    if (input.name !== null && input.name !== undefined) workspace.name = check.text("input.name", input.name, NAME_MAX);
    if (input.slug !== null && input.slug !== undefined) {
      const slug = checkSlug(input.slug);
      if (slug !== workspace.slug && (await takenSlugs(ctx.em, [slug])).size > 0) throw slugTaken(slug);
      workspace.slug = slug;
    }
    await flushSlug(ctx.em, workspace.slug);
    return { workspace, membership: actor.membership };
  },
};
