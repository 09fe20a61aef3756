import { ForeignKeyConstraintViolationException } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { check, loadOrThrow, paginate, parseId, requireWorkspaceId, sqlRows, type PageArgs, flushOrConflict } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { ProjectCategory } from "./category.entity.js";
import type { CreateProjectCategoryInput, DeleteProjectCategoryInput, UpdateProjectCategoryInput } from "./category.inputs.js";

const NAME_MAX = 80;
const COLOR = /^#[0-9A-Fa-f]{6}$/;

function checkColor(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  const color = value.trim();
  if (!COLOR.test(color)) throw errors.invalidField("input.color", `"${value}" is not a colour of the form #RRGGBB`);
  return color.toUpperCase();
}

/**
 * The workspace's project categories. A category in use cannot be deleted: CONFLICT says how many
 * projects use it, so nobody loses a classification by accident (reassign or clear them first). The
 * foreign key from project to category (ON DELETE RESTRICT) holds the line against a concurrent edit.
 */
export const categoryService = {
  list(ctx: PortfolioContext, page: PageArgs) {
    return paginate(ctx.em, ProjectCategory, {}, page, [{ nameKey: "asc" }]);
  },

  get(ctx: PortfolioContext, id: string, field = "id"): Promise<ProjectCategory> {
    return loadOrThrow(ctx.loaders.category, "ProjectCategory", id, field);
  },

  /**
   * The category id to store on a project from `input.categoryId`: null when cleared; BAD_USER_INPUT naming
   * `field` when there is no such category in this workspace (another workspace's answers the same).
   */
  async toStore(ctx: PortfolioContext, categoryId: string | null | undefined, field: string): Promise<string | null> {
    if (!categoryId) return null;
    const category = await ctx.loaders.category.load(parseId(categoryId, field));
    if (!category) throw errors.invalidField(field, `no project category ${categoryId} in this workspace`);
    return category.id;
  },

  async create(ctx: PortfolioContext, input: CreateProjectCategoryInput): Promise<ProjectCategory> {
    const workspaceId = requireWorkspaceId(ctx);
    const name = check.text("input.name", input.name, NAME_MAX);
    const category = ctx.em.create(ProjectCategory, {
      workspaceId,
      name,
      nameKey: name.toLowerCase(),
      color: checkColor(input.color),
    } as never);
    await flushOrConflict(ctx, {
      unique: { field: "input.name", message: `A project category named "${name}" already exists in this workspace` },
    });
    return category;
  },

  async update(ctx: PortfolioContext, input: UpdateProjectCategoryInput): Promise<ProjectCategory> {
    const category = await categoryService.get(ctx, input.id, "input.id");
    check.version("ProjectCategory", category, input.expectedVersion);
    if (input.name !== undefined && input.name !== null) {
      category.name = check.text("input.name", input.name, NAME_MAX);
      category.nameKey = category.name.toLowerCase();
    }
    if (input.color !== undefined) category.color = checkColor(input.color);
    await flushOrConflict(ctx, {
      unique: { field: "input.name", message: `A project category named "${category.name}" already exists in this workspace` },
    });
    return category;
  },

  async remove(ctx: PortfolioContext, input: DeleteProjectCategoryInput): Promise<string> {
    const category = await categoryService.get(ctx, input.id, "input.id");
    check.version("ProjectCategory", category, input.expectedVersion);
    const [usage] = await sqlRows<{ projects: string }>(
      ctx.em,
      `select count(*) as projects from portfolio.project where workspace_id = ? and category_id = ?`,
      [category.workspaceId, category.id],
    );
    const inUse = Number(usage?.projects ?? 0);
    if (inUse > 0) throw inUseConflict(category, inUse);
    ctx.em.remove(category);
    try {
      await ctx.em.flush();
    } catch (error) {
      // A project took the category between the count and the delete.
      if (error instanceof ForeignKeyConstraintViolationException) throw inUseConflict(category, null);
      throw error;
    }
    return category.id;
  },
};

function inUseConflict(category: ProjectCategory, projects: number | null) {
  const count = projects === null ? "projects use it" : projects === 1 ? "1 project uses it" : `${projects} projects use it`;
  return errors.conflict(`Project category "${category.name}" is in use: ${count}; move them to another category or clear theirs first`, {
    projectCount: projects,
  });
}
