/**
 * Team utilisation as timesheets publishes it (`timesheets.team.utilization_measured`), for insights'
 * "team utilisation above 90%" rule: measured whenever a member's week changes status, over the latest
 * four complete ISO weeks (docs/api/timesheets.md, "Team utilisation for insights").
 */
import { timesheetsEvents, type TeamUtilizationMeasured } from "@plateau/events";
import { recordEvent, requireWorkspaceId, type UserTeamReference } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { capacityService } from "../capacity/capacity.service.js";
import { dateIn } from "../capacity/time-zone.js";
import { addDays, weekStartOf } from "../weekly-timesheet/iso-week.js";
import type { Period } from "./period.js";
import { loadPeriodFacts } from "./period-facts.js";
import { UtilizationGroupBy } from "./utilization.inputs.js";
import { buildReport } from "./utilization.service.js";

/** How many ISO weeks a published team utilisation covers. */
export const TEAM_UTILIZATION_WEEKS = 4;

/**
 * The period published on `today` (the workspace's date): the {@link TEAM_UTILIZATION_WEEKS} weeks ending
 * with the last complete week (the one before today's), whichever week changed. A change to an older week
 * refreshes the latest figures; a week submitted early (this week's, or a future one) does not move the
 * period, so figures never count capacity nobody could have logged yet, and a later period always means a
 * later measurement.
 */
export function teamUtilizationPeriod(today: string): Period {
  const lastComplete = addDays(weekStartOf(today), -7);
  return { from: addDays(lastComplete, -7 * (TEAM_UTILIZATION_WEEKS - 1)), to: addDays(lastComplete, 6) };
}

/**
 * Records `timesheets.team.utilization_measured` for each of `teams` (a week's owner's teams, with their
 * members, read from identity before the change's transaction) over {@link teamUtilizationPeriod}, in the unit of work of `tx` (the change's transaction), so the week's change and the
 * figures it moved commit together. The figures are `utilization(groupBy: TEAM)`'s for the period: the
 * members' logged hours over their capacity. One read of the period's facts for all the teams.
 */
export async function recordTeamUtilization(tx: TimesheetsContext, teams: readonly UserTeamReference[], actorId: string): Promise<void> {
  if (teams.length === 0) return;
  const workspaceId = requireWorkspaceId(tx);
  const period = teamUtilizationPeriod(dateIn((await capacityService.settings(tx)).timeZone));
  const members = [...new Set(teams.flatMap((team) => team.memberIds))];
  const facts = await loadPeriodFacts(tx, period, { userIds: members, alsoPeople: members });
  const teamsOf = new Map<string, string[]>();
  for (const team of teams) for (const userId of team.memberIds) teamsOf.set(userId, [...(teamsOf.get(userId) ?? []), team.id]);
  const rows = new Map(buildReport(facts, UtilizationGroupBy.TEAM, teamsOf).allRows.map((row) => [row.id, row]));
  for (const team of teams) {
    const row = rows.get(team.id);
    const data: TeamUtilizationMeasured = {
      teamId: team.id,
      ...period,
      loggedHours: row?.loggedHours ?? 0,
      billableHours: row?.billableHours ?? 0,
      capacityHours: row?.capacityHours ?? 0,
      utilization: row ? row.utilization : null,
      billableUtilization: row ? row.billableUtilization : null,
      memberCount: team.memberIds.length,
    };
    recordEvent(tx.em, {
      type: timesheetsEvents.teamUtilizationMeasured,
      subject: { typename: "Team", id: team.id },
      workspaceId,
      actorId,
      data,
    });
  }
}
