import type { MikroORM } from "@mikro-orm/core";
import { isEventType, portfolioEvents, streamName, type DeliveredEvent, type Subscription } from "@plateau/events";
import { isUuid, type Logger } from "@plateau/kernel";
import { startGroupConsumer, type GroupConsumerOptions } from "@plateau/subgraph-kit";
import { workspaceForEvent } from "./event-workspace.js";
import { readProjectFacts } from "./project-facts.js";
import { riskService } from "./risk.service.js";

/** The consumer group every insights instance shares on portfolio's stream: each event is evaluated by one of them. */
export const RISK_CONSUMER_GROUP = "insights-risk";

/**
 * portfolio's event for a change of a project's rule facts (subject: the Project; data: the values
 * after the change). Declared in portfolio's contract; insights reads only the fields it needs.
 */
export const PROGRESS_CHANGED = portfolioEvents.projectProgressChanged;

/** The kit's group consumer options; `group` defaults to the group above. */
export type RiskConsumerOptions = GroupConsumerOptions;

/**
 * Recomputes a project's rule-based risks whenever portfolio says its facts changed, so a task move
 * that crosses a rule's threshold opens (or resolves) a risk, and emits `insights.risk.changed`, without
 * anyone reading `Project.risks`.
 */
export function startRiskConsumer(options: RiskConsumerOptions): Subscription {
  return startGroupConsumer(options, {
    stream: streamName("portfolio"),
    group: RISK_CONSUMER_GROUP,
    component: "risk-consumer",
    handle: handleProgressChanged,
  });
}

/**
 * Evaluates the rules for the project of a `portfolio.project.progress_changed` event with its facts,
 * in the event's workspace (scoped as a request of that workspace would be, for Row-Level Security);
 * ignores every other event. Idempotent and order-safe: facts no newer than the ones last evaluated for
 * the project are skipped (project-facts.ts). A malformed event, or one of a deleted workspace, is logged
 * and skipped; a database failure throws, leaving the event pending for a retry.
 */
export async function handleProgressChanged(orm: MikroORM, logger: Logger, event: DeliveredEvent): Promise<void> {
  if (isEventType(event, portfolioEvents.projectDeleted)) return handleProjectDeleted(orm, logger, event);
  if (!isEventType(event, PROGRESS_CHANGED)) return;
  // Read as untrusted: the contract says what portfolio sends, the checks below what this consumer accepts.
  const data = event.data as Record<string, unknown>;
  const facts = readProjectFacts(data);
  const workspaceId = event.workspaceId?.toLowerCase();
  const projectId = event.subject.id.toLowerCase();
  const occurredAt = new Date(event.occurredAt);
  if (
    event.version !== PROGRESS_CHANGED.version ||
    !facts ||
    !workspaceId ||
    !isUuid(workspaceId) ||
    event.subject.typename !== "Project" ||
    !isUuid(projectId) ||
    (data.projectId !== undefined && String(data.projectId).toLowerCase() !== projectId) ||
    Number.isNaN(occurredAt.getTime())
  ) {
    logger.warn("skipping a progress_changed event that is not one this consumer understands", {
      eventId: event.id,
      version: event.version,
    });
    return;
  }
  const em = await workspaceForEvent(orm, workspaceId);
  if (!em) {
    logger.debug("skipping a progress_changed event of a deleted workspace", { eventId: event.id, workspaceId });
    return;
  }
  const applied = await riskService.applyFactsEvent(
    em,
    workspaceId,
    { id: projectId, ...facts },
    { eventId: event.id, occurredAt, actorId: isUuid(event.actorId) ? event.actorId : null },
  );
  if (!applied) logger.debug("skipping facts no newer than those already evaluated", { eventId: event.id, projectId });
}

/** Forgets the project of a `portfolio.project.deleted` event: its facts and its OPEN risks (risk.service.ts). */
async function handleProjectDeleted(orm: MikroORM, logger: Logger, event: DeliveredEvent): Promise<void> {
  const workspaceId = event.workspaceId?.toLowerCase();
  const projectId = event.subject.id.toLowerCase();
  if (!workspaceId || !isUuid(workspaceId) || event.subject.typename !== "Project" || !isUuid(projectId)) {
    logger.warn("skipping a project.deleted event that is not one this consumer understands", { eventId: event.id });
    return;
  }
  const em = await workspaceForEvent(orm, workspaceId);
  if (!em) return;
  await riskService.applyProjectDeleted(em, workspaceId, projectId, {
    eventId: event.id,
    actorId: isUuid(event.actorId) ? event.actorId : null,
  });
}
