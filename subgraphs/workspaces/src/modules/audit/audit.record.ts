import { currentRequestClient } from "@plateau/subgraph-kit";
import type { EntityManager } from "@mikro-orm/core";
import type { SubgraphContext } from "@plateau/subgraph-kit";
import { AuditEntry, AuditKind, type AuditSnapshot } from "./audit-entry.entity.js";

/** Every action this subgraph records about its own changes, with its kind. */
export const AUDIT_ACTIONS = {
  "workspace.created": AuditKind.DATA,
  "workspace.updated": AuditKind.DATA,
  "workspace.deleted": AuditKind.DATA,
  "member.added": AuditKind.SECURITY,
  "member.role_changed": AuditKind.SECURITY,
  "member.removed": AuditKind.SECURITY,
  "member.left": AuditKind.SECURITY,
  "ownership.transferred": AuditKind.SECURITY,
  "invitation.created": AuditKind.SECURITY,
  "invitation.revoked": AuditKind.SECURITY,
  "invitation.accepted": AuditKind.SECURITY,
} as const satisfies Record<string, AuditKind>;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** One change as the audit log records it. */
export interface AuditChange {
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** The changed fields before the change (omit for a creation). Never secrets. */
  before?: AuditSnapshot | null;
  /** The changed fields after it (omit for a removal). Never secrets. */
  after?: AuditSnapshot | null;
}

/**
 * Adds audit entries for `changes` in `workspaceId` to `em`'s unit of work: the flush that commits the
 * change commits its entries, and a flush that fails commits neither. The actor, request id and client
 * come from the request; the entries of one call share their time, so they list in the order given.
 */
export function recordAudit(
  em: EntityManager,
  ctx: Pick<SubgraphContext, "viewer" | "requestId">,
  workspaceId: string,
  ...changes: AuditChange[]
): void {
  const occurredAt = new Date();
  const { ip, userAgent } = currentRequestClient();
  for (const change of changes) {
    em.create(AuditEntry, {
      workspaceId,
      occurredAt,
      actorId: ctx.viewer?.userId ?? null,
      kind: AUDIT_ACTIONS[change.action],
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: change.before ?? null,
      after: change.after ?? null,
      ip,
      userAgent,
      requestId: ctx.requestId,
    } as never);
  }
}

/**
 * The fields that differ between two snapshots, as a before/after pair; null when nothing changed.
 * Dates compare and serialise as ISO strings.
 */
export function changedFields(before: AuditSnapshot, after: AuditSnapshot): { before: AuditSnapshot; after: AuditSnapshot } | null {
  const plain = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
  const keys = Object.keys(after).filter((key) => plain(before[key]) !== plain(after[key]));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((key) => [key, plain(before[key]) ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, plain(after[key]) ?? null])),
  };
}
