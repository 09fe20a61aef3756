import { Arg, Args, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Connection, PageArgs } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { TimeCategory } from "./time-category.entity.js";
import { CreateTimeCategoryInput, TimeCategoryFilter, UpdateTimeCategoryInput } from "./time-category.inputs.js";
import { timeCategoryService } from "./time-category.service.js";

export const TimeCategoryConnection = Connection(TimeCategory);

@ObjectType({ description: "The time category after the change." })
export class TimeCategoryPayload {
  @Field(() => TimeCategory, { description: "The category." }) timeCategory!: TimeCategory;
}

@Resolver(() => TimeCategory)
export class TimeCategoryResolver {
  @Query(() => TimeCategoryConnection, { description: "The workspace's kinds of non-project time, by name." })
  timeCategories(
    @Arg("filter", () => TimeCategoryFilter, { nullable: true, description: "Only categories that match; omit for all." })
    filter: TimeCategoryFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: TimesheetsContext,
  ) {
    return timeCategoryService.list(ctx, filter, page);
  }

  @Mutation(() => TimeCategoryPayload, { description: "Adds a kind of non-project time to the catalogue. MANAGER and above." })
  async createTimeCategory(
    @Arg("input", () => CreateTimeCategoryInput, { description: "Its name and default billability." }) input: CreateTimeCategoryInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<TimeCategoryPayload> {
    return { timeCategory: await timeCategoryService.create(ctx, input) };
  }

  @Mutation(() => TimeCategoryPayload, { description: "Renames, re-bills, archives or restores a category. MANAGER and above." })
  async updateTimeCategory(
    @Arg("input", () => UpdateTimeCategoryInput, { description: "The category and what to change." }) input: UpdateTimeCategoryInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<TimeCategoryPayload> {
    return { timeCategory: await timeCategoryService.update(ctx, input) };
  }
}
