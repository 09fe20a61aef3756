import { describe, expect, it } from "vitest";
import { uuidv7 } from "@plateau/kernel";
import { errorCodes } from "@plateau/test-kit";
import { createElement, createPackage, fieldsOf, LIST, names, useHarness, type ListData, type PackageView } from "./harness.js";

const h = useHarness();

const GET = `query($id: ID!) { workPackage(id: $id) { id name description version status progress kind riskLevel projectId startDate endDate
  project { id } parent { id } children { id } links { relation element { id } } } }`;
const UPDATE = `mutation($input: UpdateWorkPackageInput!) { updateWorkPackage(input: $input) { workPackage { id name version status progress parent { id } startDate endDate } } }`;
const DELETE = `mutation($input: DeleteWorkPackageInput!) { deleteWorkPackage(input: $input) { deletedWorkPackageId } }`;

type GetData = {
  workPackage:
    (PackageView & { description: string | null; project: { id: string } | null; children: { id: string }[]; links: unknown[] }) | null;
};
type UpdateData = { updateWorkPackage: { workPackage: PackageView } };

/** Each create of `cases` is BAD_USER_INPUT naming its field, and none wrote a package. */
async function expectEachRefused(token: string, cases: [Record<string, unknown>, string][]): Promise<void> {
  for (const [input, field] of cases) {
    const result = await h.run(
      `mutation($input: CreateWorkPackageInput!) { createWorkPackage(input: $input) { workPackage { id } } }`,
      { input },
      token,
    );
    expect(errorCodes(result), field).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(result)).toEqual([field]);
  }
  expect((await h.ok<ListData>(LIST, {}, token)).workPackages.totalCount).toBe(0);
}

