import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSchema, getNamedType, type GraphQLField } from "graphql";
import type { Client } from "graphql-ws";
import { OPERATION_ACCESS, roleMayAccess, type WorkspaceRole } from "@plateau/kernel";
import { buildUser, createLiveClient, subscribe } from "@plateau/test-kit";
import type { RunningGraph } from "../scripts/graph.js";
import { startTestGraph } from "./harness.js";
import { buildTenant, type Tenant } from "./tenant-fixtures.js";

/**
 * Every Subscription field of the composed API, read from `schema/api.graphql` (so a new one fails
 * here until covered): started by each role of a workspace as the access matrix says, refused to
 * an anonymous socket (4403) and to a token without a workspace, and refused with FORBIDDEN when its
 * ID argument names another workspace's project or task, while that workspace's owner may start it.
 */

const api = buildSchema(readFileSync(path.resolve(import.meta.dirname, "..", "schema", "api.graphql"), "utf8"));
const subscriptionFields = Object.values(api.getSubscriptionType()!.getFields());
const WAIT = { timeout: 15_000, interval: 25 };

/** A tenant's user of each role. */
const userOf = (tenant: Tenant, role: WorkspaceRole) =>
  ({ OWNER: tenant.owner, ADMIN: tenant.admin, MANAGER: tenant.manager, MEMBER: tenant.member, VIEWER: tenant.viewer })[role];

/**
 * The fixture each subscription's ID argument watches, for a subscriber of `role`: a tenant's project or
 * task, or (one's own weeks) the subscriber's own user of that tenant.
 */
const WATCHED: Record<string, (tenant: Tenant, role: WorkspaceRole) => string> = {
  "boardChanged.projectId": (tenant) => tenant.projectId,
  "projectChanged.projectId": (tenant) => tenant.projectId,
  "riskChanged.projectId": (tenant) => tenant.projectId,
  "insightGenerated.projectId": (tenant) => tenant.projectId,
  "taskChanged.taskId": (tenant) => tenant.taskId,
  "timesheetChanged.userId": (tenant, role) => userOf(tenant, role).id,
};

let graph: RunningGraph;
let url: string;
let a: Tenant;
let b: Tenant;
const clients: Client[] = [];

beforeAll(async () => {
  graph = await startTestGraph();
  url = graph.gateway.url;
  a = await buildTenant(url, "Alfa");
  b = await buildTenant(url, "Bravo");
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await graph?.close();
});

/** The field's ID argument: what it watches; none for a subscription to the subscriber's whole workspace. */
const idArgumentOf = (field: GraphQLField<unknown, unknown>) => field.args.find((arg) => getNamedType(arg.type).name === "ID");

/** The smallest operation for a subscription field, aimed at `tenant`'s fixtures as seen by a subscriber of `role`. */
function operationFor(field: GraphQLField<unknown, unknown>, tenant: Tenant, role: WorkspaceRole) {
  const idArgument = idArgumentOf(field);
  if (!idArgument) return { query: `subscription { ${field.name} { eventId cursor } }`, variables: {} };
  return {
    query: `subscription($id: ID!) { ${field.name}(${idArgument.name}: $id) { eventId cursor } }`,
    variables: { id: WATCHED[`${field.name}.${idArgument.name}`]!(tenant, role) },
  };
}

/** Starts the subscription; resolves with the refusal's code, or "STARTED" once the gateway runs it. */
async function attempt(
  token: string,
  field: GraphQLField<unknown, unknown>,
  tenant: Tenant,
  role: WorkspaceRole = "OWNER",
): Promise<string | number | undefined> {
  const client = createLiveClient({ url, token, retryAttempts: 0 });
  clients.push(client);
  const before = graph.gateway.liveSubscriptions();
  const { query, variables } = operationFor(field, tenant, role);
  const iterator = subscribe(client, query, variables);
  const outcome = iterator.next().then(
    () => "ENDED",
    (error: unknown) =>
      Array.isArray(error) ? (error[0] as { extensions?: { code?: string } }).extensions?.code : (error as { code?: number }).code,
  );
  const started = vi.waitFor(() => expect(graph.gateway.liveSubscriptions()).toBeGreaterThan(before), WAIT).then(() => "STARTED" as const);
  const result = await Promise.race([outcome, started]);
  await iterator.return?.();
  await client.dispose();
  await vi.waitFor(() => expect(graph.gateway.liveSubscriptions()).toBe(before), WAIT);
  return result;
}

describe("subscriptions: the access matrix", () => {
  it("has a fixture for every ID argument of every subscription", () => {
    const arguments_ = subscriptionFields.flatMap((field) =>
      field.args.filter((arg) => getNamedType(arg.type).name === "ID").map((arg) => `${field.name}.${arg.name}`),
    );
    expect(arguments_.sort()).toEqual(Object.keys(WATCHED).sort());
    for (const field of subscriptionFields) expect(OPERATION_ACCESS[`Subscription.${field.name}`], field.name).toBeDefined();
  });

  for (const field of subscriptionFields) {
    it(`${field.name}: each role as the matrix says`, async () => {
      const access = OPERATION_ACCESS[`Subscription.${field.name}`]!;
      const roles: [WorkspaceRole, string][] = [
        ["OWNER", a.owner.token],
        ["ADMIN", a.admin.token],
        ["MANAGER", a.manager.token],
        ["MEMBER", a.member.token],
        ["VIEWER", a.viewer.token],
      ];
      for (const [role, token] of roles) {
        expect(await attempt(token, field, a, role), role).toBe(roleMayAccess(access, true, role) ? "STARTED" : "FORBIDDEN");
      }
    });

    it(`${field.name}: refused to an anonymous socket and to a token without a workspace`, async () => {
      expect(await attempt("not-a-token", field, a)).toBe(4403);
      const loner = await buildUser(url);
      expect(await attempt(loner.token, field, a)).toBe("FORBIDDEN");
    });

    const idArgument = idArgumentOf(field);
    if (idArgument) {
      it(`${field.name}: refused for another workspace's ${idArgument.name}, started for its own owner`, async () => {
        expect(await attempt(a.owner.token, field, b)).toBe("FORBIDDEN");
        expect(await attempt(b.owner.token, field, b)).toBe("STARTED");
      });
    } else {
      // It watches the subscriber's own workspace, whichever it is: there is no id to aim at another's.
      it(`${field.name}: started for each workspace's owner, on their own workspace`, async () => {
        expect(await attempt(a.owner.token, field, a)).toBe("STARTED");
        expect(await attempt(b.owner.token, field, b)).toBe("STARTED");
      });
    }
  }
});
