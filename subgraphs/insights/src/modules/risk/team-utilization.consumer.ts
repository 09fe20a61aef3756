import type { MikroORM } from "@mikro-orm/core";
import { isEventType, streamName, timesheetsEvents, type DeliveredEvent, type Subscription } from "@plateau/events";
import { isUuid, type Logger } from "@plateau/kernel";
import { daysBetween, type GroupConsumerOptions, startGroupConsumer } from "@plateau/subgraph-kit";
import { workspaceForEvent } from "./event-workspace.js";
import { utcToday } from "./risk.detectors.js";
import { riskService } from "./risk.service.js";
import { readTeamUtilization } from "./team-utilization.js";

/** The consumer group every insights instance shares on timesheets' stream: each event is applied by one of them. */
export const TEAM_UTILIZATION_CONSUMER_GROUP = "insights-team-utilization";

/** timesheets' event for a team's measured utilisation (subject: the Team). Declared in timesheets' contract. */
export const UTILIZATION_MEASURED = timesheetsEvents.teamUtilizationMeasured;

/**
 * Applies a team's utilisation whenever timesheets measures it, so a team crossing 90% opens (or, below
 * it, resolves) TEAM_OVERLOAD on each of the team's projects and emits `insights.risk.changed`.
 */
export function startTeamUtilizationConsumer(options: GroupConsumerOptions): Subscription {
  return startGroupConsumer(options, {
    stream: streamName("timesheets"),
    group: TEAM_UTILIZATION_CONSUMER_GROUP,
    component: "team-utilization-consumer",
    handle: handleUtilizationMeasured,
  });
}

/**
 * Records the team figures of a `timesheets.team.utilization_measured` event and evaluates the team's
 * projects, in the event's workspace (scoped as a request of that workspace would be, for Row-Level
 * Security); ignores every other event. Idempotent and order-safe: figures no newer than those recorded
 * are skipped (team-utilization.ts). A malformed event, or one of a deleted workspace, is logged and
 * skipped; a database failure throws, leaving the event pending for a retry.
 */
export async function handleUtilizationMeasured(orm: MikroORM, logger: Logger, event: DeliveredEvent): Promise<void> {
  if (!isEventType(event, UTILIZATION_MEASURED)) return;
  const figures = readTeamUtilization(event.data as Record<string, unknown>);
  const workspaceId = event.workspaceId?.toLowerCase();
  const occurredAt = new Date(event.occurredAt);
  if (
    event.version !== UTILIZATION_MEASURED.version ||
    !figures ||
    !workspaceId ||
    !isUuid(workspaceId) ||
    event.subject.typename !== "Team" ||
    event.subject.id.toLowerCase() !== figures.teamId ||
    Number.isNaN(occurredAt.getTime())
  ) {
    logger.warn("skipping a utilization_measured event that is not one this consumer understands", {
      eventId: event.id,
      version: event.version,
    });
    return;
  }
  // Figures of a period not over yet are no measurement: kept, they would outrank every later one.
  if (daysBetween(utcToday(), figures.periodTo) > 1) {
    logger.warn("skipping a utilization_measured event whose period ends in the future", { eventId: event.id, periodTo: figures.periodTo });
    return;
  }
  const em = await workspaceForEvent(orm, workspaceId);
  if (!em) {
    logger.debug("skipping a utilization_measured event of a deleted workspace", { eventId: event.id, workspaceId });
    return;
  }
  const evaluated = await riskService.applyTeamUtilizationEvent(em, workspaceId, figures, {
    eventId: event.id,
    occurredAt,
    actorId: isUuid(event.actorId) ? event.actorId : null,
  });
  if (evaluated === false)
    logger.debug("skipping team figures no newer than those recorded", { eventId: event.id, teamId: figures.teamId });
}
