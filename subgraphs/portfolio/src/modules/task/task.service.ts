import { ref, type EntityManager } from "@mikro-orm/core";
import { errors, uuidv7 } from "@plateau/kernel";
import { check, inTransaction, parseId, requireWorkspaceId, type Page, type PageArgs, loadOrThrow } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { enterStatus, lockForStatusChange, placeAtColumnEnd, settleTaskChange } from "./task-status-change.js";
import { lockWorkflow } from "./workflow.lock.js";
import { changedFields, snapshotFields } from "../../field-changes.js";
import { Project } from "../project/project.entity.js";
import { recordProgressIfChanged } from "../project/project-progress.js";
import { assertProjectWritable } from "../project/project.policy.js";
import { TASK_FIELDS } from "./task.changes.js";
import { Task, TaskStatus } from "./task.entity.js";
import { recordTasksDeleted } from "../project/project.events.js";
import { recordStatusAndAssignee, recordTaskCreated, recordTaskMovedInTree, recordTaskUpdated } from "./task.events.js";
import { normaliseLabels } from "./task.labels.js";
import { requirementsToStore } from "./task.skills.js";
import { assertDepthUnder, assertMayReparent, subtreeShape, subtreeTasks } from "./task.tree.js";
import { lockTask } from "./task.lock.js";
import { checkTaskPageRequest, type TaskListScope } from "./task.pages.js";
import type { TaskView } from "./task.rows.js";
import { assertMayChangeTask } from "./task.policy.js";
import { type CreateTaskInput, type DeleteTaskInput, type TaskFilter, type TaskOrder, type UpdateTaskInput } from "./task.inputs.js";

function checkEstimate(value: number | null | undefined): number | null {
  return check.optionalRange("input.estimateHours", value, 0, 100_000);
}

/** The longest a completion can be dated back: ten years (of 365.25 days). */
const COMPLETED_AT_MAX_BACK_MS = 3_652.5 * 86_400_000;
/** How far ahead of this server's clock a given completion may be (a client's clock running fast). */
const COMPLETED_AT_CLOCK_SKEW_MS = 60_000;

/**
 * `input.completedAt` for a task whose status after the change is `status`: null when not given; BAD_USER_INPUT
 * unless the task is DONE and the time is neither in the future nor more than ten years back.
 */
function checkCompletedAt(status: TaskStatus, completedAt: Date | null | undefined): Date | null {
  if (completedAt === undefined || completedAt === null) return null;
  if (status !== TaskStatus.DONE) throw errors.invalidField("input.completedAt", `only a DONE task is completed (this one is ${status})`);
  const now = Date.now();
  if (completedAt.getTime() > now + COMPLETED_AT_CLOCK_SKEW_MS)
    throw errors.invalidField("input.completedAt", "a completion cannot be in the future");
  if (completedAt.getTime() < now - COMPLETED_AT_MAX_BACK_MS) {
    throw errors.invalidField("input.completedAt", "a completion can be dated at most ten years back");
  }
  return completedAt;
}

/** A DONE task is 100% complete: BAD_USER_INPUT when a client asks for a DONE task with another completion. */
function assertDoneIsComplete(status: TaskStatus, completion: number | null | undefined): void {
  if (status === TaskStatus.DONE && completion !== undefined && completion !== null && completion !== 100) {
    throw errors.invalidField("input.completion", `a DONE task is 100% complete (got ${completion})`);
  }
}

/**
 * Whether an update may change its project's progress figures (`project.progress_changed`): its
 * status, completion or estimate (the weights), or its parent (which tasks are leaves).
 */
function mayChangeProgress(input: UpdateTaskInput, parentId: string | null | undefined): boolean {
  return Boolean(input.status) || parentId !== undefined || (input.completion ?? null) !== null || input.estimateHours !== undefined;
}

/**
 * Task use cases. A change that may alter its project's progress figures takes the project's workflow
 * lock first and records `project.progress_changed` after its flush (project-progress.ts).
 */
