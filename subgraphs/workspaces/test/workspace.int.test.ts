import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { dataOf, errorCodes } from "@plateau/test-kit";
import { createWorkspace, startWorkspaces, userToken, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startWorkspaces();
});
afterAll(() => h?.app.close());

const unique = () => uuidv7().slice(-8);

describe("createWorkspace", () => {
  it("lets a user without a workspace create one and become its OWNER", async () => {
    const userId = uuidv7();
    const token = await userToken(h.tokens, userId);
    const name = `Acme Platform ${unique()}`;
    const created = dataOf(
      await h.gql(
        `mutation($name: String!) { createWorkspace(input: { name: $name }) {
           workspace { id name slug version createdAt updatedAt viewerRole }
           membership { id role version user { id } workspace { id name } } } }`,
        token,
        { name },
      ),
    ).createWorkspace;
    expect(created.workspace).toMatchObject({ name, slug: name.toLowerCase().replaceAll(" ", "-"), version: 1, viewerRole: "OWNER" });
    expect(created.membership).toMatchObject({
      role: "OWNER",
      version: 1,
      user: { id: userId },
      workspace: { id: created.workspace.id, name },
    });

    const mine = dataOf(await h.gql(`{ myMemberships { id role workspace { id name } } }`, token)).myMemberships;
    expect(mine).toEqual([{ id: created.membership.id, role: "OWNER", workspace: { id: created.workspace.id, name } }]);
  });

  it("appends a short suffix when the derived slug is taken", async () => {
    const name = `Same Name ${unique()}`;
    const first = await createWorkspace(h, name);
    const second = await createWorkspace(h, name);
    expect(first.slug).toBe(name.toLowerCase().replaceAll(" ", "-"));
    expect(second.slug).toMatch(new RegExp(`^${first.slug}-[a-z0-9]{4}$`));
  });

  it("takes an explicit slug, refusing a malformed or taken one", async () => {
    const token = await userToken(h.tokens, uuidv7());
    const slug = `explicit-${unique()}`;
    const mutation = `mutation($slug: String) { createWorkspace(input: { name: "Explicit", slug: $slug }) { workspace { slug } } }`;
    expect(dataOf(await h.gql(mutation, token, { slug })).createWorkspace.workspace.slug).toBe(slug);

    const taken = await h.gql(mutation, token, { slug });
    expect(errorCodes(taken)).toEqual(["CONFLICT"]);
    expect(taken.errors?.[0]?.extensions?.fields).toEqual([{ field: "input.slug", message: "already taken" }]);

    for (const bad of ["No Caps", "ab", "x".repeat(49), "under_score"]) {
      const result = await h.gql(mutation, token, { slug: bad });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: "input.slug" })]);
    }
  });

  it("validates the name and needs a signed-in user", async () => {
    const token = await userToken(h.tokens, uuidv7());
    for (const name of ["   ", "n".repeat(121)]) {
      const result = await h.gql(`mutation($name: String!) { createWorkspace(input: { name: $name }) { workspace { id } } }`, token, {
        name,
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: "input.name" })]);
    }
    const anonymous = await h.gql(`mutation { createWorkspace(input: { name: "Nope" }) { workspace { id } } }`);
    expect(errorCodes(anonymous)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("workspace", () => {
  it("is the token's workspace, or null for a token without one", async () => {
    const ws = await createWorkspace(h);
    const current = dataOf(await h.gql(`{ workspace { id slug viewerRole } }`, ws.ownerToken)).workspace;
    expect(current).toEqual({ id: ws.id, slug: ws.slug, viewerRole: "OWNER" });
    expect(dataOf(await h.gql(`{ workspace { id } }`, await userToken(h.tokens, ws.ownerId))).workspace).toBeNull();
    expect(dataOf(await h.gql(`{ workspace { id } }`, await h.tokens.forRole(uuidv7(), "OWNER"))).workspace).toBeNull();
    expect(errorCodes(await h.gql(`{ workspace { id } }`))).toEqual(["UNAUTHENTICATED"]);
  });

  it("resolves as an entity only for the viewer's own workspaces", async () => {
    const a = await createWorkspace(h);
    const b = await createWorkspace(h);
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Workspace { id name viewerRole } } }`;
    const reps = [a.id, b.id, uuidv7()].map((id) => ({ __typename: "Workspace", id }));

    const asA = dataOf(await h.gql(query, a.ownerToken, { reps }))._entities;
    expect(asA.map((entity: { id: string } | null) => entity?.id ?? null)).toEqual([a.id, null, null]);

    // Without a workspace in the token, the user's memberships decide.
    const asAOwnerAnywhere = dataOf(await h.gql(query, await userToken(h.tokens, a.ownerId), { reps }))._entities;
    expect(asAOwnerAnywhere[0]).toMatchObject({ id: a.id, viewerRole: "OWNER" });
    expect(asAOwnerAnywhere.slice(1)).toEqual([null, null]);
  });
});

describe("updateWorkspace", () => {
  it("renames the current workspace and bumps its version", async () => {
    const ws = await createWorkspace(h);
    const slug = `renamed-${unique()}`;
    const updated = dataOf(
      await h.gql(
        `mutation($slug: String) { updateWorkspace(input: { expectedVersion: 1, name: "Renamed", slug: $slug }) { workspace { id name slug version } membership { role } } }`,
        ws.ownerToken,
        { slug },
      ),
    ).updateWorkspace;
    expect(updated).toEqual({ workspace: { id: ws.id, name: "Renamed", slug, version: 2 }, membership: { role: "OWNER" } });
  });

  it("refuses a stale expectedVersion with the current version, changing nothing", async () => {
    const ws = await createWorkspace(h);
    dataOf(await h.gql(`mutation { updateWorkspace(input: { name: "First" }) { workspace { version } } }`, ws.ownerToken));
    const stale = await h.gql(
      `mutation { updateWorkspace(input: { expectedVersion: 1, name: "Second" }) { workspace { version } } }`,
      ws.ownerToken,
    );
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
    expect(dataOf(await h.gql(`{ workspace { name version } }`, ws.ownerToken)).workspace).toEqual({ name: "First", version: 2 });
  });

  it("needs ADMIN or above and a workspace token", async () => {
    const ws = await createWorkspace(h);
    const member = await h.tokens.forRole(ws.id, "MANAGER");
    const denied = await h.gql(`mutation { updateWorkspace(input: { name: "Mine now" }) { workspace { name } } }`, member);
    expect(errorCodes(denied)).toEqual(["FORBIDDEN"]);
    expect(denied.errors?.[0]?.message).toMatch(/ADMIN/);
    const noWorkspace = await h.gql(
      `mutation { updateWorkspace(input: { name: "Mine now" }) { workspace { name } } }`,
      await userToken(h.tokens, ws.ownerId),
    );
    expect(errorCodes(noWorkspace)).toEqual(["FORBIDDEN"]);
    expect(dataOf(await h.gql(`{ workspace { name version } }`, ws.ownerToken)).workspace.version).toBe(1);
  });

  it("refuses a slug another workspace has", async () => {
    const a = await createWorkspace(h);
    const b = await createWorkspace(h);
    const result = await h.gql(`mutation($slug: String) { updateWorkspace(input: { slug: $slug }) { workspace { slug } } }`, b.ownerToken, {
      slug: a.slug,
    });
    expect(errorCodes(result)).toEqual(["CONFLICT"]);
    expect(dataOf(await h.gql(`{ workspace { slug } }`, b.ownerToken)).workspace.slug).toBe(b.slug);
  });
});
