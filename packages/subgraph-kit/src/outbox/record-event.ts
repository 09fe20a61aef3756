import { EntityManager } from "@mikro-orm/core";
import { createEvent, type DomainEvent, type EventType, type NewEvent } from "@plateau/events";
import type { SubgraphContext } from "../context.js";
import { OutboxEvent } from "./outbox-event.entity.js";

/**
 * An event as a producer records it: its type is one of the contracts' (`portfolioEvents.taskCreated`,
 * …), which fixes the shape of `data` and the version, so a payload that does not match is a type error.
 */
export interface RecordedEvent<Data extends object> extends Omit<NewEvent<Data>, "type" | "data" | "version"> {
  type: EventType<Data>;
  /** Checked against the type's contract, not used to infer it. */
  data: NoInfer<Data>;
}

/**
 * Records a domain event in the unit of work of `target` (a request context or an EntityManager):
 * the next `em.flush()` commits the change and its event together, and a flush that fails commits
 * neither. From a request context, `workspaceId` and `actorId` default to the viewer's.
 */
export function recordEvent<Data extends object>(target: SubgraphContext | EntityManager, input: RecordedEvent<Data>): DomainEvent<Data> {
  const em = target instanceof EntityManager ? target : target.em;
  const viewer = target instanceof EntityManager ? undefined : target.viewer;
  const event = createEvent<Data>({
    ...input,
    workspaceId: input.workspaceId !== undefined ? input.workspaceId : (viewer?.workspaceId ?? null),
    actorId: input.actorId !== undefined ? input.actorId : (viewer?.userId ?? null),
  });
  em.persist(OutboxEvent.fromEvent(event as DomainEvent));
  return event;
}
