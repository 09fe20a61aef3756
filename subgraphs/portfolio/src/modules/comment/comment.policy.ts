import { Capability, errors, roleMayAccess } from "@plateau/kernel";
import { requireViewer } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { Comment } from "./comment.entity.js";

/**
 * The data-dependent half of deleting a comment (kernel access.ts gives `deleteComment` to
 * CONTRIBUTE): its author may, and so may whoever manages the workspace's projects (moderation);
 * the roles that do are the matrix's, not repeated here.
 */
export function assertMayDeleteComment(ctx: PortfolioContext, comment: Pick<Comment, "id" | "authorId">): void {
  const viewer = requireViewer(ctx);
  if (comment.authorId === viewer.userId || roleMayAccess(Capability.MANAGE_PROJECTS, true, viewer.role)) return;
  throw errors.forbidden(`Only its author or a MANAGER (or above) deletes comment ${comment.id}`);
}

/** Editing a comment is its author's alone. */
export function assertMayEditComment(ctx: PortfolioContext, comment: Pick<Comment, "id" | "authorId">): void {
  if (comment.authorId !== requireViewer(ctx).userId) throw errors.forbidden(`Only its author edits comment ${comment.id}`);
}
