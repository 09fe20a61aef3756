/**
 * Tenant isolation enforced by PostgreSQL (docs/architecture.md, "Tenancy and Row-Level Security"). Every table of a subgraph's
 * schema that has a `workspace_id` column gets Row-Level Security, enabled and forced, with a policy
 * that admits only the rows of the workspace set for the current transaction. Requests run as
 * {@link APP_ROLE}, a plain role (no superuser, no BYPASSRLS, owns nothing), so a resolver that forgets
 * the ORM's tenant filter, or raw SQL, still sees one workspace. Migrations and these statements run as
 * the owner (the login of `DATABASE_URL`) before the connections switch to the plain role.
 *
 * The policies are (re)applied at every start, after the migrations, from the tables that exist: a new
 * tenant table is covered the moment its migration runs, nobody has to remember a policy.
 */
import type { EntityManager } from "@mikro-orm/core";

/** The name of the MikroORM filter that scopes tenant tables to the viewer's workspace (the second layer). */
export const TENANT_FILTER = "tenant";

/** A workspace id no workspace has: what the tenant filter matches when a request has no workspace. */
export const NO_WORKSPACE = "00000000-0000-0000-0000-000000000000";

/** The plain role every request (and the outbox relay) runs as. */
export const APP_ROLE = "plateau_app";

/** Session variables the policies read; set per transaction by the kit (`set_config(…, true)`). */
export const SESSION_VARIABLES = {
  workspaceId: "app.workspace_id",
  userId: "app.user_id",
  outboxRelay: "app.outbox_relay",
  workspaceClosure: "app.workspace_closure",
} as const;

/** The current transaction's value of a session variable as SQL (`NULL` when unset or empty). */
export function sessionValue(variable: string, cast = "uuid"): string {
  return `nullif(current_setting('${variable}', true), '')::${cast}`;
}

/**
 * The table, in every subgraph's schema, of workspaces that were deleted (workspaces' soft delete,
 * learnt from its `workspaces.workspace.deleted` event): their rows stop being reachable everywhere.
 */
export const CLOSED_WORKSPACES_TABLE = "closed_workspace";

/**
 * The condition tenant rows must meet: their workspace is the one set for the transaction, and it has
 * not been deleted. (The closed check does not depend on the row, so it runs once per statement.)
 */
export function tenantCondition(schema: string): string {
  const current = sessionValue(SESSION_VARIABLES.workspaceId);
  return `workspace_id = ${current} and not exists (select 1 from ${quote(schema)}.${CLOSED_WORKSPACES_TABLE} c where c.id = ${current})`;
}

/** A policy beyond the tenant one, for tables whose rows are also reachable another way. */
export interface RowPolicy {
  /** Unique per table. */
  name: string;
  command?: "all" | "select" | "insert" | "update" | "delete";
  /** Which rows the policy admits (`USING`); omit for insert-only policies. */
  using?: string;
  /** Which written rows it accepts (`WITH CHECK`). */
  check?: string;
}

