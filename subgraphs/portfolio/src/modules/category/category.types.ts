import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "@plateau/subgraph-kit";
import { ProjectCategory } from "./category.entity.js";

@ObjectType({ description: "The category as created or edited." })
export class ProjectCategoryPayload {
  @Field(() => ProjectCategory, { description: "The category after the change." }) category!: ProjectCategory;
}

@ObjectType({ description: "What deleteProjectCategory removed." })
export class DeleteProjectCategoryPayload {
  @Field(() => ID, { description: "The id of the category that no longer exists." }) deletedCategoryId!: string;
}

export const ProjectCategoryConnection = Connection(ProjectCategory);
