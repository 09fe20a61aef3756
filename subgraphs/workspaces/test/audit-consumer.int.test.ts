import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Redis } from "ioredis";
import {
  createEvent,
  dataChangedEvent,
  defineEventType,
  identityEvents,
  RedisEventBus,
  streamName,
  type DomainEvent,
  type SecurityEventTypeValue,
  type Subscription,
} from "@plateau/events";
import { createLogger, uuidv7 } from "@plateau/kernel";
import { sqlRows } from "@plateau/subgraph-kit";
import { dataOf } from "@plateau/test-kit";
import { AUDITED_SERVICES, startAuditConsumer } from "../src/index.js";
import { addMember, auditLog, createWorkspace, startWorkspaces, type Data, type Harness } from "./harness.js";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const logger = createLogger({ service: "workspaces-audit-test", level: process.env.LOG_LEVEL === undefined ? "silent" : undefined });
const WAIT = { timeout: 15_000, interval: 50 };
// The streams are the real ones other runs share: this file's own group, starting at their end, and removed afterwards.
const GROUP = `workspaces-audit-test-${uuidv7()}`;

let h: Harness;
let bus: RedisEventBus;
let admin: Redis;
let subscriptions: Subscription[] = [];
beforeAll(async () => {
  h = await startWorkspaces();
  bus = new RedisEventBus({ url: REDIS_URL, logger, connectionName: `plateau-test-${uuidv7().slice(-12)}` });
  admin = new Redis(REDIS_URL, { protocol: 2 });
  subscriptions = startAuditConsumer({ bus, orm: h.app.database.orm, logger, consumer: "test", group: GROUP, startAt: "latest" });
  await Promise.all(subscriptions.map((subscription) => subscription.ready));
});
afterAll(async () => {
  await Promise.all(subscriptions.map((subscription) => subscription.close()));
  await bus?.close();
  for (const service of AUDITED_SERVICES) await admin?.call("XGROUP", "DESTROY", streamName(service), GROUP).catch(() => undefined);
  await admin?.quit();
  await h?.app.close();
});

/** An event of a service that no audited contract declares: the consumer passes over it. */
const UNKNOWN_EVENT = defineEventType<Record<string, never>>("timesheets.example.unknown", 1);

/** identity's event for a security-relevant moment of a user's account. */
const securityEvent = (userId: string, type: SecurityEventTypeValue = "LOGIN_FAILED", id?: string) =>
  createEvent({
    id,
    type: identityEvents.security[type].name,
    actorId: userId,
    subject: { typename: "User", id: userId },
    data: { type, ip: "198.51.100.4", userAgent: "Browser/9", sessionId: "session-1", details: { attempts: 3 } },
  });

/** Another service's record of a change in a workspace. */
const dataChange = (workspaceId: string, data: Record<string, unknown>, service = "portfolio") =>
  createEvent({
    type: dataChangedEvent(service).name,
    workspaceId,
    actorId: uuidv7(),
    subject: { typename: String(data.entityType ?? "Thing"), id: String(data.entityId ?? uuidv7()) },
    data,
  });

/** Waits until the token's workspace's log has an entry about `entityId`, then returns the log. */
async function untilLogged(token: string, entityId: string): Promise<Data[]> {
  let log: Data[] = [];
  await vi.waitFor(async () => {
    log = await auditLog(h, token);
    expect(log.some((entry) => entry.entityId === entityId)).toBe(true);
  }, WAIT);
  return log;
}

