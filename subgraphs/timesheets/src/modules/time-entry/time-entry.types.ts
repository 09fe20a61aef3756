import { Field, ID, ObjectType } from "type-graphql";
import { TimeEntry } from "./time-entry.entity.js";

@ObjectType({ description: "The time entry as logged or edited." })
export class TimeEntryPayload {
  @Field(() => TimeEntry, { description: "The entry after the change." }) timeEntry!: TimeEntry;
}

@ObjectType({ description: "What deleteTimeEntry removed." })
export class DeleteTimeEntryPayload {
  @Field(() => ID, { description: "The id of the entry that no longer exists." }) deletedTimeEntryId!: string;
}
