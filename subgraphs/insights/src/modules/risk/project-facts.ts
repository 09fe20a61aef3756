/**
 * The facts the rules evaluate, where they come from, and the watermark that orders them. Facts reach
 * insights two ways: in a Project representation on read (`@requires`, current as of the read) and in
 * portfolio's `portfolio.project.progress_changed` events (as of the change, delivered at least once
 * and possibly late). `project_facts` remembers, per project, as of when the facts last evaluated were
 * true; facts no newer than that are not evaluated again.
 */
import type { EntityManager } from "@mikro-orm/core";
import { sqlRows } from "@plateau/subgraph-kit";
import type { ProjectFacts } from "./risk.detectors.js";

/** A project to evaluate: its id and its facts. */
export interface ProjectToEvaluate extends ProjectFacts {
  id: string;
}

/**
 * Where the facts of an evaluation come from:
 * - `READ`: a Project representation, true as of now. Always evaluated, and it moves the watermark to
 *   now, so an event that committed before the read and is handled after it (consumer lag, a replay
 *   after a Redis outage) does not take the risks back to what they were before the read.
 * - `EVENT`: a progress_changed event, true as of its `occurredAt`. Evaluated only when newer than the
 *   watermark: after `occurredAt`, or at the same instant with a greater event id (UUIDv7 ids sort by
 *   creation). The same event again, or an older one, is skipped whole: nothing written, nothing emitted.
 */
export type FactsSource = { kind: "READ"; at: Date } | { kind: "EVENT"; eventId: string; occurredAt: Date };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: unknown): value is string | null => value === null || (typeof value === "string" && DATE.test(value));

/**
 * The rule facts in `value` (a representation, an event's data), or null when one is missing or of the
 * wrong type: progress a finite number, blockedTaskCount a non-negative integer, dates YYYY-MM-DD or null.
 */
export function readProjectFacts(value: Record<string, unknown>): ProjectFacts | null {
  const { progress, startDate, endDate, blockedTaskCount } = value;
  if (typeof progress !== "number" || !Number.isFinite(progress)) return null;
  if (!Number.isInteger(blockedTaskCount) || (blockedTaskCount as number) < 0) return null;
  if (!isDate(startDate) || !isDate(endDate)) return null;
  return { progress, startDate, endDate, blockedTaskCount: blockedTaskCount as number };
}

/**
 * Records the facts of `projects` as the latest known, where `source` is newer than what is stored, and
 * returns the ids of the projects whose facts were recorded: the ones to evaluate. One statement for all
 * projects. Every project's row stays locked until `tx` commits, so evaluations of one project (a read
 * and the consumer, two consumers after a takeover) run one after the other, each seeing the risks the
 * previous one committed; projects are locked in id order, so two batches cannot deadlock.
 */
export async function claimFacts(
  tx: EntityManager,
  workspaceId: string,
  projects: readonly ProjectToEvaluate[],
  source: FactsSource,
): Promise<Set<string>> {
  if (projects.length === 0) return new Set();
  const asOf = (source.kind === "READ" ? source.at : source.occurredAt).toISOString();
  const eventId = source.kind === "EVENT" ? source.eventId : null;
  const sorted = [...projects].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const values = sorted.map(() => "(?::uuid, ?::uuid, ?::double precision, ?::date, ?::date, ?::int, ?::timestamptz, ?::uuid)").join(", ");
  const params = sorted.flatMap((p) => [workspaceId, p.id, p.progress, p.startDate, p.endDate, p.blockedTaskCount, asOf, eventId]);
  // A read moves the watermark forward only (clocks of services may differ by a little); an event must
  // be strictly newer, so its own redelivery is not.
  const update =
    source.kind === "READ"
      ? `as_of = greatest(f.as_of, excluded.as_of), event_id = null`
      : `as_of = excluded.as_of, event_id = excluded.event_id
         where excluded.as_of > f.as_of or (excluded.as_of = f.as_of and f.event_id is not null and excluded.event_id > f.event_id)`;
  const rows = await sqlRows<{ project_id: string }>(
    tx,
    `insert into insights.project_facts as f
       (workspace_id, project_id, progress, start_date, end_date, blocked_task_count, as_of, event_id)
     values ${values}
     on conflict (workspace_id, project_id) do update set
       progress = excluded.progress, start_date = excluded.start_date, end_date = excluded.end_date,
       blocked_task_count = excluded.blocked_task_count, ${update}
     returning f.project_id`,
    params,
  );
  return new Set(rows.map((row) => row.project_id));
}
