import { describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { errorCodes } from "@plateau/test-kit";
import { createPackage, fieldsOf, LIST, names, useHarness, type ListData } from "./harness.js";

const h = useHarness();

describe("listing work packages", () => {
  it("filters by kind, status, risk, project, name, and/or", async () => {
    const ws = await h.workspace();
    const projectA = await ws.project();
    const projectB = await ws.project();
    await createPackage(h, ws.token, { name: "Alpha", kind: "PROJECT", status: "IN_PROGRESS", riskLevel: "HIGH", projectId: projectA });
    await createPackage(h, ws.token, { name: "Beta", kind: "EPIC", status: "PLANNED", riskLevel: "LOW", projectId: projectA });
    await createPackage(h, ws.token, { name: "Gamma", kind: "EPIC", status: "BLOCKED", riskLevel: "CRITICAL", projectId: projectB });
    await createPackage(h, ws.token, { name: "Delta alpha", kind: "TASK", status: "COMPLETED", riskLevel: "MEDIUM" });

    const list = async (filter: Record<string, unknown>) =>
      names(await h.ok<ListData>(LIST, { filter, orderBy: { field: "NAME" } }, ws.token));
    expect(await list({ kind: { eq: "EPIC" } })).toEqual(["Beta", "Gamma"]);
    expect(await list({ status: { in: ["IN_PROGRESS", "BLOCKED"] } })).toEqual(["Alpha", "Gamma"]);
    expect(await list({ riskLevel: { notIn: ["LOW", "MEDIUM"] } })).toEqual(["Alpha", "Gamma"]);
    expect(await list({ projectId: { eq: projectA } })).toEqual(["Alpha", "Beta"]);
    expect(await list({ projectId: { isNull: true } })).toEqual(["Delta alpha"]);
    expect(await list({ projectId: { isNull: false } })).toEqual(["Alpha", "Beta", "Gamma"]);
    expect(await list({ name: { contains: "ALPHA" } })).toEqual(["Alpha", "Delta alpha"]);
    expect(await list({ or: [{ kind: { eq: "TASK" } }, { riskLevel: { eq: "CRITICAL" } }] })).toEqual(["Delta alpha", "Gamma"]);
    expect(await list({ and: [{ projectId: { eq: projectA } }, { kind: { eq: "EPIC" } }] })).toEqual(["Beta"]);

    const byProgress = await h.ok<ListData>(LIST, { orderBy: { field: "PROGRESS", direction: "DESC" }, first: 1 }, ws.token);
    expect(names(byProgress)).toEqual(["Delta alpha"]);
  });

  it("filters by a progress range and by planned and actual dates", async () => {
    const ws = await h.workspace();
    await createPackage(h, ws.token, { name: "Early", progress: 10, startDate: "2026-01-05", endDate: "2026-02-27" });
    await createPackage(h, ws.token, { name: "Half", progress: 50, startDate: "2026-03-02", endDate: "2026-06-26" });
    await createPackage(h, ws.token, {
      name: "Done",
      status: "COMPLETED",
      startDate: "2026-01-05",
      endDate: "2026-03-27",
      actualStartDate: "2026-01-05",
      actualEndDate: "2026-04-03",
    });
    await createPackage(h, ws.token, { name: "Unscheduled", progress: 0 });
    const list = async (filter: Record<string, unknown>) =>
      names(await h.ok<ListData>(LIST, { filter, orderBy: { field: "NAME" } }, ws.token));
    expect(await list({ progress: { gte: 10, lt: 100 } })).toEqual(["Early", "Half"]);
    expect(await list({ progress: { eq: 100 } })).toEqual(["Done"]);
    expect(await list({ startDate: { lt: "2026-03-01" } })).toEqual(["Done", "Early"]);
    expect(await list({ endDate: { gte: "2026-03-01", lte: "2026-04-30" } })).toEqual(["Done"]);
    expect(await list({ endDate: { isNull: true } })).toEqual(["Unscheduled"]);
    expect(await list({ actualEndDate: { isNull: false } })).toEqual(["Done"]);
    // Overdue: planned to end before a day, not finished.
    expect(await list({ and: [{ endDate: { lt: "2026-04-01" } }, { actualEndDate: { isNull: true } }] })).toEqual(["Early"]);
  });

  it("filters by parent: top-level packages and a package's children", async () => {
    const ws = await h.workspace();
    const root = await createPackage(h, ws.token, { name: "Root" });
    await createPackage(h, ws.token, { name: "Child", parentId: root.id });
    const list = async (filter: Record<string, unknown>) => names(await h.ok<ListData>(LIST, { filter }, ws.token));
    expect(await list({ parentId: { isNull: true } })).toEqual(["Root"]);
    expect(await list({ parentId: { eq: root.id } })).toEqual(["Child"]);
  });

  it("refuses a malformed ID in a filter naming its path", async () => {
    const ws = await h.workspace();
    const direct = await h.run(LIST, { filter: { projectId: { eq: "abc" } } }, ws.token);
    expect(errorCodes(direct)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(direct)).toEqual(["filter.projectId.eq"]);
    const nested = await h.run(LIST, { filter: { or: [{ kind: { eq: "EPIC" } }, { id: { in: [uuidv7(), "x"] } }] } }, ws.token);
    expect(fieldsOf(nested)).toEqual(["filter.or[1].id.in"]);
  });

  it("pages with first/after and refuses first above 100", async () => {
    const ws = await h.workspace();
    for (const name of ["P1", "P2", "P3", "P4", "P5"]) await createPackage(h, ws.token, { name });
    const walk = async (orderBy?: Record<string, unknown>) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: ListData = await h.ok<ListData>(LIST, { first: 2, after, orderBy }, ws.token);
        expect(page.workPackages.nodes.length).toBeLessThanOrEqual(2);
        seen.push(...names(page));
        if (!page.workPackages.pageInfo.hasNextPage) return { seen, totalCount: page.workPackages.totalCount };
        after = page.workPackages.pageInfo.endCursor;
      }
    };
    expect(await walk()).toEqual({ seen: ["P1", "P2", "P3", "P4", "P5"], totalCount: 5 });

    // Keyset paging over a nullable column still visits every package once.
    await createPackage(h, ws.token, { name: "Dated", startDate: "2026-02-01" });
    const byStart = await walk({ field: "START_DATE", direction: "DESC" });
    expect(byStart.seen.sort()).toEqual(["Dated", "P1", "P2", "P3", "P4", "P5"]);

    const tooMany = await h.run(LIST, { first: 101 }, ws.token);
    expect(errorCodes(tooMany)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(tooMany)).toEqual(["first"]);
    const badCursor = await h.run(LIST, { after: "garbage" }, ws.token);
    expect(fieldsOf(badCursor)).toEqual(["after"]);
  });
});
