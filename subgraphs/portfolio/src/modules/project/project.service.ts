import { ref } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import {
  check,
  DateTimeFilter,
  filterToWhere,
  loadOrThrow,
  paginate,
  requireWorkspaceId,
  type PageArgs,
  flushOrConflict,
  inTransaction,
  sqlRows,
  parseBudget,
} from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { changedFields, snapshotFields } from "../../field-changes.js";
import { ProjectCategory } from "../category/category.entity.js";
import { categoryService } from "../category/category.service.js";
import { Project } from "./project.entity.js";
import { PROJECT_FIELDS } from "./project.changes.js";
import { recordHealthChanged, recordProjectDeleted, recordProjectUpdated, recordTasksDeleted } from "./project.events.js";
import { lockProgress, recordProgressIfChanged } from "./project-progress.js";
import type { CreateProjectInput, DeleteProjectInput, ProjectFilter, ProjectOrder, UpdateProjectInput } from "./project.inputs.js";
import { assertProjectWritable } from "./project.policy.js";

const KEY_PATTERN = /^[A-Z][A-Z0-9]{1,11}$/;

/** GraphQL filter fields that name other columns. */
const PROJECT_FILTER_FIELDS = { categoryId: "category" };

/** Whether any part of the filter says something about archiving. */
function mentionsArchived(filter: ProjectFilter | undefined | null): boolean {
  if (!filter) return false;
  if (filter.archived !== undefined && filter.archived !== null) return true;
  return [...(filter.and ?? []), ...(filter.or ?? [])].some(mentionsArchived);
}

/** The filter with `archived: Boolean` written as the condition on `archivedAt` it stands for. */
function withArchivedAt(filter: ProjectFilter): Record<string, unknown> {
  const { archived, and, or, ...rest } = filter;
  return {
    ...rest,
    ...(archived !== undefined && archived !== null ? { archivedAt: Object.assign(new DateTimeFilter(), { isNull: !archived }) } : {}),
    ...(and ? { and: and.map(withArchivedAt) } : {}),
    ...(or ? { or: or.map(withArchivedAt) } : {}),
  };
}

/** Project use cases: each validates, changes, and flushes once. Archiving, baselines and status updates: project-lifecycle.service.ts. */
/** What a new project gets besides its input: the values checked and resolved by `create`. */
interface NewProjectValues {
  workspaceId: string;
  key: string;
  budget: ReturnType<typeof parseBudget>;
  teamId: string | null;
  categoryId: string | null;
  ownerId: string;
}

/** A new Project in `ctx`'s unit of work (flushed by the caller). */
function newProject(ctx: PortfolioContext, values: NewProjectValues, input: CreateProjectInput): Project {
  const { workspaceId, key, budget, teamId, categoryId, ownerId } = values;
  return ctx.em.create(Project, {
    workspaceId,
    name: check.text("input.name", input.name, 200),
    key,
    description: check.optionalText("input.description", input.description, 10_000),
    category: categoryId ? ref(ProjectCategory, categoryId) : null,
    status: input.status,
    health: input.health,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    ...budget,
    ownerId,
    teamId,
  } as never);
}

