import type { MikroORM } from "@mikro-orm/core";
import { identityEvents, isEventType, streamName, type DeliveredEvent, type Subscription } from "@plateau/events";
import { isUuid, type Logger } from "@plateau/kernel";
import { type GroupConsumerOptions, isSkillLevel, sqlRows, startGroupConsumer } from "@plateau/subgraph-kit";
import { workspaceForEvent } from "../risk/event-workspace.js";
import { riskService } from "../risk/risk.service.js";

/** The consumer group every insights instance shares on identity's stream: each event is applied by one of them. */
export const SKILL_HOLDER_CONSUMER_GROUP = "insights-skills";

/** Keeps insights' skill_holder from identity's skill events: who can do the work the open tasks need. */
export function startSkillHolderConsumer(options: GroupConsumerOptions): Subscription {
  return startGroupConsumer(options, {
    stream: streamName("identity"),
    group: SKILL_HOLDER_CONSUMER_GROUP,
    component: "skill-holder-consumer",
    handle: applySkillEvent,
  });
}

const id = (value: unknown): string | null => (typeof value === "string" && isUuid(value) ? value.toLowerCase() : null);

/**
 * Applies a user's new level in a skill (or its removal), or a skill's deletion, in the event's workspace
 * (scoped for Row-Level Security), then evaluates again the risks of every project whose open tasks need
 * the skill; ignores identity's other events. Idempotent and order-safe: an event no newer than the last one
 * applied to a holder (by UUIDv7 id) changes nothing. A malformed event, or one of a deleted workspace, is
 * logged and skipped; a database failure throws, leaving the event pending for a retry.
 */
export async function applySkillEvent(orm: MikroORM, logger: Logger, event: DeliveredEvent): Promise<void> {
  const changed = isEventType(event, identityEvents.userSkillChanged);
  if (!changed && !isEventType(event, identityEvents.skillDeleted)) return;
  const data = event.data as Record<string, unknown>;
  const workspaceId = id(event.workspaceId);
  const skillId = id(data.skillId);
  const userId = id(data.userId);
  const level = data.level === null ? null : isSkillLevel(data.level) ? data.level : undefined;
  if (!workspaceId || !skillId || !isUuid(event.id) || (changed && (!userId || level === undefined))) {
    logger.warn("skipping a skill event that is not one this consumer understands", { eventId: event.id, type: event.type });
    return;
  }
  const em = await workspaceForEvent(orm, workspaceId);
  if (!em) return;
  const applied = changed
    ? await sqlRows(
        em,
        `insert into insights.skill_holder (workspace_id, skill_id, user_id, level, last_event_id) values (?, ?, ?, ?, ?)
         on conflict (workspace_id, skill_id, user_id) do update set level = excluded.level, last_event_id = excluded.last_event_id
         where insights.skill_holder.last_event_id < excluded.last_event_id
         returning 1`,
        [workspaceId, skillId, userId, level, event.id],
      )
    : await sqlRows(
        em,
        `update insights.skill_holder set level = null, last_event_id = ?
          where workspace_id = ? and skill_id = ? and last_event_id < ? and level is not null
          returning 1`,
        [event.id, workspaceId, skillId, event.id],
      );
  if (applied.length === 0) return;
  // The projects whose open tasks need the skill: their SKILL_CONCENTRATION may have changed.
  const projects = await sqlRows<{ project_id: string }>(
    em,
    `select distinct project_id from insights.task_state
      where workspace_id = ? and not deleted and status is distinct from 'DONE' and required_skills @> ?::jsonb`,
    [workspaceId, JSON.stringify([{ skillId }])],
  );
  const actorId = isUuid(event.actorId) ? event.actorId : null;
  for (const { project_id } of projects) await riskService.applyTaskChange(em, workspaceId, project_id, actorId);
}
