import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { check, filterToWhere, loadOrThrow, paginate, requireWorkspaceId, type PageArgs } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Project } from "./project.entity.js";
import type { CreateProjectInput, DeleteProjectInput, ProjectFilter, ProjectOrder, UpdateProjectInput } from "./project.inputs.js";

const KEY_PATTERN = /^[A-Z][A-Z0-9]{1,11}$/;

/** Project use cases: each validates, changes, and flushes once. */
export const projectService = {
  list(
    ctx: PortfolioContext,
    filter: ProjectFilter | undefined,
    orderBy: ProjectOrder | undefined,
    page: PageArgs,
    scope: Record<string, unknown> = {},
  ) {
    const where = { ...filterToWhere(filter), ...scope };
    return paginate(ctx.em, Project, where, page, orderBy ? [{ [orderBy.field]: orderBy.direction }] : [{ createdAt: "asc" }]);
  },

  get(ctx: PortfolioContext, id: string, field = "id"): Promise<Project> {
    return loadOrThrow(ctx.loaders.project, "Project", id, field);
  },

  async create(ctx: PortfolioContext, input: CreateProjectInput): Promise<Project> {
    const workspaceId = requireWorkspaceId(ctx);
    const key = input.key.trim().toUpperCase();
    if (!KEY_PATTERN.test(key)) throw errors.invalidField("input.key", "must be 2-12 upper-case letters or digits, starting with a letter");
    check.dateOrder("input.startDate", input.startDate, "input.endDate", input.endDate);
    const ownerId = (await ctx.services.references.of(ctx).memberToStore(input.ownerId, "input.ownerId")) ?? ctx.viewer!.userId;
    const project = ctx.em.create(Project, {
      workspaceId,
      name: check.text("input.name", input.name, 200),
      key,
      description: check.optionalText("input.description", input.description, 10_000),
      category: check.optionalText("input.category", input.category, 80),
      status: input.status,
      health: input.health,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      ownerId,
    } as never);
    await flushUnique(ctx, key);
    return project;
  },

  async update(ctx: PortfolioContext, input: UpdateProjectInput): Promise<Project> {
    const project = await projectService.get(ctx, input.id, "input.id");
    check.version("Project", project, input.expectedVersion);
    const ownerId =
      input.ownerId === undefined
        ? project.ownerId
        : await ctx.services.references.of(ctx).memberToStore(input.ownerId, "input.ownerId", project.ownerId);
    if (input.name !== undefined && input.name !== null) project.name = check.text("input.name", input.name, 200);
    if (input.description !== undefined) project.description = check.optionalText("input.description", input.description, 10_000);
    if (input.category !== undefined) project.category = check.optionalText("input.category", input.category, 80);
    if (input.status) project.status = input.status;
    if (input.health) project.health = input.health;
    if (input.startDate !== undefined) project.startDate = input.startDate;
    if (input.endDate !== undefined) project.endDate = input.endDate;
    project.ownerId = ownerId;
    check.dateOrder("input.startDate", project.startDate, "input.endDate", project.endDate);
    await ctx.em.flush();
    return project;
  },

  async remove(ctx: PortfolioContext, input: DeleteProjectInput): Promise<string> {
    const project = await projectService.get(ctx, input.id, "input.id");
    check.version("Project", project, input.expectedVersion);
    ctx.em.remove(project);
    await ctx.em.flush();
    return project.id;
  },
};

async function flushUnique(ctx: PortfolioContext, key: string): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw errors.conflict(`A project with key ${key} already exists in this workspace`, {
        fields: [{ field: "input.key", message: "already in use" }],
      });
    }
    throw error;
  }
}
