import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "The project whose current dates become its baseline." })
export class SetProjectBaselineInput {
  @Field(() => ID, { description: "The project." }) projectId!: string;
}
