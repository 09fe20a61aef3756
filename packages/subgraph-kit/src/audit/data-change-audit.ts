/**
 * The data half of the audit log (docs/api/audit.md): every create, update and delete of an audited
 * entity is recorded, in the same flush as the change, as an outbox event
 * `<subgraph>.audit.data_changed` carrying the actor, the entity and its fields before and after.
 * The workspaces subgraph consumes these into the workspace's audit log. Nothing has to be called by
 * the services: a flush subscriber sees every change set, so no code path can forget it.
 */
import { ChangeSetType, type ChangeSet, type EntityName, type EventSubscriber, type FlushEventArgs, type MikroORM } from "@mikro-orm/core";
import { createEvent, type DomainEvent } from "@plateau/events";
import { OutboxEvent } from "../outbox/outbox-event.entity.js";
import { SESSION_VARIABLES } from "../tenancy/row-level-security.js";

/** The event type's suffix; the full type is `<subgraph>.audit.data_changed`. */
export const DATA_CHANGED = "audit.data_changed";

/** What a data-change event carries. */
export interface DataChange {
  entityType: string;
  entityId: string;
  action: "CREATED" | "UPDATED" | "DELETED";
  /** The changed fields' previous values (all fields for a delete); null for a create. */
  before: Record<string, unknown> | null;
  /** The changed fields' new values (all fields for a create); null for a delete. */
  after: Record<string, unknown> | null;
}

/** Fields never copied into the audit log, whatever the entity: secrets and their digests. */
const SECRET_FIELD = /hash|secret|token|password|cipher|recovery/i;
/** Bookkeeping that changes with every edit and says nothing on its own. */
const NOISE = new Set(["updatedAt", "version"]);

const ACTIONS: Partial<Record<ChangeSetType, DataChange["action"]>> = {
  [ChangeSetType.CREATE]: "CREATED",
  [ChangeSetType.UPDATE]: "UPDATED",
  [ChangeSetType.DELETE]: "DELETED",
};

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  if (typeof value === "object" && value !== null) {
    // A reference (many-to-one) appears as its entity or a primary key object: keep the id.
    const id = (value as { id?: unknown }).id;
    if (id !== undefined) return id;
    return JSON.parse(JSON.stringify(value)) as unknown;
  }
  return value;
}

function fields(source: Record<string, unknown> | undefined, names: Iterable<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    if (SECRET_FIELD.test(name) || NOISE.has(name)) continue;
    out[name] = plain(source?.[name]);
  }
  return out;
}

/**
 * What a flush changed in an audited entity, as the `audit.data_changed` event describes it (secrets and
 * bookkeeping left out); undefined when nothing worth recording changed.
 */
export function describeDataChange(changeSet: ChangeSet<object>): DataChange | undefined {
  const action = ACTIONS[changeSet.type];
  if (!action) return undefined;
  const meta = changeSet.meta;
  const propertyNames = meta.props.filter((prop) => prop.persist !== false && !prop.formula).map((prop) => prop.name as string);
  const original = changeSet.originalEntity as Record<string, unknown> | undefined;
  const current = changeSet.entity as Record<string, unknown>;
  const changed = Object.keys(changeSet.payload ?? {});
  // A deleted entity's last state is the entity itself (its change set keeps no original).
  const before = action === "CREATED" ? null : action === "DELETED" ? fields(current, propertyNames) : fields(original, changed);
  const after = action === "DELETED" ? null : fields(current, action === "CREATED" ? propertyNames : changed);
  if (action === "UPDATED" && Object.keys(after ?? {}).length === 0) return undefined;
  return { entityType: meta.className, entityId: String(changeSet.getPrimaryKey()), action, before, after };
}

/** An audited change as a {@link DataChangeObserver} receives it: the change, its entity, actor and workspace. */
export interface ObservedDataChange extends DataChange {
  entity: object;
  workspaceId: string | null;
  actorId: string | null;
}

/**
 * Turns a flush's audited changes of the entities it observes into more entities to write in the same
 * flush (e.g. a subgraph's own activity log). It must not flush; what it returns is persisted with the change.
 */
export type DataChangeObserver = (changes: ObservedDataChange[]) => object[];

/** Observers by entity class: classes belong to one subgraph, so an observer only ever sees its own subgraph's flushes. */
const observers = new WeakMap<object, DataChangeObserver>();

/**
 * Has `observer` see every recorded change of `entities` (which must be among the subgraph's audited
 * entities) in the flush that makes it, so what it returns commits, or fails, with the change.
 */
export function observeDataChanges(entities: EntityName<object>[], observer: DataChangeObserver): void {
  for (const entity of entities) observers.set(entity as object, observer);
}

/**
 * Records data-change events for `entities` of the subgraph `service` on every flush of `orm`. The
 * actor is the request's user (the session variable the request context sets); the workspace is the
 * entity's own.
 */
export function auditDataChanges(orm: MikroORM, service: string, entities: EntityName<object>[]): void {
  if (entities.length === 0) return;
  const audited = new Set(entities);
  const subscriber: EventSubscriber = {
    onFlush(args: FlushEventArgs) {
      const events: object[] = [];
      const observed = new Map<DataChangeObserver, ObservedDataChange[]>();
      for (const changeSet of args.uow.getChangeSets()) {
        if (!audited.has(changeSet.meta.class as EntityName<object>)) continue;
        const change = describeDataChange(changeSet as ChangeSet<object>);
        if (!change) continue;
        const actor = args.em.getSessionContext()?.variables?.[SESSION_VARIABLES.userId];
        const workspaceId = (changeSet.entity as { workspaceId?: string }).workspaceId ?? null;
        const actorId = typeof actor === "string" && actor !== "" ? actor : null;
        const observer = observers.get(changeSet.meta.class as object);
        if (observer)
          observed.set(observer, [...(observed.get(observer) ?? []), { ...change, entity: changeSet.entity, workspaceId, actorId }]);
        const event = createEvent({
          type: `${service}.${DATA_CHANGED}`,
          workspaceId,
          actorId,
          subject: { typename: change.entityType, id: change.entityId },
          data: change,
        });
        events.push(OutboxEvent.fromEvent(event as unknown as DomainEvent));
      }
      for (const [observer, changes] of observed) events.push(...observer(changes));
      for (const entity of events) {
        args.em.persist(entity);
        args.uow.computeChangeSet(entity);
      }
    },
  };
  orm.em.getEventManager().registerSubscriber(subscriber);
}
