import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs } from "@plateau/subgraph-kit";
import type { WorkspacesContext } from "../../context.js";
import { User, userRef } from "../user/user.stub.js";
import { AuditEntry } from "./audit-entry.entity.js";
import { AuditLogFilter } from "./audit.inputs.js";
import { auditService } from "./audit.service.js";

export const AuditEntryConnection = Connection(AuditEntry);

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Query(() => AuditEntryConnection, {
    description: "The current workspace's audit log, newest first; OWNER and ADMIN only.",
  })
  auditLog(
    @Arg("filter", () => AuditLogFilter, { nullable: true, description: "Only entries that match; omit for all." })
    filter: AuditLogFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: WorkspacesContext,
  ) {
    return auditService.list(ctx, filter, page);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who did it; null for the system or an unidentified caller." })
  actor(@Root() entry: AuditEntry): User | null {
    return entry.actorId ? userRef(entry.actorId) : null;
  }
}
