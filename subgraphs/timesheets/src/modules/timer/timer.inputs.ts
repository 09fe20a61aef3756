import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "What to track time on." })
export class StartTimerInput {
  @Field(() => ID, { description: "The portfolio task worked on." }) taskId!: string;
  @Field(() => ID, { description: "The task's project." }) projectId!: string;
  @Field(() => String, { nullable: true, description: "A note for the entry (at most 2000 characters)." }) note?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Whether the entry will be billable; default true." }) billable?: boolean | null;
}

@InputType({ description: "How to finish the running timer's entry." })
export class StopTimerInput {
  @Field(() => String, { nullable: true, description: "Replaces the timer's note (at most 2000 characters); omit to keep it." })
  note?: string | null;
}
