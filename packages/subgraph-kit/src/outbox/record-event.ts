import { EntityManager } from "@mikro-orm/core";
import { createEvent, type DomainEvent, type NewEvent } from "@plateau/events";
import type { SubgraphContext } from "../context.js";
import { OutboxEvent } from "./outbox-event.entity.js";

/**
 * Records a domain event in the unit of work of `target` (a request context or an EntityManager):
 * the next `em.flush()` commits the change and its event together, and a flush that fails commits
 * neither. From a request context, `workspaceId` and `actorId` default to the viewer's.
 */
export function recordEvent<Data extends object>(target: SubgraphContext | EntityManager, input: NewEvent<Data>): DomainEvent<Data> {
  const em = target instanceof EntityManager ? target : target.em;
  const viewer = target instanceof EntityManager ? undefined : target.viewer;
  const event = createEvent({
    ...input,
    workspaceId: input.workspaceId !== undefined ? input.workspaceId : (viewer?.workspaceId ?? null),
    actorId: input.actorId !== undefined ? input.actorId : (viewer?.userId ?? null),
  });
  em.persist(OutboxEvent.fromEvent(event as DomainEvent));
  return event;
}
