import type { EntityManager } from "@mikro-orm/core";
import { SKILL_LEVELS, sqlRows } from "@plateau/subgraph-kit";
import { weeklyVelocity } from "../forecast/forecast.calc.js";
import { projectTaskFiguresLoader } from "../forecast/forecast.loaders.js";
import { VELOCITY_WINDOW_WEEKS, type ProjectTaskFacts } from "./risk.detectors.js";

/** identity's skill levels as an SQL array: a level's position in it is its rank (1 BEGINNER … 4 EXPERT). */
const LEVEL_ARRAY = `array[${SKILL_LEVELS.map((level) => `'${level}'`).join(", ")}]::text[]`;

/**
 * What insights' task state says of each of `projectIds` on `today`, for the rules that read tasks (declining
 * velocity, knowledge and skill concentration): four statements whatever their number (completions and counts,
 * as velocity reads them, the remaining estimate by assignee, and the skills the open tasks need with their holders). A project insights knows no task of has none.
 */
export async function taskFactsOf(
  tx: EntityManager,
  workspaceId: string,
  projectIds: readonly string[],
  today: string,
): Promise<Map<string, ProjectTaskFacts>> {
  if (projectIds.length === 0) return new Map();
  const [figures, byAssignee, skillNeeds] = await Promise.all([
    projectTaskFiguresLoader(tx, workspaceId, () => today).loadMany(projectIds),
    sqlRows<{ project_id: string; assignee_id: string | null; hours: number; tasks: number }>(
      tx,
      `select project_id, assignee_id, coalesce(sum(estimate_hours), 0)::float8 as hours, count(*)::int as tasks
         from insights.task_state
        where workspace_id = ? and project_id = any(?::uuid[]) and not deleted and status is distinct from 'DONE'
          and estimate_hours > 0
        group by project_id, assignee_id`,
      [workspaceId, `{${projectIds.join(",")}}`],
    ),
    // Each skill the open tasks need, at the lowest level any asks (0: any), and who holds it at that level or above.
    sqlRows<{ project_id: string; skill_id: string; min_rank: number; tasks: number; holders: string[] }>(
      tx,
      `with needs as (
         select t.project_id, r."skillId" as skill_id,
                min(coalesce(array_position(${LEVEL_ARRAY}, r."minLevel"), 0))::int as min_rank, count(*)::int as tasks
           from insights.task_state t
          cross join lateral jsonb_to_recordset(t.required_skills) as r("skillId" uuid, "minLevel" text)
          where t.workspace_id = ? and t.project_id = any(?::uuid[]) and not t.deleted and t.status is distinct from 'DONE'
          group by t.project_id, r."skillId")
       select n.project_id, n.skill_id, n.min_rank, n.tasks,
              coalesce(array_agg(h.user_id::text order by h.user_id) filter (where h.user_id is not null), '{}') as holders
         from needs n
         left join insights.skill_holder h
           on h.workspace_id = ? and h.skill_id = n.skill_id and h.level is not null
          and array_position(${LEVEL_ARRAY}, h.level) >= n.min_rank
        group by n.project_id, n.skill_id, n.min_rank, n.tasks`,
      [workspaceId, `{${projectIds.join(",")}}`, workspaceId],
    ),
  ]);
  const facts = new Map<string, ProjectTaskFacts>();
  projectIds.forEach((projectId, index) => {
    const own = figures[index];
    if (!own || own instanceof Error || own.tasks === 0) return;
    const weeks = weeklyVelocity(own.completions, VELOCITY_WINDOW_WEEKS, today);
    facts.set(projectId, {
      weekStarts: weeks.map((week) => week.weekStart),
      weeklyCompletions: weeks.map((week) => week.completedTasks),
      remainingTasks: own.remainingTasks,
      remainingByAssignee: byAssignee
        .filter((row) => row.project_id === projectId)
        .map((row) => ({ assigneeId: row.assignee_id, hours: Number(row.hours), tasks: Number(row.tasks) })),
      skillNeeds: skillNeeds
        .filter((row) => row.project_id === projectId)
        .map((row) => ({
          skillId: row.skill_id,
          minLevel: SKILL_LEVELS[row.min_rank - 1] ?? null,
          tasks: Number(row.tasks),
          holderIds: row.holders,
        })),
    });
  });
  return facts;
}