export const taskService = {
  /**
   * A page of a list of tasks: the tasks of a project, of an assignee or of the whole workspace (`key`
   * the project's, the user's or the workspace's id), batched with the request's other lists
   * (task.pages.ts).
   */
  list(
    ctx: PortfolioContext,
    filter: TaskFilter | undefined,
    orderBy: TaskOrder | undefined,
    page: PageArgs,
    scope: { scope: TaskListScope; key: string },
  ): Promise<Page<TaskView>> {
    const request = { ...scope, filter, orderBy, page };
    checkTaskPageRequest(request);
    return ctx.loaders.taskPages.load(request);
  },

  async get(ctx: PortfolioContext, id: string, field = "id"): Promise<Task> {
    return loadOrThrow(ctx.loaders.task, "Task", id, field);
  },

  async create(ctx: PortfolioContext, input: CreateTaskInput): Promise<Task> {
    const workspaceId = requireWorkspaceId(ctx);
    const project = await ctx.loaders.project.load(parseId(input.projectId, "input.projectId"));
    if (!project) throw errors.invalidField("input.projectId", `no project ${input.projectId} in this workspace`);
    assertProjectWritable(project);
    let parent: Task | null = null;
    if (input.parentId) {
      parent = await ctx.loaders.task.load(parseId(input.parentId, "input.parentId"));
      if (!parent) throw errors.invalidField("input.parentId", `no task ${input.parentId} in this workspace`);
      if (parent.project.id !== project.id) throw errors.invalidField("input.parentId", "the parent task belongs to another project");
    }
    check.dateOrder("input.startDate", input.startDate, "input.dueDate", input.dueDate);
    const assigneeId = await ctx.references.memberToStore(input.assigneeId, "input.assigneeId");
    const status = input.status ?? TaskStatus.TODO;
    const title = check.text("input.title", input.title, 300);
    const description = check.optionalText("input.description", input.description, 20_000);
    const estimateHours = checkEstimate(input.estimateHours);
    const completion = check.range("input.completion", input.completion ?? 0, 0, 100);
    assertDoneIsComplete(status, input.completion);
    const givenCompletedAt = checkCompletedAt(status, input.completedAt);
    const completedAt = status === TaskStatus.DONE ? (givenCompletedAt ?? new Date()) : null;
    const labels = normaliseLabels(input.labels ?? [], "input.labels");
    const requiredSkills = await requirementsToStore(ctx, input.requiredSkills ?? [], "input.requiredSkills");
    return inTransaction(ctx, async (tx) => {
      const { em } = tx;
      const id = uuidv7();
      const workflow = await lockWorkflow(em, workspaceId, project.id);
      const placement = await placeAtColumnEnd(tx, workflow, { projectId: project.id, taskId: id }, status, "input.status");
      if (parent) await assertDepthUnder(em as EntityManager, workspaceId, parent.id, 0, "input.parentId");
      const task = em.create(Task, {
        id,
        workspaceId,
        project: ref(Project, project.id),
        parent: parent ? ref(Task, parent.id) : null,
        title,
        description,
        status,
        rank: placement.rank,
        priority: input.priority,
        assigneeId,
        estimateHours,
        startDate: input.startDate ?? null,
        dueDate: input.dueDate ?? null,
        completion: status === TaskStatus.DONE ? 100 : completion,
        completedAt,
        ...labels,
        requiredSkills,
      } as never);
      recordTaskCreated(tx, task, placement);
      await em.flush();
      await recordProgressIfChanged(tx, project.id);
      return task;
    });
  },

  async update(ctx: PortfolioContext, input: UpdateTaskInput): Promise<Task> {
    const workspaceId = requireWorkspaceId(ctx);
    const loaded = await taskService.get(ctx, input.id, "input.id");
    assertMayChangeTask(ctx, loaded);
    assertProjectWritable((await ctx.loaders.project.load(loaded.project.id))!);
    check.version("Task", loaded, input.expectedVersion);
    const assigneeId =
      input.assigneeId === undefined
        ? undefined
        : await ctx.references.memberToStore(input.assigneeId, "input.assigneeId", loaded.assigneeId);
    const labels = input.labels === undefined ? undefined : normaliseLabels(input.labels ?? [], "input.labels");
    const requiredSkills =
      input.requiredSkills === undefined ? undefined : await requirementsToStore(ctx, input.requiredSkills ?? [], "input.requiredSkills");
    const parentId = input.parentId === undefined || input.parentId === null ? input.parentId : parseId(input.parentId, "input.parentId");
    return inTransaction(ctx, async (scoped) => {
      const { em } = scoped;
      // A status change moves the card to another column, a new parent moves a subtree: the workflow's
      // lock comes first (workflow.lock.ts), so two re-parentings in one project cannot race into a cycle.
      // It also orders the changes of the project's progress figures, so their events come in commit order.
      const progressMayChange = mayChangeProgress(input, parentId);
      const locked = await lockForStatusChange(scoped, workspaceId, loaded.project.id, loaded.id, { withWorkflow: progressMayChange });
      const { task } = locked;
      check.version("Task", task, input.expectedVersion);
      const before = { status: task.status, assigneeId: task.assigneeId };
      const fieldsBefore = snapshotFields(TASK_FIELDS, task);
      if (input.title !== undefined && input.title !== null) task.title = check.text("input.title", input.title, 300);
      if (input.description !== undefined) task.description = check.optionalText("input.description", input.description, 20_000);
      if (input.priority) task.priority = input.priority;
      if (assigneeId !== undefined) task.assigneeId = assigneeId;
      if (input.estimateHours !== undefined) task.estimateHours = checkEstimate(input.estimateHours);
      if (input.startDate !== undefined) task.startDate = input.startDate;
      if (input.dueDate !== undefined) task.dueDate = input.dueDate;
      if (input.completion !== undefined && input.completion !== null)
        task.completion = check.range("input.completion", input.completion, 0, 100);
      if (labels) Object.assign(task, labels);
      if (requiredSkills) task.requiredSkills = requiredSkills;
      check.dateOrder("input.startDate", task.startDate, "input.dueDate", task.dueDate);
      const fromParentId = task.parent?.id ?? null;
      if (parentId !== undefined && parentId !== fromParentId) {
        if (parentId !== null) {
          const parent = await em.findOne(Task, { id: parentId });
          if (!parent) throw errors.invalidField("input.parentId", `no task ${input.parentId} in this workspace`);
          await assertMayReparent(em as EntityManager, workspaceId, task, parent, "input.parentId");
        }
        task.parent = parentId === null ? null : ref(Task, parentId);
        const { count } = await subtreeShape(em as EntityManager, workspaceId, task.id);
        recordTaskMovedInTree(scoped, task, fromParentId, count);
      }
      if (input.status && input.status !== task.status) {
        // Another column: the card goes to its end, a move like any other on the board.
        const card = { projectId: task.project.id, taskId: task.id };
        enterStatus(scoped, task, input.status, await placeAtColumnEnd(scoped, locked.workflow, card, input.status, "input.status"));
      }
      assertDoneIsComplete(task.status, input.completion);
      if (task.status === TaskStatus.DONE) task.completion = 100;
      const completedAt = checkCompletedAt(task.status, input.completedAt);
      if (completedAt !== null) task.completedAt = completedAt;
      recordStatusAndAssignee(scoped, task, before);
      recordTaskUpdated(scoped, task, changedFields(TASK_FIELDS, fieldsBefore, task));
      if (progressMayChange) await settleTaskChange(scoped, task, before.status);
      return task;
    });
  },

  /**
   * Deletes a task and its subtree (the database cascades to the descendants), with one `task.deleted`
   * per task, under the board's lock: the cards leave their columns.
   */
  async remove(ctx: PortfolioContext, input: DeleteTaskInput): Promise<string> {
    const workspaceId = requireWorkspaceId(ctx);
    const loaded = await taskService.get(ctx, input.id, "input.id");
    assertMayChangeTask(ctx, loaded);
    assertProjectWritable((await ctx.loaders.project.load(loaded.project.id))!);
    check.version("Task", loaded, input.expectedVersion);
    const projectId = loaded.project.id;
    await inTransaction(ctx, async (scoped) => {
      const { em } = scoped;
      await lockWorkflow(em, workspaceId, projectId);
      const task = await lockTask(em, loaded.id);
      assertMayChangeTask(ctx, task);
      check.version("Task", task, input.expectedVersion);
      const descendants = await subtreeTasks(em as EntityManager, workspaceId, task.id);
      recordTasksDeleted(scoped, projectId, [{ id: task.id, parentId: task.parent?.id ?? null }, ...descendants]);
      em.remove(task);
      await em.flush();
      await recordProgressIfChanged(scoped, projectId);
    });
    return loaded.id;
  },
};
