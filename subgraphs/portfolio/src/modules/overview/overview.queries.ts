import type { EntityManager } from "@mikro-orm/core";
import { sqlRows } from "@plateau/subgraph-kit";
import { ProjectStatus, type ProjectHealth } from "../project/project.entity.js";

/**
 * The overview's statements. Each is one aggregate over the workspace, whatever its size; they run
 * through the request's EntityManager, so Row-Level Security sees the caller's workspace, and name the
 * workspace themselves as well (raw SQL is not reached by the ORM's tenant filter). Archived projects
 * and everything in them are left out.
 */

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

export interface CategoryFigures {
  /** Null: the projects without a category. */
  categoryId: string | null;
  projectCount: number;
  progress: number;
}

/** Every figure that is read off the workspace's tasks. */
export interface TaskFigures {
  /** Per category (null last), by category name. */
  categories: CategoryFigures[];
  /** Tasks due before `today` and not DONE, in projects that are not CANCELLED. */
  overdue: number;
  /** BLOCKED tasks, in projects that are not CANCELLED. */
  blocked: number;
  /** The open projects most at risk, worst first, at most {@link AT_RISK_LIMIT}. */
  risks: RiskRow[];
}

interface ProjectFiguresRow {
  id: string;
  category_id: string | null;
  status: ProjectStatus;
  health: ProjectHealth;
  overdue: string;
  blocked: string;
  slip: string;
  category_order: string;
  category_projects: string;
  category_progress: string | null;
  risk_rank: string | null;
}

/**
 * The figures read off the workspace's tasks, in one statement that reads the task table once (and its
 * parent links once), aggregated per project before anything is joined or sorted, so only one row per
 * project leaves it:
 * - progress per category: leaf tasks' completion (DONE counts 100) weighted by their estimate (1 hour
 *   without one), as in project.stats.ts, over the category's projects (cancelled ones included);
 * - overdue and BLOCKED tasks of projects that are not CANCELLED;
 * - the open projects (PLANNED, ACTIVE, ON_HOLD) most at risk, ranked by, in turn: health (OFF_TRACK
 *   before AT_RISK before ON_TRACK), overdue tasks, blocked tasks, schedule slip (days the planned end lies
 *   after the baseline end), then name. A project with none of these signals is not at risk.
 * Orderings that compare text (category names, project names) stay in SQL, under the database's collation.
 */
export async function taskFigures(em: EntityManager, workspaceId: string, today: string): Promise<TaskFigures> {
  const rows = await sqlRows<ProjectFiguresRow>(
    em,
    `with parents as (
       select distinct parent_id from portfolio.task where workspace_id = ? and parent_id is not null
     ), per_project as (
       select t.project_id,
              count(*) filter (where t.due_date < ?::date and t.status <> 'DONE') as overdue,
              count(*) filter (where t.status = 'BLOCKED') as blocked,
              sum(coalesce(t.estimate_hours, 1)) filter (where parents.parent_id is null) as leaf_weight,
              sum(case when t.status = 'DONE' then 100 else t.completion end * coalesce(t.estimate_hours, 1))
                filter (where parents.parent_id is null) as leaf_done
         from portfolio.task t
         left join parents on parents.parent_id = t.id
        where t.workspace_id = ?
        group by t.project_id
     ), projects as (
       select p.id, p.category_id, p.status, p.health, p.name, c.name_key,
              coalesce(f.overdue, 0) as overdue,
              coalesce(f.blocked, 0) as blocked,
              f.leaf_weight, f.leaf_done,
              greatest(coalesce(p.end_date - p.baseline_end_date, 0), 0) as slip,
              case p.health when 'OFF_TRACK' then 2 when 'AT_RISK' then 1 else 0 end as health_rank
         from portfolio.project p
         left join portfolio.project_category c on c.id = p.category_id
         left join per_project f on f.project_id = p.id
        where p.workspace_id = ? and p.archived_at is null
     ), ranked as (
       select *,
              status in ('PLANNED', 'ACTIVE', 'ON_HOLD') and (health_rank > 0 or overdue > 0 or blocked > 0 or slip > 0) as at_risk
         from projects
     )
     select id, category_id, status, health, overdue, blocked, slip,
            dense_rank() over (order by name_key nulls last, category_id) as category_order,
            count(*) over (partition by category_id) as category_projects,
            sum(leaf_done) over (partition by category_id) / nullif(sum(leaf_weight) over (partition by category_id), 0) as category_progress,
            case when at_risk then row_number() over (
              order by at_risk desc, health_rank desc, overdue desc, blocked desc, slip desc, name, id) end as risk_rank
       from ranked`,
    [workspaceId, today, workspaceId, workspaceId],
  );
  const figures: TaskFigures = { categories: [], overdue: 0, blocked: 0, risks: [] };
  const categories = new Map<string, { order: number; figures: CategoryFigures }>();
  const risks: { rank: number; row: RiskRow }[] = [];
  for (const row of rows) {
    if (row.status !== ProjectStatus.CANCELLED) {
      figures.overdue += Number(row.overdue);
      figures.blocked += Number(row.blocked);
    }
    const key = row.category_id ?? "";
    if (!categories.has(key)) {
      const progress = row.category_progress === null ? 0 : Math.round(Number(row.category_progress) * 10) / 10;
      categories.set(key, {
        order: Number(row.category_order),
        figures: { categoryId: row.category_id, projectCount: Number(row.category_projects), progress },
      });
    }
    const rank = row.risk_rank === null ? undefined : Number(row.risk_rank);
    if (rank !== undefined && rank <= AT_RISK_LIMIT) {
      const [health, overdue, blocked, slip] = [row.health, Number(row.overdue), Number(row.blocked), Number(row.slip)];
      risks.push({ rank, row: { projectId: row.id, categoryId: row.category_id, health, overdue, blocked, slip } });
    }
  }
  figures.categories = [...categories.values()].sort((a, b) => a.order - b.order).map((category) => category.figures);
  figures.risks = risks.sort((a, b) => a.rank - b.rank).map((risk) => risk.row);
  return figures;
}
