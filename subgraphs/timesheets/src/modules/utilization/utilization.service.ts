import { errors, roleAtLeast, ROLES_WITH, type Viewer } from "@plateau/kernel";
import { parseId, requireViewer } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import type { Capacity } from "../capacity/capacity.calc.js";
import { utilisation } from "../capacity/capacity.calc.js";
import { projectRef } from "../project/project.stub.js";
import { teamRef } from "../team/team.stub.js";
import { userRef } from "../user/user.stub.js";
import { addDays, weekStartOf } from "../weekly-timesheet/iso-week.js";
import { checkPeriod, type PeriodInput } from "./period.js";
import { loadPeriodFacts, type FactsScope, type PeriodFacts } from "./period-facts.js";
import { UtilizationGroupBy, type UtilizationFilter } from "./utilization.inputs.js";
import type { UtilizationFigures, UtilizationReport, UtilizationRow } from "./utilization.types.js";
import { fromHundredths, toHundredths } from "../time-entry/hundredths.js";

/** A running total of hours and capacity over a set of people. */
class Tally {
  logged = 0;
  billable = 0;
  capacity = 0;
  readonly people = new Set<string>();

  figures(): UtilizationFigures {
    // Capacity hours are exact in 1/420 of a hundredth (capacity.calc.ts) but reported to the hundredth: sums here go in hundredths.
    const loggedHours = fromHundredths(this.logged);
    const billableHours = fromHundredths(this.billable);
    const capacityHours = fromHundredths(this.capacity);
    return {
      loggedHours,
      billableHours,
      capacityHours,
      utilization: utilisation(loggedHours, capacityHours),
      billableUtilization: utilisation(billableHours, capacityHours),
      people: this.people.size,
    };
  }
}

/** True when `viewer` may see other people's own figures (the matrix's READ_PEOPLE_FIGURES roles). */
export const seesPeople = (viewer: Viewer): boolean => viewer.role !== undefined && ROLES_WITH.READ_PEOPLE_FIGURES.includes(viewer.role);

/**
 * Whose time a report covers, for the caller: a MEMBER only their own (whatever the filter says), a
 * VIEWER aggregates (not by USER), MANAGER and above anyone; the filter's people and team narrow it.
 * FORBIDDEN for a VIEWER grouping by USER or naming people or a team; BAD_USER_INPUT naming a filter field that names no member or team.
 */
export async function reportScope(
  ctx: TimesheetsContext,
  groupBy: UtilizationGroupBy,
  filter: UtilizationFilter | null | undefined,
): Promise<FactsScope> {
  const viewer = requireViewer(ctx);
  const projectIds = filter?.projectIds?.map((id, index) => parseId(id, `filter.projectIds[${index}]`));
  if (!seesPeople(viewer)) {
    if (roleAtLeast(viewer.role, "MEMBER")) return { userIds: [viewer.userId], projectIds };
    if (groupBy === UtilizationGroupBy.USER)
      throw errors.forbidden("Your role (VIEWER) sees utilisation by team, project or week, not by person");
    // Narrowed to a few people (one, or a team of one), an aggregate is a person's figures.
    if (filter?.userIds?.length || filter?.teamId) {
      throw errors.forbidden("Your role (VIEWER) sees the workspace's aggregates, not those of chosen people or teams");
    }
  }
  let userIds = filter?.userIds
    ? await Promise.all(filter.userIds.map((id, index) => ctx.references.requireMember(id, `filter.userIds[${index}]`)))
    : undefined;
  if (filter?.teamId) {
    const members = await ctx.references.teamMembers(filter.teamId, "filter.teamId");
    userIds = userIds ? userIds.filter((id) => members.includes(id)) : members;
  }
  return { userIds, projectIds };
}

/** The capacity of each person in `people`, in hundredths: for the whole period, or for one week. */
function capacityOfPeople(capacities: Map<string, Capacity>, people: Iterable<string>, weekStart?: string): number {
  let total = 0;
  for (const userId of people) {
    const capacity = capacities.get(userId);
    if (capacity) total += toHundredths(weekStart ? (capacity.byWeek.get(weekStart) ?? 0) : capacity.hours);
  }
  return total;
}

