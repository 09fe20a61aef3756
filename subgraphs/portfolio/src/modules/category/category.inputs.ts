import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ProjectCategory } from "./category.entity.js";

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

@ObjectType({ description: "The category as created or edited." })
export class ProjectCategoryPayload {
  @Field(() => ProjectCategory, { description: "The category after the change." }) category!: ProjectCategory;
}

@ObjectType({ description: "What deleteProjectCategory removed." })
export class DeleteProjectCategoryPayload {
  @Field(() => ID, { description: "The id of the category that no longer exists." }) deletedCategoryId!: string;
}
