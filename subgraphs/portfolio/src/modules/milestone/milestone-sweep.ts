import type { EntityManager, MikroORM } from "@mikro-orm/core";
import type { Subscription } from "@plateau/events";
import type { Logger } from "@plateau/kernel";
import { runInWorkspace, sqlRows, today as todayUtc, withoutQueryReporting, type RowPolicy } from "@plateau/subgraph-kit";
import { Milestone, MilestoneStatus } from "./milestone.entity.js";
import { recordMilestoneStatusChanged } from "./milestone.events.js";

/** The session variable the sweep sets to find overdue milestones across workspaces. */
const SWEEP_VARIABLE = "app.milestone_sweep";

/**
 * Row-Level Security for the sweep: while its variable is on, the plain role may *read* milestones of
 * every workspace (to learn which workspaces have overdue ones). Changes still go through the tenant
 * policy, one workspace per transaction.
 */
export const milestoneSweepPolicy: RowPolicy = {
  name: "milestone_sweep_read",
  command: "select",
  using: `current_setting('${SWEEP_VARIABLE}', true) = 'on'`,
};

/** How often the sweep runs. A milestone shows as MISSED on read at once; this only makes it durable. */
export const MILESTONE_SWEEP_INTERVAL_MS = 60_000;

/** Stores MISSED for one workspace's overdue milestones; how many changed. */
function sweepWorkspace(orm: MikroORM, workspaceId: string, today: string): Promise<number> {
  return runInWorkspace(orm.em.fork() as EntityManager, workspaceId, async (em) => {
    // Locked and re-checked: a concurrent sweep (another replica) waits here and then finds nothing.
    const rows = await sqlRows<{ id: string }>(
      em,
      `select id from portfolio.milestone where workspace_id = ? and status = 'UPCOMING' and due_date < ? order by id for update`,
      [workspaceId, today],
    );
    if (rows.length === 0) return 0;
    const milestones = await em.find(Milestone, { id: { $in: rows.map((row) => row.id) } }, { refresh: true });
    for (const milestone of milestones) {
      milestone.status = MilestoneStatus.MISSED;
      recordMilestoneStatusChanged(em, milestone, MilestoneStatus.UPCOMING);
    }
    await em.flush();
    return milestones.length;
  });
}

/**
 * Stores MISSED on every milestone whose due date is before `today` and that is still UPCOMING, in
 * every workspace, each with its `portfolio.project.milestone` event. Safe to run concurrently.
 * Its statements are background work, kept out of request statement counts.
 */
export function sweepMissedMilestones(orm: MikroORM, today: string = todayUtc()): Promise<number> {
  return withoutQueryReporting(async () => {
    const finder = orm.em.fork() as EntityManager;
    const workspaces = await finder.transactional(async (tx) => {
      await sqlRows(tx, `select set_config('${SWEEP_VARIABLE}', 'on', true)`);
      return sqlRows<{ workspace_id: string }>(
        tx,
        `select distinct workspace_id from portfolio.milestone where status = 'UPCOMING' and due_date < ?`,
        [today],
      );
    });
    let changed = 0;
    for (const { workspace_id } of workspaces) changed += await sweepWorkspace(orm, workspace_id, today);
    return changed;
  });
}

/** Runs {@link sweepMissedMilestones} now and every `intervalMs`, until closed (started with the subgraph's consumers). */
export function startMilestoneSweep(deps: { orm: MikroORM; logger: Logger }, intervalMs = MILESTONE_SWEEP_INTERVAL_MS): Subscription {
  let running: Promise<unknown> | undefined;
  const run = () => {
    if (running) return;
    running = sweepMissedMilestones(deps.orm)
      .then((changed) => changed > 0 && deps.logger.info("milestones missed", { changed }))
      .catch((error: unknown) => deps.logger.warn("milestone sweep failed; retrying at the next interval", { error }))
      .finally(() => (running = undefined));
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();
  return {
    ready: Promise.resolve(),
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
