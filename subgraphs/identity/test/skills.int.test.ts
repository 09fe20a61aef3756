import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf, errorCodes } from "@plateau/test-kit";
import { signUp, startIdentityWithWorkspaces, type TestMember } from "./helpers.js";

type Setup = Awaited<ReturnType<typeof startIdentityWithWorkspaces>>;
let identity: Setup["identity"];
let sql: Setup["sql"];
let memberOf: Setup["memberOf"];
let gql: Setup["gql"];
let close: Setup["close"];

beforeAll(async () => {
  ({ identity, sql, memberOf, gql, close } = await startIdentityWithWorkspaces());
});
afterAll(() => close?.());

type Member = TestMember;

const SKILL = "id name category description version";

type SkillResult = { id: string; name: string; category: string | null; description: string | null; version: number };

function createSkill(token: string, name: string, category?: string) {
  return gql<{ createSkill: { skill: SkillResult } }>(
    token,
    `mutation($i: CreateSkillInput!) { createSkill(input: $i) { skill { ${SKILL} } } }`,
    {
      i: { name, category },
    },
  );
}

const SET = `mutation($i: SetUserSkillInput!) { setUserSkill(input: $i) { userSkill { id level skill { name } user { id } updatedAt } } }`;
const REMOVE = `mutation($i: RemoveUserSkillInput!) { removeUserSkill(input: $i) { removed } }`;
const setLevel = (token: string, userId: string, skillId: string, level: string) =>
  gql<{ setUserSkill: { userSkill: { id: string; level: string; skill: { name: string }; user: { id: string } } } }>(token, SET, {
    i: { userId, skillId, level },
  });

