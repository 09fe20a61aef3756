/**
 * The facts the rules evaluate, where they come from, and the watermark that orders them. Facts reach
 * insights in portfolio's `portfolio.project.progress_changed` events (as of the change, delivered at
 * least once and possibly late); reads never bring or write any. `project_facts` remembers, per
 * project, as of when the facts last evaluated were true; facts no newer than that are not evaluated
 * again.
 */
import type { EntityManager } from "@mikro-orm/core";
import { isUuid } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import type { ProjectFacts } from "./risk.detectors.js";

/** A project to evaluate: its id and its facts. */
export interface ProjectToEvaluate extends ProjectFacts {
  id: string;
}

/**
 * Where the facts of an evaluation come from: a progress_changed event, true as of its `occurredAt`.
 * Evaluated only when newer than the watermark: after `occurredAt`, or at the same instant with a
 * greater event id (UUIDv7 ids sort by creation). The same event again, or an older one, is skipped
 * whole: nothing written, nothing emitted. (Facts written by reads before reads stopped writing have
 * no event id; any event after them is newer.)
 */
export interface FactsSource {
  eventId: string;
  occurredAt: Date;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: unknown): value is string | null => value === null || (typeof value === "string" && DATE.test(value));

/**
 * The rule facts in `value` (an event's data), or null when one is missing or of the
 * wrong type: progress a finite number, blockedTaskCount a non-negative integer, dates YYYY-MM-DD or null,
 * teamId a UUID or null (absent from events older than it: no team).
 */
export function readProjectFacts(value: Record<string, unknown>): ProjectFacts | null {
  const { progress, startDate, endDate, blockedTaskCount, teamId = null } = value;
  if (typeof progress !== "number" || !Number.isFinite(progress)) return null;
  if (!Number.isInteger(blockedTaskCount) || (blockedTaskCount as number) < 0) return null;
  if (!isDate(startDate) || !isDate(endDate)) return null;
  if (teamId !== null && !isUuid(teamId)) return null;
  return {
    progress,
    startDate,
    endDate,
    blockedTaskCount: blockedTaskCount as number,
    teamId: teamId === null ? null : String(teamId).toLowerCase(),
  };
}

/**
 * Records the facts of `projects` as the latest known, where `source` is newer than what is stored, and
 * returns the ids of the projects whose facts were recorded: the ones to evaluate. One statement for all
 * projects. Every project's row stays locked until `tx` commits, so evaluations of one project (two
 * consumers after a takeover, the consumer and the daily sweep) run one after the other, each seeing
 * the risks the previous one committed; projects are locked in id order, so two batches cannot deadlock.
 */
export async function claimFacts(
  tx: EntityManager,
  workspaceId: string,
  projects: readonly ProjectToEvaluate[],
  source: FactsSource,
  today: string,
): Promise<Set<string>> {
  if (projects.length === 0) return new Set();
  const asOf = source.occurredAt.toISOString();
  const eventId = source.eventId;
  const sorted = [...projects].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const values = sorted
    .map(() => "(?::uuid, ?::uuid, ?::double precision, ?::date, ?::date, ?::int, ?::uuid, ?::timestamptz, ?::uuid, ?::date)")
    .join(", ");
  const params = sorted.flatMap((p) => [
    workspaceId,
    p.id,
    p.progress,
    p.startDate,
    p.endDate,
    p.blockedTaskCount,
    p.teamId,
    asOf,
    eventId,
    today,
  ]);
  const rows = await sqlRows<{ project_id: string }>(
    tx,
    `insert into insights.project_facts as f
       (workspace_id, project_id, progress, start_date, end_date, blocked_task_count, team_id, as_of, event_id, evaluated_on)
     values ${values}
     on conflict (workspace_id, project_id) do update set
       progress = excluded.progress, start_date = excluded.start_date, end_date = excluded.end_date,
       blocked_task_count = excluded.blocked_task_count, team_id = excluded.team_id, as_of = excluded.as_of, event_id = excluded.event_id,
       evaluated_on = excluded.evaluated_on
     -- Strictly newer facts only, so an event's own redelivery is not.
     where excluded.as_of > f.as_of or (excluded.as_of = f.as_of and f.event_id is not null and excluded.event_id > f.event_id)
     returning f.project_id`,
    params,
  );
  return new Set(rows.map((row) => row.project_id));
}

