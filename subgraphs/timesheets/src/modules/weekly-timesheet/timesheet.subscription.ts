import { Arg, ID, Resolver, Subscription } from "type-graphql";
import { ACKNOWLEDGE_DESCRIPTION, servedByGateway } from "@plateau/subgraph-kit";
import { TimesheetEvent } from "./timesheet-event.types.js";

/**
 * Declares `timesheetChanged` and `timesheetApprovalsChanged` for the supergraph (composition, GraphiQL,
 * codegen). The gateway executes them over graphql-ws from the `timesheets.timesheet.*` events on the
 * timesheets stream; this subgraph serves HTTP only, so subscribing here is refused with BAD_USER_INPUT.
 */
@Resolver(() => TimesheetEvent)
export class TimesheetSubscriptionResolver {
  @Subscription(() => TimesheetEvent, {
    subscribe: servedByGateway,
    description:
      "One user's weeks as they are submitted, approved, rejected and reopened: your own, anyone's for MANAGER and above, a team's members' for its lead (FORBIDDEN otherwise). Pass the last `cursor` you received as `after` to get what you missed first.",
  })
  // The arguments are for the gateway; listed last-first because type-graphql prints them in reverse.
  timesheetChanged(
    @Arg("acknowledge", () => Boolean, { defaultValue: false, description: ACKNOWLEDGE_DESCRIPTION }) _acknowledge: boolean,
    @Arg("after", () => String, { nullable: true, description: "The `cursor` of the last event received." }) _after: string | null,
    @Arg("userId", () => ID, {
      description: "Whose weeks to follow: yours, a member's (MANAGER and above), or a member of a team you lead.",
    })
    _userId: string,
  ): TimesheetEvent {
    return servedByGateway();
  }

  @Subscription(() => TimesheetEvent, {
    subscribe: servedByGateway,
    description:
      "The approval queue as it changes: every week that is submitted (it joins `timesheetsAwaitingApproval`) or leaves SUBMITTED (approved, rejected or withdrawn). The workspace's for MANAGER and above; for a MEMBER, the weeks they decide as a team's lead.",
  })
  timesheetApprovalsChanged(
    @Arg("acknowledge", () => Boolean, { defaultValue: false, description: ACKNOWLEDGE_DESCRIPTION }) _acknowledge: boolean,
    @Arg("after", () => String, { nullable: true, description: "The `cursor` of the last event received." }) _after: string | null,
  ): TimesheetEvent {
    return servedByGateway();
  }
}
