import { errors, roleAtLeast, WorkspaceRole } from "@plateau/kernel";
import { filterToWhere, paginate, requireViewer, type Page, type PageArgs } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import { actingMember } from "../membership/membership.actor.js";
import { requireLiveWorkspace } from "../workspace/workspace.access.js";
import { AuditEntry } from "./audit-entry.entity.js";
import type { AuditLogFilter } from "./audit.inputs.js";

/** Reading the audit log. Entries are written by the changes themselves (audit.record.ts) and the consumer. */
export const auditService = {
  /**
   * The current workspace's audit log, newest first (the entries of one change in the order they were
   * recorded); ADMIN or above, judged by the lower of the token's and the current membership's role.
   */
  async list(ctx: WorkspacesContext, filter: AuditLogFilter | undefined, page: PageArgs): Promise<Page<AuditEntry>> {
    const viewer = requireViewer(ctx);
    const workspace = await requireLiveWorkspace(ctx);
    const actor = await actingMember(ctx.em, workspace.id, viewer);
    if (!roleAtLeast(actor.role, WorkspaceRole.ADMIN)) throw errors.forbidden("Reading the audit log needs the ADMIN or OWNER role");
    return paginate(ctx.em, AuditEntry, { ...filterToWhere(filter), workspaceId: workspace.id }, page, [{ occurredAt: "desc" }]);
  },
};
