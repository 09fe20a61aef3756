import { errors } from "@plateau/kernel";
import { check, inTransaction, loadOrThrow, paginate, parseId, requireWorkspaceId, type PageArgs } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { TimeCategory } from "./time-category.entity.js";
import type { CreateTimeCategoryInput, TimeCategoryFilter, UpdateTimeCategoryInput } from "./time-category.inputs.js";

const MAX_NAME_LENGTH = 120;
const nameTaken = (name: string) => ({
  unique: { field: "input.name", message: `A time category named ${name} already exists in this workspace` },
});

/** The workspace's catalogue of non-project time. */
export const timeCategoryService = {
  list(ctx: TimesheetsContext, filter: TimeCategoryFilter | undefined, page: PageArgs) {
    const where = filter?.archived === undefined || filter.archived === null ? {} : { archived: filter.archived };
    return paginate(ctx.em, TimeCategory, where, page, [{ name: "asc" }]);
  },

  async create(ctx: TimesheetsContext, input: CreateTimeCategoryInput): Promise<TimeCategory> {
    const workspaceId = requireWorkspaceId(ctx);
    const name = check.text("input.name", input.name, MAX_NAME_LENGTH);
    return inTransaction(
      ctx,
      async ({ em }) => em.create(TimeCategory, { workspaceId, name, billable: input.billable ?? false } as never),
      nameTaken(name),
    );
  },

  async update(ctx: TimesheetsContext, input: UpdateTimeCategoryInput): Promise<TimeCategory> {
    const category = await loadOrThrow(ctx.loaders.timeCategory, "TimeCategory", input.id, "input.id");
    check.version("TimeCategory", category, input.expectedVersion);
    const name = input.name == null ? category.name : check.text("input.name", input.name, MAX_NAME_LENGTH);
    return inTransaction(
      ctx,
      async () =>
        Object.assign(category, { name, billable: input.billable ?? category.billable, archived: input.archived ?? category.archived }),
      nameTaken(name),
    );
  },

  /** A category time may be logged in: of the workspace and not archived; BAD_USER_INPUT naming `field` otherwise. */
  async requireOpen(ctx: TimesheetsContext, id: string, field: string): Promise<TimeCategory> {
    const category = await ctx.loaders.timeCategory.load(parseId(id, field));
    if (!category) throw errors.invalidField(field, `no time category ${id} in this workspace`);
    if (category.archived) throw errors.invalidField(field, `the time category ${category.name} is archived`);
    return category;
  },
};