/** The rows of a report over `facts`, and its total; `teamsOf` gives each person's teams (for TEAM). */
export function buildReport(
  facts: PeriodFacts,
  groupBy: UtilizationGroupBy,
  teamsOf: Map<string, string[]>,
): Pick<UtilizationReport, "total" | "allRows"> {
  const total = new Tally();
  const groups = new Map<string, Tally>();
  const groupOf = (key: string) => groups.get(key) ?? groups.set(key, new Tally()).get(key)!;
  for (const userId of facts.capacities.keys()) total.people.add(userId);
  for (const row of facts.logged) {
    total.logged += row.hundredths;
    total.billable += row.billableHundredths;
    const keys =
      groupBy === UtilizationGroupBy.USER
        ? [row.userId]
        : groupBy === UtilizationGroupBy.PROJECT
          ? // Non-project time is no project's: it counts in the total only.
            row.projectId
            ? [row.projectId]
            : []
          : groupBy === UtilizationGroupBy.WEEK
            ? [row.weekStart!]
            : (teamsOf.get(row.userId) ?? []);
    for (const key of keys) {
      const tally = groupOf(key);
      tally.logged += row.hundredths;
      tally.billable += row.billableHundredths;
      tally.people.add(row.userId);
    }
  }
  total.capacity = capacityOfPeople(facts.capacities, facts.capacities.keys());
  // People with capacity but no hours still count: in their own row, their team's, and every week's.
  if (groupBy === UtilizationGroupBy.USER) for (const userId of facts.capacities.keys()) groupOf(userId).people.add(userId);
  if (groupBy === UtilizationGroupBy.TEAM) {
    for (const userId of facts.capacities.keys()) for (const teamId of teamsOf.get(userId) ?? []) groupOf(teamId).people.add(userId);
  }
  if (groupBy === UtilizationGroupBy.WEEK) {
    for (let week = weekStartOf(facts.period.from); week <= facts.period.to; week = addDays(week, 7)) {
      const tally = groupOf(week);
      for (const userId of facts.capacities.keys()) tally.people.add(userId);
    }
  }
  for (const [key, tally] of groups) {
    tally.capacity = capacityOfPeople(facts.capacities, tally.people, groupBy === UtilizationGroupBy.WEEK ? key : undefined);
  }
  const rows = [...groups].map(([key, tally]): UtilizationRow => ({
    id: key,
    ...tally.figures(),
    user: groupBy === UtilizationGroupBy.USER ? userRef(key) : null,
    team: groupBy === UtilizationGroupBy.TEAM ? teamRef(key) : null,
    project: groupBy === UtilizationGroupBy.PROJECT ? projectRef(key) : null,
    weekStart: groupBy === UtilizationGroupBy.WEEK ? key : null,
  }));
  // Weeks in date order; others most utilised first (then by id, so pages are stable).
  rows.sort((a, b) =>
    groupBy === UtilizationGroupBy.WEEK
      ? a.id.localeCompare(b.id)
      : (b.utilization ?? -1) - (a.utilization ?? -1) || a.id.localeCompare(b.id),
  );
  return { total: total.figures(), allRows: rows };
}

/** Utilisation use cases. */
export const utilizationService = {
  async report(
    ctx: TimesheetsContext,
    groupBy: UtilizationGroupBy,
    periodInput: PeriodInput,
    filter: UtilizationFilter | null | undefined,
  ): Promise<UtilizationReport> {
    const period = checkPeriod(periodInput);
    const scope = await reportScope(ctx, groupBy, filter);
    const facts = await loadPeriodFacts(ctx, period, {
      ...scope,
      byProject: groupBy === UtilizationGroupBy.PROJECT,
      byWeek: groupBy === UtilizationGroupBy.WEEK,
    });
    const people = [...facts.capacities.keys()];
    const teamsOf =
      groupBy === UtilizationGroupBy.TEAM
        ? new Map((await ctx.references.teamsOfUsers(people)).map((teams, index) => [people[index]!, teams]))
        : new Map<string, string[]>();
    return { ...period, groupBy, ...buildReport(facts, groupBy, teamsOf) };
  },
};
