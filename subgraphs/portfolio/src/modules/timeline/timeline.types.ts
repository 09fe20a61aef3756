import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";
import { TaskDependency } from "../dependency/task-dependency.entity.js";
import type { Milestone } from "../milestone/milestone.entity.js";
import type { Task } from "../task/task.entity.js";

export enum TimelineBarKind {
  TASK = "TASK",
  MILESTONE = "MILESTONE",
}
registerEnumType(TimelineBarKind, {
  description: "What a Gantt bar stands for.",
  valuesConfig: {
    TASK: { description: "A task: from its start to its due date." },
    MILESTONE: { description: "A milestone: a zero-day bar on its due date." },
  },
  name: "TimelineBarKind",
});

/**
 * One bar of a project's Gantt chart: a task, or a milestone (zero days long). Dates are calendar
 * days, inclusive; see timeline/schedule.ts for how they are computed.
 */
@ObjectType({ description: "A bar of a project's Gantt chart: a task or a milestone, with its planned, computed and baseline dates." })
export class TimelineBar {
  @Field(() => ID, { description: "The task's or milestone's id." })
  id!: string;

  @Field(() => TimelineBarKind, { description: "Whether the bar is a task or a milestone." })
  kind!: TimelineBarKind;

  @Field(() => String, { description: "The task's title or the milestone's name." })
  title!: string;

  /** The task itself (kind TASK); exposed through a field resolver. */
  taskEntity!: Task | null;

  /** The milestone itself (kind MILESTONE); exposed through a field resolver. */
  milestoneEntity!: Milestone | null;

  @Field(() => LocalDate, { nullable: true, description: "A task's start date; a milestone's due date." })
  plannedStart!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "A task's due date; a milestone's due date." })
  plannedEnd!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The planned start when the baseline was set; null without one." })
  baselineStart!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The planned end when the baseline was set; null without one." })
  baselineEnd!: string | null;

  @Field(() => Int, { description: "Days the bar lasts (0 for a milestone)." })
  durationDays!: number;

  @Field(() => Boolean, { description: "A DONE task or an ACHIEVED milestone: pinned at its dates, never critical." })
  done!: boolean;

  @Field(() => LocalDate, { description: "First day it can start (forward pass)." })
  earliestStart!: string;

  @Field(() => LocalDate, { description: "Last day of work at the earliest start." })
  earliestFinish!: string;

  @Field(() => LocalDate, { description: "Last day it can start without delaying the project (backward pass)." })
  latestStart!: string;

  @Field(() => LocalDate, { description: "Last day it can finish without delaying the project (backward pass)." })
  latestFinish!: string;

  @Field(() => Int, { description: "Days it can slip without delaying the project's end." })
  totalSlackDays!: number;

  @Field(() => Boolean, { description: "On a critical path: open, with no slack." })
  critical!: boolean;

  @Field(() => Int, { nullable: true, description: "earliestStart − baselineStart in days; positive is late. Null without a baseline." })
  startDriftDays!: number | null;

  @Field(() => Int, { nullable: true, description: "earliestFinish − baselineEnd in days; positive is late. Null without a baseline." })
  endDriftDays!: number | null;
}

/** A project's Gantt data. */
@ObjectType({ description: "A project's Gantt data: bars, dependencies, the critical paths and drift from the baseline." })
export class Timeline {
  @Field(() => ID, { description: "The project charted." })
  projectId!: string;

  @Field(() => LocalDate, { nullable: true, description: "The project's planned start." })
  plannedStart!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The project's planned end." })
  plannedEnd!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The project's planned start when its baseline was set." })
  baselineStart!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The project's planned end when its baseline was set." })
  baselineEnd!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The earliest start of any bar; null without bars." })
  start!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "When the project finishes at the earliest (forward pass); null without bars." })
  end!: string | null;

  @Field(() => [TimelineBar], { description: "The project's tasks (oldest first), then its milestones (by due date)." })
  bars!: TimelineBar[];

  @Field(() => [TaskDependency], {
    description: "The dependencies between the project's tasks. A milestone's linked tasks also precede it (finish-to-start).",
  })
  dependencies!: TaskDependency[];

  @Field(() => [[ID]], { description: "Chains of critical bar ids, from a bar nothing drives to one finishing with the project." })
  criticalPaths!: string[][];

  @Field(() => Boolean, { description: "True when more critical paths exist than were listed (50)." })
  criticalPathsTruncated!: boolean;
}

@ObjectType({ description: "The timeline measured against its new baseline." })
export class SetProjectBaselinePayload {
  @Field(() => Timeline, { description: "The project's timeline with the new baseline (drift 0 where nothing was rescheduled)." })
  timeline!: Timeline;
}
