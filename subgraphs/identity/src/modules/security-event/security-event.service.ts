import { filterToWhere, paginate, requireViewer, type Page, type PageArgs } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import { sessionService } from "../session/session.service.js";
import { SecurityEvent } from "./security-event.entity.js";
import type { SecurityEventFilter } from "./security-event.inputs.js";

/** Reading one's own security events. */
export const securityEventService = {
  /** The caller's security events, newest first. */
  async list(ctx: IdentityContext, filter: SecurityEventFilter | undefined, page: PageArgs): Promise<Page<SecurityEvent>> {
    const viewer = requireViewer(ctx);
    await sessionService.requireActive(ctx, viewer, false);
    const where = { ...filterToWhere(filter), user: viewer.userId };
    return paginate(ctx.em, SecurityEvent, where, page, [{ occurredAt: "desc" }]);
  },
};
