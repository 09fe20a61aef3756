import { Field, ObjectType } from "type-graphql";
import { TimeEntry } from "../time-entry/time-entry.entity.js";
import { RunningTimer } from "./running-timer.entity.js";

@ObjectType({ description: "The timer as started." })
export class StartTimerPayload {
  @Field(() => RunningTimer, { description: "The running timer." }) runningTimer!: RunningTimer;
}

@ObjectType({ description: "The time entry the stopped timer became." })
export class StopTimerPayload {
  @Field(() => TimeEntry, { description: "The new entry: the timer's task, the day it started (workspace time zone), the hours it ran." })
  timeEntry!: TimeEntry;
}

@ObjectType({ description: "Whether a timer was discarded." })
export class DiscardTimerPayload {
  @Field(() => Boolean, { description: "True when a running timer was deleted; false when none was running." }) discarded!: boolean;
}
