import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataChangedEvent } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { OutboxEvent } from "@plateau/subgraph-kit";
import { dataOf, errorCodes } from "@plateau/test-kit";
import { signUp, startIdentityWithWorkspaces } from "./helpers.js";

type Setup = Awaited<ReturnType<typeof startIdentityWithWorkspaces>>;
let identity: Setup["identity"];
let workspaces: Setup["workspaces"];
let sql: Setup["sql"];
let memberOf: Setup["memberOf"];
let gql: Setup["gql"];
let close: Setup["close"];

beforeAll(async () => {
  ({ identity, workspaces, sql, memberOf, gql, close } = await startIdentityWithWorkspaces());
});
afterAll(() => close?.());

const TEAM = "id name description version members { id name }";

async function createTeam(token: string, name: string, description?: string) {
  const result = await gql<{ createTeam: { team: { id: string; name: string; version: number } } }>(
    token,
    `mutation($i: CreateTeamInput!) { createTeam(input: $i) { team { ${TEAM} } } }`,
    { i: { name, description } },
  );
  return result;
}

describe("teams", () => {
  it("are created, listed, renamed with optimistic locking, and deleted by a manager", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "MANAGER");

    const created = dataOf(await createTeam(manager.token, "  Platform ", "Runs the platform")).createTeam.team;
    expect(created).toMatchObject({ name: "Platform", description: "Runs the platform", version: 1, members: [] });
    await createTeam(manager.token, "Security");

    const duplicate = await createTeam(manager.token, "Platform");
    expect(duplicate.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", fields: [{ field: "input.name" }] } });

    const list = await gql<{ teams: { totalCount: number; nodes: { name: string }[] } }>(
      manager.token,
      `{ teams { totalCount nodes { name } } }`,
    );
    expect(dataOf(list).teams).toEqual({ totalCount: 2, nodes: [{ name: "Platform" }, { name: "Security" }] });
    const filtered = await gql<{ teams: { nodes: { name: string }[] } }>(
      manager.token,
      `{ teams(filter: { or: [{ name: { contains: "secu" } }, { name: { eq: "Nope" } }] }) { nodes { name } } }`,
    );
    expect(dataOf(filtered).teams.nodes).toEqual([{ name: "Security" }]);

    const update = `mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { team { ${TEAM} } } }`;
    const renamed = await gql<{ updateTeam: { team: { name: string; version: number; description: string | null } } }>(
      manager.token,
      update,
      {
        i: { id: created.id, expectedVersion: 1, name: "Platform Engineering", description: null },
      },
    );
    expect(dataOf(renamed).updateTeam.team).toMatchObject({ name: "Platform Engineering", version: 2, description: null });

    const stale = await gql(manager.token, update, { i: { id: created.id, expectedVersion: 1, name: "Lost Update" } });
    expect(stale.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", currentVersion: 2 } });
    const taken = await gql(manager.token, update, { i: { id: created.id, name: "Security" } });
    expect(errorCodes(taken)).toEqual(["CONFLICT"]);
    const current = await gql<{ team: { name: string; version: number } }>(
      manager.token,
      `query($id: ID!) { team(id: $id) { name version } }`,
      { id: created.id },
    );
    expect(dataOf(current).team).toEqual({ name: "Platform Engineering", version: 2 });

    const deleted = await gql<{ deleteTeam: { deletedTeamId: string } }>(
      manager.token,
      `mutation($i: DeleteTeamInput!) { deleteTeam(input: $i) { deletedTeamId } }`,
      {
        i: { id: created.id },
      },
    );
    expect(dataOf(deleted).deleteTeam.deletedTeamId).toBe(created.id);
    const gone = await gql<{ team: unknown }>(manager.token, `query($id: ID!) { team(id: $id) { id } }`, { id: created.id });
    expect(dataOf(gone).team).toBeNull();
    const again = await gql(manager.token, `mutation($i: DeleteTeamInput!) { deleteTeam(input: $i) { deletedTeamId } }`, {
      i: { id: created.id },
    });
    expect(errorCodes(again)).toEqual(["NOT_FOUND"]);
  });

  it("refuses team changes below MANAGER, writing nothing", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "MANAGER");
    const team = dataOf(await createTeam(manager.token, "Ops")).createTeam.team;
    for (const role of ["MEMBER", "VIEWER"] as const) {
      const member = await memberOf(workspaceId, role);
      const result = await createTeam(member.token, `By ${role}`);
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
      const rename = await gql(member.token, `mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { team { id } } }`, {
        i: { id: team.id, name: "Hijacked" },
      });
      expect(errorCodes(rename)).toEqual(["FORBIDDEN"]);
      const join = await gql(member.token, `mutation($i: AddTeamMemberInput!) { addTeamMember(input: $i) { team { id } } }`, {
        i: { teamId: team.id, userId: member.userId },
      });
      expect(errorCodes(join)).toEqual(["FORBIDDEN"]);
    }
    const list = await gql<{ teams: { nodes: { name: string; members: unknown[] }[] } }>(
      manager.token,
      `{ teams { nodes { name members { id } } } }`,
    );
    expect(dataOf(list).teams.nodes).toEqual([{ name: "Ops", members: [] }]);
  });

  it("needs a workspace-scoped token", async () => {
    const plain = await signUp(identity.url);
    expect(errorCodes(await gql(plain.accessToken, `{ teams { totalCount } }`))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await createTeam(plain.accessToken, "Nope"))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await gql(undefined, `{ teams { totalCount } }`))).toEqual(["UNAUTHENTICATED"]);
  });

  it("adds and removes members of the workspace, refusing duplicates, unknown users and outsiders", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "ADMIN");
    const alice = await memberOf(workspaceId, "MEMBER", "Alice");
    const outsider = await memberOf(uuidv7(), "OWNER", "Outsider");
    const team = dataOf(await createTeam(manager.token, "Design")).createTeam.team;
    const add = `mutation($i: AddTeamMemberInput!) { addTeamMember(input: $i) { team { ${TEAM} } } }`;
    const remove = `mutation($i: RemoveTeamMemberInput!) { removeTeamMember(input: $i) { team { ${TEAM} } } }`;

    const added = await gql<{ addTeamMember: { team: { members: unknown[] } } }>(manager.token, add, {
      i: { teamId: team.id, userId: alice.userId },
    });
    expect(dataOf(added).addTeamMember.team.members).toEqual([{ id: alice.userId, name: "Alice" }]);

    const twice = await gql(manager.token, add, { i: { teamId: team.id, userId: alice.userId } });
    expect(twice.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", fields: [{ field: "input.userId" }] } });
    for (const userId of [uuidv7(), outsider.userId, "not-an-id"]) {
      const refused = await gql(manager.token, add, { i: { teamId: team.id, userId } });
      expect(refused.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.userId" }] } });
    }
    const noTeam = await gql(manager.token, add, { i: { teamId: uuidv7(), userId: alice.userId } });
    expect(errorCodes(noTeam)).toEqual(["NOT_FOUND"]);

    // The member sees the team among their own, in this workspace only.
    const mine = await gql<{ me: { teams: { name: string }[] } }>(alice.token, `{ me { teams { name } } }`);
    expect(dataOf(mine).me.teams).toEqual([{ name: "Design" }]);
    // An outsider cannot even look Alice up; her teams reached by reference are none of theirs either.
    const elsewhere = await gql<{ user: unknown }>(outsider.token, `query($id: ID!) { user(id: $id) { name teams { id } } }`, {
      id: alice.userId,
    });
    expect(dataOf(elsewhere).user).toBeNull();
    const entities = await gql<{ _entities: unknown[] }>(
      outsider.token,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { teams { id } } } }`,
      { r: [{ __typename: "User", id: alice.userId }] },
    );
    expect(dataOf(entities)._entities).toEqual([{ teams: [] }]);

    const removed = await gql<{ removeTeamMember: { team: { members: unknown[] } } }>(manager.token, remove, {
      i: { teamId: team.id, userId: alice.userId },
    });
    expect(dataOf(removed).removeTeamMember.team.members).toEqual([]);
    const notMember = await gql(manager.token, remove, { i: { teamId: team.id, userId: alice.userId } });
    expect(notMember.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.userId" }] } });
  });

  it("asks workspaces before adding a member and says so when it cannot", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "OWNER");
    const bob = await memberOf(workspaceId, "MEMBER");
    const team = dataOf(await createTeam(manager.token, "Support")).createTeam.team;
    workspaces.down = true;
    try {
      const result = await gql(manager.token, `mutation($i: AddTeamMemberInput!) { addTeamMember(input: $i) { team { id } } }`, {
        i: { teamId: team.id, userId: bob.userId },
      });
      expect(errorCodes(result)).toEqual(["SUBGRAPH_UNAVAILABLE"]);
    } finally {
      workspaces.down = false;
    }
  });

  it("keeps each workspace's teams to itself: by id, in lists and through _entities", async () => {
    const ownerA = await memberOf(uuidv7(), "OWNER");
    const ownerB = await memberOf(uuidv7(), "OWNER");
    const team = dataOf(await createTeam(ownerA.token, "Secret Squad")).createTeam.team;
    await createTeam(ownerB.token, "Secret Squad"); // the same name is fine in another workspace

    const byId = `query($id: ID!) { team(id: $id) { id name } }`;
    expect(dataOf(await gql<{ team: unknown }>(ownerB.token, byId, { id: team.id })).team).toBeNull();
    const listB = dataOf(await gql<{ teams: { nodes: { id: string }[] } }>(ownerB.token, `{ teams { nodes { id } } }`)).teams.nodes;
    expect(listB.map((t) => t.id)).not.toContain(team.id);
    expect(listB).toHaveLength(1);

    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Team { id name members { id } } } }`;
    const representations = [{ __typename: "Team", id: team.id }];
    expect(dataOf(await gql<{ _entities: unknown[] }>(ownerB.token, entities, { r: representations }))._entities).toEqual([null]);
    expect(dataOf(await gql<{ _entities: unknown[] }>(ownerA.token, entities, { r: representations }))._entities).toEqual([
      { id: team.id, name: "Secret Squad", members: [] },
    ]);

    const rename = await gql(ownerB.token, `mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { team { id } } }`, {
      i: { id: team.id, name: "Mine now" },
    });
    expect(errorCodes(rename)).toEqual(["NOT_FOUND"]);
    expect(dataOf(await gql<{ team: { name: string } }>(ownerA.token, byId, { id: team.id })).team.name).toBe("Secret Squad");
  });

  it("loads members and their teams without a query per team", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "MANAGER");
    const people = await Promise.all([0, 1, 2].map((i) => memberOf(workspaceId, "MEMBER", `Person ${i}`)));
    const query = `{ teams { nodes { name members { id name teams { name } } } } }`;
    const addAll = async (teamId: string) => {
      for (const person of people) {
        dataOf(
          await gql(manager.token, `mutation($i: AddTeamMemberInput!) { addTeamMember(input: $i) { team { id } } }`, {
            i: { teamId, userId: person.userId },
          }),
        );
      }
    };
    await addAll(dataOf(await createTeam(manager.token, "Team 0")).createTeam.team.id);
    const one = await sql.count(() => gql(manager.token, query));
    for (const n of [1, 2, 3]) await addAll(dataOf(await createTeam(manager.token, `Team ${n}`)).createTeam.team.id);
    const four = await sql.count(() => gql(manager.token, query));

    const teams = (dataOf(four.result) as { teams: { nodes: { members: { teams: unknown[] }[] }[] } }).teams.nodes;
    expect(teams).toHaveLength(4);
    expect(teams.every((t) => t.members.length === 3 && t.members.every((m) => m.teams.length === 4))).toBe(true);
    expect(four.statements.length).toBe(one.statements.length);
  });
  it("are in the audit log: every change with its actor and the changed fields before and after", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "MANAGER");
    const member = await memberOf(workspaceId, "MEMBER");
    const team = dataOf(await createTeam(manager.token, "Audit")).createTeam.team;
    dataOf(
      await gql(manager.token, `mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { team { id } } }`, {
        i: { id: team.id, expectedVersion: 1, name: "Audited" },
      }),
    );
    dataOf(
      await gql(manager.token, `mutation($i: AddTeamMemberInput!) { addTeamMember(input: $i) { team { id } } }`, {
        i: { teamId: team.id, userId: member.userId },
      }),
    );

    const rows = await identity.app.database.asOwner((em) =>
      em.find(OutboxEvent, { workspaceId, type: dataChangedEvent("identity").name }, { orderBy: { id: "asc" }, filters: false }),
    );
    const entries = rows.map((row) => row.toEvent());
    expect(entries.map((entry) => [entry.subject.typename, (entry.data as { action: string }).action])).toEqual([
      ["Team", "CREATED"],
      ["Team", "UPDATED"],
      ["TeamMember", "CREATED"],
    ]);
    expect(entries.every((entry) => entry.actorId === manager.userId)).toBe(true);
    expect(entries[1]!.data).toMatchObject({ entityId: team.id, before: { name: "Audit" }, after: { name: "Audited" } });
  });
});