describe("work package lifecycle", () => {
  it("creates, reads, updates and deletes a work package", async () => {
    const ws = await h.workspace();
    const projectId = await ws.project();
    const created = await createPackage(h, ws.token, {
      name: "  Migrate billing  ",
      description: "Move billing to the new platform",
      kind: "INITIATIVE",
      status: "IN_PROGRESS",
      riskLevel: "HIGH",
      progress: 40,
      projectId,
      startDate: "2026-01-05",
      endDate: "2026-03-31",
    });
    expect(created).toMatchObject({
      name: "Migrate billing",
      version: 1,
      kind: "INITIATIVE",
      status: "IN_PROGRESS",
      riskLevel: "HIGH",
      progress: 40,
      projectId,
    });

    const read = await h.ok<GetData>(GET, { id: created.id }, ws.token);
    expect(read.workPackage).toMatchObject({
      description: "Move billing to the new platform",
      startDate: "2026-01-05",
      endDate: "2026-03-31",
      project: { id: projectId },
      parent: null,
      children: [],
      links: [],
    });

    const updated = await h.ok<UpdateData>(
      UPDATE,
      { input: { id: created.id, expectedVersion: 1, name: "Migrate billing v2", progress: 60, endDate: null } },
      ws.token,
    );
    expect(updated.updateWorkPackage.workPackage).toMatchObject({
      name: "Migrate billing v2",
      version: 2,
      progress: 60,
      endDate: null,
      status: "IN_PROGRESS",
    });

    const deleted = await h.ok<{ deleteWorkPackage: { deletedWorkPackageId: string } }>(
      DELETE,
      { input: { id: created.id, expectedVersion: 2 } },
      ws.token,
    );
    expect(deleted.deleteWorkPackage.deletedWorkPackageId).toBe(created.id);
    expect((await h.ok<GetData>(GET, { id: created.id }, ws.token)).workPackage).toBeNull();
  });

  it("answers null for an unknown id, BAD_USER_INPUT for a malformed one, NOT_FOUND when changing an unknown one", async () => {
    const ws = await h.workspace();
    expect((await h.ok<GetData>(GET, { id: uuidv7() }, ws.token)).workPackage).toBeNull();
    const malformed = await h.run(GET, { id: "not-an-id" }, ws.token);
    expect(errorCodes(malformed)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(malformed)).toEqual(["id"]);
    const missing = await h.run(UPDATE, { input: { id: uuidv7(), name: "x" } }, ws.token);
    expect(errorCodes(missing)).toEqual(["NOT_FOUND"]);
  });

  it("validates names, progress and dates, naming the field and writing nothing", async () => {
    const ws = await h.workspace();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "   " }, "input.name"],
      [{ name: "x".repeat(201) }, "input.name"],
      [{ name: "ok", progress: 101 }, "input.progress"],
      [{ name: "ok", progress: -1 }, "input.progress"],
      [{ name: "ok", startDate: "2026-05-01", endDate: "2026-04-30" }, "input.endDate"],
      [{ name: "ok", projectId: "nope" }, "input.projectId"],
    ];
    await expectEachRefused(ws.token, cases);

    const created = await createPackage(h, ws.token, { startDate: "2026-05-01" });
    const early = await h.run(UPDATE, { input: { id: created.id, endDate: "2026-04-01" } }, ws.token);
    expect(fieldsOf(early)).toEqual(["input.endDate"]);
  });

  it("raises progress to 100 when COMPLETED, without forcing COMPLETED at 100", async () => {
    const ws = await h.workspace();
    expect(await createPackage(h, ws.token, { status: "COMPLETED", progress: 30 })).toMatchObject({ status: "COMPLETED", progress: 100 });
    const full = await createPackage(h, ws.token, { status: "IN_PROGRESS", progress: 100 });
    expect(full).toMatchObject({ status: "IN_PROGRESS", progress: 100 });

    const open = await createPackage(h, ws.token, { status: "IN_PROGRESS", progress: 20 });
    const done = await h.ok<UpdateData>(UPDATE, { input: { id: open.id, status: "COMPLETED" } }, ws.token);
    expect(done.updateWorkPackage.workPackage).toMatchObject({ status: "COMPLETED", progress: 100 });
  });

  it("refuses a stale expectedVersion with CONFLICT and keeps the package as it was", async () => {
    const ws = await h.workspace();
    const created = await createPackage(h, ws.token, { name: "Original" });
    await h.ok(UPDATE, { input: { id: created.id, expectedVersion: 1, name: "First edit" } }, ws.token);
    const stale = await h.run(UPDATE, { input: { id: created.id, expectedVersion: 1, name: "Lost edit" } }, ws.token);
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
    const staleDelete = await h.run(DELETE, { input: { id: created.id, expectedVersion: 1 } }, ws.token);
    expect(errorCodes(staleDelete)).toEqual(["CONFLICT"]);
    expect((await h.ok<GetData>(GET, { id: created.id }, ws.token)).workPackage).toMatchObject({ name: "First edit", version: 2 });
  });
});

