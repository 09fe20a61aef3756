import type { EntityManager, MikroORM } from "@mikro-orm/core";
import type { SqlEntityManager } from "@mikro-orm/postgresql";
import { isDataChangedEvent, isSecurityEvent, streamName, type DeliveredEvent, type Subscription } from "@plateau/events";
import { isUuid, uuidv7, type Logger } from "@plateau/kernel";
import { runInWorkspace, scopeEntityManager } from "@plateau/subgraph-kit";
import type { GroupConsumerOptions } from "@plateau/subgraph-kit";
import { membershipsOfUser } from "../membership/membership.of-user.js";
import { Workspace } from "../workspace/workspace.entity.js";
import { AuditEntry, AuditKind, type AuditSnapshot } from "./audit-entry.entity.js";

/** The consumer group every workspaces instance shares: each event is stored once, by one of them. */
export const AUDIT_CONSUMER_GROUP = "workspaces-audit";

/** The services whose streams carry what the audit log stores (this subgraph records its own changes directly). */
export const AUDITED_SERVICES = ["identity", "portfolio", "workpackages", "timesheets", "insights"] as const;

/** The kit's group consumer options; `group` defaults to the group above. */
export type AuditConsumerOptions = GroupConsumerOptions;

/** An entry as the consumer stores it; `workspaceId` is added per target workspace. */
type EntryRow = Omit<AuditEntry, "id" | "workspaceId">;

const text = (value: unknown, max: number): string | null => (typeof value === "string" && value.length > 0 ? value.slice(0, max) : null);
const object = (value: unknown): AuditSnapshot | null =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as AuditSnapshot) : null;

/**
 * Subscribes the workspaces audit log to the other services' streams (one subscription per stream,
 * all in one consumer group) and stores:
 * - every `identity.security.*` event (subject: the User; data `{ type, ip, userAgent, sessionId,
 *   details }`) as a SECURITY entry in every non-deleted workspace the user belongs to;
 * - every `<service>.audit.data_changed` event (data `{ entityType, entityId, action, before, after }`)
 *   as a DATA entry in its `workspaceId`, unless that workspace is unknown or deleted.
 * Idempotent by event id: an entry is unique per (workspace, event), so a redelivery stores nothing
 * new. Malformed events are logged and skipped; a database failure leaves the event pending for a retry.
 * Each write runs scoped to its target workspace, as Row-Level Security requires of the plain role.
 */
export function startAuditConsumer(options: AuditConsumerOptions): Subscription[] {
  const logger = options.logger.child({ component: "audit-consumer" });
  const handler = (event: DeliveredEvent) => storeAuditEvent(options.orm, logger, event);
  return AUDITED_SERVICES.map((service) =>
    options.bus.subscribe({
      stream: streamName(service),
      group: options.group ?? AUDIT_CONSUMER_GROUP,
      consumer: options.consumer,
      startAt: options.startAt,
      handler,
    }),
  );
}

/** Stores what the audit log keeps of one event; ignores every other event. */
export async function storeAuditEvent(orm: MikroORM, logger: Logger, event: DeliveredEvent): Promise<void> {
  // identity's security events: a SECURITY entry in each of the user's workspaces; any service's
  // record of a data change: a DATA entry in its workspace.
  if (isSecurityEvent(event.type)) await storeSecurityEvent(orm, logger, event);
  else if (isDataChangedEvent(event.type)) await storeDataChange(orm, logger, event);
}

async function storeSecurityEvent(orm: MikroORM, logger: Logger, event: DeliveredEvent): Promise<void> {
  const userId = event.subject.id.toLowerCase();
  if (event.subject.typename !== "User" || !isUuid(userId)) {
    logger.warn("skipping a security event without a User subject", { eventId: event.id, type: event.type });
    return;
  }
  const { type, ip, userAgent, sessionId, details } = event.data as Record<string, unknown>;
  const row: EntryRow = {
    ...fromEvent(event),
    kind: AuditKind.SECURITY,
    action: event.type,
    entityType: "User",
    entityId: userId,
    before: null,
    after: { type: text(type, 100), sessionId: text(sessionId, 100), details: object(details) },
    ip: text(ip, 64),
    userAgent: text(userAgent, 512),
  };
  // The user's workspaces, read as that user (Row-Level Security admits one's own memberships).
  const memberships = await membershipsOfUser(scopeEntityManager(orm.em.fork() as EntityManager, { userId }), userId);
  for (const { workspace } of memberships) await insertEntry(orm, workspace.id, row);
}

async function storeDataChange(orm: MikroORM, logger: Logger, event: DeliveredEvent): Promise<void> {
  const { entityType, entityId, action, before, after } = event.data as Record<string, unknown>;
  const row = {
    ...fromEvent(event),
    kind: AuditKind.DATA,
    action: text(action, 200),
    entityType: text(entityType, 100),
    entityId: text(entityId, 100),
    before: object(before),
    after: object(after),
    ip: null,
    userAgent: null,
  };
  if (!event.workspaceId || !isUuid(event.workspaceId) || !row.action || !row.entityType || !row.entityId) {
    logger.warn("skipping a data-change event without workspace, action or entity", { eventId: event.id, type: event.type });
    return;
  }
  if (!(await insertEntry(orm, event.workspaceId.toLowerCase(), row as EntryRow))) {
    logger.debug("skipping a data-change event of an unknown or deleted workspace", { eventId: event.id, workspaceId: event.workspaceId });
  }
}

/** The columns every stored event fills the same way. */
function fromEvent(event: DeliveredEvent): Pick<EntryRow, "occurredAt" | "actorId" | "eventId" | "requestId"> {
  const requestId = text((event.data as Record<string, unknown>).requestId, 128);
  return { occurredAt: new Date(event.occurredAt), actorId: isUuid(event.actorId) ? event.actorId : null, eventId: event.id, requestId };
}

/** Inserts one entry into a live workspace's log (once per event); false when the workspace is unknown or deleted. */
async function insertEntry(orm: MikroORM, workspaceId: string, row: EntryRow): Promise<boolean> {
  return runInWorkspace(orm.em.fork() as EntityManager, workspaceId, async (tx) => {
    if ((await tx.count(Workspace, { id: workspaceId, deletedAt: null })) === 0) return false;
    await (tx as SqlEntityManager)
      .createQueryBuilder(AuditEntry)
      .insert({ ...row, id: uuidv7(), workspaceId } as never)
      .onConflict(["workspaceId", "eventId"])
      .ignore()
      .execute();
    return true;
  });
}
