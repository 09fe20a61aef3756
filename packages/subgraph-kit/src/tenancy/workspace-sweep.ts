import type { EntityManager, MikroORM } from "@mikro-orm/core";
import type { Subscription } from "@plateau/events";
import type { Logger } from "@plateau/kernel";
import { withoutQueryReporting } from "../orm.js";
import { runInWorkspace, type RowPolicy } from "./row-level-security.js";
import { sqlRows } from "./sql.js";

/**
 * A background job that changes rows of many workspaces (portfolio's milestone sweep, insights' risk
 * sweep): it finds the workspaces with work across all of them, under a session variable that a
 * read-only policy of its own admits ({@link sweepReadPolicy}), then does each workspace's work in a
 * transaction scoped to that workspace, so its writes go through the tenant policy like a request's.
 */
export interface WorkspaceSweep {
  /** The session variable that opens the cross-workspace read (`app.<name>`). */
  variable: string;
  /** Selects `workspace_id` of the workspaces with work; `params` fill its placeholders. */
  findWorkspaces: { sql: string; params: unknown[] };
  /** One workspace's work, in its own transaction; returns how much it did. */
  inWorkspace: (em: EntityManager, workspaceId: string) => Promise<number>;
}

/** The Row-Level Security policy that lets a sweep *read* the rows of every workspace while its variable is on. */
export function sweepReadPolicy(name: string, variable: string): RowPolicy {
  return { name, command: "select", using: `current_setting('${variable}', true) = 'on'` };
}

/** Runs `sweep` once over every workspace with work; how much it did. Background work, out of request statement counts. */
export function runWorkspaceSweep(orm: MikroORM, sweep: WorkspaceSweep): Promise<number> {
  return withoutQueryReporting(async () => {
    const finder = orm.em.fork() as EntityManager;
    const workspaces = await finder.transactional(async (tx) => {
      await sqlRows(tx, `select set_config('${sweep.variable}', 'on', true)`);
      return sqlRows<{ workspace_id: string }>(tx, sweep.findWorkspaces.sql, sweep.findWorkspaces.params);
    });
    let done = 0;
    for (const { workspace_id } of workspaces) {
      done += await runInWorkspace(orm.em.fork() as EntityManager, workspace_id, (em) => sweep.inWorkspace(em, workspace_id));
    }
    return done;
  });
}

/**
 * Runs `run` now and every `intervalMs` (one run at a time; a failure is logged and retried at the next
 * interval), until closed: a subgraph starts it with its consumers.
 */
export function startPeriodic(run: () => Promise<unknown>, options: { intervalMs: number; logger: Logger; what: string }): Subscription {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    running ??= run()
      .catch((error: unknown) => options.logger.warn(`${options.what} failed; retrying at the next interval`, { error }))
      .finally(() => (running = undefined));
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  tick();
  return {
    ready: Promise.resolve(),
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
