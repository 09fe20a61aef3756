import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { Connection, PageArgs, type Page } from "@plateau/subgraph-kit";
import type { IdentityContext } from "../../context.js";
import { SecurityEvent } from "./security-event.entity.js";
import { SecurityEventFilter } from "./security-event.inputs.js";
import { securityEventService } from "./security-event.service.js";

export const SecurityEventConnection = Connection(SecurityEvent);

@Resolver(() => SecurityEvent)
export class SecurityEventResolver {
  @Query(() => SecurityEventConnection, { description: "Your account's security events, newest first." })
  mySecurityEvents(
    @Arg("filter", () => SecurityEventFilter, { nullable: true, description: "Only events that match; omit for all." })
    filter: SecurityEventFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: IdentityContext,
  ): Promise<Page<SecurityEvent>> {
    return securityEventService.list(ctx, filter, page);
  }
}