describe("execution figures and executionStatus", () => {
  const EXECUTION = `query($id: ID!) { workPackage(id: $id) { actualStartDate actualEndDate estimatedEffortHours actualEffortHours
    budget { amount currency } budgetSpent { amount currency } executionStatus {
    asOf plannedProgress actualProgress plannedValue earnedValue actualCost spi cpi scheduleVarianceDays scheduleVariancePercent
    costVariance costVariancePercent estimateAtCompletion effortBurn effortVariancePercent forecastFinish
    breaches { kind variancePercent thresholdPercent } } } }`;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  it("computes the package's earned-value status from its schedule, progress and effort, today", async () => {
    const ws = await h.workspace();
    // 100 scheduled days, the 50th today: 50% planned. 40% done, and 500 hours spent where 40% of 1,000 should have taken 400.
    const created = await createPackage(h, ws.token, {
      startDate: day(-49),
      endDate: day(50),
      progress: 40,
      actualStartDate: day(-49),
      estimatedEffortHours: 1000,
      actualEffortHours: 500,
    });
    const read = await h.ok<{ workPackage: Record<string, unknown> & { executionStatus: Record<string, unknown> } }>(
      EXECUTION,
      { id: created.id },
      ws.token,
    );
    expect(read.workPackage).toMatchObject({
      actualStartDate: day(-49),
      actualEndDate: null,
      estimatedEffortHours: 1000,
      actualEffortHours: 500,
    });
    expect(read.workPackage.executionStatus).toEqual({
      asOf: day(0),
      plannedProgress: 50,
      actualProgress: 40,
      // No budget yet: no cost figures.
      plannedValue: null,
      earnedValue: null,
      actualCost: null,
      spi: 0.8,
      cpi: null,
      scheduleVarianceDays: -10,
      scheduleVariancePercent: -20,
      costVariance: null,
      costVariancePercent: null,
      estimateAtCompletion: null,
      effortBurn: 0.5,
      effortVariancePercent: 25,
      // 100 days at SPI 0.8: 125 days from the start.
      forecastFinish: day(-49 + 124),
      breaches: [
        { kind: "SCHEDULE", variancePercent: -20, thresholdPercent: 10 },
        { kind: "EFFORT", variancePercent: 25, thresholdPercent: 20 },
      ],
    });

    // With a budget of 100,000 EUR and 45,000 spent: the textbook's cost figures.
    await h.ok(
      UPDATE,
      { input: { id: created.id, budget: { amount: "100000", currency: "eur" }, budgetSpent: { amount: "45000.5", currency: "EUR" } } },
      ws.token,
    );
    const costed = await h.ok<{ workPackage: { budget: unknown; budgetSpent: unknown; executionStatus: Record<string, unknown> } }>(
      EXECUTION,
      { id: created.id },
      ws.token,
    );
    expect(costed.workPackage.budget).toEqual({ amount: "100000.00", currency: "EUR" });
    expect(costed.workPackage.budgetSpent).toEqual({ amount: "45000.50", currency: "EUR" });
    expect(costed.workPackage.executionStatus).toMatchObject({
      plannedValue: 50_000,
      earnedValue: 40_000,
      actualCost: 45_000.5,
      cpi: 0.889,
      costVariance: -5_000.5,
      costVariancePercent: -12.5,
      estimateAtCompletion: 112_501.25,
      breaches: [
        { kind: "SCHEDULE", variancePercent: -20, thresholdPercent: 10 },
        { kind: "COST", variancePercent: -12.5, thresholdPercent: 10 },
        { kind: "EFFORT", variancePercent: 25, thresholdPercent: 20 },
      ],
    });
    // A budget in another currency clears what was spent in the old one.
    await h.ok(UPDATE, { input: { id: created.id, budget: { amount: "90000", currency: "USD" } } }, ws.token);
    const moved = await h.ok<{ workPackage: { budget: unknown; budgetSpent: unknown } }>(EXECUTION, { id: created.id }, ws.token);
    expect(moved.workPackage).toMatchObject({ budget: { amount: "90000.00", currency: "USD" }, budgetSpent: null });

    // Finished yesterday: the forecast is the day it finished.
    await h.ok(UPDATE, { input: { id: created.id, status: "COMPLETED", actualEndDate: day(-1) } }, ws.token);
    const done = await h.ok<{ workPackage: { executionStatus: { forecastFinish: string; actualProgress: number } } }>(
      EXECUTION,
      { id: created.id },
      ws.token,
    );
    expect(done.workPackage.executionStatus).toMatchObject({ forecastFinish: day(-1), actualProgress: 100 });
  });

  it("refuses an actual finish before the start, actual dates in the future, negative effort and a budget spent without a budget or in another currency, naming the field and writing nothing", async () => {
    const ws = await h.workspace();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "ok", actualStartDate: day(-5), actualEndDate: day(-6) }, "input.actualEndDate"],
      [{ name: "ok", actualStartDate: day(2) }, "input.actualStartDate"],
      [{ name: "ok", actualStartDate: day(-2), actualEndDate: day(1) }, "input.actualEndDate"],
      [{ name: "ok", estimatedEffortHours: -1 }, "input.estimatedEffortHours"],
      [{ name: "ok", actualEffortHours: -0.5 }, "input.actualEffortHours"],
      [{ name: "ok", budgetSpent: { amount: "10", currency: "EUR" } }, "input.budgetSpent"],
      [
        { name: "ok", budget: { amount: "10", currency: "EUR" }, budgetSpent: { amount: "5", currency: "USD" } },
        "input.budgetSpent.currency",
      ],
      [{ name: "ok", budget: { amount: "10", currency: "XYZ" } }, "input.budget.currency"],
      [{ name: "ok", budget: { amount: "-10", currency: "EUR" } }, "input.budget.amount"],
    ];
    await expectEachRefused(ws.token, cases);
    const created = await createPackage(h, ws.token, { actualStartDate: day(-3) });
    const early = await h.run(UPDATE, { input: { id: created.id, actualEndDate: day(-4) } }, ws.token);
    expect(fieldsOf(early)).toEqual(["input.actualEndDate"]);
    const read = await h.ok<{ workPackage: { actualEndDate: string | null; version: number } }>(
      `query($id: ID!) { workPackage(id: $id) { actualEndDate version } }`,
      { id: created.id },
      ws.token,
    );
    expect(read.workPackage).toEqual({ actualEndDate: null, version: 1 });
  });
});

