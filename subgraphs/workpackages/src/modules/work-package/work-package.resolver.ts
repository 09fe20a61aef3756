import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Budget, budgetOf, Connection, PageArgs, nullIfNotFound } from "@plateau/subgraph-kit";
import type { WorkPackagesContext } from "../../context.js";
import { PackageLink } from "../package-link/package-link.entity.js";
import { Project, projectRef } from "../project/project.stub.js";
import { WorkPackage } from "./work-package.entity.js";
import {
  CreateWorkPackageInput,
  DeleteWorkPackageInput,
  UpdateWorkPackageInput,
  WorkPackageFilter,
  WorkPackageOrder,
} from "./work-package.inputs.js";
import { DeleteWorkPackagePayload, WorkPackagePayload } from "./work-package.types.js";
import { workPackageService } from "./work-package.service.js";

export const WorkPackageConnection = Connection(WorkPackage);

@Resolver(() => WorkPackage)
export class WorkPackageResolver {
  @Query(() => WorkPackage, {
    nullable: true,
    description: "A work package of the current workspace; null when there is none with this id.",
  })
  async workPackage(
    @Arg("id", () => ID, { description: "The package's id; null when it is not one of the workspace's." }) id: string,
    @Ctx() ctx: WorkPackagesContext,
  ): Promise<WorkPackage | null> {
    return nullIfNotFound(workPackageService.get(ctx, id));
  }

  @Query(() => WorkPackageConnection, { description: "The current workspace's work packages." })
  workPackages(
    @Arg("filter", () => WorkPackageFilter, { nullable: true, description: "Only packages that match; omit for all." })
    filter: WorkPackageFilter | undefined,
    @Arg("orderBy", () => WorkPackageOrder, { nullable: true, description: "The order (default: oldest first)." })
    orderBy: WorkPackageOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: WorkPackagesContext,
  ) {
    return workPackageService.list(ctx, filter, orderBy, page);
  }

  @Mutation(() => WorkPackagePayload, { description: "Needs MANAGER or above." })
  async createWorkPackage(
    @Arg("input", () => CreateWorkPackageInput, { description: "The new package's fields." }) input: CreateWorkPackageInput,
    @Ctx() ctx: WorkPackagesContext,
  ): Promise<WorkPackagePayload> {
    return { workPackage: await workPackageService.create(ctx, input) };
  }

  @Mutation(() => WorkPackagePayload, { description: "Needs MANAGER or above. Setting COMPLETED raises progress to 100." })
  async updateWorkPackage(
    @Arg("input", () => UpdateWorkPackageInput, { description: "The package and the fields to change." }) input: UpdateWorkPackageInput,
    @Ctx() ctx: WorkPackagesContext,
  ): Promise<WorkPackagePayload> {
    return { workPackage: await workPackageService.update(ctx, input) };
  }

  @Mutation(() => DeleteWorkPackagePayload, {
    description: "Needs MANAGER or above. Deletes the package and its links; its children become top-level.",
  })
  async deleteWorkPackage(
    @Arg("input", () => DeleteWorkPackageInput, { description: "The package to delete." }) input: DeleteWorkPackageInput,
    @Ctx() ctx: WorkPackagesContext,
  ): Promise<DeleteWorkPackagePayload> {
    return { deletedWorkPackageId: await workPackageService.remove(ctx, input) };
  }

  @FieldResolver(() => Budget, { nullable: true, description: "The budget allocated (budget at completion); null when none was set." })
  budget(@Root() workPackage: WorkPackage): Budget | null {
    return budgetOf(workPackage.budgetAmount === null ? null : String(workPackage.budgetAmount), workPackage.budgetCurrency);
  }

  @FieldResolver(() => Budget, {
    nullable: true,
    description: "The budget spent so far, in the budget's currency; null when not recorded.",
  })
  budgetSpent(@Root() workPackage: WorkPackage): Budget | null {
    return budgetOf(workPackage.budgetSpentAmount === null ? null : String(workPackage.budgetSpentAmount), workPackage.budgetCurrency);
  }

  @FieldResolver(() => Project, { nullable: true, description: "The portfolio project, resolved by portfolio." })
  project(@Root() workPackage: WorkPackage): Project | null {
    return projectRef(workPackage.projectId);
  }

  @FieldResolver(() => WorkPackage, { nullable: true, description: "The package this one is part of; null for a top-level package." })
  parent(@Root() workPackage: WorkPackage, @Ctx() ctx: WorkPackagesContext): Promise<WorkPackage | null> | null {
    return workPackage.parent ? ctx.loaders.workPackage.load(workPackage.parent.id) : null;
  }

  @FieldResolver(() => [WorkPackage], { description: "Direct children, oldest first." })
  children(@Root() workPackage: WorkPackage, @Ctx() ctx: WorkPackagesContext): Promise<WorkPackage[]> {
    return ctx.loaders.childrenByParent.load(workPackage.id);
  }

  @FieldResolver(() => [PackageLink], { description: "The architecture elements this package acts on." })
  links(@Root() workPackage: WorkPackage, @Ctx() ctx: WorkPackagesContext): Promise<PackageLink[]> {
    return ctx.loaders.linksByWorkPackage.load(workPackage.id);
  }
}
