import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { ProjectCategory } from "./category.entity.js";
import { CreateProjectCategoryInput, DeleteProjectCategoryInput, UpdateProjectCategoryInput } from "./category.inputs.js";
import { DeleteProjectCategoryPayload, ProjectCategoryConnection, ProjectCategoryPayload } from "./category.types.js";
import { categoryService } from "./category.service.js";

@Resolver(() => ProjectCategory)
export class CategoryResolver {
  @Query(() => ProjectCategoryConnection, { description: "The current workspace's project categories, by name." })
  projectCategories(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: PortfolioContext) {
    return categoryService.list(ctx, page);
  }

  @Mutation(() => ProjectCategoryPayload, {
    description: "Adds a category projects can be filed under. Needs MANAGER or above; CONFLICT when the name is taken.",
  })
  async createProjectCategory(
    @Arg("input", () => CreateProjectCategoryInput, { description: "The new category's name and colour." })
    input: CreateProjectCategoryInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<ProjectCategoryPayload> {
    return { category: await categoryService.create(ctx, input) };
  }

  @Mutation(() => ProjectCategoryPayload, {
    description: "Renames or recolours a category. Needs MANAGER or above; CONFLICT when the new name is taken.",
  })
  async updateProjectCategory(
    @Arg("input", () => UpdateProjectCategoryInput, { description: "The category and the fields to change." })
    input: UpdateProjectCategoryInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<ProjectCategoryPayload> {
    return { category: await categoryService.update(ctx, input) };
  }

  @Mutation(() => DeleteProjectCategoryPayload, {
    description: "Deletes a category no project uses; CONFLICT, saying how many projects use it, otherwise.",
  })
  async deleteProjectCategory(
    @Arg("input", () => DeleteProjectCategoryInput, { description: "The category to delete." }) input: DeleteProjectCategoryInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<DeleteProjectCategoryPayload> {
    return { deletedCategoryId: await categoryService.remove(ctx, input) };
  }

  @FieldResolver(() => Int, { description: "How many projects (archived ones included) are in this category." })
  projectCount(@Root() category: ProjectCategory, @Ctx() ctx: PortfolioContext): Promise<number> {
    return ctx.loaders.categoryProjectCount.load(category.id);
  }
}