describe("work package hierarchy", () => {
  it("nests packages and refuses cycles naming input.parentId", async () => {
    const ws = await h.workspace();
    const root = await createPackage(h, ws.token, { name: "Root", kind: "INITIATIVE" });
    const phase = await createPackage(h, ws.token, { name: "Phase", kind: "PHASE", parentId: root.id });
    const epic = await createPackage(h, ws.token, { name: "Epic", kind: "EPIC", parentId: phase.id });
    expect(epic.parent).toEqual({ id: phase.id });

    const tree = await h.ok<{ workPackage: { children: { id: string; children: { id: string; parent: { id: string } }[] }[] } }>(
      `query($id: ID!) { workPackage(id: $id) { children { id children { id parent { id } } } } }`,
      { id: root.id },
      ws.token,
    );
    expect(tree.workPackage.children).toEqual([{ id: phase.id, children: [{ id: epic.id, parent: { id: phase.id } }] }]);

    for (const parentId of [epic.id, phase.id, root.id]) {
      const cycle = await h.run(UPDATE, { input: { id: root.id, parentId } }, ws.token);
      expect(errorCodes(cycle)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(cycle)).toEqual(["input.parentId"]);
    }
    expect((await h.ok<GetData>(GET, { id: root.id }, ws.token)).workPackage).toMatchObject({ parent: null, version: 1 });

    // Moving a branch elsewhere in the tree is fine.
    const other = await createPackage(h, ws.token, { name: "Other" });
    const moved = await h.ok<UpdateData>(UPDATE, { input: { id: phase.id, parentId: other.id } }, ws.token);
    expect(moved.updateWorkPackage.workPackage.parent).toEqual({ id: other.id });
    const unparented = await h.ok<UpdateData>(UPDATE, { input: { id: phase.id, parentId: null } }, ws.token);
    expect(unparented.updateWorkPackage.workPackage.parent).toBeNull();
  });

  it("refuses an unknown or malformed parent naming input.parentId", async () => {
    const ws = await h.workspace();
    for (const parentId of [uuidv7(), "123"]) {
      const result = await h.run(
        `mutation($input: CreateWorkPackageInput!) { createWorkPackage(input: $input) { workPackage { id } } }`,
        { input: { name: "Child", parentId } },
        ws.token,
      );
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(result)).toEqual(["input.parentId"]);
    }
  });

  it("attaches packages only to projects of the caller's workspace, refusing another's as one that exists nowhere", async () => {
    const ws = await h.workspace();
    const theirs = await (await h.workspace()).project();
    const pkg = await createPackage(h, ws.token, { name: "Attached", projectId: await ws.project() });
    const answers: string[] = [];
    for (const projectId of [theirs, uuidv7()]) {
      const created = await h.run(
        `mutation($input: CreateWorkPackageInput!) { createWorkPackage(input: $input) { workPackage { id } } }`,
        { input: { name: "Intruder", projectId } },
        ws.token,
      );
      const updated = await h.run(UPDATE, { input: { id: pkg.id, projectId } }, ws.token);
      for (const result of [created, updated]) {
        expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
        expect(fieldsOf(result)).toEqual(["input.projectId"]);
        answers.push(result.errors![0]!.message.replace(projectId, "<id>"));
      }
    }
    expect(new Set(answers).size).toBe(1);
    expect((await h.ok<ListData>(LIST, {}, ws.token)).workPackages.totalCount).toBe(1);
    expect((await h.ok<GetData>(GET, { id: pkg.id }, ws.token)).workPackage).toMatchObject({ projectId: pkg.projectId, version: 1 });
  });

  it("deletes a package with its links and keeps its children as top-level packages", async () => {
    const ws = await h.workspace();
    const parent = await createPackage(h, ws.token, { name: "Parent" });
    const child = await createPackage(h, ws.token, { name: "Child", parentId: parent.id });
    const goal = await createElement(h, ws.token, "GOAL");
    await h.ok(
      `mutation($input: LinkWorkPackageInput!) { linkWorkPackage(input: $input) { link { id } } }`,
      { input: { workPackageId: parent.id, elementId: goal.id, relation: "REALIZES" } },
      ws.token,
    );

    await h.ok(DELETE, { input: { id: parent.id } }, ws.token);
    const after = await h.ok<GetData>(GET, { id: child.id }, ws.token);
    expect(after.workPackage).toMatchObject({ id: child.id, parent: null, version: 2 });
    const element = await h.ok<{ architectureElement: { links: unknown[] } }>(
      `query($id: ID!) { architectureElement(id: $id) { links { id } } }`,
      { id: goal.id },
      ws.token,
    );
    expect(element.architectureElement.links).toEqual([]);
  });
});

