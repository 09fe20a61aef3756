import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ProjectCategory } from "./category.entity.js";

@InputType()
export class CreateProjectCategoryInput {
  @Field(() => String, { description: "At most 80 characters; unique within the workspace, ignoring case." }) name!: string;
  @Field(() => String, { nullable: true, description: "`#RRGGBB`." }) color?: string | null;
}

@InputType({ description: "Only the fields given are changed; null clears the colour." })
export class UpdateProjectCategoryInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the category is still at this version." })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) color?: string | null;
}

@InputType()
export class DeleteProjectCategoryInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}

@ObjectType()
export class ProjectCategoryPayload {
  @Field(() => ProjectCategory) category!: ProjectCategory;
}

@ObjectType()
export class DeleteProjectCategoryPayload {
  @Field(() => ID) deletedCategoryId!: string;
}
