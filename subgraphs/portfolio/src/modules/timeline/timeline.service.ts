import { errors } from "@plateau/kernel";
import { parseId, sqlRows, today as todayUtc } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { TaskDependency } from "../dependency/task-dependency.entity.js";
import { Milestone, MilestoneStatus } from "../milestone/milestone.entity.js";
import { effectiveStatus } from "../milestone/milestone-status.js";
import { Task, TaskStatus } from "../task/task.entity.js";
import { computeSchedule, type ScheduleDependency, type ScheduleItem } from "./schedule.js";
import { TimelineError } from "./timeline.errors.js";
import { TimelineBarKind, type Timeline, type TimelineBar } from "./timeline.types.js";

/** Everything a project's timeline is computed from, read in a constant number of statements. */
async function loadProjectPlan(ctx: PortfolioContext, projectId: string) {
  const [tasks, milestones, dependencies, links] = await Promise.all([
    ctx.em.find(Task, { project: projectId }, { orderBy: { createdAt: "asc", id: "asc" } }),
    ctx.em.find(Milestone, { project: projectId }, { orderBy: { dueDate: "asc", id: "asc" } }),
    ctx.em.find(TaskDependency, { project: projectId }, { orderBy: { createdAt: "asc", id: "asc" } }),
    sqlRows<{ milestoneId: string; taskId: string }>(
      ctx.em,
      `select l.milestone_id as "milestoneId", l.task_id as "taskId"
         from portfolio.milestone_task l join portfolio.milestone m on m.id = l.milestone_id
        where m.project_id = ? order by l.created_at, l.id`,
      [projectId],
    ),
  ]);
  // The bars' `task` and `milestone` fields then resolve without another statement.
  for (const task of tasks) ctx.loaders.task.prime(task.id, task);
  for (const milestone of milestones) ctx.loaders.milestone.prime(milestone.id, milestone);
  return { tasks, milestones, dependencies, links };
}

function taskItem(task: Task): ScheduleItem {
  return {
    id: task.id,
    kind: "TASK",
    plannedStart: task.startDate,
    plannedEnd: task.dueDate,
    estimateHours: task.estimateHours,
    baselineStart: task.baselineStartDate,
    baselineEnd: task.baselineDueDate,
    done: task.status === TaskStatus.DONE,
  };
}

function milestoneItem(milestone: Milestone, today: string): ScheduleItem {
  return {
    id: milestone.id,
    kind: "MILESTONE",
    plannedEnd: milestone.dueDate,
    baselineEnd: milestone.baselineDueDate,
    done: effectiveStatus(milestone, today) === MilestoneStatus.ACHIEVED,
  };
}

/** The timeline use case. */
export const timelineService = {
  /**
   * A project's Gantt data (schedule.ts does the arithmetic), or null when the project is not in the
   * workspace. A milestone's linked tasks precede it (finish-to-start, no lag). Undated work starts on
   * the project's planned start, else on the earliest date of the plan, else today.
   */
  async forProject(ctx: PortfolioContext, projectIdArg: string): Promise<Timeline | null> {
    const project = await ctx.loaders.project.load(parseId(projectIdArg, "projectId"));
    if (!project) return null;
    const { tasks, milestones, dependencies, links } = await loadProjectPlan(ctx, project.id);
    const today = todayUtc();
    const items = [...tasks.map(taskItem), ...milestones.map((milestone) => milestoneItem(milestone, today))];
    const scheduled: ScheduleDependency[] = [
      ...dependencies.map((d) => ({ predecessorId: d.predecessor.id, successorId: d.successor.id, type: d.type, lagDays: d.lagDays })),
      ...links.map((link) => ({ predecessorId: link.taskId, successorId: link.milestoneId, type: "FINISH_TO_START" as const, lagDays: 0 })),
    ];
    const dated = items.length === 0 || items.some((item) => item.plannedStart || item.plannedEnd);
    let schedule;
    try {
      schedule = computeSchedule({ items, dependencies: scheduled, projectStart: project.startDate ?? (dated ? null : today) });
    } catch (error) {
      // Stored data the services should never have let through (they check dates and cycles).
      if (error instanceof TimelineError)
        throw errors.invalidField("projectId", `the project's plan cannot be scheduled: ${error.message}`);
      throw error;
    }
    const bars: TimelineBar[] = schedule.items.map((item, index) => {
      const task = index < tasks.length ? tasks[index]! : null;
      const milestone = task ? null : milestones[index - tasks.length]!;
      return {
        ...item,
        kind: item.kind === "TASK" ? TimelineBarKind.TASK : TimelineBarKind.MILESTONE,
        title: task ? task.title : milestone!.name,
        taskEntity: task,
        milestoneEntity: milestone,
        baselineStart: items[index]!.baselineStart ?? null,
        baselineEnd: items[index]!.baselineEnd ?? null,
      };
    });
    return {
      projectId: project.id,
      plannedStart: project.startDate,
      plannedEnd: project.endDate,
      baselineStart: project.baselineStartDate,
      baselineEnd: project.baselineEndDate,
      start: schedule.projectStart,
      end: schedule.projectEnd,
      bars,
      dependencies,
      criticalPaths: schedule.criticalPaths,
      criticalPathsTruncated: schedule.criticalPathsTruncated,
    };
  },
};