describe("team leads", () => {
  type Person = { id: string; name: string };
  type LedTeam = { id: string; name: string; version: number; lead: Person | null; members: Person[] };
  const LED_TEAM = "id name version lead { id name } members { id name }";
  const CREATE = `mutation($i: CreateTeamInput!) { createTeam(input: $i) { team { ${LED_TEAM} } } }`;
  const UPDATE = `mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { team { ${LED_TEAM} } } }`;
  const REMOVE = `mutation($i: RemoveTeamMemberInput!) { removeTeamMember(input: $i) { team { ${LED_TEAM} } } }`;
  const TEAM_BY_ID = `query($id: ID!) { team(id: $id) { ${LED_TEAM} } }`;
  const person = (member: { userId: string; name: string }): Person => ({ id: member.userId, name: member.name });

  const createLed = (token: string, name: string, leadId?: string | null) =>
    gql<{ createTeam: { team: LedTeam } }>(token, CREATE, { i: { name, leadId } });
  const updateLed = (token: string, input: Record<string, unknown>) => gql<{ updateTeam: { team: LedTeam } }>(token, UPDATE, { i: input });
  const teamById = async (token: string, id: string) => dataOf(await gql<{ team: LedTeam | null }>(token, TEAM_BY_ID, { id })).team;
  const expectBadLeadId = (result: { errors?: readonly unknown[] }) =>
    expect(result.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.leadId" }] } });

  it("are set on create, changed and cleared, and always among the members", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "MANAGER");
    const alice = await memberOf(workspaceId, "MEMBER", "Alice");
    const bob = await memberOf(workspaceId, "MEMBER", "Bob");

    const created = dataOf(await createLed(manager.token, "Payments", alice.userId)).createTeam.team;
    expect(created).toMatchObject({ version: 1, lead: person(alice), members: [person(alice)] });
    const none = dataOf(await createLed(manager.token, "Leaderless")).createTeam.team;
    expect(none).toMatchObject({ lead: null, members: [] });

    // Bob is not in the team yet: becoming its lead adds him.
    const toBob = dataOf(await updateLed(manager.token, { id: created.id, expectedVersion: 1, leadId: bob.userId })).updateTeam.team;
    expect(toBob).toMatchObject({ version: 2, lead: person(bob), members: [person(alice), person(bob)] });
    // Alice is already a member: leading again adds no second membership.
    const toAlice = dataOf(await updateLed(manager.token, { id: created.id, leadId: alice.userId })).updateTeam.team;
    expect(toAlice).toMatchObject({ lead: person(alice), members: [person(alice), person(bob)] });
    // Absent leaves the lead as it is; null clears it, and the former lead stays a member.
    const renamed = dataOf(await updateLed(manager.token, { id: created.id, name: "Payments Core" })).updateTeam.team;
    expect(renamed).toMatchObject({ name: "Payments Core", lead: person(alice) });
    dataOf(await updateLed(manager.token, { id: created.id, leadId: null }));
    expect(await teamById(alice.token, created.id)).toMatchObject({ lead: null, members: [person(alice), person(bob)] });

    const mine = await gql<{ me: { teams: { name: string }[] } }>(bob.token, `{ me { teams { name } } }`);
    expect(dataOf(mine).me.teams).toEqual([{ name: "Payments Core" }]);
  });

  it("refuse a lead who is not a member of the workspace, a VIEWER, or a malformed id, writing nothing", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "OWNER");
    const alice = await memberOf(workspaceId, "MEMBER", "Alice");
    const outsider = await memberOf(uuidv7(), "OWNER", "Outsider");
    const team = dataOf(await createLed(manager.token, "Infra", alice.userId)).createTeam.team;

    for (const leadId of [outsider.userId, uuidv7(), "not-an-id", ""]) {
      expectBadLeadId(await createLed(manager.token, `Refused ${leadId}`, leadId));
      expectBadLeadId(await updateLed(manager.token, { id: team.id, name: "Renamed", leadId }));
    }
    // A VIEWER tracks no time, so cannot approve a team's: refused as a lead, naming the role.
    const viewer = await memberOf(workspaceId, "VIEWER", "Vera");
    for (const refused of [
      await createLed(manager.token, "Viewers", viewer.userId),
      await updateLed(manager.token, { id: team.id, leadId: viewer.userId }),
    ]) {
      expect(refused.errors![0]).toMatchObject({
        extensions: {
          code: "BAD_USER_INPUT",
          fields: [{ field: "input.leadId", message: "a VIEWER cannot lead a team: a lead approves the team's time" }],
        },
      });
    }
    // A valid lead with a change that fails as a whole: neither the team nor the lead's membership is written.
    const bob = await memberOf(workspaceId, "MEMBER", "Bob");
    const other = dataOf(await createLed(manager.token, "Other")).createTeam.team;
    const nameTaken = await createLed(manager.token, "Infra", bob.userId);
    expect(nameTaken.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", fields: [{ field: "input.name" }] } });
    const renameTaken = await updateLed(manager.token, { id: team.id, name: "Other", leadId: bob.userId });
    expect(renameTaken.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", fields: [{ field: "input.name" }] } });

    const list = await gql<{ teams: { nodes: { name: string }[] } }>(manager.token, `{ teams { nodes { name } } }`);
    expect(dataOf(list).teams.nodes).toEqual([{ name: "Infra" }, { name: "Other" }]);
    expect(await teamById(manager.token, team.id)).toEqual(team);
    expect(await teamById(manager.token, other.id)).toEqual(other);
    expect(dataOf(await gql<{ me: { teams: unknown[] } }>(bob.token, `{ me { teams { id } } }`)).me.teams).toEqual([]);
  });

  it("are cleared when they leave the team, in the same change", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "ADMIN");
    const alice = await memberOf(workspaceId, "MEMBER", "Alice");
    const bob = await memberOf(workspaceId, "MEMBER", "Bob");
    const team = dataOf(await createLed(manager.token, "Mobile", alice.userId)).createTeam.team;
    dataOf(
      await gql(manager.token, `mutation($i: AddTeamMemberInput!) { addTeamMember(input: $i) { team { id } } }`, {
        i: { teamId: team.id, userId: bob.userId },
      }),
    );

    // Another member leaving keeps the lead, but changes the team: an edit from before it is stale.
    const bobLeft = await gql<{ removeTeamMember: { team: LedTeam } }>(manager.token, REMOVE, {
      i: { teamId: team.id, userId: bob.userId },
    });
    expect(dataOf(bobLeft).removeTeamMember.team).toMatchObject({ version: 2, lead: person(alice), members: [person(alice)] });
    const stale = await updateLed(manager.token, { id: team.id, expectedVersion: 1, leadId: bob.userId });
    expect(stale.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", currentVersion: 2 } });

    const aliceLeft = await gql<{ removeTeamMember: { team: LedTeam } }>(manager.token, REMOVE, {
      i: { teamId: team.id, userId: alice.userId },
    });
    expect(dataOf(aliceLeft).removeTeamMember.team).toMatchObject({ lead: null, members: [] });
    expect(await teamById(manager.token, team.id)).toMatchObject({ lead: null, members: [] });
    const aliceTeams = await gql<{ me: { teams: unknown[] } }>(alice.token, `{ me { teams { id } } }`);
    expect(dataOf(aliceTeams).me.teams).toEqual([]);
  });

  it("filter teams by lead", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "MANAGER");
    const alice = await memberOf(workspaceId, "MEMBER", "Alice");
    const bob = await memberOf(workspaceId, "MEMBER", "Bob");
    dataOf(await createLed(manager.token, "A1", alice.userId));
    dataOf(await createLed(manager.token, "A2", alice.userId));
    dataOf(await createLed(manager.token, "B1", bob.userId));
    dataOf(await createLed(manager.token, "None"));

    const names = async (filter: Record<string, unknown>) => {
      const result = await gql<{ teams: { nodes: { name: string }[] } }>(
        manager.token,
        `query($f: TeamFilter) { teams(filter: $f) { nodes { name } } }`,
        { f: filter },
      );
      return dataOf(result).teams.nodes.map((team) => team.name);
    };
    expect(await names({ leadId: { eq: alice.userId } })).toEqual(["A1", "A2"]);
    expect(await names({ leadId: { eq: alice.userId.toUpperCase() } })).toEqual(["A1", "A2"]);
    expect(await names({ leadId: { in: [bob.userId, alice.userId] } })).toEqual(["A1", "A2", "B1"]);
    expect(await names({ leadId: { isNull: true } })).toEqual(["None"]);
    expect(await names({ leadId: { isNull: false }, name: { contains: "1" } })).toEqual(["A1", "B1"]);
    expect(await names({ or: [{ leadId: { eq: bob.userId } }, { leadId: { isNull: true } }] })).toEqual(["B1", "None"]);
    expect(await names({ leadId: { eq: uuidv7() } })).toEqual([]);

    const malformed = await gql(manager.token, `{ teams(filter: { leadId: { in: ["nope"] } }) { totalCount } }`);
    expect(malformed.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "filter.leadId.in" }] } });
  });

  it("are loaded without a query per team", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "MANAGER");
    const people = await Promise.all([0, 1, 2, 3].map((i) => memberOf(workspaceId, "MEMBER", `Lead ${i}`)));
    const query = `{ teams { nodes { name lead { id name teams { name } } } } }`;
    dataOf(await createLed(manager.token, "Team 0", people[0]!.userId));
    const one = await sql.count(() => gql(manager.token, query));
    for (const n of [1, 2, 3]) dataOf(await createLed(manager.token, `Team ${n}`, people[n]!.userId));
    const four = await sql.count(() => gql(manager.token, query));

    const teams = (dataOf(four.result) as { teams: { nodes: { name: string; lead: { name: string } }[] } }).teams.nodes;
    expect(teams.map((team) => [team.name, team.lead.name])).toEqual([0, 1, 2, 3].map((n) => [`Team ${n}`, `Lead ${n}`]));
    expect(four.statements.length).toBe(one.statements.length);
  });

  it("are in the audit log with the team and the membership that comes with them", async () => {
    const workspaceId = uuidv7();
    const manager = await memberOf(workspaceId, "MANAGER");
    const alice = await memberOf(workspaceId, "MEMBER", "Alice");
    const team = dataOf(await createLed(manager.token, "Audited leads")).createTeam.team;
    dataOf(await updateLed(manager.token, { id: team.id, leadId: alice.userId }));

    const rows = await identity.app.database.asOwner((em) =>
      em.find(OutboxEvent, { workspaceId, type: dataChangedEvent("identity").name }, { orderBy: { id: "asc" }, filters: false }),
    );
    const entries = rows.map((row) => row.toEvent());
    const actions = entries.map((entry) => `${entry.subject.typename} ${(entry.data as { action: string }).action}`);
    // The change of lead and the lead's membership are one flush: their order within it is the ORM's.
    expect(actions[0]).toBe("Team CREATED");
    expect(actions.slice(1).sort()).toEqual(["Team UPDATED", "TeamMember CREATED"]);
    const leadChange = entries.find((entry) => (entry.data as { action: string }).action === "UPDATED");
    expect(leadChange!.data).toMatchObject({ entityId: team.id, before: { lead: null }, after: { lead: alice.userId } });
    expect(entries.every((entry) => entry.actorId === manager.userId)).toBe(true);
  });
});
