import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { operationCost } from "./query-cost.js";

const schema = buildSchema(`
  type Query { viewer: User  projects(first: Int, last: Int): ProjectConnection!  tags: [String!]! }
  type Mutation { rename(name: String!): Project! }
  type User { name: String!  teams: [Team!]! }
  type Team { name: String! }
  type ProjectConnection { nodes: [Project!]!  edges: [ProjectEdge!]!  pageInfo: PageInfo!  totalCount: Int! }
  type ProjectEdge { node: Project! cursor: String! }
  type PageInfo { hasNextPage: Boolean! }
  type Project { name: String!  owner: User  tasks(first: Int): TaskConnection!  forecast: Forecast }
  type Forecast { remainingTasks: Int! }
  type TaskConnection { nodes: [Task!]!  pageInfo: PageInfo! }
  type Task { title: String!  assignee: User }
`);
const cost = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), undefined, variables);

describe("operationCost", () => {
  it("charges 1 per object and nothing for scalars", () => {
    expect(cost("{ tags }")).toBe(0);
    expect(cost("{ viewer { name } }")).toBe(1);
    // A plain list of objects is charged as 10 of them.
    expect(cost("{ viewer { name teams { name } } }")).toBe(1 + 10);
  });

  it("charges a field that computes (Project.forecast) its surcharge on top, for every project of a page", () => {
    expect(cost("{ projects(first: 20) { nodes { name forecast { remainingTasks } } } }")).toBe(1 + 20 * (1 + (200 + 1)));
  });

  it("charges a connection for the page it asks for, with its metadata once", () => {
    expect(cost("{ projects(first: 20) { totalCount pageInfo { hasNextPage } nodes { name } } }")).toBe(1 + 20 * 1);
    expect(cost("{ projects(first: 20) { nodes { name owner { name } } } }")).toBe(1 + 20 * 2);
    expect(cost("{ projects(last: 5) { edges { node { name } } } }")).toBe(1 + 5 * 2);
  });

  it("assumes 50 when no page is named and charges at most 100", () => {
    expect(cost("{ projects { nodes { name } } }")).toBe(1 + 50);
    expect(cost("{ projects(first: 5000) { nodes { name } } }")).toBe(1 + 100);
  });

  it("multiplies nested connections, like GitHub's node limit", () => {
    // 100 projects × (the project + 100 tasks × (task + assignee)).
    expect(cost("{ projects(first: 100) { nodes { tasks(first: 100) { nodes { assignee { name } } } } } }")).toBe(
      1 + 100 * (1 + 1 + 100 * 2),
    );
  });

  it("reads the page from variables", () => {
    expect(cost("query ($n: Int) { projects(first: $n) { nodes { name } } }", { n: 7 })).toBe(1 + 7);
    expect(cost("query ($n: Int = 3) { projects(first: $n) { nodes { name } } }")).toBe(1 + 3);
  });

  it("charges what @skip and @include leave", () => {
    expect(cost("query ($all: Boolean!) { projects(first: 10) { nodes { owner @include(if: $all) { name } } } }", { all: false })).toBe(
      1 + 10,
    );
    expect(cost("query ($all: Boolean!) { projects(first: 10) { nodes { owner @include(if: $all) { name } } } }", { all: true })).toBe(
      1 + 20,
    );
  });

  it("charges a mutation field 10 more than its selection", () => {
    expect(cost('mutation { rename(name: "x") { name owner { name } } }')).toBe(10 + 1 + 1);
  });
});
