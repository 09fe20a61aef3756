import { afterAll, beforeAll, expect, it } from "vitest";
import { dataOf } from "@plateau/test-kit";
import { addMember, createWorkspace, startWorkspaces, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startWorkspaces();
});
afterAll(() => h?.app.close());

const QUERY = `{ workspace { members(first: 100) { totalCount nodes { role user { id } workspace { name } } } } }`;

it("lists members with their user and workspace in a constant number of statements", async () => {
  const ws = await createWorkspace(h);
  for (let i = 0; i < 4; i++) await addMember(h, ws, "MEMBER");
  const few = await h.sql.count(() => h.gql(QUERY, ws.ownerToken));
  expect(dataOf(few.result).workspace.members.totalCount).toBe(5);

  for (let i = 0; i < 45; i++) await addMember(h, ws, "VIEWER");
  const many = await h.sql.count(() => h.gql(QUERY, ws.ownerToken));
  const members = dataOf(many.result).workspace.members;
  expect(members.totalCount).toBe(50);
  expect(members.nodes.every((node: { workspace: { name: string } }) => node.workspace.name.startsWith("Team"))).toBe(true);

  expect(many.statements.length).toBe(few.statements.length);
  expect(few.statements.length).toBeLessThanOrEqual(4);
});

it("resolves the viewer's memberships across workspaces in a constant number of statements", async () => {
  const first = await createWorkspace(h);
  const query = `{ myMemberships { role workspace { name viewerRole } user { id } } }`;
  const one = await h.sql.count(() => h.gql(query, first.ownerToken));
  for (let i = 0; i < 5; i++) {
    const other = await createWorkspace(h);
    await addMember(h, other, "MEMBER", first.ownerId);
  }
  const six = await h.sql.count(() => h.gql(query, first.ownerToken));
  expect(dataOf(six.result).myMemberships).toHaveLength(6);
  expect(six.statements.length).toBe(one.statements.length);
});
