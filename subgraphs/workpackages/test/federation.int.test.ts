import { describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { errorCodes } from "@plateau/test-kit";
import { createElement, createPackage, fieldsOf, useHarness } from "./harness.js";

const h = useHarness();

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on WorkPackage { id name }
    ... on ArchitectureElement { id name }
    ... on PackageLink { id relation workPackage { id } element { id } }
  }
}`;
type Entity = { __typename: string; id: string; name?: string; relation?: string } | null;
type EntitiesData = { _entities: Entity[] };

const PROJECT_PACKAGES = `query($representations: [_Any!]!, $filter: WorkPackageFilter) {
  _entities(representations: $representations) {
    ... on Project { id workPackages(filter: $filter) { id name status parent { id } children { id } links { relation element { name } } } }
  }
}`;
type ProjectsData = {
  _entities: {
    id: string;
    workPackages: { id: string; name: string; children: { id: string }[]; links: { relation: string; element: { name: string } }[] }[];
  }[];
};

/** A workspace with one package, one element and the link between them. */
async function seed() {
  const ws = await h.workspace();
  const pkg = await createPackage(h, ws.token, { name: "Secret package" });
  const gap = await createElement(h, ws.token, "GAP", "Secret gap");
  const { linkWorkPackage } = await h.ok<{ linkWorkPackage: { link: { id: string } } }>(
    `mutation($input: LinkWorkPackageInput!) { linkWorkPackage(input: $input) { link { id } } }`,
    { input: { workPackageId: pkg.id, elementId: gap.id, relation: "CLOSES" } },
    ws.token,
  );
  return { ws, pkg, gap, linkId: linkWorkPackage.link.id };
}

describe("entity references", () => {
  it("resolves the workspace's own WorkPackage, ArchitectureElement and PackageLink", async () => {
    const { ws, pkg, gap, linkId } = await seed();
    const data = await h.ok<EntitiesData>(
      ENTITIES,
      {
        representations: [
          { __typename: "WorkPackage", id: pkg.id },
          { __typename: "ArchitectureElement", id: gap.id },
          { __typename: "PackageLink", id: linkId },
          { __typename: "WorkPackage", id: uuidv7() },
          { __typename: "WorkPackage", id: "not-a-uuid" },
        ],
      },
      ws.token,
    );
    expect(data._entities).toEqual([
      { __typename: "WorkPackage", id: pkg.id, name: "Secret package" },
      { __typename: "ArchitectureElement", id: gap.id, name: "Secret gap" },
      { __typename: "PackageLink", id: linkId, relation: "CLOSES", workPackage: { id: pkg.id }, element: { id: gap.id } },
      null,
      null,
    ]);
  });

  it("refuses _entities without a token", async () => {
    const { pkg } = await seed();
    const result = await h.run(ENTITIES, { representations: [{ __typename: "WorkPackage", id: pkg.id }] });
    expect(errorCodes(result)).toContain("UNAUTHENTICATED");
    expect(JSON.stringify(result.data ?? null)).not.toContain("Secret");
  });
});

describe("tenant isolation", () => {
  it("keeps workspace A's rows out of workspace B's reach: by id, list, _entities and mutations", async () => {
    const a = await seed();
    const b = await h.workspace();
    for (const role of ["OWNER", "VIEWER"] as const) {
      const token = await b.as(role);
      const byId = await h.ok<{ workPackage: unknown; architectureElement: unknown }>(
        `query($p: ID!, $e: ID!) { workPackage(id: $p) { id } architectureElement(id: $e) { id } }`,
        { p: a.pkg.id, e: a.gap.id },
        token,
      );
      expect(byId).toEqual({ workPackage: null, architectureElement: null });
      const lists = await h.ok<{ workPackages: { totalCount: number }; architectureElements: { totalCount: number } }>(
        `{ workPackages { totalCount nodes { id } } architectureElements { totalCount nodes { id } } }`,
        {},
        token,
      );
      expect(lists.workPackages.totalCount).toBe(0);
      expect(lists.architectureElements.totalCount).toBe(0);
      const entities = await h.ok<EntitiesData>(
        ENTITIES,
        {
          representations: [
            { __typename: "WorkPackage", id: a.pkg.id },
            { __typename: "ArchitectureElement", id: a.gap.id },
            { __typename: "PackageLink", id: a.linkId },
          ],
        },
        token,
      );
      expect(entities._entities).toEqual([null, null, null]);
    }

    const update = await h.run(
      `mutation($id: ID!) { updateWorkPackage(input: { id: $id, name: "Hijacked" }) { workPackage { id } } }`,
      { id: a.pkg.id },
      b.token,
    );
    expect(errorCodes(update)).toEqual(["NOT_FOUND"]);
    const adopt = await h.run(
      `mutation($p: ID!) { createWorkPackage(input: { name: "Child", parentId: $p }) { workPackage { id } } }`,
      { p: a.pkg.id },
      b.token,
    );
    expect(errorCodes(adopt)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(adopt)).toEqual(["input.parentId"]);
    const own = await createPackage(h, b.token);
    const reparent = await h.run(
      `mutation($id: ID!, $p: ID!) { updateWorkPackage(input: { id: $id, parentId: $p }) { workPackage { id } } }`,
      { id: own.id, p: a.pkg.id },
      b.token,
    );
    expect(fieldsOf(reparent)).toEqual(["input.parentId"]);
    const link = await h.run(
      `mutation($input: LinkWorkPackageInput!) { linkWorkPackage(input: $input) { link { id } } }`,
      { input: { workPackageId: own.id, elementId: a.gap.id, relation: "CLOSES" } },
      b.token,
    );
    expect(fieldsOf(link)).toEqual(["input.elementId"]);
    const unlink = await h.run(
      `mutation($id: ID!) { unlinkWorkPackage(input: { linkId: $id }) { removedLinkId } }`,
      { id: a.linkId },
      b.token,
    );
    expect(errorCodes(unlink)).toEqual(["NOT_FOUND"]);

    const still = await h.ok<{ workPackage: { name: string; version: number; links: unknown[] } }>(
      `query($id: ID!) { workPackage(id: $id) { name version links { id } } }`,
      { id: a.pkg.id },
      a.ws.token,
    );
    expect(still.workPackage).toEqual({ name: "Secret package", version: 1, links: [{ id: a.linkId }] });
  });

  it("shows a project's work packages only to its own workspace", async () => {
    const a = await h.workspace();
    const b = await h.workspace();
    const projectId = await a.project();
    await createPackage(h, a.token, { name: "A's package", projectId });
    const asB = await h.ok<ProjectsData>(PROJECT_PACKAGES, { representations: [{ __typename: "Project", id: projectId }] }, b.token);
    expect(asB._entities).toEqual([{ id: projectId, workPackages: [] }]);
  });
});

describe("Project.workPackages", () => {
  /** `count` projects in a fresh workspace, each with a parent package (linked to a GOAL) and a child. */
  async function projectsWithPackages(count: number) {
    const ws = await h.workspace();
    const goal = await createElement(h, ws.token, "GOAL", "Grow");
    const projectIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const projectId = await ws.project();
      projectIds.push(projectId);
      const parent = await createPackage(h, ws.token, { name: `P${i}`, projectId, status: "IN_PROGRESS" });
      await createPackage(h, ws.token, { name: `P${i} child`, projectId, parentId: parent.id, kind: "TASK" });
      await h.ok(
        `mutation($input: LinkWorkPackageInput!) { linkWorkPackage(input: $input) { link { id } } }`,
        { input: { workPackageId: parent.id, elementId: goal.id, relation: "REALIZES" } },
        ws.token,
      );
    }
    return { ws, projectIds };
  }

  it("returns each project's packages, filtered, with related fields", async () => {
    const { ws, projectIds } = await projectsWithPackages(2);
    const empty = uuidv7();
    const representations = [...projectIds, empty, "junk"].map((id) => ({ __typename: "Project", id }));
    const all = await h.ok<ProjectsData>(PROJECT_PACKAGES, { representations }, ws.token);
    expect(all._entities.map((p) => p.workPackages.map((w) => w.name))).toEqual([["P0", "P0 child"], ["P1", "P1 child"], [], []]);
    expect(all._entities[0]?.workPackages[0]).toMatchObject({
      children: [{ id: all._entities[0]?.workPackages[1]?.id }],
      links: [{ relation: "REALIZES", element: { name: "Grow" } }],
    });

    const tasks = await h.ok<ProjectsData>(PROJECT_PACKAGES, { representations, filter: { kind: { eq: "TASK" } } }, ws.token);
    expect(tasks._entities.map((p) => p.workPackages.map((w) => w.name))).toEqual([["P0 child"], ["P1 child"], [], []]);

    const bad = await h.run(PROJECT_PACKAGES, { representations, filter: { id: { eq: "x" } } }, ws.token);
    expect(errorCodes(bad)[0]).toBe("BAD_USER_INPUT");
    expect(fieldsOf(bad)[0]).toBe("filter.id.eq");
  });

  it("costs the same number of SQL statements for 3 projects as for 30", async () => {
    const { ws, projectIds } = await projectsWithPackages(30);
    const statementsFor = async (ids: string[]) => {
      const { result, statements } = await h.sql.count(() =>
        h.ok<ProjectsData>(PROJECT_PACKAGES, { representations: ids.map((id) => ({ __typename: "Project", id })) }, ws.token),
      );
      expect(result._entities).toHaveLength(ids.length);
      expect(result._entities.every((p) => p.workPackages.length === 2)).toBe(true);
      if (process.env.DEBUG_SQL) console.log(statements);
      return statements.length;
    };
    const few = await statementsFor(projectIds.slice(0, 3));
    const many = await statementsFor(projectIds);
    expect(many).toBe(few);
    // packages by project, then children, links and parents, then the links' elements.
    expect(few).toBeGreaterThanOrEqual(2);
    expect(few).toBeLessThanOrEqual(5);
  });
});
