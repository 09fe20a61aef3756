import { describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { errorCodes } from "@plateau/test-kit";
import { createElement, createPackage, fieldsOf, useHarness } from "./harness.js";

const h = useHarness();

const LINK = `mutation($input: LinkWorkPackageInput!) { linkWorkPackage(input: $input) { link { id relation workPackage { id name } element { id type name } } } }`;
const UNLINK = `mutation($input: UnlinkWorkPackageInput!) { unlinkWorkPackage(input: $input) { removedLinkId } }`;
const ELEMENTS = `query($filter: ArchitectureElementFilter, $first: Int, $after: String) {
  architectureElements(filter: $filter, first: $first, after: $after) { totalCount nodes { name type } pageInfo { hasNextPage endCursor } } }`;
const ELEMENT = `query($id: ID!) { architectureElement(id: $id) { id name type description version links { id relation workPackage { id } } } }`;
const PACKAGE_LINKS = `query($id: ID!) { workPackage(id: $id) { links { id relation element { id name } } } }`;
const UPDATE_ELEMENT = `mutation($input: UpdateArchitectureElementInput!) { updateArchitectureElement(input: $input) { element { id name description version } } }`;

interface LinkData {
  linkWorkPackage: { link: { id: string; relation: string; workPackage: { id: string }; element: { id: string; type: string } } };
}
interface ElementsData {
  architectureElements: {
    totalCount: number;
    nodes: { name: string; type: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
type ElementData = {
  architectureElement: {
    id: string;
    name: string;
    version: number;
    description: string | null;
    links: { id: string; relation: string }[];
  } | null;
};

describe("architecture elements", () => {
  it("creates, lists, renames and deletes elements", async () => {
    const ws = await h.workspace();
    const goal = await createElement(h, ws.token, "GOAL", "Lower churn");
    await createElement(h, ws.token, "GAP", "No self-service billing");
    await createElement(h, ws.token, "PLATEAU", "Target 2027");
    await createElement(h, ws.token, "CAPABILITY", "Self-service billing");
    expect(goal).toMatchObject({ type: "GOAL", name: "Lower churn", version: 1 });

    const all = await h.ok<ElementsData>(ELEMENTS, {}, ws.token);
    expect(all.architectureElements.nodes.map((n) => n.type)).toEqual(["GOAL", "GAP", "PLATEAU", "CAPABILITY"]);
    const billing = await h.ok<ElementsData>(ELEMENTS, { filter: { name: { contains: "billing" } } }, ws.token);
    expect(billing.architectureElements.nodes.map((n) => n.name)).toEqual(["No self-service billing", "Self-service billing"]);
    const typed = await h.ok<ElementsData>(
      ELEMENTS,
      { filter: { or: [{ type: { eq: "GOAL" } }, { type: { in: ["PLATEAU"] } }] } },
      ws.token,
    );
    expect(typed.architectureElements.nodes.map((n) => n.name)).toEqual(["Lower churn", "Target 2027"]);
    const first = await h.ok<ElementsData>(ELEMENTS, { first: 3 }, ws.token);
    const rest = await h.ok<ElementsData>(ELEMENTS, { first: 3, after: first.architectureElements.pageInfo.endCursor }, ws.token);
    expect([first, rest].map((page) => page.architectureElements.nodes.length)).toEqual([3, 1]);
    expect(errorCodes(await h.run(ELEMENTS, { first: 500 }, ws.token))).toEqual(["BAD_USER_INPUT"]);

    const renamed = await h.ok<{ updateArchitectureElement: { element: { name: string; description: string; version: number } } }>(
      UPDATE_ELEMENT,
      { input: { id: goal.id, expectedVersion: 1, name: "Halve churn", description: "By end of 2027" } },
      ws.token,
    );
    expect(renamed.updateArchitectureElement.element).toMatchObject({ name: "Halve churn", description: "By end of 2027", version: 2 });
    const stale = await h.run(UPDATE_ELEMENT, { input: { id: goal.id, expectedVersion: 1, name: "Lost" } }, ws.token);
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);

    await h.ok(
      `mutation($id: ID!) { deleteArchitectureElement(input: { id: $id }) { deletedArchitectureElementId } }`,
      { id: goal.id },
      ws.token,
    );
    expect((await h.ok<ElementData>(ELEMENT, { id: goal.id }, ws.token)).architectureElement).toBeNull();
    const again = await h.run(
      `mutation($id: ID!) { deleteArchitectureElement(input: { id: $id }) { deletedArchitectureElementId } }`,
      { id: goal.id },
      ws.token,
    );
    expect(errorCodes(again)).toEqual(["NOT_FOUND"]);
  });

  it("keeps names unique per type within a workspace (CONFLICT), but not across types or workspaces", async () => {
    const ws = await h.workspace();
    const original = await createElement(h, ws.token, "CAPABILITY", "Payments");
    const duplicate = await h.run(
      `mutation { createArchitectureElement(input: { type: CAPABILITY, name: " Payments " }) { element { id } } }`,
      {},
      ws.token,
    );
    expect(errorCodes(duplicate)).toEqual(["CONFLICT"]);
    expect(fieldsOf(duplicate)).toEqual(["input.name"]);
    expect((await h.ok<ElementsData>(ELEMENTS, {}, ws.token)).architectureElements.totalCount).toBe(1);

    await createElement(h, ws.token, "DELIVERABLE", "Payments");
    const other = await h.workspace();
    await createElement(h, other.token, "CAPABILITY", "Payments");

    const second = await createElement(h, ws.token, "CAPABILITY", "Invoicing");
    const rename = await h.run(UPDATE_ELEMENT, { input: { id: second.id, name: "Payments" } }, ws.token);
    expect(errorCodes(rename)).toEqual(["CONFLICT"]);
    expect((await h.ok<ElementData>(ELEMENT, { id: second.id }, ws.token)).architectureElement).toMatchObject({
      name: "Invoicing",
      version: 1,
    });
    expect(original.name).toBe("Payments");
  });
});

describe("linking work packages to elements", () => {
  it("accepts links that make ArchiMate sense and shows them from both ends", async () => {
    const ws = await h.workspace();
    const pkg = await createPackage(h, ws.token, { name: "Billing rebuild" });
    const accepted: [string, string][] = [
      ["CLOSES", "GAP"],
      ["DELIVERS", "DELIVERABLE"],
      ["DELIVERS", "PLATEAU"],
      ["REALIZES", "GOAL"],
      ["REALIZES", "OUTCOME"],
      ["REALIZES", "REQUIREMENT"],
      ["ENABLES", "CAPABILITY"],
      ["INFLUENCES", "GOAL"],
      ["SERVES", "GAP"],
      ["ASSOCIATED_WITH", "REQUIREMENT"],
    ];
    for (const [relation, type] of accepted) {
      const element = await createElement(h, ws.token, type);
      const data = await h.ok<LinkData>(LINK, { input: { workPackageId: pkg.id, elementId: element.id, relation } }, ws.token);
      expect(data.linkWorkPackage.link).toMatchObject({ relation, workPackage: { id: pkg.id }, element: { id: element.id, type } });
      const fromElement = await h.ok<ElementData>(ELEMENT, { id: element.id }, ws.token);
      expect(fromElement.architectureElement?.links).toEqual([{ id: data.linkWorkPackage.link.id, relation, workPackage: { id: pkg.id } }]);
    }
    const fromPackage = await h.ok<{ workPackage: { links: { relation: string }[] } }>(PACKAGE_LINKS, { id: pkg.id }, ws.token);
    expect(fromPackage.workPackage.links.map((link) => link.relation)).toEqual(accepted.map(([relation]) => relation));
  });

  it("refuses a relation the element's type does not allow, naming input.relation and writing nothing", async () => {
    const ws = await h.workspace();
    const pkg = await createPackage(h, ws.token);
    const refused: [string, string, string[]][] = [
      ["CLOSES", "CAPABILITY", ["GAP"]],
      ["DELIVERS", "GOAL", ["DELIVERABLE", "PLATEAU"]],
      ["REALIZES", "GAP", ["GOAL", "OUTCOME", "REQUIREMENT", "CAPABILITY", "DELIVERABLE", "PLATEAU"]],
      ["ENABLES", "REQUIREMENT", ["CAPABILITY", "PLATEAU"]],
    ];
    for (const [relation, type, allowed] of refused) {
      const element = await createElement(h, ws.token, type);
      const result = await h.run(LINK, { input: { workPackageId: pkg.id, elementId: element.id, relation } }, ws.token);
      expect(errorCodes(result), `${relation} ${type}`).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(result)).toEqual(["input.relation"]);
      for (const name of allowed) expect(result.errors?.[0]?.message).toContain(name);
      expect((await h.ok<ElementData>(ELEMENT, { id: element.id }, ws.token)).architectureElement?.links).toEqual([]);
    }
    expect((await h.ok<{ workPackage: { links: unknown[] } }>(PACKAGE_LINKS, { id: pkg.id }, ws.token)).workPackage.links).toEqual([]);
  });

  it("refuses a duplicate link with CONFLICT; another relation between the same pair is fine", async () => {
    const ws = await h.workspace();
    const pkg = await createPackage(h, ws.token);
    const capability = await createElement(h, ws.token, "CAPABILITY");
    const input = { workPackageId: pkg.id, elementId: capability.id, relation: "REALIZES" };
    await h.ok(LINK, { input }, ws.token);
    const duplicate = await h.run(LINK, { input }, ws.token);
    expect(errorCodes(duplicate)).toEqual(["CONFLICT"]);
    await h.ok(LINK, { input: { ...input, relation: "ENABLES" } }, ws.token);
    const links = await h.ok<{ workPackage: { links: { relation: string }[] } }>(PACKAGE_LINKS, { id: pkg.id }, ws.token);
    expect(links.workPackage.links.map((link) => link.relation)).toEqual(["REALIZES", "ENABLES"]);
  });

  it("refuses unknown ends naming the field, and unlinks", async () => {
    const ws = await h.workspace();
    const pkg = await createPackage(h, ws.token);
    const gap = await createElement(h, ws.token, "GAP");
    const noPackage = await h.run(LINK, { input: { workPackageId: uuidv7(), elementId: gap.id, relation: "CLOSES" } }, ws.token);
    expect(fieldsOf(noPackage)).toEqual(["input.workPackageId"]);
    const noElement = await h.run(LINK, { input: { workPackageId: pkg.id, elementId: "zzz", relation: "CLOSES" } }, ws.token);
    expect(fieldsOf(noElement)).toEqual(["input.elementId"]);

    const { linkWorkPackage } = await h.ok<LinkData>(
      LINK,
      { input: { workPackageId: pkg.id, elementId: gap.id, relation: "CLOSES" } },
      ws.token,
    );
    const member = await h.run(UNLINK, { input: { linkId: linkWorkPackage.link.id } }, await ws.as("MEMBER"));
    expect(errorCodes(member)).toEqual(["FORBIDDEN"]);
    const removed = await h.ok<{ unlinkWorkPackage: { removedLinkId: string } }>(
      UNLINK,
      { input: { linkId: linkWorkPackage.link.id } },
      ws.token,
    );
    expect(removed.unlinkWorkPackage.removedLinkId).toBe(linkWorkPackage.link.id);
    expect((await h.ok<{ workPackage: { links: unknown[] } }>(PACKAGE_LINKS, { id: pkg.id }, ws.token)).workPackage.links).toEqual([]);
    expect(errorCodes(await h.run(UNLINK, { input: { linkId: linkWorkPackage.link.id } }, ws.token))).toEqual(["NOT_FOUND"]);
  });

  it("deletes an element's links with it", async () => {
    const ws = await h.workspace();
    const pkg = await createPackage(h, ws.token);
    const plateau = await createElement(h, ws.token, "PLATEAU");
    await h.ok(LINK, { input: { workPackageId: pkg.id, elementId: plateau.id, relation: "DELIVERS" } }, ws.token);
    await h.ok(
      `mutation($id: ID!) { deleteArchitectureElement(input: { id: $id }) { deletedArchitectureElementId } }`,
      { id: plateau.id },
      ws.token,
    );
    expect((await h.ok<{ workPackage: { links: unknown[] } }>(PACKAGE_LINKS, { id: pkg.id }, ws.token)).workPackage.links).toEqual([]);
  });

  it("lets only MANAGER and above link", async () => {
    const ws = await h.workspace();
    const pkg = await createPackage(h, ws.token);
    const goal = await createElement(h, ws.token, "GOAL");
    for (const role of ["MEMBER", "VIEWER"] as const) {
      const result = await h.run(LINK, { input: { workPackageId: pkg.id, elementId: goal.id, relation: "REALIZES" } }, await ws.as(role));
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    }
    expect((await h.ok<{ workPackage: { links: unknown[] } }>(PACKAGE_LINKS, { id: pkg.id }, ws.token)).workPackage.links).toEqual([]);
    await h.ok(LINK, { input: { workPackageId: pkg.id, elementId: goal.id, relation: "REALIZES" } }, await ws.as("MANAGER"));
  });
});
