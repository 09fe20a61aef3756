import type { EntityManager, MikroORM } from "@mikro-orm/core";
import { isEventType, streamName, workspacesEvents, type EventBus, type Subscription } from "@plateau/events";
import type { Logger } from "@plateau/kernel";
import { CLOSED_WORKSPACES_TABLE, SESSION_VARIABLES } from "./row-level-security.js";
import { sqlRows } from "./sql.js";

/**
 * Marks `workspaceId` closed in this subgraph's schema: from the next statement on, Row-Level Security
 * hides every row of it (tenancy/row-level-security.ts). Idempotent.
 */
export async function closeWorkspace(orm: MikroORM, workspaceId: string): Promise<void> {
  const em = orm.em.fork() as EntityManager;
  em.setSessionContext({ variables: { [SESSION_VARIABLES.workspaceClosure]: "on" } });
  const schema = orm.config.get("schema") ?? "public";
  await sqlRows(em, `insert into "${schema}".${CLOSED_WORKSPACES_TABLE} (id) values (?) on conflict (id) do nothing`, [workspaceId]);
}

/**
 * Every subgraph listens for deleted workspaces (its own consumer group on the workspaces stream) and
 * closes them in its schema, so a deleted workspace's projects, tasks, time and insights stop being
 * reachable everywhere, even with an access token minted before the deletion.
 */
export function startWorkspaceClosure(options: {
  bus: EventBus;
  orm: MikroORM;
  subgraph: string;
  consumer: string;
  logger: Logger;
}): Subscription {
  return options.bus.subscribe({
    stream: streamName("workspaces"),
    group: `${options.subgraph}-workspace-closure`,
    consumer: options.consumer,
    handler: async (event) => {
      if (!isEventType(event, workspacesEvents.workspaceDeleted)) return;
      const workspaceId = event.subject.typename === "Workspace" ? event.subject.id : event.workspaceId;
      if (!workspaceId) return;
      await closeWorkspace(options.orm, workspaceId);
      options.logger.info("workspace closed", { workspaceId });
    },
  });
}
