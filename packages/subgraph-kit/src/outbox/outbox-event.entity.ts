import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { DomainEvent } from "@plateau/events";

/**
 * A domain event waiting in the subgraph's own schema to be relayed (docs/architecture.md, "Events and the outbox"):
 * written in the same transaction as the change it describes, published by the outbox relay, then
 * marked relayed. Not a GraphQL type and not tenant-scoped: requests only ever insert rows, and the
 * relay reads every workspace's.
 */
@Entity({ tableName: "outbox" })
// Only unrelayed rows are indexed: the relay's scan stays small however long the table grows.
@Index({ name: "outbox_unrelayed_index", properties: ["id"], where: { relayedAt: null } })
export class OutboxEvent {
  /** The event's id (UUIDv7): also the relay's order. */
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Property({ type: "uuid", nullable: true })
  workspaceId: string | null = null;

  @Property({ type: "string", length: 200 })
  type!: string;

  @Property({ type: "integer" })
  version!: number;

  @Property({ type: "datetime" })
  occurredAt!: Date;

  @Property({ type: "uuid", nullable: true })
  actorId: string | null = null;

  @Property({ type: "string", length: 100 })
  subjectTypename!: string;

  @Property({ type: "string", length: 100 })
  subjectId!: string;

  @Property({ type: "json" })
  data!: Record<string, unknown>;

  /** When the relay published it; null while it waits. */
  @Property({ type: "datetime", nullable: true })
  relayedAt: Date | null = null;

  /** The row for an envelope. */
  static fromEvent(event: DomainEvent): OutboxEvent {
    const row = new OutboxEvent();
    Object.assign(row, {
      id: event.id,
      workspaceId: event.workspaceId,
      type: event.type,
      version: event.version,
      occurredAt: new Date(event.occurredAt),
      actorId: event.actorId,
      subjectTypename: event.subject.typename,
      subjectId: event.subject.id,
      data: event.data,
    });
    return row;
  }

  /** The envelope a row holds. */
  toEvent(): DomainEvent {
    return {
      id: this.id,
      type: this.type,
      version: this.version,
      occurredAt: this.occurredAt.toISOString(),
      workspaceId: this.workspaceId,
      actorId: this.actorId,
      subject: { typename: this.subjectTypename, id: this.subjectId },
      data: this.data,
    };
  }
}
