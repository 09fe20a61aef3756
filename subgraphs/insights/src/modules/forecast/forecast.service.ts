import { createHash } from "node:crypto";
import { AppError, ErrorCode, errors } from "@plateau/kernel";
import { parseId, requireWorkspaceId, weekStartOf } from "@plateau/subgraph-kit";
import type { InsightsContext } from "../../context.js";
import type { Project } from "../project/project.stub.js";
import { utcToday } from "../risk/risk.detectors.js";
import { forecast, MAX_VELOCITY_WEEKS, weeklyVelocity, type WeekVelocity } from "./forecast.calc.js";
import type { ProjectTaskFigures } from "./forecast.loaders.js";
import type { ProjectForecast } from "./forecast.types.js";
import { upcomingMilestonesLoader, type MilestoneForecast, type UpcomingMilestone } from "./milestone-forecast.js";
import { milestoneRef } from "../project/milestone.stub.js";

/** How many complete weeks of throughput a forecast draws from. */
export const THROUGHPUT_WEEKS = 12;
/**
 * Trials per forecast: P95 moves by about a week between seeds on real histories; the worst case (a task a
 * quarter, hundreds remaining) costs about 15 ms, which the gateway charges for (`FIELD_SURCHARGES`).
 */
export const FORECAST_TRIALS = 2_000;
/** The horizon: trials not done within it count as beyond (10 years). */
const HORIZON_WEEKS = 520;

/** A 32-bit seed from the project and the day: a forecast read twice in a day is the same forecast. */
const seedOf = (projectId: string, day: string): number => createHash("sha256").update(`${projectId}:${day}`).digest().readUInt32BE(0);

/** Velocity and forecasts of projects, from insights' task state (task-state.consumer.ts); reads only. */
export const forecastService = {
  /** The project's last `weeks` complete ISO weeks (UTC), oldest first; BAD_USER_INPUT naming `weeks` outside 1..104. */
  async velocity(ctx: InsightsContext, project: Project, weeks: number): Promise<WeekVelocity[]> {
    requireWorkspaceId(ctx);
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_VELOCITY_WEEKS) {
      throw errors.invalidField("weeks", `must be a whole number from 1 to ${MAX_VELOCITY_WEEKS}, got ${weeks}`);
    }
    const figures = await ctx.loaders.projectTaskFigures.load(parseId(project.id, "representations.id"));
    return weeklyVelocity(figures.completions, weeks, utcToday());
  },

  /** The project's forecast for today (UTC) ({@link forecastOf}), worked out once per request however often it is asked for. */
  forecast(ctx: InsightsContext, project: Project): Promise<ProjectForecast | null> {
    requireWorkspaceId(ctx);
    return ctx.loaders.projectForecast.load(parseId(project.id, "representations.id"));
  },

  /**
   * The chance of meeting each UPCOMING milestone of the forecast's project, soonest first: the forecast worked
   * out again with the milestones portfolio lists for the caller (one call for every project of the request), on
   * the same seed, so on the same draws as the project's finish.
   */
  async milestones(ctx: InsightsContext, forecast: ProjectForecast): Promise<MilestoneForecast[] | null> {
    let milestones: UpcomingMilestone[];
    try {
      milestones = await upcomingMilestonesLoader(ctx.references).load(forecast.projectId);
    } catch (error) {
      // Portfolio could not be asked: the milestones are unknown, the finish dates still stand.
      if (error instanceof AppError && error.code === ErrorCode.SUBGRAPH_UNAVAILABLE) return null;
      throw error;
    }
    if (milestones.length === 0) return [];
    const figures = await ctx.loaders.projectTaskFigures.load(forecast.projectId);
    return forecastOf(forecast.projectId, figures, forecast.asOf, milestones)?.milestoneOutlooks ?? [];
  },
};

/**
 * The forecast of a project with `figures` on `today`, or null when insights knows none of its tasks (none
 * yet, or a project of another workspace), or when tasks remain but none was completed in the last
 * {@link THROUGHPUT_WEEKS} complete weeks: there is no throughput to project from. The simulation starts
 * this Monday, so while tasks remain what was completed since counts as still to do (this week's draw covers
 * the whole week).
 */
export function forecastOf(
  projectId: string,
  figures: ProjectTaskFigures,
  today: string,
  milestones: readonly UpcomingMilestone[] = [],
): ProjectForecast | null {
  if (figures.tasks === 0) return null;
  const history = weeklyVelocity(figures.completions, THROUGHPUT_WEEKS, today).map((week) => week.completedTasks);
  const monday = weekStartOf(today);
  const completedThisWeek = figures.completions.filter((completion) => completion.completedOn >= monday).length;
  const remainingTasks = figures.remainingTasks === 0 ? 0 : figures.remainingTasks + completedThisWeek;
  // A milestone's tasks are the project's: never more than the project has left.
  const targets = milestones.map((milestone) => ({ ...milestone, remainingTasks: Math.min(milestone.remainingTasks, remainingTasks) }));
  const result = forecast({
    // Nothing left is done, whatever this week's draw would say.
    remainingTasks,
    milestones: targets,
    weeklyThroughput: history,
    startDate: monday,
    trials: FORECAST_TRIALS,
    seed: seedOf(projectId, today),
    maxWeeks: HORIZON_WEEKS,
  });
  if (!result) return null;
  return {
    remainingTasks: figures.remainingTasks,
    throughputWeeks: history.length,
    p50: result.p50,
    p85: result.p85,
    p95: result.p95,
    trials: result.trials,
    shareBeyondHorizon: result.shareBeyondMaxWeeks,
    asOf: today,
    projectId,
    milestoneOutlooks: result.milestones.map((outlook) => ({
      milestoneId: outlook.id,
      milestone: milestoneRef(outlook.id),
      dueDate: outlook.dueDate,
      remainingTasks: outlook.remainingTasks,
      probability: outlook.probability,
    })),
  };
}
