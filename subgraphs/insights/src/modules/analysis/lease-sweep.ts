import type { EntityManager, MikroORM } from "@mikro-orm/core";
import { insightsEvents, type Subscription } from "@plateau/events";
import type { Logger } from "@plateau/kernel";
import { CLOSED_WORKSPACES_TABLE, recordEvent, runWorkspaceSweep, sqlRows, startPeriodic, sweepReadPolicy } from "@plateau/subgraph-kit";

/** The session variable the sweep sets to find, across workspaces, the requests whose worker's lease ran out. */
const SWEEP_VARIABLE = "app.analysis_lease_sweep";

/**
 * Row-Level Security for the sweep: while its variable is on, the plain role may *read* every workspace's
 * analysis requests (to learn which hold an expired lease). Changes still go through the tenant policy.
 */
export const analysisLeaseSweepPolicy = sweepReadPolicy("analysis_lease_sweep_read", SWEEP_VARIABLE);

/** How often the sweep looks for expired leases. */
export const LEASE_SWEEP_INTERVAL_MS = 60_000;

/**
 * Hands back to the queue, in `em`'s workspace and transaction, every request still QUEUED or RUNNING under a
 * lease that has run out (its worker crashed, or its instance was killed): QUEUED without a lease, each with a
 * new `insights.analysis.requested` event, so any worker takes it. Also how a stopping worker hands back its
 * own request (`leaseToken`). Returns how many it handed back.
 */
export async function handBack(em: EntityManager, workspaceId: string, leaseToken: string | null = null): Promise<number> {
  const released = await sqlRows<{ id: string; scope: string; project_id: string | null; kinds: string[] }>(
    em,
    `update insights.analysis_request set status = 'QUEUED', lease_token = null, lease_until = null, updated_at = now()
      where workspace_id = ? and status in ('QUEUED', 'RUNNING') and lease_token is not null
        and ${leaseToken ? "lease_token = ?" : "lease_until < now()"}
      returning id, scope, project_id, kinds`,
    leaseToken ? [workspaceId, leaseToken] : [workspaceId],
  );
  for (const row of released) {
    recordEvent(em, {
      type: insightsEvents.analysisRequested,
      workspaceId,
      actorId: null,
      subject: { typename: "AnalysisRequest", id: row.id },
      data: { scope: row.scope as never, projectId: row.project_id, kinds: row.kinds as never },
    });
  }
  return released.length;
}

/** Runs the sweep over every open workspace with an expired lease; how many requests it handed back. */
export function sweepExpiredLeases(orm: MikroORM): Promise<number> {
  return runWorkspaceSweep(orm, {
    variable: SWEEP_VARIABLE,
    findWorkspaces: {
      sql: `select distinct r.workspace_id from insights.analysis_request r
             where r.status in ('QUEUED', 'RUNNING') and r.lease_token is not null and r.lease_until < now()
               and not exists (select 1 from insights.${CLOSED_WORKSPACES_TABLE} c where c.id = r.workspace_id)`,
      params: [],
    },
    inWorkspace: async (em, workspaceId) => {
      const count = await handBack(em, workspaceId);
      await em.flush();
      return count;
    },
  });
}

/** Runs {@link sweepExpiredLeases} now and every `intervalMs`, until closed (started with the workers). */
export function startLeaseSweep(deps: { orm: MikroORM; logger: Logger }, intervalMs = LEASE_SWEEP_INTERVAL_MS): Subscription {
  const run = async () => {
    const handedBack = await sweepExpiredLeases(deps.orm);
    if (handedBack > 0) deps.logger.warn("analysis requests whose worker stopped answering were handed back to the queue", { handedBack });
  };
  return startPeriodic(run, { intervalMs, logger: deps.logger, what: "analysis lease sweep" });
}