/** A subgraph's row-level security beyond the default tenant policy. */
export interface RowLevelSecurity {
  /**
   * Extra permissive policies (OR-ed with the tenant policy), by table name. A table listed here gets
   * RLS even without a `workspace_id` column (the workspaces table itself).
   */
  policies?: Record<string, RowPolicy[]>;
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** The outbox: any request may append events; only the relay reads, marks and prunes them. */
const OUTBOX_POLICIES: RowPolicy[] = [
  { name: "outbox_append", command: "insert", check: "true" },
  { name: "outbox_relay", command: "all", using: `current_setting('${SESSION_VARIABLES.outboxRelay}', true) = 'on'` },
];

const TENANT_POLICY = "tenant_isolation";

/** Closed workspaces: anyone reads the list; only the closure consumer adds to it. */
const CLOSED_WORKSPACE_POLICIES: RowPolicy[] = [
  { name: "closed_read", command: "select", using: "true" },
  { name: "closed_record", command: "insert", check: `current_setting('${SESSION_VARIABLES.workspaceClosure}', true) = 'on'` },
];

/**
 * Creates the plain role if missing, grants it what requests need in `schema`, and enables and forces
 * RLS with the tenant policy on every table that has a `workspace_id` column, plus `rls.policies`.
 * Idempotent; runs as the owner in one transaction.
 */
export async function applyRowLevelSecurity(em: EntityManager, schema: string, rls: RowLevelSecurity = {}): Promise<void> {
  const connection = em.getConnection();
  await em.transactional(async (tx) => {
    const run = (sql: string, params: unknown[] = []) => connection.execute(sql, params, "all", tx.getTransactionContext());
    // Several subgraphs start at once and the role is cluster-wide: serialise its creation.
    await run("select pg_advisory_xact_lock(hashtext('plateau.app_role'))");
    await run(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
        create role ${APP_ROLE} nologin nosuperuser nocreatedb nocreaterole noinherit nobypassrls;
      end if;
    end $$`);
    // The owner switches to the role on every connection, so it must be a member of it.
    await run(`do $$ begin
      if not pg_has_role(current_user, '${APP_ROLE}', 'member') then
        execute format('grant %I to %I', '${APP_ROLE}', current_user);
      end if;
    end $$`);
    const s = quote(schema);
    await run(
      `create table if not exists ${s}.${CLOSED_WORKSPACES_TABLE} (id uuid primary key, closed_at timestamptz not null default now())`,
    );
    await run(`grant usage on schema ${s} to ${APP_ROLE}`);
    await run(`grant select, insert, update, delete on all tables in schema ${s} to ${APP_ROLE}`);
    await run(`grant usage, select on all sequences in schema ${s} to ${APP_ROLE}`);
    // The migration history is the owner's business.
    await run(`revoke all on ${s}."mikro_orm_migrations" from ${APP_ROLE}`);

    const columns = (await run(
      `select t.table_name, exists (select 1 from information_schema.columns c
               where c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'workspace_id') as tenant
         from information_schema.tables t where t.table_schema = ? and t.table_type = 'BASE TABLE'`,
      [schema],
    )) as { table_name: string; tenant: boolean }[];
    const tables = new Set(columns.map((row) => row.table_name));
    const tenantTables = columns.filter((row) => row.tenant).map((row) => row.table_name);
    const extra: Record<string, RowPolicy[]> = {
      outbox: OUTBOX_POLICIES,
      [CLOSED_WORKSPACES_TABLE]: CLOSED_WORKSPACE_POLICIES,
      ...rls.policies,
    };
    for (const table of new Set([...tenantTables, ...Object.keys(extra).filter((name) => tables.has(name))])) {
      const t = `${s}.${quote(table)}`;
      await run(`alter table ${t} enable row level security`);
      await run(`alter table ${t} force row level security`);
      // The outbox is not tenant data: its rows are reachable only through its own policies.
      const policies: RowPolicy[] =
        table === "outbox" || !tenantTables.includes(table)
          ? []
          : [{ name: TENANT_POLICY, using: tenantCondition(schema), check: tenantCondition(schema) }];
      policies.push(...(extra[table] ?? []));
      const existing = (await run("select policyname from pg_policies where schemaname = ? and tablename = ?", [schema, table])) as {
        policyname: string;
      }[];
      for (const { policyname } of existing) await run(`drop policy ${quote(policyname)} on ${t}`);
      for (const policy of policies) {
        const using = policy.using !== undefined ? ` using (${policy.using})` : "";
        const check = policy.check !== undefined ? ` with check (${policy.check})` : "";
        await run(
          `create policy ${quote(policy.name)} on ${t} as permissive for ${policy.command ?? "all"} to ${APP_ROLE}${using}${check}`,
        );
      }
    }
  });
}

/** Who a unit of work runs for: the values the policies see. */
export interface TenantScope {
  workspaceId?: string | null;
  userId?: string | null;
}

/**
 * Stages `scope` as `em`'s session context: every statement `em` sends runs in a transaction that
 * first sets the variables (`set_config(…, true)`), so the policies see exactly this workspace and user.
 * The request context does this for every request; background work (consumers) does it per event.
 */
export function scopeEntityManager(em: EntityManager, scope: TenantScope): EntityManager {
  em.setSessionContext({
    variables: {
      [SESSION_VARIABLES.workspaceId]: scope.workspaceId ?? "",
      [SESSION_VARIABLES.userId]: scope.userId ?? "",
    },
  });
  return em;
}

/**
 * Runs `fn` in one transaction on a fork of `em` scoped to `workspaceId` (and the same user): for the
 * few operations that act in a workspace other than the token's (creating a workspace, accepting an
 * invitation), once they have checked that the caller may.
 */
export function runInWorkspace<T>(em: EntityManager, workspaceId: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  const userId = em.getSessionContext()?.variables?.[SESSION_VARIABLES.userId];
  const fork = scopeEntityManager(em.fork() as EntityManager, { workspaceId, userId: typeof userId === "string" ? userId : null });
  fork.setFilterParams(TENANT_FILTER, { workspaceId });
  return fork.transactional((tx) => fn(tx as EntityManager));
}