export const projectService = {
  list(
    ctx: PortfolioContext,
    filter: ProjectFilter | undefined,
    orderBy: ProjectOrder | undefined,
    page: PageArgs,
    scope: Record<string, unknown> = {},
  ) {
    const where = {
      ...filterToWhere(filter ? withArchivedAt(filter) : undefined, "filter", PROJECT_FILTER_FIELDS),
      ...(mentionsArchived(filter) ? {} : { archivedAt: null }),
      ...scope,
    };
    return paginate(ctx.em, Project, where, page, orderBy ? [{ [orderBy.field]: orderBy.direction }] : [{ createdAt: "asc" }]);
  },

  get(ctx: PortfolioContext, id: string, field = "id"): Promise<Project> {
    return loadOrThrow(ctx.loaders.project, "Project", id, field);
  },

  /** The project, for a change: NOT_FOUND when there is none, CONFLICT when it is archived. */
  async getWritable(ctx: PortfolioContext, id: string, field: string): Promise<Project> {
    const project = await projectService.get(ctx, id, field);
    assertProjectWritable(project);
    return project;
  },

  async create(ctx: PortfolioContext, input: CreateProjectInput): Promise<Project> {
    const workspaceId = requireWorkspaceId(ctx);
    const key = input.key.trim().toUpperCase();
    if (!KEY_PATTERN.test(key)) throw errors.invalidField("input.key", "must be 2-12 upper-case letters or digits, starting with a letter");
    check.dateOrder("input.startDate", input.startDate, "input.endDate", input.endDate);
    const budget = parseBudget(input.budget ?? null, "input.budget");
    const teamId = await ctx.references.teamToStore(input.teamId, "input.teamId");
    const categoryId = await categoryService.toStore(ctx, input.categoryId, "input.categoryId");
    const ownerId = (await ctx.references.memberToStore(input.ownerId, "input.ownerId")) ?? ctx.viewer!.userId;
    const conflict = { unique: { field: "input.key", message: `A project with key ${key} already exists in this workspace` } };
    if (input.startDate || input.endDate || teamId) {
      // Dates and the team are progress figures (project-progress.ts): a project born with them is announced
      // at once, so insights evaluates its schedule and team before any task changes. No lock: no one else sees it yet.
      return inTransaction(
        ctx,
        async (tx) => {
          const created = newProject(tx, { workspaceId, key, budget, teamId, categoryId, ownerId }, input);
          await tx.em.flush();
          await recordProgressIfChanged(tx, created.id);
          return created;
        },
        conflict,
      );
    }
    const project = newProject(ctx, { workspaceId, key, budget, teamId, categoryId, ownerId }, input);
    await flushOrConflict(ctx, conflict);
    return project;
  },

  async update(ctx: PortfolioContext, input: UpdateProjectInput): Promise<Project> {
    const project = await projectService.getWritable(ctx, input.id, "input.id");
    check.version("Project", project, input.expectedVersion);
    const ownerId =
      input.ownerId === undefined ? project.ownerId : await ctx.references.memberToStore(input.ownerId, "input.ownerId", project.ownerId);
    const categoryId =
      input.categoryId === undefined ? undefined : await categoryService.toStore(ctx, input.categoryId, "input.categoryId");
    const budget = input.budget === undefined ? undefined : parseBudget(input.budget, "input.budget");
    const teamId = input.teamId === undefined ? undefined : await ctx.references.teamToStore(input.teamId, "input.teamId", project.teamId);
    const startDate = input.startDate === undefined ? project.startDate : input.startDate;
    const endDate = input.endDate === undefined ? project.endDate : input.endDate;
    check.dateOrder("input.startDate", startDate, "input.endDate", endDate);
    const name = input.name !== undefined && input.name !== null ? check.text("input.name", input.name, 200) : project.name;
    const description =
      input.description !== undefined ? check.optionalText("input.description", input.description, 10_000) : project.description;

    // Everything is checked: only now does the loaded entity change, so a refused edit leaves nothing to flush.
    const healthBefore = project.health;
    const fieldsBefore = snapshotFields(PROJECT_FIELDS, project);
    project.name = name;
    project.description = description;
    if (categoryId !== undefined) project.category = categoryId ? ref(ProjectCategory, categoryId) : null;
    if (input.status) project.status = input.status;
    if (input.health) project.health = input.health;
    project.startDate = startDate;
    project.endDate = endDate;
    if (budget) Object.assign(project, budget);
    if (teamId !== undefined) project.teamId = teamId;
    project.ownerId = ownerId;
    const changed = changedFields(PROJECT_FIELDS, fieldsBefore, project);
    const factsChanged = changed.includes("startDate") || changed.includes("endDate") || changed.includes("team");
    await inTransaction(ctx, async (tx) => {
      // New dates or a new team are progress figures too (project-progress.ts): under the lock every change of them takes.
      if (factsChanged) await lockProgress(tx.em, project.workspaceId, project.id);
      recordHealthChanged(tx, project, healthBefore, null);
      recordProjectUpdated(tx, project, changed);
      if (factsChanged) {
        await tx.em.flush();
        await recordProgressIfChanged(tx, project.id);
      }
    });
    return project;
  },

  async remove(ctx: PortfolioContext, input: DeleteProjectInput): Promise<string> {
    const project = await projectService.get(ctx, input.id, "input.id");
    check.version("Project", project, input.expectedVersion);
    // Its tasks go with it (the database cascades): say so, as deleting them one by one would, so the
    // services that keep a record of tasks (timesheets) stop counting them.
    const tasks = await sqlRows<{ id: string; parent_id: string | null }>(
      ctx.em,
      "select id, parent_id from portfolio.task where workspace_id = ? and project_id = ?",
      [project.workspaceId, project.id],
    );
    recordTasksDeleted(
      ctx,
      project.id,
      tasks.map((task) => ({ id: task.id, parentId: task.parent_id })),
      true,
    );
    // Then the project itself, for the services that keep figures of it (insights).
    recordProjectDeleted(ctx, project.id);
    ctx.em.remove(project);
    await ctx.em.flush();
    return project.id;
  },
};
