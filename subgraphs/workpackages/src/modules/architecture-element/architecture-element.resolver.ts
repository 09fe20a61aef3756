import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, nullIfNotFound } from "@plateau/subgraph-kit";
import type { WorkPackagesContext } from "../../context.js";
import { PackageLink } from "../package-link/package-link.entity.js";
import { ArchitectureElement } from "./architecture-element.entity.js";
import {
  ArchitectureElementFilter,
  ArchitectureElementOrder,
  CreateArchitectureElementInput,
  DeleteArchitectureElementInput,
  UpdateArchitectureElementInput,
} from "./architecture-element.inputs.js";
import { ArchitectureElementPayload, DeleteArchitectureElementPayload } from "./architecture-element.types.js";
import { architectureElementService } from "./architecture-element.service.js";

export const ArchitectureElementConnection = Connection(ArchitectureElement);

@Resolver(() => ArchitectureElement)
export class ArchitectureElementResolver {
  @Query(() => ArchitectureElement, {
    nullable: true,
    description: "An element of the current workspace; null when there is none with this id.",
  })
  async architectureElement(
    @Arg("id", () => ID, { description: "The element's id; null when it is not one of the workspace's." }) id: string,
    @Ctx() ctx: WorkPackagesContext,
  ): Promise<ArchitectureElement | null> {
    return nullIfNotFound(architectureElementService.get(ctx, id));
  }

  @Query(() => ArchitectureElementConnection, {
    description: "The current workspace's architecture elements, by type and name unless ordered otherwise.",
  })
  architectureElements(
    @Arg("filter", () => ArchitectureElementFilter, { nullable: true, description: "Only elements that match; omit for all." })
    filter: ArchitectureElementFilter | undefined,
    @Arg("orderBy", () => ArchitectureElementOrder, { nullable: true, description: "The order (default: by type, then name)." })
    orderBy: ArchitectureElementOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: WorkPackagesContext,
  ) {
    return architectureElementService.list(ctx, filter, orderBy, page);
  }

  @Mutation(() => ArchitectureElementPayload, { description: "Needs MANAGER or above; CONFLICT when the type already has this name." })
  async createArchitectureElement(
    @Arg("input", () => CreateArchitectureElementInput, { description: "The new element's type, name and description." })
    input: CreateArchitectureElementInput,
    @Ctx() ctx: WorkPackagesContext,
  ): Promise<ArchitectureElementPayload> {
    return { element: await architectureElementService.create(ctx, input) };
  }

  @Mutation(() => ArchitectureElementPayload, { description: "Needs MANAGER or above." })
  async updateArchitectureElement(
    @Arg("input", () => UpdateArchitectureElementInput, { description: "The element and the fields to change." })
    input: UpdateArchitectureElementInput,
    @Ctx() ctx: WorkPackagesContext,
  ): Promise<ArchitectureElementPayload> {
    return { element: await architectureElementService.update(ctx, input) };
  }

  @Mutation(() => DeleteArchitectureElementPayload, { description: "Needs MANAGER or above. Deletes the element and its links." })
  async deleteArchitectureElement(
    @Arg("input", () => DeleteArchitectureElementInput, { description: "The element to delete." }) input: DeleteArchitectureElementInput,
    @Ctx() ctx: WorkPackagesContext,
  ): Promise<DeleteArchitectureElementPayload> {
    return { deletedArchitectureElementId: await architectureElementService.remove(ctx, input) };
  }

  @FieldResolver(() => [PackageLink], { description: "The work packages linked to this element." })
  links(@Root() element: ArchitectureElement, @Ctx() ctx: WorkPackagesContext): Promise<PackageLink[]> {
    return ctx.loaders.linksByElement.load(element.id);
  }
}
