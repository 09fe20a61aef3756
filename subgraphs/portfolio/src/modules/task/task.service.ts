import { ref } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { check, filterToWhere, paginate, parseId, requireWorkspaceId, type PageArgs, loadOrThrow } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Project } from "../project/project.entity.js";
import { Task, TaskStatus } from "./task.entity.js";
import { recordTaskCreated, recordTaskUpdated } from "./task.events.js";
import {
  TASK_FILTER_FIELDS,
  type CreateTaskInput,
  type DeleteTaskInput,
  type TaskFilter,
  type TaskOrder,
  type UpdateTaskInput,
} from "./task.inputs.js";

function checkEstimate(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : check.range("input.estimateHours", value, 0, 100_000);
}

/** Task use cases. */
export const taskService = {
  list(
    ctx: PortfolioContext,
    filter: TaskFilter | undefined,
    orderBy: TaskOrder | undefined,
    page: PageArgs,
    scope: Record<string, unknown> = {},
  ) {
    const where = { ...filterToWhere(filter, "filter", TASK_FILTER_FIELDS), ...scope };
    return paginate(ctx.em, Task, where, page, orderBy ? [{ [orderBy.field]: orderBy.direction }] : [{ createdAt: "asc" }]);
  },

  async get(ctx: PortfolioContext, id: string, field = "id"): Promise<Task> {
    return loadOrThrow(ctx.loaders.task, "Task", id, field);
  },

  async create(ctx: PortfolioContext, input: CreateTaskInput): Promise<Task> {
    const workspaceId = requireWorkspaceId(ctx);
    const project = await ctx.loaders.project.load(parseId(input.projectId, "input.projectId"));
    if (!project) throw errors.invalidField("input.projectId", `no project ${input.projectId} in this workspace`);
    let parent: Task | null = null;
    if (input.parentId) {
      parent = await ctx.loaders.task.load(parseId(input.parentId, "input.parentId"));
      if (!parent) throw errors.invalidField("input.parentId", `no task ${input.parentId} in this workspace`);
      if (parent.project.id !== project.id) throw errors.invalidField("input.parentId", "the parent task belongs to another project");
    }
    check.dateOrder("input.startDate", input.startDate, "input.dueDate", input.dueDate);
    const assigneeId = await ctx.services.references.of(ctx).memberToStore(input.assigneeId, "input.assigneeId");
    const status = input.status ?? TaskStatus.TODO;
    const task = ctx.em.create(Task, {
      workspaceId,
      project: ref(Project, project.id),
      parent: parent ? ref(Task, parent.id) : null,
      title: check.text("input.title", input.title, 300),
      description: check.optionalText("input.description", input.description, 20_000),
      status,
      priority: input.priority,
      assigneeId,
      estimateHours: checkEstimate(input.estimateHours),
      startDate: input.startDate ?? null,
      dueDate: input.dueDate ?? null,
      completion: status === TaskStatus.DONE ? 100 : check.range("input.completion", input.completion ?? 0, 0, 100),
    } as never);
    recordTaskCreated(ctx, task);
    await ctx.em.flush();
    return task;
  },

  async update(ctx: PortfolioContext, input: UpdateTaskInput): Promise<Task> {
    const task = await taskService.get(ctx, input.id, "input.id");
    check.version("Task", task, input.expectedVersion);
    const assigneeId =
      input.assigneeId === undefined
        ? task.assigneeId
        : await ctx.services.references.of(ctx).memberToStore(input.assigneeId, "input.assigneeId", task.assigneeId);
    const before = { status: task.status, assigneeId: task.assigneeId };
    if (input.title !== undefined && input.title !== null) task.title = check.text("input.title", input.title, 300);
    if (input.description !== undefined) task.description = check.optionalText("input.description", input.description, 20_000);
    if (input.priority) task.priority = input.priority;
    task.assigneeId = assigneeId;
    if (input.estimateHours !== undefined) task.estimateHours = checkEstimate(input.estimateHours);
    if (input.startDate !== undefined) task.startDate = input.startDate;
    if (input.dueDate !== undefined) task.dueDate = input.dueDate;
    if (input.completion !== undefined && input.completion !== null)
      task.completion = check.range("input.completion", input.completion, 0, 100);
    if (input.status) {
      task.status = input.status;
      if (input.status === TaskStatus.DONE) task.completion = 100;
    }
    check.dateOrder("input.startDate", task.startDate, "input.dueDate", task.dueDate);
    recordTaskUpdated(ctx, task, before);
    await ctx.em.flush();
    return task;
  },

  async remove(ctx: PortfolioContext, input: DeleteTaskInput): Promise<string> {
    const task = await taskService.get(ctx, input.id, "input.id");
    check.version("Task", task, input.expectedVersion);
    ctx.em.remove(task);
    await ctx.em.flush();
    return task.id;
  },
};
