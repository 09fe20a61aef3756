import { requireViewer } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { checkPeriod, type PeriodInput } from "../utilization/period.js";
import { loadPeriodFacts, type PeriodFacts } from "../utilization/period-facts.js";
import { teamRef } from "../team/team.stub.js";
import { productivityOf, type PersonPeriod } from "./productivity.score.js";
import { personProductivity, type PersonProductivity, type TeamProductivity } from "./productivity.types.js";

/** Each person's period for the score, from the period's facts: completions, hours logged and capacity. */
function peopleOf(facts: PeriodFacts, userIds: readonly string[]): PersonPeriod[] {
  const completed = new Map<string, PeriodFacts["completions"]>();
  for (const completion of facts.completions) {
    const theirs = completed.get(completion.userId);
    if (theirs) theirs.push(completion);
    else completed.set(completion.userId, [completion]);
  }
  const logged = new Map<string, number>();
  for (const row of facts.logged) logged.set(row.userId, (logged.get(row.userId) ?? 0) + row.hundredths);
  return userIds.map((userId) => ({
    userId,
    completed: completed.get(userId) ?? [],
    loggedHours: (logged.get(userId) ?? 0) / 100,
    capacityHours: facts.capacities.get(userId)?.hours ?? 0,
  }));
}

/** Productivity use cases: the score of the caller, and of a team's members. */
export const productivityService = {
  /**
   * The caller's productivity, compared with the people of their teams (every member of every team they
   * are in, themselves included); without a team, with everyone who logged time or completed a task in
   * the workspace in the period.
   */
  async mine(ctx: TimesheetsContext, periodInput: PeriodInput): Promise<PersonProductivity> {
    const viewer = requireViewer(ctx);
    const period = checkPeriod(periodInput);
    const [teams] = await ctx.references.teamsOfUsers([viewer.userId]);
    const teamMembers = await Promise.all((teams ?? []).map((teamId) => ctx.references.teamMembers(teamId, "team")));
    const compared = teamMembers.length > 0 ? [...new Set([viewer.userId, ...teamMembers.flat()])] : undefined;
    const facts = await loadPeriodFacts(ctx, period, { userIds: compared, alsoPeople: [viewer.userId], withCompleters: true });
    const people = compared ?? [...facts.capacities.keys()];
    const results = productivityOf(peopleOf(facts, people));
    return personProductivity(
      results.find((result) => result.userId === viewer.userId)!,
      period,
    );
  },

  /** Every member's productivity over the period, compared with the team's median; BAD_USER_INPUT naming `teamId` for no team of the workspace. */
  async team(ctx: TimesheetsContext, teamId: string, periodInput: PeriodInput): Promise<TeamProductivity> {
    const period = checkPeriod(periodInput);
    const members = await ctx.references.teamMembers(teamId, "teamId");
    const facts = await loadPeriodFacts(ctx, period, { userIds: members, withCompleters: true });
    const results = productivityOf(peopleOf(facts, members)).map((result) => personProductivity(result, period));
    results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    const averageScore = results.length
      ? Math.round((results.reduce((sum, result) => sum + result.score, 0) / results.length) * 10) / 10
      : null;
    return {
      team: teamRef(teamId.toLowerCase()),
      ...period,
      expectedTasks: results[0]?.expectedTasks ?? 0,
      averageScore,
      allMembers: results,
    };
  },
};
