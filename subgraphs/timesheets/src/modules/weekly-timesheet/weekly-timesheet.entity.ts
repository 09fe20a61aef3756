import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate, TenantEntity, VersionedTenantEntity } from "@plateau/subgraph-kit";

/** Where a user's week stands (docs/api/timesheets.md). */
export enum TimesheetStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}

registerEnumType(TimesheetStatus, {
  name: "TimesheetStatus",
  description: "Where a user's week stands. SUBMITTED and APPROVED weeks are locked: their entries cannot be logged, changed or deleted.",
  valuesConfig: {
    DRAFT: { description: "Open: never submitted, or reopened. Its entries can be changed." },
    SUBMITTED: { description: "Sent for approval; locked until approved, rejected or reopened." },
    APPROVED: { description: "Approved; locked until an ADMIN or OWNER reopens it." },
    REJECTED: { description: "Sent back with a reason; open again, to be corrected and submitted anew." },
  },
});

/** The statuses that lock a week's entries. */
export const LOCKED_STATUSES: readonly TimesheetStatus[] = [TimesheetStatus.SUBMITTED, TimesheetStatus.APPROVED];

/**
 * One user's ISO week in one workspace, once it has left DRAFT for the first time. A week without a
 * row is a DRAFT; its id is the same name-based UUID either way (iso-week.ts, `timesheetIdFor`).
 */
@ObjectType({ description: "One user's ISO week (Monday to Sunday) of time, and where its approval stands." })
@Entity({ tableName: "weekly_timesheet" })
@Unique({ properties: ["workspaceId", "userId", "weekStart"] })
@Index({ properties: ["workspaceId", "status", "weekStart"] })
export class WeeklyTimesheet extends VersionedTenantEntity {
  /** Whose week (a User owned by identity). */
  @Property({ type: "uuid" })
  userId!: string;

  @Field(() => LocalDate, { description: "The week's Monday." })
  @Property({ type: "date" })
  weekStart!: string;

  @Field(() => TimesheetStatus, { description: "Where the week stands." })
  @Enum({ items: () => TimesheetStatus })
  status: TimesheetStatus = TimesheetStatus.DRAFT;

  @Field(() => Date, { nullable: true, description: "When it was last submitted; null when never." })
  @Property({ type: "datetime", nullable: true })
  submittedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: "When it was last approved or rejected; null when not decided since it was last submitted.",
  })
  @Property({ type: "datetime", nullable: true })
  decidedAt: Date | null = null;

  /** Who approved or rejected it last (null: undecided); exposed as `decidedBy`. */
  @Property({ type: "uuid", nullable: true })
  decidedById: string | null = null;

  @Field(() => String, { nullable: true, description: "Why it was rejected, while it is REJECTED; null otherwise." })
  @Property({ type: "text", nullable: true })
  rejectionReason: string | null = null;
}

/** One change of a week's status: who moved it from what to what, when and why. Append-only. */
@ObjectType({ description: "One change of a week's status." })
@Entity({ tableName: "timesheet_transition" })
@Index({ properties: ["workspaceId", "timesheet", "createdAt"] })
export class TimesheetTransition extends TenantEntity {
  @ManyToOne({ entity: () => WeeklyTimesheet, ref: true, deleteRule: "cascade" })
  timesheet!: Ref<WeeklyTimesheet>;

  @Field(() => TimesheetStatus, { description: "The status before." })
  @Enum({ items: () => TimesheetStatus })
  from!: TimesheetStatus;

  @Field(() => TimesheetStatus, { description: "The status after." })
  @Enum({ items: () => TimesheetStatus })
  to!: TimesheetStatus;

  /** Who made the change; exposed as `actor`. */
  @Property({ type: "uuid" })
  actorId!: string;

  @Field(() => String, { nullable: true, description: "The reason given (required to reject; optional to reopen); null when none." })
  @Property({ type: "text", nullable: true })
  reason: string | null = null;
}
