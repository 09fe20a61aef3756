import { ref } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import {
  check,
  filterToWhere,
  flushOrConflict,
  paginateRows,
  parseId,
  type PageArgs,
  loadOrThrow,
  sqlRows,
  requireWorkspaceId,
  today,
  parseBudget,
  type BudgetInput,
} from "@plateau/subgraph-kit";
import type { WorkPackagesContext } from "../../context.js";
import { WorkPackage, WorkPackageStatus } from "./work-package.entity.js";
import {
  WORK_PACKAGE_FILTER_FIELDS,
  type CreateWorkPackageInput,
  type DeleteWorkPackageInput,
  type UpdateWorkPackageInput,
  type WorkPackageFilter,
  type WorkPackageOrder,
} from "./work-package.inputs.js";

const DESCRIPTION_MAX = 20_000;
/** The most effort one package may be given, in hours: a guard against typos (about 570 person-years). */
const EFFORT_MAX_HOURS = 1_000_000;

/** Effort in hours: null, or 0 to {@link EFFORT_MAX_HOURS}. */
const checkHours = (field: string, hours: number | null | undefined): number | null =>
  check.optionalRange(field, hours, 0, EFFORT_MAX_HOURS);

/**
 * The budget spent, in the budget's currency: BAD_USER_INPUT naming `input.budgetSpent` without a budget or in
 * another currency; null clears it.
 */
function spentIn(budgetCurrency: string | null, spent: BudgetInput | null): string | null {
  if (spent === null) return null;
  if (budgetCurrency === null) throw errors.invalidField("input.budgetSpent", "a budget spent needs a budget allocated (input.budget)");
  const parsed = parseBudget(spent, "input.budgetSpent");
  if (parsed.budgetCurrency !== budgetCurrency) {
    throw errors.invalidField("input.budgetSpent.currency", `the budget spent must be in the budget's currency, ${budgetCurrency}`);
  }
  return parsed.budgetAmount;
}

/** The actual dates: the finish not before the start, neither in the future (UTC); BAD_USER_INPUT names the field. */
function checkActualDates(start: string | null, end: string | null): void {
  check.dateOrder("input.actualStartDate", start, "input.actualEndDate", end);
  const now = today();
  if (start && start > now) throw errors.invalidField("input.actualStartDate", `an actual start cannot be in the future (today is ${now})`);
  if (end && end > now) throw errors.invalidField("input.actualEndDate", `an actual end cannot be in the future (today is ${now})`);
}

/** A COMPLETED package is done: its progress cannot stay below 100 (the reverse is not forced). */
export function settleProgress(status: WorkPackageStatus, progress: number): number {
  return status === WorkPackageStatus.COMPLETED && progress < 100 ? 100 : progress;
}

