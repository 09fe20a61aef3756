import type { EntityManager } from "@mikro-orm/core";
import { sqlRows } from "@plateau/subgraph-kit";
import type { ProjectHealth, ProjectStatus } from "../project/project.entity.js";

/**
 * The overview's statements. Each is one aggregate over the workspace, whatever its size; they run
 * through the request's EntityManager, so Row-Level Security sees the caller's workspace, and name the
 * workspace themselves as well (raw SQL is not reached by the ORM's tenant filter). Archived projects
 * and everything in them are left out.
 */

/** Leaf tasks' completion (DONE counts 100) and weight (estimated hours, 1 without an estimate): as in project.stats.ts. */
const LEAF_TASKS = `
  select t.project_id,
         coalesce(t.estimate_hours, 1) as weight,
         case when t.status = 'DONE' then 100 else t.completion end as completion
    from portfolio.task t
   where t.workspace_id = ?
     and not exists (select 1 from portfolio.task c where c.workspace_id = t.workspace_id and c.parent_id = t.id)`;

export interface ProjectCounts {
  total: number;
  byStatus: Map<ProjectStatus, number>;
  byHealth: Map<ProjectHealth, number>;
}

/** Projects counted by status and health (at most 15 grouped rows). */
export async function projectCounts(em: EntityManager, workspaceId: string): Promise<ProjectCounts> {
  const rows = await sqlRows<{ status: ProjectStatus; health: ProjectHealth; projects: string }>(
    em,
    `select status, health, count(*) as projects from portfolio.project
      where workspace_id = ? and archived_at is null group by status, health`,
    [workspaceId],
  );
  const counts: ProjectCounts = { total: 0, byStatus: new Map(), byHealth: new Map() };
  for (const row of rows) {
    const n = Number(row.projects);
    counts.total += n;
    counts.byStatus.set(row.status, (counts.byStatus.get(row.status) ?? 0) + n);
    counts.byHealth.set(row.health, (counts.byHealth.get(row.health) ?? 0) + n);
  }
  return counts;
}

/** Per category (null: none), by category name: its projects and their leaf tasks' weighted completion. */
export async function progressByCategory(em: EntityManager, workspaceId: string) {
  const rows = await sqlRows<{ category_id: string | null; projects: string; progress: string | null }>(
    em,
    `with leaf as (${LEAF_TASKS})
     select p.category_id,
            count(distinct p.id) as projects,
            sum(leaf.completion * leaf.weight) / nullif(sum(leaf.weight), 0) as progress
       from portfolio.project p
       left join portfolio.project_category c on c.id = p.category_id
       left join leaf on leaf.project_id = p.id
      where p.workspace_id = ? and p.archived_at is null
      group by p.category_id, c.name_key
      order by c.name_key nulls last`,
    [workspaceId, workspaceId],
  );
  return rows.map((row) => ({
    categoryId: row.category_id,
    projectCount: Number(row.projects),
    progress: row.progress === null ? 0 : Math.round(Number(row.progress) * 10) / 10,
  }));
}

export interface MilestoneWindows {
  achieved: { count: number; ids: string[] };
  due: { count: number; ids: string[] };
  /** The projects of the listed milestones. */
  projectIds: string[];
}

/** The ten first ids of each window. */
export const MILESTONE_LIST_LIMIT = 10;

/**
 * Milestones achieved since `since` (most recent first) and not achieved yet but due from `from` to `to`
 * (soonest first; not those of CANCELLED projects, which nobody will meet): the count of each window and
 * its first ten ids, in one statement (window functions).
 */
