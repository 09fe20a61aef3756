import { isUuid, uuidv7 } from "@plateau/kernel";

/** The entity an event is about. */
export interface EventSubject {
  /** Its GraphQL type name (`Task`, `Milestone`, …). */
  typename: string;
  id: string;
}

/**
 * A domain event as it travels from the outbox to every consumer (docs/architecture.md, "Events and the outbox").
 * Delivery is at least once: consumers deduplicate by `id`.
 */
export interface DomainEvent<Data extends object = Record<string, unknown>> {
  /** UUIDv7, so ids sort by creation time. */
  id: string;
  /** `<service>.<aggregate>.<what happened>`, e.g. `portfolio.task.created`; the service names the stream. */
  type: string;
  /** Version of `data`'s shape for this type; raised on an incompatible change. */
  version: number;
  /** ISO 8601 timestamp of the change. */
  occurredAt: string;
  /** The tenant; null only for events outside any workspace (sign-ups, say). */
  workspaceId: string | null;
  /** The user who made the change; null for system changes. */
  actorId: string | null;
  subject: EventSubject;
  data: Data;
}

/** An event read from a stream: with its position there, which `read(stream, after)` resumes from. */
export type DeliveredEvent<Data extends object = Record<string, unknown>> = DomainEvent<Data> & { cursor: string };

/**
 * One entry of a service's event catalogue: the type name with the shape of its data. Declared once,
 * in the contracts module (`contracts/<service>.ts`), so producers and consumers agree on both.
 */
export interface EventType<Data extends object> {
  readonly name: string;
  readonly version: number;
  /** Type-level only: carries `Data`. */
  readonly __data?: Data;
}

const TYPE_PATTERN = /^([a-z][a-z0-9-]*)(\.[a-z][a-z0-9_]*)+$/;

/** Declares an event type of the catalogue; `name` is `<service>.<aggregate>.<what happened>`. */
export function defineEventType<Data extends object>(name: string, version = 1): EventType<Data> {
  serviceOf(name);
  return { name, version };
}

/**
 * True when `event` is of `type` (by name): narrows its data to the contract's shape. The version is
 * not compared; a consumer that only understands some versions checks `event.version` itself.
 */
export function isEventType<Data extends object, E extends DomainEvent<object>>(
  event: E,
  type: EventType<Data>,
): event is E & DomainEvent<Data> {
  return event.type === type.name;
}

/** Prefix of every event stream's key in Redis. */
export const STREAM_PREFIX = "plateau:events:";

/** The producing service of an event type: the part before the first dot. */
export function serviceOf(type: string): string {
  const match = TYPE_PATTERN.exec(type);
  if (!match) throw new Error(`"${type}" is not an event type: expected <service>.<aggregate>.<what happened>, lower case`);
  return match[1]!;
}

/** The stream of one producing service, e.g. `plateau:events:portfolio`. */
export function streamName(service: string): string {
  return `${STREAM_PREFIX}${service}`;
}

/** The stream an event is published to: one per producing service, so it keeps that service's order. */
export function streamFor(event: Pick<DomainEvent, "type">): string {
  return streamName(serviceOf(event.type));
}

/** What a producer says about a change; the envelope's other fields are filled in. */
export interface NewEvent<Data extends object> {
  type: EventType<Data> | string;
  subject: EventSubject;
  data: Data;
  workspaceId?: string | null;
  actorId?: string | null;
  /** Defaults to the type's version, or 1 for a bare type name. */
  version?: number;
  id?: string;
  occurredAt?: Date;
}

/** Builds a complete envelope: a new UUIDv7 id and the current time unless given. */
export function createEvent<Data extends object>(input: NewEvent<Data>): DomainEvent<Data> {
  const type = typeof input.type === "string" ? input.type : input.type.name;
  serviceOf(type);
  return {
    id: input.id ?? uuidv7(),
    type,
    version: input.version ?? (typeof input.type === "string" ? 1 : input.type.version),
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    workspaceId: input.workspaceId ?? null,
    actorId: input.actorId ?? null,
    subject: { typename: input.subject.typename, id: input.subject.id },
    data: input.data,
  };
}

const isNullableString = (value: unknown) => value === null || typeof value === "string";

/**
 * Parses an envelope read from a stream; throws on anything that is not one (a consumer must not
 * act on half an event).
 */
export function decodeEvent(json: string): DomainEvent {
  const value = JSON.parse(json) as Partial<DomainEvent> | null;
  const subject = value?.subject as Partial<EventSubject> | undefined;
  if (
    !value ||
    !isUuid(value.id) ||
    typeof value.type !== "string" ||
    !TYPE_PATTERN.test(value.type) ||
    !Number.isInteger(value.version) ||
    typeof value.occurredAt !== "string" ||
    !isNullableString(value.workspaceId) ||
    !isNullableString(value.actorId) ||
    typeof subject?.typename !== "string" ||
    typeof subject.id !== "string" ||
    typeof value.data !== "object" ||
    value.data === null
  ) {
    throw new Error("not a domain event envelope");
  }
  return {
    id: value.id,
    type: value.type,
    version: value.version!,
    occurredAt: value.occurredAt,
    workspaceId: value.workspaceId ?? null,
    actorId: value.actorId ?? null,
    subject: { typename: subject.typename, id: subject.id },
    data: value.data as Record<string, unknown>,
  };
}

/** The JSON an envelope travels as; the stream cursor, if any, is not part of it. */
export function encodeEvent(event: DomainEvent): string {
  const { id, type, version, occurredAt, workspaceId, actorId, subject, data } = event;
  return JSON.stringify({ id, type, version, occurredAt, workspaceId, actorId, subject, data });
}