/** Work package use cases: each authorizes, validates, changes, and flushes once. */
export const workPackageService = {
  list(ctx: WorkPackagesContext, filter: WorkPackageFilter | undefined, orderBy: WorkPackageOrder | undefined, page: PageArgs) {
    const where = filterToWhere(filter, "filter", WORK_PACKAGE_FILTER_FIELDS);
    return paginateRows(ctx.em, WorkPackage, where, page, orderBy ? [{ [orderBy.field]: orderBy.direction }] : [{ createdAt: "asc" }]);
  },

  async get(ctx: WorkPackagesContext, id: string, field = "id"): Promise<WorkPackage> {
    return loadOrThrow(ctx.loaders.workPackage, "WorkPackage", id, field);
  },

  async create(ctx: WorkPackagesContext, input: CreateWorkPackageInput): Promise<WorkPackage> {
    const workspaceId = requireWorkspaceId(ctx);
    const name = check.text("input.name", input.name, 200);
    const description = check.optionalText("input.description", input.description, DESCRIPTION_MAX);
    const progress = check.range("input.progress", input.progress ?? 0, 0, 100);
    const projectId = await ctx.references.projectToStore(input.projectId, "input.projectId");
    const parent = input.parentId ? await loadParent(ctx, input.parentId) : null;
    check.dateOrder("input.startDate", input.startDate, "input.endDate", input.endDate);
    checkActualDates(input.actualStartDate ?? null, input.actualEndDate ?? null);
    const estimatedEffortHours = checkHours("input.estimatedEffortHours", input.estimatedEffortHours);
    const actualEffortHours = checkHours("input.actualEffortHours", input.actualEffortHours);
    const budget = parseBudget(input.budget ?? null, "input.budget");
    const budgetSpentAmount = spentIn(budget.budgetCurrency, input.budgetSpent ?? null);
    const status = input.status ?? WorkPackageStatus.PLANNED;
    const workPackage = ctx.em.create(WorkPackage, {
      workspaceId,
      name,
      description,
      kind: input.kind ?? undefined,
      status,
      riskLevel: input.riskLevel ?? undefined,
      progress: settleProgress(status, progress),
      projectId,
      parent: parent ? ref(WorkPackage, parent.id) : null,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      actualStartDate: input.actualStartDate ?? null,
      actualEndDate: input.actualEndDate ?? null,
      estimatedEffortHours,
      actualEffortHours,
      ...budget,
      budgetSpentAmount,
    } as never);
    await flushOrConflict(ctx);
    return workPackage;
  },

  async update(ctx: WorkPackagesContext, input: UpdateWorkPackageInput): Promise<WorkPackage> {
    const workPackage = await workPackageService.get(ctx, input.id, "input.id");
    check.version("WorkPackage", workPackage, input.expectedVersion);
    if (input.name !== undefined && input.name !== null) workPackage.name = check.text("input.name", input.name, 200);
    if (input.description !== undefined)
      workPackage.description = check.optionalText("input.description", input.description, DESCRIPTION_MAX);
    if (input.kind) workPackage.kind = input.kind;
    if (input.status) workPackage.status = input.status;
    if (input.riskLevel) workPackage.riskLevel = input.riskLevel;
    if (input.progress !== undefined && input.progress !== null)
      workPackage.progress = check.range("input.progress", input.progress, 0, 100);
    if (input.projectId !== undefined) {
      workPackage.projectId = await ctx.references.projectToStore(input.projectId, "input.projectId", workPackage.projectId);
    }
    if (input.parentId !== undefined) {
      const parent = input.parentId ? await loadParent(ctx, input.parentId) : null;
      if (parent) await refuseCycle(ctx, workPackage, parent);
      workPackage.parent = parent ? ref(WorkPackage, parent.id) : null;
    }
    if (input.startDate !== undefined) workPackage.startDate = input.startDate;
    if (input.endDate !== undefined) workPackage.endDate = input.endDate;
    check.dateOrder("input.startDate", workPackage.startDate, "input.endDate", workPackage.endDate);
    if (input.actualStartDate !== undefined) workPackage.actualStartDate = input.actualStartDate;
    if (input.actualEndDate !== undefined) workPackage.actualEndDate = input.actualEndDate;
    checkActualDates(workPackage.actualStartDate, workPackage.actualEndDate);
    if (input.estimatedEffortHours !== undefined)
      workPackage.estimatedEffortHours = checkHours("input.estimatedEffortHours", input.estimatedEffortHours);
    if (input.actualEffortHours !== undefined)
      workPackage.actualEffortHours = checkHours("input.actualEffortHours", input.actualEffortHours);
    if (input.budget !== undefined) {
      const budget = parseBudget(input.budget, "input.budget");
      // Spending in another currency, or without a budget, would mean nothing: a new currency or no budget clears it.
      if (budget.budgetCurrency !== workPackage.budgetCurrency) workPackage.budgetSpentAmount = null;
      Object.assign(workPackage, budget);
    }
    if (input.budgetSpent !== undefined) workPackage.budgetSpentAmount = spentIn(workPackage.budgetCurrency, input.budgetSpent);
    workPackage.progress = settleProgress(workPackage.status, workPackage.progress);
    await flushOrConflict(ctx);
    return workPackage;
  },

  /** Deletes the package and its links; its children stay, as top-level packages. */
  async remove(ctx: WorkPackagesContext, input: DeleteWorkPackageInput): Promise<string> {
    const workPackage = await workPackageService.get(ctx, input.id, "input.id");
    check.version("WorkPackage", workPackage, input.expectedVersion);
    // Detached through the ORM (not only the foreign key's SET NULL) so each child's version moves on.
    for (const child of await ctx.loaders.childrenByParent.load(workPackage.id)) child.parent = null;
    ctx.em.remove(workPackage);
    await flushOrConflict(ctx);
    return workPackage.id;
  },
};

/** The proposed parent, which must be a package of the caller's workspace (the tenant filter hides others). */
async function loadParent(ctx: WorkPackagesContext, parentId: string): Promise<WorkPackage> {
  const parent = await ctx.loaders.workPackage.load(parseId(parentId, "input.parentId"));
  if (!parent) throw errors.invalidField("input.parentId", `no work package ${parentId} in this workspace`);
  return parent;
}

/**
 * Refuses a parent that is the package itself or one of its descendants. One recursive query walks up
 * from the proposed parent; raw SQL is not tenant-filtered, so the workspace is part of it, and `union`
 * (not `union all`) ends the walk even on data that already loops.
 */
async function refuseCycle(ctx: WorkPackagesContext, workPackage: WorkPackage, parent: WorkPackage): Promise<void> {
  const cycle = () =>
    errors.invalidField(
      "input.parentId",
      `work package ${parent.id} is ${workPackage.name} itself or one of its descendants; that would make a cycle`,
    );
  if (parent.id === workPackage.id) throw cycle();
  const rows = await sqlRows(
    ctx.em,
    `with recursive ancestors (id, parent_id) as (
       select id, parent_id from workpackages.work_package where workspace_id = ? and id = ?
       union
       select w.id, w.parent_id from workpackages.work_package w
         join ancestors a on w.id = a.parent_id
        where w.workspace_id = ?
     )
     select 1 as found from ancestors where id = ? limit 1`,
    [workPackage.workspaceId, parent.id, workPackage.workspaceId, workPackage.id],
  );
  if (rows.length > 0) throw cycle();
}