describe("who may change work packages", () => {
  it("lets MANAGER and above change packages, and refuses MEMBER and VIEWER with FORBIDDEN, writing nothing", async () => {
    const ws = await h.workspace();
    const existing = await createPackage(h, ws.token, { name: "Existing" });
    for (const role of ["MEMBER", "VIEWER"] as const) {
      const token = await ws.as(role);
      const create = await h.run(`mutation { createWorkPackage(input: { name: "Nope" }) { workPackage { id } } }`, {}, token);
      expect(errorCodes(create), role).toEqual(["FORBIDDEN"]);
      const update = await h.run(UPDATE, { input: { id: existing.id, name: "Nope" } }, token);
      expect(errorCodes(update), role).toEqual(["FORBIDDEN"]);
      const remove = await h.run(DELETE, { input: { id: existing.id } }, token);
      expect(errorCodes(remove), role).toEqual(["FORBIDDEN"]);
      const element = await h.run(
        `mutation { createArchitectureElement(input: { type: GOAL, name: "Nope" }) { element { id } } }`,
        {},
        token,
      );
      expect(errorCodes(element), role).toEqual(["FORBIDDEN"]);
      // Reading is for everyone in the workspace.
      expect(names(await h.ok<ListData>(LIST, {}, token))).toEqual(["Existing"]);
    }
    expect((await h.ok<GetData>(GET, { id: existing.id }, ws.token)).workPackage).toMatchObject({ name: "Existing", version: 1 });
    const elements = await h.ok<{ architectureElements: { totalCount: number } }>(`{ architectureElements { totalCount } }`, {}, ws.token);
    expect(elements.architectureElements.totalCount).toBe(0);

    for (const role of ["MANAGER", "ADMIN"] as const) {
      expect(await createPackage(h, await ws.as(role), { name: `By ${role}` })).toMatchObject({ name: `By ${role}` });
    }
  });

  it("refuses anonymous callers and tokens without a workspace", async () => {
    const anonymous = await h.run(LIST);
    expect(errorCodes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    const noWorkspace = await h.tokens.sign({ sub: uuidv7(), sid: uuidv7() });
    const result = await h.run(`mutation { createWorkPackage(input: { name: "x" }) { workPackage { id } } }`, {}, noWorkspace);
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
  });
});
