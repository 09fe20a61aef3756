import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "A new project category in the current workspace." })
export class CreateProjectCategoryInput {
  @Field(() => String, { description: "At most 80 characters; unique within the workspace, ignoring case." }) name!: string;
  @Field(() => String, { nullable: true, description: "`#RRGGBB`." }) color?: string | null;
}

@InputType({ description: "Only the fields given are changed; null clears the colour." })
export class UpdateProjectCategoryInput {
  @Field(() => ID, { description: "The category to edit." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the category is still at this version." })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: "A new name, at most 80 characters, unique within the workspace ignoring case." })
  name?: string | null;
  @Field(() => String, { nullable: true, description: "A new colour, `#RRGGBB`; null clears it." }) color?: string | null;
}

@InputType({ description: "A category no project uses, to delete." })
export class DeleteProjectCategoryInput {
  @Field(() => ID, { description: "The category to delete." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the category is still at this version." }) expectedVersion?:
    number | null;
}