export async function milestoneWindows(em: EntityManager, workspaceId: string, since: Date, from: string, to: string) {
  const rows = await sqlRows<{ id: string; project_id: string; bucket: "ACHIEVED" | "DUE"; total: string }>(
    em,
    `with bucketed as (
       select m.id, m.project_id, m.due_date, m.achieved_at,
              case when m.status = 'ACHIEVED' and m.achieved_at >= ?::timestamptz then 'ACHIEVED'
                   when m.status <> 'ACHIEVED' and p.status <> 'CANCELLED' and m.due_date between ?::date and ?::date then 'DUE'
              end as bucket
         from portfolio.milestone m
         join portfolio.project p on p.id = m.project_id
        where m.workspace_id = ? and p.archived_at is null
     ), ranked as (
       select id, project_id, bucket,
              count(*) over (partition by bucket) as total,
              row_number() over (
                partition by bucket
                order by case when bucket = 'ACHIEVED' then achieved_at end desc, due_date, id) as position
         from bucketed
        where bucket is not null
     )
     select id, project_id, bucket, total from ranked where position <= ? order by bucket, position`,
    [since.toISOString(), from, to, workspaceId, MILESTONE_LIST_LIMIT],
  );
  const windows: MilestoneWindows = { achieved: { count: 0, ids: [] }, due: { count: 0, ids: [] }, projectIds: [] };
  for (const row of rows) {
    windows.projectIds.push(row.project_id);
    const window = row.bucket === "ACHIEVED" ? windows.achieved : windows.due;
    window.count = Number(row.total);
    window.ids.push(row.id);
  }
  return windows;
}

/** Tasks due before `today` and not DONE, and BLOCKED tasks, of projects neither archived nor cancelled. */
export async function taskCounts(em: EntityManager, workspaceId: string, today: string) {
  const [row] = await sqlRows<{ overdue: string; blocked: string }>(
    em,
    `select count(*) filter (where t.due_date < ?::date and t.status <> 'DONE') as overdue,
            count(*) filter (where t.status = 'BLOCKED') as blocked
       from portfolio.task t
       join portfolio.project p on p.id = t.project_id
      where t.workspace_id = ? and p.archived_at is null and p.status <> 'CANCELLED'`,
    [today, workspaceId],
  );
  return { overdue: Number(row?.overdue ?? 0), blocked: Number(row?.blocked ?? 0) };
}

export interface RiskRow {
  projectId: string;
  categoryId: string | null;
  health: ProjectHealth;
  overdue: number;
  blocked: number;
  slip: number;
}

/** How many projects `projectsAtRisk` lists. */
export const AT_RISK_LIMIT = 5;

/**
 * The open projects (PLANNED, ACTIVE, ON_HOLD) most at risk, worst first, ranked by, in turn: health
 * (OFF_TRACK before AT_RISK before ON_TRACK), overdue tasks, blocked tasks, schedule slip (days the
 * planned end lies after the baseline end), then name. A project with none of these signals is not at
 * risk and is not listed.
 */
export async function projectsAtRisk(em: EntityManager, workspaceId: string, today: string): Promise<RiskRow[]> {
  const rows = await sqlRows<{
    id: string;
    category_id: string | null;
    health: ProjectHealth;
    overdue: string;
    blocked: string;
    slip: string;
  }>(
    em,
    `with task_signals as (
       select t.project_id,
              count(*) filter (where t.due_date < ?::date and t.status <> 'DONE') as overdue,
              count(*) filter (where t.status = 'BLOCKED') as blocked
         from portfolio.task t
        where t.workspace_id = ?
        group by t.project_id
     ), signals as (
       select p.id, p.category_id, p.name, p.health,
              case p.health when 'OFF_TRACK' then 2 when 'AT_RISK' then 1 else 0 end as health_rank,
              coalesce(s.overdue, 0) as overdue,
              coalesce(s.blocked, 0) as blocked,
              greatest(coalesce(p.end_date - p.baseline_end_date, 0), 0) as slip
         from portfolio.project p
         left join task_signals s on s.project_id = p.id
        where p.workspace_id = ? and p.archived_at is null and p.status in ('PLANNED', 'ACTIVE', 'ON_HOLD')
     )
     select id, category_id, health, overdue, blocked, slip
       from signals
      where health_rank > 0 or overdue > 0 or blocked > 0 or slip > 0
      order by health_rank desc, overdue desc, blocked desc, slip desc, name, id
      limit ?`,
    [today, workspaceId, workspaceId, AT_RISK_LIMIT],
  );
  return rows.map((row) => ({
    projectId: row.id,
    categoryId: row.category_id,
    health: row.health,
    overdue: Number(row.overdue),
    blocked: Number(row.blocked),
    slip: Number(row.slip),
  }));
}
