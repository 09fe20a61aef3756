import type { EntityManager, MikroORM } from "@mikro-orm/core";
import type { EventBus } from "@plateau/events";
import { checkKeySet, type HealthCheck } from "@plateau/kernel";
import type { Metrics } from "@plateau/observability";
import type { JWTVerifyGetKey } from "jose";
import { withoutQueryReporting, type Database } from "../orm.js";
import { relayScope } from "../outbox/outbox-relay.js";

export interface SubgraphProbes {
  service: string;
  database: Database;
  tokenKeys: JWTVerifyGetKey;
  eventBus?: EventBus;
}

/**
 * The subgraph's readiness (`/ready`, docs/api/observability.md, "Health"): unhealthy when it cannot serve (database
 * unreachable, migrations pending, identity's keys not loadable), degraded when the event bus is down
 * (writes still commit; their events wait in the outbox).
 */
export function subgraphReadiness(probes: SubgraphProbes): Record<string, HealthCheck> {
  const { database, eventBus } = probes;
  return {
    database: { critical: true, check: () => withoutQueryReporting(() => database.ping()) },
    migrations: {
      critical: true,
      check: async () => {
        const pending = await withoutQueryReporting(() => database.pendingMigrations());
        if (pending.length > 0) throw new Error(`${pending.length} pending: ${pending.join(", ")}`);
      },
    },
    jwks: { critical: true, check: () => checkKeySet(probes.tokenKeys) },
    ...(eventBus ? { eventBus: { critical: false, check: () => eventBus.ping() } } : {}),
  };
}

/** The parts of a `pg` pool its gauges read; PGlite (one in-process connection) has none. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

function isPool(value: unknown): value is PoolCounts {
  return typeof (value as Partial<PoolCounts> | undefined)?.totalCount === "number";
}

/** The outbox's unrelayed rows and the oldest one's time, read as the relay reads them. */
async function outboxBacklog(orm: MikroORM): Promise<{ count: number; oldestAt: Date | null }> {
  const em: EntityManager = relayScope(orm);
  const schema = orm.config.get("schema");
  // Probes are not requests: their statements stay out of statement counts.
  const [row] = await withoutQueryReporting(() =>
    em.transactional((tx) =>
      tx
        .getConnection()
        .execute<{ count: string | number; oldest: string | Date | null }[]>(
          `select count(*) as count, min(occurred_at) as oldest from "${schema}".outbox where relayed_at is null`,
          [],
          "all",
          tx.getTransactionContext(),
        ),
    ),
  );
  return { count: Number(row?.count ?? 0), oldestAt: row?.oldest ? new Date(row.oldest) : null };
}

/** Runs `read` at most once per scrape: two gauges fed by one query. */
function oncePerScrape<T>(read: () => Promise<T>): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    if (!last || Date.now() - last.at > 1_000) last = { at: Date.now(), value: read() };
    return last.value;
  };
}

/**
 * Feeds the subgraph's scrape-time gauges: database pool use, outbox backlog and the event bus's
 * reachability. Returns the remover (on close: a stopped subgraph's series go with it).
 */
export function observeSubgraph(metrics: Metrics, probes: SubgraphProbes): () => void {
  const { service, database, eventBus } = probes;
  const backlog = oncePerScrape(() => outboxBacklog(database.orm));
  const removers = [
    metrics.dbPoolConnections.observe(async (set) => {
      const pool: unknown = await database.orm.em.getConnection().getNativeClient?.();
      if (!isPool(pool)) return;
      set({ service, state: "total" }, pool.totalCount);
      set({ service, state: "idle" }, pool.idleCount);
      set({ service, state: "waiting" }, pool.waitingCount);
      set({ service, state: "max" }, database.orm.config.get("pool").max ?? 10);
    }),
    metrics.outboxBacklog.observe(async (set) => set({ service }, (await backlog()).count)),
    metrics.outboxOldestAge.observe(async (set) => {
      const { oldestAt } = await backlog();
      set({ service }, oldestAt ? Math.max(0, (Date.now() - oldestAt.getTime()) / 1_000) : 0);
    }),
  ];
  if (eventBus) {
    removers.push(
      metrics.eventBusUp.observe(async (set) => {
        const up = await Promise.race([
          eventBus.ping().then(
            () => 1,
            () => 0,
          ),
          new Promise<number>((resolve) => setTimeout(resolve, 1_000, 0).unref()),
        ]);
        set({ service }, up);
      }),
    );
  }
  return () => removers.forEach((remove) => remove());
}
