import { buildSchema, parse, type OperationDefinitionNode, type FieldNode } from "graphql";
import { describe, expect, it } from "vitest";
import { portfolioEvents, type DeliveredEvent } from "@plateau/events";
import { SUBSCRIPTIONS } from "./catalogue.js";
import { PayloadPlan, type RunQuery } from "./payload.js";

const schema = buildSchema(`
  type Query { task(id: ID!): Task user(id: ID!): User board(projectId: ID!): Board }
  type Subscription { boardChanged(projectId: ID!, after: String): BoardEvent! }
  enum BoardEventKind { CARD_CREATED CARD_UPDATED CARD_MOVED CARD_DELETED COLUMNS_CHANGED SUBSCRIBED }
  enum TaskStatus { TODO IN_PROGRESS DONE }
  type CardPosition { status: TaskStatus! rank: String! afterTaskId: ID beforeTaskId: ID }
  type BoardEvent {
    eventId: ID! cursor: String! kind: BoardEventKind! occurredAt: String! projectId: ID! taskId: ID
    task: Task position: CardPosition fromStatus: TaskStatus changedFields: [String!]! board: Board actor: User
  }
  interface Named { name: String! }
  type User implements Named { id: ID! name: String! }
  type Task { id: ID! title: String! status: TaskStatus! assignee: User timeLogged: Float! }
  type Board { id: ID! version: Int! }
`);

const moved: DeliveredEvent = {
  id: "0193a000-0000-7000-8000-000000000001",
  cursor: "1700000000000-3",
  type: portfolioEvents.taskMoved.name,
  version: 1,
  occurredAt: "2026-12-02T08:00:00.000Z",
  workspaceId: "w",
  actorId: "0193a000-0000-7000-8000-0000000000aa",
  subject: { typename: "Task", id: "0193a000-0000-7000-8000-0000000000bb" },
  data: { projectId: "p", from: "TODO", to: "IN_PROGRESS", rank: "m", afterTaskId: null, beforeTaskId: "x", rebalanced: false },
};

function plan(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === "OperationDefinition") as OperationDefinitionNode;
  const rootField = operation.selectionSet.selections[0] as FieldNode;
  return new PayloadPlan(schema, document, operation, rootField, SUBSCRIPTIONS.boardChanged!, variables);
}

describe("PayloadPlan", () => {
  it("answers the subscriber's exact selection: event fields from the envelope, entities through one query", async () => {
    const queries: { query: string; variables: Record<string, unknown> }[] = [];
    const run: RunQuery = async (query, variables) => {
      queries.push({ query, variables });
      return {
        data: {
          card: {
            t: "Wire racks",
            status: "IN_PROGRESS",
            __plateau_typename: "Task",
            assignee: { name: "Ada", __plateau_typename: "User" },
          },
          who: { ...{ id: moved.actorId, __plateau_typename: "User" }, ...{ label: "Grace" } },
        },
      };
    };
    const result = await plan(
      `
      subscription($p: ID!, $withName: Boolean!) {
        live: boardChanged(projectId: $p) {
          kind cursor eventId
          position { status rank beforeTaskId }
          card: task { t: title status assignee { name } }
          ...Who
        }
      }
      fragment Who on BoardEvent { who: actor { id ... on Named { label: name @include(if: $withName) } } }
    `,
      { p: "p", withName: true },
    ).resolve(moved, run);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      live: {
        kind: "CARD_MOVED",
        cursor: "1700000000000-3",
        eventId: moved.id,
        position: { status: "IN_PROGRESS", rank: "m", beforeTaskId: "x" },
        card: { t: "Wire racks", status: "IN_PROGRESS", assignee: { name: "Ada" } },
        who: { id: moved.actorId, label: "Grace" },
      },
    });
    expect(queries).toHaveLength(1);
    expect(queries[0]!.query).toContain("card: task(id: $__plateau_id_0)");
    expect(queries[0]!.query).toContain("who: user(id: $__plateau_id_1)");
    expect(queries[0]!.variables).toEqual({ __plateau_id_0: moved.subject.id, __plateau_id_1: moved.actorId, withName: true });
  });

  it("merges an entity selected twice under one key (a field and a fragment) into one field of the query", async () => {
    const queries: string[] = [];
    const result = await plan(`
      subscription { boardChanged(projectId: "p") { task { id } ...Card } }
      fragment Card on BoardEvent { task { title } }
    `).resolve(moved, async (query) => {
      queries.push(query);
      return { data: { task: { id: moved.subject.id, title: "Wire racks", __plateau_typename: "Task" } } };
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ boardChanged: { task: { id: moved.subject.id, title: "Wire racks" } } });
    expect(queries[0]!.match(/task\(id:/g)).toHaveLength(1);
    expect(queries[0]).not.toContain("fragment Card");
  });

  it("sends no query when no entity is selected, and puts an entity's errors on its path with the field null", async () => {
    let calls = 0;
    const noEntities = await plan(`subscription { boardChanged(projectId: "p") { kind fromStatus } }`).resolve(moved, async () => {
      calls += 1;
      return {};
    });
    expect(noEntities.data).toEqual({ boardChanged: { kind: "CARD_MOVED", fromStatus: "TODO" } });
    expect(calls).toBe(0);

    const refused = await plan(`subscription { boardChanged(projectId: "p") { kind task { title } } }`).resolve(moved, async () => ({
      data: { task: null },
      errors: [{ message: "No", path: ["task"], extensions: { code: "FORBIDDEN" } }],
    }));
    expect(refused.data).toEqual({ boardChanged: { kind: "CARD_MOVED", task: null } });
    expect(refused.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[["boardChanged", "task"], "FORBIDDEN"]]);
  });

  it("acknowledges a subscription with the board it watches and the position it is live from, the card fields null", async () => {
    const queries: { query: string; variables: Record<string, unknown> }[] = [];
    const run: RunQuery = async (query, variables) => {
      queries.push({ query, variables });
      return { data: { board: { version: 7, __plateau_typename: "Board" } } };
    };
    const acknowledgement = {
      eventId: "0193a000-0000-7000-8000-0000000000cc",
      cursor: "1700000000000-9",
      occurredAt: "2026-12-02T08:00:01.000Z",
    };
    const result = await plan(
      `subscription { boardChanged(projectId: "p") { eventId cursor kind occurredAt projectId taskId task { id } position { rank } board { version } actor { id } } }`,
    ).resolveAcknowledgement(acknowledgement, "p", run);
    expect(result).toEqual({
      data: {
        boardChanged: {
          ...acknowledgement,
          kind: "SUBSCRIBED",
          projectId: "p",
          taskId: null,
          task: null,
          position: null,
          board: { version: 7 },
          actor: null,
        },
      },
    });
    expect(queries.map((query) => query.variables)).toEqual([{ __plateau_id_0: "p" }]);
  });
});