interface StaleFactsRow {
  project_id: string;
  progress: number;
  start_date: string | null;
  end_date: string | null;
  blocked_task_count: number;
  team_id: string | null;
}

/** The facts of the rows of `insights.project_facts f` a statement selects, as {@link toProject} reads them. */
const SELECT_FACTS = `select f.project_id, f.progress, to_char(f.start_date, 'YYYY-MM-DD') as start_date,
            to_char(f.end_date, 'YYYY-MM-DD') as end_date, f.blocked_task_count, f.team_id
       from insights.project_facts f`;

const toProject = (row: StaleFactsRow): ProjectToEvaluate => ({
  id: row.project_id,
  progress: Number(row.progress),
  startDate: row.start_date,
  endDate: row.end_date,
  blockedTaskCount: Number(row.blocked_task_count),
  teamId: row.team_id,
});

/**
 * The facts of `workspaceId`'s projects last evaluated before `today`, marked as evaluated today, in one
 * statement: the projects the daily sweep evaluates again (the schedule rule reads the calendar). Their
 * rows stay locked until `tx` commits, taken in id order like {@link claimFacts}; a row an event or
 * another sweep evaluated today in the meantime is left out.
 */
export async function claimStaleFacts(tx: EntityManager, workspaceId: string, today: string): Promise<ProjectToEvaluate[]> {
  const rows = await sqlRows<StaleFactsRow>(
    tx,
    `update insights.project_facts f set evaluated_on = ?::date
      where f.workspace_id = ? and f.project_id in (
        select s.project_id from insights.project_facts s
         where s.workspace_id = ? and s.evaluated_on < ?::date and not s.deleted order by s.project_id for update)
      returning f.project_id, f.progress, to_char(f.start_date, 'YYYY-MM-DD') as start_date,
                to_char(f.end_date, 'YYYY-MM-DD') as end_date, f.blocked_task_count, f.team_id`,
    [today, workspaceId, workspaceId, today],
  );
  return rows.map(toProject);
}

/**
 * The facts of `workspaceId`'s projects whose team is `teamId`, to evaluate again with the team's new
 * utilisation, in one statement; their rows stay locked until `tx` commits, taken in id order like
 * {@link claimFacts}, so an evaluation of one of them on a progress event waits for this one (and sees the
 * team's new figures once it commits).
 */
export async function claimTeamProjects(tx: EntityManager, workspaceId: string, teamId: string): Promise<ProjectToEvaluate[]> {
  const rows = await sqlRows<StaleFactsRow>(
    tx,
    `${SELECT_FACTS}
      where f.workspace_id = ? and f.team_id = ? and not f.deleted
      order by f.project_id for update`,
    [workspaceId, teamId],
  );
  return rows.map(toProject);
}

/**
 * The facts of one project, its row locked until `tx` commits (as {@link claimFacts} locks it), to evaluate
 * the rules again after a change of its tasks; null for a project insights has no facts of yet (its first
 * progress event evaluates it).
 */
export async function lockProjectFacts(tx: EntityManager, workspaceId: string, projectId: string): Promise<ProjectToEvaluate | null> {
  const rows = await sqlRows<StaleFactsRow>(
    tx,
    `${SELECT_FACTS}
      where f.workspace_id = ? and f.project_id = ? and not f.deleted
      for update`,
    [workspaceId, projectId],
  );
  return rows[0] ? toProject(rows[0]) : null;
}

/**
 * Marks a deleted project's facts as a tombstone, as of the end of time (so no late progress event brings them
 * back), without a team, and locks the row until `tx` commits. True when the project was not already deleted.
 */
export async function buryFacts(
  tx: EntityManager,
  workspaceId: string,
  projectId: string,
  eventId: string,
  today: string,
): Promise<boolean> {
  const rows = await sqlRows<{ project_id: string }>(
    tx,
    `insert into insights.project_facts as f
       (workspace_id, project_id, progress, start_date, end_date, blocked_task_count, team_id, as_of, event_id, evaluated_on, deleted)
     values (?, ?, 0, null, null, 0, null, 'infinity', ?, ?::date, true)
     on conflict (workspace_id, project_id) do update set deleted = true, team_id = null, as_of = 'infinity', event_id = excluded.event_id
     where not f.deleted
     returning f.project_id`,
    [workspaceId, projectId, eventId, today],
  );
  return rows.length > 0;
}
