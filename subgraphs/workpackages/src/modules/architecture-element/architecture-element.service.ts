import {
  check,
  filterToWhere,
  flushOrConflict,
  paginate,
  type ConflictOptions,
  type PageArgs,
  loadOrThrow,
  requireWorkspaceId,
} from "@plateau/subgraph-kit";
import type { WorkPackagesContext } from "../../context.js";
import { ArchitectureElement } from "./architecture-element.entity.js";
import type {
  ArchitectureElementFilter,
  ArchitectureElementOrder,
  CreateArchitectureElementInput,
  DeleteArchitectureElementInput,
  UpdateArchitectureElementInput,
} from "./architecture-element.inputs.js";

const DESCRIPTION_MAX = 20_000;

/** A name already taken by another element of the same type. */
const duplicate = (element: Pick<ArchitectureElement, "type" | "name">): ConflictOptions => ({
  unique: {
    field: "input.name",
    message: `A ${element.type} named "${element.name}" already exists in this workspace`,
    fieldMessage: "already in use for this type",
  },
});

/** Architecture element use cases. */
export const architectureElementService = {
  list(
    ctx: WorkPackagesContext,
    filter: ArchitectureElementFilter | undefined,
    orderBy: ArchitectureElementOrder | undefined,
    page: PageArgs,
  ) {
    const order = orderBy ? [{ [orderBy.field]: orderBy.direction }] : [{ type: "asc" }, { name: "asc" }];
    return paginate(ctx.em, ArchitectureElement, filterToWhere(filter), page, order as never);
  },

  async get(ctx: WorkPackagesContext, id: string, field = "id"): Promise<ArchitectureElement> {
    return loadOrThrow(ctx.loaders.architectureElement, "ArchitectureElement", id, field);
  },

  async create(ctx: WorkPackagesContext, input: CreateArchitectureElementInput): Promise<ArchitectureElement> {
    const workspaceId = requireWorkspaceId(ctx);
    const element = ctx.em.create(ArchitectureElement, {
      workspaceId,
      type: input.type,
      name: check.text("input.name", input.name, 200),
      description: check.optionalText("input.description", input.description, DESCRIPTION_MAX),
    } as never);
    await flushOrConflict(ctx, duplicate(element));
    return element;
  },

  async update(ctx: WorkPackagesContext, input: UpdateArchitectureElementInput): Promise<ArchitectureElement> {
    const element = await architectureElementService.get(ctx, input.id, "input.id");
    check.version("ArchitectureElement", element, input.expectedVersion);
    if (input.name !== undefined && input.name !== null) element.name = check.text("input.name", input.name, 200);
    if (input.description !== undefined) element.description = check.optionalText("input.description", input.description, DESCRIPTION_MAX);
    await flushOrConflict(ctx, duplicate(element));
    return element;
  },

  /** Deletes the element; the foreign key takes its links with it. */
  async remove(ctx: WorkPackagesContext, input: DeleteArchitectureElementInput): Promise<string> {
    const element = await architectureElementService.get(ctx, input.id, "input.id");
    check.version("ArchitectureElement", element, input.expectedVersion);
    ctx.em.remove(element);
    await flushOrConflict(ctx);
    return element.id;
  },
};
