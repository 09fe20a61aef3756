import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import type { Viewer } from "@plateau/kernel";
import { shareKeyOf } from "./share-key.js";

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Task { id: ID! title: String! comments(after: String, first: Int): [String!]! }
  type BoardEvent { cursor: String! task: Task }
  type Subscription { boardChanged(projectId: ID!, after: String, acknowledge: Boolean! = false): BoardEvent! }
`);
const viewer = { userId: "u1", workspaceId: "w1", role: "MEMBER" } as Viewer;
const keyOf = (query: string, variables: Record<string, unknown>) =>
  shareKeyOf(schema, parse(query), { query, operationName: undefined, variables, viewer });

const BOARD = `subscription($projectId: ID!, $after: String, $acknowledge: Boolean! = false) {
  boardChanged(projectId: $projectId, after: $after, acknowledge: $acknowledge) { cursor task { title } }
}`;

describe("shareKeyOf", () => {
  it("shares between subscribers of one board whatever their cursor or acknowledgement", () => {
    const fresh = keyOf(BOARD, { projectId: "p1" });
    expect(keyOf(BOARD, { projectId: "p1", after: "1700000000000-0" })).toBe(fresh);
    expect(keyOf(BOARD, { projectId: "p1", after: "1700000000001-3", acknowledge: true })).toBe(fresh);
  });

  it("does not share between boards, workspaces, or a variable the selection also uses", () => {
    const fresh = keyOf(BOARD, { projectId: "p1" });
    expect(keyOf(BOARD, { projectId: "p2" })).not.toBe(fresh);
    const other = shareKeyOf(schema, parse(BOARD), {
      query: BOARD,
      operationName: undefined,
      variables: { projectId: "p1" },
      viewer: { ...viewer, workspaceId: "w2" },
    });
    expect(other).not.toBe(fresh);
    // $after also pages the task's comments: it changes what an event resolves to.
    const reused = `subscription($projectId: ID!, $after: String) {
      boardChanged(projectId: $projectId, after: $after) { cursor task { comments(after: $after) } }
    }`;
    expect(keyOf(reused, { projectId: "p1", after: "a" })).not.toBe(keyOf(reused, { projectId: "p1", after: "b" }));
  });
});
