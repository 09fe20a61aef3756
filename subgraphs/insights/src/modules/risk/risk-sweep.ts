import type { MikroORM } from "@mikro-orm/core";
import type { Subscription } from "@plateau/events";
import type { Logger } from "@plateau/kernel";
import { CLOSED_WORKSPACES_TABLE, runWorkspaceSweep, startPeriodic, sweepReadPolicy } from "@plateau/subgraph-kit";
import { claimStaleFacts } from "./project-facts.js";
import { utcToday } from "./risk.detectors.js";
import { reconcile } from "./risk.reconcile.js";

/** The session variable the sweep sets to find, across workspaces, the facts last evaluated before today. */
const SWEEP_VARIABLE = "app.risk_sweep";

/**
 * Row-Level Security for the sweep: while its variable is on, the plain role may *read* the facts of
 * every workspace (to learn which have facts to evaluate again). Changes still go through the tenant
 * policy, one workspace per transaction.
 */
export const riskSweepPolicy = sweepReadPolicy("risk_sweep_read", SWEEP_VARIABLE);

/** How often the sweep looks for facts last evaluated on an earlier day: a new day is seen within this. */
export const RISK_SWEEP_INTERVAL_MS = 15 * 60_000;

/**
 * Evaluates the rules again on `today` for every project whose facts were last evaluated on an earlier
 * day, in every open workspace: the schedule rule reads the calendar, so a project can fall behind (or
 * reach its start) without any change in portfolio. Opens, updates and resolves assessments with their
 * `insights.risk.changed` events like an evaluation on an event does. Safe to run concurrently (each
 * project's facts are claimed once a day, project-facts.ts). Returns how many projects it evaluated.
 */
export function sweepRisks(orm: MikroORM, today: string = utcToday()): Promise<number> {
  return runWorkspaceSweep(orm, {
    variable: SWEEP_VARIABLE,
    findWorkspaces: {
      sql: `select distinct f.workspace_id from insights.project_facts f
             where f.evaluated_on < ?::date and not f.deleted and not exists (select 1 from insights.${CLOSED_WORKSPACES_TABLE} c where c.id = f.workspace_id)`,
      params: [today],
    },
    inWorkspace: async (em, workspaceId) => {
      const projects = await claimStaleFacts(em, workspaceId, today);
      await reconcile(em, workspaceId, projects, { actorId: null, today });
      return projects.length;
    },
  });
}

/** Runs {@link sweepRisks} now and every `intervalMs`, until closed (started with the subgraph's consumers). */
export function startRiskSweep(deps: { orm: MikroORM; logger: Logger }, intervalMs = RISK_SWEEP_INTERVAL_MS): Subscription {
  const run = async () => {
    const evaluated = await sweepRisks(deps.orm);
    if (evaluated > 0) deps.logger.info("risks evaluated for a new day", { evaluated });
  };
  return startPeriodic(run, { intervalMs, logger: deps.logger, what: "risk sweep" });
}
