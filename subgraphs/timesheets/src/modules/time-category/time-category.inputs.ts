import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "A new kind of non-project time." })
export class CreateTimeCategoryInput {
  @Field(() => String, { description: "1 to 120 characters, unique within the workspace." }) name!: string;
  @Field(() => Boolean, { nullable: true, description: "Whether its time is billable by default; default false." }) billable?:
    boolean | null;
}

@InputType({ description: "Only the fields given change." })
export class UpdateTimeCategoryInput {
  @Field(() => ID, { description: "The TimeCategory." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the category is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true, description: "A new name, unique within the workspace." }) name?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Whether its time is billable by default." }) billable?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Archive it (no new time in it) or bring it back." }) archived?: boolean | null;
}

@InputType({ description: "Filters time categories." })
export class TimeCategoryFilter {
  @Field(() => Boolean, { nullable: true, description: "true: archived ones only; false: the ones in use only." }) archived?:
    boolean | null;
}
