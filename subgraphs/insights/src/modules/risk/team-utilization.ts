/**
 * Team utilisation as insights keeps it: the latest figures timesheets published per team
 * (`timesheets.team.utilization_measured`, delivered at least once and possibly late), which
 * TEAM_OVERLOAD applies to the team's projects (risk.detectors.ts). Reads never bring or write any.
 */
import type { EntityManager } from "@mikro-orm/core";
import { isUuid } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import type { FactsSource } from "./project-facts.js";
import type { TeamUtilizationFacts } from "./risk.detectors.js";

/** A team's figures as an event states them. */
export interface MeasuredTeamUtilization extends TeamUtilizationFacts {
  memberCount: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isHours = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;

/**
 * The figures in `value` (an event's data), or null when one is missing or of the wrong type: teamId a
 * UUID, from ≤ to as YYYY-MM-DD, hours finite and not negative, utilization a non-negative number or
 * null, memberCount a non-negative integer.
 */
export function readTeamUtilization(value: Record<string, unknown>): MeasuredTeamUtilization | null {
  const { teamId, from, to, utilization, loggedHours, capacityHours, memberCount } = value;
  if (!isUuid(teamId)) return null;
  if (typeof from !== "string" || typeof to !== "string" || !DATE.test(from) || !DATE.test(to) || to < from) return null;
  if (utilization !== null && !isHours(utilization)) return null;
  if (!isHours(loggedHours) || !isHours(capacityHours)) return null;
  if (!Number.isInteger(memberCount) || (memberCount as number) < 0) return null;
  return {
    teamId: String(teamId).toLowerCase(),
    periodFrom: from,
    periodTo: to,
    utilization: utilization as number | null,
    loggedHours,
    capacityHours,
    memberCount: memberCount as number,
  };
}

/**
 * Takes, for the rest of `tx`'s transaction, the lock that orders what is evaluated with team `teamId`'s
 * figures: new figures for the team (applied with its projects' rows locked) and a project naming the
 * team (evaluated with the figures it reads). Without it, a project moving to the team while the team's
 * new figures are applied would be left out of those (not yet the team's) and evaluated with the old ones.
 * Always taken before any project row, so it cannot deadlock with them.
 */
export async function lockTeam(tx: EntityManager, workspaceId: string, teamId: string): Promise<void> {
  await sqlRows(tx, "select pg_advisory_xact_lock(hashtextextended(?, 0))", [`insights.team:${workspaceId}:${teamId}`]);
}

/**
 * Records `figures` as the team's latest where they are newer than what is stored: a later period, or the
 * same period measured later (at the same instant, a greater event id: UUIDv7 ids sort by creation).
 * The same event again, or an older one, changes nothing: false. One statement; the team's row stays
 * locked until `tx` commits, so two measurements of one team are applied one after the other.
 */
export async function claimTeamUtilization(
  tx: EntityManager,
  workspaceId: string,
  figures: MeasuredTeamUtilization,
  source: FactsSource,
): Promise<boolean> {
  const rows = await sqlRows<{ team_id: string }>(
    tx,
    `insert into insights.team_utilization as u
       (workspace_id, team_id, period_from, period_to, utilization, logged_hours, capacity_hours, member_count, as_of, event_id)
     values (?::uuid, ?::uuid, ?::date, ?::date, ?::double precision, ?::double precision, ?::double precision, ?::int, ?::timestamptz, ?::uuid)
     on conflict (workspace_id, team_id) do update set
       period_from = excluded.period_from, period_to = excluded.period_to, utilization = excluded.utilization,
       logged_hours = excluded.logged_hours, capacity_hours = excluded.capacity_hours, member_count = excluded.member_count,
       as_of = excluded.as_of, event_id = excluded.event_id
     where excluded.period_to > u.period_to
        or (excluded.period_to = u.period_to
            and (excluded.as_of > u.as_of or (excluded.as_of = u.as_of and excluded.event_id > u.event_id)))
     returning u.team_id`,
    [
      workspaceId,
      figures.teamId,
      figures.periodFrom,
      figures.periodTo,
      figures.utilization,
      figures.loggedHours,
      figures.capacityHours,
      figures.memberCount,
      source.occurredAt.toISOString(),
      source.eventId,
    ],
  );
  return rows.length > 0;
}

interface TeamUtilizationRow {
  team_id: string;
  period_from: string;
  period_to: string;
  utilization: number | null;
  logged_hours: number;
  capacity_hours: number;
}

/** The latest published figures of each of `teamIds` that has any, in one statement (none for an empty list). */
export async function teamUtilizationOf(
  tx: EntityManager,
  workspaceId: string,
  teamIds: readonly string[],
): Promise<Map<string, TeamUtilizationFacts>> {
  if (teamIds.length === 0) return new Map();
  const rows = await sqlRows<TeamUtilizationRow>(
    tx,
    `select team_id, to_char(period_from, 'YYYY-MM-DD') as period_from, to_char(period_to, 'YYYY-MM-DD') as period_to,
            utilization, logged_hours, capacity_hours
       from insights.team_utilization where workspace_id = ? and team_id = any(?::uuid[])`,
    [workspaceId, `{${[...new Set(teamIds)].join(",")}}`],
  );
  return new Map(
    rows.map((row) => [
      row.team_id,
      {
        teamId: row.team_id,
        periodFrom: row.period_from,
        periodTo: row.period_to,
        utilization: row.utilization === null ? null : Number(row.utilization),
        loggedHours: Number(row.logged_hours),
        capacityHours: Number(row.capacity_hours),
      },
    ]),
  );
}
