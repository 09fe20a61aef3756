import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";
import { User } from "../user/user.stub.js";
import { TimesheetStatus, WeeklyTimesheet } from "./weekly-timesheet.entity.js";

/**
 * What happened to a week, by the `timesheets.timesheet.*` event (weekly-timesheet.events.ts), and
 * SUBSCRIBED, which the gateway sends first to a subscriber that asked for `acknowledge`.
 */
export const TimesheetEventKind = {
  SUBMITTED: "SUBMITTED",
  APPROVED: "APPROVED",
  REJECTED: "REJECTED",
  REOPENED: "REOPENED",
  SUBSCRIBED: "SUBSCRIBED",
} as const;
export type TimesheetEventKind = (typeof TimesheetEventKind)[keyof typeof TimesheetEventKind];

registerEnumType(TimesheetEventKind, {
  name: "TimesheetEventKind",
  description: "What happened to a weekly timesheet.",
  valuesConfig: {
    SUBMITTED: { description: "Its owner submitted it for approval." },
    APPROVED: { description: "An approver approved it." },
    REJECTED: { description: "An approver sent it back; `reason` says why." },
    REOPENED: { description: "It was opened again as a DRAFT (withdrawn by its owner, or reopened by an approver or an ADMIN)." },
    SUBSCRIBED: {
      description:
        "Only with `acknowledge: true`, always first: the subscription is live from `cursor` (pass it as `after` to resume). " +
        "Not a change and no week: `timesheet`, `timesheetId`, `weekStart`, `status` and `actor` are null.",
    },
  },
});

/**
 * One event of `timesheetChanged` or `timesheetApprovalsChanged`, as the gateway delivers it. Declared
 * here for composition, GraphiQL and codegen; never resolved by this subgraph: the gateway fills the
 * scalars from the event and resolves `timesheet`, `user` and `actor` as the subscriber.
 */
@ObjectType({ description: "A weekly timesheet was submitted, approved, rejected or reopened." })
export class TimesheetEvent {
  @Field(() => ID, { description: "The domain event's id: the same event delivered twice has the same id." })
  eventId!: string;

  @Field(() => String, { description: "The event's stream position: pass it as `after` when subscribing again to get what was missed." })
  cursor!: string;

  @Field(() => TimesheetEventKind, { description: "What happened (SUBSCRIBED: nothing, the subscription is live)." })
  kind!: TimesheetEventKind;

  @Field(() => Date, { description: "When it happened." })
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: "The WeeklyTimesheet's id; null for SUBSCRIBED." })
  timesheetId?: string | null;

  @Field(() => WeeklyTimesheet, { nullable: true, description: "The week now, as the subscriber sees it; null for SUBSCRIBED." })
  timesheet?: WeeklyTimesheet | null;

  @Field(() => User, { nullable: true, description: "Whose week (timesheetChanged: the user watched)." })
  user?: User | null;

  @Field(() => LocalDate, { nullable: true, description: "The week's Monday; null for SUBSCRIBED." })
  weekStart?: string | null;

  @Field(() => TimesheetStatus, { nullable: true, description: "The week's status after the change; null for SUBSCRIBED." })
  status?: TimesheetStatus | null;

  @Field(() => TimesheetStatus, { nullable: true, description: "Its status before the change; null for SUBSCRIBED." })
  previousStatus?: TimesheetStatus | null;

  @Field(() => String, { nullable: true, description: "The reason given: a rejection's, or a reopening's when one was given." })
  reason?: string | null;

  @Field(() => User, { nullable: true, description: "Who made the change; null for SUBSCRIBED." })
  actor?: User | null;
}