describe("skills", () => {
  it("are created, listed, edited with optimistic locking, and deleted by a manager", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "MANAGER");

    const created = dataOf(await createSkill(manager.token, "  TypeScript ", "Languages")).createSkill.skill;
    expect(created).toMatchObject({ name: "TypeScript", category: "Languages", description: null, version: 1 });
    await createSkill(manager.token, "Kubernetes", "Operations");

    const duplicate = await createSkill(manager.token, "typescript");
    expect(duplicate.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", fields: [{ field: "input.name" }] } });
    const tooLong = await createSkill(manager.token, "x".repeat(81));
    expect(tooLong.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.name" }] } });

    const list = await gql<{ skills: { totalCount: number; nodes: { name: string }[] } }>(
      manager.token,
      `{ skills { totalCount nodes { name } } }`,
    );
    expect(dataOf(list).skills).toEqual({ totalCount: 2, nodes: [{ name: "Kubernetes" }, { name: "TypeScript" }] });
    const filtered = await gql<{ skills: { nodes: { name: string }[] } }>(
      manager.token,
      `{ skills(filter: { or: [{ category: { eq: "Languages" } }, { name: { contains: "nope" } }] }) { nodes { name } } }`,
    );
    expect(dataOf(filtered).skills.nodes).toEqual([{ name: "TypeScript" }]);

    const update = `mutation($i: UpdateSkillInput!) { updateSkill(input: $i) { skill { ${SKILL} } } }`;
    const edited = await gql<{ updateSkill: { skill: SkillResult } }>(manager.token, update, {
      i: { id: created.id, expectedVersion: 1, name: "TypeScript 5", description: "Types for JavaScript", category: null },
    });
    expect(dataOf(edited).updateSkill.skill).toMatchObject({
      name: "TypeScript 5",
      description: "Types for JavaScript",
      category: null,
      version: 2,
    });

    const stale = await gql(manager.token, update, { i: { id: created.id, expectedVersion: 1, name: "Lost Update" } });
    expect(stale.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", currentVersion: 2 } });
    const taken = await gql(manager.token, update, { i: { id: created.id, name: "KUBERNETES" } });
    expect(taken.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", fields: [{ field: "input.name" }] } });
    const current = await gql<{ skill: { name: string; version: number } }>(
      manager.token,
      `query($id: ID!) { skill(id: $id) { name version } }`,
      {
        id: created.id,
      },
    );
    expect(dataOf(current).skill).toEqual({ name: "TypeScript 5", version: 2 });

    // Deleting a skill takes the users' levels in it along.
    dataOf(await setLevel(manager.token, manager.userId, created.id, "EXPERT"));
    const del = `mutation($i: DeleteSkillInput!) { deleteSkill(input: $i) { deletedSkillId } }`;
    expect(
      dataOf(await gql<{ deleteSkill: { deletedSkillId: string } }>(manager.token, del, { i: { id: created.id } })).deleteSkill,
    ).toEqual({
      deletedSkillId: created.id,
    });
    const gone = await gql<{ skill: unknown; me: { skills: unknown[] } }>(
      manager.token,
      `query($id: ID!) { skill(id: $id) { id } me { skills { id } } }`,
      {
        id: created.id,
      },
    );
    expect(dataOf(gone)).toEqual({ skill: null, me: { skills: [] } });
    expect(errorCodes(await gql(manager.token, del, { i: { id: created.id } }))).toEqual(["NOT_FOUND"]);
  });

  it("refuses catalogue changes below MANAGER and needs a workspace-scoped token", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "MANAGER");
    const skill = dataOf(await createSkill(manager.token, "Go")).createSkill.skill;
    for (const role of ["MEMBER", "VIEWER"] as const) {
      const member = await memberOf(workspaceId, role);
      expect(errorCodes(await createSkill(member.token, `By ${role}`))).toEqual(["FORBIDDEN"]);
      const rename = await gql(member.token, `mutation($i: UpdateSkillInput!) { updateSkill(input: $i) { skill { id } } }`, {
        i: { id: skill.id, name: "Hijacked" },
      });
      expect(errorCodes(rename)).toEqual(["FORBIDDEN"]);
      const del = await gql(member.token, `mutation($i: DeleteSkillInput!) { deleteSkill(input: $i) { deletedSkillId } }`, {
        i: { id: skill.id },
      });
      expect(errorCodes(del)).toEqual(["FORBIDDEN"]);
    }
    expect(dataOf(await gql<{ skills: { nodes: unknown[] } }>(manager.token, `{ skills { nodes { name } } }`)).skills.nodes).toEqual([
      { name: "Go" },
    ]);

    const plain = await signUp(identity.url);
    expect(errorCodes(await gql(plain.accessToken, `{ skills { totalCount } }`))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await setLevel(plain.accessToken, plain.user.id, skill.id, "BEGINNER"))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await gql(undefined, `{ skills { totalCount } }`))).toEqual(["UNAUTHENTICATED"]);
  });

  it("lets members rate themselves and managers rate any member, with upsert semantics", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "MANAGER");
    const alice = await memberOf(workspaceId, "MEMBER", "Alice");
    const bob = await memberOf(workspaceId, "MEMBER", "Bob");
    const viewer = await memberOf(workspaceId, "VIEWER");
    const outsider = await memberOf(uuidv7(), "OWNER", "Outsider");
    const rust = dataOf(await createSkill(manager.token, "Rust")).createSkill.skill;
    const sqlSkill = dataOf(await createSkill(manager.token, "SQL")).createSkill.skill;

    const own = dataOf(await setLevel(alice.token, alice.userId, rust.id, "BEGINNER")).setUserSkill.userSkill;
    expect(own).toMatchObject({ level: "BEGINNER", skill: { name: "Rust" }, user: { id: alice.userId } });
    expect(errorCodes(await setLevel(alice.token, bob.userId, rust.id, "EXPERT"))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await gql(alice.token, REMOVE, { i: { userId: bob.userId, skillId: rust.id } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await setLevel(viewer.token, viewer.userId, rust.id, "BEGINNER"))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await gql(viewer.token, REMOVE, { i: { userId: viewer.userId, skillId: rust.id } }))).toEqual(["FORBIDDEN"]);

    // Upsert: the same rating, a new level.
    const raised = dataOf(await setLevel(manager.token, alice.userId, rust.id, "ADVANCED")).setUserSkill.userSkill;
    expect(raised).toMatchObject({ id: own.id, level: "ADVANCED" });
    dataOf(await setLevel(manager.token, bob.userId, rust.id, "INTERMEDIATE"));
    dataOf(await setLevel(manager.token, bob.userId, sqlSkill.id, "EXPERT"));

    for (const userId of [outsider.userId, uuidv7(), "not-an-id"]) {
      const refused = await setLevel(manager.token, userId, rust.id, "EXPERT");
      expect(refused.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.userId" }] } });
    }
    expect(errorCodes(await setLevel(manager.token, alice.userId, uuidv7(), "EXPERT"))).toEqual(["NOT_FOUND"]);

    const bobs = await gql<{ user: { skills: { level: string; skill: { name: string } }[] } }>(
      manager.token,
      `query($id: ID!) { user(id: $id) { skills { level skill { name } } } }`,
      { id: bob.userId },
    );
    expect(dataOf(bobs).user.skills).toEqual([
      { level: "INTERMEDIATE", skill: { name: "Rust" } },
      { level: "EXPERT", skill: { name: "SQL" } },
    ]);
    const holders = `query($id: ID!, $min: SkillLevel) { skill(id: $id) { holders(minLevel: $min) { level user { name } } } }`;
    const all = await gql<{ skill: { holders: unknown[] } }>(manager.token, holders, { id: rust.id });
    expect(dataOf(all).skill.holders).toEqual([
      { level: "ADVANCED", user: { name: "Alice" } },
      { level: "INTERMEDIATE", user: { name: "Bob" } },
    ]);
    const advanced = await gql<{ skill: { holders: unknown[] } }>(manager.token, holders, { id: rust.id, min: "ADVANCED" });
    expect(dataOf(advanced).skill.holders).toEqual([{ level: "ADVANCED", user: { name: "Alice" } }]);

    // Removal: themself as a member, anyone as a manager; false when there was nothing to remove.
    const removedOwn = await gql<{ removeUserSkill: { removed: boolean } }>(alice.token, REMOVE, {
      i: { userId: alice.userId, skillId: rust.id },
    });
    expect(dataOf(removedOwn).removeUserSkill.removed).toBe(true);
    const again = await gql<{ removeUserSkill: { removed: boolean } }>(alice.token, REMOVE, {
      i: { userId: alice.userId, skillId: rust.id },
    });
    expect(dataOf(again).removeUserSkill.removed).toBe(false);
    const byManager = await gql<{ removeUserSkill: { removed: boolean } }>(manager.token, REMOVE, {
      i: { userId: bob.userId, skillId: sqlSkill.id },
    });
    expect(dataOf(byManager).removeUserSkill.removed).toBe(true);
    const left = await gql<{ skill: { holders: unknown[] } }>(manager.token, holders, { id: rust.id });
    expect(dataOf(left).skill.holders).toEqual([{ level: "INTERMEDIATE", user: { name: "Bob" } }]);
  });

  it("keeps each workspace's skills to itself: by id, in lists, in User.skills and through _entities", async () => {
    const ownerA = await memberOf(uuidv7(), "OWNER");
    const ownerB = await memberOf(uuidv7(), "OWNER");
    const skill = dataOf(await createSkill(ownerA.token, "Secret Sauce")).createSkill.skill;
    await createSkill(ownerB.token, "Secret Sauce"); // the same name is fine in another workspace
    dataOf(await setLevel(ownerA.token, ownerA.userId, skill.id, "EXPERT"));

    const byId = `query($id: ID!) { skill(id: $id) { id name } }`;
    expect(dataOf(await gql<{ skill: unknown }>(ownerB.token, byId, { id: skill.id })).skill).toBeNull();
    const listB = dataOf(await gql<{ skills: { nodes: { id: string }[] } }>(ownerB.token, `{ skills { nodes { id } } }`)).skills.nodes;
    expect(listB.map((s) => s.id)).not.toContain(skill.id);
    expect(listB).toHaveLength(1);
    // A's owner is no one B's owner may look up.
    const userInB = await gql<{ user: { skills: unknown[] } | null }>(ownerB.token, `query($id: ID!) { user(id: $id) { skills { id } } }`, {
      id: ownerA.userId,
    });
    expect(dataOf(userInB).user).toBeNull();
    expect(errorCodes(await setLevel(ownerB.token, ownerB.userId, skill.id, "EXPERT"))).toEqual(["NOT_FOUND"]);

    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Skill { id name holders { level } } } }`;
    const representations = [{ __typename: "Skill", id: skill.id }];
    expect(dataOf(await gql<{ _entities: unknown[] }>(ownerB.token, entities, { r: representations }))._entities).toEqual([null]);
    expect(dataOf(await gql<{ _entities: unknown[] }>(ownerA.token, entities, { r: representations }))._entities).toEqual([
      { id: skill.id, name: "Secret Sauce", holders: [{ level: "EXPERT" }] },
    ]);
  });

  it("loads holders and their skills without a query per skill or user", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "MANAGER");
    const skills = await Promise.all(
      ["A", "B", "C"].map(async (name) => dataOf(await createSkill(manager.token, `Skill ${name}`)).createSkill.skill),
    );
    const query = `{ skills { nodes { name holders { user { name skills { level skill { name } } } } } } }`;
    const rateAll = async (people: Member[]) => {
      for (const person of people) for (const skill of skills) dataOf(await setLevel(manager.token, person.userId, skill.id, "ADVANCED"));
    };
    const first = await Promise.all([0, 1].map((i) => memberOf(workspaceId, "MEMBER", `Person ${i}`)));
    await rateAll(first);
    const two = await sql.count(() => gql(manager.token, query));
    await rateAll(await Promise.all([2, 3, 4, 5].map((i) => memberOf(workspaceId, "MEMBER", `Person ${i}`))));
    const six = await sql.count(() => gql(manager.token, query));

    const nodes = (dataOf(six.result) as { skills: { nodes: { holders: { user: { skills: unknown[] } }[] }[] } }).skills.nodes;
    expect(nodes).toHaveLength(3);
    expect(nodes.every((s) => s.holders.length === 6 && s.holders.every((h) => h.user.skills.length === 3))).toBe(true);
    expect(six.statements.length).toBe(two.statements.length);
  });
});
