import { Directive, Field, ID, ObjectType } from "type-graphql";

/** portfolio's Task, as timesheets knows it: its id, plus `timeLogged` and `timeEntries`. */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Task {
  @Field(() => ID)
  id!: string;
}

/** A reference to a Task for a field that points at one. */
export const taskRef = (id: string): Task => ({ id });
