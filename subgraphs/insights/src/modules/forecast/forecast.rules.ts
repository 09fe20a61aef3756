import { canRead, type IRules } from "@plateau/subgraph-kit";

/** A project's velocity and forecast: every role that reads the project reads them (reads that write nothing). */
export const forecastRules: IRules = {
  VelocityWeek: canRead,
  FinishEstimate: canRead,
  ProjectForecast: canRead,
  MilestoneForecast: canRead,
};