describe("the audit consumer", () => {
  it("stores identity's security events in every live workspace of the user, once however often delivered", async () => {
    const userId = uuidv7();
    const a = await createWorkspace(h, undefined, userId);
    const b = await createWorkspace(h);
    await addMember(h, b, "MEMBER", userId);
    const gone = await createWorkspace(h);
    await addMember(h, gone, "VIEWER", userId);
    dataOf(
      await h.gql(
        `mutation($id: ID!, $s: String!) { deleteWorkspace(input: { workspaceId: $id, confirmSlug: $s }) { deletedAt } }`,
        gone.ownerToken,
        {
          id: gone.id,
          s: gone.slug,
        },
      ),
    );

    const event = securityEvent(userId);
    // Redelivered, and published again; then one more event, which is stored only after the copies were handled.
    await bus.publish([event, event, { ...event, occurredAt: new Date().toISOString() } satisfies DomainEvent]);
    const last = securityEvent(userId, "SESSION_REVOKED");
    await bus.publish([last]);

    for (const token of [a.ownerToken, b.ownerToken]) {
      await vi.waitFor(async () => {
        expect((await auditLog(h, token)).map((entry) => entry.action)).toContain(last.type);
      }, WAIT);
      const entries = await auditLog(h, token, { action: { eq: event.type } });
      expect(entries).toEqual([
        {
          kind: "SECURITY",
          action: identityEvents.security.LOGIN_FAILED.name,
          entityType: "User",
          entityId: userId,
          before: null,
          after: { type: "LOGIN_FAILED", sessionId: "session-1", details: { attempts: 3 } },
          actor: { id: userId },
          ip: "198.51.100.4",
          userAgent: "Browser/9",
          requestId: null,
          occurredAt: event.occurredAt,
        },
      ]);
    }
    const stored = await h.app.database.asOwner((em) =>
      sqlRows<{ workspace_id: string }>(em, `select workspace_id from workspaces.audit_entry where event_id = ?`, [event.id]),
    );
    expect(stored.map((row) => row.workspace_id).sort()).toEqual([a.id, b.id].sort());
  });

  it("stores data changes as DATA entries in their own workspace only", async () => {
    const a = await createWorkspace(h);
    const b = await createWorkspace(h);
    const change = dataChange(a.id, {
      entityType: "Task",
      entityId: uuidv7(),
      action: "task.updated",
      before: { status: "TODO" },
      after: { status: "DONE" },
      requestId: "req-42",
    });
    const last = dataChange(a.id, { entityType: "Project", entityId: uuidv7(), action: "project.updated" });
    await bus.publish([change, change, last]);
    await untilLogged(a.ownerToken, String(last.data.entityId));
    const entries = await auditLog(h, a.ownerToken, { entityType: { eq: "Task" } });
    expect(entries).toEqual([
      {
        kind: "DATA",
        action: "task.updated",
        entityType: "Task",
        entityId: change.data.entityId,
        before: { status: "TODO" },
        after: { status: "DONE" },
        actor: { id: change.actorId },
        ip: null,
        userAgent: null,
        requestId: "req-42",
        occurredAt: change.occurredAt,
      },
    ]);
    expect(await auditLog(h, b.ownerToken, { kind: { eq: "DATA" }, entityType: { in: ["Task", "Project"] } })).toEqual([]);
  });

  it("reads every audited service's stream, and skips what it cannot store without holding up the rest", async () => {
    const ws = await createWorkspace(h);
    const before = (await auditLog(h, ws.ownerToken)).length;
    const unreadable = [
      dataChange(ws.id, { entityId: uuidv7(), action: "x.changed" }, "timesheets"), // no entity type
      dataChange(uuidv7(), { entityType: "Task", entityId: uuidv7(), action: "task.updated" }, "timesheets"), // unknown workspace
      createEvent({
        type: UNKNOWN_EVENT,
        workspaceId: ws.id,
        subject: { typename: "Timesheet", id: uuidv7() },
        data: {},
      }),
      createEvent({ type: identityEvents.security.LOGIN_FAILED.name, subject: { typename: "Team", id: uuidv7() }, data: {} }),
    ];
    await bus.publish(unreadable);
    const later = ["workpackages", "timesheets", "insights", "identity"].map((service) =>
      dataChange(ws.id, { entityType: "Thing", entityId: uuidv7(), action: `${service}.changed` }, service),
    );
    await bus.publish(later);
    for (const event of later) await untilLogged(ws.ownerToken, String(event.data.entityId));
    const log = await auditLog(h, ws.ownerToken);
    expect(log).toHaveLength(before + later.length);
    expect(
      log
        .slice(0, later.length)
        .map((entry) => entry.action)
        .sort(),
    ).toEqual(["identity.changed", "insights.changed", "timesheets.changed", "workpackages.changed"]);
  });
});
